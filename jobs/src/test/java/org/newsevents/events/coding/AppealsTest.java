package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An appeal is one event from the one appealing to the one asked, on real CoreNLP parses and the
 * bundled dictionaries (issue 14).
 */
class AppealsTest {
  @Test
  void anAppealIsTheAppealersActNotTheAppealedAct() {
    assertThat(
            CodedSentences.codes(
                "The United States encouraged allies such as Germany to restrict Iran's flights."))
        .contains("USA -> DEU 020 asserted")
        .noneMatch(coded -> coded.startsWith("USA -> IRN 05"));
  }

  @Test
  void encouragingSomeoneWithoutAskingAnActIsStillPraise() {
    assertThat(CodedSentences.codes("Germany encouraged France."))
        .containsExactly("DEU -> FRA 051 asserted");
  }

  @Test
  void aFirstPersonSubjectInAQuotationIsItsSpeaker() {
    assertThat(CodedSentences.codes("\"We will send aid to Ukraine,\" Olaf Scholz said."))
        .containsExactly("DEUGOV -> UKR 033 asserted");
  }

  @Test
  void aLetterUrgingSomeoneToActIsItsSendersAppealNotASendingOfTroops() {
    assertThat(CodedSentences.codes("Germany sent a letter urging Russia to withdraw its troops."))
        .contains("DEU -> RUS 020 asserted")
        .noneMatch(coded -> coded.startsWith("DEU -> RUS 06"))
        .noneMatch(coded -> coded.startsWith("DEU -> RUS 04"));
  }

  @Test
  void anInvitationToTakePartInMeetingsOffersToMeet() {
    assertThat(
            CodedSentences.codes(
                "Jens Stoltenberg invited Russia to participate in a series of meetings."))
        .containsExactly("IGOWSTNAT -> RUS 036 asserted");
  }

  @Test
  void anInvitationToActIsStillAnAppeal() {
    assertThat(CodedSentences.codes("NATO invited Russia to withdraw its troops."))
        .contains("IGOWSTNAT -> RUS 020 asserted");
  }

  /** AllSides dev reading: "Russia wants the U.S. to return the compounds" was Russia's intent. */
  @Test
  void wantingAnotherToActDemandsItOfThem() {
    assertThat(CodedSentences.codes("Russia wants the United States to return the two compounds."))
        .containsExactly("RUS -> USA 100 asserted");
  }

  /**
   * "Germany demanded that Russia withdraw its troops" coded the withdrawal as done (0874,
   * asserted) and no demand: the "that" clause of a demand is asked of its subject, not done.
   */
  @Test
  void aDemandThatSomeoneActAsksThemAndLeavesTheActUndone() {
    assertThat(
            CodedSentences.codes("Germany demanded that Russia withdraw its troops from Ukraine."))
        .contains("DEU -> RUS 100 asserted")
        .noneMatch(coded -> coded.startsWith("RUS") && coded.endsWith("asserted"));
    assertThat(CodedSentences.codes("Germany urged that Russia should release the prisoners."))
        .contains("DEU -> RUS 020 asserted");
  }

  @Test
  void askingWhetherSomeoneActedIsAQuestionNotAnAppeal() {
    assertThat(CodedSentences.codes("Germany asked whether Russia had attacked Ukraine."))
        .noneMatch(coded -> coded.startsWith("DEU -> RUS 02"))
        .noneMatch(coded -> coded.endsWith("asserted"));
  }
}
