package org.newsevents.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;
import org.newsevents.nlp.Token;

/**
 * Relative dates resolved against the article's date, with their precision, on real CoreNLP
 * annotations.
 */
class EventDateResolverTest {
  static final LocalDate WEDNESDAY_19_JANUARY = LocalDate.of(2022, 1, 19);

  static EventDate dateOf(String sentence, String actionLemma, LocalDate articleDate) {
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

  /**
   * Issue 16: "met ... on 12 February" in an article of 11 February was read as the next year's.
   */
  @Test
  void aPastMonthDayIsNotReadAsNextYear() {
    EventDate date =
        dateOf(
            "Scholz met the leaders of the Baltic countries in Berlin on 12 February.",
            "meet",
            LocalDate.of(2022, 2, 11));
    assertThat(date.date()).isEqualTo(LocalDate.of(2021, 2, 12));
    assertThat(date.precision()).isEqualTo(EventDate.Precision.DAY);
  }

  /** Issue 16: "will travel ... November 16" in a December article was dated to last November. */
  @Test
  void aFutureMonthDayIsNotReadAsLastYear() {
    EventDate date =
        dateOf(
            "Blinken will travel to Brussels on November 16.", "travel", LocalDate.of(2021, 12, 3));
    assertThat(date.date()).isEqualTo(LocalDate.of(2022, 11, 16));
  }

  /**
   * Issue 16: "visited Turkey on 4 April and Uzbekistan from 5-6 April 2016" was dated in the
   * article's year: the year another date of the sentence writes out is the year of both.
   */
  @Test
  void aMonthDayTakesTheYearAnotherDateOfItsSentenceWrites() {
    EventDate date =
        dateOf(
            "The minister visited Turkey on 4 April and Uzbekistan from 5-6 April 2016.",
            "visit",
            LocalDate.of(2021, 6, 1));
    assertThat(date.date().getYear()).isEqualTo(2016);
  }

  @Test
  void anUndatedArticleWithNoEvidenceKeepsItsRelativeDatesUnknown() {
    EventDate weekday = dateOf("Lavrov met Blinken in Geneva on Friday.", "meet", null);
    assertThat(weekday.date()).isNull();
    assertThat(weekday.precisionCode()).isEqualTo("unknown");
    EventDate monthDay =
        dateOf(
            "Scholz met the leaders of the Baltic countries in Berlin on February 10.",
            "meet",
            null);
    assertThat(monthDay.isKnown()).isFalse();
    EventDate none = dateOf("Moscow denies the accusation.", "deny", null);
    assertThat(none).isEqualTo(EventDate.unknown("article", null));
  }

  /**
   * Issue 16: "agreed to meet again next Friday" in an undated article was dated as if the sentence
   * gave no date, so the deduplicator could not see that it names a day, and the Geneva meeting
   * split in two.
   */
  @Test
  void anUndatedArticlesNextFridayIsTheSentencesOwnUnknownDay() {
    EventDate date =
        dateOf("Blinken and Lavrov agreed to meet again next Friday in Geneva.", "meet", null);
    assertThat(date.isKnown()).isFalse();
    assertThat(date.source()).isEqualTo("sentence");
    assertThat(date.expression()).containsIgnoringCase("next Friday");
  }

  @Test
  void anUndatedArticleStillDatesWhatItsSentenceWritesOut() {
    EventDate date =
        dateOf(
            "In response to a revolution in Ukraine, Russia annexed the Crimean peninsula in 2014.",
            "annex",
            null);
    assertThat(date)
        .isEqualTo(
            new EventDate(LocalDate.of(2014, 1, 1), EventDate.Precision.YEAR, "sentence", "2014"));
  }

  /**
   * Issue 16: a statement welcoming a report on an attack of 19 September was dated on the attack's
   * day: the date of a noun inside the action's object is not the action's.
   */
  @Test
  void aDateOfANounInsideTheObjectDoesNotDateTheAction() {
    LocalDate article = LocalDate.of(2021, 10, 20);
    EventDate date =
        dateOf(
            "The ministry welcomed the report on the attack of 19 September 2021.",
            "welcome",
            article);
    assertThat(date).isEqualTo(new EventDate(article, EventDate.Precision.DAY, "article", null));
    assertThat(
            dateOf(
                    "Lavrov and Blinken held talks on Friday in Geneva.",
                    "hold",
                    WEDNESDAY_19_JANUARY)
                .date())
        .isEqualTo(LocalDate.of(2022, 1, 14));
  }

  /**
   * "Monday night" is a TIME to SUTime, and was passed over for the clause's "On Tuesday": the
   * request was dated on the day it was announced.
   */
  @Test
  void aWeekdayWithAPartOfTheDayDatesItsOwnClause() {
    EventDate date =
        dateOf(
            "On Tuesday, President Donald Trump announced he had asked for John Bolton's"
                + " resignation Monday night.",
            "ask",
            LocalDate.of(2019, 9, 12));
    assertThat(date.date()).isEqualTo(LocalDate.of(2019, 9, 9));
  }

  @Test
  void aPlannedDayNamesTheDayAnArticleCanHaveBeenWrittenBeforeIt() {
    LocalDate friday = LocalDate.of(2022, 1, 21);
    assertThat(EventDateResolver.writtenBefore("next Friday", friday))
        .contains(LocalDate.of(2022, 1, 14));
    assertThat(EventDateResolver.writtenBefore("on Friday", friday))
        .contains(LocalDate.of(2022, 1, 20));
    assertThat(EventDateResolver.writtenBefore("tomorrow", friday))
        .contains(LocalDate.of(2022, 1, 20));
    assertThat(EventDateResolver.writtenBefore("next Monday", friday)).isEmpty();
    assertThat(EventDateResolver.writtenBefore("next week", friday)).isEmpty();
  }

  @Test
  void aPastVerbIsNotDatedAfterItsArticleByTheDayOfTheClauseItGoverns() {
    EventDate agreed =
        dateOf(
            "Blinken and Lavrov agreed to meet again next Friday in Geneva.",
            "agree",
            WEDNESDAY_19_JANUARY);
    assertThat(agreed)
        .isEqualTo(new EventDate(WEDNESDAY_19_JANUARY, EventDate.Precision.DAY, "article", null));
  }

  static final LocalDate SUNDAY_23_JANUARY = LocalDate.of(2022, 1, 23);
  static final LocalDate FRIDAY_21_JANUARY = LocalDate.of(2022, 1, 21);

  /** A lead that dates its act to the Friday before the article of Sunday 23 January. */
  static final String FRIDAY_LEAD =
      "On Friday, the Arnorian transport ministry announced new restrictions on flights to"
          + " Gondor.";

  static AnnotatedArticle article(List<String> paragraphs, LocalDate articleDate) {
    List<Integer> english = new java.util.ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      english.add(i);
    }
    return NlpPipeline.get()
        .annotate("t", paragraphs, english, articleDate, SentenceTriage.properNounAndVerb());
  }

