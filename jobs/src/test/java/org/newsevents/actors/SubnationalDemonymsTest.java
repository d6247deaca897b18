package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Demonyms of the places a dictionary country lists among its names ({@link SubnationalDemonyms}),
 * on a dictionary that lists them as the Phoenix files do. Plain strings, no annotation.
 */
class SubnationalDemonymsTest {
  private final TinyDictionary dictionary =
      TinyDictionary.crisis2022()
          .actor(
              "UNITED_KINGDOM",
              "United Kingdom",
              "country",
              "GBR",
              "United Kingdom",
              "British",
              "England",
              "Scot",
              "Scotland",
              "Wales",
              "Welsh")
          .actor("FINLAND", "Finland", "country", "FIN", "Finland", "Finn")
          .actor("KOREA_SOUTH", "South Korea", "country", "KOR", "South Korea", "Korea")
          .actor("KOREA_NORTH", "North Korea", "country", "PRK", "North Korea", "Korea")
          .actor("ITALY", "Italy", "country", "ITA", "Italy", "Italian")
          .seat("Rome", "ITALY", "ITAGOV", "capital")
          .actor("CANADA", "Canada", "country", "CAN", "Canada", "Canadian", "Ontario");

  private String countryOf(String demonym) {
    return SubnationalDemonyms.countryOf(demonym, dictionary)
        .map(ActorLookup.Known::countryCode)
        .orElse(null);
  }

  @Test
  void theDemonymOfAPlaceTheDictionaryFilesUnderACountryIsThatCountrys() {
    assertThat(countryOf("Scottish")).isEqualTo("GBR");
    assertThat(countryOf("English")).isEqualTo("GBR");
    assertThat(countryOf("Finnish")).isEqualTo("FIN");
    assertThat(countryOf("Ontarian")).isEqualTo("CAN");
    assertThat(SubnationalDemonyms.placesOf("Bavarian")).contains("Bavaria");
    assertThat(SubnationalDemonyms.placesOf("Texan")).contains("Texas");
  }

  @Test
  void aWordThatOnlyLooksLikeADemonymNamesNoCountry() {
    assertThat(countryOf("Finish")).as("a plain -ish is an English word of its own").isNull();
    assertThat(countryOf("Roman")).as("a capital's demonym: no country's name").isNull();
    assertThat(countryOf("Korean")).as("the place of two countries").isNull();
    assertThat(countryOf("scottish")).as("a demonym is capitalised").isNull();
  }
}
