package org.newsevents.events;

import java.util.Locale;

/** What dated a mention or an event: its date_basis column. */
public enum DateBasis {
  /** A time expression in the sentence ("on Friday"), resolved against the article's date. */
  SENTENCE,
  /** None in the sentence: the article's published date stood in. */
  ARTICLE,
  /** The article had no date when it was coded: the run date stood in for it. */
  RUN_DATE;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The basis a date_basis value names. */
  public static DateBasis of(String code) {
    for (DateBasis basis : values()) {
      if (basis.code().equals(code)) {
        return basis;
      }
    }
    throw new IllegalArgumentException(
        "date_basis '" + code + "' is none of sentence, article, run-date");
  }
}
