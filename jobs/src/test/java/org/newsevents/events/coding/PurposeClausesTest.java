package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Infinitives of purpose and habits, on real CoreNLP parses and the bundled dictionaries (issue 14:
 * purpose and habitual clauses coded as asserted).
 */
class PurposeClausesTest {
  @Test
  void anInfinitiveOfPurposeIsPlannedNotAsserted() {
    assertThat(
            CodedSentences.codes(
                "Angela Merkel travelled to Warsaw for talks and to meet with Polish soldiers."))
        .contains("DEUELI -> POLMIL 040 planned")
        .noneMatch(coded -> coded.equals("DEUELI -> POLMIL 040 asserted"));
  }

  @Test
  void aVerbThatImpliesItsComplementKeepsItAssertedAndCodesOnce() {
    assertThat(CodedSentences.codes("Germany managed to sign an agreement with Poland."))
        .containsExactly("DEU -> POL 057 asserted");
  }

  @Test
  void aHabitInTheSimplePresentIsNoEvent() {
    assertThat(
            CodedSentences.codes("The German ministers meet regularly to coordinate with Poland."))
        .noneMatch(coded -> coded.contains(" 040 "))
        .noneMatch(coded -> coded.endsWith("asserted"));
  }

  @Test
  void aRepeatedActInThePastStillHappened() {
    assertThat(CodedSentences.codes("Germany regularly shelled the Russian army."))
        .containsExactly("DEU -> RUSMIL 190 asserted");
  }
}
