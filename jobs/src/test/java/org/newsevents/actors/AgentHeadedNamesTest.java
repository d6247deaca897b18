package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;

/**
 * Issue 15, item 3: organisations the dictionary lacks whose name ends in an agent noun ("Rutgers
 * University", "the Tehran Police"), {@link AgentHeadedNames}. Made-up sentences in each
 * construction; the compounds of item 4 are {@link CountryCompoundsTest}'s.
 */
class AgentHeadedNamesTest {

  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);

  /** The dictionary of the bodies and compounds tests: countries, a seat and agent nouns. */
  static TinyDictionary dictionary() {
    return TinyDictionary.crisis2022()
        .actor("IRAN", "Iran", "country", "IRN", "Iran", "Iranian")
        .actor("IRAQ", "Iraq", "country", "IRQ", "Iraq", "Iraqi")
        .actor("TURKEY", "Turkey", "country", "TUR", "Turkey", "Turkish")
        .actor("LIBYA", "Libya", "country", "LBY", "Libya", "Libyan")
        .seat("Tehran", "IRAN", "IRNGOV", "capital")
        .agent("university", "EDU")
        .agent("company", "BUS")
        .agent("airlines", "BUS")
        .agent("airways", "BUS")
        .agent("police", "COP")
        .agent("army", "MIL")
        .agent("forces", "MIL")
        .actor(
            "UNITED_KINGDOM",
            "United Kingdom",
            "country",
            "GBR",
            "United Kingdom",
            "Britain",
            "British",
            "Scotland",
            "Wales",
            "Welsh")
        .actor("EUROPEAN_UNION", "European Union", "igo", "EUR", "European Union", "EU")
        .agent("parliament", "LEG")
        .agent("congress", "LEG")
        .agent("trades union", "LAB")
        .agent("trade unions", "LAB")
        .agent("national council", "LEG")
        .agent("spokesman", "MED")
        .agent("celebrity", "ELI")
        .agent("envoys", "GOV");
  }

  private final ActorResolver resolver = new ActorResolver(dictionary());

  private List<String> mentions(String headline, String... paragraphs) {
    return ResolvedArticles.mentions(resolver, DATE, headline, paragraphs).stream()
        .map(m -> m.surface() + "=" + m.cameoCode() + "/" + m.method())
        .toList();
  }

  @Test
  void aNameEndingInAnAgentNounIsABodyOfTheArticlesCountryWhenItNamesNoPlace() {
    assertThat(
            mentions(
                "Russia moves to close Moscow campus",
                "Russia said that Kovrin University had broken the law.",
                "Kovrin University denied it."))
        .contains("Kovrin University=RUSEDU/" + AgentHeadedNames.ARTICLE_COUNTRY);
  }

  @Test
  void aBodyNamedAfterASeatOfGovernmentIsOfItsCountry() {
    assertThat(mentions(null, "The Tehran Police arrested two students on Monday."))
        .contains("Tehran Police=IRNCOP/" + AgentHeadedNames.COUNTRY_IN_NAME);
  }

  @Test
  void aDemonymInsideTheNameGivesTheBodyItsCountry() {
    assertThat(
            mentions(
                "Ukraine expels airline",
                "Ukraine banned the Zarvan Iranian Transport Company from its airports."))
        .contains("Zarvan Iranian Transport Company=IRNBUS/" + AgentHeadedNames.COUNTRY_IN_NAME);
  }

  /**
   * Real news (BBC): "the Trades Union Congress" was coded a legislature, as the agents file reads
   * "congress" alone; a congress of trade unions is their federation, a labour body.
   */
  @Test
  void regressionTradesUnionCongressIsALabourBodyNotALegislature() {
    assertThat(
            mentions(
                "Russia faces strikes",
                "The Kovrin Trades Union Congress called a strike on Monday.",
                "The Congress of Kovrin Trade Unions backed the strike.",
                "The Kovrin Labour Congress joined them.",
                "The Kovrin National Congress debated the budget."))
        .contains(
            "Kovrin Trades Union Congress=RUSLAB/" + AgentHeadedNames.ARTICLE_COUNTRY,
            "Congress of Kovrin Trade Unions=RUSLAB/" + AgentHeadedNames.ARTICLE_COUNTRY,
            "Kovrin Labour Congress=RUSLAB/" + AgentHeadedNames.ARTICLE_COUNTRY,
            "Kovrin National Congress=RUSLEG/" + AgentHeadedNames.ARTICLE_COUNTRY);
  }

  /**
   * Real news (BBC): "the Scottish Parliament" was coded EURLEG. The dictionary lists Scotland
   * under the United Kingdom but not "Scottish", so the body took the article's country, which was
   * Europe's in an article that named the EU most.
   */
  @Test
  void regressionScottishParliamentIsTheLegislatureOfItsCountryNotTheArticles() {
    assertThat(
            mentions(
                "EU debates donations cap",
                "The European Union will cap donations, the EU said on Monday.",
                "The Kovrin Scottish Parliament rejected the cap on Tuesday.",
                "The Scottish Parliament voted against the cap on Wednesday."))
        .contains("Kovrin Scottish Parliament=GBRLEG/" + AgentHeadedNames.COUNTRY_IN_NAME)
        .anyMatch(
            m -> m.startsWith("Scottish Parliament=GBRLEG/") || m.startsWith("Parliament=GBRLEG/"))
        .noneMatch(m -> m.contains("=EURLEG"));
  }

  @Test
  void aNameWhoseHeadIsNoAgentNounStaysUncoded() {
    assertThat(mentions("Russia bans think tank", "Russia banned the Atlantic Council on Tuesday."))
        .noneMatch(
            m -> m.startsWith("Atlantic Council=") && !m.startsWith("Atlantic Council=null"));
  }

  @Test
  void aBodyOfManyCountriesTakesNotTheArticlesCountry() {
    assertThat(
            mentions(
                "Germany loses case",
                "The European Supreme Court ruled against Germany on Monday."))
        .noneMatch(m -> m.contains("=DEUJUD") || m.contains("=DEU" + "LEG"));
  }

  @Test
  void aListOfCommitteesNerJoinedIntoOneNameIsNoBody() {
    assertThat(
            mentions(
                "Russia summons officials",
                "The Defence, Foreign and Army committees of the Duma met on Monday."))
        .noneMatch(m -> m.contains("/" + AgentHeadedNames.ARTICLE_COUNTRY));
  }

  @Test
  void aPersonsTitleIsNoBodyEvenInAnOrganisationsCapitals() {
    assertThat(AgentHeadedNames.namesAPerson(token("Spokesman"))).isTrue();
    assertThat(AgentHeadedNames.namesAPerson(token("Minister"))).isTrue();
    assertThat(AgentHeadedNames.namesAPerson(token("Sheriff"))).isTrue();
    assertThat(AgentHeadedNames.namesAPerson(token("Undersecretary"))).isTrue();
    assertThat(AgentHeadedNames.namesAPerson(token("Merchant"))).isTrue();
    assertThat(AgentHeadedNames.namesAPerson(token("Police"))).isFalse();
    assertThat(AgentHeadedNames.namesAPerson(token("Parliament"))).isFalse();
    assertThat(AgentHeadedNames.namesAPerson(token("Department"))).isFalse();
  }

  @Test
  void envoysInAnOrganisationsCapitalsArePersons() {
    assertThat(
            mentions(
                "Russia hosts talks", "Russia welcomed the Kovrin Envoys in Moscow on Monday."))
        .noneMatch(m -> m.contains("/" + AgentHeadedNames.ARTICLE_COUNTRY));
  }

  private static org.newsevents.nlp.Token token(String word) {
    return NlpPipeline.get()
        .annotate("w", List.of(word), List.of(0), DATE, SentenceTriage.everySentence())
        .sentences()
        .get(0)
        .tokens()
        .get(0);
  }
}
