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
import java.util.Map;

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
    // N-grams of one sentence are weak evidence ("Antony Blinken will meet Sergei Lavrov in Geneva
    // on
    // Friday." scores Dutch); English function words are strong evidence for the one language the
    // later stages code.
    if (englishFunctionWords(text) >= 2) {
      return "en";
    }
    List<DetectedLanguage> candidates = detector.getProbabilities(shortTextFactory.forText(text));
    return candidates.isEmpty()
            || candidates.get(0).getProbability() < MIN_CONFIDENCE_WHOLE_SHORT_ARTICLE
        ? UNDETERMINED
        : candidates.get(0).getLocale().getLanguage();
  }

  private String detect(String paragraph, double minConfidence) {
    List<DetectedLanguage> candidates = detector.getProbabilities(textFactory.forText(paragraph));
    if (candidates.isEmpty() || candidates.get(0).getProbability() < minConfidence) {
      return UNDETERMINED;
    }
    return candidates.get(0).getLocale().getLanguage();
  }

  private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS =
      java.util.Set.of(
          "the", "will", "with", "and", "of", "to", "has", "have", "was", "were", "said", "is",
          "are", "his", "their", "that", "after", "would", "could", "its", "by", "from", "on",
          "for", "at", "who", "which", "this", "it");

  private static int englishFunctionWords(String text) {
    int found = 0;
    for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (ENGLISH_FUNCTION_WORDS.contains(word)) {
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
