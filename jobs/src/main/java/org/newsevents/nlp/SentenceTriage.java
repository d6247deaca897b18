package org.newsevents.nlp;

import java.util.List;

/**
 * Decides which sentences go to the expensive annotators (NER with SUTime, dependency parsing),
 * which cost 10-100 times tokenising and tagging. An event needs an actor and an action: a sentence
 * qualifies when it has a proper noun (or a capitalised word past its first token, which the tagger
 * sometimes calls JJ: "Russian") and a verb.
 */
public final class SentenceTriage {
  private SentenceTriage() {}

  /** A token as triage sees it: the word and its POS tag. */
  public record TaggedWord(String word, String pos) {}

  public static boolean needsDeepAnnotation(List<TaggedWord> tokens) {
    boolean actorCandidate = false;
    boolean verb = false;
    for (int i = 0; i < tokens.size(); i++) {
      TaggedWord token = tokens.get(i);
      String pos = token.pos();
      if (pos.startsWith("NNP") || (i > 0 && startsUpperCase(token.word()) && !pos.equals("PRP"))) {
        actorCandidate = true;
      }
      if (pos.startsWith("VB") || pos.equals("MD")) {
        verb = true;
      }
      if (actorCandidate && verb) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsUpperCase(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
