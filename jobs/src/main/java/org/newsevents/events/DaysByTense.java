package org.newsevents.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.nlp.CalendarWords;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Timex;

/**
 * Days a sentence names without saying which week or year (a weekday, a month and day), dated here
 * from the tense of the clause they stand in rather than by SUTime (see {@link EventDateResolver}).
 */
final class DaysByTense {
  private DaysByTense() {}

  /**
   * A weekday with no "last" or "next", as {@code EventDateResolver}'s bare weekday, placed in its
   * day ("earlier Friday", "late on Sunday", "later on Tuesday"), or "this Sunday": the same day,
   * dated by the tense of its verb. SUTime reads "this Sunday" as the coming one, whatever the
   * verb; "This Sunday, Zapata crossed the Channel" in a Tuesday's article is two days before it.
   */
  static final Pattern WEEKDAY_BY_TENSE =
      Pattern.compile(
          "^(?:(?:early|earlier|late|later) )?(?:on )?(?:this )?"
              + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "(?: (?:morning|afternoon|evening|night))?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A month and day written without a year ("February 10", "10 Feb", "Thursday, January 13",
   * "February 14-15": the first day).
   */
  static final Pattern MONTH_DAY =
      Pattern.compile(
          "^(?:on )?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?(?:the )?"
              + "(?:(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ("
              + CalendarWords.MONTH_NAME
              + ")|("
              + CalendarWords.MONTH_NAME
              + ") (\\d{1,2})(?:st|nd|rd|th)?)(?:\\s*-\\s*\\d{1,2})?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

  /**
   * A month and day with no year, dated here rather than by SUTime, which puts it in the article's
   * year whatever the verb says. The year is the one another date of the same sentence writes out
   * ("visited Turkey on 4 April and Uzbekistan from 5-6 April 2016" is 4 April 2016); else the
   * tense of the verb decides against the article's date: a past verb means the latest such day not
   * after the article ("met on 12 February" in an article of 11 February 2022 is 2021-02-12, never
   * a day after the article), a future one the first such day not before it ("will travel on
   * November 16" in a December article is next November), a present one the nearest. Empty when
   * there is no year to be had: the article is undated and the sentence writes none.
   */
  static Optional<LocalDate> monthDay(
      Sentence sentence,
      int actionToken,
      Timex expression,
      Matcher monthDay,
      LocalDate articleDate) {
    String monthWord = monthDay.group(2) != null ? monthDay.group(2) : monthDay.group(3);
    String dayDigits = monthDay.group(1) != null ? monthDay.group(1) : monthDay.group(4);
    int month = monthNumber(monthWord);
    int day = Integer.parseInt(dayDigits);
    if (day < 1 || day > java.time.Month.of(month).maxLength()) {
      return Optional.empty();
    }
    for (Timex other : sentence.timexes()) {
      if (other == expression || !"DATE".equals(other.type())) {
        continue;
      }
      Matcher year = WRITTEN_YEAR.matcher(other.text());
      if (year.find()) {
        return dayIn(Integer.parseInt(year.group(1)), month, day);
      }
    }
    if (articleDate == null) {
      return Optional.empty();
    }
    VerbTense.Tense tense = tenseOf(sentence, actionToken, expression.tokenStart());
    int year = articleDate.getYear();
    Optional<LocalDate> same = dayIn(year, month, day);
    Optional<LocalDate> before = dayIn(year - 1, month, day);
    Optional<LocalDate> after = dayIn(year + 1, month, day);
    if (same.isEmpty()) {
      return Optional.empty(); // 29 February in a year without one
    }
    LocalDate candidate = same.get();
    return switch (tense) {
      case PAST -> candidate.isAfter(articleDate) ? before : same;
      case FUTURE -> candidate.isBefore(articleDate) ? after : same;
      case PRESENT -> {
        if (candidate.isAfter(articleDate.plusMonths(6))) {
          yield before;
        }
        yield candidate.isBefore(articleDate.minusMonths(6)) ? after : same;
      }
    };
  }

  private static Optional<LocalDate> dayIn(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (java.time.DateTimeException impossible) {
      return Optional.empty();
    }
  }

  private static int monthNumber(String word) {
    String prefix = word.toLowerCase(Locale.ROOT).substring(0, 3);
    return switch (prefix) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }

  /**
   * A bare weekday ("on Friday", "Wednesday night") dated by the tense of its verb: a past verb
   * means the latest such day not after the article, a future one the first such day not before it,
   * a present one the day of the article's Sunday-to-Saturday week (SUTime's convention). SUTime
   * does this itself, but its tense rules keep state between documents (CoreNLP issue 1061), so the
   * same sentence could be dated a week apart depending on what the JVM read before; the answer
   * here depends only on the sentence and the article's date.
   */
  static Optional<LocalDate> bareWeekday(
      Sentence sentence, int actionToken, Timex expression, LocalDate articleDate) {
    Matcher weekday = WEEKDAY_BY_TENSE.matcher(expression.text().strip());
    if (articleDate == null || !weekday.matches()) {
      return Optional.empty();
    }
    DayOfWeek day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
    return Optional.of(
        switch (tenseOf(sentence, actionToken, expression.tokenStart())) {
          case PAST -> articleDate.with(TemporalAdjusters.previousOrSame(day));
          case FUTURE -> articleDate.with(TemporalAdjusters.nextOrSame(day));
          case PRESENT ->
              articleDate
                  .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY))
                  .with(TemporalAdjusters.nextOrSame(day));
        });
  }

  /**
   * The tense a day is read in: its verb's, except that a day after "since" is always in the past
   * ("protests have been taking place since Tuesday" in a Sunday's article began five days before
   * it, not on the coming Tuesday as the present tense would put it).
   */
  private static VerbTense.Tense tenseOf(Sentence sentence, int actionToken, int expressionStart) {
    if (expressionStart > 0
        && sentence.tokens().get(expressionStart - 1).word().equalsIgnoreCase("since")) {
      return VerbTense.Tense.PAST;
    }
    return VerbTense.of(sentence, actionToken);
  }
}
