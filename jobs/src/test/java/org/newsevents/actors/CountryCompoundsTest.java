package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 4: countries joined by a hyphen or a slash before a noun ({@link
 * CountryCompounds}): "the Turkish-Libyan agreement", "the US-led coalition". Made-up sentences in
 * each construction.
 */
class CountryCompoundsTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);

  private final ActorResolver resolver = new ActorResolver(AgentHeadedNamesTest.dictionary());

  private List<String> mentions(String headline, String... paragraphs) {
    return ResolvedArticles.mentions(resolver, DATE, headline, paragraphs).stream()
        .map(m -> m.surface() + "=" + m.cameoCode() + "/" + m.method())
        .toList();
  }

  @Test
  void countriesJoinedByAHyphenBeforeAnAgreementAreEachAParty() {
    assertThat(
            mentions(
                "Greece objects",
                "Greece rejected the Turkish-Libyan maritime border agreement on Monday."))
        .contains(
            "Turkish=TUR/" + CountryCompounds.PARTY_COMPOUND,
            "Libyan=LBY/" + CountryCompounds.PARTY_COMPOUND);
  }

  @Test
  void countriesJoinedByASlashBeforeTalksAreEachAParty() {
    assertThat(mentions(null, "Russia/Ukraine talks resumed in Minsk on Monday."))
        .contains(
            "Russia=RUS/" + CountryCompounds.PARTY_COMPOUND,
            "Ukraine=UKR/" + CountryCompounds.PARTY_COMPOUND);
  }

  @Test
  void countriesJoinedByAHyphenBeforeANounOfNoPartiesAreNoParties() {
    assertThat(mentions(null, "The Russian-Ukrainian singer performed in Berlin."))
        .noneMatch(m -> m.endsWith("/" + CountryCompounds.PARTY_COMPOUND));
  }

  @Test
  void aUsLedCoalitionIsTheCountryThatLeadsIt() {
    assertThat(mentions(null, "A Russian-led coalition attacked the town on Monday."))
        .contains("Russian-led=RUS/" + CountryCompounds.LED_COMPOUND);
  }

  @Test
  void forcesLedByACountryAreItsMilitary() {
    assertThat(mentions(null, "Turkish-led forces entered the town on Monday."))
        .contains("Turkish-led forces=TURMIL/" + CountryCompounds.LED_COMPOUND);
  }
}
