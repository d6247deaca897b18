package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsevents.events.CameoDictionary;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/** Which code: the CAMEO dictionary pattern whose words best fit the verb's own phrase. */
final class PatternMatcher {
  private static final Set<String> INFLECTIONS = Set.of("s", "es", "ed", "d", "ing", "ies");

  private final CameoDictionary cameo;
  private final Sentence sentence;
  private final ParseTree tree;

  PatternMatcher(CameoDictionary cameo, ParsedSentence parsed) {
    this.cameo = cameo;
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
  }

  record Match(String pattern, String code, int score) {}

  /**
   * The pattern whose words best fit the verb's own words: the most pattern words found, in order,
   * on the right side of the verb; the bare verb when none fits. A pattern whose codes are empty
   * ("---") says the verb makes no event in that context.
   */
  Optional<Match> bestPattern(int verb, List<CameoDictionary.VerbPattern> patterns) {
    List<Token> before = new ArrayList<>();
    List<Token> after = new ArrayList<>();
    for (int index : tree.subtree(verb)) {
      Token token = sentence.tokens().get(index);
      if (index < verb) {
        before.add(token);
      } else if (index > verb) {
        after.add(token);
      }
    }
    Match best = null;
    Match bare = null;
    for (CameoDictionary.VerbPattern pattern : patterns) {
      String code = pattern.codes().isEmpty() ? "" : pattern.codes().get(0);
      if (pattern.bare()) {
        if (bare == null) {
          bare = new Match("", code, 0);
        }
        continue;
      }
      int score = score(pattern.pattern(), before, after);
      if (score > 0 && (best == null || score > best.score())) {
        best = new Match(pattern.pattern(), code, score);
      }
    }
    Match chosen = best != null ? best : bare;
    return chosen == null || chosen.code().isEmpty() ? Optional.empty() : Optional.of(chosen);
  }

  /** How many words of the pattern fit, or 0 when one of them is missing. */
  private int score(String pattern, List<Token> before, List<Token> after) {
    String[] sides = pattern.split("\\*", 2);
    String left = sides.length == 2 ? sides[0] : "";
    String right = sides.length == 2 ? sides[1] : sides[0];
    int leftScore = fit(words(left), before);
    int rightScore = fit(words(right), after);
    if (leftScore < 0 || rightScore < 0) {
      return 0;
    }
    return leftScore + rightScore;
  }

  private static List<String> words(String side) {
    List<String> words = new ArrayList<>();
    for (String word : side.replaceAll("[(){}]", " ").trim().split("\\s+")) {
      if (!word.isEmpty() && !Set.of("+", "$", "^", "%").contains(word)) {
        words.add(lower(word));
      }
    }
    return words;
  }

  /** The number of words matched in order, or -1 when one is missing. */
  private int fit(List<String> words, List<Token> tokens) {
    int position = 0;
    int matched = 0;
    for (String word : words) {
      int found = -1;
      for (int i = position; i < tokens.size() && found < 0; i++) {
        if (matches(word, tokens.get(i))) {
          found = i;
        }
      }
      if (found < 0) {
        return -1;
      }
      matched++;
      position = found + 1;
    }
    return matched;
  }

  private boolean matches(String word, Token token) {
    if (word.startsWith("&")) {
      for (String member : cameo.synset(word)) {
        String[] parts = member.split("_");
        if (parts.length > 0 && !parts[0].isEmpty() && matches(parts[0], token)) {
          return true;
        }
      }
      return false;
    }
    String text = lower(token.word());
    String lemma = lower(token.lemma());
    if (word.endsWith("_")) {
      String exact = word.substring(0, word.length() - 1);
      return text.equals(exact) || lemma.equals(exact);
    }
    return text.equals(word) || lemma.equals(word) || isStemOf(word, text);
  }

  /**
   * PETRARCH writes stems ("restor" for restore, restored, restoring). A stem of five letters or
   * more matches any word it begins; a shorter one only with an inflection after it, so that "war"
   * matches "wars" but not "Warsaw".
   */
  private static boolean isStemOf(String stem, String word) {
    if (!word.startsWith(stem)) {
      return false;
    }
    String rest = word.substring(stem.length());
    return stem.length() >= 5 || INFLECTIONS.contains(rest);
  }

  Optional<CameoDictionary.CameoCode> knownCode(String code) {
    for (String candidate = code;
        candidate.length() >= 2;
        candidate = candidate.substring(0, candidate.length() - 1)) {
      Optional<CameoDictionary.CameoCode> known = cameo.code(candidate);
      if (known.isPresent()) {
        return known;
      }
    }
    return Optional.empty();
  }
}
