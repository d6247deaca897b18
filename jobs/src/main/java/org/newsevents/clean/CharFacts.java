package org.newsevents.clean;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the mojibake heuristics need to know about a character: its kind, its script, how common it
 * is.
 */
final class CharFacts {
  private CharFacts() {}

  static final int NONE = -1;

  /**
   * Scripts of living languages that UTF-8 text is commonly written in; anything else decoded is
   * suspect.
   */
  private static final Set<UnicodeScript> COMMON_SCRIPTS =
      EnumSet.of(
          UnicodeScript.COMMON,
          UnicodeScript.INHERITED,
          UnicodeScript.LATIN,
          UnicodeScript.GREEK,
          UnicodeScript.CYRILLIC,
          UnicodeScript.ARMENIAN,
          UnicodeScript.HEBREW,
          UnicodeScript.ARABIC,
          UnicodeScript.DEVANAGARI,
          UnicodeScript.BENGALI,
          UnicodeScript.GURMUKHI,
          UnicodeScript.GUJARATI,
          UnicodeScript.ORIYA,
          UnicodeScript.TAMIL,
          UnicodeScript.TELUGU,
          UnicodeScript.KANNADA,
          UnicodeScript.MALAYALAM,
          UnicodeScript.SINHALA,
          UnicodeScript.THAI,
          UnicodeScript.LAO,
          UnicodeScript.TIBETAN,
          UnicodeScript.MYANMAR,
          UnicodeScript.GEORGIAN,
          UnicodeScript.HANGUL,
          UnicodeScript.HIRAGANA,
          UnicodeScript.KATAKANA,
          UnicodeScript.BOPOMOFO,
          UnicodeScript.HAN,
          UnicodeScript.ETHIOPIC,
          UnicodeScript.KHMER,
          UnicodeScript.BRAILLE);

  /**
   * Latin letters outside Latin-1 that hardly any living orthography uses (Esperanto, Maltese, old
   * Latvian and Greenlandic letters, ligatures and archaic forms); in mojibake detection they are
   * far more often the accident.
   */
  private static final String RARE_LATIN_EXTENDED_A =
      "\u0108\u0109\u011C\u011D\u0120\u0121\u0124\u0125\u0126\u0127\u012C\u012D\u0132\u0133\u0134\u0135"
          + "\u0138\u013F\u0140\u0149\u014A\u014B\u014E\u014F\u0114\u0115\u0156\u0157\u015C\u015D\u016C\u016D"
          + "\u0174\u0175\u0176\u0177\u017F";

  private static final String MATH_SIGNS =
      "\u221A\u2202\u2211\u220F\u03C0\u222B\u2126\u2260\u2264\u2265\u221E\u00B1\u2206\u2248\u00F7\u25CA"
          + "\u00B5\u00B0\u00D7\u2044";

  static boolean isC1Control(int cp) {
    return cp >= 0x80 && cp <= 0x9F;
  }

