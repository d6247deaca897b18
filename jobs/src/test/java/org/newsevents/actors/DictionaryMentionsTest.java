package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;

/**
 * The dictionary route ({@link DictionaryMentions}, {@link DictionaryActors}): dictionary persons
 * with the code of the day and of their title, countries that act, countries and seats made sectors
 * by an agent noun before or after them, and bodies named after a place. Real CoreNLP annotations
 * and small hand-made dictionaries.
 */
class DictionaryMentionsTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);

  /** An article resolved with the bundled dictionaries, as a night without a reference folder. */
  private static ActorResolver.Result resolveBundled(LocalDate day, String... paragraphs) {
    return new ActorResolver(DictionaryLookup.bundled())
        .resolve(ResolvedArticles.annotate(day, paragraphs), day);
  }

  @Test
  void kremlinAndMoscowActForTheRussianGovernmentOnlyWhenTheyAct() {
    var result =
        ResolvedArticles.resolveCrisis(
            "Moscow denies the accusation.",
            "The Kremlin expects a response to its demands.",
            "Baerbock arrived in Moscow on Tuesday.");
    assertThat(ResolvedArticles.keysAndCodes(result))
        .contains("Moscow=RUS_GOV/RUSGOV", "Kremlin=RUS_GOV/RUSGOV")
        .hasSize(2 + 0 + countPersons(result));
  }

  /**
   * Dedup gold: "the United States' killing of Qasem Soleimani" coded the dictionary's Iranian
   * commander USA, and the United States no actor, as if "'s killing of" were his title; in another
   * article he was IRN, so the two reports of his killing stayed two events. A title never ends in
   * "of".
   */
  @Test
  void regressionACountrysActOfAPersonIsNoTitleThatGivesThePersonItsCountry() {
    var result =
        ResolvedArticles.resolveCrisis(
            "The move follows the United States' killing of Sergei Lavrov.",
            "America's arrest of Lavrov angered Ukraine.");
    assertThat(ResolvedArticles.keysAndCodes(result))
        .contains(
            "United States=UNITED_STATES/USA",
            "Sergei Lavrov=SERGEI_LAVROV/RUSGOV",
            "Lavrov=SERGEI_LAVROV/RUSGOV")
        .noneMatch(mention -> mention.contains("LAVROV/USA"));
  }

  /**
   * A comma after an agent noun is no part of it: the bundled dictionary's "foreign ministry" took
   * in the comma of "Russia's foreign ministry, an ally of Assad's", and the words after it became
   * a title before Assad, so the ministry was no actor and the statement it released was Assad's.
   */
  @Test
  void regressionAnAgentPhraseEndsBeforeTheCommaAfterIt() {
    var result =
        resolveBundled(
            DATE, "Russia's foreign ministry, an ally of Assad's, released a statement.");
    assertThat(ResolvedArticles.keysAndCodes(result))
        .contains("Russia's foreign ministry=RUS_GOV/RUSGOV");
  }

  /**
   * The 10k bench corpus coded Kim Jong Un KORGOV through whole articles: in "North Korea's Kim
   * Jong Un" the title's country was read at each word, and "Korea" alone, South Korea in the
   * dictionary, came last.
   */
  @Test
  void regressionAWordInsideACountrysNameInATitleNamesNoCountryOfItsOwn() {
    var result =
        resolveBundled(LocalDate.of(2018, 6, 1), "North Korea's Kim Jong Un met Moon Jae-in.");
    assertThat(ResolvedArticles.keysAndCodes(result)).contains("Kim Jong Un=KIM_JONG_UN/PRKGOV");
  }

  /**
   * The 10k bench corpus: "Russian President Vladimir Putin and President Obama" coded Obama
   * RUSGOV, and "UK Prime Minister David Cameron, Secretary of Defense Chuck Hagel" coded Hagel
   * GBRGOVMIL, as if they were later names of a list under the first name's title. A name that
   * opens with a title of its own has its own.
   */
  @Test
  void regressionANameWithATitleOfItsOwnIsNoLaterNameOfAListUnderTheFirstsTitle() {
    var result =
        resolveBundled(
            LocalDate.of(2015, 6, 1),
            "Russian President Vladimir Putin and President Obama spoke by phone.",
            "Obama talked with UK Prime Minister David Cameron, Secretary of Defense Chuck"
                + " Hagel and Secretary of State John Kerry.");
    assertThat(ResolvedArticles.keysAndCodes(result))
        .contains("President Obama=BARACK_OBAMA/USAGOV")
        .noneMatch(mention -> mention.contains("HAGEL/GBR"));
  }

  /**
   * The 10k bench corpus: "Egyptian President Abdel Fatah al-Sisi" (one "t") matched the dictionary
   * alias "Sisi" alone, and the rest of his name was read as a title before it: "Fatah", a
   * Palestinian party, made him PSEGOV. The title comes before the whole name NER found.
   */
  @Test
  void regressionTheWordsOfAPersonsOwnNameAreNoTitleBeforeTheAliasTheyEndIn() {
    var result =
        resolveBundled(
            LocalDate.of(2015, 2, 16),
            "Egyptian President Abdel Fatah al-Sisi vowed revenge for the killings.");
    assertThat(ResolvedArticles.keysAndCodes(result)).contains("Sisi=ABDEL_FATTAH_EL_SISI/EGYGOV");
  }

  /**
   * Issue 15: a sector made from a role noun was named after its country code ("RUS (GOV)") and
   * typed organization, beside "Russia (MIL)" from a demonym.
   */
  @Test
  void aSectorIsNamedAfterItsCountryAndTypedSectorHoweverItWasFound() {
    var result =
        ResolvedArticles.resolveCrisis(
            "Russia moved troops to the border, and Russian troops arrived in Belarus.",
            "Russia says the drills are routine. The foreign minister said the exercises were"
                + " planned.",
            "The Kremlin expects a response to its demands.");
    assertThat(
            result.actors().values().stream()
                .filter(a -> a.actorKey().startsWith("RUS_"))
                .map(a -> a.actorKey() + " " + a.name() + " " + a.actorType())
                .sorted())
        .containsExactly("RUS_GOV Russia (GOV) sector", "RUS_MIL Russia (MIL) sector");
  }

  @Test
  void demonymWithAnAgentIsThatCountrysSector() {
    var result =
        ResolvedArticles.resolveCrisis(
            "Russian troops arrived in Belarus.",
            "The Belarusian Ministry of Defense said the exercises were improvised.");
    assertThat(ResolvedArticles.keysAndCodes(result))
        .contains("Russian troops=RUS_MIL/RUSMIL", "Belarusian Ministry of Defense=BLR_MIL/BLRMIL");
  }

  @Test
  void officeHoldersGetTheCodeOfTheArticlesDate() {
    var result = ResolvedArticles.resolveCrisis("Joe Biden said the United States would respond.");
    assertThat(ResolvedArticles.keysAndCodes(result)).contains("Joe Biden=JOE_BIDEN/USAGOV");
    var in2018 =
        ResolvedArticles.CRISIS.resolve(
            NlpPipeline.get()
                .annotate(
                    "t",
                    List.of("Joe Biden said the United States would respond."),
                    List.of(0),
                    LocalDate.of(2018, 5, 1),
                    SentenceTriage.properNounAndVerb()),
            LocalDate.of(2018, 5, 1));
    assertThat(ResolvedArticles.keysAndCodes(in2018)).contains("Joe Biden=JOE_BIDEN/USAELI");
  }

  @Test
  void aCountryInTheTitleBeforeADictionaryPersonFiledUnderAnotherCountryGivesTheirCountry() {
    ActorResolver realms =
        new ActorResolver(
            TinyDictionary.crisis2022()
                .actor("UNITED_KINGDOM", "United Kingdom", "country", "GBR", "United Kingdom")
                .actor("QUEEN_MAB", "Queen Mab", "person", "KNA", "Queen Mab")
                .code("QUEEN_MAB", "KNAGOV", "GOV", "1952-02-06", null));
    List<Integer> first = List.of(0);
    var result =
        realms.resolve(
            NlpPipeline.get()
                .annotate(
                    "t",
                    List.of("Yesterday, the United Kingdom's Queen Mab announced she will comply."),
                    first,
                    DATE,
                    SentenceTriage.properNounAndVerb()),
            DATE);
    assertThat(ResolvedArticles.keysAndCodes(result)).contains("Queen Mab=QUEEN_MAB/GBRGOV");
    assertThat(
            ResolvedArticles.keysAndCodes(
                ResolvedArticles.resolveCrisis(
                    "Russian Foreign Minister Sergei Lavrov met Antony Blinken.")))
        .contains("Sergei Lavrov=SERGEI_LAVROV/RUSGOV");
  }

  @Test
  void aRoleInTheTitleCodesADictionaryPersonTheDictionaryGivesNoRole() {
    // "United States senator and presidential candidate Robert F. Kennedy" was coded USA.
    var result =
        new ActorResolver(TinyDictionary.crisis2022().agent("senator", "LEG"))
            .resolve(
                NlpPipeline.get()
                    .annotate(
                        "t",
                        List.of("He shot United States senator Antony Blinken in 1968."),
                        List.of(0),
                        DATE,
                        SentenceTriage.properNounAndVerb()),
                DATE);
    assertThat(ResolvedArticles.keysAndCodes(result))
        .contains("Antony Blinken=ANTONY_BLINKEN/USALEG");
  }

  @Test
  void aStateBodyNamedAfterItsCountryIsThatCountrysGovernment() {
    assertThat(
            ResolvedArticles.keysAndCodes(
                ResolvedArticles.resolveCrisis(
                    "The Federal Aviation Office of Germany has suspended the permit.")))
        .contains("Germany=DEU_GOV/DEUGOV");
    assertThat(
            ResolvedArticles.keysAndCodes(
                ResolvedArticles.resolveCrisis(
                    "The delegation visited the National Museum of Germany.")))
        .noneMatch(m -> m.contains("DEU_GOV"));
  }

  @Test
  void aCountryBeforeANounForItsPeopleOfNoRoleIsThatCountry() {
    // "Iraqi militias had made threats against U.S. personnel" had no target.
    assertThat(
            ResolvedArticles.keysAndCodes(
                ResolvedArticles.resolveCrisis(
                    "Militias had made threats against US personnel in Belarus.")))
        .contains("US personnel=UNITED_STATES/USA");
  }

  @Test
  void aDemonymBeforeCounterpartIsThatCountrysGovernment() {
    assertThat(
            ResolvedArticles.keysAndCodes(
                ResolvedArticles.resolveCrisis(
                    "The minister spoke with her Russian counterpart on Tuesday.")))
        .contains("Russian counterpart=RUS_GOV/RUSGOV");
  }

  @Test
  void officialsOfACountryNamedBeforeThemAreItsGovernment() {
    assertThat(
            ResolvedArticles.keysAndCodes(
                ResolvedArticles.resolveCrisis(
                    "Citing privacy rules, Russian officials have not said why visas were denied.")))
        .contains("Russian officials=RUS_GOV/RUSGOV");
  }

  @Test
  void aPlaceBeforeTheHeadNounOfABodyNamesThatBody() {
    var result =
        ResolvedArticles.resolveCrisis(
            "A detective for the Los Angeles Sheriff's office was given the file on Monday.",
            "The Germany Tourism board was prominent at the entrance.",
            "Russia invaded Ukraine, and the fighting reached the Kharkiv suburbs.");
    assertThat(ResolvedArticles.keysAndCodes(result))
        .contains(
            "Los Angeles Sheriff's office=UNKNOWN_ORGANIZATION:los_angeles_sheriff_office/null",
            "Germany Tourism board=UNKNOWN_ORGANIZATION:germany_tourism_board/null")
        .noneMatch(m -> m.startsWith("Kharkiv"));
  }

  private static int countPersons(ActorResolver.Result result) {
    return (int) result.mentions().stream().filter(m -> !m.actorKey().equals("RUS_GOV")).count();
  }
}
