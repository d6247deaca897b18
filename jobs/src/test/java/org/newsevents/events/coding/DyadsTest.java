package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dyads that are no interaction between actors, on real CoreNLP parses (issue 14). */
class DyadsTest {
  @Test
  void aCountryActingOnItsOwnGovernmentIsNoInteraction() {
    assertThat(CodedSentences.codes("Poland expects an apology from Warsaw."))
        .noneMatch(coded -> coded.startsWith("POL -> POLGOV"));
  }

  /**
   * Stop 28: an organ acting on its own country as a whole was coded ("Trump has pulled the U.S.
   * out of that agreement" USAGOV -> USA 160): on 48 unseen AllSides articles, 7 such dyads, none
   * right.
   */
  @Test
  void regressionAnOrganActingOnItsOwnCountryIsNoInteraction() {
    assertThat(
            CodedSentences.codes("Donald Trump has pulled the U.S. out of the nuclear agreement."))
        .noneMatch(coded -> coded.contains("-> USA "));
    assertThat(
            CodedSentences.codes(
                "Tehran has repeatedly criticized Europe's delay in opening a trade channel to"
                    + " Iran."))
        .noneMatch(coded -> coded.contains("-> IRN "));
  }
}
