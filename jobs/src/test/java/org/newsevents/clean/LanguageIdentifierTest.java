package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  @Test
  void marksAStrayFrenchParagraphAndLeavesShortEnglishLinesEnglish() {
    var languages =
        LanguageIdentifier.get()
            .identify(
                List.of(
                    "The foreign ministers met in Geneva on Friday and agreed to continue their talks next week.",
                    "Russian-American meeting in Geneva?",
                    "Jens Stoltenberg, secrétaire général de l'Otan, convoi militaire russe en Crimée, Sergueï Lavrov, chef de la diplomatie russe.",
                    "Officials said the exercises would take place at the border with Poland and Lithuania in February."));
    assertThat(languages.article()).isEqualTo("en");
    assertThat(languages.paragraphs()).containsExactly("en", "en", "fr", "en");
  }

  @Test
  void regressionOneSentenceEnglishArticleThatNgramsCallDutch() {
    // Optimaize scores this sentence Dutch at 0.99999 on "met"; its function words are English.
    var languages =
        LanguageIdentifier.get()
            .identify(List.of("Antony Blinken met Sergei Lavrov in Geneva on Friday."));
    assertThat(languages.article()).isEqualTo("en");
  }

  @Test
  void aOneSentenceFrenchArticleStaysFrench() {
    var languages =
        LanguageIdentifier.get().identify(List.of("On a vu la guerre en Ukraine hier soir."));
    assertThat(languages.article()).isEqualTo("fr");
  }

  @Test
  void aOneSentenceDutchArticleStaysDutch() {
    var languages =
        LanguageIdentifier.get()
            .identify(List.of("De minister is met de premier naar Brussel gegaan."));
    assertThat(languages.article()).isEqualTo("nl");
  }

  @Test
  void englishInCapitalsIsNotTakenForGerman() {
    var languages =
        LanguageIdentifier.get()
            .identify(
                List.of(
                    "WEATHER STATIONS IN THE NORTHERN WHEAT BELT MEASURED HEAVY SNOW OVER THE WEEKEND",
                    "The ministers met in Geneva on Friday."));
    assertThat(languages.article()).isEqualTo("en");
    assertThat(languages.paragraphs()).containsExactly("en", "en");
  }

  @Test
  void aForeignParagraphQuotingAnEnglishNameStaysForeign() {
    var languages =
        LanguageIdentifier.get()
            .identify(
                List.of(
                    "The ministers met in Geneva on Friday and agreed to continue their talks next week.",
                    "De minister zei dat the band op het podium stond en dat iedereen het concert goed vond.",
                    "Officials said the exercises would take place at the border with Poland and Lithuania in February."));
    assertThat(languages.paragraphs()).containsExactly("en", "nl", "en");
  }

  @Test
  void aVeryLongWordDoesNotStallLanguageDetection() {
    // Optimaize's e-mail filter backtracked over this word once per letter: hours, not a result.
    var languages = LanguageIdentifier.get().identify(List.of("a".repeat(200_000)));
    assertThat(languages.article()).isEqualTo("und");
  }

  @Test
  void overlongTokensAreLeftOutOfTheDetectorsText() {
    assertThat(LanguageIdentifier.withoutOverlongTokens("Talks in " + "x".repeat(150) + " Geneva"))
        .isEqualTo("Talks in   Geneva");
  }
}
