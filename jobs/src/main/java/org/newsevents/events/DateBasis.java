package org.newsevents.events;

import java.util.Locale;

/**
 * How far the deduplicator can trust a mention's or an event's date, read from what dated it (the
 * date_basis column, whose stored values {@link #of} maps).
 */
public enum DateBasis {
  /** A time expression in the sentence ("on Friday"), resolved against a dated article. */
  SENTENCE,
  /**
   * None in the sentence, which retells the act the article's lead dates: the day the lead names
   * stood in. Within its article it counts as a sentence's date of that day; across articles it is
   * still inferred from the lead, and counts as the article's date ({@link #ARTICLE}).
   */
  ARTICLE_LEAD,
  /** None in the sentence: the date the article's input gave stood in. */
  ARTICLE,
  /**
   * The article's input gave no date: its date was inferred (from its text, its input folder or the
   * events it shares with dated articles), or nothing dates the mention at all.
   */
  UNDATED_ARTICLE;

  /**
   * The basis a stored date_basis value names: 'sentence', 'article-lead', 'article-published',
   * 'article-inferred' or 'none', and the values of runs before issue 16 ('article', 'run-date').
   */
  public static DateBasis of(String code) {
    return switch (code == null ? "" : code.toLowerCase(Locale.ROOT)) {
      case "sentence" -> SENTENCE;
      case "article-lead" -> ARTICLE_LEAD;
      case "article-published", "article" -> ARTICLE;
      case "article-inferred", "none", "run-date" -> UNDATED_ARTICLE;
      default ->
          throw new IllegalArgumentException(
              "date_basis '"
                  + code
                  + "' is none of sentence, article-lead, article-published, article-inferred, none");
    };
  }
}
