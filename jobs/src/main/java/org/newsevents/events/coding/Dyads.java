package org.newsevents.events.coding;

import java.util.List;
import org.newsevents.actors.ActorMention;

/** Who acts on whom for one verb, and whose reported speech it is in (or null). */
record Dyads(List<ActorMention> sources, List<ActorMention> targets, ActorMention reporter) {

  /**
   * The dyads with only the actors the resolver gave a CAMEO code: a name it could not place
   * ("Warren", "the Atlantic Council") is no resolved source, and an event without one is not
   * coded; an uncoded target counts as no target.
   */
  Dyads withCodedActorsOnly() {
    return new Dyads(coded(sources), coded(targets), reporter);
  }

  private static List<ActorMention> coded(List<ActorMention> mentions) {
    return mentions.stream()
        .filter(m -> m.cameoCode() != null && !m.cameoCode().isBlank())
        .toList();
  }

  /**
   * Whether one of the two is a bare country and the other that country's own organ or people: a
   * state acting on itself is no interaction between actors. "Russia was expecting answers,
   * according to Moscow"; "Trump has pulled the U.S. out of that agreement", "Kerry said the United
   * States was prepared to consider options", "Erdogan announced Turkey was launching an
   * offensive": the country an organ names is the one it acts for, or the topic of what it says,
   * never the one it acts on (of 7 such dyads among 163 coded mentions of 48 unseen AllSides
   * articles, none was right).
   */
  static boolean ownCountry(ActorMention source, ActorMention target) {
    String one = source.cameoCode();
    String other = target.cameoCode();
    return one != null
        && other != null
        && ((isBareCountry(one) && other.startsWith(one))
            || (isBareCountry(other) && one.startsWith(other)));
  }

  private static boolean isBareCountry(String code) {
    return code.length() == 3 && code.chars().allMatch(Character::isUpperCase);
  }
}
