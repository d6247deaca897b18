package org.newsevents.events.coding;

import static org.newsevents.events.coding.StatusCues.CONDITIONAL_NOUNS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.nlp.Dependency;
import org.newsevents.nlp.Sentence;

/**
 * A sentence's basic dependency parse as arrays, as {@link StatusClassifier} climbs it: the head
 * and relation of each token, and each token's dependents.
 */
final class StatusTree {
  final Sentence sentence;
  final int[] head;
  final String[] relation;
  final List<List<Integer>> children;

  StatusTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    relation = new String[n];
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      head[i] = -1;
      relation[i] = "";
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      head[d.dependent()] = d.governor();
      relation[d.dependent()] = d.relation();
      if (d.governor() >= 0 && d.governor() < n) {
        children.get(d.governor()).add(d.dependent());
      }
    }
  }

  String word(int i) {
    return lower(sentence.tokens().get(i).word());
  }

  String lemma(int i) {
    return lower(sentence.tokens().get(i).lemma());
  }

  boolean isNoun(int i) {
    String pos = sentence.tokens().get(i).pos();
    return pos != null && pos.startsWith("NN");
  }

  boolean hasChildRelation(int node, String rel) {
    for (int child : children.get(node)) {
      if (relation[child].equals(rel)) {
        return true;
      }
    }
    return false;
  }

  boolean hasChild(int node, String rel, Set<String> words) {
    for (int child : children.get(node)) {
      if (relation[child].equals(rel) && (words.contains(word(child)))) {
        return true;
      }
    }
    return false;
  }

  /** "event"/"case" introduced by "in" ("in the event of"), or a nominal after "in case of". */
  boolean isConditionalNominal(int node) {
    // "in case of war", "in the event that talks fail": the noun opens a condition; "in a
    // corruption case" names a lawsuit.
    if (CONDITIONAL_NOUNS.contains(lemma(node))
        && hasChild(node, "case", Set.of("in"))
        && opensACondition(node)) {
      return true;
    }
    for (int child : children.get(node)) {
      if (relation[child].equals("case")
          && word(child).equals("in")
          && hasChild(child, "fixed", Set.of("case"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun has what its condition is about: an "of" phrase or a clause. */
  private boolean opensACondition(int noun) {
    for (int child : children.get(noun)) {
      String rel = relation[child];
      if (rel.equals("acl") || rel.equals("ccomp") || rel.startsWith("acl:")) {
        return true;
      }
      if (rel.equals("nmod") && hasChild(child, "case", Set.of("of"))) {
        return true;
      }
    }
    return false;
  }

  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
