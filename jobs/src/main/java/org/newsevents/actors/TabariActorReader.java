package org.newsevents.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH .actors file into actor groups.
 *
 * <p>The format, as PETRARCH documents and reads it: a primary phrase (optionally with codes in
 * brackets), then {@code +} synonym lines, then tab-indented code lines {@code [CODE]}, {@code
 * [CODE >YYMMDD]}, {@code [CODE <YYMMDD]} or {@code [CODE YYMMDD-YYMMDD]}. An undated code is the
 * default used when no dated one applies. {@code #} and {@code ;} start comments, as do {@code <!--
 * -->} blocks; as in PETRARCH, any line that begins with {@code <!} is a comment too (the
 * validation set has a malformed {@code <! -- ... -->}). A primary phrase that has no code of its
 * own joins the next entry that has one (that is how PETRARCH indexes it, and how the files list
 * variants such as "LEONID_BREZHNEV_" followed by "LEONID_ILYICH_BREZHNEV" and the codes).
 *
 * <p>Codes joined by {@code /} ({@code THE_SHIRE [FRO/BIL/SAM]} in the PETRARCH validation set)
 * mean the phrase stands for several actors at once, and PETRARCH codes one event per actor; each
 * becomes a code of its own with the same period.
 *
 * <p>Dates: YYYYMMDD, or YYMMDD with the KEDS/TABARI/PETRARCH pivot, 00-30 read as 20YY and 31-99
 * as 19YY (the files were generated in 2014, and elite periods start at birth + 18 years, so no
 * YYMMDD date means 1900-1930). Both ends of a period are inclusive. Codes whose dates do not parse
 * (7- or 10-digit dates, a bare date without {@code < > -}, an end before the start, 31 June) are
 * dropped and counted, never guessed.
 */
final class TabariActorReader {
  /**
   * One code line or bracket: the code and its inclusive period (nulls are open ends; both null is
   * the default).
   */
  record RawCode(String code, LocalDate from, LocalDate to) {
    boolean isNull() {
      return code.equals(NULL_CODE);
    }
  }

  /** One actor as the file defines it: its primary phrases, synonyms and codes. */
  record RawActor(
      String file,
      int line,
      List<String> primaryNames,
      List<String> synonyms,
      List<RawCode> codes,
      String marker) {}

  static final String NULL_CODE = "---";

