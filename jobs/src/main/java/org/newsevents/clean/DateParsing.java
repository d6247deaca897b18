package org.newsevents.clean;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as feeds and page datelines write them: ISO 8601, RFC 1123, "19 january 2022",
 * "January 19, 2022", "Jan. 19 2022", "2022/01/19". Dates without a year ("9/16") are not guessed.
 */
public final class DateParsing {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  static final String MONTH_NAME =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
          + "|nov(?:ember)?|dec(?:ember)?)\\.?";

  /** Any one date in a form this class reads; datelines are built from it. */
  static final String DATE =
      "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+"
          + MONTH_NAME
          + ",?\\s+\\d{4}|"
          + MONTH_NAME
          + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";

  private static final Pattern ISO_OR_SLASHED =
      Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH_NAME + "),?\\s+(\\d{4})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(" + MONTH_NAME + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})",
          Pattern.CASE_INSENSITIVE);

  /**
   * A month and a day with no year after them ("February 10", "10 February", "Feb. 10th"). The
   * month must be capitalised, so that "may 10" in running text is not read as a date.
   */
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b(" + MONTH_NAME + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\d,.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH_NAME + ")(?![a-z])(?!,?\\s*\\d{4})",
          Pattern.CASE_INSENSITIVE);

  private DateParsing() {}

  /** The calendar date in a feed's published field, if it holds one with a year. */
  public static Optional<LocalDate> parsePublished(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    for (DateTimeFormatter format :
        new DateTimeFormatter[] {
          DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME
        }) {
      try {
        return Optional.of(OffsetDateTime.parse(text, format).toLocalDate());
      } catch (DateTimeParseException ignored) {
        // not this form; try the next
      }
    }
    try {
      return Optional.of(ZonedDateTime.parse(text).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // not a zoned date-time
    }
    return findDate(text);
  }

  /** The first date written anywhere in the text, in one of the forms above. */
  public static Optional<LocalDate> findDate(String text) {
    Matcher iso = ISO_OR_SLASHED.matcher(text);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    if (dmy.find()) {
      return date(dmy.group(3), String.valueOf(month(dmy.group(2))), dmy.group(1));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    if (mdy.find()) {
      return date(mdy.group(3), String.valueOf(month(mdy.group(1))), mdy.group(2));
    }
    return Optional.empty();
  }

  /** A date written in the text, with where it starts and ends (char offsets). */
  public record Found(LocalDate date, int start, int end) {}

  /**
   * Every full date (day, month and year all written) in the text, in the order they appear; a date
   * without a year ("February 10") is not one.
   */
  public static List<Found> findAllDates(String text) {
    List<Found> found = new ArrayList<>();
    Matcher iso = ISO_OR_SLASHED.matcher(text);
    while (iso.find()) {
      int start = iso.start();
      int end = iso.end();
      date(iso.group(1), iso.group(2), iso.group(3))
          .ifPresent(date -> found.add(new Found(date, start, end)));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    while (dmy.find()) {
      int start = dmy.start();
      int end = dmy.end();
      date(dmy.group(3), String.valueOf(month(dmy.group(2))), dmy.group(1))
          .ifPresent(date -> found.add(new Found(date, start, end)));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    while (mdy.find()) {
      int start = mdy.start();
      int end = mdy.end();
      date(mdy.group(3), String.valueOf(month(mdy.group(1))), mdy.group(2))
          .ifPresent(date -> found.add(new Found(date, start, end)));
    }
    found.sort(java.util.Comparator.comparingInt(Found::start));
    return found;
  }

  /** A month and day written without a year, with where it starts and ends (char offsets). */
  public record FoundMonthDay(MonthDay monthDay, int start, int end) {}

  /**
   * Every month and day the text writes without a year ("on February 10"), in the order they
   * appear; full dates are {@link #findAllDates}'.
   */
  public static List<FoundMonthDay> findAllMonthDays(String text) {
    List<FoundMonthDay> found = new ArrayList<>();
    Matcher monthDay = MONTH_DAY.matcher(text);
    while (monthDay.find()) {
      monthDay(monthDay.group(1), monthDay.group(2))
          .ifPresent(md -> found.add(new FoundMonthDay(md, monthDay.start(), monthDay.end())));
    }
    Matcher dayMonth = DAY_MONTH.matcher(text);
    while (dayMonth.find()) {
      monthDay(dayMonth.group(2), dayMonth.group(1))
          .ifPresent(md -> found.add(new FoundMonthDay(md, dayMonth.start(), dayMonth.end())));
    }
    found.sort(java.util.Comparator.comparingInt(FoundMonthDay::start));
    return found;
  }

  private static Optional<MonthDay> monthDay(String monthName, String day) {
    if (!Character.isUpperCase(monthName.charAt(0))) {
      return Optional.empty();
    }
    try {
      return Optional.of(MonthDay.of(month(monthName), Integer.parseInt(day)));
    } catch (java.time.DateTimeException impossible) {
      return Optional.empty();
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (java.time.DateTimeException | NumberFormatException impossible) {
      return Optional.empty();
    }
  }
}
