package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.events.coding.CodedSentences.codes;

import org.junit.jupiter.api.Test;

/**
 * Which code a verb gets: a pattern of the CAMEO dictionary inside the verb's own phrase, the
 * curated light-verb, strike and appeal patterns, and no event for a generic verb without its
 * pattern.
 */
class PatternMatcherTest {

  @Test
  void regressionAGenericVerbWithoutItsPatternCodesNothing() {
    // "lead" and "serve" coded 060 cooperation on their own ("Biden led Trump in the polls").
    assertThat(codes("France led Germany in the medal table.")).isEmpty();
    assertThat(codes("Poland served as a transit country for Ukraine.")).isEmpty();
  }

  @Test
  void regressionLeavingIsNoMeetingUnlessItIsLeavingForTalks() {
    // Issue 14: CAMEO.2.0's bare "leave" is 040, so "the exit left Biden as the nominee" was a
    // consultation; leaving for a place or talks is a visit (042) by its pattern.
    assertThat(codes("The United Kingdom left the European Union in January.")).isEmpty();
    assertThat(codes("Germany's exit from the talks left France as the only mediator.")).isEmpty();
    assertThat(codes("Sergei Lavrov left for Geneva for talks with Antony Blinken."))
        .containsExactly("RUSGOV -> USAGOV 042 asserted");
  }

  @Test
  void regressionAPrepositionAfterTheObjectIsNoPhrasalVerb() {
    // "call * (for)" is "call for"; "called the race for Macron" is no appeal.
    assertThat(codes("France called the race for Germany on Sunday."))
        .noneMatch(coded -> coded.contains(" 020 "));
  }

  @Test
  void regressionAPatternInARelativeClauseIsNotTheVerbsOwn() {
    // "met ... where he called for diplomacy" was coded from "meet ... diplomacy".
    assertThat(codes("Antony Blinken met Sergei Lavrov in Geneva, where he called for diplomacy."))
        .contains("USAGOV -> RUSGOV 040 asserted");
  }

  @Test
  void regressionAPatternNounInAPrepositionalPhraseIsNotTheVerbsObject() {
    // Issue 14: "increased cooperation with the navies of ..." fit "increase * &military"
    // (mobilising forces, 154) and "arrested after the mayor of the city was stabbed" fit
    // "arrest * &town" (occupying territory, 192). A pattern names a phrase in parentheses.
    assertThat(codes("Russia increased pressure on the army of Ukraine."))
        .containsExactly("RUS -> UKRMIL 100 asserted");
    // news audit A: "arrested about 80 protesters in the city of Arak" was 192
    assertThat(codes("Police arrested a man in the city."))
        .noneMatch(coded -> coded.contains(" 192 "))
        .anyMatch(coded -> coded.contains(" 173 asserted"));
  }

  @Test
  void moreCooperationWithAnArmyIsMilitaryCooperation() {
    assertThat(codes("Iran increased cooperation with the army of Iraq."))
        .containsExactly("IRN -> IRQMIL 062 asserted");
  }

  @Test
  void aPhoneCallHeldOrHadWithSomeoneIsATelephoneConsultation() {
    assertThat(codes("Emmanuel Macron had a phone call with Vladimir Putin on Monday."))
        .containsExactly("FRAGOV -> RUSGOV 041 asserted");
  }

  @Test
  void talksHeldWithACountryAreNegotiations() {
    assertThat(codes("Turkey held talks with Greece on Tuesday."))
        .containsExactly("TUR -> GRC 046 asserted");
  }

  @Test
  void regressionStrikesCarriedOutAgainstAnEnemyAreAerialAttacksNotCooperation() {
    assertThat(codes("The United States conducted air strikes against Syria on Sunday."))
        .containsExactly("USA -> SYR 195 asserted");
  }

  @Test
  void regressionAnAppealIsFromTheSpeakerToTheOneUrged() {
    assertThat(codes("Germany urged Russia to withdraw its troops."))
        .contains("DEU -> RUS 020 asserted")
        .noneMatch(coded -> coded.startsWith("RUS") && coded.endsWith("asserted"));
  }

  @Test
  void anAgreementNamedBeforeThePassiveSigningIsASignedAgreement() {
    assertThat(CodedSentences.codes("The treaty was signed by Russia and China in Beijing."))
        .containsExactly("RUS -> CHN 057 asserted");
  }
}
