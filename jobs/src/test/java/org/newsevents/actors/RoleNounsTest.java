package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Role nouns and their country ({@link RoleNouns}, {@link ArticleCountry}): an organ of the state
 * takes the article's country, other roles none.
 */
class RoleNounsTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);

  @Test
  void roleNounsTakeTheArticlesCountryOnlyForOrgansOfTheState() {
    assertThat(
            ResolvedArticles.codesWithOffices(
                "Ukraine closed its border with Belarus on Monday, and Ukraine sent troops.",
                "The court rejected the appeal of the opposition.",
                "Protesters attacked the police outside the parliament."))
        .contains("court=UKRJUD", "Protesters=---OPP", "police=UKRCOP");
  }

  @Test
  void regressionForeignActorsAreNoEliteOfTheArticlesCountry() {
    // Review: with elite role nouns taking the article's country, "foreign actors" became UKRELI.
    assertThat(
            ResolvedArticles.codesWithOffices(
                "Ukraine closed its border on Monday.",
                "Foreign actors attacked the border post on Monday."))
        .noneMatch(
            mention -> mention.startsWith("actors=") || mention.startsWith("Foreign actors="));
  }

  @Test
  void aLanguageNamedAfterACountryDoesNotMakeTheArticleThatCountrys() {
    assertThat(
            ResolvedArticles.codesWithOffices(
                "Ukraine closed its border on Monday.",
                "The statement was issued in the Russian language and read in the Russian language.",
                "The court rejected the appeal."))
        .contains("court=UKRJUD");
  }

  /**
   * AllSides dev reading: "As Congress debates the agreement limiting Iran's nuclear program" was
   * coded Iran's legislature, the article being about Iran.
   */
  @Test
  void congressAloneIsTheUnitedStatesCongressUnlessTheArticlesCountryHasOne() {
    ActorResolver resolver =
        new ActorResolver(TinyDictionary.crisis2022WithOffices().agent("congress", "LEG"));
    assertThat(
            ResolvedArticles.codes(
                resolver.resolve(
                    ResolvedArticles.annotate(
                        DATE,
                        "Russia and Ukraine held talks in Minsk on Monday, and Russia sent troops.",
                        "Congress debated the agreement between Russia and Ukraine."),
                    DATE)))
        .contains("Congress=USALEG");
  }
}
