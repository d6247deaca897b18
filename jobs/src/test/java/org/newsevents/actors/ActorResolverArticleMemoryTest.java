package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the article as a whole tells the resolver: titles, appositions and introductions anywhere in
 * the article that code every mention of a person (PersonDescriptions, NameIntroductions,
 * ArticleContext). The routes' own rules are tested beside each route.
 */
class ActorResolverArticleMemoryTest {

  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);

  private final ActorResolver resolver = new ActorResolver(TinyDictionary.crisis2022WithOffices());

  private List<String> mentions(String... paragraphs) {
    // Resolution is tested on fully annotated sentences; which sentences the nightly triage sends
    // to NER is ActorResolverTest's concern.
    return ResolvedArticles.codes(
        resolver.resolve(ResolvedArticles.annotate(DATE, paragraphs), DATE));
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
  void regressionAFamilyNameBeforeTheLastWordIsThePersonNamedInFullBefore() {
    // Dedup gold: "Ricardo Rosselló Nevares, Puerto Rico's governor" and then "Rosselló said" were
    // two people, the second without a code; "Pedro Pierluisi" and "Pedro R. Pierluisi Urrutia"
    // too. Spanish and Portuguese names put the family name the press uses before the last word.
    assertThat(
            ResolvedArticles.keysAndCodes(
                resolver.resolve(
                    ResolvedArticles.annotate(
                        DATE,
                        "Oksana Tarasenko Ruiz, the foreign minister of Ukraine, arrived in Berlin"
                            + " on Monday.",
                        "Tarasenko condemned the attack on the embassy.",
                        "Pavlo Hrytsak met her in Berlin.",
                        "Pavlo R. Hrytsak Moreno said the talks went well."),
                    DATE)))
        .contains(
            "Oksana Tarasenko Ruiz=UNKNOWN_PERSON:oksana_tarasenko_ruiz/UKRGOV",
            "Tarasenko=UNKNOWN_PERSON:oksana_tarasenko_ruiz/UKRGOV",
            "Pavlo Hrytsak=UNKNOWN_PERSON:pavlo_hrytsak/null",
            "Pavlo R. Hrytsak Moreno=UNKNOWN_PERSON:pavlo_hrytsak/null");
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
  void theLaterNamesOfAListShareTheTitleBeforeTheFirst() {
    assertThat(
            mentions(
                "Ukrainian ministers Oksana Tarasenko, Pavlo Hrytsak and Ihor Levchuk met the"
                    + " delegation in Lviv."))
        .contains("Oksana Tarasenko=UKRGOV", "Pavlo Hrytsak=UKRGOV", "Ihor Levchuk=UKRGOV");
  }

  @Test
  void anUnknownPersonDoesNotBorrowACountryMerelyNamedBeforeIt() {
    assertThat(mentions("Diplomats asked Germany to question Anton Hadley about the deal."))
        .contains("Anton Hadley=null");
  }

  @Test
  void aTitleBeforeANameIsNotAnActorOfItsOwn() {
    assertThat(mentions("Prime Minister Denys Marchenko met Sergei Lavrov in Minsk."))
        .noneMatch(m -> m.startsWith("Prime Minister="));
  }

  @Test
  void aPersonTitledByAnOrganisationTakesItsCode() {
    // Real news: "FBI Director Christopher Wray", "White House spokesman Jay Carney", "al Qaeda
    // boss Ayman al-Zawahri" were unknown persons with no code, so their acts made no event.
    assertThat(
            mentions(
                "NATO spokesman Tom Hale condemned the attack on Monday.",
                "Hale said the alliance would respond."))
        .contains("Tom Hale=IGOWSTNAT", "Hale=IGOWSTNAT");
    assertThat(mentions("Bruce Dunmore, a spokesman for NATO, condemned the attack on Monday."))
        .contains("Bruce Dunmore=IGOWSTNAT");
  }

  @Test
  void aFormerOfficialOfAnOrganisationIsAnEliteOfItsCountry() {
    ActorResolver withBodies =
        new ActorResolver(
            TinyDictionary.crisis2022WithOffices()
                .actor("WHITE_HOUSE", "White House", "organization", "USA", "White House")
                .code("WHITE_HOUSE", "USAGOV", "GOV", null, null));
    assertThat(
            ResolvedArticles.codes(
                withBodies.resolve(
                    ResolvedArticles.annotate(
                        DATE,
                        "White House spokesman Tom Hale condemned the attack on Monday.",
                        "Former White House spokesman Eliot Tate praised it."),
                    DATE)))
        .contains("Tom Hale=USAGOV", "Eliot Tate=USAELI");
    assertThat(mentions("Former NATO spokesman Tom Hale condemned the attack on Monday."))
        .doesNotContain("Tom Hale=IGOWSTNAT");
  }
}
