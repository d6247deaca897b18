package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A subjectless participle modifying a clause is done by that clause's subject, on real CoreNLP
 * parses and the bundled dictionaries (issue 14: "while visiting X, Y said" coded no visit).
 */
class ParticipialAdjunctsTest {
  @Test
  void aParticipleIsDoneByTheSubjectOfTheClauseItModifies() {
    assertThat(
            CodedSentences.codes(
                "While visiting Moscow on Monday, Olaf Scholz said that diplomacy is the only way"
                    + " out."))
        .contains("DEUGOV -> RUSGOV 042 asserted");
    assertThat(
            CodedSentences.codes(
                "After meeting Vladimir Putin on Monday, Olaf Scholz said that diplomacy is the"
                    + " only way out."))
        .contains("DEUGOV -> RUSGOV 040 asserted");
  }

  @Test
  void aParticipleOfAnActNotDoneOrStillAheadCodesNothing() {
    assertThat(
            CodedSentences.codes("Without consulting Germany, Emmanuel Macron announced the plan."))
        .noneMatch(coded -> coded.startsWith("FRAGOV -> DEU"));
    assertThat(
            CodedSentences.codes(
                "Olaf Scholz said that diplomacy is the only way out before meeting Vladimir"
                    + " Putin."))
        .noneMatch(coded -> coded.contains(" 04"));
  }

  @Test
  void aParticipleModifyingAnActorsNounIsThatActorsAct() {
    assertThat(
            CodedSentences.codes("Kurdish Peshmerga forces battling ISIS have retaken the town."))
        .anyMatch(code -> code.startsWith("IRQMIL -> IMGMUSISI 19"));
  }
}
