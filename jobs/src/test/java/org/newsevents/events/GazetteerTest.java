package org.newsevents.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.newsevents.events.Gazetteer.Kind;
import org.newsevents.events.Gazetteer.Place;

class GazetteerTest {

  private static final Gazetteer BUNDLED = Gazetteer.bundled();

  private static Place place(String name) {
    return BUNDLED.lookup(name).orElseThrow(() -> new AssertionError("not found: " + name));
  }

  @Test
  void bundledIsReadOncePerJvm() {
    assertThat(Gazetteer.bundled()).isSameAs(BUNDLED);
    assertThat(BUNDLED.size()).isGreaterThan(20_000);
  }

  @Test
  void findsCitiesByEnglishNamesAndExonyms() {
    assertThat(place("Geneva").countryCode()).isEqualTo("CHE");
    assertThat(place("Genève").countryCode()).isEqualTo("CHE");
    assertThat(place("Brussels").countryCode()).isEqualTo("BEL");
    assertThat(place("Bruxelles").countryCode()).isEqualTo("BEL");
    assertThat(place("Minsk").countryCode()).isEqualTo("BLR");
    assertThat(place("Warsaw").countryCode()).isEqualTo("POL");
    assertThat(place("Kyiv").countryCode()).isEqualTo("UKR");
    assertThat(place("Kiev")).isEqualTo(place("Kyiv"));
    assertThat(place("Kharkov").name()).isEqualTo("Kharkiv");
    assertThat(place("Odesa").countryCode()).isEqualTo("UKR");
  }

  @Test
  void capitalsBeatNamesakes() {
    Place moscow = place("Moscow");
    assertThat(moscow.countryCode()).isEqualTo("RUS");
    assertThat(moscow.kind()).isEqualTo(Kind.CAPITAL);
    Place paris = place("Paris");
    assertThat(paris.countryCode()).isEqualTo("FRA");
    assertThat(paris.latitude()).isBetween(48.0, 49.5);
    assertThat(place("Washington").countryCode()).isEqualTo("USA");
  }

  @Test
  void findsCuratedIslandsRegionsAndSeas() {
    Place gotland = place("Gotland");
    assertThat(gotland.countryCode()).isEqualTo("SWE");
    assertThat(gotland.kind()).isEqualTo(Kind.ISLAND);
    assertThat(place("Crimea").countryCode()).isEqualTo("UKR");
    assertThat(place("Donetsk region").kind()).isEqualTo(Kind.REGION);
    assertThat(place("Donetsk").kind()).isEqualTo(Kind.CITY);
    assertThat(place("Donetsk").countryCode()).isEqualTo("UKR");
    assertThat(place("Transnistria").countryCode()).isEqualTo("MDA");
    assertThat(place("Kaliningrad region").countryCode()).isEqualTo("RUS");
    Place blackSea = place("Black Sea");
    assertThat(blackSea.kind()).isEqualTo(Kind.SEA);
    assertThat(blackSea.countryCode()).isEmpty();
    assertThat(place("Sea of Azov").kind()).isEqualTo(Kind.SEA);
  }

  @Test
  void ignoresCaseAccentsAndSpacing() {
    assertThat(place("  MOSCOW ").countryCode()).isEqualTo("RUS");
    assertThat(place("geneve").countryCode()).isEqualTo("CHE");
    assertThat(place("Kramatorsk")).isEqualTo(place("Kramators'k"));
    assertThat(BUNDLED.lookup("Qqzzyx")).isEmpty();
    assertThat(BUNDLED.lookup(null)).isEmpty();
  }

  @Test
  void prefersTheCapitalThenTheMostPopulous() throws Exception {
    Gazetteer tiny =
        Gazetteer.load(
            new StringReader(
                "name,country_code,population,latitude,longitude,kind,aliases,source\n"
                    + "Springfield,USA,160000,39.8,-89.6,capital,,x\n"
                    + "Springfield,USA,170000,37.2,-93.3,city,,x\n"
                    + "Georgetown,GUY,118000,6.8,-58.2,capital,,x\n"
                    + "Georgetown,USA,90000,30.6,-97.7,city,Georgetown TX,x\n"
                    + "Big Town,USA,900000,1,1,city,Georgetown,x\n"));
    assertThat(tiny.lookup("Springfield").orElseThrow().latitude()).isEqualTo(39.8);
    assertThat(tiny.lookup("Georgetown").orElseThrow().countryCode()).isEqualTo("GUY");
    assertThat(tiny.lookup("georgetown tx").orElseThrow().population()).isEqualTo(90000);
    assertThat(tiny.size()).isEqualTo(5);
  }
}
