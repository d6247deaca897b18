package org.newsevents.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;
import org.newsevents.nlp.Token;

/**
 * Relative dates resolved against the article's date, with their precision, on real CoreNLP
 * annotations.
 */
class EventDateResolverTest {
  private static final LocalDate WEDNESDAY_19_JANUARY = LocalDate.of(2022, 1, 19);

  private static EventDate dateOf(String sentence, String actionLemma, LocalDate articleDate) {
    Sentence annotated =
        NlpPipeline.get()
            .annotate(
                "t", List.of(sentence), List.of(0), articleDate, SentenceTriage.properNounAndVerb())
            .sentences()
            .get(0);
    int action =
        annotated.tokens().stream()
            .filter(t -> t.lemma().equals(actionLemma))
            .mapToInt(Token::index)
            .findFirst()
            .orElseThrow();
    return EventDateResolver.resolve(annotated, action, articleDate);
  }

  @Test
  void nextFridayIsTheFridayOfNextWeek() {
    EventDate date =
        dateOf(
            "Blinken and Lavrov agreed to meet again next Friday in Geneva.",
            "meet",
            WEDNESDAY_19_JANUARY);
    assertThat(date)
        .isEqualTo(
            new EventDate(
                LocalDate.of(2022, 1, 28), EventDate.Precision.DAY, "sentence", "next Friday"));
  }

  @Test
  void aNamedDayIsThatDay() {
    EventDate date =
        dateOf(
            "Scholz met the leaders of the Baltic countries in Berlin on February 10.",
            "meet",
            LocalDate.of(2022, 2, 11));
    assertThat(date.date()).isEqualTo(LocalDate.of(2022, 2, 10));
    assertThat(date.precision()).isEqualTo(EventDate.Precision.DAY);
  }

  @Test
  void midFebruaryIsAMonth() {
    EventDate date =
        dateOf(
            "Russia and Belarus will hold a joint military exercise in mid-February.",
            "hold",
            WEDNESDAY_19_JANUARY);
    assertThat(date.date()).isEqualTo(LocalDate.of(2022, 2, 1));
    assertThat(date.precision()).isEqualTo(EventDate.Precision.MONTH);
  }

  @Test
  void lastWeekIsAWeek() {
    EventDate date =
        dateOf(
            "Russia and the United States held talks in Geneva last week.",
            "hold",
            WEDNESDAY_19_JANUARY);
    assertThat(date.precision()).isEqualTo(EventDate.Precision.WEEK);
    assertThat(date.date()).isEqualTo(LocalDate.of(2022, 1, 10));
  }

  @Test
  void historicalBackgroundKeepsItsOwnYear() {
    EventDate date =
        dateOf(
            "In response to a revolution in Ukraine, Russia annexed the Crimean peninsula in 2014.",
            "annex",
            WEDNESDAY_19_JANUARY);
    assertThat(date)
        .isEqualTo(
            new EventDate(LocalDate.of(2014, 1, 1), EventDate.Precision.YEAR, "sentence", "2014"));
  }

  @Test
  void theArticleDateStandsInOnlyWhenTheSentenceHasNoDate() {
    EventDate date = dateOf("Moscow denies the accusation.", "deny", WEDNESDAY_19_JANUARY);
    assertThat(date)
        .isEqualTo(new EventDate(WEDNESDAY_19_JANUARY, EventDate.Precision.DAY, "article", null));
  }

  @Test
  void aBareWeekdayWithAPastVerbIsTheLatestSuchDayNotAfterTheArticle() {
    EventDate date =
        dateOf("Lavrov met Blinken in Geneva on Friday.", "meet", WEDNESDAY_19_JANUARY);
    assertThat(date.date()).isEqualTo(LocalDate.of(2022, 1, 14));
    assertThat(date.precision()).isEqualTo(EventDate.Precision.DAY);
  }

  @Test
  void aBareWeekdayWithAFutureVerbIsTheFirstSuchDayNotBeforeTheArticle() {
    assertThat(dateOf("Lavrov will meet Blinken on Friday.", "meet", WEDNESDAY_19_JANUARY).date())
        .isEqualTo(LocalDate.of(2022, 1, 21));
    assertThat(dateOf("Scholz is to visit Kyiv on Monday.", "visit", WEDNESDAY_19_JANUARY).date())
        .isEqualTo(LocalDate.of(2022, 1, 24));
  }

  @Test
  void aBareWeekdayWithAPresentVerbIsThatDayOfTheArticlesWeek() {
    assertThat(
            dateOf("Blinken arrives in Kyiv on Thursday.", "arrive", WEDNESDAY_19_JANUARY).date())
        .isEqualTo(LocalDate.of(2022, 1, 20));
  }

  /**
   * Issue 16: SUTime's tense rules keep state between documents, so once it had read a past-tense
   * sentence near a weekday, a present-tense weekday was dated a week earlier for the rest of the
   * JVM's life.
   */
  @Test
  void aBareWeekdayIsDatedTheSameWhateverTheJvmReadBefore() {
    LocalDate sunday = LocalDate.of(2026, 3, 1);
    EventDate alone = dateOf("Clinton visits Israel on Wednesday.", "visit", sunday);
    for (int i = 0; i < 3; i++) {
      dateOf("Clinton visited Israel on Wednesday.", "visit", sunday);
    }
    EventDate afterPastTense = dateOf("Clinton visits Israel on Wednesday.", "visit", sunday);
    assertThat(afterPastTense).isEqualTo(alone);
    assertThat(afterPastTense.date()).isEqualTo(LocalDate.of(2026, 3, 4));
  }
}
