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
}
