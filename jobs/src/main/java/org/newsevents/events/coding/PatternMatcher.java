package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.ArrayList;
import java.util.HashSet;
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

  /**
   * Clauses of their own under a verb: their words are not the verb's phrase ("met Y in the
   * capital, where she called for diplomacy" is a meeting, not "meet ... diplomacy").
   */
  private static final Set<String> OWN_CLAUSES =
      Set.of("ccomp", "advcl", "acl:relcl", "parataxis", "conj", "csubj", "list", "dep");

  private final CameoDictionary cameo;
  private final Sentence sentence;
  private final ParseTree tree;

  /** What a message says is a clause of its own ("sent a letter urging X to withdraw troops"). */
  private final Messages messages;

  PatternMatcher(CameoDictionary cameo, ParsedSentence parsed) {
    this.cameo = cameo;
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
    this.messages = new Messages(parsed);
  }

  /**
   * @param pattern the pattern that fit, empty for the verb alone
   * @param source the pattern's source (cameo_verbs_curated.csv rows start with "curated:")
   * @param mutual whether the pattern codes the act alike both ways ({@link
   *     CameoDictionary.VerbPattern#mutual()})
   */
  record Match(String pattern, String code, int score, String source, boolean mutual) {
    boolean isCurated() {
      return source.startsWith("curated");
    }

    boolean isBare() {
      return pattern.isEmpty();
    }
  }

  /**
   * The code the verb's best pattern gives it, pattern included ("agreed to join each other" is an
   * intent to meet by the pattern of "join", whose bare verb codes nothing); empty when none fits
   * or the fitting pattern says the verb makes no event there ("---").
   */
  Optional<String> actCode(int verb) {
    return bestPattern(verb, cameo.patternsFor(lower(tree.lemma(verb))))
        .map(Match::code)
        .filter(code -> !code.startsWith("-"));
  }

  /**
   * The pattern whose words best fit the verb's own words: the most pattern words found, in order,
   * on the right side of the verb, inside the verb's own phrase (a generated pattern's words
   * outside parentheses not inside a prepositional phrase); a curated pattern before a generated
   * one; the bare verb when none fits. A pattern whose codes are empty ("---") says the verb makes
   * no event in that context.
   */
  Optional<Match> bestPattern(int verb, List<CameoDictionary.VerbPattern> patterns) {
    List<Token> before = new ArrayList<>();
    List<Token> after = new ArrayList<>();
    for (int index : tree.subtree(verb)) {
      if (isInOwnClause(index, verb)) {
        continue;
      }
      Token token = sentence.tokens().get(index);
      if ("PERSON".equals(token.ner())) {
        continue; // "wants to meet Kim Jong Un": a word of a person's name is no UN force
      }
      if (index < verb) {
        before.add(token);
      } else if (index > verb) {
        after.add(token);
      }
    }
    int passiveSubject = tree.child(verb, "nsubj:pass");
    if (passiveSubject >= 0
        && passiveSubject < verb
        && tree.childWithCase(verb, "obl", Set.of("between", "among")) < 0) {
      // "Sanctions were imposed on Iran", "a subpoena was issued": the passive's subject is the
      // object the pattern names after the verb ("impose * sanction"). Not when a "between"
      // phrase names the parties ("a letter was sent between A and B"): who acted is unknown, and
      // the pattern would make a directed act look mutual.
      List<Token> object = new ArrayList<>();
      for (int index : tree.subtree(passiveSubject)) {
        if (!isInClauseOf(index, passiveSubject)) {
          object.add(sentence.tokens().get(index));
        }
      }
      before.removeAll(object);
      after.addAll(0, object);
    }
    if (isReducedRelative(verb) && tree.head(verb) < verb) {
      // "the agreement signed between A and B": the noun is the participle's object.
      before.add(sentence.tokens().get(tree.head(verb)));
    }
    Set<Integer> inPrepositionalPhrase = prepositionalPhraseTokens(verb, after);
    Match best = null;
    Match bestCurated = null;
    Match bare = null;
    for (CameoDictionary.VerbPattern pattern : patterns) {
      String code = pattern.codes().isEmpty() ? "" : pattern.codes().get(0);
      if (pattern.bare()) {
        if (bare == null) {
          bare = new Match("", code, 0, pattern.source(), pattern.mutual());
        }
        continue;
      }
      // The curated rows name the noun of a phrase without parentheses ("invite * talks" for
      // "invited Russia to talks"); only the generated CAMEO.2.0 rows keep PETRARCH's convention.
      int score =
          score(
              pattern.pattern(),
              before,
              after,
              pattern.curated() ? Set.of() : inPrepositionalPhrase);
      if (isPrepositionOnly(pattern.pattern()) && !prepositionFollows(verb, pattern.pattern())) {
        score = 0;
      }
      if (score > 0 && pattern.curated()) {
        if (bestCurated == null || score > bestCurated.score()) {
          bestCurated =
              new Match(pattern.pattern(), code, score, pattern.source(), pattern.mutual());
        }
      } else if (score > 0 && (best == null || score > best.score())) {
        best = new Match(pattern.pattern(), code, score, pattern.source(), pattern.mutual());
      }
    }
    Match chosen = bestCurated != null ? bestCurated : best != null ? best : bare;
    return chosen == null || chosen.code().isEmpty() ? Optional.empty() : Optional.of(chosen);
  }

  /**
   * Whether the pattern names nothing but a preposition after the verb ("call * (for)", "travel *
   * (for)"): a phrasal verb, which holds only when the preposition heads a phrase of the verb
   * itself with no object between them ("called for talks", "travelled to Warsaw for talks"), not
   * when it follows the object ("called the election for Biden") or sits deeper ("spoke at a
   * conference with X").
   */
  private static boolean isPrepositionOnly(String pattern) {
    String[] sides = pattern.split("\\*", 2);
    return sides.length == 2 && sides[0].isBlank() && sides[1].strip().matches("\\([a-z]+\\)");
  }

  private boolean prepositionFollows(int verb, String pattern) {
    String preposition = pattern.split("\\*", 2)[1].replaceAll("[()\\s]", "");
    int next = verb + 1;
    if (next < sentence.tokens().size()
        && lower(sentence.tokens().get(next).word()).equals(preposition)) {
      return true; // "called on Russia", parsed with "on" as the verb's particle
    }
    int firstObject = Integer.MAX_VALUE;
    for (int object : tree.children(verb, "obj", "iobj")) {
      firstObject = Math.min(firstObject, tree.subtree(object).get(0));
    }
    for (int phrase : tree.children(verb, "obl", "nmod", "obl:tmod")) {
      int marker = tree.child(phrase, "case");
      if (marker > verb
          && marker < firstObject
          && lower(sentence.tokens().get(marker).word()).equals(preposition)) {
        return true;
      }
    }
    return false;
  }

  /** A past participle modifying a noun: "the agreement signed", "sanctions imposed". */
  private boolean isReducedRelative(int verb) {
    return "acl".equals(tree.relation(verb)) && "VBN".equals(sentence.tokens().get(verb).pos());
  }

  /** Whether the token lies in a clause of its own under the verb rather than in its phrase. */
  private boolean isInOwnClause(int token, int verb) {
    int steps = 0;
    for (int node = token;
        node != verb && node >= 0 && steps++ < tree.size();
        node = tree.head(node)) {
      if (OWN_CLAUSES.contains(tree.relation(node)) || messages.isContent(node)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token lies in a clause that modifies the noun ("a man suspected to have supplied
   * the gun"): its words are not the noun's phrase.
   */
  private boolean isInClauseOf(int token, int noun) {
    int steps = 0;
    for (int node = token;
        node != noun && node >= 0 && steps++ < tree.size();
        node = tree.head(node)) {
      if (tree.relation(node).startsWith("acl")) {
        return true;
      }
    }
    return false;
  }

  /** How many words of the pattern fit, or 0 when one of them is missing. */
  private int score(
      String pattern, List<Token> before, List<Token> after, Set<Integer> inPrepositionalPhrase) {
    String[] sides = pattern.split("\\*", 2);
    String left = sides.length == 2 ? sides[0] : "";
    String right = sides.length == 2 ? sides[1] : sides[0];
    int leftScore = fit(words(left), before, inPrepositionalPhrase);
    int rightScore = fit(words(right), after, inPrepositionalPhrase);
    if (leftScore < 0 || rightScore < 0) {
      return 0;
    }
    return leftScore + rightScore;
  }

  /** A word of a pattern, and whether the pattern puts it in a prepositional phrase "( )". */
  private record PatternWord(String word, boolean inPhrase) {}

  private static List<PatternWord> words(String side) {
    List<PatternWord> words = new ArrayList<>();
    int depth = 0;
    for (String piece : side.replaceAll("([(){}])", " $1 ").trim().split("\\s+")) {
      if (piece.equals("(")) {
        depth++;
      } else if (piece.equals(")")) {
        depth = Math.max(0, depth - 1);
      } else if (!piece.isEmpty() && !Set.of("{", "}", "+", "$", "^", "%").contains(piece)) {
        words.add(new PatternWord(lower(piece), depth > 0));
      }
    }
    return words;
  }

  /**
   * The tokens, of those given, that lie in a prepositional phrase of the verb's phrase ("with the
   * navies of China", "after the mayor of the city was stabbed"), other than an "of" phrase, which
   * completes its noun ("the number of troops"); the prepositions themselves are not counted. A
   * CAMEO.2.0 pattern names such a phrase with parentheses ("* (over &town)"); a word outside them
   * is the verb's object (issue 14: "increased cooperation with the navies" fit "increase *
   * &military", mobilising forces; "arrested after the mayor of the city was stabbed" fit "arrest *
   * &town", occupying territory).
   */
  private Set<Integer> prepositionalPhraseTokens(int verb, List<Token> tokens) {
    Set<Integer> inPhrase = new HashSet<>();
    for (Token token : tokens) {
      if (tree.relation(token.index()).equals("case")) {
        continue;
      }
      boolean marked = false;
      int steps = 0;
      for (int node = token.index();
          node != verb && node >= 0 && steps++ < tree.size();
          node = tree.head(node)) {
        for (int marker : tree.children(node, "case")) {
          Token word = sentence.tokens().get(marker);
          marked |=
              ("IN".equals(word.pos()) || "TO".equals(word.pos()))
                  && !lower(word.word()).equals("of");
        }
        if (marked && tree.head(node) == verb) {
          inPhrase.add(token.index());
        }
      }
    }
    return inPhrase;
  }

  /** The number of words matched in order, or -1 when one is missing. */
  private int fit(List<PatternWord> words, List<Token> tokens, Set<Integer> inPrepositionalPhrase) {
    int position = 0;
    int matched = 0;
    for (PatternWord word : words) {
      int found = -1;
      for (int i = position; i < tokens.size() && found < 0; i++) {
        if (matches(word.word(), tokens.get(i))
            && (word.inPhrase() || !inPrepositionalPhrase.contains(tokens.get(i).index()))) {
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
        if (parts.length > 0 && !parts[0].isEmpty() && matchesFrom(parts, token.index())) {
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
   * Whether the words of a synset member match the tokens from the given one on: "fighter_jet"
   * needs "fighter jet", so "Hezbollah fighters" are no aircraft.
   */
  private boolean matchesFrom(String[] parts, int first) {
    List<Token> tokens = sentence.tokens();
    for (int k = 0; k < parts.length; k++) {
      if (first + k >= tokens.size() || !matches(parts[k], tokens.get(first + k))) {
        return false;
      }
    }
    return true;
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
