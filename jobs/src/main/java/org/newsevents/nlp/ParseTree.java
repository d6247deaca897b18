package org.newsevents.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence's basic dependencies as a tree that can be walked both ways: each token's head and
 * relation, and its children in sentence order. Token indexes are 0-based; the root's head is -1.
 */
public final class ParseTree {
  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  public ParseTree(Sentence sentence) {
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
    children.forEach(list -> list.sort(Integer::compare));
  }

  public int size() {
    return head.length;
  }

  public int head(int token) {
    return head[token];
  }

  public String relation(int token) {
    return relation[token];
  }

  public String word(int token) {
    return lower(sentence.tokens().get(token).word());
  }

  public String lemma(int token) {
    return lower(sentence.tokens().get(token).lemma());
  }

  /** The part-of-speech tag of {@code token}, or "" when it has none. */
  public String pos(int token) {
    String pos = sentence.tokens().get(token).pos();
    return pos == null ? "" : pos;
  }

  /** All children of {@code token}, whatever their relation, in sentence order. */
  public List<Integer> dependents(int token) {
    return Collections.unmodifiableList(children.get(token));
  }

  public boolean isNoun(int token) {
    String pos = sentence.tokens().get(token).pos();
    return pos != null && pos.startsWith("NN");
  }

  /** The children of {@code token} linked by any of the relations, in sentence order. */
  public List<Integer> children(int token, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (int child : children.get(token)) {
      for (String wanted : relations) {
        if (relation[child].equals(wanted)) {
          out.add(child);
          break;
        }
      }
    }
    return out;
  }

  /** The first child by that relation, or -1. */
  public int child(int token, String relation) {
    List<Integer> found = children(token, relation);
    return found.isEmpty() ? -1 : found.get(0);
  }

  /**
   * The subject of a passive verb, or -1: its own, or for the second of two conjoined passives
   * ("was convicted ... and was sentenced") the first one's.
   */
  public int passiveSubject(int verb) {
    int subject = child(verb, "nsubj:pass");
    if (subject < 0 && hasChildRelation(verb, "aux:pass") && "conj".equals(relation(verb))) {
      return child(head(verb), "nsubj:pass");
    }
    return subject;
  }

  /** The first child by that relation whose preposition ("case") is one of {@code cases}, or -1. */
  public int childWithCase(int token, String relation, Set<String> cases) {
    for (int child : children(token, relation)) {
      if (cases.contains(caseOf(child))) {
        return child;
      }
    }
    return -1;
  }

  /** The preposition of a nominal ("to" in "to the army"), or "" when it has none. */
  public String caseOf(int token) {
    int marker = child(token, "case");
    return marker < 0 ? "" : word(marker);
  }

  public boolean hasChildRelation(int token, String relation) {
    return child(token, relation) >= 0;
  }

  /** True when a child by that relation is one of {@code words} (lower case). */
  public boolean hasChild(int token, String relation, Set<String> words) {
    for (int child : children(token, relation)) {
      if (words.contains(word(child))) {
        return true;
      }
    }
    return false;
  }

  /** True for a verb that only helps another ("has", "will", "was" as aux or copula). */
  public boolean isAuxiliary(int token) {
    String rel = relation[token];
    return rel.equals("aux") || rel.equals("aux:pass") || rel.equals("cop");
  }

  public boolean hasAuxiliary(int token, Set<String> words) {
    return hasChild(token, "aux", words) || hasChild(token, "aux:pass", words);
  }

  /** True when the clause is introduced by one of the subordinators ("if", "unless"). */
  public boolean hasMarker(int token, Set<String> words) {
    return hasChild(token, "mark", words);
  }

  /** The token and all its descendants, in sentence order. */
  public List<Integer> subtree(int token) {
    List<Integer> out = new ArrayList<>();
    collect(token, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private void collect(int token, List<Integer> out, int depth) {
    // A parse is a tree, but a cap guards against a malformed one looping.
    if (depth > size()) {
      return;
    }
    out.add(token);
    for (int child : children.get(token)) {
      collect(child, out, depth + 1);
    }
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }
}
