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

  /** Unseen Wikinews: "Stevens retired from the court in 2010" was coded a military retreat. */
  @Test
  void retiringFromAnOfficeIsNoMilitaryRetreat() {
    assertThat(
            CodedSentences.codes(
                "President Marsh of Germany named a new judge. Judge Holt retired from the"
                    + " German court in 2010."))
        .noneMatch(coded -> coded.contains(" 08"));
  }

  /**
   * Unseen Wikinews: "competed for the role against Jeremy Hunt" was coded a disapproval (110), and
   * "delegates allocated" cooperation (060): generic verbs code only with a pattern.
   */
  @Test
  void competingAndAllocatingCodeNothingWithoutAPattern() {
    assertThat(CodedSentences.codes("Boris Johnson competed against Germany for the role."))
        .isEmpty();
    assertThat(CodedSentences.codes("Germany allocated the seats to Poland.")).isEmpty();
    assertThat(CodedSentences.codes("Germany allocated aid to Poland."))
        .containsExactly("DEU -> POL 073 asserted");
  }

  /**
   * Unseen Wikinews: "the agreement goes against the United Nations" and "he is going to boarding
   * school in the UK" were coded meetings (040), "The White House refers to the president's office"
   * a statement (010): generic verbs code only with a pattern.
   */
  @Test
  void goingAndReferringCodeNothingWithoutAPattern() {
    assertThat(CodedSentences.codes("Germany goes against Poland.")).isEmpty();
    assertThat(
            CodedSentences.codes("The White House refers to the office of the American president."))
        .isEmpty();
    assertThat(CodedSentences.codes("Germany went to Poland."))
        .containsExactly("DEU -> POL 042 asserted");
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

  /** News audit A: "insisted the squabbles were not a problem" was coded a demand (100). */
  @Test
  void insistingThatSomethingIsSoDemandsNothingButInsistingOnAnActDoes() {
    assertThat(
            CodedSentences.codes(
                "The German chancellor insisted Poland will have a key role in the talks."))
        .noneMatch(coded -> coded.contains(" 10"));
    assertThat(CodedSentences.codes("Germany insisted on a withdrawal by Poland."))
        .anyMatch(coded -> coded.startsWith("DEU -> POL 10"));
  }

  /**
   * News audit A: bare verbs whose CAMEO.2.0 block gave them a code though they name no act between
   * actors ("began to fill the void", "had left Germany for Sweden", "linked the decision to
   * remarks", "slow to recognize the threat", "hoped to meet").
   */
  @Test
  void genericVerbsWithoutTheirPatternCodeNothing() {
    assertThat(CodedSentences.codes("Russia began to fill the void left by Germany in Syria."))
        .isEmpty();
    assertThat(CodedSentences.codes("The German minister left Poland for Sweden on Monday."))
        .isEmpty();
    assertThat(CodedSentences.codes("Germany linked the decision to remarks by Polish officials."))
        .isEmpty();
    assertThat(CodedSentences.codes("Germany was slow to recognize the threat posed by Russia."))
        .isEmpty();
  }

  /**
   * News audit B: bare verbs of CAMEO.2.0's ALLOW, CONSIDER, DEMAND, ARM and VERBAL_CONFLICT blocks
   * gave codes to sentences that tell no act between actors ("Obama authorized airstrikes", "what
   * Mueller thinks about Trump", "the US needed to rein in Saudi Arabia", "argued his actions would
   * be bad for Russia").
   */
  @Test
  void authorisingThinkingNeedingAndArguingWithoutTheirPatternCodeNothing() {
    assertThat(CodedSentences.codes("Obama authorized airstrikes in Iraq.")).isEmpty();
    assertThat(CodedSentences.codes("Germany allowed the group to maintain its strength."))
        .isEmpty();
    assertThat(CodedSentences.codes("It does not matter what Germany thinks about Poland."))
        .isEmpty();
    assertThat(CodedSentences.codes("Germany needed to rein in Poland.")).isEmpty();
    assertThat(CodedSentences.codes("Germany argued its actions would be bad for Poland."))
        .isEmpty();
  }

  /** News audit B: "fired chemical weapons at Syrian rebels" was coded 190, conventional force. */
  @Test
  void usingChemicalWeaponsIsTheUseOfUnconventionalWeapons() {
    assertThat(CodedSentences.codes("Syria fired chemical weapons at Turkey."))
        .anyMatch(coded -> coded.contains(" 2041 "))
        .noneMatch(coded -> coded.contains(" 190 "));
    assertThat(CodedSentences.codes("Syria used chemical weapons against Turkey."))
        .anyMatch(coded -> coded.contains(" 2041 "));
  }

  /**
   * Unseen AllSides news on the Middle East: "acknowledged that the militants advanced" was coded a
   * claim of responsibility (015), "joined the administration" a meeting (040), "paid the bills"
   * economic cooperation (061), "pulled out of the deal" a seizure (171), "failed to broker" a
   * rejection (120; the act that failed is negated): generic verbs code only with a pattern.
   */
  @Test
  void admittingJoiningPayingPullingAndFailingCodeNothingWithoutAPattern() {
    assertThat(CodedSentences.codes("Germany acknowledged that Poland advanced quickly."))
        .isEmpty();
    assertThat(CodedSentences.codes("Angela Merkel joined the Polish government in April."))
        .isEmpty();
    assertThat(CodedSentences.codes("Germany paid the bills of Poland.")).isEmpty();
    assertThat(CodedSentences.codes("Germany pulled out of the treaty with Poland."))
        .noneMatch(coded -> coded.contains(" 171 "));
    assertThat(CodedSentences.codes("Germany failed to broker a deal with Poland."))
        .containsExactly("DEU -> POL 045 negated");
  }

  /** Two ministers who "agreed to join each other" agreed to meet, whatever the bare verb codes. */
  @Test
  void agreeingToJoinEachOtherIsAnIntentToMeet() {
    assertThat(
            CodedSentences.codes(
                "Olaf Scholz and Emmanuel Macron agreed to join each other again next week."))
        .anyMatch(coded -> coded.contains(" 036 "));
  }

  /** Echoing someone's words expresses accord with them (019), not a bare statement (010). */
  @Test
  void echoingAnActorsWordsExpressesAccord() {
    assertThat(CodedSentences.codes("Emmanuel Macron echoed Olaf Scholz's comments."))
        .containsExactly("FRAGOV -> DEUGOV 019 asserted");
  }

  /**
   * Unseen AllSides news: "engage Russia on terrorism" was coded a fight (190), "was caught by
   * surprise" a seizure (171), "failed to dominate the country" a fight (190): generic verbs code
   * only with a pattern.
   */
  @Test
  void engagingCatchingAndDominatingCodeNothingWithoutAPattern() {
    assertThat(CodedSentences.codes("Germany engaged Poland on trade.")).isEmpty();
    assertThat(CodedSentences.codes("The German government was caught by surprise by Poland."))
        .isEmpty();
    assertThat(CodedSentences.codes("Germany dominates Poland in trade.")).isEmpty();
  }

  /**
   * Unseen AllSides news: generated patterns with a wrong code. "The attack led to the death of the
   * ambassador" was a visit (042), "arrested some of the journalists" violent repression (175),
   * "missed a deadline to appoint a new prime minister" material cooperation (060).
   */
  @Test
  void leadingToAppointingAndArrestingJournalistsHaveTheirOwnCodes() {
    assertThat(CodedSentences.codes("The attack by Germany led to the death of Poland's envoy."))
        .noneMatch(coded -> coded.contains(" 042 "));
    assertThat(CodedSentences.codes("Olaf Scholz appointed a new minister in Poland.")).isEmpty();
    assertThat(CodedSentences.codes("The German police arrested the Polish journalists."))
        .containsExactly("DEUCOP -> POLMED 173 asserted");
  }

  /** AllSides dev reading: "Trump fired Comey" was coded 190, use of conventional force. */
  @Test
  void firingAPersonIsNoUseOfForce() {
    assertThat(CodedSentences.codes("Donald Trump fired Defense Secretary Mark Esper on Monday."))
        .noneMatch(coded -> coded.contains(" 19"));
    assertThat(CodedSentences.codes("Russian troops fired on Ukrainian soldiers near Donetsk."))
        .containsExactly("RUSMIL -> UKRMIL 190 asserted");
  }

  /** AllSides dev reading: "the White House released a strategy toward China" was coded 084. */
  @Test
  void releasingADocumentIsNoReleaseOfPersons() {
    assertThat(
            CodedSentences.codes(
                "The White House released a new strategy toward China on Wednesday."))
        .noneMatch(coded -> coded.contains(" 084 "));
    assertThat(CodedSentences.codes("Iran released the British soldiers on Wednesday."))
        .anyMatch(coded -> coded.startsWith("IRN -> GBR") && coded.contains(" 084"));
  }

  /** AllSides dev reading: "the American military aid that goes to Egypt" was coded a visit. */
  @Test
  void aidThatGoesSomewhereIsNoVisit() {
    assertThat(
            CodedSentences.codes(
                "The German military aid that goes to Poland must be suspended, Olaf Scholz said."))
        .noneMatch(coded -> coded.contains(" 042 "));
  }

  /** AllSides dev reading: "the President tore into Sen. John McCain" was coded 180, violence. */
  @Test
  void tearingIntoSomeoneCriticisesThem() {
    assertThat(CodedSentences.codes("Olaf Scholz tore into Emmanuel Macron on Twitter."))
        .containsExactly("DEUGOV -> FRAGOV 111 asserted");
  }

  /** AllSides dev reading: "Obama's policies are unlikely to destroy ISIS" was asserted. */
  @Test
  void anActUnlikelyToHappenIsNoAssertedEvent() {
    assertThat(
            CodedSentences.codes("Germany's new policies are unlikely to defeat Russian troops."))
        .noneMatch(coded -> coded.endsWith("asserted"));
  }

  /**
   * AllSides dev reading: "the guy Trump called the founder of ISIS" was a telephone call (041).
   */
  @Test
  void callingSomeoneANameIsNoTelephoneCall() {
    assertThat(CodedSentences.codes("This is the man Olaf Scholz called the founder of ISIS."))
        .noneMatch(coded -> coded.contains(" 041 "));
    assertThat(CodedSentences.codes("Olaf Scholz called Emmanuel Macron on Monday."))
        .containsExactly("DEUGOV -> FRAGOV 041 asserted");
  }

  /**
   * 10k bench: "Obama also faces intense displeasure from Israel" and "introduced legislation that
   * would limit funding" were coded meetings (040), "Taiwan's government claims to rule all China"
   * a disapproval (110): generic verbs code only with a pattern.
   */
  @Test
  void facingIntroducingAndClaimingCodeNothingWithoutAPattern() {
    assertThat(CodedSentences.codes("Germany faces intense displeasure from Poland.")).isEmpty();
    assertThat(CodedSentences.codes("Olaf Scholz introduced Emmanuel Macron to the guests."))
        .isEmpty();
    assertThat(CodedSentences.codes("Germany claims to rule Poland.")).isEmpty();
  }

  /** 10k bench: "Boeing was sued by Lockheed Martin" was coded an arrest (173). */
  @Test
  void suingIsALawsuitNotAnArrest() {
    assertThat(CodedSentences.codes("Germany sued Poland in 2019."))
        .containsExactly("DEU -> POL 115 asserted");
  }

  /** 10k bench: "Iran negotiated a 2015 nuclear deal with America" was coded yielding (080). */
  @Test
  void negotiatingIsNegotiationNotYielding() {
    assertThat(CodedSentences.codes("Germany negotiated a trade deal with Poland."))
        .allMatch(coded -> coded.contains(" 04"))
        .isNotEmpty();
  }

  /**
   * 10k bench: "The House of Representatives voted 350 to 73 to override the veto" and "I will vote
   * for Clinton" were coded intents to cooperate (030).
   */
  @Test
  void votingCodesOnlyWithAPattern() {
    assertThat(CodedSentences.codes("Germany voted for Poland.")).isEmpty();
    assertThat(CodedSentences.codes("Germany voted against Poland."))
        .containsExactly("DEU -> POL 110 asserted");
  }

  /**
   * 10k bench: "Biegun traveled to Beijing to talk to officials" was coded a consultation (040).
   */
  @Test
  void travellingToACountryIsAVisit() {
    assertThat(CodedSentences.codes("Olaf Scholz traveled to Poland on Monday."))
        .containsExactly("DEUGOV -> POL 042 asserted");
  }

  /**
   * 10k bench: "Mr. Biden spoke with Iraqi Prime Minister Haider Al-Abadi" and "Mr. Obama spoke by
   * phone with Mr. Netanyahu" were coded negotiations (046): speaking with someone consults them
   * (040), by phone it is a telephone call (041); negotiation must be named ("held talks").
   */
  @Test
  void speakingWithSomeoneIsConsultationNotNegotiation() {
    assertThat(CodedSentences.codes("Olaf Scholz spoke with Emmanuel Macron on Monday."))
        .containsExactly("DEUGOV -> FRAGOV 040 asserted");
    assertThat(CodedSentences.codes("Olaf Scholz spoke by phone with Emmanuel Macron on Monday."))
        .containsExactly("DEUGOV -> FRAGOV 041 asserted");
    assertThat(CodedSentences.codes("Germany held talks with Poland on Monday."))
        .containsExactly("DEU -> POL 046 asserted");
  }

  /** The codebook praises a welcomed decision (051); CAMEO.2.0's pattern defended it (052). */
  @Test
  void welcomingADecisionIsPraise() {
    assertThat(CodedSentences.codes("Germany welcomed the decision by Poland."))
        .containsExactly("DEU -> POL 051 asserted");
  }
}
