package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Phrases that name an actor the verb does not act on, on real CoreNLP parses and the bundled
 * dictionaries (issue 14).
 */
class NonTargetsTest {
  @Test
  void anOutletTheStatementIsGivenToIsTheChannelNotTheAddressee() {
    assertThat(CodedSentences.codes("Vladimir Putin told CNN Philippines that the talks failed."))
        .noneMatch(coded -> coded.startsWith("RUSGOV -> PHL"));
  }

  @Test
  void regressionTheOneToldIsTheObjectNotAnOwnerInsideIt() {
    // Issue 14: "Duda told local media Adamowicz's heart was restarted" was Duda -> Adamowicz 010:
    // the parser made "heart" the object of "told", and its owner became the addressee.
    assertThat(
            CodedSentences.codes(
                "Andrzej Duda told local media Olaf Scholz's heart was restarted by doctors."))
        .isEmpty();
    assertThat(CodedSentences.codes("Andrzej Duda informed Olaf Scholz of the decision."))
        .containsExactly("POLGOV -> DEUGOV 010 asserted");
  }

  @Test
  void theHostOfAnOccasionTheActHappensAtIsNotItsTarget() {
    assertThat(
            CodedSentences.codes(
                "At the Democratic Party's debate, Joe Biden announced his plan to visit Ohio."))
        .noneMatch(coded -> coded.contains("-> ---PTY"));
  }

  /**
   * News audit B: "Trump defended his decision to pull U.S. troops from northern Syria" was aimed
   * at the troops, through the infinitive of the decision.
   */
  @Test
  void aDecisionsInfinitiveNamesNoTargetOfWhatIsDoneAboutTheDecision() {
    assertThat(
            CodedSentences.codes(
                "Olaf Scholz defended his decision to send German troops to Poland."))
        .noneMatch(coded -> coded.contains(" 052 ") && !coded.contains("-> null "));
  }

  @Test
  void anAgreementsInfinitiveStillNamesItsCounterpart() {
    assertThat(CodedSentences.codes("Germany signed an accord to supply Poland with gas."))
        .anyMatch(coded -> coded.startsWith("DEU -> POL "));
  }

  @Test
  void anActOnItselfIsNoInteraction() {
    assertThat(CodedSentences.codes("The government of Germany investigated itself.")).isEmpty();
  }

  @Test
  void anActOnSomeoneElseIsStillCoded() {
    assertThat(CodedSentences.codes("The government of Germany investigated Russia."))
        .containsExactly("DEUGOV -> RUS 090 asserted");
  }

  @Test
  void anOutletCallingTheElectionForACandidateProjectsTheWinnerAndIsNoEvent() {
    assertThat(
            CodedSentences.codes(
                "The Associated Press called the election for Joe Biden on Saturday."))
        .isEmpty();
  }

  @Test
  void callingSomethingANameOrAQualityIsALabelNotAPhoneCall() {
    assertThat(
            CodedSentences.codes(
                "The Speaker called the President's conduct a violation of his oath on Monday."))
        .noneMatch(coded -> coded.contains(" 04"));
    assertThat(
            CodedSentences.codes(
                "Vladimir Putin called the sanctions of the European Union illegal."))
        .noneMatch(coded -> coded.contains(" 04"));
  }

  @Test
  void aLegalTextAsSubjectStatesARuleAndItsOwnerDoesNotAct() {
    assertThat(
            CodedSentences.codes(
                "Russia's constitution prohibits the extradition of its citizens to Germany."))
        .isEmpty();
    assertThat(CodedSentences.codes("Russia prohibits the extradition of its citizens to Germany."))
        .isNotEmpty();
  }

  @Test
  void callingOnSomeoneToActIsStillAnAppeal() {
    assertThat(CodedSentences.codes("The European Union called on Russia to withdraw its troops."))
        .anyMatch(
            coded ->
                coded.startsWith("IGOEUREEC -> RUS 02") || coded.startsWith("IGOEUREEC -> RUS 10"));
  }

  @Test
  void callingSomeoneIsStillAPhoneCall() {
    assertThat(CodedSentences.codes("Vladimir Putin called Joe Biden on Saturday."))
        .containsExactly("RUSGOV -> USAGOV 041 asserted");
  }

  @Test
  void aFrontedForPhraseIsWhatTheNewsIsAboutNotTheTarget() {
    assertThat(
            CodedSentences.codes(
                "For the Russian Foreign Ministry, Olaf Scholz joined the talks in Berlin."))
        .noneMatch(coded -> coded.contains("-> RUSGOV"));
  }

  @Test
  void thePartiesOfAHyphenatedAgreementAreNoTargetsOfACommentOnIt() {
    // Issue 15: "He commented on the Turkish-Libyan maritime border agreement" is about the
    // agreement; the countries are its parties, read only where a symmetric act needs both.
    assertThat(
            CodedSentences.codes(
                "Olaf Scholz commented on the Turkish-Libyan maritime border agreement."))
        .noneMatch(coded -> coded.contains("-> TUR") || coded.contains("-> LBY"));
  }

  /**
   * Unseen AllSides news: "told reporters at the White House" was a statement to the US government,
   * and "Speaking on the Senate floor" one to the Senate: where words are said is no one they are
   * said to.
   */
  @Test
  void theBuildingWordsAreSpokenInIsNotTheirAddressee() {
    assertThat(
            CodedSentences.codes(
                "Olaf Scholz told reporters at the Kremlin that he was disappointed."))
        .isEmpty();
    assertThat(
            CodedSentences.codes(
                "Speaking on the Bundestag floor, Olaf Scholz urged Poland to act."))
        .containsExactly("DEUGOV -> POL 020 asserted");
  }

  /** "Told Netanyahu" names the one addressed, as "told the BBC" names the outlet used. */
  @Test
  void aPersonToldIsTheAddresseeNotACitedSource() {
    assertThat(CodedSentences.codes("Olaf Scholz told Emmanuel Macron that he was disappointed."))
        .containsExactly("DEUGOV -> FRAGOV 010 asserted");
  }

  @Test
  void regressionTheSubjectOfAReportedClauseIsNotAddressed() {
    // Wikinews dev: "Pelosi also mentioned the House will appoint impeachment managers" was
    // Pelosi -> the House 010: the parser made "the House" the object of "mentioned".
    assertThat(
            CodedSentences.codes(
                "Nancy Pelosi also mentioned the Senate will appoint as yet unnamed managers to"
                    + " run the trial."))
        .noneMatch(coded -> coded.contains("-> USAGOVLEG 01"));
  }

  /**
   * Stop 28: "We will discuss Libya, Syria, Ukraine, North Korea, and Iran" gave five targets (an
   * AllSides article): the object of "discuss" is the topic, the partner is "with".
   */
  @Test
  void regressionWhatIsDiscussedIsTheTopicNotThePartner() {
    assertThat(CodedSentences.codes("Vladimir Putin discussed Syria with Erdogan on Monday."))
        .containsExactly("RUSGOV -> TURGOV 040 asserted");
    assertThat(CodedSentences.codes("Emmanuel Macron discussed Libya and Syria on Monday."))
        .noneMatch(coded -> coded.contains("-> LBY") || coded.contains("-> SYR"));
  }
}
