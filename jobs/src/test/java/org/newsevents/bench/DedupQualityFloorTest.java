package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.testing.SharedData;

/**
 * Quality floors of deduplication on the Wikinews dedup gold sets (the development set and the
 * held-out one), so that a regression of the merge rules, or of the actors stage that resolves the
 * reader's actor words ({@link ReaderActors}), fails the build. They sit a little below what
 * `./newsevents evaluate --suite dedup` measured (QUALITY.md); raise them when the rules improve,
 * never lower them to pass.
 */
class DedupQualityFloorTest {
  private final List<DedupGold.Pair> pairs =
      DedupGold.read(SharedData.projectRoot().resolve(DedupGold.FOLDER));
  private final List<DedupGold.Pair> heldOut =
      DedupGold.read(SharedData.projectRoot().resolve(DedupGold.HELD_OUT_FOLDER));

  /** The gold articles, which order a pair's sentences and give their headline. */
  private static Map<String, DedupGold.Article> articles() {
    return DedupGold.articles(
        SharedData.require(DedupGold.ARTICLE_FILES.get(0)).getParent().getParent().getParent());
  }

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
    DedupQuality.PairScore rules = DedupQuality.rules(heldOut, articles());

    assertThat(rules.pairs()).isEqualTo(heldOut.size());
    assertThat(rules.score().precision()).isGreaterThanOrEqualTo(Floors.HELD_OUT_RULES_PRECISION);
    assertThat(rules.score().recall()).isGreaterThanOrEqualTo(Floors.HELD_OUT_RULES_RECALL);
  }

  @Test
  void theMergeRulesStayAboveTheirFloorOnTheGoldEvents() {
    DedupQuality.PairScore rules = DedupQuality.rules(pairs, articles());

    assertThat(rules.pairs()).isEqualTo(pairs.size());
    assertThat(rules.score().precision()).isGreaterThanOrEqualTo(Floors.RULES_PRECISION);
    assertThat(rules.score().recall()).isGreaterThanOrEqualTo(Floors.RULES_RECALL);
  }

  /** The last measured figures (QUALITY.md, `./newsevents evaluate --suite dedup`). */
  private static final class Floors {
    // Measured with the reader's words resolved by the job's actors stage (ReaderActors): P 0.98
    // (50 of 51 "same" decisions right), R 0.85 (50 of 59 same pairs). One pair moves precision by
    // 2 points and recall by 1.7: the floors sit one pair or so below. Recall was 0.80 (47) until
    // three faults of the actors stage that kept apart same pairs were mended: a double surname
    // ("Rosselló" after "Ricardo Rosselló Nevares"), "Pedro Pierluisi" beside "Pedro R. Pierluisi
    // Urrutia", and a country in the possessive read as a known person's title ("the United
    // States' killing of Qasem Soleimani" coded him USA).
    static final double RULES_PRECISION = 0.95;
    static final double RULES_RECALL = 0.83;

    // Held out: P 0.86 (12 of 14), R 0.32 (12 of 37 same pairs). One pair moves precision by about
    // 7 points and recall by 2.7: a pair below each. The look-up measured P 0.91 (10 of 11) and R
    // 0.27 (floors 0.83 and 0.24): with the stage, two more same pairs are joined, and one more
    // hard negative of the different-day kind, whose two sides now resolve to one actor, is left to
    // the date rule, which merges it.
    static final double HELD_OUT_RULES_PRECISION = 0.79;
    static final double HELD_OUT_RULES_RECALL = 0.29;
  }
}
