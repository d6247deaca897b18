package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.SharedData;

/**
 * The converter on a small slice of the Phoenix formats, written inline, with the exact CSV rows it
 * must produce.
 */
class PhoenixConverterTest {
  private static final String COUNTRIES =
      """
      # TABARI-formatted .actor file: comment lines start with #
      RUSSIAN_FEDERATION_  [RUS]
      +RUSSIA_
      +RUSSIAN
      +POCCNR_
      +MOSCOW_
      +RUSSLAND_ # a name listed after the capital is kept when it reads as the country's name
      +NOVOSIBIRSK_
      +SOVIET_OCCUPIED_(FORMER)_

      KREMLIN_
      +RUSSIAN_WHITE_HOUSE
      \t[RUSGOV]
      VLADIMIR_PUTIN_  # CountryInfo.txt
      +VLADIMIR_V._PUTIN
      +PRESIDENT_PUTIN_
      \t[RUSELI 700101-990809]
      \t[RUSGOV >080508]
      \t[RUSELI]
      LEONID_BREZHNEV_  # CountryInfo.txt
      LEONID_ILYICH_BREZHNEV
      \t[RUSELI 19240101-641014]
      \t[RUSGOV 641014-821110]
      SERGEY_LAVROV_  # CountryInfo.txt
      \t[RUSGOV 19940922-20040712] # Amb. to UN
      \t[RUSGOV <20040309]
      JOHN_DOE_
      \t[USAGOV 19820101]
      INDIAN_OCEAN  [---]
      """;

  private static final String INTERNATIONAL =
      """
      NATO_
      +NORTH_ATLANTIC_TREATY_ORGANIZATION_
      \t[IGOWSTNAT]# NGO_Actors
      JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # IGOrulers.txt
      GAZPROM_ [MNCRUS]
      """;

  private static final String MIL_NON_STATE =
      """
      LORD'S_RESISTANCE_ARMY [CFRREB] #  kkl 21 Mar 13
      ANIMAL_LIBERATION_FRONT_(ALF)_ [INTREB] #  kkl 21 Mar 13
      """;

  private static final String AGENTS =
      """
      # ======== SUBSTITUTION SETS ========
      !PERSON! = MAN, WOMAN
      !MINIST! = MINISTER, MINISTRY

      ARMY [~MIL]
      TROOP {} [~MIL] # no plural
      POLICE!PERSON! [~COP]
      FOREIGN_!MINIST! [~GOV]
      HUMAN_RIGHTS_BODY [NGO~]
      DEFENCE_MINIST [~GOVMIL]
      ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
      ARMY [~REB] # defined again: the first definition wins
      """;

  private static final String COUNTRY_NAMES =
      """
      NULL\t---\t000
      Russian Federation\tRUS\t365
      Russia\tRUS\t365
      United States\tUSA\t002
      """;

  private static final String CURATED_SEATS =
      """
      alias,country_code,cameo_code,kind,source
      Moscow,RUS,RUSGOV,capital,national capital
      Kremlin,RUS,RUSGOV,seat,seat of the Russian presidency
      Russian White House,RUS,RUSGOV,seat,seat of the Russian government
      """;

  private static final String CURATED_ACTORS =
      """
      actor_key,name,actor_type,country_code,aliases,cameo_code,valid_from,valid_to,source
      SERGEY_LAVROV,Sergei Lavrov,person,RUS,Lavrov|Sergei Lavrov,RUSGOV,2004-03-09,,Appointed foreign minister 2004-03-09
      SERGEY_LAVROV,,,,,RUSGOV,1994-09-22,2004-07-12,UN ambassador until 2004-07-12
      JENS_STOLTENBERG,Jens Stoltenberg,person,NATO,Stoltenberg,IGOWSTNAT,2014-10-01,2024-10-01,NATO Secretary General
      """;

  @TempDir Path dir;
  private Path out;
  private ConversionReport report;

