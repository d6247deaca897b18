package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Meetings, talks, calls and visits named by a noun (issue 14's nominal events), on real CoreNLP
 * parses and the bundled dictionaries; made-up sentences.
 */
class NominalEventsTest {
  @Test
  void aMeetingThatDatesTheClauseWasHeldByItsSubjectWithTheWithPhrase() {
    assertThat(
            CodedSentences.codes(
                "After a meeting with Emmanuel Macron, Olaf Scholz said that Europe was united."))
        .contains("DEUGOV -> FRAGOV 040 asserted");
  }

  @Test
  void talksAfterWhichTheSubjectSpokeAreNegotiationsWithTheOtherParty() {
    assertThat(
            CodedSentences.codes(
                "Olaf Scholz spoke to reporters in Berlin after his talks with Emmanuel Macron."))
        .contains("DEUGOV -> FRAGOV 046 asserted");
  }

  @Test
  void aTelephoneCallDuringWhichTheSubjectActedIsATalkOnTheTelephone() {
    assertThat(
            CodedSentences.codes(
                "Olaf Scholz praised the deal during a telephone call with Emmanuel Macron."))
        .contains("DEUGOV -> FRAGOV 041 asserted");
  }

  @Test
  void aPossessorsTripToACountryDatingTheClauseIsAVisitOfIt() {
    assertThat(
            CodedSentences.codes(
                "Following Olaf Scholz's trip to Poland, the two governments said little."))
        .contains("DEUGOV -> POL 042 asserted");
  }

  @Test
  void talksBetweenTwoPartiesAsASubjectAreNegotiationsBetweenThem() {
    assertThat(CodedSentences.codes("Talks between Serbia and Croatia resumed in Brussels."))
        .contains("SRB -> HRV 046 asserted");
  }

  @Test
  void aMeetingAheadOfWhichTheClauseHappensIsPlanned() {
    assertThat(
            CodedSentences.codes(
                "Olaf Scholz spoke to reporters ahead of a meeting with Emmanuel Macron."))
        .contains("DEUGOV -> FRAGOV 040 planned");
  }

  @Test
  void aCallMerelyMentionedIsNoEvent() {
    assertThat(
            CodedSentences.codes(
                "Details emerged about Olaf Scholz's call with Emmanuel Macron on Friday."))
        .noneMatch(coded -> coded.contains(" 041 "));
  }

  @Test
  void aMeetingSomeoneArrangedIsNotAMeetingHeld() {
    assertThat(
            CodedSentences.codes(
                "The aide tried to arrange a meeting between Olaf Scholz and Emmanuel Macron."))
        .noneMatch(coded -> coded.contains(" 040 "));
  }

  @Test
  void anInterviewWithAnOutletIsNoMeeting() {
    assertThat(
            CodedSentences.codes(
                "In a telephone interview with CNN, Olaf Scholz criticised Russia."))
        .noneMatch(coded -> coded.contains(" 041 "));
  }

  @Test
  void talksNamedByAHyphenatedPairOfCountriesAreNegotiationsBetweenThem() {
    assertThat(CodedSentences.codes("US-Iran talks resumed in Vienna on Monday."))
        .contains("USA -> IRN 046 asserted");
  }

  @Test
  void aHostileActNamedByTheSubjectOfItsClauseIsCodedFromItsModifierAndItsOnPhrase() {
    // Issue 14 item 4: "the attack on X by Y", "sanctions against X" were not coded.
    assertThat(CodedSentences.codes("US sanctions on Iran have crippled its economy."))
        .containsExactly("USA -> IRN 163 asserted");
    assertThat(
            CodedSentences.codes(
                "After Russia's invasion of Ukraine, the German government sent weapons to Kyiv."))
        .contains("RUS -> UKR 190 asserted");
  }

  @Test
  void anAirStrikeFallsOnWhomItsVerbHarmed() {
    assertThat(CodedSentences.codes("Israeli air strikes killed a commander of Hamas on Tuesday."))
        .containsExactly("ISR -> PSEREBHMS 195 asserted");
  }

  @Test
  void aHostileActOnlyFearedOrForeseenIsNoAssertedEvent() {
    assertThat(CodedSentences.codes("A Russian invasion of Ukraine would be catastrophic."))
        .doesNotContain("RUS -> UKR 190 asserted");
    assertThat(CodedSentences.codes("Fears of a Russian attack on Ukraine grew in Kyiv."))
        .doesNotContain("RUS -> UKR 190 asserted");
  }

  @Test
  void regressionTheCountryOfSanctionsIsNoPartyOfTheVerbTheyGovern() {
    // "Siluanov said the new U.S. sanctions were unpleasant" was coded 163 from Russia to the US.
    assertThat(
            CodedSentences.codes(
                "Anton Siluanov said the new U.S. sanctions were unpleasant but not fatal."))
        .noneMatch(code -> code.contains("-> USA"));
  }

  @Test
  void aWorkersStrikeIsNoAttack() {
    assertThat(CodedSentences.codes("A strike by Iranian workers hit the oil industry."))
        .noneMatch(code -> code.contains(" 19"));
  }

  /** Stop 27: a meeting its owner's name opens was coded only when it dated another clause. */
  @Test
  void aMeetingThatIsTheSubjectOfItsClauseIsItsOwnersMeeting() {
    assertThat(CodedSentences.codes("Putin's meeting with Erdogan lasted three hours."))
        .containsExactly("RUSGOV -> TURGOV 040 asserted");
    assertThat(CodedSentences.codes("Details emerged about Putin's call with Erdogan.")).isEmpty();
  }

  @Test
  void fightingBetweenTwoPartiesAsASubjectIsAFightBetweenThem() {
    assertThat(
            CodedSentences.codes(
                "Heavy fighting between Georgian forces and Russian troops continued near the"
                    + " river."))
        .contains("GEOMIL -> RUSMIL 190 asserted");
  }

  @Test
  void clashesBetweenTwoPartiesThatEruptedAreAFightBetweenThem() {
    assertThat(
            CodedSentences.codes(
                "Clashes between Moldovan police and Russian soldiers erupted on Friday."))
        .anyMatch(code -> code.endsWith(" 190 asserted") && code.contains("MDA"));
  }

  @Test
  void fightingOnlyFearedOrCalledOffIsNoFight() {
    assertThat(
            CodedSentences.codes(
                "There were fears of clashes between Serbian police and Albanian soldiers."))
        .noneMatch(code -> code.contains(" 190 "));
  }

  @Test
  void actsCountedByTheirNounAreCarriedOutOnTheTargetOfEitherNoun() {
    assertThat(CodedSentences.codes("Russia launched a wave of airstrikes on Georgia."))
        .contains("RUS -> GEO 195 asserted");
    assertThat(CodedSentences.codes("The Taliban staged a series of attacks on Afghan troops."))
        .contains("AFGREB -> AFGMIL 190 asserted");
  }
}
