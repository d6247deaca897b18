package org.newsevents.clean;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date for an article whose input gives none, from what the article itself shows: the latest full
 * date (day, month and year all written) its text states about the past, else the date of the dated
 * input folder (INPUT_ROOT/YYYY-MM-DD/) it was delivered in. An article is written on or after
 * every past day it reports, so the latest such day is the closest lower bound the text gives; a
 * date the text places in the future ("talks will resume on 5 March 2022") bounds nothing. Nothing
 * is ever dated after the run date. When neither gives a date the article stays undated: the run
 * date is not evidence of when it was written.
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
   * @param text the article's cleaned text
   * @param inputPath the input file it came from (with :line or :record for JSONL and CSV)
   * @param runDate the run's date; no inferred date is later
   */
  public static Optional<Inferred> infer(String text, String inputPath, LocalDate runDate) {
    Optional<Inferred> fromText = latestPastDate(text, runDate);
    if (fromText.isPresent()) {
      return fromText;
    }
    return folderDate(inputPath, runDate);
  }

  /** The latest full date the text states outside a sentence about the future. */
  static Optional<Inferred> latestPastDate(String text, LocalDate runDate) {
    DateParsing.Found latest = null;
    for (DateParsing.Found found : DateParsing.findAllDates(text)) {
      if (found.date().isAfter(runDate) || aboutTheFuture(text, found)) {
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
  private static boolean aboutTheFuture(String text, DateParsing.Found found) {
    int start = found.start();
    while (start > 0 && !sentenceEnd(text, start - 1)) {
      start--;
    }
    int end = found.end();
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
