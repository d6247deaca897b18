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

  private static volatile LanguageIdentifier instance;

  private final LanguageDetector detector;
  private final TextObjectFactory textFactory = CommonTextObjectFactories.forDetectingOnLargeText();

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
            .orElse(UNDETERMINED);
    List<String> resolved = detected.stream().map(l -> l.equals(UNDETERMINED) ? main : l).toList();
    return new Languages(main, resolved);
  }

  private String detect(String paragraph, double minConfidence) {
    List<DetectedLanguage> candidates = detector.getProbabilities(textFactory.forText(paragraph));
    if (candidates.isEmpty() || candidates.get(0).getProbability() < minConfidence) {
      return UNDETERMINED;
    }
    return candidates.get(0).getLocale().getLanguage();
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
