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
   * Whether the source is a bare country and the target that country's own organ ("Russia was
   * expecting answers, according to Moscow"): a state acting on itself is no interaction between
   * actors. The other way round is kept: an organ acting on its whole country may carry the act's
   * object ("agreed to add members to Hong Kong's council").
   */
  static boolean ownCountry(ActorMention source, ActorMention target) {
    String one = source.cameoCode();
    String other = target.cameoCode();
    return one != null && other != null && isBareCountry(one) && other.startsWith(one);
  }

  private static boolean isBareCountry(String code) {
    return code.length() == 3 && code.chars().allMatch(Character::isUpperCase);
  }
}
