package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.events.EventMention;
import org.newsevents.events.coding.CodedSentences;

/**
 * A passive that leaves its agent unnamed but certain ("was arrested", "was convicted") is the
 * article's country's police or courts acting on the person, on real CoreNLP parses (issue 14).
 */
class ImpliedAgentsTest {
  private static List<String> codes(String sentence) {
    return CodedSentences.mentions(sentence).stream()
        .map(m -> m.actor1Code() + " -> " + m.actor2Code() + " " + m.eventCode() + " " + m.status())
        .toList();
  }

  @Test
  void anArrestWithoutAnAgentIsThePoliceOfTheArticlesCountryArrestingACivilian() {
    assertThat(codes("In Britain, a man was arrested on Sunday."))
        .containsExactly("GBRCOP -> GBRCVL 173 asserted");
  }

  @Test
  void aConvictedUnknownPersonIsACivilianConvictedAndSentencedByTheCourts() {
    assertThat(
            codes(
                "In the United States, Jane Dorrow was convicted of fraud and was sentenced to"
                    + " ten years in prison."))
        .containsExactly("USAJUD -> USACVL 116 asserted", "USAJUD -> USACVL 173 asserted");
  }

  @Test
  void aNamedAgentIsNotReplacedByAnImpliedOne() {
    assertThat(codes("The opposition leader was arrested by Russian police."))
        .containsExactly("RUSCOP -> ---OPP 173 asserted");
  }

  @Test
  void aThingThatIsChargedIsNoPatient() {
    List<EventMention> none =
        CodedSentences.mentions("In Britain, the battery was charged overnight.");
    assertThat(none).isEmpty();
  }

  @Test
  void aStabbingWithoutAnAttackerIsUnidentifiedArmedMenAttackingACivilian() {
    assertThat(codes("In the United States, an inmate was stabbed in a prison on Friday."))
        .containsExactly("---UAF -> USACVL 182 asserted");
  }

  @Test
  void peopleNamedByACommonNounAsTheObjectOfAnActiveKillingAreCivilians() {
    assertThat(codes("In Nigeria, Boko Haram murdered three young men."))
        .containsExactly("NGAREB -> NGACVL 190 asserted");
  }

  @Test
  void peopleKilledByNoActorAreNoEvent() {
    assertThat(codes("In Canada, the storm killed three young men.")).isEmpty();
  }

  @Test
  void protestsSaidToGoOnAreTheArticleCountrysCiviliansDemonstrating() {
    assertThat(codes("In Chile, protests against the pension reform continued on Sunday."))
        .containsExactly("CHLCVL -> null 141 asserted");
  }

  @Test
  void protestsMerelyMentionedAreNoEvent() {
    assertThat(codes("In Chile, the minister ignored the protests on Sunday.")).isEmpty();
  }

  @Test
  void aThingThatIsShotIsNoVictim() {
    assertThat(codes("In Britain, the film was shot in London.")).isEmpty();
  }

  @Test
  void aOneWordOrganisationNameAfterItsFullNameIsThatOrganisation() {
    assertThat(codes("Ford Motor Company announced a recall. Ford criticized the United States."))
        .containsExactly("MNCUSA -> USA 111 asserted");
  }
}
