package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Promised cooperation is an intent (CAMEO 03x) that happened when it was said, on real CoreNLP
 * parses and the bundled dictionaries (issue 14).
 */
class IntentsTest {
  @Test
  void anAnnouncedOwnCooperativeActIsAnAssertedIntentNotAPlannedAct() {
    assertThat(CodedSentences.codes("Putin announced that Russia will send aid to Syria."))
        .containsExactly("RUS -> SYR 033 asserted");
  }

  @Test
  void aQuotationWithItsSpeakerAfterItIsTheSpeakersOwnIntent() {
    assertThat(CodedSentences.codes("\"Germany will send aid to Ukraine,\" Olaf Scholz said."))
        .containsExactly("DEU -> UKR 033 asserted");
  }

  @Test
  void anotherCountrysFutureActIsStillPlanned() {
    assertThat(CodedSentences.codes("Putin said that Germany will send aid to Ukraine."))
        .containsExactly("DEU -> UKR 070 planned");
  }

  /** A role noun's country is the article's guess: it cannot say the act is the speaker's own. */
  @Test
  void aFutureActReportedByAnUnnamedOfficialIsStillPlanned() {
    assertThat(
            CodedSentences.codes(
                "Russia will send aid to Syria next week, a senior official said."))
        .isNotEmpty()
        .allMatch(coded -> coded.startsWith("RUS -> ") && coded.endsWith(" 070 planned"));
  }

  /** The agreed act itself is still to come: planned, and not an event yet. */
  @Test
  void agreeingToActIsAnIntentNotAnAgreement() {
    assertThat(CodedSentences.codes("Russia agreed to release the prisoners to Ukraine."))
        .containsExactly("RUS -> UKR 0353 asserted", "RUS -> UKR 0841 planned");
  }

  @Test
  void aLeadInThePollsIsNoEvent() {
    assertThat(CodedSentences.codes("Biden led Trump 47 percent to 40 percent in the polls."))
        .isEmpty();
  }

  /** Issue 16: the intent took the day of the promised act, a week after it was announced. */
  @Test
  void anAnnouncedIntentIsDatedWhenItWasAnnouncedNotWhenTheActIsDue() {
    assertThat(
            CodedSentences.mentions(
                    "On Monday, Putin announced that Russia will send aid to Syria on Friday.")
                .stream()
                .map(m -> m.eventCode() + " " + m.date().date()))
        .containsExactly("033 2022-01-17");
  }

  @Test
  void regressionPledgingOrPromisingOnesOwnCooperativeActIsOneAssertedIntent() {
    // Unseen news, issue 14: "promised to"/"plans to" + a cooperative act was the act, planned,
    // beside the commitment verb's own bare 030: two codings of one clause, neither the intent
    // (03x, asserted) the annotation guide gives an actor's own announced act.
    assertThat(CodedSentences.codes("Russia plans to send aid to Syria."))
        .containsExactly("RUS -> SYR 033 asserted");
    assertThat(CodedSentences.codes("Japan promised to provide $5 million to Iraq."))
        .containsExactly("JPN -> IRQ 0331 asserted");
  }

  @Test
  void aHostileActSoPromisedIsNoIntent() {
    assertThat(CodedSentences.codes("Germany vowed to impose new sanctions on Russia."))
        .noneMatch(coded -> coded.contains(" 03"));
  }
}
