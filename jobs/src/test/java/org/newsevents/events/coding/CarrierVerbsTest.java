package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsevents.events.EventMention;

/**
 * Verbs that carry the act of the verb they govern ("is going to", "began", "started"), on real
 * CoreNLP parses and the bundled dictionaries (issue 14: one clause coded twice).
 */
class CarrierVerbsTest {
  @Test
  void beGoingToIsTheFutureOfTheActNotATrip() {
    assertThat(CodedSentences.codes("France is going to supply the Polish army with weapons."))
        .noneMatch(coded -> coded.contains(" 040 "))
        .anyMatch(coded -> coded.startsWith("FRA -> POLMIL 072 planned"));
  }

  @Test
  void anAspectVerbGivesWayToTheCodedActItCarries() {
    assertThat(
            CodedSentences.mentions("Germany began sending troops to Poland for joint exercises."))
        .isNotEmpty()
        .allMatch(mention -> mention.verb().equals("send"));
  }

  @Test
  void anAspectVerbStillCodesWordsItsComplementHasNoPatternFor() {
    assertThat(
            CodedSentences.mentions("Moscow began to organize joint military exercises in Minsk.")
                .stream()
                .map(EventMention::eventCode))
        .contains("062");
  }

  /**
   * Dev half, batch 3: "started attacking" was coded twice, on "start * attack" and on "attack".
   */
  @Test
  void regressionAnAspectVerbWhosePatternNamesItsComplementsActCodesItOnce() {
    assertThat(
            CodedSentences.mentions(
                    "In Britain, Russian soldiers reportedly started attacking people there.")
                .stream()
                .map(EventMention::verb))
        .containsExactly("attack");
  }
}
