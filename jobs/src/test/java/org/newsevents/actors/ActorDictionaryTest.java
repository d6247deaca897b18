package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.actors.ActorDictionary.Code;
import org.newsevents.actors.ActorDictionary.Entry;
import org.newsevents.testing.SharedData;

/**
 * The bundled dictionary: the 2019-2022 office holders, the Phoenix periods they keep, agents and
 * seats.
 */
class ActorDictionaryTest {
  private static final ActorDictionary DICTIONARY = ActorDictionary.bundled();

  private static String codeOn(String key, String isoDate) {
    return DICTIONARY.codeOn(key, LocalDate.parse(isoDate)).map(Code::cameoCode).orElse("none");
  }

  private static Entry only(String alias) {
    List<Entry> entries = DICTIONARY.byAlias(alias);
    assertThat(entries).as(alias).hasSize(1);
    return entries.get(0);
  }

  /** Issue 15: dim_actors.country_code held empty strings beside NULLs. */
  @Test
  void anActorOfNoCountryHasANullCountryCodeNotAnEmptyOne() {
    assertThat(DICTIONARY.entries())
        .filteredOn(entry -> entry.countryCode() != null)
        .allSatisfy(entry -> assertThat(entry.countryCode()).isNotBlank());
    assertThat(DICTIONARY.byKey("2ND_OF_JUNE_MOVEMENT").countryCode()).isNull();
  }

  @Test
  void bidenKeepsHisPhoenixVicePresidencyAndIsPresidentFrom2021() {
    Entry biden = only("Joe Biden");
    assertThat(biden.key()).isEqualTo("JOE_BIDEN");
    assertThat(codeOn("JOE_BIDEN", "2022-01-19")).isEqualTo("USAGOV");
    assertThat(codeOn("JOE_BIDEN", "2012-01-01"))
        .isEqualTo("USAGOV"); // vice president: GOV, as Phoenix codes it
    assertThat(codeOn("JOE_BIDEN", "2019-01-01")).isEqualTo("USAELI"); // out of office
    assertThat(codeOn("JOE_BIDEN", "2021-01-20"))
        .isEqualTo("USAGOV"); // inauguration day: the newer period wins
    assertThat(codeOn("JOE_BIDEN", "1990-06-01")).isEqualTo("USAELI");
  }

  /**
   * Unseen Wikinews: "appointed Prime Minister by ... Queen Elizabeth II" coded her KNA, the realm
   * Phoenix listed this entry under; she is the United Kingdom's head of state until her death.
   */
  @Test
  void queenElizabethTheSecondIsTheUnitedKingdomsUntilHerDeath() {
    Entry queen = only("Queen Elizabeth II");
    assertThat(queen.countryCode()).isEqualTo("GBR");
    assertThat(codeOn(queen.key(), "2019-07-24")).isEqualTo("GBRGOV");
    assertThat(codeOn("ELIZABETH_II", "2019-07-24")).isEqualTo("GBRGOV");
    assertThat(codeOn("ELIZABETH_II", "2023-01-01")).isNotEqualTo("GBRGOV");
  }

  /** "England's transport secretary, Grant Shapps": a UK cabinet office Phoenix lacks. */
  @Test
  void cabinetSecretariesNamedByTheirPortfolioAreGovernment() {
    assertThat(DICTIONARY.agentRole("transport secretary")).contains("GOV");
    assertThat(DICTIONARY.agentRole("home secretary")).contains("GOV");
    assertThat(DICTIONARY.agentRole("health secretary")).contains("GOVHLH");
  }

  @Test
  void aCountrysForcesAreItsMilitary() {
    assertThat(DICTIONARY.agentRole("forces")).contains("MIL");
  }