  @BeforeEach
  void convert() throws IOException {
    Path countries = write("Test.Countries.actors.txt", COUNTRIES);
    Path international = write("Test.International.actors.txt", INTERNATIONAL);
    Path milNonState = write("Test.MilNonState.actors.txt", MIL_NON_STATE);
    Path agents = write("Test.agents.txt", AGENTS);
    Path countryNames = write("countrynames.txt", COUNTRY_NAMES);
    Path curated = write("actors_2019_2022.csv", CURATED_ACTORS);
    Path seats = write("seats.csv", CURATED_SEATS);
    write(
        "alias_exclusions.csv",
        "alias,actor_key,reason\nPoccnr,RUSSIAN_FEDERATION,look-alike Latin letters\n");
    write("agents_extra.csv", "term,role,reason\nForces,MIL,not in Phoenix\n");
    out = dir.resolve("out");
    report =
        PhoenixConverter.convert(
            new PhoenixConverter.Sources(
                List.of(countries, international, milNonState),
                agents,
                Optional.of(countryNames),
                Optional.of(curated),
                Optional.of(seats)),
            out);
  }

  @Test
  void writesOneActorRowPerCanonicalActor() throws IOException {
    assertThat(lines("actors.csv"))
        .containsExactly(
            "actor_key,name,actor_type,country_code,aliases,source",
            "ANIMAL_LIBERATION_FRONT_(ALF),Animal Liberation Front,group,,Animal Liberation Front|ALF,"
                + "Test.MilNonState.actors.txt",
            "GAZPROM,Gazprom,organization,RUS,Gazprom,Test.International.actors.txt",
            "JAVIER_SOLANA,Javier Solana,person,NATO,Javier Solana,Test.International.actors.txt (IGOrulers)",
            "JENS_STOLTENBERG,Jens Stoltenberg,person,NATO,Jens Stoltenberg|Stoltenberg,"
                + "curated/actors_2019_2022.csv",
            "LEONID_BREZHNEV,Leonid Brezhnev,person,RUS,Leonid Brezhnev|Leonid Ilyich Brezhnev,"
                + "Test.Countries.actors.txt (CountryInfo.140130)",
            "LORD'S_RESISTANCE_ARMY,Lord's Resistance Army,group,,Lord's Resistance Army,Test.MilNonState.actors.txt",
            "NATO,NATO,igo,NATO,NATO|North Atlantic Treaty Organization,Test.International.actors.txt",
            "RUSSIAN_FEDERATION,Russia,country,RUS,Russia|Russian Federation|Russian|Russland,Test.Countries.actors.txt",
            "SERGEY_LAVROV,Sergei Lavrov,person,RUS,Sergei Lavrov|Lavrov|Sergey Lavrov,"
                + "curated/actors_2019_2022.csv; Test.Countries.actors.txt (CountryInfo.140130)",
            "VLADIMIR_PUTIN,Vladimir Putin,person,RUS,Vladimir Putin|Vladimir V. Putin|President Putin,"
                + "Test.Countries.actors.txt (CountryInfo.140130)");
  }

  @Test
  void writesOneCodeRowPerPeriodWithIsoDatesAndThePivotForTwoDigitYears() throws IOException {
    assertThat(lines("actor_codes.csv"))
        .containsExactly(
            "actor_key,cameo_code,role,valid_from,valid_to,source",
            "ANIMAL_LIBERATION_FRONT_(ALF),INTREB,REB,,,Test.MilNonState.actors.txt",
            "GAZPROM,MNCRUS,MNC,,,Test.International.actors.txt",
            "JAVIER_SOLANA,IGOEUREEC,IGO,1995-07-01,1995-12-31,Test.International.actors.txt",
            "JAVIER_SOLANA,IGOWSTNAT,IGO,1995-12-05,1999-10-06,Test.International.actors.txt",
            "JENS_STOLTENBERG,IGOWSTNAT,IGO,2014-10-01,2024-10-01,curated: NATO Secretary General",
            "LEONID_BREZHNEV,RUSELI,ELI,1924-01-01,1964-10-14,Test.Countries.actors.txt",
            "LEONID_BREZHNEV,RUSGOV,GOV,1964-10-14,1982-11-10,Test.Countries.actors.txt",
            "LORD'S_RESISTANCE_ARMY,CFRREB,REB,,,Test.MilNonState.actors.txt",
            "NATO,IGOWSTNAT,IGO,,,Test.International.actors.txt",
            "RUSSIAN_FEDERATION,RUS,,,,Test.Countries.actors.txt",
            "SERGEY_LAVROV,RUSGOV,GOV,,2004-03-09,Test.Countries.actors.txt",
            "SERGEY_LAVROV,RUSGOV,GOV,1994-09-22,2004-07-12,curated: UN ambassador until 2004-07-12",
            "SERGEY_LAVROV,RUSGOV,GOV,2004-03-09,,curated: Appointed foreign minister 2004-03-09",
            "VLADIMIR_PUTIN,RUSELI,ELI,,,Test.Countries.actors.txt",
            "VLADIMIR_PUTIN,RUSELI,ELI,1970-01-01,1999-08-09,Test.Countries.actors.txt",
            "VLADIMIR_PUTIN,RUSGOV,GOV,2008-05-08,,Test.Countries.actors.txt");
  }

