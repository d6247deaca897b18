package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.testing.SharedData;

/**
 * Quality floors of deduplication on the Wikinews dedup gold sets (the development set and the
 * held-out one), so that a regression of the merge rules fails the build. They sit a little below
 * what `./newsevents evaluate --suite dedup` measured (QUALITY.md); raise them when the rules
 * improve, never lower them to pass.
 */
class DedupQualityFloorTest {
  private final List<DedupGold.Pair> pairs =
      DedupGold.read(SharedData.projectRoot().resolve(DedupGold.FOLDER));
  private final List<DedupGold.Pair> heldOut =
      DedupGold.read(SharedData.projectRoot().resolve(DedupGold.HELD_OUT_FOLDER));

  @Test
  void theGoldSetHasAtLeastAHundredPairsHalfOfThemHard() {
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(100);
    assertThat(pairs.stream().filter(DedupGold.Pair::isHard).count() * 2)
        .isGreaterThanOrEqualTo(pairs.size());
  }

  @Test
  void theHeldOutSetHasAtLeastAHundredPairsHalfOfThemHardAndNoPairOfTheDevelopmentSet() {
    assertThat(heldOut).hasSizeGreaterThanOrEqualTo(100);
    assertThat(heldOut.stream().filter(DedupGold.Pair::isHard).count() * 2)
        .isGreaterThanOrEqualTo(heldOut.size());
    java.util.Set<String> developmentArticles = new java.util.HashSet<>();
    pairs.forEach(pair -> developmentArticles.addAll(List.of(pair.a().url(), pair.b().url())));
    assertThat(heldOut)
        .noneMatch(
            pair ->
                developmentArticles.contains(pair.a().url())
                    || developmentArticles.contains(pair.b().url()));
  }

  @Test
  void theMergeRulesStayAboveTheirFloorOnTheHeldOutGoldEvents() {
    DedupQuality.PairScore rules = DedupQuality.rules(heldOut);

    assertThat(rules.pairs()).isEqualTo(heldOut.size());
    assertThat(rules.score().precision()).isGreaterThanOrEqualTo(Floors.HELD_OUT_RULES_PRECISION);
    assertThat(rules.score().recall()).isGreaterThanOrEqualTo(Floors.HELD_OUT_RULES_RECALL);
  }

  @Test
  void theMergeRulesStayAboveTheirFloorOnTheGoldEvents() {
    DedupQuality.PairScore rules = DedupQuality.rules(pairs);

    assertThat(rules.pairs()).isEqualTo(pairs.size());
    assertThat(rules.score().precision()).isGreaterThanOrEqualTo(Floors.RULES_PRECISION);
    assertThat(rules.score().recall()).isGreaterThanOrEqualTo(Floors.RULES_RECALL);
  }

  /** The last measured figures (QUALITY.md, `./newsevents evaluate --suite dedup`). */
  private static final class Floors {
    // Measured: P 0.98 (48 of 49 "same" decisions right), R 0.81 (48 of 59 same pairs). One pair
    // moves precision by 2 points and recall by 1.7: the floors sit one pair or so below.
    static final double RULES_PRECISION = 0.95;
    static final double RULES_RECALL = 0.79;

    // Held out, measured once when the set was made: P 0.91 (10 of 11), R 0.27 (10 of 37 same
    // pairs). One pair moves precision by about 8 points and recall by 2.7: a pair below each.
    static final double HELD_OUT_RULES_PRECISION = 0.83;
    static final double HELD_OUT_RULES_RECALL = 0.24;
  }
}
