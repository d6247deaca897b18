package org.newsevents.clean;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date for an article whose input gives none, from what the article itself shows: the latest full
 * date (day, month and year all written) its text states about the past, else the date of the dated
 * input folder (INPUT_ROOT/YYYY-MM-DD/) it was delivered in, else the latest month and day it
 * states about the past without a year ("met on February 10"), read in the year of the night's
 * dated articles ({@link NightWindow}). An article is written on or after every past day it
 * reports, so the latest such day is the closest lower bound the text gives; a date the text places
 * in the future ("talks will resume on 5 March 2022") bounds nothing. Nothing is ever dated after
 * the run date. When nothing gives a date the article stays undated: the run date is not evidence
 * of when it was written.
 */
public final class ArticleDates {
  /**
   * Words that put a sentence's date in the future ("will meet on 21 January 2022", "is due to",
   * "scheduled for", "until"): such a date is not one the article can have been written after.
   */
  private static final Pattern FUTURE_CUE =
      Pattern.compile(
          "\\b(?:will|shall|'ll|scheduled|expected|due|plans?|planned|planning|upcoming|next"
              + "|until|till|ahead of|deadline)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DATED_FOLDER = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");

  private ArticleDates() {}

  /**
   * A date inferred for an article, and the evidence for it in words.
   *
   * @param evidence what dated it, e.g. {@code latest past date in the text: "21 January 2022"}
   */
  public record Inferred(LocalDate date, String evidence) implements Serializable {}

  /**
   * The first and last publication day of the articles of one night whose input dated them. A
   * crawler's night delivers news of a few days, so when they span at most {@link #MAX_DAYS} a
   * month and day written without a year in an undated article of the same night is read in the
   * year that puts it nearest them, if that is within {@link #MAX_DAYS_AWAY}; a night that spans
   * more (a backfill of an archive) gives no year.
   */
  public record NightWindow(LocalDate first, LocalDate last) implements Serializable {
    public static final int MAX_DAYS = 62;
    public static final int MAX_DAYS_AWAY = 92;

    /** The month and day in the year nearest the night, if the night is narrow and it is near. */
    Optional<LocalDate> dateOf(MonthDay monthDay) {
      if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
        return Optional.empty();
      }
      LocalDate nearest = null;
      for (int year = first.getYear() - 1; year <= last.getYear() + 1; year++) {
        LocalDate candidate = monthDay.atYear(year);
        if (nearest == null || daysAway(candidate) < daysAway(nearest)) {
          nearest = candidate;
        }
      }
      return daysAway(nearest) <= MAX_DAYS_AWAY ? Optional.of(nearest) : Optional.empty();
    }

    private long daysAway(LocalDate date) {
      if (date.isBefore(first)) {
        return ChronoUnit.DAYS.between(date, first);
      }
      return date.isAfter(last) ? ChronoUnit.DAYS.between(last, date) : 0;
    }

    @Override
    public String toString() {
      return first.equals(last) ? first.toString() : first + " to " + last;
    }
  }

  /**
   * @param text the article's cleaned text
   * @param inputPath the input file it came from (with :line or :record for JSONL and CSV)
   * @param runDate the run's date; no inferred date is later
   * @param night the night's dated articles, when it has any
   */
  public static Optional<Inferred> infer(
      String text, String inputPath, LocalDate runDate, Optional<NightWindow> night) {
    Optional<Inferred> fromText = latestPastDate(text, runDate);
    if (fromText.isPresent()) {
      return fromText;
    }
    Optional<Inferred> fromFolder = folderDate(inputPath, runDate);
    if (fromFolder.isPresent() || night.isEmpty()) {
      return fromFolder;
    }
    return latestPastMonthDay(text, runDate, night.get());
  }

  /**
   * The latest month and day without a year the text states outside a sentence about the future, in
   * the night's year.
   */
  static Optional<Inferred> latestPastMonthDay(String text, LocalDate runDate, NightWindow night) {
    LocalDate latest = null;
    DateParsing.FoundMonthDay latestFound = null;
    for (DateParsing.FoundMonthDay found : DateParsing.findAllMonthDays(text)) {
      Optional<LocalDate> date = night.dateOf(found.monthDay());
      if (date.isEmpty()
          || date.get().isAfter(runDate)
          || aboutTheFuture(text, found.start(), found.end())) {
        continue;
      }
      if (latest == null || date.get().isAfter(latest)) {
        latest = date.get();
        latestFound = found;
      }
    }
    if (latest == null) {
      return Optional.empty();
    }
    String written = text.substring(latestFound.start(), latestFound.end()).replaceAll("\\s+", " ");
    return Optional.of(
        new Inferred(
            latest,
            "latest past day in the text: \""
                + written
                + "\", in the year of the night's dated articles ("
                + night
                + ")"));
  }

  /** The latest full date the text states outside a sentence about the future. */
  static Optional<Inferred> latestPastDate(String text, LocalDate runDate) {
    DateParsing.Found latest = null;
    for (DateParsing.Found found : DateParsing.findAllDates(text)) {
      if (found.date().isAfter(runDate) || aboutTheFuture(text, found.start(), found.end())) {
        continue;
      }
      if (latest == null || found.date().isAfter(latest.date())) {
        latest = found;
      }
    }
    if (latest == null) {
      return Optional.empty();
    }
    String written = text.substring(latest.start(), latest.end()).replaceAll("\\s+", " ");
    return Optional.of(
        new Inferred(latest.date(), "latest past date in the text: \"" + written + "\""));
  }

  /** The date of the dated input folder (YYYY-MM-DD) the file was delivered in, if any. */
  static Optional<Inferred> folderDate(String inputPath, LocalDate runDate) {
    if (inputPath == null) {
      return Optional.empty();
    }
    String[] parts = inputPath.replace('\\', '/').split("/");
    // The last part is the file itself; the nearest dated folder above it wins.
    for (int i = parts.length - 2; i >= 0; i--) {
      Matcher folder = DATED_FOLDER.matcher(parts[i]);
      if (!folder.matches()) {
        continue;
      }
      try {
        LocalDate date =
            LocalDate.of(
                Integer.parseInt(folder.group(1)),
                Integer.parseInt(folder.group(2)),
                Integer.parseInt(folder.group(3)));
        if (!date.isAfter(runDate)) {
          return Optional.of(new Inferred(date, "input folder " + parts[i]));
        }
      } catch (java.time.DateTimeException notADate) {
        // a folder named like 2022-13-45 is no date
      }
    }
    return Optional.empty();
  }

  /** True when the sentence around the date speaks of the future. */
  private static boolean aboutTheFuture(String text, int dateStart, int dateEnd) {
    int start = dateStart;
    while (start > 0 && !sentenceEnd(text, start - 1)) {
      start--;
    }
    int end = dateEnd;
    while (end < text.length() && !sentenceEnd(text, end)) {
      end++;
    }
    String sentence = text.substring(start, end).toLowerCase(Locale.ROOT);
    return FUTURE_CUE.matcher(sentence).find();
  }

  private static boolean sentenceEnd(String text, int at) {
    char c = text.charAt(at);
    if (c == '\n') {
      return true;
    }
    // "Jan. 21, 2022" has a dot that ends no sentence: only a dot followed by a space and a
    // capital.
    return (c == '.' || c == '!' || c == '?')
        && at + 2 < text.length()
        && Character.isWhitespace(text.charAt(at + 1))
        && Character.isUpperCase(text.charAt(at + 2));
  }
}
