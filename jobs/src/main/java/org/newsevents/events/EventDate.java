package org.newsevents.events;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When an event happened, as precisely as the text says: a day, a week (its Monday), a month (its
 * first day) or a year (1 January); or unknown (date and precision null) when the sentence gives no
 * date it can be read by and the article has none to stand in or to resolve "Friday" against.
 *
 * @param source where the date came from: "sentence" (a time expression tied to the action),
 *     "article-lead" (none in the sentence, which retells in the simple past the act the article's
 *     lead dates: the day the lead names stands in, see {@link StoryDay}) or "article" (none in the
 *     sentence, so the article's date stands in, or nothing when the article is undated)
 * @param expression the words that gave the date ("next Friday", "mid-February"), or null
 */
public record EventDate(LocalDate date, Precision precision, String source, String expression)
    implements Serializable {

  /** No date: the article is undated and the sentence says nothing that dates the event alone. */
  public static EventDate unknown(String source, String expression) {
    return new EventDate(null, null, source, expression);
  }

  public boolean isKnown() {
    return date != null;
  }

  /**
   * The last day the date can stand for: the day itself, the Sunday of its week, the last day of
   * its month or year; null when unknown.
   */
  public LocalDate lastDay() {
    if (date == null || precision == null) {
      return date;
    }
    return switch (precision) {
      case DAY -> date;
      case WEEK -> date.plusDays(6);
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
      case YEAR -> date.withDayOfYear(date.lengthOfYear());
    };
  }

  /** The stored date_precision: day, week, month, year, or unknown. */
  public String precisionCode() {
    return precision == null ? "unknown" : precision.code();
  }

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
