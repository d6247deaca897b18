package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates for articles whose input gives none, from their text and their input folder. */
class ArticleDatesTest {
  private static final LocalDate RUN = LocalDate.of(2026, 12, 5);

  @Test
  void anUndatedArticleIsDatedByTheLatestFullDateItStates() {
    String text =
        "NATO chief Jens Stoltenberg spoke in Brest on 12 January 2022.\n\n"
            + "The talks held on January 21, 2022 in Geneva ended without agreement. In 2019 the"
            + " treaty was abandoned.";
    assertThat(ArticleDates.infer(text, "in/a.txt", RUN))
        .contains(
            new ArticleDates.Inferred(
                LocalDate.of(2022, 1, 21), "latest past date in the text: \"January 21, 2022\""));
  }

  @Test
  void aDateTheTextPlacesInTheFutureDoesNotDateTheArticle() {
    String text = "Ministers met on 12 January 2022. Talks will resume on 5 March 2022 in Vienna.";
    assertThat(ArticleDates.infer(text, "in/a.txt", RUN).orElseThrow().date())
        .isEqualTo(LocalDate.of(2022, 1, 12));
  }

  @Test
  void noInferredDateIsLaterThanTheRunDate() {
    String text = "The agreement was signed on 1 January 2030.";
    assertThat(ArticleDates.infer(text, "in/a.txt", RUN)).isEmpty();
  }

  @Test
  void aDatedInputFolderDatesAnArticleWhoseTextHasNoFullDate() {
    assertThat(
            ArticleDates.infer(
                "Lavrov met Blinken on Friday.", "/data/in/2022-01-21/a.jsonl:3", RUN))
        .contains(new ArticleDates.Inferred(LocalDate.of(2022, 1, 21), "input folder 2022-01-21"));
  }

  @Test
  void anArticleWithNoEvidenceStaysUndated() {
    assertThat(
            ArticleDates.infer(
                "Scholz will travel to Kyiv and Moscow on February 14-15.", "seeds/a.txt", RUN))
        .isEmpty();
  }
}