  @Test
  void theVariantsOfABritishPartyAreOneActorInGovernmentOrOppositionByDate() {
    assertThat(only("Tories").key()).isEqualTo("CONSERVATIVE_PARTY_UK");
    assertThat(only("Conservative Party").key()).isEqualTo("CONSERVATIVE_PARTY_UK");
    assertThat(only("New Labour").key()).isEqualTo("LABOUR_PARTY_UK");
    assertThat(only("Labour").key()).isEqualTo("LABOUR_PARTY_UK");
    assertThat(only("UKIP").key()).isEqualTo("UK_INDEPENDENCE_PARTY");
    assertThat(DICTIONARY.byAlias("Independence Party")).as("also Iceland's party").isEmpty();
    assertThat(codeOn("LABOUR_PARTY_UK", "2005-03-01")).isEqualTo("GBRPTY");
    assertThat(codeOn("CONSERVATIVE_PARTY_UK", "2005-03-01")).isEqualTo("GBROPP");
    assertThat(codeOn("CONSERVATIVE_PARTY_UK", "2019-12-13")).isEqualTo("GBRPTY");
    assertThat(codeOn("LIBERAL_DEMOCRATS_UK", "2012-01-01")).isEqualTo("GBRPTY");
  }

  @Test
  void scholzIsGovernmentIn2022AndKeepsHisPhoenixLabourMinistry() {
    assertThat(codeOn("OLAF_SCHOLZ", "2022-02-10")).isEqualTo("DEUGOV");
    assertThat(codeOn("OLAF_SCHOLZ", "2009-01-01")).isEqualTo("DEUGOVLAB");
    assertThat(codeOn("ANGELA_MERKEL", "2022-02-10")).isEqualTo("DEUELI");
  }

  @ParameterizedTest
  @CsvSource({
    "Antony Blinken, ANTONY_BLINKEN, USA, 2022-03-01, USAGOV",
    "Volodymyr Zelensky, VOLODYMYR_ZELENSKY, UKR, 2022-03-01, UKRGOV",
    "Annalena Baerbock, ANNALENA_BAERBOCK, DEU, 2022-03-01, DEUGOV",
    "Liz Truss, LIZ_TRUSS, GBR, 2022-03-01, GBRGOV",
    "Ben Wallace, BEN_WALLACE, GBR, 2022-03-01, GBRGOVMIL",
    "Sergei Shoigu, SERGEY_SHOYGU, RUS, 2022-03-01, RUSGOVMIL",
    "Dmitry Peskov, DMITRY_PESKOV, RUS, 2022-03-01, RUSGOV",
    "Jens Stoltenberg, JENS_STOLTENBERG, NATO, 2022-03-01, IGOWSTNAT",
    "Mette Frederiksen, METTE_FREDERIKSEN, DNK, 2022-03-01, DNKGOV",
    "Emmanuel Macron, EMMANUEL_MACRON, FRA, 2022-03-01, FRAGOV",
    "Dmytro Kuleba, DMYTRO_KULEBA, UKR, 2022-03-01, UKRGOV",
    "Oleksii Reznikov, OLEKSII_REZNIKOV, UKR, 2022-03-01, UKRGOVMIL",
    "Lloyd Austin, LLOYD_AUSTIN, USA, 2022-03-01, USAGOVMIL",
    "Jen Psaki, JEN_PSAKI, USA, 2022-03-01, USAGOV",
    "Sergei Lavrov, SERGEY_LAVROV, RUS, 2022-03-01, RUSGOV",
    "Vladimir Putin, VLADIMIR_PUTIN, RUS, 2022-03-01, RUSGOV",
    "Alexander Lukashenko, ALYAKSANDR_LUKASHENKA, BLR, 2022-03-01, BLRGOV",
    "Alexander Fomin, ALEXANDER_FOMIN, RUS, 2022-03-01, RUSGOVMIL",
    "Boris Johnson, BORIS_JOHNSON, GBR, 2022-03-01, GBRGOV",
    "Ursula von der Leyen, URSULA_VON_DER_LEYEN, EUR, 2022-03-01, IGOEUREEC",
    "Antonio Guterres, ANTONIO_GUTERRES, UNO, 2022-03-01, IGOUNO",
  })
  void officeHoldersOf2022ResolveWithTheirCountryAndCode(
      String alias, String key, String country, String date, String code) {
    assertResolvesToAPersonWithItsCode(alias, key, country, date, code);
  }

