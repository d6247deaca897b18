package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 on the real-news dev half: persons and bodies the words around them describe, left
 * without a code or coded with a borrowed country. Made-up sentences in the constructions that
 * broke.
 */
class ActorResolverIntroductionsTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);

  private static TinyDictionary dictionary() {
    return TinyDictionary.crisis2022()
        .actor("CUBA", "Cuba", "country", "CUB", "Cuba", "Cuban")
        .actor("GEORGIA", "Georgia", "country", "GEO", "Georgia")
        .actor("UNITED_KINGDOM", "United Kingdom", "country", "GBR", "Wales", "Britain")
        .actor(
            "US_HOUSE",
            "United States House of Representatives",
            "organization",
            "USA",
            "US House of Representatives")
        .code("US_HOUSE", "USALEG", "LEG", null, null)
        .agent("prosecutor general", "GOVJUD")
        .agent("prosecutor", "JUD")
        .agent("spokesperson", "MED")
        .agent("member of parliament", "LEG")
        .agent("mp", "LEG")
        .agent("senators", "LEG")
        .agent("senator", "LEG")
        .agent("special representative", "GOV")
        .agent("prime minister", "GOV")
        .agent("minister", "GOV");
  }

  private final TinyDictionary dictionary = dictionary();
  private final ActorResolver resolver = new ActorResolver(dictionary);

  private List<String> mentions(String headline, String... paragraphs) {
    return ResolvedArticles.mentions(resolver, DATE, headline, paragraphs).stream()
        .map(m -> m.surface() + "=" + m.cameoCode())
        .toList();
  }

  @Test
  void theCountryTheHeadlineNamesIsTheArticlesOverTheCountriesOfASummit() {
    assertThat(
            mentions(
                "Prime Minister of Ukraine Olena Hrytsenko tests positive",
                "Leaders isolating after the summit included the Prime Ministers of Belarus,"
                    + " Germany and Russia, who met in Moscow.",
                "The Prime Minister apologised to the people of his country."))
        .contains("Prime Minister=UKRGOV");
  }

  /**
   * Stop 28: an AllSides headline ("Michael Flynn talked sanctions with Russia before Trump took
   * office") named Russia first, and every untitled US official of the article became Russian. Of
   * the headline's countries, the one whose officials the body names is the article's.
   */
  @Test
  void regressionOfTheHeadlinesCountriesTheOneWhoseOfficialsTheBodyNamesIsTheArticles() {
    assertThat(
            mentions(
                "Tom Hale talked sanctions with Russia before Joe Biden took office",
                "Minister Tom Hale discussed sanctions with the ambassador before President Joe"
                    + " Biden took office.",
                "Russia denied it. Biden said he had not seen the report, and Antony Blinken"
                    + " declined to comment."))
        .contains("Tom Hale=USAGOV");
  }

  @Test
  void theHeadlinesSubjectIsItsCountryAndACountryInsideAPlaceNameIsNone() {
    assertThat(
            ArticleCountry.countriesNamedIn(
                "US announces restrictions on flying to Cuba", dictionary))
        .containsExactly("USA", "CUB");
    assertThat(
            ArticleCountry.countriesNamedIn("New South Wales decriminalizes abortion", dictionary))
        .isEmpty();
    assertThat(ArticleCountry.countriesNamedIn("Britain's Queen Opens Parliament", dictionary))
        .containsExactly("GBR");
  }

  @Test
  void aSitesNameOrASectionsBreadcrumbInACrawledTitleIsNotTheHeadline() {
    assertThat(
            ArticleCountry.countriesNamedIn(
                "US News Tensions Russia - Westerners: strong diplomatic activity (and military)",
                dictionary))
        .isEmpty();
    assertThat(
            ArticleCountry.countriesNamedIn(
                "Ukraine announces restrictions on flights to Russia | US News", dictionary))
        .containsExactly("UKR", "RUS");
  }

  @Test
  void theCountryAnOfficeIsForIsNotTheCountryOfItsHolder() {
    assertThat(
            mentions(
                null,
                "On a visit to Kyiv, US Special Representative for Russia Tom Hale said the talks"
                    + " had failed."))
        .contains("Tom Hale=USAGOV")
        .noneMatch(mention -> mention.startsWith("US Special Representative"));
  }

  @Test
  void anOfficeOfAPlaceBeforeTheNameCodesThePersonWithThePlacesCountry() {
    assertThat(
            mentions(
                null,
                "According to a news agency, the prosecutor general of Moscow, Ivan Petrov, said the"
                    + " suspects must face charges."))
        .contains("Ivan Petrov=RUSJUD");
  }

  @Test
  void theSpokespersonOfACodedActorTakesItsCode() {
    assertThat(
            mentions(
                null,
                "Russian Foreign Minister Sergei Lavrov's spokesperson, Maria Orlova, said the"
                    + " talks were useful."))
        .contains("Maria Orlova=RUSGOV");
    assertThat(
            mentions(
                null,
                "Russian Foreign Minister Sergei Lavrov's spokesperson Maria Orlova said the talks"
                    + " were useful."))
        .contains("Maria Orlova=RUSGOV");
  }

  @Test
  void anOfficeNamedByItsPortfolioInAnAppositionIsTheArticlesGovernment() {
    assertThat(
            mentions(
                "US announces restrictions on flying to Cuba",
                "The United States announced new restrictions on flights to Cuba.",
                "The minister sent a letter to Ella Crane, the Secretary of Transportation; the"
                    + " rules were released later."))
        .contains("Ella Crane=USAGOV");
  }

  @Test
  void anOfficesAcronymInBracketsIsPartOfTheTitle() {
    assertThat(
            mentions(
                null,
                "Ukraine's parliament passed the law on Tuesday.",
                "Member of parliament (MP) Tom Hale said the law marked a sad day for Ukraine."))
        .contains("Tom Hale=UKRLEG");
  }

  @Test
  void aCapitalisedRepresentativeBeforeANameIsALegislator() {
    assertThat(
            mentions(
                null,
                "The United States Senate met on Monday.",
                "On Thursday, Senator Ann Lee and fellow Republican Representative Tom Hale"
                    + " proposed term limits."))
        .contains("Tom Hale=USALEG");
  }

  @Test
  void theLaterNamesOfATitledListWithTheirStatesShareTheTitle() {
    assertThat(
            mentions(
                null,
                "The United States Senate met on Monday.",
                "It was co-sponsored by Senators Ann Lee of Florida, Tom Hale of Utah, and Ella"
                    + " Crane of Georgia, all Republicans."))
        .contains("Ann Lee=USALEG", "Tom Hale=USALEG", "Ella Crane=USALEG");
  }

  @Test
  void aBodyNamedInFullIsTheSameBodyWhenNamedByItsHeadNoun() {
    assertThat(
            mentions(
                null,
                "On Friday, the US House of Representatives issued a subpoena.",
                "The House issued a request for documents, scheduled for this week."))
        .contains("House=USALEG");
  }

  @Test
  void theWhiteHouseIsNoHouseOfRepresentatives() {
    assertThat(
            mentions(
                null,
                "On Friday, the White House issued a statement.",
                "The House issued a request for documents, scheduled for this week."))
        .noneMatch(mention -> mention.equals("House=USALEG"))
        .filteredOn(mention -> mention.startsWith("House="))
        .allMatch(mention -> mention.equals("House=null"));
  }

  @Test
  void aTitleInTheHeadlineDescribesThePersonTheBodyNamesAlone() {
    assertThat(
            mentions(
                "Prime Minister of Ukraine Olena Kovalenko tests positive",
                "Kovalenko's office said she had cancelled all meetings."))
        .contains("Kovalenko=UKRGOV");
    assertThat(
            mentions(
                "Ukraine Welcomes Olena Kovalenko",
                "Kovalenko's office said she had cancelled all meetings."))
        .contains("Kovalenko=null");
  }

  @Test
  void regressionTheFirstWordOfASentenceCaseHeadlineHidesNoCountryAfterIt() {
    // Review: "Why China is courting Russia" read China as part of a name "Why China".
    assertThat(ArticleCountry.countriesNamedIn("Why Russia is courting Cuba", dictionary))
        .containsExactly("RUS", "CUB");
    assertThat(ArticleCountry.countriesNamedIn("Ukraine - Reuters", dictionary))
        .containsExactly("UKR");
  }

  @Test
  void regressionAHeadlinesCountryTheBodyNeverNamesYieldsToOneItDoes() {
    // Review: a venue or an outlet in the headline ("Vienna talks on Iran deal stall") is rarely
    // named again in the body; the headline's country the body names too is the article's.
    assertThat(
            mentions(
                "Cuba talks on Ukraine stall",
                "Officials in Ukraine said the talks had stalled.",
                "The Prime Minister apologised to the people of his country."))
        .contains("Prime Minister=UKRGOV");
  }

  @Test
  void regressionANameThatIsTheSubjectOfWhatFollowsIsNotTheOfficeBeforeIt() {
    // Review: "The army will meet the president, Ali Mehr said" made Mehr the president.
    assertThat(
            mentions(
                null,
                "The army will meet the prosecutor general of Moscow, Ivan Petrov said on"
                    + " Tuesday."))
        .noneMatch(mention -> mention.startsWith("Ivan Petrov=RUS"));
  }
}
