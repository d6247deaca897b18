package org.newsevents.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata that crawled text carries inline (a "date 2022-01-19" prefix, a "03:11 19
 * january 2022 Source: fr.euronews.com" dateline, a headline as the first line), and takes those
 * lines out of the body text.
 */
public final class MetadataExtractor {
  /**
   * Metadata sits at the top of a page; looking further down would mistake event dates for
   * datelines.
   */
  private static final int HEADER_PARAGRAPHS = 5;

  private static final String TIME = "\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?";
  private static final String ZONE =
      "(?:GMT|UTC|CET|CEST|EST|EDT|PST|PDT|BST|MSK|[+-]\\d{2}:?\\d{2})";
  private static final String DOMAIN = "((?:[a-z0-9-]+\\.)+[a-z]{2,})";
  private static final String SOURCE_SUFFIX = "(?:\\s*\\|?\\s*source\\s*:\\s*" + DOMAIN + "/?)?";
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:(?:published|posted|updated|last updated|date)\\s*:?\\s*)?"
              + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
              + "(?:"
              + TIME
              + "\\s*(?:"
              + ZONE
              + "\\s*)?[,|-]?\\s*)?"
              + "("
              + DateParsing.DATE
              + ")"
              + "(?:,?\\s*(?:at\\s+)?"
              + TIME
              + ")?(?:\\s*"
              + ZONE
              + ")?"
              + SOURCE_SUFFIX
              + "\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_PREFIX =
      Pattern.compile(
          "^(?:date|published|posted|updated)\\s*:?\\s+(" + DateParsing.DATE + ")(?:\\s+(.*))?$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern SOURCE_LINE =
      Pattern.compile("^source\\s*:\\s*" + DOMAIN + "/?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  private MetadataExtractor() {}

  /** What the header of a text gave, and the body paragraphs without it. */
  public record Metadata(
      String title,
      LocalDate published,
      DateSource dateSource,
      String inlineSourceDomain,
      List<String> body,
      List<BoilerplateFilter.Removed> removed) {}

  /**
   * @param paragraphs the normalised paragraphs of the whole text, the first line included
   * @param givenTitle the feed's title field, or null; when given, the text is not mined for a
   *     title
   */
  public static Metadata extract(List<String> paragraphs, String givenTitle) {
    List<String> body = new ArrayList<>();
    List<BoilerplateFilter.Removed> removed = new ArrayList<>();
    LocalDate published = null;
    DateSource dateSource = DateSource.MISSING;
    String sourceDomain = null;
    // The rest of a "date 2022-01-19 ..." line is running text, never a headline.
    boolean firstBodyIsLineRest = false;
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      if (i < HEADER_PARAGRAPHS) {
        Matcher dateline = DATELINE.matcher(paragraph);
        if (dateline.matches()) {
          Optional<LocalDate> date = DateParsing.findDate(dateline.group(1));
          if (published == null && date.isPresent()) {
            published = date.get();
            dateSource = DateSource.DATELINE;
          }
          if (sourceDomain == null && dateline.group(2) != null) {
            sourceDomain = dateline.group(2).toLowerCase(Locale.ROOT);
          }
          removed.add(new BoilerplateFilter.Removed(i, "metadata", paragraph));
          continue;
        }
        Matcher sourceLine = SOURCE_LINE.matcher(paragraph);
        if (sourceLine.matches()) {
          if (sourceDomain == null) {
            sourceDomain = sourceLine.group(1).toLowerCase(Locale.ROOT);
          }
          removed.add(new BoilerplateFilter.Removed(i, "metadata", paragraph));
          continue;
        }
        Matcher prefix = DATE_PREFIX.matcher(paragraph);
        if (prefix.matches()) {
          Optional<LocalDate> date = DateParsing.findDate(prefix.group(1));
          if (published == null && date.isPresent()) {
            published = date.get();
            dateSource = DateSource.INLINE;
          }
          String rest = prefix.group(2) == null ? "" : prefix.group(2).strip();
          removed.add(
              new BoilerplateFilter.Removed(
                  i,
                  "metadata",
                  paragraph.substring(0, paragraph.length() - rest.length()).strip()));
          if (!rest.isEmpty()) {
            firstBodyIsLineRest |= body.isEmpty();
            body.add(rest);
          }
          continue;
        }
      }
      body.add(paragraph);
    }
    String title = givenTitle;
    if (title != null) {
      if (!body.isEmpty() && sameText(body.get(0), title)) {
        removed.add(new BoilerplateFilter.Removed(0, "title", body.remove(0)));
      }
    } else if (body.size() > 1 && !firstBodyIsLineRest && isHeadline(body.get(0))) {
      title = body.remove(0);
    }
    return new Metadata(title, published, dateSource, sourceDomain, body, removed);
  }

  /**
   * A headline is short, starts with a capital or digit, and is not a sentence that leads into the
   * text: it has no final full stop, or it is short enough that one ("Tensions in Ukraine: talks in
   * Geneva.") is still a title.
   */
  static boolean isHeadline(String paragraph) {
    int words = countWords(paragraph);
    if (words == 0 || words > 20 || paragraph.endsWith(":") || paragraph.endsWith(",")) {
      return false;
    }
    char first = paragraph.charAt(0);
    if (!Character.isUpperCase(first)
        && !Character.isDigit(first)
        && first != '"'
        && first != '“') {
      return false;
    }
    return !paragraph.endsWith(".") || words <= 14;
  }

  static int countWords(String text) {
    Matcher words = WORD.matcher(text);
    int count = 0;
    while (words.find()) {
      count++;
    }
    return count;
  }

  private static boolean sameText(String a, String b) {
    return a.replaceAll("\\W+", " ").strip().equalsIgnoreCase(b.replaceAll("\\W+", " ").strip());
  }
}
