package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/** Small helpers over a sentence's tokens: the text and lemmas of a span, covered-token marks. */
final class TokenSpans {
  private TokenSpans() {}

  static String span(Sentence sentence, int start, int end) {
    Token first = sentence.tokens().get(start);
    Token last = sentence.tokens().get(end - 1);
    return sentence
        .text()
        .substring(first.charStart() - sentence.charStart(), last.charEnd() - sentence.charStart());
  }

  static String lemmas(List<Token> tokens, int start, int end) {
    StringBuilder text = new StringBuilder();
    for (int i = start; i < end; i++) {
      text.append(i == start ? "" : " ")
          .append(tokens.get(i).lemma() == null ? tokens.get(i).word() : tokens.get(i).lemma());
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  static boolean overlaps(boolean[] covered, int start, int end) {
    for (int i = start; i < end; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  static void mark(boolean[] covered, int start, int end) {
    for (int i = start; i < end; i++) {
      covered[i] = true;
    }
  }

  static boolean hasLetterOrDigit(String word) {
    return word.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * A word that can stand inside a title or a description of a person ("the Greek foreign
   * minister", "Prime Minister of Slovakia", "Chancellor's"): a noun, an adjective, a hyphen, a
   * possessive mark, a determiner or "of".
   */
  static boolean isDescriptionWord(Token token) {
    String pos = token.pos();
    return pos.startsWith("NN")
        || pos.startsWith("JJ")
        || pos.equals("HYPH")
        || pos.equals("POS")
        || pos.equals("DT")
        || (pos.equals("IN") && token.word().equalsIgnoreCase("of"));
  }

  static boolean startsUpperCase(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
