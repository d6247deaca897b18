package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Bare verbs whose clause tells their sense from the one the CAMEO dictionary's bare code assumes
 * ({@link BareVerbSenses}), on real CoreNLP parses and the bundled dictionaries. Each case was seen
 * coded the dictionary's way in the 10k bench corpus (issue 14, item 8).
 */
class BareVerbSensesTest {
  /** "Mr Trump defended Saudi Crown Prince Mohammed bin Salman" was coded 074, armed protection. */
  @Test
  void aVisitorWelcomedToOrAtAPlaceIsHosted() {
    assertThat(CodedSentences.codes("Vladimir Putin welcomed Recep Tayyip Erdogan to the Kremlin."))
        .singleElement()
        .satisfies(coded -> assertThat(coded).endsWith(" 043 asserted"));
    assertThat(CodedSentences.codes("Vladimir Putin welcomed Erdogan's proposal in a statement."))
        .singleElement()
        .satisfies(coded -> assertThat(coded).endsWith(" 051 asserted"));
  }

  @Test
  void aGovernmentWarningItsOwnPeopleAdvisesThem() {
    // Unseen AllSides news (stop 25's check): a travel warning had been coded a threat (130).
    // Americans are the country's people (stop 28), no longer the United States as a whole.
    assertThat(
            CodedSentences.codes(
                "The State Department warned Americans not to travel to Iraq on Monday."))
        .contains("USAGOV -> USACVL 020 asserted")
        .noneMatch(coded -> coded.contains(" 130 "));
    assertThat(CodedSentences.codes("The United States warned Russia not to invade Ukraine."))
        .anyMatch(coded -> coded.startsWith("USA -> RUS 13"));
  }

  @Test
  void aPoliticianDefendingSomeoneDefendsVerbally() {
    assertThat(CodedSentences.codes("Emmanuel Macron defended Olaf Scholz on Monday."))
        .containsExactly("FRAGOV -> DEUGOV 052 asserted");
  }

  @Test
  void troopsDefendingAgainstSomeoneStillProtectByForce() {
    assertThat(CodedSentences.codes("Russian troops defended Belarus against Poland."))
        .anyMatch(coded -> coded.contains(" 074 "))
        .noneMatch(coded -> coded.contains(" 052 "));
  }

  /** "Ireland have beaten Wales in four of their last five meetings" was coded 182, an assault. */
  @Test
  void beatingATeamOrARivalIsNoAssault() {
    assertThat(CodedSentences.codes("Ireland have beaten Wales in the final.")).isEmpty();
    assertThat(CodedSentences.codes("France beat Germany 33-15 on Saturday.")).isEmpty();
  }

  @Test
  void policeBeatingProtestersIsStillAnAssault() {
    assertThat(CodedSentences.codes("German police beat Polish protesters on Sunday."))
        .anyMatch(coded -> coded.contains(" 182 "));
    // "point" as in "at one point" is no contest's point
    assertThat(CodedSentences.codes("At one point German police beat Polish protesters."))
        .anyMatch(coded -> coded.contains(" 182 "));
  }

  /**
   * "The Liberal Democrats have warned Labour they were in danger of pandering to prejudice" was
   * coded a threat (130): a warning no coercion backs is a pessimistic comment (012).
   */
  @Test
  void aWarningWithoutCoercionIsNoThreat() {
    assertThat(CodedSentences.codes("Germany warned Poland that the economy could collapse."))
        .containsExactly("DEU -> POL 012 asserted");
  }

  @Test
  void aWarningOfRetaliationOrAgainstAnActIsAThreat() {
    assertThat(CodedSentences.codes("Germany warned Poland of retaliation."))
        .allMatch(coded -> coded.contains(" 13"))
        .isNotEmpty();
    // AllSides check: "Obama warned Assad against using chemical weapons", "against" parsed as dep
    assertThat(
            CodedSentences.codes(
                "In 2012, Germany warned Poland against using its stockpile of chemical weapons."))
        .allMatch(coded -> coded.contains(" 13"))
        .isNotEmpty();
    assertThat(CodedSentences.codes("Germany warned Poland against moving troops."))
        .allMatch(coded -> coded.contains(" 13"))
        .isNotEmpty();
  }

  /** "Putin wants to defeat Clinton" was coded an intent to cooperate (030). */
  @Test
  void wantingToHarmSomeoneIsNoIntentToCooperate() {
    assertThat(CodedSentences.codes("Vladimir Putin wants to defeat Germany."))
        .noneMatch(coded -> coded.contains(" 03"))
        .noneMatch(coded -> coded.endsWith("asserted"));
  }

  @Test
  void wantingToMeetSomeoneIsAnIntentToMeet() {
    assertThat(CodedSentences.codes("Olaf Scholz wants to meet Emmanuel Macron."))
        .containsExactly("DEUGOV -> FRAGOV 036 asserted");
  }