  @Test
  void officesEndWhenTheRecordSaysSo() {
    assertThat(codeOn("JEN_PSAKI", "2022-06-01")).isEqualTo("none");
    assertThat(codeOn("LIZ_TRUSS", "2021-01-01")).isEqualTo("none");
    assertThat(codeOn("JENS_STOLTENBERG", "2012-01-01")).isEqualTo("NORGOV");
    assertThat(codeOn("JENS_STOLTENBERG", "2014-01-01"))
        .isEqualTo("NORELI"); // the Phoenix default between offices
    assertThat(codeOn("PETRO_POROSHENKO", "2020-01-01")).isEqualTo("none");
  }

  /**
   * Issue 15: office holders of 2014-2024 the Phoenix dictionaries (2014) lack. "Kim Jong Un" was
   * no alias, so "Kim" resolved to a South Korean Kim; "Mattis" took the article's country.
   */
  @ParameterizedTest
  @CsvSource({
    "Kim Jong Un, KIM_JONG_UN, PRK, 2018-06-12, PRKGOV",
    "Kim Jong-un, KIM_JONG_UN, PRK, 2018-06-12, PRKGOV",
    "Jim Mattis, JAMES_MATTIS, USA, 2017-01-20, USAGOVMIL",
    "Mattis, JAMES_MATTIS, USA, 2018-12-31, USAGOVMIL",
    "Rex Tillerson, REX_TILLERSON, USA, 2017-06-01, USAGOV",
    "Mohammed bin Salman, MOHAMMED_BIN_SALMAN, SAU, 2018-10-02, SAUGOV",
    "Ismail Haniyeh, ISMAIL_HANIYA, PSE, 2023-10-07, PSEREBHMS",
    "Hemedti, HAMDAN_DAGALO, SDN, 2023-06-01, SDNREB",
    "Mullah Baradar, ABDUL_GHANI_BARADAR, AFG, 2020-02-29, AFGREB",
    "Mullah Baradar, ABDUL_GHANI_BARADAR, AFG, 2022-01-01, AFGGOV",
    "Alexei Navalny, ALEXEI_NAVALNY, RUS, 2021-01-17, RUSOPP",
    "Keir Starmer, KEIR_STARMER, GBR, 2022-03-01, GBROPP",
    "Keir Starmer, KEIR_STARMER, GBR, 2024-07-05, GBRGOV",
    "Isaac Herzog, YITZHAK_HERZOG, ISR, 2022-03-01, ISRGOV",
    "Tedros Adhanom Ghebreyesus, TEDROS_ADHANOM_GHEBREYESUS, UNO, 2020-03-11, IGOUNOHLHWHO",
  })
  void officeHoldersOf2014To2024ThePhoenixFilesLackResolveWithTheirCode(
      String alias, String key, String country, String date, String code) {
    assertResolvesToAPersonWithItsCode(alias, key, country, date, code);
  }

  private static void assertResolvesToAPersonWithItsCode(
      String alias, String key, String country, String date, String code) {
    Entry entry = only(alias);
    assertThat(entry.key()).isEqualTo(key);
    assertThat(entry.type()).isEqualTo(ActorType.PERSON);
    assertThat(entry.countryCode()).isEqualTo(country);
    assertThat(codeOn(key, date)).isEqualTo(code);
  }

