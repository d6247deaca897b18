package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The actors of conflict news as the coder's rules read them, with the bundled dictionaries (issue
 * 15: coalitions, alliances and armed groups of the period; country + agent): made-up sentences in
 * the style of the AllSides dev reading and of military press releases.
 */
class ConflictActorsTest {
  private static final LocalDate MAY_2016 = LocalDate.of(2016, 5, 10);

  private static java.util.List<String> codes(String sentence) {
    return CodedSentences.mentions(sentence, MAY_2016).stream()
        .map(m -> m.actor1Code() + " -> " + m.actor2Code() + " " + m.eventCode())
        .toList();
  }

  @Test
  void theCoalitionAgainstIslamicStateIsTheUsMilitaryItCommands() {
    assertThat(codes("The Global Coalition conducted 34 strikes against ISIL targets on Monday."))
        .containsExactly("USAMIL -> IMGMUSISI 195");
  }

  @Test
  void regressionTheReligionIslamicStateIsFiledUnderIsNoCountry() {
    // "MUS" is the Phoenix files' code for Muslim groups: "Coalition military forces" in an
    // article naming only ISIL were coded MUSMIL, the forces of the article's "country".
    assertThat(codes("Coalition military forces conducted 34 strikes against ISIL on Monday."))
        .noneMatch(code -> code.startsWith("MUS"));
  }

  @Test
  void aCountrysJetsAndDronesAreItsMilitary() {
    assertThat(codes("US drones killed three Taliban fighters in Helmand on Monday."))
        .containsExactly("USAMIL -> AFGREB 190");
  }

  /** Issue 14 item 5: named targets in "X-held" were missed. */
  @Test
  void anActOnAPlaceSomeoneHoldsIsAimedAtTheHolder() {
    assertThat(codes("Russian jets bombed ISIS-held towns near Palmyra on Monday."))
        .containsExactly("RUSMIL -> IMGMUSISI 195");
    assertThat(codes("Ukrainian forces shelled Russian-occupied Donetsk on Monday."))
        .containsExactly("UKRMIL -> RUS 190");
  }

  /**
   * "An Iraqi police officer" is the country's police; the agent noun after the country was read
   * again as an implied victim ("officer", IRQCVL) and taken as the target.
   */
  @Test
  void regressionACountrysAgentIsNotReadAgainAsAnImpliedVictim() {
    assertThat(codes("Gunmen killed an Iraqi police officer in Mosul."))
        .containsExactly("---UAF -> IRQCOP 193");
  }

  /**
   * "Turkish warplanes bombed militants", "an offensive against rebels near Aleppo", "repelled an
   * attack by separatists" left the armed group uncoded: a role noun struck by armed action, fought
   * against or named as an act's attacker is a party, and a place near it owns none of it.
   */
  @Test
  void armedGroupsNamedByARoleNounAreParties() {
    assertThat(codes("Turkish warplanes bombed militants on Monday."))
        .containsExactly("TURMIL -> ---UAF 195");
    assertThat(codes("The Syrian army launched an offensive against rebels near Aleppo."))
        .containsExactly("SYRMIL -> ---REB 190");
    assertThat(codes("Ukrainian troops repelled an attack by separatists."))
        .containsExactly("UKRMIL -> ---REB 190");
  }

  /**
   * "Hezbollah fighters clashed with Israeli soldiers" was coded an air strike (195): the synset
   * member "fighter_aircraft" matched "fighters" by its first word.
   */
  @Test
  void regressionFightersAreNoFighterAircraft() {
    assertThat(codes("Hezbollah fighters clashed with Israeli soldiers."))
        .containsExactly("LBNREB -> ISRMIL 190");
    assertThat(codes("Russian fighter jets struck Syria on Monday."))
        .containsExactly("RUSMIL -> SYR 195");
  }

  /**
   * Stop 27: a weapon or an attack that kills, hits or wounds with no one named as its user is the
   * work of unidentified armed forces, as the passive "was stabbed" already was; conflict news
   * tells most bombings so, and none was coded.
   */
  @Test
  void aWeaponOrAnAttackNoOneClaimsIsTheWorkOfUnidentifiedArmedForces() {
    assertThat(codes("A car bomb killed 12 soldiers in Mogadishu on Sunday."))
        .containsExactly("---UAF -> SOMMIL 1832");
    assertThat(codes("Rockets hit the US embassy in Baghdad."))
        .containsExactly("---UAF -> USAGOV 193");
    assertThat(codes("Two police officers were killed in an attack in Kabul."))
        .containsExactly("---UAF -> AFGCOP 190");
    assertThat(codes("On Thursday, a bus bombing in Cairo wounded five people."))
        .containsExactly("---UAF -> EGYCVL 183");
  }

  @Test
  void anAttackSomeoneOwnsIsTheirsAndAnAccidentIsNoAttack() {
    assertThat(codes("Two soldiers were killed in a Taliban attack in Kandahar."))
        .containsExactly("AFGREB -> AFGMIL 190");
    assertThat(codes("Hamas rockets hit Tel Aviv.")).noneMatch(code -> code.startsWith("---UAF"));
    assertThat(codes("Three people were killed in a car accident in Kabul.")).isEmpty();
    assertThat(codes("The storm killed two men in Kabul.")).isEmpty();
  }

  /** Stop 27's unseen check: victims a common noun names took the article's country. */
  @Test
  void peopleKilledInANamedCountryAreItsCivilians() {
    assertThat(codes("Israeli soldiers killed two men in Gaza."))
        .containsExactly("ISRMIL -> PSECVL 190");
    assertThat(codes("Israeli soldiers killed two men in Tel Aviv."))
        .containsExactly("ISRMIL -> ISRCVL 190");
  }

  /**
   * Stop 28: "Iraqis" was no actor (the Phoenix file lists the demonym's plural for the US alone),
   * and "all Americans" the United States as a whole: without "the", a demonym's plural names the
   * country's people, its civilians; "the Russians" is still the state.
   */
  @Test
  void regressionAPluralDemonymNamesTheCountrysPeople() {
    assertThat(codes("Islamic State militants killed two Iraqis in Mosul."))
        .containsExactly("IMGMUSISI -> IRQCVL 190");
    assertThat(codes("Islamic State militants killed two Americans in Syria."))
        .containsExactly("IMGMUSISI -> USACVL 190");
    assertThat(codes("The Saudis bombed Yemen on Monday.")).containsExactly("SAU -> YEM 190");
  }

  /**
   * Stop 28: "Turkish intelligence captured Abdullah Ocalan" made Ocalan King Abdullah of Saudi
   * Arabia, whom the dictionary knows by "Abdullah" alone (an AllSides article).
   */
  @Test
  void regressionADictionaryPersonsOneWordNameOpeningAnotherPersonsNameIsNotThem() {
    assertThat(codes("Turkish intelligence captured Abdullah Ocalan in Kenya in 1999."))
        .noneMatch(coded -> coded.contains("SAU"));
    assertThat(codes("Saudi King Abdullah met Barack Obama in Riyadh."))
        .containsExactly("SAUGOV -> USAGOV 040");
  }

  /**
   * Stop 28: the agents dictionary files a national security adviser under GOVMIL, whose last
   * sector made Michael Flynn military (an AllSides article); a person holding an office of the
   * government is GOV.
   */
  @Test
  void regressionAnOfficialOfAMinistrysAreaIsAGovernmentOfficial() {
    assertThat(
            codes(
                "U.S. National Security Adviser Tom Hale discussed sanctions with the Russian"
                    + " ambassador."))
        .containsExactly("USAGOV -> RUSGOV 040");
  }
}
