package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.Optional;
import java.util.Set;
import org.newsevents.events.CameoDictionary;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;

/**
 * Verbs that only carry the act of the verb they govern: "the United Kingdom is going to supply
 * weapons" is a planned delivery, not a trip (040) besides; "Russia has begun to move troops to
 * Belarus for a joint exercise" is a troop movement, and the exercise named in its purpose phrase
 * is no act of beginning; "started deploying soldiers" is a deployment. The governed verb is coded
 * on its own, with the status its grammar gives; one clause gives one coding (issue 14). An aspect
 * verb whose own pattern fits words its complement's verb has no pattern for still codes them
 * ("began to organize joint exercises" is joint exercises begun); "going to" never means a trip.
 */
final class CarrierVerbs {
  /**
   * "be going to" (future), the aspect verbs that say when an act starts or goes on, and the verbs
   * that say how it was done ("managed to sign", "used tanks to attack").
   */
  private static final Set<String> CARRIERS =
      Set.of("go", "begin", "start", "continue", "keep", "manage", "proceed", "use");

  private static final String FUTURE = "go";

  private final CameoDictionary cameo;
  private final Sentence sentence;
  private final ParseTree tree;
  private final PatternMatcher matcher;

  CarrierVerbs(CameoDictionary cameo, ParsedSentence parsed, PatternMatcher matcher) {
    this.cameo = cameo;
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
    this.matcher = matcher;
  }

  /** Whether the verb only carries the act of a verb it governs as its complement. */
  boolean carriesAnotherAct(int verb) {
    if (Intents.committedToOwnAct(tree, verb)) {
      return commitsToACooperativeAct(verb);
    }
    if (!CARRIERS.contains(lower(tree.lemma(verb)))) {
      return false;
    }
    for (int complement : tree.children(verb, "xcomp")) {
      if (sentence.tokens().get(complement).pos().startsWith("VB")
          && (FUTURE.equals(lower(tree.lemma(verb)))
              || !hasPattern(verb)
              || hasPattern(complement)
              || codesTheSameKindOfAct(verb, complement))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the carrier's pattern gives the kind of act (the CAMEO root) the complement's verb
   * gives alone: "started attacking people" matched "start * attack" (190) on the complement
   * itself, and the attack is coded once, on "attacking".
   */
  private boolean codesTheSameKindOfAct(int verb, int complement) {
    Optional<String> carried = matcher.actCode(verb);
    Optional<String> own = matcher.actCode(complement);
    return carried.isPresent()
        && own.isPresent()
        && carried.get().length() >= 2
        && own.get().length() >= 2
        && carried.get().substring(0, 2).equals(own.get().substring(0, 2));
  }

  /**
   * Whether a verb of commitment ("pledged to send aid", "offered to mediate") governs a
   * cooperative act, which {@link Intents} codes as the intent it expresses: the commitment's own
   * bare intent (030) would code the same clause twice. A hostile act so promised keeps it.
   */
  private boolean commitsToACooperativeAct(int verb) {
    for (int complement : tree.children(verb, "xcomp")) {
      if (sentence.tokens().get(complement).pos().startsWith("VB")
          && matcher.actCode(complement).flatMap(Intents::intentOf).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a pattern with words fits the verb's phrase, rather than the verb alone. */
  private boolean hasPattern(int verb) {
    return matcher
        .bestPattern(verb, cameo.patternsFor(lower(tree.lemma(verb))))
        .filter(match -> !match.isBare())
        .isPresent();
  }
}