  @Test
  void mattisIsGovernmentOnlyWhileDefenseSecretary() {
    assertThat(DICTIONARY.codeOn("JAMES_MATTIS", LocalDate.parse("2017-01-19"))).isEmpty();
    assertThat(DICTIONARY.codeOn("JAMES_MATTIS", LocalDate.parse("2018-06-01")))
        .map(Code::role)
        .contains("GOV");
    assertThat(codeOn("JAMES_MATTIS", "2019-01-02")).isEqualTo("USAELI");
    assertThat(codeOn("JAMES_MATTIS", "2020-06-01")).isEqualTo("USAELI");
  }

  @Test
  void theSurnameKimAloneNeverNamesKimJongUn() {
    assertThat(DICTIONARY.byAlias("Kim")).extracting(Entry::key).doesNotContain("KIM_JONG_UN");
  }

  @Test
  void islamicStateWithoutTheArticleAndDaeshAreTheGroup() {
    // "U.S. troops there to eliminate Islamic State elements" left the group unresolved.
    assertThat(only("Islamic State").key()).isEqualTo("THE_ISLAMIC_STATE");
    assertThat(only("Daesh").key()).isEqualTo("THE_ISLAMIC_STATE");
    assertThat(only("ISIS").key()).isEqualTo("THE_ISLAMIC_STATE");
  }

  @Test
  void zelenskySpellingsAreAliasesOfOneActor() {
    assertThat(only("Zelenskiy").key()).isEqualTo("VOLODYMYR_ZELENSKY");
    assertThat(only("Zelenskyy").key()).isEqualTo("VOLODYMYR_ZELENSKY");
    assertThat(only("Volodymyr Zelenskyi").key()).isEqualTo("VOLODYMYR_ZELENSKY");
    assertThat(DICTIONARY.byAlias(List.of("President", "Zelensky")))
        .extracting(Entry::key)
        .containsExactly("VOLODYMYR_ZELENSKY");
  }

  @Test
  void moscowIsASeatOfTheRussianGovernmentNotAnAliasOfRussia() throws IOException {
    assertThat(DICTIONARY.seat("Moscow"))
        .hasValueSatisfying(
            seat -> {
              assertThat(seat.cameoCode()).isEqualTo("RUSGOV");
              assertThat(seat.kind()).isEqualTo(SeatKind.CAPITAL);
              assertThat(seat.actorKey()).isEqualTo("RUSSIAN_FEDERATION");
            });
    assertThat(DICTIONARY.seat("the Kremlin"))
        .map(ActorDictionary.Seat::kind)
        .contains(SeatKind.SEAT);
    assertThat(DICTIONARY.seat("Kyiv")).map(ActorDictionary.Seat::cameoCode).contains("UKRGOV");
    assertThat(DICTIONARY.seat("White House"))
        .map(ActorDictionary.Seat::cameoCode)
        .contains("USAGOV");
    assertThat(DICTIONARY.byAlias("Moscow")).isEmpty();
    assertThat(DICTIONARY.byAlias("Kremlin")).isEmpty();
    assertThat(DICTIONARY.byKey("RUSSIAN_FEDERATION").aliases())
        .doesNotContain("Moscow")
        .contains("Russia");
    String actorsCsv =
        Files.readString(
            SharedData.projectRoot().resolve("seeds/reference/actors.csv"), StandardCharsets.UTF_8);
    assertThat(actorsCsv)
        .doesNotContain("|Moscow|")
        .doesNotContain(",Moscow|")
        .doesNotContain("|Moscow,");
  }

  @Test
  void countriesAndIgos() {
    Entry russia = only("Russia");
    assertThat(russia.name()).isEqualTo("Russia");
    assertThat(russia.type()).isEqualTo(ActorType.COUNTRY);
    assertThat(russia.countryCode()).isEqualTo("RUS");
    assertThat(DICTIONARY.codeOn(russia.key(), null)).map(Code::cameoCode).contains("RUS");
    assertThat(DICTIONARY.codeOn(russia.key(), null)).map(Code::role).contains("");
    Entry nato = DICTIONARY.byKey("NATO");
    assertThat(nato.type()).isEqualTo(ActorType.IGO);
    assertThat(nato.countryCode()).isEqualTo("NATO");
    assertThat(only("North Atlantic Treaty Organization").key()).isEqualTo("NATO");
    assertThat(DICTIONARY.codeOn("NATO", LocalDate.of(2022, 3, 1))).map(Code::role).contains("IGO");
    assertThat(DICTIONARY.byKey("THE_EUROPEAN_UNION").countryCode()).isEqualTo("EUR");
  }

