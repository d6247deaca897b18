package org.newsevents.events;

import java.util.Locale;

/**
 * Why a mention belongs to its event: the rule of {@link EventDeduplicator} that joined it to the
 * event's anchor (fct_event_mentions.merge_rule).
 */
public enum MergeRule {
  /** The mention created the event: nothing before it was the same event. */
  ANCHOR,
  /** Another sentence of the anchor's article: same actors and code, dates that can be the same. */
  SAME_ARTICLE,
  /** Both sentences date it to the same day. */
  SAME_DAY,
  /** Both sentences date it, one or both only to a week, month or year, and the periods overlap. */
  WITHIN_PERIOD,
  /** Neither sentence dates it; the articles were published on the same or consecutive days. */
  PUBLISHED_TOGETHER,
  /**
   * The mention's article had no date, its sentence names a day ("on Friday"), and a dated article
   * dated the event to the day from its own text.
   */
  UNDATED_ARTICLE;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
