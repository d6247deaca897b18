package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.distinct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.MentionStatus;
import org.newsevents.nlp.ParseTree;

/**
 * Conditional threats: a material action against the target that the text makes conditional
 * ("Germany will respond with sanctions in the event of an invasion") is the source threatening the
 * target, CAMEO 13, and that threat happened; the action itself did not and is not coded.
 */
final class ConditionalThreats {
  private final CameoDictionary cameo;
  private final ParseTree tree;
  private final ActorMention[] actorAt;
  private final DyadFinder dyads;

  ConditionalThreats(CameoDictionary cameo, ParsedSentence parsed, DyadFinder dyads) {
    this.cameo = cameo;
    this.tree = parsed.tree;
    this.actorAt = parsed.actorAt;
    this.dyads = dyads;
  }

  /**
   * The threat a conditional consequent makes: "will respond with sanctions in the event of an
   * invasion", "will impose sanctions if Russia invades". It needs a future modal, a condition the
   * verb depends on, and something threatening: a conflictual code of its own, or sanctions or
   * force as its instrument or object.
   */
  Optional<CameoDictionary.CameoCode> conditionalThreat(
      int verb, StatusClassifier.Classification status, Optional<CameoDictionary.CameoCode> code) {
    if (status.status() != MentionStatus.HYPOTHETICAL
        || !tree.hasAuxiliary(verb, Set.of("will", "would", "shall", "'ll"))
        || isInsideCondition(verb)
        || conditionNode(verb) < 0) {
      return Optional.empty();
    }
    if (code.isPresent()
        && (code.get().quadClass() == 4
            || code.get().rootCode().equals("16")
            || code.get().rootCode().equals("17"))) {
      return threatFor(code.get());
    }
    for (int argument : tree.children(verb, "obj", "obl")) {
      String noun = tree.lemma(argument);
      if (noun.startsWith("sanction") || noun.equals("embargo") || noun.equals("boycott")) {
        return cameo.code("1312");
      }
      if (noun.equals("force") || noun.equals("strike") || noun.equals("attack")) {
        return cameo.code("138");
      }
    }
    return Optional.empty();
  }

  /**
   * The condition the verb depends on: an "if"/"unless" clause, or "in the event of"/"in case of" a
   * nominal; -1 when there is none.
   */
  private int conditionNode(int verb) {
    for (int clause : tree.children(verb, "advcl")) {
      if (tree.hasMarker(clause, Set.of("if", "unless"))) {
        return clause;
      }
    }
    for (int node : tree.subtree(verb)) {
      if (Set.of("event", "case", "eventuality").contains(tree.lemma(node))
          && "in".equals(tree.caseOf(node))) {
        List<Integer> of = tree.children(node, "nmod");
        return of.isEmpty() ? node : of.get(0);
      }
    }
    return -1;
  }

  /** The actors of the condition: the subject of "if Russia invades", or "a Russian invasion". */
  List<ActorMention> conditionActors(int verb) {
    int condition = conditionNode(verb);
    if (condition < 0) {
      return List.of();
    }
    List<ActorMention> subject = dyads.subjectActors(condition);
    if (!subject.isEmpty()) {
      return subject;
    }
    List<ActorMention> found = new ArrayList<>();
    for (int index : tree.subtree(condition)) {
      if (actorAt[index] != null) {
        found.add(actorAt[index]);
      }
    }
    return distinct(found);
  }

  /** True when the verb is itself the condition ("if Russia invades"), not what follows it. */
  private boolean isInsideCondition(int verb) {
    return tree.hasMarker(verb, Set.of("if", "unless", "should"));
  }

  /** The CAMEO threat (13) that names a threatened action of the given code. */
  private Optional<CameoDictionary.CameoCode> threatFor(CameoDictionary.CameoCode code) {
    String threat =
        switch (code.rootCode()) {
          case "16" -> code.baseCode().equals("163") ? "1312" : "131";
          case "17" -> "137";
          case "15", "18", "19", "20" -> "138";
          default -> "130";
        };
    return cameo.code(threat);
  }
}
