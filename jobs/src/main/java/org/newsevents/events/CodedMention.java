package org.newsevents.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One coded event mention, as dedup needs it.
 *
 * @param mentionId stable id of the mention
 * @param articleDated false when the article had no published date, so {@code eventDate} is not
 *     evidence
 * @param actor1 the source, never null
 * @param actor2 the target, or null for an action without one
 * @param eventCode the CAMEO code, e.g. "0411"
 * @param rootCode its two-digit root, e.g. "04"
 * @param precision how much of {@code eventDate} the text fixes
 * @param dateFromSentence true when the sentence gave the date; false when the article's date, or
 *     the day its lead names, stood in
 * @param dateFromLead true when the day the article's lead names stood in (date_basis
 *     'article-lead')
 * @param locationCountryCode where it took place (ISO 3166 alpha-3), or null
 */
public record CodedMention(
    String mentionId,
    String articleId,
    boolean articleDated,
    ActorRef actor1,
    ActorRef actor2,
    String eventCode,
    String rootCode,
    LocalDate eventDate,
    EventDate.Precision precision,
    boolean dateFromSentence,
    String locationCountryCode,
    boolean dateFromLead)
    implements Serializable {

  public CodedMention {
    Objects.requireNonNull(mentionId, "mentionId");
    Objects.requireNonNull(actor1, "actor1");
    Objects.requireNonNull(rootCode, "rootCode");
  }

  /**
   * What dated it: its sentence, its dated article, or nothing the input gave (see {@link
   * DateBasis}).
   */
  public DateBasis dateBasis() {
    if (!articleDated) {
      return DateBasis.UNDATED_ARTICLE;
    }
    if (dateFromSentence) {
      return DateBasis.SENTENCE;
    }
    return dateFromLead ? DateBasis.ARTICLE_LEAD : DateBasis.ARTICLE;
  }
}
