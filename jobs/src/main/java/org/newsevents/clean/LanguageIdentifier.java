package org.newsevents.clean;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of each paragraph (ISO 639-1), with the Optimaize n-gram detector (71 built-in
 * profiles). Paragraphs too short to judge, and judgements below the confidence floor, take the
 * article's main language, so that a one-line subheading is never marked foreign by accident.
 */
public final class LanguageIdentifier {
  public static final String UNDETERMINED = "und";

  /**
   * N-gram detection of a short line is a guess ("Russian-American meeting in Geneva?" comes out
   * Dutch).
   */
  private static final int MIN_LETTERS = 50;

  private static final int SHORT_PARAGRAPH_LETTERS = 150;
  private static final double MIN_CONFIDENCE = 0.80;
  private static final double MIN_CONFIDENCE_SHORT = 0.95;
  private static final int MIN_LETTERS_WHOLE_ARTICLE = 15;
  private static final double MIN_CONFIDENCE_WHOLE_SHORT_ARTICLE = 0.5;

  private static volatile LanguageIdentifier instance;

  private final LanguageDetector detector;
  private final TextObjectFactory textFactory = CommonTextObjectFactories.forDetectingOnLargeText();
  private final TextObjectFactory shortTextFactory =
      CommonTextObjectFactories.forDetectingShortCleanText();

  private LanguageIdentifier() {
    try {
      detector =
          LanguageDetectorBuilder.create(NgramExtractors.standard())
              .withProfiles(new LanguageProfileReader().readAllBuiltIn())
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not load the language profiles", e);
    }
  }

  /** One detector per JVM: loading the profiles takes about a second. */
  public static LanguageIdentifier get() {
    if (instance == null) {
      synchronized (LanguageIdentifier.class) {
        if (instance == null) {
          instance = new LanguageIdentifier();
        }
      }
    }
    return instance;
  }

  /** The language of each paragraph, and of the whole text (the language holding most letters). */
  public record Languages(String article, List<String> paragraphs) {}

  public Languages identify(List<String> paragraphs) {
    List<String> detected = new ArrayList<>(paragraphs.size());
    Map<String, Integer> lettersByLanguage = new HashMap<>();
    for (String paragraph : paragraphs) {
      int letters = countLetters(paragraph);
      String language =
          letters < MIN_LETTERS
              ? UNDETERMINED
              : readsAsPlainEnglish(paragraph)
                  ? "en"
                  : detect(
                      paragraph,
                      letters < SHORT_PARAGRAPH_LETTERS ? MIN_CONFIDENCE_SHORT : MIN_CONFIDENCE);
      detected.add(language);
      if (!language.equals(UNDETERMINED)) {
        lettersByLanguage.merge(language, letters, Integer::sum);
      }
    }
    String main =
        lettersByLanguage.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElseGet(() -> detectShortArticle(String.join(" ", paragraphs)));
    List<String> resolved = detected.stream().map(l -> l.equals(UNDETERMINED) ? main : l).toList();
    return new Languages(main, resolved);
  }

  /**
   * An article whose every paragraph is too short to judge (a one-sentence wire item or headline
   * feed) is judged as a whole, with a lower bar: a wrong guess costs one short article, and no
   * guess would leave it never coded.
   */
  private String detectShortArticle(String text) {
    if (countLetters(text) < MIN_LETTERS_WHOLE_ARTICLE) {
      return UNDETERMINED;
    }
    // N-grams of one sentence are weak evidence: "Antony Blinken met Sergei Lavrov in Geneva on
    // Friday." scores Dutch at 0.99999 on "met". Function words are stronger evidence, so the
    // detector's guess must also hold at least as many of its own language's function words as
    // the text holds English ones.
    int english = functionWords(text, "en");
    List<DetectedLanguage> candidates =
        detector.getProbabilities(shortTextFactory.forText(withoutOverlongTokens(text)));
    if (candidates.isEmpty()
        || candidates.get(0).getProbability() < MIN_CONFIDENCE_WHOLE_SHORT_ARTICLE) {
      return english > 0 ? "en" : UNDETERMINED;
    }
    String guess = candidates.get(0).getLocale().getLanguage();
    if (!guess.equals("en") && english > 0 && english >= functionWords(text, guess)) {
      return "en";
    }
    return guess;
  }

  private static final int MIN_PLAIN_ENGLISH_WORDS = 8;
  private static final int MAX_FUNCTION_WORD_LETTERS = 7;

