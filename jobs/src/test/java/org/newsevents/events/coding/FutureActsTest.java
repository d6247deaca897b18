package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Acts that their own sentence dates after the article (of Wednesday 19 January 2022) was written,
 * in whatever tense: none is asserted (issue 16).
 */
class FutureActsTest {
  /**
   * News audit A: "the guidelines will be explained when Finance Minister Miyazawa visits
   * Washington this week" coded the visit as done.
   */
  @Test
  void aPresentTenseMeetingOnALaterDayIsPlanned() {
    assertThat(CodedSentences.codes("Scholz meets the Polish president on 24 January."))
        .containsExactly("DEUGOV -> POLGOV 040 planned");
    assertThat(CodedSentences.codes("The German chancellor is visiting Poland tomorrow."))
        .containsExactly("DEUGOV -> POL 042 planned");
  }

  @Test
  void aVisitOnTheArticlesDayOrBeforeStaysAsserted() {
    assertThat(CodedSentences.codes("The German chancellor visited Poland on Monday."))
        .containsExactly("DEUGOV -> POL 042 asserted");
    assertThat(CodedSentences.codes("Scholz meets the Polish president on Wednesday."))
        .containsExactly("DEUGOV -> POLGOV 040 asserted");
  }
}