  /** The date of the action in the article's last sentence, with the article's lead and quotes. */
  static EventDate dateInArticle(
      List<String> paragraphs, String actionLemma, LocalDate articleDate) {
    AnnotatedArticle annotated = article(paragraphs, articleDate);
    Sentence last = annotated.sentences().get(annotated.sentences().size() - 1);
    int action =
        last.tokens().stream()
            .filter(t -> t.lemma().equals(actionLemma))
            .mapToInt(Token::index)
            .findFirst()
            .orElseThrow();
    return EventDateResolver.resolve(last, action, StoryDay.of(annotated, articleDate));
  }

  @Test
  void anUndatedSimplePastSentenceRetellsTheDayTheLeadNames() {
    EventDate cited =
        dateInArticle(
            List.of(
                FRIDAY_LEAD,
                "In the letter, Minister Tomas Varga cited the repression of Gondorian dissidents"
                    + " as his motive."),
            "cite",
            SUNDAY_23_JANUARY);
    assertThat(cited)
        .isEqualTo(new EventDate(FRIDAY_21_JANUARY, EventDate.Precision.DAY, "article-lead", null));
  }

  @Test
  void aHeadlineInThePresentComesBeforeTheLead() {
    EventDate cited =
        dateInArticle(
            List.of(
                "Arnor restricts flights to Gondor",
                "Minister Tomas Varga",
                FRIDAY_LEAD,
                "In the letter, Minister Tomas Varga cited the repression of Gondorian dissidents."),
            "cite",
            SUNDAY_23_JANUARY);
    assertThat(cited.date()).isEqualTo(FRIDAY_21_JANUARY);
    assertThat(cited.source()).isEqualTo("article-lead");
  }

