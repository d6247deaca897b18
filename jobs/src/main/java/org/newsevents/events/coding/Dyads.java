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
}