  @Test
  void agentsComeFromThePhoenixAgentsFile() {
    assertThat(DICTIONARY.agentRole("troops")).contains("MIL");
    assertThat(DICTIONARY.agentRole("army")).contains("MIL");
    assertThat(DICTIONARY.agentRole("Foreign Minister")).contains("GOV");
    assertThat(DICTIONARY.agentRole("defence minister")).contains("GOVMIL");
    assertThat(DICTIONARY.agentRole("grocer")).isEmpty();
  }

  @Test
  void aliasesAreNormalisedBeforeTheyAreCompared() {
    assertThat(ActorDictionary.normalizeAlias("U.S.")).isEqualTo("us");
    assertThat(ActorDictionary.normalizeAlias("#US")).isEqualTo("us");
    assertThat(ActorDictionary.normalizeAlias("  Ki-moon ")).isEqualTo("ki moon");
    assertThat(ActorDictionary.normalizeAlias("Lord\u2019s Resistance_Army"))
        .isEqualTo("lords resistance army");
    assertThat(ActorDictionary.normalizeAlias("Manfred Wörner")).isEqualTo("manfred worner");
    assertThat(ActorDictionary.normalizeAlias("Zelenskiy")).isEqualTo("zelenskiy");
    assertThat(only("U.S.").key()).isEqualTo(only("USA").key());
    assertThat(DICTIONARY.maxAliasTokens()).isBetween(5, 40);
  }

  @Test
  void theBundledDictionaryLoadsOnceQuicklyAndSmall() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    long start = System.nanoTime();
    ActorDictionary fresh =
        ActorDictionary.load(SharedData.projectRoot().resolve("seeds/reference"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.gc();
    long retainedMb = (runtime.totalMemory() - runtime.freeMemory() - before) / (1024 * 1024);
    System.out.printf(
        "ActorDictionary: %d actors loaded in %d ms, about %d MB retained%n",
        fresh.size(), millis, retainedMb);
    assertThat(fresh.size()).isGreaterThan(20_000);
    assertThat(millis).isLessThan(2_000);
    assertThat(retainedMb).isLessThan(200);
    assertThat(ActorDictionary.bundled()).isSameAs(DICTIONARY);
  }

  @Test
  void convertsThePetrarchValidationDictionariesIntoAFolderItCanLoad(@TempDir Path out) {
    Path petrarch = SharedData.require("reference/petrarch2");
    ConversionReport report =
        PhoenixConverter.convert(
            new PhoenixConverter.Sources(
                List.of(petrarch.resolve("PETR.Validate.actors.txt")),
                petrarch.resolve("PETR.Validate.agents.txt"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            out);
    ActorDictionary validation = ActorDictionary.load(out);
    assertThat(report.get("written: actors.csv rows")).isEqualTo(validation.size());
    Entry israel = validation.byAlias("Israel").get(0);
    assertThat(israel.type()).isEqualTo(ActorType.COUNTRY);
    assertThat(validation.codeOn(israel.key(), LocalDate.of(2014, 1, 1)))
        .map(Code::cameoCode)
        .contains("ISR");
    assertThat(validation.byAlias("Hamas")).extracting(Entry::countryCode).containsExactly("PSE");
    assertThat(validation.agentRole("foreign minister")).contains("GOVFRM");
    assertThat(validation.agentRole("congresswoman")).contains("LEG");
  }
}
