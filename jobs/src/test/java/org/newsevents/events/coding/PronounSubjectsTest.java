package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.events.coding.CodedSentences.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.events.EventMention;

/** Subjects that name no actor themselves: "he", "she", "they", and a quotation's "we". */
class PronounSubjectsTest {

  @Test
  void theyAfterAGroupSubjectIsThatGroup() {
    assertThat(
            codes(
                "Russian troops shelled Kharkiv on Monday. They also attacked Ukrainian soldiers"
                    + " near Izium."))
        .anyMatch(code -> code.startsWith("RUSMIL -> UKRMIL 19"));
  }

  @Test
  void aGroupReachedThroughTheyIsMarkedAsAPronoun() {
    List<EventMention> mentions =
        CodedSentences.mentions(
            "Russian troops shelled Kharkiv on Monday. They also attacked Ukrainian soldiers"
                + " near Izium.");
    assertThat(mentions)
        .filteredOn(m -> "UKRMIL".equals(m.actor2Code()))
        .isNotEmpty()
        .allMatch(m -> m.confidenceEvidence().contains("actor1:pronoun"));
  }

  @Test
  void theyOfAGroupsReportedSpeechIsTheReporter() {
    assertThat(codes("Ukrainian officials said they had arrested Russian soldiers in Kherson."))
        .anyMatch(code -> code.startsWith("UKRGOV -> RUSMIL 17"));
  }

  @Test
  void itOfABodysReportedSpeechIsTheBody() {
    // Dev half, batch 3: "the SDF announced it had entered into an agreement with the government".
    assertThat(codes("Moscow said it had signed an agreement with Beijing on Monday."))
        .anyMatch(code -> code.startsWith("RUSGOV -> CHNGOV 057"));
    assertThat(
            codes(
                "The Syrian Democratic Forces announced it had entered into an agreement with the"
                    + " government of Syria."))
        .anyMatch(code -> code.startsWith("SYRREB -> SYRGOV 057"));
  }

  @Test
  void itOfAPersonsReportedSpeechOrOfNoReporterIsNoOne() {
    assertThat(codes("Vladimir Putin said it would attack Ukraine on Monday."))
        .noneMatch(code -> code.contains("-> UKR"));
    assertThat(codes("Russia met China on Monday. It attacked Ukraine on Tuesday."))
        .noneMatch(code -> code.contains("-> UKR"));
  }

  @Test
  void himAsAnObjectIsThePersonTheTextWasAbout() {
    // Dev half, batch 3: "Khan was pinned to the ground. Police arrived and shot him dead."
    assertThat(
            codes(
                "Russian police arrested Alexei Navalny on Sunday. Prosecutors charged him with"
                    + " fraud on Monday."))
        .anyMatch(code -> code.endsWith("-> RUSOPP 115 asserted"));
  }

  @Test
  void himNeverStandsForTheSubjectOfHisOwnVerb() {
    assertThat(codes("Joe Biden met Olaf Scholz on Monday. Joe Biden praised him on Tuesday."))
        .anyMatch(code -> code.equals("USAGOV -> DEUGOV 051 asserted"))
        .noneMatch(code -> code.equals("USAGOV -> USAGOV 051 asserted"));
  }

  @Test
  void theyAfterAPersonSubjectIsNoOne() {
    assertThat(codes("Joe Biden met Olaf Scholz on Monday. They condemned Russia on Tuesday."))
        .noneMatch(code -> code.contains("-> RUS"));
  }

  @Test
  void theyInsideAQuotationIsNotTheGroupThatSpeaks() {
    assertThat(
            codes(
                "Ukrainian officials spoke to reporters on Monday. \"They attacked Russia"
                    + " without reason,\" the officials said."))
        .noneMatch(code -> code.contains("-> RUS"));
  }

  @Test
  void theyWhenTheSentenceNamesAnotherGroupBeforeItIsLeftOpen() {
    assertThat(
            codes(
                "Russian troops shelled Kharkiv on Monday. After Ukrainian soldiers arrived, they"
                    + " attacked Belarus."))
        .noneMatch(code -> code.contains("-> BLR"));
  }

  @Test
  void aPronounAfterAConjoinedSubjectIsLeftOpen() {
    assertThat(
            codes(
                "Russia and China signed a treaty on Monday. They also condemned Ukraine on"
                    + " Tuesday."))
        .noneMatch(code -> code.contains("-> UKR"));
  }

