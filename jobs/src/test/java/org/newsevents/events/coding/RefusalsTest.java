package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A negated or declined yield is a refusal to yield (CAMEO 12x), asserted; made-up sentences on
 * real CoreNLP parses.
 */
class RefusalsTest {
  @Test
  void notAccedingToDemandsRefusesToYield() {
    // Issue 14: "did not accede to the protesters' demands" was a negated 080, no event.
    assertThat(
            CodedSentences.codes("Merkel did not accede to the demands of the Russian government."))
        .containsExactly("DEUELI -> RUSGOV 124 asserted");
  }

  @Test
  void refusingToAccedeToDemandsRefusesToYield() {
    assertThat(CodedSentences.codes("Merkel refused to accede to Russia's demands."))
        .containsExactly("DEUELI -> RUS 124 asserted");
  }

  @Test
  void refusingToReleasePersonsIsARefusalToReleaseThem() {
    assertThat(CodedSentences.codes("The Hong Kong government refused to release the protesters."))
        .extracting(
            c -> c.substring(0, c.indexOf(" ")) + c.substring(c.indexOf(" ", c.indexOf(">") + 2)))
        .containsExactly("HKGGOV 1243 asserted");
  }

  @Test
  void anActNotDoneWithNoDemandIsNoRefusal() {
    // "Russia did not withdraw its troops" reports what did not happen; no one asked.
    assertThat(CodedSentences.codes("Russia did not withdraw its troops from Ukraine."))
        .noneMatch(c -> c.contains(" 12"));
  }
}
