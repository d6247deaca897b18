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
   * Nothing gives the date: neither the input, nor the text ({@code ArticleDates}), nor the dated
   * events it reports. The article is published undated (published_date null).
   */
  MISSING,
  /**
   * Inferred: from the latest full date the text states about the past, the dated input folder, or
   * the dated events the article reports as past; dim_articles.date_evidence says which.
   */
  INFERRED,
  /**
   * Written by runs before undated articles stayed undated: the run date stood in. Kept so that
   * those partitions still read; no run writes it now.
   */
  RUN_DATE;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
