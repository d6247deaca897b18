package org.newsevents.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;

/** Troop and equipment numbers, on real CoreNLP parses. */
class QuantityExtractorTest {
  private static List<Quantity> quantities(String text) {
    Sentence sentence =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of(text),
                List.of(0),
                LocalDate.of(2022, 1, 19),
                SentenceTriage.properNounAndVerb())
            .sentences()
            .get(0);
    return QuantityExtractor.extract(sentence);
  }

  @Test
  void readsDigitsWithThousandsSeparators() {
    assertThat(
            quantities("The Russians would have contracted about 100,000 soldiers near Ukraine."))
        .containsExactly(new Quantity(100_000, "soldier", "100,000 soldiers"));
  }

  @Test
  void readsCoordinatedQuantities() {
    assertThat(
            quantities(
                "Russia announced naval drills involving more than 140 vessels and 60 aircraft."))
        .extracting(Quantity::value, Quantity::unit)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(140L, "vessel"),
            org.assertj.core.groups.Tuple.tuple(60L, "aircraft"));
  }

  @Test
  void readsNumberWords() {
    assertThat(
            quantities(
                "Fomin said two S-400 surface-to-air systems and 12 Su-35 fighters will be deployed."))
        .extracting(Quantity::value, Quantity::unit)
        .contains(
            org.assertj.core.groups.Tuple.tuple(2L, "system"),
            org.assertj.core.groups.Tuple.tuple(12L, "fighter"));
  }

  @Test
  void leavesDatesAndVagueAmountsOut() {
    assertThat(quantities("Tens of thousands of troops arrived in Belarus on February 10, 2022."))
        .isEmpty();
  }
}