  @Test
  void expandsAgentMacrosPluralsAndStems() throws IOException {
    assertThat(lines("agents.csv"))
        .containsExactly(
            "term,role,source",
            "armies,MIL,Test.agents.txt",
            "army,MIL,Test.agents.txt",
            "attorney general,JUD,Test.agents.txt",
            "attorneys general,JUD,Test.agents.txt",
            "defence minister,GOVMIL,Test.agents.txt",
            "defence ministers,GOVMIL,Test.agents.txt",
            "defence ministries,GOVMIL,Test.agents.txt",
            "defence ministry,GOVMIL,Test.agents.txt",
            "forces,MIL,curated/agents_extra.csv",
            "foreign minister,GOV,Test.agents.txt",
            "foreign ministry,GOV,Test.agents.txt",
            "human rights bodies,NGO,Test.agents.txt",
            "human rights body,NGO,Test.agents.txt",
            "policeman,COP,Test.agents.txt",
            "policewoman,COP,Test.agents.txt",
            "troop,MIL,Test.agents.txt");
  }

  @Test
  void movesCapitalsAndSeatsOutOfTheActorsIntoSeats() throws IOException {
    assertThat(lines("seats.csv"))
        .containsExactly(
            "alias,actor_key,cameo_code,kind",
            "Kremlin,RUSSIAN_FEDERATION,RUSGOV,seat",
            "Moscow,RUSSIAN_FEDERATION,RUSGOV,capital",
            "Russian White House,RUSSIAN_FEDERATION,RUSGOV,seat");
  }

  @Test
  void reportsWhatItDroppedInsteadOfGuessing() {
    assertThat(report.get("actors dropped: no code (and no later entry to take it from)"))
        .isEqualTo(1);
    assertThat(report.get("actors dropped: only the null code [---]")).isEqualTo(1);
    assertThat(report.get("actors dropped: only a seat of government (in seats.csv instead)"))
        .isEqualTo(1);
    // NOVOSIBIRSK and SOVIET_OCCUPIED_(FORMER)_ are listed after the capital and do not read as the
    // country's name;
    // (FORMER) is a qualifier, not an acronym, so it is no alias at all.
    assertThat(
            report.get("aliases dropped: places in country entries (cities, regions, landmarks)"))
        .isEqualTo(2);
    assertThat(report.get("curated: Phoenix periods restated (closed or corrected)")).isEqualTo(1);
    assertThat(report.problemExamples())
        .singleElement()
        .asString()
        .contains("Test.Countries.actors.txt:28", "USAGOV 19820101");
  }

  @Test
  void transliterationJunkInTheCuratedAliasExclusionsIsNoAlias() throws IOException {
    assertThat(lines("actors.csv"))
        .filteredOn(line -> line.startsWith("RUSSIAN_FEDERATION,"))
        .singleElement()
        .asString()
        .contains("Russland")
        .doesNotContain("Poccnr");
    assertThat(report.get("aliases dropped: curated exclusions (alias_exclusions.csv)"))
        .isEqualTo(1);
  }

  @Test
  void aCuratedAgentTermThePhoenixFileLacksIsWrittenWithItsSource() throws IOException {
    assertThat(lines("agents.csv")).contains("forces,MIL,curated/agents_extra.csv");
  }

