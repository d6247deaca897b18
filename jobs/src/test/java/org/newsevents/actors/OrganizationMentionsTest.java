package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.SentenceTriage;

/**
 * The route of a name NER calls an organisation ({@link OrganizationMentions}): state offices named
 * by their agent term, and the portfolio in an office holder's title. Bodies named after their head
 * noun are {@link AgentHeadedNamesTest}'s.
 */
class OrganizationMentionsTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);
  private final ActorResolver resolver = new ActorResolver(TinyDictionary.crisis2022());

  /** Resolves an article whose sentences went through the nightly triage's NER rule. */
  private ActorResolver.Result resolve(String... paragraphs) {
    return ResolvedArticles.resolveTriaged(
        resolver, DATE, SentenceTriage.properNounAndVerb(), paragraphs);
  }

  private static List<String> mentions(ActorResolver.Result result) {
    return ResolvedArticles.keysAndCodes(result);
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
