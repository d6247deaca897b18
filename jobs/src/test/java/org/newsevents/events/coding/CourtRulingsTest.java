package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.events.coding.CodedSentences.codes;

import org.junit.jupiter.api.Test;

/**
 * A court's ruling that an actor's act is unlawful is 115 from the court to that actor, on real
 * CoreNLP parses and the bundled dictionaries (issue 14).
 */
class CourtRulingsTest {
  @Test
  void aCourtRulingThatAnActorsActWasUnlawfulIsARulingAgainstThatActor() {
    assertThat(codes("The Supreme Court ruled that the Prime Minister's decision was unlawful."))
        .containsExactly("---JUD -> ---GOV 115 asserted");
  }

  @Test
  void aCourtFindingAnActorsActToBeVoidIsARulingAgainstThatActor() {
    assertThat(codes("The court found the government's order to be void."))
        .containsExactly("---JUD -> ---GOV 115 asserted");
  }

  @Test
  void aRulingThatUpholdsAnActIsNoEvent() {
    assertThat(codes("The court ruled on Tuesday that the election of the president was valid."))
        .isEmpty();
  }

  @Test
  void someoneOtherThanACourtCallingAnActIllegalIsNoRuling() {
    assertThat(
            codes("The government of Ukraine concluded that the decision of Russia was illegal."))
        .noneMatch(coded -> coded.contains(" 115 "));
  }
}
