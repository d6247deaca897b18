package org.newsevents.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.events.EventDateResolverTest.FRIDAY_21_JANUARY;
import static org.newsevents.events.EventDateResolverTest.FRIDAY_LEAD;
import static org.newsevents.events.EventDateResolverTest.SUNDAY_23_JANUARY;
import static org.newsevents.events.EventDateResolverTest.THURSDAY_20_JANUARY;
import static org.newsevents.events.EventDateResolverTest.TUESDAY_LEAD;
import static org.newsevents.events.EventDateResolverTest.dateInArticle;
import static org.newsevents.events.EventDateResolverTest.dateOf;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructions the date stage misread on the real-news dev half ({@code
 * org.newsevents.bench.DateQuality}), each rewritten with made-up words, on real CoreNLP
 * annotations.
 */
class EventDateConstructionsTest {
  private static final LocalDate TUESDAY_18_JANUARY = LocalDate.of(2022, 1, 18);

  /** "released a statement saying ...": "saying" is told in the past, as "released" is. */
  @Test
  void aParticipleClauseIsToldInTheTenseOfTheVerbItDependsOn() {
    EventDate said =
        dateOf(
            "On Friday, the Arnorian ministry released a statement saying Gondor had attacked a"
                + " border post.",
            "say",
            SUNDAY_23_JANUARY);
    assertThat(said.date()).isEqualTo(FRIDAY_21_JANUARY);
    assertThat(said.precision()).isEqualTo(EventDate.Precision.DAY);
  }

  /** "earlier Friday", "late on Sunday": a weekday placed in its day is that weekday. */
  @Test
  void aWeekdayPlacedInItsDayIsDatedByTheTenseOfItsVerb() {
    EventDate detained =
        dateOf(
            "The suspect was at the station after being detained earlier Friday near the Arnorian"
                + " border.",
            "detain",
            LocalDate.of(2022, 1, 19));
    assertThat(detained.date()).isEqualTo(LocalDate.of(2022, 1, 14));
    assertThat(detained.source()).isEqualTo("sentence");
  }

  /**
   * "This Sunday, X crossed ...": SUTime reads "this Sunday" as the coming Sunday; with a past verb
   * it is the last one (a Tuesday's article, two days before), with a future verb the coming one.
   */
  @Test
  void thisWeekdayIsDatedByTheTenseOfItsVerb() {
    EventDate crossed =
        dateOf(
            "This Sunday, the Arnorian inventor Mark Holt crossed the border on a flying device.",
            "cross",
            LocalDate.of(2022, 1, 25));
    assertThat(crossed.date()).isEqualTo(SUNDAY_23_JANUARY);
    assertThat(crossed.source()).isEqualTo("sentence");
    EventDate visit =
        dateOf(
            "This Sunday, President Elena Marsh will visit Gondor.",
            "visit",
            LocalDate.of(2022, 1, 18));
    assertThat(visit.date()).isEqualTo(SUNDAY_23_JANUARY);
  }

  /**
   * Unseen Wikinews: "Anti-government protests have been taking place since Tuesday" in a Sunday's
   * article was dated to the coming Tuesday, an asserted event after its article. A day after
   * "since" lies in the past, whatever the tense.
   */
  @Test
  void aDayAfterSinceLiesInThePast() {
    EventDate protests =
        dateOf(
            "Protesters have been marching in Minas Tirith since Tuesday against the Gondorian"
                + " government.",
            "march",
            SUNDAY_23_JANUARY);
    assertThat(protests.date()).isEqualTo(LocalDate.of(2022, 1, 18));
    assertThat(protests.date()).isBefore(SUNDAY_23_JANUARY);
  }

  /** "Earlier this week on Wednesday": the day narrows the week. */
  @Test
  void aDayInsideTheWeekTheNearestExpressionNamesNarrowsIt() {
    EventDate said =
        dateOf(
            "Earlier this week on Wednesday, President Elena Marsh said Arnor would leave the"
                + " alliance.",
            "say",
            SUNDAY_23_JANUARY);
    assertThat(said.date()).isEqualTo(LocalDate.of(2022, 1, 19));
    assertThat(said.precision()).isEqualTo(EventDate.Precision.DAY);
  }

  /**
   * "has indicated the trial could commence on Tuesday, January 21": the day is read in the tense
   * of "could commence" (this coming January), not of "indicated" (last January); the past act then
   * takes the article's date, as a past verb is never dated after its article.
   */
  @Test
  void aDayWithoutAYearIsReadInTheTenseOfTheClauseItStandsIn() {
    EventDate indicated =
        dateOf(
            "Senator Mark Holt has indicated the trial could commence on Tuesday, January 21.",
            "indicate",
            LocalDate.of(2020, 1, 15));
    assertThat(indicated.date()).isEqualTo(LocalDate.of(2020, 1, 15));
    assertThat(indicated.source()).isEqualTo("article");
  }

  /** Quoted words with no date of their own were said on the day the lead names. */
  @Test
  void wordsInsideAQuoteWhateverTheirTenseAreSaidOnTheLeadsDay() {
    EventDate appreciate =
        dateInArticle(
            List.of(
                TUESDAY_LEAD,
                "Marsh wrote: \"Paul Reyes served Arnor for many years.",
                "We appreciate his work for the ministry, and we wish him well."),
            "appreciate",
            THURSDAY_20_JANUARY);
    assertThat(appreciate)
        .isEqualTo(
            new EventDate(TUESDAY_18_JANUARY, EventDate.Precision.DAY, "article-lead", null));
  }

  /**
   * A quote left open by a sentence the text cuts short does not turn the next quote inside out: a
   * straight mark after a space and before a word opens a quote.
   */
  @Test
  void aStraightQuoteMarkOpensOrClosesByTheSideOfItsSpace() {
    EventDate appreciate =
        dateInArticle(
            List.of(
                TUESDAY_LEAD,
                "Marsh said, \"We have plans for the ministry.",
                "Earlier, Marsh wrote \"Paul Reyes served Arnor for many years.",
                "We appreciate his work for the ministry."),
            "appreciate",
            THURSDAY_20_JANUARY);
    assertThat(appreciate.date()).isEqualTo(TUESDAY_18_JANUARY);
    assertThat(appreciate.source()).isEqualTo("article-lead");
  }

  /** "has suspended the permit" after a lead tells the lead's act, as "suspended" would. */
  @Test
  void aPresentPerfectOfAnActRetellsTheDayTheLeadNames() {
    EventDate suspended =
        dateInArticle(
            List.of(
                FRIDAY_LEAD,
                "The Arnorian aviation office has suspended the permit of Gondor Air."),
            "suspend",
            SUNDAY_23_JANUARY);
    assertThat(suspended)
        .isEqualTo(new EventDate(FRIDAY_21_JANUARY, EventDate.Precision.DAY, "article-lead", null));
  }

  /** "was directing": the past progressive tells of the story's time as the simple past does. */
  @Test
  void aPastProgressiveRetellsTheDayTheLeadNames() {
    EventDate directing =
        dateInArticle(
            List.of(FRIDAY_LEAD, "Minister Tomas Varga was directing the ministry's response."),
            "direct",
            SUNDAY_23_JANUARY);
    assertThat(directing.date()).isEqualTo(FRIDAY_21_JANUARY);
    assertThat(directing.source()).isEqualTo("article-lead");
  }
}