  /**
   * Plain ASCII words, "the" among them, and at least a quarter of them English function words. The
   * detector samples n-grams until it converges, about a tenth of a millisecond a paragraph, which
   * hard-wrapped copy pays on every paragraph once its lines are joined; this reads the words once.
   * On the news corpora in ../shared (some 130,000 paragraphs) it changed five articles, all with
   * lines in capitals that the detector had taken for German.
   */
  private static boolean readsAsPlainEnglish(String paragraph) {
    Set<String> english = FUNCTION_WORDS.get("en");
    int words = 0;
    int functionWords = 0;
    boolean the = false;
    int n = paragraph.length();
    int i = 0;
    while (i < n) {
      char c = paragraph.charAt(i);
      if (c > 127 && Character.isLetter(c)) {
        return false;
      }
      if (!isAsciiLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isAsciiLetter(paragraph.charAt(i))) {
        i++;
      }
      words++;
      int length = i - start;
      if (length <= MAX_FUNCTION_WORD_LETTERS) {
        String word = paragraph.substring(start, i).toLowerCase(Locale.ROOT);
        if (english.contains(word)) {
          functionWords++;
          the |= word.equals("the");
        }
      }
    }
    return the && words >= MIN_PLAIN_ENGLISH_WORDS && functionWords * 4 >= words;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static final java.util.regex.Pattern OVERLONG_TOKEN =
      java.util.regex.Pattern.compile("\\S{100,}");

  /**
   * The text without its runs of 100 or more non-space characters. The detector's URL and e-mail
   * filters backtrack over a run of letters once per letter in it, so a single 200,000-letter
   * "word" held a run for hours; such a run is no evidence of a language anyway.
   */
  static String withoutOverlongTokens(String text) {
    return text.length() < 100 ? text : OVERLONG_TOKEN.matcher(text).replaceAll(" ");
  }

  private String detect(String paragraph, double minConfidence) {
    List<DetectedLanguage> candidates =
        detector.getProbabilities(textFactory.forText(withoutOverlongTokens(paragraph)));
    if (candidates.isEmpty() || candidates.get(0).getProbability() < minConfidence) {
      return UNDETERMINED;
    }
    return candidates.get(0).getLocale().getLanguage();
  }

  /**
   * Frequent function words of English and of the languages n-grams most often confuse it with in
   * one short sentence. A language not listed here counts zero, so English wins only on evidence.
   */
  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.of(
          "en",
          Set.of(
              "the", "a", "an", "will", "with", "and", "of", "to", "in", "on", "has", "have", "had",
              "was", "were", "said", "says", "is", "are", "his", "her", "their", "that", "after",
              "would", "could", "its", "by", "from", "for", "at", "who", "which", "this", "it",
              "not", "be", "been", "against", "over"),
          "nl",
          Set.of(
              "de", "het", "een", "en", "van", "in", "op", "met", "is", "zijn", "voor", "niet",
              "dat", "die", "naar", "om", "bij", "heeft", "werd", "ook"),
          "de",
          Set.of(
              "der", "die", "das", "und", "in", "mit", "von", "zu", "ist", "sind", "nicht", "auf",
              "den", "dem", "ein", "eine", "hat", "wurde", "auch", "für"),
          "fr",
          Set.of(
              "le", "la", "les", "un", "une", "et", "de", "des", "du", "en", "dans", "sur", "est",
              "sont", "pas", "que", "qui", "avec", "pour", "a", "au", "on"),
          "es",
          Set.of(
              "el", "la", "los", "las", "un", "una", "y", "de", "del", "en", "con", "por", "para",
              "es", "son", "no", "que", "se", "al", "ha"),
          "it",
          Set.of(
              "il", "la", "lo", "gli", "le", "un", "una", "e", "di", "del", "della", "in", "con",
              "per", "è", "non", "che", "si", "ha", "al"),
          "pt",
          Set.of(
              "o", "a", "os", "as", "um", "uma", "e", "de", "do", "da", "em", "no", "na", "com",
              "por", "para", "é", "não", "que", "se"));

  private static int functionWords(String text, String language) {
    Set<String> words = FUNCTION_WORDS.getOrDefault(language, Set.of());
    int found = 0;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (words.contains(word)) {
        found++;
      }
    }
    return found;
  }

  private static int countLetters(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters;
  }
}
