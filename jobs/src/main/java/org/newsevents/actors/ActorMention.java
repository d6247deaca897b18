package org.newsevents.actors;

import java.io.Serializable;

/**
 * One place in an article where an actor acts, with the code the actor had on the article's date.
 *
 * @param method how the mention was resolved: alias, surname, fuzzy, seat, demonym-agent, role-noun
 *     ("the court", with the article's country), short-name (an organisation named by its first
 *     word), article-name (a name the article gave an actor before, where NER missed it or never
 *     ran), acronym (defined in brackets after an organisation), member-noun (an organisation its
 *     people are called after: "Vantorism officials"), unknown
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

  /** The same mention, reached another way ("he" standing for a person named before). */
  public ActorMention withMethod(String otherMethod) {
    return new ActorMention(
        articleId, actorKey, sentenceNo, charStart, charEnd, surface, cameoCode, otherMethod);
  }
}
