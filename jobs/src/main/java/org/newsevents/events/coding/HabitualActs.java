package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.Set;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;

/**
 * Habits: "the ministers meet regularly", "the group often consults its allies". A simple present
 * with an adverb of frequency reports what an actor does from time to time, not an act that
 * happened on a day, so it is no event (issue 14: habitual clauses coded as asserted). A past tense
 * ("regularly shelled the town") still reports acts that happened.
 */
final class HabitualActs {
  private static final Set<String> FREQUENCY_ADVERBS =
      Set.of(
          "regularly",
          "routinely",
          "usually",
          "often",
          "frequently",
          "always",
          "generally",
          "typically",
          "periodically",
          "normally",
          "sometimes",
          "occasionally",
          "habitually",
          "customarily");

  /** Penn tags of the simple present: "meet", "meets". */
  private static final Set<String> SIMPLE_PRESENT = Set.of("VBP", "VBZ");

  private final Sentence sentence;
  private final ParseTree tree;

  HabitualActs(ParsedSentence parsed) {
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
  }

  /** Whether the verb, in the simple present, says how often its subject acts. */
  boolean isHabit(int verb) {
    if (!SIMPLE_PRESENT.contains(sentence.tokens().get(verb).pos())) {
      return false;
    }
    for (int adverb : tree.children(verb, "advmod")) {
      if (FREQUENCY_ADVERBS.contains(lower(tree.word(adverb)))) {
        return true;
      }
    }
    return false;
  }
}