  static boolean isAsciiWhitespace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == '\f';
  }

  static boolean isLetter(int cp) {
    return cp != NONE && Character.isLetter(cp);
  }

  static boolean isLetterOrDigit(int cp) {
    return cp != NONE && Character.isLetterOrDigit(cp);
  }

  static boolean isUpper(int cp) {
    return cp != NONE && (Character.isUpperCase(cp) || Character.isTitleCase(cp));
  }

  static boolean isLower(int cp) {
    return cp != NONE && Character.isLowerCase(cp);
  }

  static boolean isMark(int cp) {
    if (cp == NONE) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  static UnicodeScript script(int cp) {
    return cp == NONE ? UnicodeScript.UNKNOWN : UnicodeScript.of(cp);
  }

  static boolean isApostrophe(int cp) {
    return cp == '\u2019' || cp == '\'';
  }

  static boolean isOpeningQuote(int cp) {
    return cp == '\u2018'
        || cp == '\u201C'
        || cp == '\u201A'
        || cp == '\u201E'
        || cp == '\u2039'
        || cp == '\u00AB'
        || cp == '\u201B'
        || cp == '\u201F';
  }

  /**
   * Punctuation that ends or separates words, so it is ordinary after a word and odd right before a
   * letter.
   */
  static boolean isClosingPunctuation(int cp) {
    return cp == '\u201D'
        || cp == '\u203A'
        || cp == '\u00BB'
        || cp == '\u2013'
        || cp == '\u2014'
        || cp == '\u2026'
        || cp == '\u2022';
  }

  static boolean isQuoteLike(int cp) {
    return isApostrophe(cp)
        || isOpeningQuote(cp)
        || cp == '\u201D'
        || cp == '"'
        || cp == '\u203A'
        || cp == '\u00BB';
  }

  /**
   * Mathematical signs that MacRoman text uses together, so one after the other is no sign of
   * mojibake.
   */
  static boolean isMathSign(int cp) {
    return MATH_SIGNS.indexOf(cp) >= 0;
  }

  static boolean isAsciiLetterOrDigit(int cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }

  static boolean isAsciiDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  /** Signs that are written against a number: currencies, fractions, degrees, copyright years. */
  static boolean isNumberSign(int cp) {
    return cp != NONE
        && (Character.getType(cp) == Character.CURRENCY_SYMBOL
            || "\u00A9\u00AE\u00B0\u00B1\u00B2\u00B3\u00B9\u00BC\u00BD\u00BE\u00D7\u2122"
                    .indexOf(cp)
                >= 0);
  }

  static boolean isBoxDrawing(int cp) {
    return cp >= 0x2500 && cp <= 0x259F;
  }

  /**
   * Signs and symbols that legacy code pages put in their upper half, and that rarely touch a
   * letter.
   */
  static boolean isSymbol(int cp) {
    if (cp == NONE || cp < 0x80) {
      return false;
    }
    switch (Character.getType(cp)) {
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
      case Character.OTHER_NUMBER:
      case Character.FORMAT:
        return true;
      case Character.OTHER_PUNCTUATION:
        return cp != '\u2026' && cp != '\u2022';
      case Character.DASH_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
        return false;
      default:
        return cp == 0x00AA || cp == 0x00BA;
    }
  }

  /** Whether a decoded character could be meant at all, regardless of where it sits. */
  static boolean isPlausibleOnItsOwn(int cp) {
    int type = Character.getType(cp);
    if (type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE) {
      return false;
    }
    if (type == Character.CONTROL) {
      return isC1Control(cp);
    }
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
      return false;
    }
    if (!COMMON_SCRIPTS.contains(script(cp))) {
      return false;
    }
    if (Character.isLetter(cp) || isMark(cp)) {
      return !isRareLetter(cp);
    }
    return true;
  }

  static boolean isRareLetter(int cp) {
    if (cp >= 0x0100 && cp <= 0x017F) {
      return RARE_LATIN_EXTENDED_A.indexOf(cp) >= 0;
    }
    if (cp >= 0x0180 && cp <= 0x024F) {
      return !(cp == 0x01A0
          || cp == 0x01A1
          || cp == 0x01AF
          || cp == 0x01B0 // Vietnamese horned letters
          || (cp >= 0x01C4 && cp <= 0x01DC) // digraphs and Pinyin tone letters
          || (cp >= 0x0218 && cp <= 0x021B)); // Romanian comma-below letters
    }
    if (cp >= 0x0250 && cp <= 0x02FF) {
      return cp != 0x02BB
          && cp != 0x02BC; // IPA and modifier letters, except the okina and the apostrophe
    }
    if (cp >= 0x0370 && cp <= 0x03FF) {
      return cp < 0x0386 || cp > 0x03CE; // archaic Greek and Coptic
    }
    if (cp >= 0x0460 && cp <= 0x052F) {
      return !((cp >= 0x0490 && cp <= 0x04BF)
          || cp == 0x04D8
          || cp == 0x04D9
          || cp == 0x04E8
          || cp == 0x04E9);
    }
    if (cp >= 0x0700 && cp <= 0x08FF) {
      return true; // Syriac, Thaana, N'Ko, Samaritan, Mandaic, rare Arabic extensions
    }
    return (cp >= 0x1D00 && cp <= 0x1DBF) // phonetic extensions
        || (cp >= 0x2C60 && cp <= 0x2C7F)
        || (cp >= 0xA720 && cp <= 0xA7FF)
        || (cp >= 0xAB30 && cp <= 0xAB6F);
  }

  /**
   * Punctuation that a lost byte can be inferred to have been: common enough to be the only
   * sensible reading.
   */
  static boolean isCommonPunctuation(int cp) {
    return "\u2018\u2019\u201C\u201D\u201E\u201A\u2013\u2014\u2026\u2022\u20AC\u2122".indexOf(cp)
        >= 0;
  }
}
