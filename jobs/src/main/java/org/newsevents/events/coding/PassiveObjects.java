package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.distinct;
import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.nlp.ParseTree;

/**
 * A passive whose subject is the thing done, not the one it is done to: "sanctions were imposed on
 * Iran by the European Union", "an investigation into Boris Johnson was launched by the police".
 * The one acted on is named by a phrase of the verb ("on Iran") or of its subject ("into Johnson"),
 * as it would be after the object of the active verb.
 */
final class PassiveObjects {
  /** Prepositions that name whom a thing done is aimed at. */
  private static final Set<String> AIMED_AT =
      Set.of("on", "upon", "against", "into", "to", "toward", "towards", "with", "for", "of");

  private final ParseTree tree;
  private final ActorMention[] actorAt;
  private final DyadFinder dyadFinder;

  PassiveObjects(ParsedSentence parsed, DyadFinder dyadFinder) {
    this.tree = parsed.tree;
    this.actorAt = parsed.actorAt;
    this.dyadFinder = dyadFinder;
  }

  /** The actors a passive aims its subject at, when the subject itself names none. */
  List<ActorMention> targets(int verb) {
    int subject = tree.child(verb, "nsubj:pass");
    if (subject < 0 || actorAt[subject] != null || !dyadFinder.actorsOf(subject).isEmpty()) {
      return List.of();
    }
    List<Integer> phrases = new ArrayList<>(tree.children(verb, "obl"));
    phrases.addAll(tree.children(subject, "nmod"));
    List<ActorMention> aimedAt = new ArrayList<>();
    for (int phrase : phrases) {
      if (AIMED_AT.contains(lower(tree.caseOf(phrase)))) {
        aimedAt.addAll(dyadFinder.actorsOf(phrase));
      }
    }
    return distinct(aimedAt);
  }
}
