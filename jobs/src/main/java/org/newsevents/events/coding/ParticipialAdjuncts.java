package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.List;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;

/**
 * A participle whose doer the parser leaves to another word. One that modifies an armed actor's
 * noun tells what it is doing: "Kurdish forces battling ISIS", "rebels fighting the government".
 * One that tells what the subject of the clause did besides: "while visiting Moscow on Monday,
 * Scholz said ..." is Scholz visiting Moscow; "after meeting Putin, Scholz said" is Scholz meeting
 * Putin. The participle has no subject of its own, so the parser leaves its doer to the clause it
 * modifies. "Without consulting Germany" and "instead of meeting Putin" say the act did not happen,
 * and "he said before meeting the troops" that it was still ahead: those are left alone.
 */
final class ParticipialAdjuncts {
  /** Markers of a participle whose act had not happened by the time of its clause. */
  private static final Set<String> NOT_DONE = Set.of("without", "instead", "before");

  private final Sentence sentence;
  private final ParseTree tree;
  private final DyadFinder dyadFinder;

  ParticipialAdjuncts(ParsedSentence parsed, DyadFinder dyadFinder) {
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
    this.dyadFinder = dyadFinder;
  }

  /**
   * The doers of a subjectless present participle modifying an armed actor's noun (that actor) or a
   * clause (the subject of that clause); none for any other verb.
   */
  List<ActorMention> doers(int verb) {
    int clause = tree.head(verb);
    if (clause >= 0
        && "acl".equals(tree.relation(verb))
        && "VBG".equals(sentence.tokens().get(verb).pos())
        && tree.child(verb, "nsubj") < 0
        && tree.child(verb, "nsubj:pass") < 0) {
      // "Kurdish forces battling ISIS have retaken the town": the armed actor the participle
      // modifies is doing what it says. Not other nouns: on unseen news, "Clinton, speaking from
      // the State Department", "dissidents addressing the plight of refugees", "a piece describing
      // the decision" were descriptions, not acts (stop 29).
      List<ActorMention> modified = dyadFinder.actorsOf(clause);
      return BareVerbSenses.anyArmed(modified) ? modified : List.of();
    }
    if (clause < 0
        || !"advcl".equals(tree.relation(verb))
        || !"VBG".equals(sentence.tokens().get(verb).pos())
        || tree.child(verb, "nsubj") >= 0
        || tree.child(verb, "nsubj:pass") >= 0
        || tree.child(clause, "nsubj") < 0) {
      return List.of();
    }
    for (int marker : tree.children(verb, "mark", "case")) {
      if (NOT_DONE.contains(lower(tree.word(marker)))) {
        return List.of();
      }
    }
    return dyadFinder.subjectActors(clause);
  }
}
