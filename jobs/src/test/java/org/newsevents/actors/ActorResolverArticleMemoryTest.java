package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;

/**
 * What the article as a whole tells the resolver: titles and appositions that code every mention of
 * a person, role nouns with the article's country, and the sentences triage must send on.
 */
class ActorResolverArticleMemoryTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);
  private final ActorResolver resolver =
      new ActorResolver(
          TinyDictionary.crisis2022()
              .agent("court", "JUD")
              .agent("government", "GOV")
              .agent("police", "COP")
              .agent("protesters", "OPP")
              .agent("prime minister", "GOV")
              .agent("minister", "GOV")
              .agent("ministers", "GOV")
              .agent("airline", "BUS")
              .agent("representatives", "LEG")
              .agent("deputy minister of defence", "GOVMIL")
              .agent("actors", "ELI")
              .agent("actor", "ELI")
              .actor("PAVEL_KOROTKOV", "Pavel Korotkov", "person", "RUS", "Pavel Korotkov")
              .code("PAVEL_KOROTKOV", "RUSGOVMIL", "GOV", null, null));

  private AnnotatedArticle annotate(String... paragraphs) {
    List<Integer> all = new java.util.ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      all.add(i);
    }
    return NlpPipeline.get()
        .annotate(
            "t",
            List.of(paragraphs),
            all,
            DATE,
            // Resolution is tested on fully annotated sentences; which sentences the nightly
            // triage sends to NER is the last test's concern.
            SentenceTriage.everySentence());
  }

  private List<String> mentions(String... paragraphs) {
    return resolver.resolve(annotate(paragraphs), DATE).mentions().stream()
        .map(m -> m.surface() + "=" + m.cameoCode())
        .toList();
  }

  @Test
  void anHonorificInsideTheNameIsNoPartOfItAndTheSurnameIsThePersonOfTheArticle() {
    List<String> found =
        mentions(
            "Tom Hale, the foreign minister of Ukraine, arrived in Berlin on Monday.",
            "Mr Hale told the committee that the talks had failed.");
    assertThat(found).contains("Tom Hale=UKRGOV").doesNotContain("Mr Hale=null");
    assertThat(found).anyMatch(m -> m.endsWith("Hale=UKRGOV") && !m.startsWith("Tom"));
  }

  @Test
  void theBillOfALawIsNoPerson() {
    assertThat(
            mentions(
                "MPs are due to vote on the government's Road Safety Bill on Monday.",
                "Ukraine will oppose the Bill when it is debated."))
        .noneMatch(m -> m.startsWith("Bill="));
  }

  @Test
  void aSurnameInheritsTheTitleGivenInAnAppositionEarlierInTheArticle() {
    assertThat(
            mentions(
                "Tom Hale, the foreign minister of Ukraine, arrived in Berlin on Monday.",
                "Hale condemned the attack on the embassy."))
        .contains("Tom Hale=UKRGOV", "Hale=UKRGOV");
  }

  @Test
  void regressionForeignActorsAreNoEliteOfTheArticlesCountry() {
    // Review: with elite role nouns taking the article's country, "foreign actors" became UKRELI.
    assertThat(
            mentions(
                "Ukraine closed its border on Monday.",
                "Foreign actors attacked the border post on Monday."))
        .noneMatch(
            mention -> mention.startsWith("actors=") || mention.startsWith("Foreign actors="));
  }

  @Test
  void regressionAFormerOfficeHolderIsAnEliteNotTheGovernment() {
    // Issue 14: "former New Jersey governor Chris Christie" was coded USAGOV.
    assertThat(
            mentions(
                "Ukraine closed its border on Monday.",
                "On Monday, former minister Tom Hale condemned the decision.",
                "Eliot Tate, a former minister, praised it."))
        .contains("Tom Hale=UKRELI", "Eliot Tate=UKRELI");
    assertThat(
            mentions(
                "Ukraine closed its border on Monday.",
                "On Monday, minister Tom Hale condemned the decision."))
        .contains("Tom Hale=UKRGOV");
  }

  @Test
  void aPersonIntroducedByWhereTheyComeFromIsACivilianOfThatCountry() {
    assertThat(mentions("Bruce Dunmore, from Kharkiv, Ukraine, on Tuesday admitted the thefts."))
        .contains("Bruce Dunmore=UKRCVL");
  }

  @Test
  void anOfficeGivenLaterBeatsTheCivilianRoleOfWhereAPersonComesFrom() {
    assertThat(
            mentions(
                "Tom Hale, from Kharkiv, Ukraine, arrived in Berlin on Monday.",
                "Minister Hale condemned the attack on the embassy."))
        .contains("Tom Hale=UKRGOV", "Hale=UKRGOV");
  }

  @Test
  void aTitleTheAgentsDictionaryListsOnlyInThePluralCodesTheNamesItIntroduces() {
    assertThat(
            mentions(
                "Ukraine closed its border on Monday.",
                "The subpoena was issued by Representatives Eliot Tate and Ella Crane."))
        .contains("Eliot Tate=UKRLEG", "Ella Crane=UKRLEG");
  }

  @Test
  void aLoneFirstNameIsTheOnePersonOfTheArticleNamedInFullWithIt() {
    assertThat(
            mentions(
                "Tom Hale, the foreign minister of Ukraine, arrived in Berlin on Monday.",
                "\"I asked Tom to stay,\" the ambassador wrote."))
        .contains("Tom=UKRGOV");
    assertThat(
            mentions(
                "Tom Hale, the foreign minister of Ukraine, met Tom Brandt in Berlin on Monday.",
                "\"I asked Tom to stay,\" the ambassador wrote."))
        .noneMatch(m -> m.startsWith("Tom=UKR"));
  }

  @Test
  void theLaterNamesOfAListShareTheTitleBeforeTheFirst() {
    assertThat(
            mentions(
                "Ukrainian ministers Oksana Tarasenko, Pavlo Hrytsak and Ihor Levchuk met the"
                    + " delegation in Lviv."))
        .contains("Oksana Tarasenko=UKRGOV", "Pavlo Hrytsak=UKRGOV", "Ihor Levchuk=UKRGOV");
  }

  @Test
  void aBareSurnameWithATitleOfTheSameCountryIsTheDictionaryPerson() {
    assertThat(
            mentions(
                "The drills will go ahead, said the Russian Deputy Minister of Defence Korotkov."))
        .contains("Korotkov=RUSGOVMIL");
  }

  @Test
  void aBareSurnameThatNothingConfirmsIsNotAnOfficelessDictionaryPerson() {
    assertThat(mentions("Korotkov criticised the drills in a letter."))
        .noneMatch(m -> m.equals("Korotkov=RUSGOVMIL"));
  }

  @Test
  void anUnknownPersonDoesNotBorrowACountryMerelyNamedBeforeIt() {
    assertThat(mentions("Diplomats asked Germany to question Anton Hadley about the deal."))
        .contains("Anton Hadley=null");
  }

  @Test
  void roleNounsTakeTheArticlesCountryOnlyForOrgansOfTheState() {
    assertThat(
            mentions(
                "Ukraine closed its border with Belarus on Monday, and Ukraine sent troops.",
                "The court rejected the appeal of the opposition.",
                "Protesters attacked the police outside the parliament."))
        .contains("court=UKRJUD", "Protesters=---OPP", "police=UKRCOP");
  }

  @Test
  void aLanguageNamedAfterACountryDoesNotMakeTheArticleThatCountrys() {
    assertThat(
            mentions(
                "Ukraine closed its border on Monday.",
                "The statement was issued in the Russian language and read in the Russian language.",
                "The court rejected the appeal."))
        .contains("court=UKRJUD");
  }

  @Test
  void aTitleBeforeANameIsNotAnActorOfItsOwn() {
    assertThat(mentions("Prime Minister Denys Marchenko met Sergei Lavrov in Minsk."))
        .noneMatch(m -> m.startsWith("Prime Minister="));
  }

  @Test
  void triageSendsOnlySentencesThatNameADictionaryActorForTheirCost() {
    AnnotatedArticle article =
        annotate(
            "The court rejected the appeal.",
            "He rejected the offer.",
            "Dunmore pleaded guilty.",
            "The weather was cold.");
    List<Sentence> sentences = article.sentences();
    assertThat(sentences.stream().map(resolver::namesKnownActor).toList())
        .as("measured: sending these to the parser too cost about a floor at 10k for no dev gain")
        .containsExactly(false, false, false, false);
  }

  @Test
  void aSentenceThatOpensWithAnUnknownNameBeforeItsVerbMayNameAnActor() {
    List<Sentence> sentences =
        annotate("Chambliss said the hearings would go on.", "Reuter", "Greenmail often pays.")
            .sentences();
    assertThat(sentences.stream().map(resolver::mayNameUnknownActor).toList())
        .as("a first word names someone when its verb follows; alone it is a signature")
        .containsExactly(true, false, false);
  }
}
