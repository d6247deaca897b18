package org.newsevents.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GazetteerConverterTest {

  private static final String TSV =
      String.join(
          "\n",
          "name\tascii_name\tcountry\tpopulation\tlatitude\tlongitude\tfeature_code",
          "Genève\tGeneve\tCH\t183981\t46.20222\t6.14569\tPPLA",
          "Kyiv\tKyiv\tUA\t2797553\t50.45466\t30.5238\tPPLC",
          "Kramators’k\tKramators'k\tUA\t173700\t48.72305\t37.55629\tPPL",
          "Tiny\tTiny\tUA\t999\t50.0\t30.0\tPPL",
          "Old Town\tOld Town\tUA\t50000\t50.1\t30.1\tPPLX",
          "Prishtina\tPrishtina\tXK\t161751\t42.67272\t21.16688\tPPLC",
          "Nowhere\tNowhere\tZZ\t20000\t1.0\t1.0\tPPL",
          "Washington, D.C.\tWashington, D.C.\tUS\t601723\t38.89511\t-77.03637\tPPLC",
          "");

  private static final String EXTRA =
      "name,country_code,population,latitude,longitude,kind,aliases,source\n"
          + "Black Sea,,,43.4,34.0,sea,,public record\n"
          + "Gotland,SWE,,57.5,18.55,island,Gotland Island,public record\n";

  private static final String ALIASES =
      "name,country_code,aliases,source\n"
          + "Kyiv,UKR,Kiev,exonym\n"
          + "Genève,CHE,Geneva|Genf,exonym\n"
          + "Atlantis,GRC,Atlantida,myth\n";

  @Test
  void convertsTsvAndCuratedFilesToSortedCsvRows() throws Exception {
    StringWriter out = new StringWriter();
    GazetteerConverter.Report report =
        GazetteerConverter.convert(
            new StringReader(TSV), new StringReader(EXTRA), new StringReader(ALIASES), out, 15_000);

    assertThat(out.toString())
        .isEqualTo(
            String.join(
                "\n",
                "name,country_code,population,latitude,longitude,kind,aliases,source",
                "Black Sea,,,43.4,34.0,sea,,public record",
                "Genève,CHE,183981,46.20222,6.14569,city,Geneva|Genf,GeoNames PPLA",
                "Gotland,SWE,,57.5,18.55,island,Gotland Island,public record",
                "Kramators’k,UKR,173700,48.72305,37.55629,city,,GeoNames PPL",
                "Kyiv,UKR,2797553,50.45466,30.5238,capital,Kiev,GeoNames PPLC",
                "\"Washington, D.C.\",USA,601723,38.89511,-77.03637,capital,,GeoNames PPLC",
                "Prishtina,XKX,161751,42.67272,21.16688,capital,,GeoNames PPLC",
                ""));
    assertThat(report.rows()).isEqualTo(7);
    assertThat(report.cities()).isEqualTo(5);
    assertThat(report.extras()).isEqualTo(2);
    assertThat(report.unknownCountries()).isEqualTo(1);
    assertThat(report.unmatchedAliases()).containsExactly("Atlantis (GRC)");
  }

  @Test
  void asciiNameBecomesAnAliasOnlyWhenItDiffersByMoreThanAccents() throws Exception {
    String tsv =
        "name\tascii_name\tcountry\tpopulation\tlatitude\tlongitude\tfeature_code\n"
            + "Łódź\tLodz\tPL\t768755\t51.75\t19.46667\tPPLA\n"
            + "Zürich\tZurich\tCH\t341730\t47.36667\t8.55\tPPLA\n";
    StringWriter out = new StringWriter();
    GazetteerConverter.convert(new StringReader(tsv), null, null, out, 15_000);

    assertThat(out.toString())
        .contains("Zürich,CHE,341730,47.36667,8.55,city,,GeoNames PPLA\n")
        .contains("Łódź,POL,768755,51.75,19.46667,city,Lodz,GeoNames PPLA\n");
  }

  @Test
  void alpha3TableCoversIsoCountries() {
    assertThat(GazetteerConverter.alpha3("CH")).isEqualTo("CHE");
    assertThat(GazetteerConverter.alpha3("ua")).isEqualTo("UKR");
    assertThat(GazetteerConverter.alpha3("SS")).isEqualTo("SSD");
    assertThat(GazetteerConverter.alpha3("XK")).isEqualTo("XKX");
    assertThat(GazetteerConverter.alpha3("ZZ")).isNull();
  }

  @Test
  void rejectsAWrongHeaderAndAnUnknownKind() {
    assertThatThrownBy(
            () ->
                GazetteerConverter.convert(
                    new StringReader("name\tcountry\n"), null, null, new StringWriter(), 1))
        .isInstanceOf(IllegalArgumentException.class);
    String header = "name\tascii_name\tcountry\tpopulation\tlatitude\tlongitude\tfeature_code\n";
    assertThatThrownBy(
            () ->
                GazetteerConverter.convert(
                    new StringReader(header),
                    new StringReader(
                        "name,country_code,population,latitude,longitude,kind,aliases,source\n"
                            + "Atlantis,,,1,1,continent,,myth\n"),
                    null,
                    new StringWriter(),
                    1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
