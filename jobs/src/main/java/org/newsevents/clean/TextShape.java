package org.newsevents.clean;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shallow facts about a line of text that page-furniture rules lean on: how many words it has,
 * whether it ends like a sentence or like a cut-off teaser, and where its sentences end. Plain
 * string scanning, no language model.
 */
final class TextShape {
  private TextShape() {}

  private static final Pattern SPACES =
      Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u3000]+");

  private static final String TERMINATORS = ".!?…";
  private static final String CLOSERS = "\"'”’»)]";
  private static final String OPENERS = "\"'“‘«([";

  /**
   * Words before a full stop that do not end a sentence: titles, initials' relatives and month
   * abbreviations. Without them "Gen. Smith" or "on Nov. 24" would split a caption in two.
   */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov",
          "sen", "rep", "pres", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "nos", "vs",
          "etc", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec", "mt", "ft", "fig", "vol", "ca");

  /**
   * Words are runs of letters and digits, with inner apostrophes ("don't", "l’Otan"); counted by
   * hand because this runs many times on every line.
   */
  static int wordCount(String text) {
    int count = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = wordEnd(text, i);
      if (end > i) {
        count++;
        i = end;
      } else {
        i++;
      }
    }
    return count;
  }

  /** Lower-cased words, in order of first appearance. */
  static Set<String> wordSet(String text) {
    Set<String> words = new LinkedHashSet<>();
    forEachWord(text, word -> words.add(word));
    return words;
  }

  /**
   * The words, lower-cased and joined by single spaces: equal for lines that differ only in case
   * and punctuation.
   */
  static String normalisedKey(String text) {
    StringBuilder key = new StringBuilder();
    forEachWord(text, word -> key.append(key.length() > 0 ? " " : "").append(word));
    return key.toString();
  }

  private static void forEachWord(String text, java.util.function.Consumer<String> action) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = wordEnd(text, i);
      if (end > i) {
        action.accept(text.substring(i, end).toLowerCase(Locale.ROOT));
        i = end;
      } else {
        i++;
      }
    }
  }

  /** End of the word starting at {@code start}, or {@code start} when no word starts there. */
  private static int wordEnd(String text, int start) {
    int n = text.length();
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if ((c == '\'' || c == '’')
          && i > start
          && i + 1 < n
          && Character.isLetter(text.charAt(i + 1))) {
        i += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  static String[] whitespaceWords(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? new String[0] : SPACES.split(trimmed);
  }

  static boolean hasLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Ends with a sentence terminator, possibly followed by closing quotes or brackets (a cut-off "…"
   * counts too).
   */
  static boolean endsLikeSentence(String text) {
    int i = lastNonSpace(text);
    while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && TERMINATORS.indexOf(text.charAt(i)) >= 0;
  }

  /**
   * Ends with its own terminator: unlike {@link #endsLikeSentence}, a full stop inside a closing
   * bracket, as in "(to Dr.)", does not count, because captions end that way and sentences rarely
   * do.
   */
  static boolean endsOutsideBrackets(String text) {
    int i = lastNonSpace(text);
    while (i >= 0 && "\"'”’»".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && TERMINATORS.indexOf(text.charAt(i)) >= 0;
  }

  /** A teaser cut off by the page: "… as well as to …", "[...]". */
  static boolean looksTruncated(String text) {
    String t = text.stripTrailing();
    if (t.endsWith("]")) {
      t = t.substring(0, t.length() - 1).stripTrailing();
    }
    return t.endsWith("…") || t.endsWith("...") || t.endsWith(". . .");
  }

  private static int lastNonSpace(String text) {
    int i = text.length() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  /**
   * The index just past the sentence that runs on from {@code from}: its terminator and any closing
   * quotes, or the end of the text when no sentence ends. A terminator only counts outside brackets
   * ("(Copyright 2022 The Associated Press. All Rights Reserved.)" does not end a caption), not
   * after an initial or a known abbreviation, and only when what follows starts a new sentence (a
   * capital, a digit, an opening quote or bracket).
   */
  static int sentenceEnd(String text, int from) {
    int depth = 0;
    int n = text.length();
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && TERMINATORS.indexOf(c) >= 0) {
        int j = i + 1;
        while (j < n && TERMINATORS.indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        while (j < n && CLOSERS.indexOf(text.charAt(j)) >= 0 && text.charAt(j) != ')') {
          j++;
        }
        int k = j;
        while (k < n && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        if (k == n) {
          return j;
        }
        if (k == j || (c == '.' && j == i + 1 && isAbbreviationBefore(text, i))) {
          i = j - 1;
          continue;
        }
        char next = text.charAt(k);
        if (Character.isUpperCase(next)
            || Character.isDigit(next)
            || OPENERS.indexOf(next) >= 0
            || next == '©') {
          return j;
        }
        i = j - 1;
      }
    }
    return n;
  }

  private static final int SENTENCE_LOOKBACK = 600;

  /**
   * Where the sentence holding {@code position} starts: just past the previous sentence end, or 0.
   */
  static int sentenceStartBefore(String text, int position) {
    // Only the last few hundred characters can hold the sentence: scanning from the start of a long
    // paragraph for
    // every credit in it would be quadratic.
    int start = 0;
    if (position > SENTENCE_LOOKBACK) {
      start = position - SENTENCE_LOOKBACK;
      while (start < position && !Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (start < position && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    while (start < position) {
      int end = sentenceEnd(text, start);
      if (end > position || end >= text.length()) {
        break;
      }
      int next = end;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next > position) {
        break;
      }
      start = next;
    }
    return start;
  }

  static int sentenceCount(String text) {
    int count = 0;
    int i = 0;
    while (i < text.length()) {
      int end = sentenceEnd(text, i);
      if (TextShape.hasLetter(text.substring(i, end))) {
        count++;
      }
      i = end;
    }
    return count;
  }

  private static boolean isAbbreviationBefore(String text, int dot) {
    int start = dot;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    int length = dot - start;
    if (length == 0) {
      return false;
    }
    if (length == 1) {
      // An initial ("J. Smith") or a dotted acronym ("U.S.", "a.m.").
      return true;
    }
    return ABBREVIATIONS.contains(text.substring(start, dot).toLowerCase(Locale.ROOT));
  }
}