  @Test
  void aDidNotSentenceAndAPassiveInThePastRetellTheDayTheLeadNames() {
    assertThat(
            dateInArticle(
                    List.of(
                        FRIDAY_LEAD, "Minister Tomas Varga did not accede to Gondor's demands."),
                    "accede",
                    SUNDAY_23_JANUARY)
                .source())
        .isEqualTo("article-lead");
    assertThat(
            dateInArticle(
                    List.of(
                        FRIDAY_LEAD, "Gondor's ambassador was summoned by Minister Tomas Varga."),
                    "summon",
                    SUNDAY_23_JANUARY)
                .date())
        .isEqualTo(FRIDAY_21_JANUARY);
  }

  @Test
  void aPastPerfectSentenceIsNotDatedByTheLead() {
    assertThat(
            dateInArticle(
                List.of(FRIDAY_LEAD, "Minister Tomas Varga had made threats against Gondor."),
                "make",
                SUNDAY_23_JANUARY))
        .isEqualTo(new EventDate(SUNDAY_23_JANUARY, EventDate.Precision.DAY, "article", null));
    assertThat(
            dateInArticle(
                    List.of(FRIDAY_LEAD, "Minister Tomas Varga has threatened Gondor before."),
                    "threaten",
                    SUNDAY_23_JANUARY)
                .source())
        .isEqualTo("article");
  }

  @Test
  void aPresentSentenceIsNotDatedByTheLead() {
    assertThat(
            dateInArticle(
                List.of(FRIDAY_LEAD, "Minister Tomas Varga accuses Gondor of repression."),
                "accuse",
                SUNDAY_23_JANUARY))
        .isEqualTo(new EventDate(SUNDAY_23_JANUARY, EventDate.Precision.DAY, "article", null));
  }

  @Test
  void anInfinitiveThatCompletesASimplePastRetellsTheLead() {
    // "continued to attack", "agreed to add": the infinitive is told in its governor's time.
    for (String sentence :
        List.of(
            "Police said Tomas Varga left the hall and continued to attack passers-by.",
            "Minister Tomas Varga also agreed to add two members to the oversight council.")) {
      String action = sentence.contains("attack") ? "attack" : "add";
      assertThat(dateInArticle(List.of(FRIDAY_LEAD, sentence), action, SUNDAY_23_JANUARY))
          .as(sentence)
          .isEqualTo(
              new EventDate(FRIDAY_21_JANUARY, EventDate.Precision.DAY, "article-lead", null));
    }
    // An infinitive under a present or a modal keeps the article's date.
    assertThat(
            dateInArticle(
                    List.of(
                        FRIDAY_LEAD,
                        "Minister Tomas Varga wants to add two members to the council."),
                    "add",
                    SUNDAY_23_JANUARY)
                .source())
        .isEqualTo("article");
  }

  @Test
  void aSentenceAfterTheLeadKeepsADateOfItsOwn() {
    EventDate met =
        dateInArticle(
            List.of(FRIDAY_LEAD, "Minister Tomas Varga met Gondor's ambassador on Thursday."),
            "meet",
            SUNDAY_23_JANUARY);
    assertThat(met.date()).isEqualTo(LocalDate.of(2022, 1, 20));
    assertThat(met.source()).isEqualTo("sentence");
  }

  @Test
  void aLeadThatDatesNoPastDayNamesNoStoryDay() {
    List<String> paragraphs =
        List.of(
            "The Arnorian transport ministry will announce new restrictions on flights to Gondor"
                + " on Friday.",
            "In a letter, Minister Tomas Varga cited the repression of Gondorian dissidents.");
    assertThat(StoryDay.of(article(paragraphs, WEDNESDAY_19_JANUARY), WEDNESDAY_19_JANUARY).day())
        .isNull();
    assertThat(dateInArticle(paragraphs, "cite", WEDNESDAY_19_JANUARY).source())
        .isEqualTo("article");
  }

  @Test
  void aMapLegendBeforeTheLeadDoesNotPushTheLeadOutOfReach() {
    EventDate cited =
        dateInArticle(
            List.of(
                "Arnor restricts flights to Gondor",
                "\u2588\u2588 Arnorian Republic",
                "\u2588\u2588 Gondorian opposition",
                "\u2588\u2588 Free Dale Forces",
                "\u2588\u2588 Rohirrim",
                FRIDAY_LEAD,
                "In the letter, Minister Tomas Varga cited the repression of Gondorian dissidents."),
            "cite",
            SUNDAY_23_JANUARY);
    assertThat(cited)
        .isEqualTo(new EventDate(FRIDAY_21_JANUARY, EventDate.Precision.DAY, "article-lead", null));
  }