  /** The two-digit-year pivot: YY at or below it is 20YY. */
  static final int TWO_DIGIT_YEAR_PIVOT = 30;

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]\\[]*)\\]");
  private static final Pattern CODE_AND_RESTRICTION =
      Pattern.compile("^\\s*([A-Za-z0-9~/-]+)\\s*(.*?)\\s*$");
  private static final Pattern FROM = Pattern.compile("^>\\s*(\\d+)$");
  private static final Pattern UNTIL = Pattern.compile("^<\\s*(\\d+)$");
  private static final Pattern RANGE = Pattern.compile("^(\\d+)\\s*-\\s*(\\d+)$");
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->");
  private static final Pattern COUNTRY_INFO = Pattern.compile("(?i)countryinfo");
  private static final Pattern IGO_RULERS = Pattern.compile("(?i)igorulers");

  private final ConversionReport report;

  TabariActorReader(ConversionReport report) {
    this.report = report;
  }

  List<RawActor> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
    String fileName = file.getFileName().toString();
    List<RawActor> actors = new ArrayList<>();
    Builder current = null;
    boolean inXmlComment = false;
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      if (inXmlComment) {
        int end = line.indexOf("-->");
        if (end < 0) {
          continue;
        }
        line = line.substring(end + 3);
        inXmlComment = false;
      }
      line = XML_COMMENT.matcher(line).replaceAll("");
      int open = line.indexOf("<!--");
      if (open >= 0) {
        line = line.substring(0, open);
        inXmlComment = true;
      }
      if (line.isBlank() || line.startsWith("#") || line.startsWith("<!")) {
        continue;
      }
      int commentStart = commentStart(line);
      String comment = commentStart < 0 ? "" : line.substring(commentStart);
      String body = commentStart < 0 ? line : line.substring(0, commentStart);
      if (body.isBlank()) {
        continue;
      }
      int lineNumber = index + 1;
      char first = line.charAt(0);
      if (first == '\t' || first == ' ') {
        if (current == null) {
          report.problem(fileName, lineNumber, "code line before any actor");
          continue;
        }
        List<RawCode> codes = parseCodes(body, fileName, lineNumber);
        if (codes.isEmpty() && !body.contains("[")) {
          report.problem(fileName, lineNumber, "indented line without a [code]");
        }
        current.addCodes(codes, body.contains("["));
      } else if (first == '+') {
        if (current == null) {
          report.problem(fileName, lineNumber, "synonym before any actor");
          continue;
        }
        current.synonyms.add(phrase(body.substring(1)));
        current.addCodes(parseCodes(body, fileName, lineNumber), body.contains("["));
      } else {
        String name = phrase(body);
        List<RawCode> codes = parseCodes(body, fileName, lineNumber);
        if (current != null && !current.hasCodes) {
          // A primary phrase after one without codes: PETRARCH gives both the codes that follow.
          current.primaryNames.add(name);
        } else {
          if (current != null) {
            actors.add(current.build());
          }
          current = new Builder(fileName, lineNumber);
          current.primaryNames.add(name);
        }
        current.addCodes(codes, body.contains("["));
        current.noteMarker(comment);
      }
    }
    if (current != null) {
      actors.add(current.build());
    }
    return actors;
  }

  private static int commentStart(String line) {
    int hash = line.indexOf('#');
    int semicolon = line.indexOf(';');
    if (hash < 0) {
      return semicolon;
    }
    return semicolon < 0 ? hash : Math.min(hash, semicolon);
  }

  /** The phrase before any bracket, tabs and runs of blanks turned into single underscores. */
  private static String phrase(String body) {
    int bracket = body.indexOf('[');
    String text = bracket < 0 ? body : body.substring(0, bracket);
    return BLANKS.matcher(text.strip()).replaceAll("_");
  }

  private List<RawCode> parseCodes(String body, String fileName, int lineNumber) {
    List<RawCode> codes = new ArrayList<>();
    Matcher brackets = BRACKET.matcher(body);
    while (brackets.find()) {
      Matcher parts = CODE_AND_RESTRICTION.matcher(brackets.group(1));
      if (!parts.matches()) {
        report.problem(fileName, lineNumber, "empty code [" + brackets.group(1) + "]");
        continue;
      }
      String restriction = parts.group(2);
      try {
        for (String code : parts.group(1).toUpperCase(Locale.ROOT).split("/")) {
          if (!code.isEmpty()) {
            codes.add(restricted(code, restriction));
          }
        }
      } catch (DateTimeException | IllegalArgumentException e) {
        report.problem(
            fileName, lineNumber, "code [" + brackets.group(1) + "] dropped: " + e.getMessage());
      }
    }
    return codes;
  }

  private static RawCode restricted(String code, String restriction) {
    if (restriction.isEmpty()) {
      return new RawCode(code, null, null);
    }
    Matcher from = FROM.matcher(restriction);
    if (from.matches()) {
      return new RawCode(code, date(from.group(1)), null);
    }
    Matcher until = UNTIL.matcher(restriction);
    if (until.matches()) {
      return new RawCode(code, null, date(until.group(1)));
    }
    Matcher range = RANGE.matcher(restriction);
    if (range.matches()) {
      LocalDate start = date(range.group(1));
      LocalDate end = date(range.group(2));
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("period ends before it starts");
      }
      return new RawCode(code, start, end);
    }
    throw new IllegalArgumentException(
        "restriction '" + restriction + "' is not >date, <date or date-date");
  }

  /** YYYYMMDD, or YYMMDD with the two-digit-year pivot. */
  static LocalDate date(String digits) {
    if (digits.length() == 8) {
      return LocalDate.of(
          Integer.parseInt(digits.substring(0, 4)),
          Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6, 8)));
    }
    if (digits.length() == 6) {
      int twoDigitYear = Integer.parseInt(digits.substring(0, 2));
      int year = twoDigitYear <= TWO_DIGIT_YEAR_PIVOT ? 2000 + twoDigitYear : 1900 + twoDigitYear;
      return LocalDate.of(
          year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
    }
    throw new IllegalArgumentException(
        "date '" + digits + "' has " + digits.length() + " digits, not 6 or 8");
  }

  private static final class Builder {
    final String file;
    final int line;
    final List<String> primaryNames = new ArrayList<>();
    final List<String> synonyms = new ArrayList<>();
    final List<RawCode> codes = new ArrayList<>();
    boolean hasCodes;
    String marker = "";

    Builder(String file, int line) {
      this.file = file;
      this.line = line;
    }

    void addCodes(List<RawCode> parsed, boolean hadBracket) {
      codes.addAll(parsed);
      // A bracket closes the entry for PETRARCH even when its dates were unreadable: later
      // primaries start anew.
      hasCodes |= hadBracket;
    }

    void noteMarker(String comment) {
      if (!marker.isEmpty()) {
        return;
      }
      if (COUNTRY_INFO.matcher(comment).find()) {
        marker = "CountryInfo.140130";
      } else if (IGO_RULERS.matcher(comment).find()) {
        marker = "IGOrulers";
      }
    }

    RawActor build() {
      return new RawActor(
          file, line, List.copyOf(primaryNames), List.copyOf(synonyms), List.copyOf(codes), marker);
    }
  }
}
