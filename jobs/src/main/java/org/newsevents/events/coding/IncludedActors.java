package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.distinct;
import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;

/**
 * A subject that names no actor but lists some: "several countries, including France and Germany,
 * condemned Russia" is France and Germany condemning Russia; so is "Western states such as France".
 * The parser hangs the list on the subject, or, when it trails the verb's phrase ("officials
 * pressured Biden not to veto the bill, including senators Sanders and Warren"), on the verb or on
 * the clause the verb governs. The subject acted once, so its members of one CAMEO code are one
 * party.
 */
final class IncludedActors {
  /** The first word of a phrase that lists members ("including", "such as"). */
  private static final Set<String> LISTING = Set.of("including", "such");

  private final Sentence sentence;
  private final ParseTree tree;
  private final ActorMention[] actorAt;
  private final DyadFinder dyadFinder;

  IncludedActors(ParsedSentence parsed, DyadFinder dyadFinder) {
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
    this.actorAt = parsed.actorAt;
    this.dyadFinder = dyadFinder;
  }

  /**
   * The actors listed for the verb's subject when the subject is a common noun naming none itself;
   * none otherwise.
   */
  List<ActorMention> sources(int verb) {
    int subject = tree.child(verb, "nsubj");
    if (subject < 0
        || actorAt[subject] != null
        || !isCommonNoun(subject)
        || !dyadFinder.actorsOf(subject).isEmpty()) {
      return List.of();
    }
    List<Integer> lists = new ArrayList<>(listing(subject, "nmod"));
    if (lists.isEmpty()) {
      lists.addAll(listing(verb, "obl"));
      for (int complement : tree.children(verb, "xcomp")) {
        lists.addAll(listing(complement, "obl"));
      }
    }
    List<ActorMention> listed = new ArrayList<>();
    for (int phrase : lists) {
      // "including Republican members of the House Darin LaHood and Mike Bost": a list is all
      // members, however deep the parser nests their names.
      for (int token : tree.subtree(phrase)) {
        if (actorAt[token] != null) {
          listed.add(actorAt[token]);
        }
      }
    }
    // The subject acted once: members of one kind ("senators Sanders and Warren") are one party.
    List<ActorMention> parties = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (ActorMention member : distinct(listed)) {
      if (member.cameoCode() == null || codes.add(member.cameoCode())) {
        parties.add(member);
      }
    }
    return parties;
  }

  private boolean isCommonNoun(int token) {
    String pos = sentence.tokens().get(token).pos();
    return pos != null && (pos.equals("NN") || pos.equals("NNS"));
  }

  private List<Integer> listing(int head, String relation) {
    return tree.children(head, relation).stream()
        .filter(phrase -> LISTING.contains(lower(tree.caseOf(phrase))))
        .toList();
  }
}