  @Test
  void aLeadToldInThePresentNamesTheDayOfItsActInThePast() {
    // The parser takes "troops" for the root of the first lead: no main verb in the past to read.
    for (String lead :
        List.of(
            "Arnorian troops, who crossed into Gondor on Friday, now hold three border towns.",
            "Arnorian troops now hold three border towns after they crossed into Gondor on"
                + " Friday.")) {
      List<String> paragraphs =
          List.of(
              "Arnorian troops hold Gondorian towns",
              lead,
              "Minister Tomas Varga also commented on the Rohan border agreement, calling it null"
                  + " and void.");
      assertThat(StoryDay.of(article(paragraphs, SUNDAY_23_JANUARY), SUNDAY_23_JANUARY).day())
          .as(lead)
          .isEqualTo(FRIDAY_21_JANUARY);
      assertThat(dateInArticle(paragraphs, "comment", SUNDAY_23_JANUARY).date())
          .as(lead)
          .isEqualTo(FRIDAY_21_JANUARY);
    }
  }

  @Test
  void regressionADayNamedAfterALeadThatDatesNothingIsBackgroundNotTheStory() {
    // Review: the second reading took any past day of the first paragraphs, even one told after a
    // lead the parse had found.
    List<String> paragraphs =
        List.of(
            "Arnor restricts flights to Gondor",
            "The Arnorian transport ministry has restricted flights to Gondor, Minister Tomas"
                + " Varga said.",
            "The restrictions follow protests that erupted on 5 January in the Gondorian capital.",
            "In the letter, Minister Tomas Varga cited the repression of Gondorian dissidents.");
    assertThat(StoryDay.of(article(paragraphs, SUNDAY_23_JANUARY), SUNDAY_23_JANUARY).day())
        .isNull();
  }

  @Test
  void aPastDayMoreThanAMonthBeforeTheArticleInAPresentLeadIsBackgroundNotTheStory() {
    List<String> paragraphs =
        List.of(
            "Arnorian troops hold Gondorian towns",
            "Arnorian troops now hold three border towns after they crossed into Gondor on"
                + " 3 November 2021.");
    assertThat(StoryDay.of(article(paragraphs, SUNDAY_23_JANUARY), SUNDAY_23_JANUARY).day())
        .isNull();
  }

  /** The lead of an article of Thursday 20 January: the dismissal was announced on Tuesday. */
  static final String TUESDAY_LEAD =
      "On Tuesday, President Elena Marsh announced that she had dismissed her adviser Paul Reyes.";

  static final LocalDate THURSDAY_20_JANUARY = LocalDate.of(2022, 1, 20);

  @Test
  void lastNightInAQuoteIsTheNightBeforeTheLeadsDay() {
    EventDate informed =
        dateInArticle(
            List.of(
                TUESDAY_LEAD,
                "\"I informed Paul Reyes last night that his services are no longer needed,\""
                    + " Marsh wrote."),
            "inform",
            THURSDAY_20_JANUARY);
    assertThat(informed)
        .isEqualTo(
            new EventDate(
                LocalDate.of(2022, 1, 17), EventDate.Precision.DAY, "sentence", "last night"));
  }

  @Test
  void thisMorningInAQuoteOpenedBySentenceBeforeIsTheLeadsDay() {
    EventDate asked =
        dateInArticle(
            List.of(
                TUESDAY_LEAD,
                "\"I disagreed strongly with Paul Reyes. I asked Reyes for his resignation this"
                    + " morning,\" Marsh wrote."),
            "ask",
            THURSDAY_20_JANUARY);
    assertThat(asked.date()).isEqualTo(LocalDate.of(2022, 1, 18));
  }

  /**
   * A quote that runs over two paragraphs reopens at the second with a quotation mark: that mark
   * does not close the quote the first left open.
   */
  @Test
  void todayInAQuoteThatRunsOverParagraphsIsTheLeadsDay() {
    EventDate asked =
        dateInArticle(
            List.of(
                TUESDAY_LEAD,
                "\"I disagreed strongly with Paul Reyes on many things.",
                "\"I asked Reyes for his resignation today,\" Marsh wrote."),
            "ask",
            THURSDAY_20_JANUARY);
    assertThat(asked.date()).isEqualTo(LocalDate.of(2022, 1, 18));
  }

  @Test
  void lastNightOutsideAQuoteIsTheNightBeforeTheArticle() {
    EventDate left =
        dateInArticle(
            List.of(TUESDAY_LEAD, "Paul Reyes left the office of President Marsh last night."),
            "leave",
            THURSDAY_20_JANUARY);
    assertThat(left.date()).isEqualTo(LocalDate.of(2022, 1, 19));
  }
}
