package org.newsevents.events.coding;

import java.util.Set;
import org.newsevents.nlp.ParseTree;

/**
 * The words {@link StatusClassifier} reads a mention's status from: negators, modals, hedges,
 * conditional marks, and the verbs and nouns whose complement did not, will not or may not happen;
 * and the one cue that is a phrase rather than a word, a conditional nominal ("in the event of"). A
 * word list changes more often than the rules that climb the parse, and reads best on its own.
 */
final class StatusCues {
  private StatusCues() {}

  static final Set<String> NEGATORS = Set.of("not", "never", "n't", "nobody");
  // "can" is ability, not fact: "Russia can launch an attack at any time" has not happened.
  static final Set<String> HYPOTHETICAL_MODALS =
      Set.of("could", "might", "may", "would", "can", "ca");
  static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll", "wo");

  /**
   * Modals of obligation or advice: "X should accept the outcome", "Russia must withdraw" say what
   * someone ought to do, not what was done (issue 14: "said the president should accept the
   * election outcome" was coded as the president's act).
   */
  static final Set<String> DEONTIC_MODALS = Set.of("should", "must", "ought");

  static final Set<String> HEDGE_ADVERBS =
      Set.of("allegedly", "reportedly", "purportedly", "supposedly");
  static final Set<String> HEDGE_ADJECTIVES =
      Set.of("alleged", "purported", "reported", "supposed", "so-called");
  static final Set<String> POSSIBILITY_ADVERBS =
      Set.of("possibly", "perhaps", "maybe", "potentially");
  static final Set<String> POSSIBILITY_ADJECTIVES =
      Set.of("possible", "potential", "hypothetical", "eventual", "feared", "threatened");
  static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "lest");
  static final Set<String> CONDITIONAL_NOUNS = Set.of("event", "case", "eventuality");

  /** Verbs whose complement did not or will not happen: "refused to", "denies preparing". */
  static final Set<String> NEGATING_VERBS =
      Set.of("deny", "refuse", "reject", "fail", "decline", "dismiss", "rule");

  /** Nouns that make the event planned ("plans to"), and negated with "no" ("no intention of"). */
  static final Set<String> INTENT_NOUNS =
      Set.of(
          "intention",
          "intent",
          "plan",
          "desire",
          "wish",
          "interest",
          "aim",
          "ambition",
          "preparation",
          "decision");

  /** Verbs and adjectives whose xcomp is announced for the future: "plans to", "is due to". */
  static final Set<String> PLANNING_PREDICATES =
      Set.of(
          "plan",
          "intend",
          "expect",
          "schedule",
          "slate",
          "due",
          "set",
          "agree",
          "promise",
          "pledge",
          "volunteer",
          "offer",
          "vow",
          "decide",
          "prepare",
          "aim",
          "arrange",
          "scheduled",
          "expected");

  /** Verbs and nouns whose object or complement is feared or possible. */
  static final Set<String> FEAR_PREDICATES =
      Set.of(
          "fear",
          "worry",
          "risk",
          "threat",
          "threaten",
          "danger",
          "concern",
          "prospect",
          "possibility",
          "prelude",
          "spectre",
          "specter",
          "scenario",
          "likelihood",
          "chance",
          "warning",
          "warn",
          "dread",
          "threatening",
          // "Obama's policies are unlikely to destroy ISIS": a likelihood, not a fact
          "likely",
          "unlikely");

  /** Verbs whose xcomp is wished or attempted, not done: "wants to attack", "tried to seize". */
  static final Set<String> DESIRE_PREDICATES =
      Set.of("want", "wish", "hope", "seek", "try", "attempt", "consider", "mull", "contemplate");

  /** Verbs whose xcomp is demanded of someone, not done: "called on Putin to withdraw". */
  static final Set<String> DIRECTIVES =
      Set.of(
          "urge",
          "call",
          "demand",
          "ask",
          "press",
          "implore",
          "request",
          "appeal",
          "encourage",
          "advise",
          "invite");

  /**
   * Verbs whose "that" clause is asked for, not done: "demanded that Russia withdraw its troops",
   * "urged that talks resume".
   */
  static final Set<String> DEMANDED_CONTENT =
      Set.of("demand", "urge", "ask", "request", "recommend", "propose");

  /** Nouns and verbs that attribute a disputed content: "claims that", "accused ... of". */
  static final Set<String> CLAIM_PREDICATES =
      Set.of(
          "claim",
          "allegation",
          "accusation",
          "rumour",
          "rumor",
          "allege",
          "accuse",
          "assertion",
          "purport");

  /** Lemmas of threats, warnings, demands, accusations and other speech acts (see the class). */
  static final Set<String> SPEECH_ACTS =
      Set.of(
          "threaten",
          "threat",
          "warn",
          "warning",
          "demand",
          "urge",
          "accuse",
          "accusation",
          "blame",
          "reject",
          "rejection",
          "deny",
          "denial",
          "criticize",
          "criticise",
          "criticism",
          "condemn",
          "condemnation",
          "denounce",
          "ultimatum",
          "appeal",
          "implore",
          "insist",
          "protest",
          "veto",
          "rebuke",
          "reprimand",
          "allege");

  /** The finite forms of "be" that arrange an act in "is to", "was to". */
  static final Set<String> FINITE_BE = Set.of("is", "are", "was", "were", "am", "'s", "'re", "'m");

  /** "event"/"case" introduced by "in" ("in the event of"), or a nominal after "in case of". */
  static boolean isConditionalNominal(ParseTree tree, int node) {
    // "in case of war", "in the event that talks fail": the noun opens a condition; "in a
    // corruption case" names a lawsuit.
    if (CONDITIONAL_NOUNS.contains(tree.lemma(node))
        && tree.hasChild(node, "case", Set.of("in"))
        && opensACondition(tree, node)) {
      return true;
    }
    for (int child : tree.children(node, "case")) {
      if (tree.word(child).equals("in") && tree.hasChild(child, "fixed", Set.of("case"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun has what its condition is about: an "of" phrase or a clause. */
  private static boolean opensACondition(ParseTree tree, int noun) {
    for (int child : tree.dependents(noun)) {
      String rel = tree.relation(child);
      if (rel.equals("acl") || rel.equals("ccomp") || rel.startsWith("acl:")) {
        return true;
      }
      if (rel.equals("nmod") && tree.hasChild(child, "case", Set.of("of"))) {
        return true;
      }
    }
    return false;
  }
}
