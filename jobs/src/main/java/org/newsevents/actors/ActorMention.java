package org.newsevents.actors;

import java.io.Serializable;

/**
 * One place in an article where an actor acts, with the code the actor had on the article's date.
 *
 * @param method how the mention was resolved: alias, surname, fuzzy, seat, demonym-agent, role-noun
 *     ("the court", with the article's country), short-name (an organisation named by its first
 *     word), article-name (a name the article gave an actor before, where NER missed it or never
 *     ran), acronym (defined in brackets after an organisation), member-noun (an organisation its
 *     people are called after: "Vantorism officials"), agent-name (a body the dictionary lacks
 *     whose name ends in an agent noun and names its country: "the Tehran Police"),
 *     agent-name-article-country (the same, of the article's country: "Rutgers University"),
 *     party-compound (one country of "the Turkish-Libyan agreement"), led-compound ("the US-led
 *     coalition"), unknown
 */
public record ActorMention(
    String articleId,
    String actorKey,
    int sentenceNo,
    int charStart,
    int charEnd,
    String surface,
    String cameoCode,
    String method)
    implements Serializable {

  /**
   * Whether the mention can be a party to its sentence's action: an outlet cited for information or
   * a state body named where it does not act is an actor of the article, but not of the sentence.
   */
  public boolean isParty() {
    return !ActorResolver.NO_PARTY_METHODS.contains(method);
  }

  /** The same mention, reached another way ("he" standing for a person named before). */
  public ActorMention withMethod(String otherMethod) {
    return new ActorMention(
        articleId, actorKey, sentenceNo, charStart, charEnd, surface, cameoCode, otherMethod);
  }
}
