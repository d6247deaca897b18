package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Curated light-verb patterns and the pronoun that follows a sentence's subject, on real CoreNLP
 * parses and the bundled dictionaries (issue 14).
 */
class LightVerbPatternsTest {
  @Test
  void aGuiltyPleaAcknowledgesResponsibilityWithoutATarget() {
    assertThat(CodedSentences.codes("Vladimir Putin pleaded guilty to the charges."))
        .containsExactly("RUSGOV -> null 015 asserted");
  }

  /** Dev half, batch 3: the curated guilty plea (015) had won over CAMEO.2.0's "not guilty". */
  @Test
  void regressionAPleaOfNotGuiltyDeniesResponsibility() {
    assertThat(CodedSentences.codes("Vladimir Putin pleaded not guilty to the charges."))
        .containsExactly("RUSGOV -> null 016 asserted");
  }

  /** CAMEO 057 whatever the treaty holds; CAMEO.2.0 made a signed defence pact an intent (0312). */
  @Test
  void aSignedPactOrDealIsASignedAgreementWhateverItHolds() {
    assertThat(CodedSentences.codes("Russia signed a defence pact with Belarus."))
        .containsExactly("RUS -> BLR 057 asserted");
    assertThat(CodedSentences.codes("Russia signed a gas deal with Belarus."))
        .containsExactly("RUS -> BLR 057 asserted");
  }

  @Test
  void enteringIntoAnAgreementWithSomeoneConcludesIt() {
    assertThat(CodedSentences.codes("Russia entered into an agreement with China on Monday."))
        .containsExactly("RUS -> CHN 057 asserted");
  }

  @Test
  void expressingADesireToWorkWithSomeoneIsAnIntentToCooperate() {
    assertThat(CodedSentences.codes("Vladimir Putin expressed a desire to work with Ukraine."))
        .containsExactly("RUSGOV -> UKR 030 asserted");
  }

  @Test
  void conductingAnInvestigationOfSomeoneInvestigatesThem() {
    assertThat(
            CodedSentences.codes("Germany conducted an investigation into the Russian government."))
        .containsExactly("DEU -> RUSGOV 090 asserted");
  }

  @Test
  void heIsTheLastSentencesSubjectNotTheLastPersonItNamed() {
    assertThat(
            CodedSentences.codes(
                "Joe Biden praised Vladimir Putin. He also criticized the government of Ukraine."))
        .contains("USAGOV -> UKRGOV 111 asserted");
  }

  @Test
  void banningAnAirlineFromFlyingIsAnEmbargoNotAnAdministrativeSanction() {
    assertThat(CodedSentences.codes("Germany banned the Russian airline Aeroflot from flying."))
        .allMatch(coded -> coded.contains(" 163 "))
        .isNotEmpty();
  }

  @Test
  void citingAnActorsRepressionAsAReasonAccusesItOfAbuses() {
    assertThat(
            CodedSentences.codes(
                "Joe Biden cited the Russian government's repression of its people as his reason."))
        .anyMatch(coded -> coded.endsWith("-> RUSGOV 1122 asserted"));
  }

  @Test
  void citingAReportAsAReasonIsNoEvent() {
    assertThat(CodedSentences.codes("Joe Biden cited the report of Russia as his reason."))
        .isEmpty();
  }

  @Test
  void suspendingAnOperatorsPermitIsASanction() {
    assertThat(
            CodedSentences.codes("Germany suspended the permit of the Russian airline Aeroflot."))
        .containsExactly("DEU -> RUSBUS 163 asserted");
  }

  @Test
  void makingThreatsAgainstAnActorThreatensIt() {
    assertThat(CodedSentences.codes("Syrian rebels made threats against the Turkish government."))
        .anyMatch(coded -> coded.endsWith("-> TURGOV 130 asserted"));
  }

  @Test
  void invitingAnActorToTalksIsAnIntentToMeetIt() {
    assertThat(CodedSentences.codes("Germany has invited Russia to new talks on the crisis."))
        .contains("DEU -> RUS 036 asserted");
  }

  @Test
  void sendingAnActorAnInvitationToTalksIsAnIntentToMeetIt() {
    assertThat(CodedSentences.codes("Germany has sent an invitation to new talks to the Kremlin."))
        .contains("DEU -> RUSGOV 036 asserted");
  }

  /** Stop 27: "on Iran" hung on the sanctions gave no target when they were lifted or extended. */
  @Test
  void sanctionsLiftedOrExtendedAreEasedOrImposedOnWhomTheyAreOn() {
    assertThat(CodedSentences.codes("The United States lifted sanctions on Iran."))
        .containsExactly("USA -> IRN 085 asserted");
    assertThat(CodedSentences.codes("The European Union extended its sanctions on Russia."))
        .containsExactly("IGOEUREEC -> RUS 163 asserted");
  }

  /** The manual's praise (051) includes approving a decision; CAMEO.2.0 had 052 for it. */
  @Test
  void praisingSomeonesDecisionPraisesThem() {
    assertThat(CodedSentences.codes("Turkey praised the Russian decision."))
        .containsExactly("TUR -> RUS 051 asserted");
  }
}
