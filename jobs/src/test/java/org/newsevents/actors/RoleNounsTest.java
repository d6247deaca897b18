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
}
