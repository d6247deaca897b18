package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.bench.CodingConfidenceFit.Example;
import org.newsevents.events.coding.CodingConfidence;

class CodingConfidenceFitTest {

  /** Curated patterns right 8 times in 10, bare verbs 2 in 10. */
  private static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      examples.add(new Example(List.of("pattern:curated"), i < 8));
      examples.add(new Example(List.of("pattern:bare-verb"), i < 2));
    }
    return examples;
  }

  @Test
  void aFeatureSeenRightMoreOftenGetsTheHigherConfidence() {
    CodingConfidence model = new CodingConfidence(CodingConfidenceFit.fit(examples(), 1.0));

    double curated = model.confidence(List.of("pattern:curated"));
    double bare = model.confidence(List.of("pattern:bare-verb"));
    assertThat(curated).isBetween(0.6, 0.8);
    assertThat(bare).isBetween(0.2, 0.4);
  }

  @Test
  void withoutAPenaltyTheFitReproducesTheObservedShares() {
    CodingConfidence model = new CodingConfidence(CodingConfidenceFit.fit(examples(), 1e-6));

    assertThat(model.confidence(List.of("pattern:curated"))).isCloseTo(0.8, within(0.01));
    assertThat(model.confidence(List.of("pattern:bare-verb"))).isCloseTo(0.2, within(0.01));
  }

  @Test
  void aLargerPenaltyPullsEveryConfidenceTowardsTheBaseRate() {
    Map<String, Double> loose = CodingConfidenceFit.fit(examples(), 0.3);
    Map<String, Double> tight = CodingConfidenceFit.fit(examples(), 30);

    assertThat(Math.abs(tight.get("pattern:curated")))
        .isLessThan(Math.abs(loose.get("pattern:curated")));
  }

  @Test
  void leaveOneOutChoosesTheLargestPenaltyWhenTheFeatureCarriesNoSignal() {
    List<Example> noise = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      noise.add(new Example(List.of("pattern:curated"), i % 2 == 0));
      noise.add(new Example(List.of("pattern:bare-verb"), i % 2 == 1));
    }

    assertThat(CodingConfidenceFit.leaveOneOutPenalty(noise, List.of(0.3, 1.0, 30.0)))
        .isEqualTo(30.0);
  }

  @Test
  void theWeightsFileNamesHowAndOnWhatItWasFitted() {
    String csv =
        CodingConfidenceFit.weightsCsv(
            CodingConfidenceFit.fit(examples(), 1.0), 1.0, examples(), LocalDate.of(2026, 12, 5));

    assertThat(csv)
        .startsWith("feature,weight,dev_mentions,dev_right,note\nintercept,")
        .contains("events-seeds.jsonl and seeds/gold/news-audit/judged-bench-10k-a.csv alone")
        .contains("(the sets used for development; 20 coded mentions; 10 right) on 2026-12-05")
        .contains("\npattern:curated,")
        .contains(",10,8,\n");
  }

  /** The committed audit: 100 mentions of the 10k bench, 24 of them right as a whole. */
  @Test
  void anAuditFileGivesEachJudgedMentionsEvidenceAndVerdict() throws java.io.IOException {
    List<Example> audit =
        CodingConfidenceFit.auditExamples(
            org.newsevents.testing.SharedData.projectRoot()
                .resolve(CodingConfidenceFit.AUDITS_FITTED_ON.get(0)));

    assertThat(audit).hasSize(100);
    assertThat(audit.stream().filter(Example::right)).hasSize(24);
    assertThat(audit.get(0).features())
        .containsExactly(
            "pattern:bare-verb",
            "actor1:role-noun",
            "actor2:name",
            "clause:plain",
            "sentence:short");
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
