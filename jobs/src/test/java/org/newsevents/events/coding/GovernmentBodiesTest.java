package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Government departments as news name them, the country a phrase with "into" names and a country's
 * hashtag, read by the coder with the bundled dictionaries (issue 15: every named actor coded).
 * Seen uncoded on the Wikinews dev half and the AllSides dev reading.
 */
class GovernmentBodiesTest {
  /**
   * "The Justice Department" had no code: the Phoenix files list only "US Department of Justice".
   */
  @Test
  void usExecutiveDepartmentsByTheirShortNames() {
    assertThat(
            CodedSentences.codes(
                "The Justice Department has filed criminal charges against Germany."))
        .containsExactly("USAGOV -> DEU 115 asserted");
    assertThat(CodedSentences.codes("The Treasury Department sanctioned Germany on Monday."))
        .containsExactly("USAGOV -> DEU 163 asserted");
    assertThat(CodedSentences.codes("The Commerce Department criticized Germany on Monday."))
        .containsExactly("USAGOV -> DEU 111 asserted");
  }

  /** "The Home Office" had no code, and a UK body is British whatever the article's country. */
  @Test
  void theHomeOfficeIsTheBritishGovernment() {
    assertThat(CodedSentences.codes("The Home Office criticized Germany on Monday."))
        .containsExactly("GBRGOV -> DEU 111 asserted");
  }

  /**
   * "Saddam Hussein fired missiles into the kingdom", "an investigation into Volkswagen": the
   * country after "into" is where the act goes, as after "to", not only a place.
   */
  @Test
  void aCountryAfterIntoTakesPartInTheAct() {
    assertThat(CodedSentences.codes("Germany opened an investigation into Poland."))
        .containsExactly("DEU -> POL 090 asserted");
    assertThat(CodedSentences.codes("Germany sent troops into Poland on Monday."))
        .containsExactly("DEU -> POL 154 asserted");
  }

  /** Wikinews dev: "I strongly reject new #US blockade measure" left "#US" without a code. */
  @Test
  void aHashtagNamesItsActor() {
    assertThat(CodedSentences.codes("Germany condemned #Russia on Monday."))
        .containsExactly("DEU -> RUS 111 asserted");
  }

  /** "Negotiators from the U.S. and North Korea have met": the Phoenix agents lack the word. */
  @Test
  void negotiatorsOfTwoCountriesAreTheirGovernments() {
    assertThat(
            CodedSentences.codes("Negotiators from Serbia and Croatia have met in recent months."))
        .contains("SRBGOV -> HRVGOV 040 asserted");
  }
}
