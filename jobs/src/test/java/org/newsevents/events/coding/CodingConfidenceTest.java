package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.AgentHeadedNames;
import org.newsevents.actors.CountryCompounds;
import org.newsevents.actors.ImpliedAgents;
import org.newsevents.events.coding.CodingConfidence.ActorEvidence;
import org.newsevents.events.coding.CodingConfidence.ClauseEvidence;
import org.newsevents.events.coding.CodingConfidence.Evidence;
import org.newsevents.events.coding.CodingConfidence.LengthEvidence;
import org.newsevents.events.coding.CodingConfidence.PatternEvidence;

class CodingConfidenceTest {
  private static final Evidence STRONG =
      new Evidence(
          PatternEvidence.CURATED,
          ActorEvidence.NAME,
          ActorEvidence.NAME,
          ClauseEvidence.PLAIN,
          LengthEvidence.SHORT);
  private static final Evidence WEAK =
      new Evidence(
          PatternEvidence.BARE_VERB,
          ActorEvidence.PRONOUN,
          ActorEvidence.ROLE_NOUN,
          ClauseEvidence.CUED,
          LengthEvidence.LONG);

  @Test
  void aBareVerbWithAPronounSourceScoresBelowAPatternWithTwoDictionaryActors() {
    CodingConfidence bundled = CodingConfidence.bundled();

    assertThat(bundled.confidence(WEAK)).isLessThan(bundled.confidence(STRONG));
  }

  @Test
  void everyCombinationOfEvidenceScoresInsideZeroToOne() {
    CodingConfidence bundled = CodingConfidence.bundled();
    Set<Double> values = new HashSet<>();
    for (PatternEvidence pattern : PatternEvidence.values()) {
      for (ActorEvidence actor1 : ActorEvidence.values()) {
        for (ActorEvidence actor2 : ActorEvidence.values()) {
          for (ClauseEvidence clause : ClauseEvidence.values()) {
            for (LengthEvidence length : LengthEvidence.values()) {
              double confidence =
                  bundled.confidence(new Evidence(pattern, actor1, actor2, clause, length));
              assertThat(confidence).isBetween(0.0, 1.0);
              values.add(confidence);
            }
          }
        }
      }
    }
    assertThat(values).as("the bundled weights tell evidence apart").hasSizeGreaterThan(10);
  }

  @Test
  void theConfidenceIsTheLogisticOfTheInterceptPlusTheWeightsOfTheFeatures() {
    CodingConfidence model =
        new CodingConfidence(
            java.util.Map.of("intercept", -1.0, "pattern:curated", 1.0, "actor1:name", 0.5));

    assertThat(model.confidence(STRONG)).isEqualTo(0.622); // 1 / (1 + e^-0.5)
    assertThat(model.confidence(List.of())).isEqualTo(0.269); // 1 / (1 + e^1)
  }

  @Test
  void theEvidenceTextReadsBackAsItsFeatures() {
    assertThat(STRONG.text())
        .isEqualTo("pattern:curated actor1:name actor2:name clause:plain sentence:short");
    assertThat(CodingConfidence.features(WEAK.text())).isEqualTo(WEAK.features());
  }

  @Test
  void resolutionMethodsFallIntoTheirEvidenceClasses() {
    assertThat(
            Arrays.asList(
                ActorEvidence.of(mention("alias")),
                ActorEvidence.of(mention("fuzzy")),
                ActorEvidence.of(mention("seat")),
                ActorEvidence.of(mention("demonym-agent")),
                ActorEvidence.of(mention("surname")),
                ActorEvidence.of(mention("unknown")),
                ActorEvidence.of(mention("role-noun")),
                ActorEvidence.of(mention(DyadFinder.PRONOUN_METHOD)),
                ActorEvidence.of(null)))
        .containsExactly(
            ActorEvidence.NAME,
            ActorEvidence.NAME,
            ActorEvidence.SEAT_OR_DEMONYM,
            ActorEvidence.SEAT_OR_DEMONYM,
            ActorEvidence.ARTICLE_MEMORY,
            ActorEvidence.ARTICLE_MEMORY,
            ActorEvidence.ROLE_NOUN,
            ActorEvidence.PRONOUN,
            ActorEvidence.NONE);
  }

  @Test
  void anImpliedAgentOrPatientIsARoleNotArticleMemory() {
    assertThat(
            Arrays.asList(
                ActorEvidence.of(mention(ImpliedAgents.AGENT)),
                ActorEvidence.of(mention(ImpliedAgents.PATIENT))))
        .containsExactly(ActorEvidence.ROLE_NOUN, ActorEvidence.ROLE_NOUN);
  }

  @Test
  void aBodyNamedByAnAgentNounWeighsAsADemonymOrAsARoleNounByWhereItsCountryCameFrom() {
    // "The Tehran Police": the country is in the name, as in "Iranian police"; "Rutgers
    // University": the article's country, as "the police" takes it.
    assertThat(
            Arrays.asList(
                ActorEvidence.of(mention(AgentHeadedNames.COUNTRY_IN_NAME)),
                ActorEvidence.of(mention(AgentHeadedNames.ARTICLE_COUNTRY)),
                ActorEvidence.of(mention(CountryCompounds.PARTY_COMPOUND)),
                ActorEvidence.of(mention(CountryCompounds.LED_COMPOUND))))
        .containsExactly(
            ActorEvidence.SEAT_OR_DEMONYM,
            ActorEvidence.ROLE_NOUN,
            ActorEvidence.NAME,
            ActorEvidence.SEAT_OR_DEMONYM);
  }

  private static ActorMention mention(String method) {
    return new ActorMention("a", "RUS", 0, 0, 6, "Russia", "RUS", method);
  }
}
