package org.newsevents.events.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.events.Gazetteer;
import org.newsevents.events.Quantity;
import org.newsevents.events.QuantityExtractor;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;

/** Where, how many and whether in the past: what an event's verb phrase says around it. */
final class EventCircumstances {
  private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "at", "near", "outside");

  private final Gazetteer gazetteer;
  private final Sentence sentence;
  private final ParseTree tree;
  private final ActorMention[] actorAt;

  EventCircumstances(Gazetteer gazetteer, ParsedSentence parsed) {
    this.gazetteer = gazetteer;
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
    this.actorAt = parsed.actorAt;
  }

  Gazetteer.Place location(int verb, List<ActorMention> targets) {
    List<Integer> candidates = new ArrayList<>();
    for (int oblique : tree.children(verb, "obl", "nmod")) {
      candidates.add(oblique);
    }
    for (int object : tree.children(verb, "obj")) {
      candidates.addAll(tree.children(object, "nmod"));
    }
    boolean whereClause =
        "acl:relcl".equals(tree.relation(verb)) && tree.hasChild(verb, "advmod", Set.of("where"));
    for (int candidate : candidates) {
      if (!LOCATION_PREPOSITIONS.contains(tree.caseOf(candidate))) {
        continue;
      }
      ActorMention actor = actorAt[candidate];
      if (actor != null && targets.contains(actor)) {
        continue;
      }
      Optional<Gazetteer.Place> place = gazetteer.lookup(nameAt(candidate));
      if (place.isPresent()) {
        return place.get();
      }
    }
    if (whereClause) {
      // "Geneva, where he will meet Lavrov": the place is the noun the clause describes, or a
      // name compounded with it ("Geneva Friday, where ...").
      int described = tree.head(verb);
      List<Integer> names = new ArrayList<>(List.of(described));
      names.addAll(tree.children(described, "compound"));
      for (int name : names) {
        Optional<Gazetteer.Place> place = gazetteer.lookup(sentence.tokens().get(name).word());
        if (place.isPresent()) {
          return place.get();
        }
      }
    }
    return null;
  }

  /** The proper name the token belongs to ("New York" for "York"). */
  private String nameAt(int head) {
    List<Integer> parts = new ArrayList<>(tree.children(head, "compound", "flat"));
    parts.add(head);
    parts.sort(Integer::compare);
    StringBuilder name = new StringBuilder();
    for (int index : parts) {
      if (!name.isEmpty()) {
        name.append(' ');
      }
      name.append(sentence.tokens().get(index).word());
    }
    return name.toString();
  }

  Quantity quantity(int verb) {
    List<Quantity> quantities = QuantityExtractor.extract(sentence);
    if (quantities.isEmpty()) {
      return null;
    }
    Set<String> words = new LinkedHashSet<>();
    for (int index : tree.subtree(verb)) {
      words.add(sentence.tokens().get(index).word());
    }
    for (Quantity quantity : quantities) {
      if (words.containsAll(List.of(quantity.text().split("\\s+")))) {
        return quantity;
      }
    }
    return null;
  }

  boolean isPastTense(int verb) {
    String pos = sentence.tokens().get(verb).pos();
    return pos.equals("VBD")
        || (pos.equals("VBN") && tree.hasAuxiliary(verb, Set.of("have", "has", "had")));
  }
}