  /** Wanting someone else to act stays a demand (100), not the other's intent. */
  @Test
  void wantingSomeoneElseToActIsStillADemand() {
    assertThat(CodedSentences.codes("Germany wants Poland to lift the blockade."))
        .contains("DEU -> POL 100 asserted")
        .noneMatch(coded -> coded.startsWith("POL") && coded.endsWith("asserted"));
  }

  /**
   * "Schroeder and Chirac have repeatedly called for the embargo to be lifted" was coded a
   * telephone call (041) from one to the other.
   */
  @Test
  void callingWithNoOneCalledIsNoTelephoneCall() {
    assertThat(CodedSentences.codes("Olaf Scholz and Emmanuel Macron called for the embargo."))
        .noneMatch(coded -> coded.contains(" 041 "));
    assertThat(CodedSentences.codes("Olaf Scholz called Emmanuel Macron on Friday."))
        .containsExactly("DEUGOV -> FRAGOV 041 asserted");
  }

  /** "Obama called Netanyahu to discuss the deal" was read as a name given (stop 29). */
  @Test
  void callingSomeoneToDoSomethingIsATelephoneCall() {
    assertThat(CodedSentences.codes("Olaf Scholz called Emmanuel Macron to discuss the deal."))
        .contains("DEUGOV -> FRAGOV 041 asserted");
  }

  /** "The regime called Vice President Mike Pence a dummy" was coded a telephone call (041). */
  @Test
  void callingSomeoneANameIsNoTelephoneCall() {
    assertThat(CodedSentences.codes("Russia called Olaf Scholz a dummy."))
        .noneMatch(coded -> coded.contains(" 041 "));
  }

  /** "He wants to meet Kim Jong Un" matched the pattern "want * &pko", UN peacekeepers. */
  @Test
  void aWordOfAPersonsNameIsNoPatternWord() {
    assertThat(CodedSentences.codes("Donald Trump wants to meet Kim Jong Un."))
        .noneMatch(coded -> coded.contains(" 0234 "));
  }

  /**
   * "Knapp predicts Biden defeats Trump with an electoral count of 319" was coded a fight (190).
   */
  @Test
  void defeatingARivalInAnElectionIsNoFight() {
    assertThat(CodedSentences.codes("Olaf Scholz defeated Armin Laschet in the election."))
        .isEmpty();
    // a country defeated is so in war
    assertThat(CodedSentences.codes("Russia defeated Georgia in 2008."))
        .anyMatch(coded -> coded.startsWith("RUS -> GEO 19"));
  }

  /** "Saudi Arabia was planning to burn Lebanon" kept plan's own intent to cooperate (030). */
  @Test
  void committingToHarmIsNoIntentToCooperate() {
    assertThat(CodedSentences.codes("Russia has promised to invade Ukraine."))
        .noneMatch(coded -> coded.contains(" 03"))
        .anyMatch(coded -> coded.contains(" 192 planned"));
  }

  /** "Canada is charging massive tariffs to our U.S. farmers" was coded an accusation (112). */
  @Test
  void chargingAPriceIsNoAccusation() {
    assertThat(CodedSentences.codes("Germany is charging massive tariffs to Polish farmers."))
        .isEmpty();
    assertThat(CodedSentences.codes("German police charged Polish activists on Monday."))
        .containsExactly("DEUCOP -> POLOPP 115 asserted");
  }

  /**
   * "GRCOPP", the Greek opposition, holds the letters "COP" across its country and sector: read as
   * a substring it made the opposition's charges police charges (115).
   */
  @Test
  void regressionTheGreekOppositionIsNoPoliceForItsCharges() {
    assertThat(CodedSentences.codes("Greek opposition leaders charged the German government."))
        .containsExactly("GRCOPP -> DEUGOV 112 asserted");
  }

  /** Stop 28: the bare "capture" (171, seize property) took a person and a territory. */
  @Test
  void capturingAPersonDetainsAndCapturingTerritoryOccupies() {
    assertThat(CodedSentences.codes("Turkish intelligence captured him in Kenya in 1999."))
        .allMatch(coded -> !coded.contains(" 171 "));
    assertThat(CodedSentences.codes("Islamic State captured two Iraqi soldiers in Mosul."))
        .allMatch(coded -> !coded.contains(" 171 "));
    assertThat(CodedSentences.codes("Israel captured the West Bank in the 1967 war."))
        .containsExactly("ISR -> PSE 192 asserted");
  }

  /** Stop 28: "Nikki Haley blasted the Russians" was coded force (190). */
  @Test
  void aPoliticianBlastingSomeoneCriticisesButJetsBlastingAPlaceStrike() {
    assertThat(CodedSentences.codes("Lavrov blasted the United States on Monday."))
        .containsExactly("RUSGOV -> USA 111 asserted");
    assertThat(CodedSentences.codes("Israeli jets blasted Hamas positions in Gaza."))
        .noneMatch(coded -> coded.contains(" 111 "));
  }
}
