package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates for articles whose input gives none, from their text and their input folder. */
class ArticleDatesTest {
  private static final LocalDate RUN = LocalDate.of(2026, 12, 5);
  private static final Optional<ArticleDates.NightWindow> NO_NIGHT = Optional.empty();

  /** A night whose dated articles were published from 19 to 21 January 2022. */
  private static final Optional<ArticleDates.NightWindow> NIGHT =
      Optional.of(
          new ArticleDates.NightWindow(LocalDate.of(2022, 1, 19), LocalDate.of(2022, 1, 21)));

  @Test
  void anUndatedArticleIsDatedByTheLatestFullDateItStates() {
    String text =
        "NATO chief Jens Stoltenberg spoke in Brest on 12 January 2022.\n\n"
            + "The talks held on January 21, 2022 in Geneva ended without agreement. In 2019 the"
            + " treaty was abandoned.";
    assertThat(ArticleDates.infer(text, "in/a.txt", RUN, NO_NIGHT))
        .contains(
            new ArticleDates.Inferred(
                LocalDate.of(2022, 1, 21), "latest past date in the text: \"January 21, 2022\""));
  }

  @Test
  void aDateTheTextPlacesInTheFutureDoesNotDateTheArticle() {
    String text = "Ministers met on 12 January 2022. Talks will resume on 5 March 2022 in Vienna.";
    assertThat(ArticleDates.infer(text, "in/a.txt", RUN, NO_NIGHT).orElseThrow().date())
        .isEqualTo(LocalDate.of(2022, 1, 12));
  }

  @Test
  void noInferredDateIsLaterThanTheRunDate() {
    String text = "The agreement was signed on 1 January 2030.";
    assertThat(ArticleDates.infer(text, "in/a.txt", RUN, NO_NIGHT)).isEmpty();
  }

  @Test
  void aDatedInputFolderDatesAnArticleWhoseTextHasNoFullDate() {
    assertThat(
            ArticleDates.infer(
                "Lavrov met Blinken on Friday.", "/data/in/2022-01-21/a.jsonl:3", RUN, NIGHT))
        .contains(new ArticleDates.Inferred(LocalDate.of(2022, 1, 21), "input folder 2022-01-21"));
  }

  @Test
  void anArticleWithNoEvidenceStaysUndated() {
    assertThat(
            ArticleDates.infer(
                "Scholz will travel to Kyiv and Moscow on February 14-15.",
                "seeds/a.txt",
                RUN,
                NIGHT))
        .isEmpty();
  }

  @Test
  void aPastDayWithoutAYearTakesTheYearOfTheNightsDatedArticles() {
    String text =
        "Truss met Lavrov in Moscow on February 10. Scholz will travel to Kyiv on February 14.";
    assertThat(ArticleDates.infer(text, "seeds/a.txt", RUN, NIGHT))
        .contains(
            new ArticleDates.Inferred(
                LocalDate.of(2022, 2, 10),
                "latest past day in the text: \"February 10\", in the year of the night's dated"
                    + " articles (2022-01-19 to 2022-01-21)"));
  }

  @Test
  void aDayWithoutAYearIsNotReadInTheYearOfANightThatSpansMonths() {
    Optional<ArticleDates.NightWindow> backfill =
        Optional.of(
            new ArticleDates.NightWindow(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 21)));
    assertThat(ArticleDates.infer("Truss met Lavrov on February 10.", "a.txt", RUN, backfill))
        .isEmpty();
  }

  @Test
  void aDayWithoutAYearFarFromTheNightDatesNothing() {
    assertThat(ArticleDates.infer("The treaty was signed on 1 August.", "a.txt", RUN, NIGHT))
        .isEmpty();
  }

  @Test
  void aDayWithoutAYearAcrossNewYearTakesTheNearerYear() {
    Optional<ArticleDates.NightWindow> january =
        Optional.of(
            new ArticleDates.NightWindow(LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 4)));
    assertThat(
            ArticleDates.infer("The ministers met on 28 December.", "a.txt", RUN, january)
                .orElseThrow()
                .date())
        .isEqualTo(LocalDate.of(2021, 12, 28));
  }
}