  @Test
  void regressionSheAfterTheSubjectAndAnObjectIsTheSubject() {
    // "Warren commended Biden ... and said she was proud" gave "she" to Biden, the last person
    // named before it, not to Warren, the subject of the clause it hangs on.
    assertThat(
            codes("Angela Merkel thanked Joe Biden on Monday and said she would condemn Russia."))
        .anyMatch(code -> code.startsWith("DEUELI -> RUS 11"))
        .noneMatch(code -> code.startsWith("USAGOV -> RUS"));
  }

  @Test
  void regressionHeInAClauseOnAnObjectIsNotThatObject() {
    // "met with the IMF, then with President Trump, where he denounced the agreement": the clause
    // hangs on Trump, but "he" is the one who met him.
    assertThat(codes("Emmanuel Macron met with Olaf Scholz, where he condemned Russia on Monday."))
        .anyMatch(code -> code.startsWith("FRAGOV -> RUS 11"))
        .noneMatch(code -> code.startsWith("DEUGOV -> RUS"));
  }

  @Test
  void regressionHeAfterATitledSubjectWithItsNameBesideItIsThatPerson() {
    // "the Turkish President Recep Tayyip Erdogan pledged converting Hagia Sophia": the name hangs
    // on "President", the subject was not found, and the next "he" went to the last person-like
    // name, the building.
    assertThat(
            codes(
                "On Wednesday the French President Emmanuel Macron praised Olaf Scholz. He also"
                    + " condemned Russia."))
        .anyMatch(code -> code.startsWith("FRAGOV -> RUS 11"))
        .noneMatch(code -> code.startsWith("DEUGOV -> RUS"));
  }

  @Test
  void weInAQuotationRunningOnFromASpeakerNamedBeforeItIsTheSpeaker() {
    assertThat(
            codes(
                "Olaf Scholz wrote on Monday \"In addition, we have met Emmanuel Macron. We"
                    + " strongly condemn Russia.\""))
        .anyMatch(code -> code.startsWith("DEUGOV -> RUS 11"));
  }

  @Test
  void weAfterTheQuotationClosedIsNoOne() {
    assertThat(
            codes(
                "Olaf Scholz wrote on Monday \"In addition, we have met Emmanuel Macron.\" We"
                    + " strongly condemn Russia."))
        .noneMatch(code -> code.contains("-> RUS"));
  }

  @Test
  void weQuotedFromAReporterWhoIsHeIsThePersonNamedBefore() {
    List<EventMention> mentions =
        CodedSentences.mentions(
            "Olaf Scholz arrived in Kyiv on Monday. \"We strongly condemn Russia,\" he said.");
    assertThat(mentions)
        .filteredOn(m -> "RUS".equals(m.actor2Code()))
        .isNotEmpty()
        .allMatch(m -> "DEUGOV".equals(m.actor1Code()))
        .allMatch(m -> m.confidenceEvidence().contains("actor1:pronoun"));
  }

  @Test
  void aVerbConjoinedToAHeSubjectSharesIt() {
    assertThat(
            codes(
                "Olaf Scholz arrived in Kyiv on Monday. He met Volodymyr Zelensky and condemned"
                    + " Russia."))
        .anyMatch(code -> code.startsWith("DEUGOV -> RUS 11"));
  }

  @Test
  void regressionHeAfterASentenceAboutThePersonsActIsThatPerson() {
    // "Volker's position as special envoy put him in the centre of the Trump administration's
    // affairs. In July, he helped ...": the sentence was about Volker, the owner of its subject,
    // but "he" went to Trump, the last person it named.
    assertThat(
            codes(
                "Olaf Scholz's visit to Kyiv was the first since the start of Vladimir Putin's"
                    + " invasion. He also condemned Russia."))
        .anyMatch(code -> code.startsWith("DEUGOV -> RUS 11"))
        .noneMatch(code -> code.startsWith("RUSGOV -> RUS"));
  }

  @Test
  void aHeSubjectKeepsThePersonItStoodForWhoeverElseItsSentenceNames() {
    assertThat(
            codes(
                "Olaf Scholz arrived in Kyiv on Monday. He met Joe Biden there. He also condemned"
                    + " Russia."))
        .anyMatch(code -> code.startsWith("DEUGOV -> RUS 11"))
        .noneMatch(code -> code.startsWith("USAGOV -> RUS"));
  }

  @Test
  void sheIsNotThePersonTheArticleAlreadyCalledHe() {
    assertThat(
            codes(
                "Olaf Scholz arrived in Kyiv on Monday. He met Angela Merkel there. She condemned"
                    + " Russia."))
        .anyMatch(code -> code.startsWith("DEUELI -> RUS 11"))
        .noneMatch(code -> code.startsWith("DEUGOV -> RUS"));
  }
}
