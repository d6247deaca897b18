package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Denials of an act or a charge (CAMEO 016) on real CoreNLP parses; made-up sentences. */
class DenialsTest {
  @Test
  void denyingPreparingAnAttackDeniesResponsibilityWithoutATarget() {
    assertThat(CodedSentences.codes("The Kremlin denies preparing an attack on Georgia."))
        .contains("RUSGOV -> null 016 asserted");
  }

  @Test
  void denyingAClauseDeniesResponsibilityAndTheDeniedActIsNoAssertedEvent() {
    assertThat(CodedSentences.codes("The Kremlin denied that it was planning to attack Georgia."))
        .contains("RUSGOV -> null 016 asserted")
        .noneMatch(coded -> coded.contains(" 19") && coded.endsWith("asserted"));
  }

  @Test
  void denyingTheAccusationsDeniesResponsibility() {
    assertThat(CodedSentences.codes("The Kremlin denied the accusations on Monday."))
        .contains("RUSGOV -> null 016 asserted");
  }

  @Test
  void denyingSomeoneAVisaIsNoDenialOfResponsibility() {
    assertThat(CodedSentences.codes("The Kremlin denied the British journalist a visa."))
        .noneMatch(coded -> coded.contains(" 016 "));
  }
}
