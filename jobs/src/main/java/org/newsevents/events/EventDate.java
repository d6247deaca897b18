package org.newsevents.events;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When an event happened, as precisely as the text says: a day, a week (its Monday), a month (its
 * first day) or a year (1 January).
 *
 * @param source where the date came from: "sentence" (a time expression tied to the action) or
 *     "article" (none in the sentence, so the article's date stands in)
 * @param expression the words that gave the date ("next Friday", "mid-February"), or null
 */
public record EventDate(LocalDate date, Precision precision, String source, String expression)
    implements Serializable {

  /** How much of the date the text fixes. */
  public enum Precision {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
