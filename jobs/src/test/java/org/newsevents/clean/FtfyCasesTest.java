package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsevents.testing.SharedData;

/** Measures the repair on ftfy's public test cases in ../shared (skipped when they are absent). */
class FtfyCasesTest {

  @Test
  void repairsAtLeast95PercentOfPassCasesAndLeavesEveryNegativeAlone() {
    Path cases = SharedData.require("corpora/ftfy-test-cases");

    FtfyEvaluation.Score score = FtfyEvaluation.evaluate(cases);

    System.out.println("ftfy test cases: " + score.summary());
    score
        .failures()
        .forEach(
            f ->
                System.out.printf(
                    "  failed: %s: %s%n    expected: %s%n    actual:   %s%n",
                    f.file(), f.label(), f.expected(), f.actual()));
    assertThat(score.negativeCases()).isPositive();
    assertThat(score.negativeUnchanged()).isEqualTo(score.negativeCases());
    assertThat(score.passCases()).isPositive();
    assertThat(score.passShare()).isGreaterThanOrEqualTo(0.95);
  }
}
