package org.newsevents.clean;

/**
 * Where an article's published date came from; stored as the lowercase code in
 * dim_articles.date_source.
 */
public enum DateSource {
  /** The feed's published field (JSONL, CSV). */
  FIELD,
  /** An inline metadata line such as "date 2022-01-19". */
  INLINE,
  /** A dateline at the top of the page, such as "03:11 19 january 2022". */
  DATELINE,
  /**
   * Nothing in the input gives the date. Only the clean stage says this: the job replaces it by
   * {@link #INFERRED} or {@link #RUN_DATE} before publishing.
   */
  MISSING,
  /** Inferred from the dated events the article reports as past (see the events stage). */
  INFERRED,
  /** Nothing allowed an inference: the run date stands in. */
  RUN_DATE;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
