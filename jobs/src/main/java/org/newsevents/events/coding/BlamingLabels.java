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
 * Calling what someone did by a name of blame: "the Speaker called the President's conduct a breach
 * of his oath" accuses the President (CAMEO 112), "Putin called the sanctions of the European Union
 * illegal" denounces the Union (111). A label that blames no one ("called the meeting productive")
 * stays no event, as {@link NonTargets#labelsWhatItCalls} says; the one blamed is whoever the
 * labelled object names, its owner included.
 */
final class BlamingLabels {
  /** Names of a wrong done: to call an act one accuses its author (CAMEO 112). */
  private static final Set<String> WRONGS =
      Set.of(
          "breach",
          "violation",
          "crime",
          "abuse",
          "aggression",
          "provocation",
          "interference",
          "betrayal",
          "lie",
          "fraud",
          "atrocity",
          "genocide",
          "terrorism",
          "criminal",
          "aggressor",
          "murderer",
          "terrorist");

  /** Qualities and names that condemn without naming a wrong (CAMEO 111). */
  private static final Set<String> CONDEMNATIONS =
      Set.of(
          "illegal",
          "unlawful",
          "illegitimate",
          "unacceptable",
          "outrageous",
          "irresponsible",
          "reckless",
          "disgraceful",
          "shameful",
          "sham",
          "farce",
          "disgrace",
          "travesty",
          "outrage",
          "insult",
          "mistake",
          "blunder",
          "liar",
          "dictator",
          "thug");

  private static final String ACCUSE = "112";

  private static final String CRITICIZE = "111";

  private final ParseTree tree;
  private final DyadFinder dyadFinder;
  private final PatternMatcher matcher;

  BlamingLabels(ParsedSentence parsed, DyadFinder dyadFinder, PatternMatcher matcher) {
    this.tree = parsed.tree;
    this.dyadFinder = dyadFinder;
    this.matcher = matcher;
  }

  /** The label that blames, its code, and the actors the labelled thing names. */
  record Blame(String label, CameoDictionary.CameoCode code, List<ActorMention> blamed) {}

  /** The blame a labelling verb's label carries, empty when the label blames no one. */
  Optional<Blame> blame(int verb) {
    for (int label : labels(verb)) {
      String lemma = lower(tree.lemma(label));
      String code =
          WRONGS.contains(lemma) ? ACCUSE : CONDEMNATIONS.contains(lemma) ? CRITICIZE : null;
      if (code != null) {
        List<ActorMention> blamed = new ArrayList<>();
        // "called Putin a criminal": the parser makes the labelled thing the predicate's subject.
        List<Integer> labelled = new ArrayList<>(tree.children(label, "nsubj"));
        if (labelled.isEmpty()) {
          labelled.addAll(tree.children(verb, "obj").stream().limit(1).toList());
        }
        for (int thing : labelled) {
          blamed.addAll(dyadFinder.actorsOf(thing));
        }
        return matcher.knownCode(code).map(known -> new Blame(lemma, known, blamed));
      }
    }
    return Optional.empty();
  }

  /**
   * The words a label is made of as the parser gives them: a predicate (xcomp), a noun hung on the
   * object (dep), or a second object.
   */
  private List<Integer> labels(int verb) {
    List<Integer> labels = new ArrayList<>(tree.children(verb, "xcomp"));
    List<Integer> objects = tree.children(verb, "obj");
    for (int object : objects) {
      labels.addAll(tree.children(object, "dep"));
    }
    if (objects.size() > 1) {
      labels.addAll(objects.subList(1, objects.size()));
    }
    return labels;
  }
}
