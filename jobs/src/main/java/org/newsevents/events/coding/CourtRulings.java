package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.events.CameoDictionary;
import org.newsevents.nlp.ParseTree;

/**
 * A court's ruling against an actor's act: "the court ruled that the Prime Minister's advice was
 * unlawful", "the court found the prorogation to be void". The verbs of such a ruling ("find",
 * "conclude", "rule", "hold") say nothing of their own (the dictionary codes "find" as nothing and
 * "rule" as governing); what makes the event is a judicial source and a complement that declares an
 * act unlawful. The annotation guide codes a ruling against an actor's act 115, from the court to
 * the actor whose act it is.
 */
final class CourtRulings {
  private static final Set<String> RULING_VERBS =
      Set.of("rule", "find", "conclude", "hold", "declare", "judge", "deem");

  /** Predicates of a complement that declare an act against the law. */
  private static final Set<String> UNLAWFUL =
      Set.of("unlawful", "illegal", "unconstitutional", "void", "invalid", "illegitimate");

  /** CAMEO 115 as the guide uses it: a ruling against an actor's act. */
  private static final String RULING_AGAINST = "115";

  /** The CAMEO sector of courts, judges and prosecutors. */
  private static final String JUDICIARY = "JUD";

  private final ParseTree tree;
  private final DyadFinder dyadFinder;
  private final PatternMatcher matcher;

  CourtRulings(ParsedSentence parsed, DyadFinder dyadFinder, PatternMatcher matcher) {
    this.tree = parsed.tree;
    this.dyadFinder = dyadFinder;
    this.matcher = matcher;
  }

  /** A ruling: the actors whose act was ruled unlawful, and the code. */
  record Ruling(List<ActorMention> against, CameoDictionary.CameoCode code) {}

  /**
   * The verb read as a ruling when its sources are all courts and its complement (a "that" clause,
   * or an object with "to be" or a bare predicate) says an act is unlawful; empty otherwise.
   */
  Optional<Ruling> ruling(int verb, List<ActorMention> sources) {
    if (!RULING_VERBS.contains(lower(tree.lemma(verb)))
        || sources.isEmpty()
        || !sources.stream().allMatch(CourtRulings::isCourt)) {
      return Optional.empty();
    }
    for (int complement : tree.children(verb, "ccomp", "xcomp")) {
      if (!UNLAWFUL.contains(lower(tree.word(complement)))) {
        continue;
      }
      List<Integer> acts = new ArrayList<>(tree.children(complement, "nsubj"));
      if (acts.isEmpty()) {
        acts.addAll(tree.children(verb, "obj")); // "found the prorogation to be unlawful"
      }
      List<ActorMention> against = new ArrayList<>();
      for (int act : acts) {
        against.addAll(dyadFinder.actorsOf(act));
      }
      return matcher.knownCode(RULING_AGAINST).map(code -> new Ruling(against, code));
    }
    return Optional.empty();
  }

  private static boolean isCourt(ActorMention mention) {
    String code = mention.cameoCode();
    return code != null && code.endsWith(JUDICIARY);
  }
}
