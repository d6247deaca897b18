package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.Set;
import org.newsevents.events.MentionStatus;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;

/**
 * Infinitives of purpose: "the ministers meet to coordinate efforts", "travelled to Warsaw for
 * talks and to meet the troops", "sent soldiers to fight the group". The act is what someone set
 * out to do, not what the sentence reports as done, so it is planned, not asserted (issue 14:
 * purpose and infinitival clauses coded as asserted). The parser hangs a purpose infinitive off the
 * verb as advcl, as a conjunct, or as xcomp; an xcomp under a verb that implies its complement
 * happened ("managed to", "continued to", "used tanks to attack") keeps its status, and one under
 * an adjective ("ready to", "willing to") is left to the intent rules.
 */
final class PurposeClauses {
  /** Verbs whose infinitive complement happened, or happens, when they do. */
  private static final Set<String> IMPLICATIVE =
      Set.of(
          "manage",
          "continue",
          "begin",
          "start",
          "proceed",
          "resume",
          "keep",
          "help",
          "happen",
          "seem",
          "appear",
          "tend",
          "use",
          "get",
          "come",
          "dare",
          "move",
          "rush",
          "hasten",
          "go",
          "be");

  static final String PURPOSE_CUE = "purpose";

  private final Sentence sentence;
  private final ParseTree tree;

  PurposeClauses(ParsedSentence parsed) {
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
  }

  /**
   * The status of the verb's act: planned when it is an infinitive of purpose that no other cue
   * read, else the status given.
   */
  StatusClassifier.Classification statusOf(int verb, StatusClassifier.Classification status) {
    if (status.status() != MentionStatus.ASSERTED
        || !status.cue().isEmpty()
        || !isPurposeInfinitive(verb)) {
      return status;
    }
    return new StatusClassifier.Classification(
        MentionStatus.PLANNED, PURPOSE_CUE, status.confidence());
  }

  private boolean isPurposeInfinitive(int verb) {
    if (!tree.hasChild(verb, "mark", Set.of("to"))) {
      return false;
    }
    String relation = tree.relation(verb);
    int governor = tree.head(verb);
    if ("advcl".equals(relation) || "conj".equals(relation)) {
      return true;
    }
    return "xcomp".equals(relation)
        && governor >= 0
        && sentence.tokens().get(governor).pos().startsWith("VB")
        && !IMPLICATIVE.contains(lower(tree.lemma(governor)));
  }
}
