package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Acts the subject receives ("received an invitation"): the giver's act on the receiver, on real
 * CoreNLP parses and the bundled dictionaries (issue 14: verb senses).
 */
class ReceivedActsTest {
  @Test
  void aReceivedInvitationIsTheInvitersActOnTheReceiver() {
    assertThat(CodedSentences.codes("Germany received an invitation from Poland."))
        .containsExactly("POL -> DEU 026 asserted");
  }

  @Test
  void aReceivedInvitationWithNoInviterNamedIsNoEvent() {
    assertThat(
            CodedSentences.codes(
                "Germany received an invitation for consultations between France and Poland."))
        .isEmpty();
  }

  @Test
  void regressionWeaponsReceivedFromAGiverAreTheGiversMilitaryAidToTheReceiver() {
    assertThat(CodedSentences.codes("Georgian rebels received weapons from Armenia."))
        .anyMatch(code -> code.startsWith("ARM -> ") && code.endsWith(" 072 asserted"))
        .noneMatch(code -> code.startsWith("GEO"));
    assertThat(CodedSentences.codes("Moldova got weapons from Romania."))
        .contains("ROU -> MDA 072 asserted");
  }
}