  @Test
  void aRerunGivesByteIdenticalFiles() throws IOException {
    Path again = dir.resolve("again");
    PhoenixConverter.convert(
        new PhoenixConverter.Sources(
            List.of(
                dir.resolve("Test.Countries.actors.txt"),
                dir.resolve("Test.International.actors.txt"),
                dir.resolve("Test.MilNonState.actors.txt")),
            dir.resolve("Test.agents.txt"),
            Optional.of(dir.resolve("countrynames.txt")),
            Optional.of(dir.resolve("actors_2019_2022.csv")),
            Optional.of(dir.resolve("seats.csv"))),
        again);
    for (String file : List.of("actors.csv", "actor_codes.csv", "agents.csv", "seats.csv")) {
      assertThat(Files.readAllBytes(again.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(out.resolve(file)));
    }
  }

  @Test
  void theLoaderReadsWhatTheConverterWrote() {
    ActorDictionary dictionary = ActorDictionary.load(out);
    assertThat(dictionary.byAlias("President Putin"))
        .extracting(ActorDictionary.Entry::key)
        .containsExactly("VLADIMIR_PUTIN");
    assertThat(dictionary.byAlias("moscow")).isEmpty();
    assertThat(dictionary.seat("Moscow")).map(ActorDictionary.Seat::cameoCode).contains("RUSGOV");
    assertThat(dictionary.agentRole("Policewoman")).contains("COP");
    assertThat(dictionary.codeOn("VLADIMIR_PUTIN", java.time.LocalDate.of(2005, 1, 1)))
        .map(ActorDictionary.Code::cameoCode)
        .contains("RUSELI");
  }

  /**
   * The committed seeds/reference files are exactly what the converter makes of the real Phoenix
   * files.
   */
  @Test
  void theCommittedDictionaryIsWhatTheConverterMakesOfThePhoenixFiles() throws IOException {
    Path phoenix = SharedData.require("reference/petrarch2");
    Path seeds = SharedData.projectRoot().resolve("seeds/reference");
    Path regenerated = dir.resolve("regenerated");
    PhoenixConverter.convert(phoenix, seeds.resolve("curated/actors_2019_2022.csv"), regenerated);
    for (String file : List.of("actors.csv", "actor_codes.csv", "agents.csv", "seats.csv")) {
      assertThat(Files.readAllBytes(regenerated.resolve(file)))
          .as(
              "seeds/reference/%s differs from the converter's output: regenerate it (see seeds/reference/README.md)",
              file)
          .isEqualTo(Files.readAllBytes(seeds.resolve(file)));
    }
    assertThat(Files.size(seeds.resolve("actors.csv"))).isLessThan(4_000_000L);
  }

  /**
   * PETR.Validate.actors.txt opens a comment with "<! --", which PETRARCH skips as it skips every
   * line that begins with "<!"; read as a phrase, it gave the next actor the key
   * "<!_--_NEW_ACTORS...".
   */
  @Test
  void anOfficeHolderOfAnotherCountryUnderAnExistingKeyIsSomeoneElse() throws IOException {
    Path curatedFolder = Files.createDirectories(dir.resolve("layout/curated"));
    Path curated = curatedFolder.resolve("actors_2019_2022.csv");
    Files.writeString(curated, CURATED_ACTORS);
    Path sources = Files.createDirectories(dir.resolve("layout/sources"));
    Files.writeString(
        sources.resolve("us.csv"),
        """
        actor_key,name,actor_type,country_code,aliases,cameo_code,valid_from,valid_to,source
        JOHN_DOE,John Q. Doe,person,USA,John Doe,USALEG,2001-01-03,2005-01-03,House
        JOHN_DOE,,,,,USALEG,2009-01-06,2011-01-03,House again
        SERGEY_LAVROV,Sergey Lavrov,person,GBR,,GBRLEG,2001-01-03,2005-01-03,a namesake
        """);
    Path layoutOut = dir.resolve("layout/out");
    PhoenixConverter.convert(
        new PhoenixConverter.Sources(
            List.of(write("Test.Countries.actors.txt", COUNTRIES)),
            write("Test.agents.txt", AGENTS),
            Optional.of(write("countrynames.txt", COUNTRY_NAMES)),
            Optional.of(curated),
            Optional.empty()),
        layoutOut);

    List<String> codes = Files.readAllLines(layoutOut.resolve("actor_codes.csv"));
    // The same key and country: the Phoenix actor gains both periods and the alias.
    assertThat(codes)
        .contains(
            "JOHN_DOE,USALEG,LEG,2001-01-03,2005-01-03,House",
            "JOHN_DOE,USALEG,LEG,2009-01-06,2011-01-03,House again");
    assertThat(Files.readAllLines(layoutOut.resolve("actors.csv")))
        .anyMatch(line -> line.startsWith("JOHN_DOE,") && line.contains("John Q. Doe"))
        // Another country: someone else, under the key with the country as a suffix.
        .anyMatch(line -> line.startsWith("SERGEY_LAVROV_GBR,Sergey Lavrov,person,GBR,"));
    assertThat(codes).noneMatch(line -> line.startsWith("SERGEY_LAVROV,GBRLEG"));
  }

  /**
   * A period row with no name whose key no earlier row of the file named is an error, even when a
   * Phoenix actor has that key: it would otherwise give the Phoenix actor someone else's office.
   */
  @Test
  void anOfficeHoldersPeriodForAKeyNoEarlierRowNamedIsRefused() throws IOException {
    Path curatedFolder = Files.createDirectories(dir.resolve("orphan/curated"));
    Path curated = curatedFolder.resolve("actors_2019_2022.csv");
    Files.writeString(curated, CURATED_ACTORS);
    Path sources = Files.createDirectories(dir.resolve("orphan/sources"));
    Files.writeString(
        sources.resolve("us.csv"),
        """
        actor_key,name,actor_type,country_code,aliases,cameo_code,valid_from,valid_to,source
        JOHN_DOE,,,,,USALEG,2001-01-03,2005-01-03,House
        """);
    PhoenixConverter.Sources phoenix =
        new PhoenixConverter.Sources(
            List.of(write("Test.Countries.actors.txt", COUNTRIES)),
            write("Test.agents.txt", AGENTS),
            Optional.of(write("countrynames.txt", COUNTRY_NAMES)),
            Optional.of(curated),
            Optional.empty());

    assertThatThrownBy(() -> PhoenixConverter.convert(phoenix, dir.resolve("orphan/out")))
        .hasMessageContaining("us.csv:1: a period of an actor no earlier row named");
  }

  @Test
  void aLineBeginningWithLessThanBangIsAComment() throws IOException {
    Path actors =
        write(
            "Validate.actors.txt",
            """
            <! -- NEW ACTORS FOR PETRARCH VALIDATION TEST -->

            SAM_GAMGEE [HOB]  # default
            \t[HOBGOV 20121109-20130119]
            """);
    Path validated = dir.resolve("validated");
    PhoenixConverter.convert(
        new PhoenixConverter.Sources(
            List.of(actors),
            dir.resolve("Test.agents.txt"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()),
        validated);

    assertThat(ActorDictionary.load(validated).byAlias("Sam Gamgee"))
        .extracting(ActorDictionary.Entry::key)
        .containsExactly("SAM_GAMGEE");
  }

  /**
   * "THE_SHIRE [FRO/BIL/SAM]" stands for three actors (the PETRARCH unit tests code one event for
   * each); the reader used to drop the code as an unreadable date restriction "/BIL/SAM".
   */
  @Test
  void codesJoinedBySlashBecomeOneCodeEachWithTheSamePeriod() throws IOException {
    Path actors =
        write(
            "Validate.actors.txt",
            """
            THE_SHIRE  [FRO/BIL/SAM]
            LORIEN  [ELR/GAL >20000101]
            """);
    Path validated = dir.resolve("validated");
    ConversionReport validation =
        PhoenixConverter.convert(
            new PhoenixConverter.Sources(
                List.of(actors),
                dir.resolve("Test.agents.txt"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            validated);

    assertThat(validation.problemExamples()).isEmpty();
    assertThat(Files.readString(validated.resolve("actor_codes.csv"), StandardCharsets.UTF_8))
        .isEqualTo(
            String.join(
                "\r\n",
                "actor_key,cameo_code,role,valid_from,valid_to,source",
                "LORIEN,ELR,,2000-01-01,,Validate.actors.txt",
                "LORIEN,GAL,,2000-01-01,,Validate.actors.txt",
                "THE_SHIRE,BIL,,,,Validate.actors.txt",
                "THE_SHIRE,FRO,,,,Validate.actors.txt",
                "THE_SHIRE,SAM,,,,Validate.actors.txt",
                ""));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private List<String> lines(String file) throws IOException {
    return List.of(Files.readString(out.resolve(file), StandardCharsets.UTF_8).split("\r\n"));
  }
}
