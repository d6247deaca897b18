package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The route of a name NER calls an organisation ({@link OrganizationMentions}): state offices named
 * by their agent term, and the portfolio in an office holder's title. Bodies named after their head
 * noun are {@link AgentHeadedNamesTest}'s.
 */
class OrganizationMentionsTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);

  @Test
  void aStateBodyNamedWhereItDoesNotActIsMentionedForNoEvent() {
    var result =
        ResolvedArticles.resolveCrisis(
            "Activists gathered outside the Ministry of Defense on Monday.");
    assertThat(result.mentions())
        .filteredOn(m -> m.surface().equals("Ministry of Defense"))
        .extracting(ActorMention::method)
        .containsExactly(ActorResolver.NAMED_BODY);
  }

  @Test
  void thePortfolioInAnOfficeHoldersTitleIsNoOrganisation() {
    var result =
        ResolvedArticles.resolveCrisis(
            "As part of a diplomatic effort, Defense Secretary Ben Wallace is expected in Moscow.",
            "For its part, the Russian Minister of Foreign Affairs rejected Western Demand to"
                + " withdraw soldiers.");
    assertThat(ResolvedArticles.keysAndCodes(result))
        .noneMatch(m -> m.contains("UNKNOWN_ORGANIZATION"));
    assertThat(ResolvedArticles.keysAndCodes(result))
        .anyMatch(m -> m.startsWith("Foreign Affairs=") && m.endsWith("/RUSGOV"));
  }

  @Test
  void regressionTheHouseAloneIsTheLegislatureOfTheArticlesCountry() {
    // Wikinews dev: "On December 18, the House passed two articles of impeachment" had no source
    // actor ("House" an unknown organisation).
    var result =
        ResolvedArticles.resolveCrisis(
            "Joe Biden met Democrats in Washington.",
            "On Wednesday, the House passed the bill on Ukraine.");
    assertThat(ResolvedArticles.codes(result)).contains("House=USALEG");
  }
}
