package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsevents.events.EventDate;
import org.newsevents.events.MentionStatus;

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

  private static final java.time.LocalDate WEDNESDAY = java.time.LocalDate.of(2022, 1, 19);
  private static final StatusClassifier.Classification ASSERTED =
      new StatusClassifier.Classification(MentionStatus.ASSERTED, "", 0.8);

  private static MentionStatus statusOn(
      java.time.LocalDate day, EventDate.Precision precision, String source, String expression) {
    return StatusClassifier.plannedIfDatedLater(
            ASSERTED, new EventDate(day, precision, source, expression), WEDNESDAY)
        .status();
  }

  @Test
  void onlyADayOrWeekTheExpressionItselfPutsAheadMakesAPlan() {
    java.time.LocalDate friday = WEDNESDAY.plusDays(2);
    assertThat(statusOn(friday, EventDate.Precision.DAY, "sentence", "tomorrow"))
        .isEqualTo(MentionStatus.PLANNED);
    assertThat(statusOn(friday, EventDate.Precision.DAY, "sentence", "January 21"))
        .isEqualTo(MentionStatus.PLANNED);
    assertThat(statusOn(WEDNESDAY.plusDays(5), EventDate.Precision.WEEK, "sentence", "next week"))
        .isEqualTo(MentionStatus.PLANNED);
    // a bare weekday's direction was read from a tense; a clock time names no day
    assertThat(statusOn(friday, EventDate.Precision.DAY, "sentence", "on Friday"))
        .isEqualTo(MentionStatus.ASSERTED);
    assertThat(statusOn(friday, EventDate.Precision.DAY, "sentence", "Friday at 10"))
        .isEqualTo(MentionStatus.ASSERTED);
    // a month or year named dates a clause near the act more often than the act
    assertThat(
            statusOn(WEDNESDAY.plusDays(13), EventDate.Precision.MONTH, "sentence", "next month"))
        .isEqualTo(MentionStatus.ASSERTED);
    // the article's own date, and a day not after it, are no evidence of the future
    assertThat(statusOn(friday, EventDate.Precision.DAY, "article", null))
        .isEqualTo(MentionStatus.ASSERTED);
    assertThat(statusOn(WEDNESDAY, EventDate.Precision.DAY, "sentence", "today"))
        .isEqualTo(MentionStatus.ASSERTED);
  }
}
