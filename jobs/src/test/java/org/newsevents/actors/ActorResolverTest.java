package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.Sentence;

/**
 * What the rest of the job asks of the resolver as a whole: which sentences may name an actor, for
 * triage. Each route's rules are tested beside it ({@link DictionaryMentionsTest}, {@link
 * PersonMentionsTest}, {@link OrganizationMentionsTest}, {@link SpanFiltersTest}, {@link
 * RoleNounsTest}, {@link AgentHeadedNamesTest}, {@link CountryCompoundsTest}).
 */
class ActorResolverTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);
  private final ActorResolver resolver = new ActorResolver(TinyDictionary.crisis2022WithOffices());

  @Test
  void triageSendsOnlySentencesThatNameADictionaryActorForTheirCost() {
    AnnotatedArticle article =
        ResolvedArticles.annotate(
            DATE,
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
        ResolvedArticles.annotate(
                DATE, "Chambliss said the hearings would go on.", "Reuter", "Greenmail often pays.")
            .sentences();
    assertThat(sentences.stream().map(resolver::mayNameUnknownActor).toList())
        .as("a first word names someone when its verb follows; alone it is a signature")
        .containsExactly(true, false, false);
  }
}
