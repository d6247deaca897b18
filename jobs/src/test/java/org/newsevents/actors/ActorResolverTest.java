package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;

/** Resolution cases on real CoreNLP annotations and a small hand-made dictionary. */
class ActorResolverTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);
  private final ActorResolver resolver = new ActorResolver(TinyDictionary.crisis2022());

  private ActorResolver.Result resolve(String... paragraphs) {
    List<Integer> all = new java.util.ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      all.add(i);
    }
    AnnotatedArticle article =
        NlpPipeline.get()
            .annotate("t", List.of(paragraphs), all, DATE, SentenceTriage.properNounAndVerb());
    return resolver.resolve(article, DATE);
  }

  private static List<String> mentions(ActorResolver.Result result) {
    return result.mentions().stream()
        .map(m -> m.surface() + "=" + m.actorKey() + "/" + m.cameoCode())
        .toList();
  }

  @Test
  void surnameAndHonorificAfterAFullNameAreTheSamePerson() {
    var result =
        resolve(
            "Russian Foreign Minister Sergei Lavrov met Antony Blinken in Geneva.",
            "Mr. Blinken said Lavrov listened.");
    assertThat(mentions(result))
        .contains(
            "Sergei Lavrov=SERGEI_LAVROV/RUSGOV",
            "Blinken=ANTONY_BLINKEN/USA",
            "Lavrov=SERGEI_LAVROV/RUSGOV");
  }

  @Test
  void misspelledNamesResolveToTheKnownPerson() {
    var result =
        resolve(
            "Annalyna Baerbock, German Foreign Minister, spoke with Lavrov in Moscow.",
            "Baerboks visit was preceded by a trip to Kiev.");
    assertThat(mentions(result))
        .contains(
            "Annalyna Baerbock=ANNALENA_BAERBOCK/DEUGOV", "Baerboks=ANNALENA_BAERBOCK/DEUGOV");
  }

  @Test
  void kremlinAndMoscowActForTheRussianGovernmentOnlyWhenTheyAct() {
    var result =
        resolve(
            "Moscow denies the accusation.",
            "The Kremlin expects a response to its demands.",
            "Baerbock arrived in Moscow on Tuesday.");
    assertThat(mentions(result))
        .contains("Moscow=RUS_GOV/RUSGOV", "Kremlin=RUS_GOV/RUSGOV")
        .hasSize(2 + 0 + countPersons(result));
  }

  private static int countPersons(ActorResolver.Result result) {
    return (int) result.mentions().stream().filter(m -> !m.actorKey().equals("RUS_GOV")).count();
  }

  /**
   * Issue 15: a sector made from a role noun was named after its country code ("RUS (GOV)") and
   * typed organization, beside "Russia (MIL)" from a demonym.
   */
  @Test
  void aSectorIsNamedAfterItsCountryAndTypedSectorHoweverItWasFound() {
    var result =
        resolve(
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
        resolve(
            "Russian troops arrived in Belarus.",
            "The Belarusian Ministry of Defense said the exercises were improvised.");
    assertThat(mentions(result))
        .contains("Russian troops=RUS_MIL/RUSMIL", "Belarusian Ministry of Defense=BLR_MIL/BLRMIL");
  }

  @Test
  void officeHoldersGetTheCodeOfTheArticlesDate() {
    var result = resolve("Joe Biden said the United States would respond.");
    assertThat(mentions(result)).contains("Joe Biden=JOE_BIDEN/USAGOV");
    var in2018 =
        resolver.resolve(
            NlpPipeline.get()
                .annotate(
                    "t",
                    List.of("Joe Biden said the United States would respond."),
                    List.of(0),
                    LocalDate.of(2018, 5, 1),
                    SentenceTriage.properNounAndVerb()),
            LocalDate.of(2018, 5, 1));
    assertThat(mentions(in2018)).contains("Joe Biden=JOE_BIDEN/USAELI");
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
    assertThat(mentions(result)).contains("Queen Mab=QUEEN_MAB/GBRGOV");
    assertThat(mentions(resolve("Russian Foreign Minister Sergei Lavrov met Antony Blinken.")))
        .contains("Sergei Lavrov=SERGEI_LAVROV/RUSGOV");
  }

  @Test
  void aStateBodyNamedAfterItsCountryIsThatCountrysGovernment() {
    assertThat(
            mentions(resolve("The Federal Aviation Office of Germany has suspended the permit.")))
        .contains("Germany=DEU_GOV/DEUGOV");
    assertThat(mentions(resolve("The delegation visited the National Museum of Germany.")))
        .noneMatch(m -> m.contains("DEU_GOV"));
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
    assertThat(mentions(result)).contains("Antony Blinken=ANTONY_BLINKEN/USALEG");
  }

  @Test
  void aCountryBeforeANounForItsPeopleOfNoRoleIsThatCountry() {
    // "Iraqi militias had made threats against U.S. personnel" had no target.
    assertThat(mentions(resolve("Militias had made threats against US personnel in Belarus.")))
        .contains("US personnel=UNITED_STATES/USA");
  }

  @Test
  void aDemonymBeforeCounterpartIsThatCountrysGovernment() {
    assertThat(mentions(resolve("The minister spoke with her Russian counterpart on Tuesday.")))
        .contains("Russian counterpart=RUS_GOV/RUSGOV");
  }

  @Test
  void aCapitalsNameAtTheStartOfABuildingsNameIsNoActor() {
    // "set fire to St. John's Episcopal Church" made Antigua and Barbuda (capital St. John's) the
    // target.
    ActorResolver withAntigua =
        new ActorResolver(
            TinyDictionary.crisis2022()
                .actor(
                    "ANTIGUA", "Antigua and Barbuda", "country", "ATG", "Antigua", "St. John's"));
    var result =
        withAntigua.resolve(
            NlpPipeline.get()
                .annotate(
                    "t",
                    List.of("Rioters set fire to St. John's Episcopal Church on Monday."),
                    List.of(0),
                    DATE,
                    SentenceTriage.properNounAndVerb()),
            DATE);
    assertThat(mentions(result)).noneMatch(m -> m.contains("ANTIGUA"));
  }

  @Test
  void twoPeopleWithTheSameSurnameAreNeverMerged() {
    var result = resolve("Joe Biden met Hunter Biden in Delaware.", "Biden declined to comment.");
    assertThat(result.actors().keySet()).contains("JOE_BIDEN", "UNKNOWN_PERSON:hunter_biden");
    assertThat(mentions(result)).noneMatch(m -> m.startsWith("Hunter Biden=JOE_BIDEN"));
    assertThat(mentions(result)).noneMatch(m -> m.startsWith("Biden="));
  }

  @Test
  void unknownPeopleGetCountryAndRoleFromTheirTitle() {
    var result =
        resolve(
            "Part of this is the repulsion of a foreign attack, said Russian Deputy Defence Minister Alexander Fomin.");
    ResolvedActor fomin = result.actors().get("UNKNOWN_PERSON:alexander_fomin");
    assertThat(fomin).isNotNull();
    assertThat(fomin.known()).isFalse();
    assertThat(fomin.countryCode()).isEqualTo("RUS");
    assertThat(fomin.role()).isEqualTo("MIL");
    assertThat(fomin.evidence()).contains("Deputy Defence Minister Alexander Fomin");
  }

  @Test
  void aDeputyMinistersTitleCodesTheMinistryNotASheriffsDeputy() {
    // The bundled agents dictionary reads "deputy" alone as police (COP).
    AnnotatedArticle article =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of("Russian Deputy Foreign Minister Oleg Petrov accused Ukraine of lying."),
                List.of(0),
                DATE,
                SentenceTriage.everySentence());
    var result = new ActorResolver(DictionaryLookup.bundled()).resolve(article, DATE);
    assertThat(result.actors().get("UNKNOWN_PERSON:oleg_petrov").cameoCode()).isEqualTo("RUSGOV");
  }

  @Test
  void aTitledNameAfterAnotherTitledNameKeepsItsOwnCountry() {
    // The title before the first name of a list ("Representatives A, B and C") had reached past
    // "and" to a name with its own title: Lavrov became USAGOV.
    AnnotatedArticle article =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of(
                    "On Friday, US Secretary of State Antony Blinken and Russian Foreign Minister"
                        + " Sergei Lavrov met in Geneva."),
                List.of(0),
                DATE,
                SentenceTriage.everySentence());
    var result = new ActorResolver(DictionaryLookup.bundled()).resolve(article, DATE);
    assertThat(result.mentions())
        .filteredOn(m -> m.surface().endsWith("Sergei Lavrov"))
        .extracting(ActorMention::cameoCode)
        .containsExactly("RUSGOV");
  }

  @Test
  void aNounOfBeforeANameIsNoTitleOfThatPerson() {
    AnnotatedArticle article =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of(
                    "Bruce Dunmore, from Toronto, Canada, admitted his guilt.",
                    "His first victim was Ivo Lane, a former employee of Dunmore."),
                List.of(0, 1),
                DATE,
                SentenceTriage.everySentence());
    var result = new ActorResolver(DictionaryLookup.bundled()).resolve(article, DATE);
    assertThat(result.actors().get("UNKNOWN_PERSON:bruce_dunmore").cameoCode()).isEqualTo("CANCVL");
  }

  @Test
  void outletsCitedForInformationAreMentionedOnlyAsCitedSources() {
    var result =
        resolve(
            "According to CNN, the US government is considering sending missiles to Ukraine.",
            "Speaking to the BBC ahead of his trip, Wallace warned Moscow.",
            "The Daily Planet reported that talks had stalled, citing Reuters.",
            "Lavrov told the Kessler Herald that Russia would not invade.");
    List<ActorMention> cited =
        result.mentions().stream()
            .filter(
                m ->
                    List.of("CNN", "BBC", "Reuters", "Kessler Herald")
                        .contains(m.surface().replaceFirst("^the ", "")))
            .toList();
    assertThat(cited)
        .extracting(ActorMention::method)
        .containsOnly(ActorResolver.CITED_SOURCE)
        .isNotEmpty();
    assertThat(cited).extracting(ActorMention::surface).contains("Kessler Herald");
  }

  @Test
  void aStateBodyNamedWhereItDoesNotActIsMentionedForNoEvent() {
    var result = resolve("Activists gathered outside the Ministry of Defense on Monday.");
    assertThat(result.mentions())
        .filteredOn(m -> m.surface().equals("Ministry of Defense"))
        .extracting(ActorMention::method)
        .containsExactly(ActorResolver.NAMED_BODY);
  }

  @Test
  void officialsOfACountryNamedBeforeThemAreItsGovernment() {
    assertThat(
            mentions(
                resolve(
                    "Citing privacy rules, Russian officials have not said why visas were denied.")))
        .contains("Russian officials=RUS_GOV/RUSGOV");
  }

  @Test
  void aBareSurnameIsThePersonTheArticleNamesInFullNotANamesakeGuessedBefore() {
    var result =
        resolve(
            "Lavrov arrived in the town on Monday.",
            "Anna Lavrov, a teacher, spoke to the crowd on Tuesday.",
            "Critics asked Lavrov to resign.");
    assertThat(mentions(result)).contains("Lavrov=SERGEI_LAVROV/RUSGOV");
    assertThat(result.mentions())
        .filteredOn(m -> m.sentenceNo() == 2 && m.surface().equals("Lavrov"))
        .extracting(ActorMention::actorKey)
        .containsExactly("UNKNOWN_PERSON:anna_lavrov");
  }

  @Test
  void aPlaceBeforeTheHeadNounOfABodyNamesThatBody() {
    var result =
        resolve(
            "A detective for the Los Angeles Sheriff's office was given the file on Monday.",
            "The Germany Tourism board was prominent at the entrance.",
            "Russia invaded Ukraine, and the fighting reached the Kharkiv suburbs.");
    assertThat(mentions(result))
        .contains(
            "Los Angeles Sheriff's office=UNKNOWN_ORGANIZATION:los_angeles_sheriff_office/null",
            "Germany Tourism board=UNKNOWN_ORGANIZATION:germany_tourism_board/null")
        .noneMatch(m -> m.startsWith("Kharkiv"));
  }

  @Test
  void aCountryInsideALongerOrganisationNameIsPartOfThatName() {
    assertThat(
            mentions(
                resolve(
                    "The Germany Home Office today began issuing questionnaires to asylum"
                        + " seekers.")))
        .anyMatch(
            m -> m.startsWith("Germany Home Office=UNKNOWN_ORGANIZATION:germany_home_office"));
  }

  @Test
  void aBareSurnameResolvesToTheOnlyNamesakeInTheDictionary() {
    var result =
        resolve(
            "Part of this is the repulsion of a foreign attack, said the Russian Deputy Minister of Defence Lavrov.");
    assertThat(mentions(result)).contains("Lavrov=SERGEI_LAVROV/RUSGOV");
  }

  @Test
  void thePortfolioInAnOfficeHoldersTitleIsNoOrganisation() {
    var result =
        resolve(
            "As part of a diplomatic effort, Defense Secretary Ben Wallace is expected in Moscow.",
            "For its part, the Russian Minister of Foreign Affairs rejected Western Demand to"
                + " withdraw soldiers.");
    assertThat(mentions(result)).noneMatch(m -> m.contains("UNKNOWN_ORGANIZATION"));
    assertThat(mentions(result))
        .anyMatch(m -> m.startsWith("Foreign Affairs=") && m.endsWith("/RUSGOV"));
  }
}
