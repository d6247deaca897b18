package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsevents.events.MentionStatus;

/**
 * Senses of a verb that the bare dictionary code misreads, and the status an offer gives the act
 * offered, on real CoreNLP parses and the bundled dictionaries (issue 14).
 */
class VerbSensesTest {
  @Test
  void releasingFootageIsNoReleaseOfPersons() {
    assertThat(CodedSentences.codes("Poland released footage of soldiers crossing the border."))
        .noneMatch(coded -> coded.contains(" 084 "));
  }

  @Test
  void annexingTerritoryIsOccupationNotSeizureOfProperty() {
    assertThat(CodedSentences.codes("Germany annexed the Polish region of Silesia."))
        .containsExactly("DEU -> null 192 asserted");
  }

  @Test
  void volunteeringToSendTroopsLeavesTheSendingPlanned() {
    assertThat(CodedSentences.mentions("Emmanuel Macron volunteered to send soldiers to Poland."))
        .filteredOn(mention -> mention.verb().equals("send"))
        .isNotEmpty()
        .allMatch(mention -> mention.status() == MentionStatus.PLANNED);
  }

  @Test
  void deployingTroopsIsAForcePostureNotMilitaryCooperation() {
    assertThat(CodedSentences.codes("Germany deployed troops to Lithuania."))
        .containsExactly("DEU -> LTU 154 asserted");
  }

  @Test
  void sendingMilitaryAdvisersIsStillMilitaryAid() {
    assertThat(CodedSentences.codes("Germany sent military advisors to Lithuania."))
        .containsExactly("DEU -> LTU 072 asserted");
  }

  @Test
  void preparingAResponseStatesNoIntentToCooperate() {
    assertThat(CodedSentences.codes("Poland was preparing a response to German naval exercises."))
        .isEmpty();
  }
}
