package org.newsevents.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns dictionary phrases (VLADIMIR_V._PUTIN_) into readable text (Vladimir V. Putin). */
final class DisplayNames {
  private static final Pattern UNDERSCORES = Pattern.compile("[_\\s]+");
  private static final Pattern INITIALS = Pattern.compile("^(\\p{L}\\.)+$");
  private static final Pattern VOWEL = Pattern.compile("[AEIOUYaeiouy]");
  private static final Set<String> LOWERCASE_INSIDE =
      Set.of(
          "of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "da", "di", "du", "von",
          "van", "der", "den", "la", "le", "bin", "y", "et");

  private DisplayNames() {}

  /**
   * Spaced text of a phrase, its case unchanged: underscores to blanks, no leading or trailing
   * blanks.
   */
  static String spaced(String phrase) {
    return UNDERSCORES.matcher(phrase).replaceAll(" ").strip();
  }

  /**
   * Normal case: each word capitalised, initials and dotted abbreviations kept (U.S., V.), words
   * without a vowel kept in capitals (PKK, DPRK), short joining words lowercase inside a name
   * (Ursula von der Leyen). {@code acronyms} are words to keep in capitals as they are (NATO for
   * the NATO entry).
   */
  static String normalCase(String phrase, Set<String> acronyms) {
    String[] words = spaced(phrase).split(" ");
    List<String> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.isEmpty()) {
        continue;
      }
      if (i > 0 && LOWERCASE_INSIDE.contains(lower)) {
        out.add(lower);
      } else if (acronyms.contains(word.toUpperCase(Locale.ROOT))
          || INITIALS.matcher(word).matches()) {
        out.add(word.toUpperCase(Locale.ROOT));
      } else if (word.length() > 1
          && word.chars().allMatch(Character::isLetter)
          && !VOWEL.matcher(word).find()) {
        out.add(word.toUpperCase(Locale.ROOT));
      } else {
        out.add(capitalise(lower));
      }
    }
    return String.join(" ", out);
  }

  /**
   * Capital first letter, and after a hyphen (Ki-Moon) or a one-letter prefix with an apostrophe
   * (O'Brien, D'Amato).
   */
  private static String capitalise(String lower) {
    StringBuilder text = new StringBuilder(lower.length());
    boolean upperNext = true;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      text.append(upperNext ? Character.toUpperCase(c) : c);
      upperNext = c == '-' || (c == '\'' && i == 1) || c == '(' || c == '/';
    }
    return text.toString();
  }
}
