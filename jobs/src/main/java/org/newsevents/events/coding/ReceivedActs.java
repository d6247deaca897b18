package org.newsevents.events.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.events.CameoDictionary;
import org.newsevents.nlp.ParseTree;

/**
 * Acts the subject receives. The dictionary writes them with an empty first code (":026" for
 * "received an invitation", ":071" for "received money", ":111" for "met with criticism"):
 * PETRARCH's passive reading, the other party's act on the subject. The act's source is the giver,
 * named in a "from" or "by" phrase ("received an invitation from NATO") or as the possessor or
 * compound of the thing received ("received NATO's invitation", "the NATO invitation"); the subject
 * is its target. With no giver named there is no event: "Russia received an invitation for
 * consultations between Germany and France" says nothing of who invited it (issue 14: "received an
 * invitation" is the inviter's act toward the receiver).
 */
final class ReceivedActs {
  private static final Set<String> GIVER_CASES = Set.of("from", "by");

  private final ParseTree tree;
  private final DyadFinder dyadFinder;

  ReceivedActs(ParsedSentence parsed, DyadFinder dyadFinder) {
    this.tree = parsed.tree;
    this.dyadFinder = dyadFinder;
  }

  /** Whether the pattern that fit codes the act of another party on the verb's subject. */
  static boolean isReceived(
      PatternMatcher.Match match, List<CameoDictionary.VerbPattern> patterns) {
    return patterns.stream()
        .anyMatch(
            pattern ->
                pattern.pattern().equals(match.pattern())
                    && pattern.source().equals(match.source())
                    && pattern.cameoCode().startsWith(":"));
  }

  /**
   * The dyads of a received act: the givers act on the verb's subjects; empty when no giver is
   * named.
   */
  Optional<Dyads> giversToReceivers(int verb, Dyads found) {
    List<Integer> phrases = new ArrayList<>();
    List<Integer> received = tree.children(verb, "obj");
    for (int phrase : tree.children(verb, "obl", "nmod")) {
      phrases.add(phrase);
    }
    for (int object : received) {
      phrases.addAll(tree.children(object, "nmod"));
    }
    List<ActorMention> givers = new ArrayList<>();
    for (int phrase : phrases) {
      if (GIVER_CASES.contains(tree.caseOf(phrase))) {
        givers.addAll(dyadFinder.actorsOf(phrase));
      }
    }
    for (int object : received) {
      for (int owner : tree.children(object, "nmod:poss", "compound")) {
        givers.addAll(dyadFinder.actorsOf(owner));
      }
    }
    Dyads dyads =
        new Dyads(ParsedSentence.distinct(givers), found.sources(), found.reporter())
            .withCodedActorsOnly();
    return dyads.sources().isEmpty() ? Optional.empty() : Optional.of(dyads);
  }
}
