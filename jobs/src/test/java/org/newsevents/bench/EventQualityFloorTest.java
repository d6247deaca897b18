package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.bench.EventScorer.Level;
import org.newsevents.testing.SharedData;
import org.newsevents.testing.SparkTestSession;

/**
 * Quality floors of the event coder, so that a regression fails the build. They are the figures
 * `./newsevents evaluate` measured when they were last raised, less a margin; raise them when the
 * coder improves, never lower them to pass.
 */
class EventQualityFloorTest {
  private static final double MARGIN = 0.02;

  private final EventQuality quality =
      new EventQuality(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

  /** The held-out half, coded once for the tests that read it. */
  private static EventQuality.Result testHalf;

  private synchronized EventQuality.Result testHalf() throws Exception {
    if (testHalf == null) {
      testHalf =
          quality.realNews(
              SparkTestSession.get(),
              RealNewsGold.read(SharedData.projectRoot(), RealNewsGold.Split.TEST));
    }
    return testHalf;
  }

  @Test
  void theHeldOutRealNewsHalfStaysAboveItsFloor() throws Exception {
    EventQuality.Result test = testHalf();

    assertThat(test.scoredRecords()).as("the three batches' test halves").isEqualTo(552);
    // Two dozen coded mentions: one mention moves precision by four points, so these floors
    // sit one mention below the measured figures rather than a fixed margin below.
    assertThat(test.scores().get(Level.ROOT).precision())
        .isGreaterThanOrEqualTo(Floors.TEST_ROOT_PRECISION);
    assertThat(test.scores().get(Level.LOOSE).precision())
        .isGreaterThanOrEqualTo(Floors.TEST_LOOSE_PRECISION);
    assertThat(test.scores().get(Level.LOOSE).truePositives())
        .isGreaterThanOrEqualTo(Floors.TEST_LOOSE_TRUE_POSITIVES);
  }

  /**
   * The coding confidence on the held-out half ranks mentions the right way (each band at least as
   * precise as the one below it) and tells them apart rather than being one constant. Issue 14's
   * promise, 90% right at 0.8 or more, was not met by the weights fitted on the dev half (3 of 4 on
   * this half, and none of 10 on the 10k bench's news audit). Fitted with the audit too, the model
   * puts no held-out mention at 0.8 or more: a top band that holds mentions must still be at least
   * as precise as it was, and the promise stays the target.
   */
  @Test
  void theCodingConfidenceOnTheHeldOutHalfRanksMentionsTheRightWayAndVaries() throws Exception {
    EventQuality.Calibration calibration = testHalf().calibration().orElseThrow();

    List<EventQuality.Band> bands = calibration.bands();
    EventQuality.Band top = bands.get(bands.size() - 1);
    assertThat(top.from()).isEqualTo(0.8);
    if (top.mentions() > 0) {
      assertThat(top.precision())
          .as("right mentions among the %d at confidence >= 0.8", top.mentions())
          .isGreaterThanOrEqualTo(Floors.TEST_TOP_BAND_PRECISION);
    }
    List<EventQuality.Band> filled = bands.stream().filter(band -> band.mentions() > 0).toList();
    for (int i = 1; i < filled.size(); i++) {
      assertThat(filled.get(i).precision())
          .as("band %s against the band below", filled.get(i).label())
          .isGreaterThanOrEqualTo(filled.get(i - 1).precision());
    }
    assertThat(calibration.mentions())
        .allSatisfy(labelled -> assertThat(labelled.mention().confidence()).isBetween(0.0, 1.0));
    assertThat(calibration.distinctValues())
        .isGreaterThanOrEqualTo(Floors.TEST_DISTINCT_CONFIDENCES);
  }

  @Test
  void thePloverGsrStaysAboveItsFloor() throws Exception {
    EventQuality.Result plover =
        quality.ploverGsr(SparkTestSession.get(), SharedData.require("reference"));

    assertThat(plover.scores().get(Level.PLOVER).precision())
        .isGreaterThanOrEqualTo(Floors.PLOVER_PRECISION - MARGIN);
    assertThat(plover.scores().get(Level.PLOVER).recall())
        .isGreaterThanOrEqualTo(Floors.PLOVER_RECALL - MARGIN);
  }

  /** The last measured figures (QUALITY.md, `./newsevents evaluate`). */
  private static final class Floors {
    // Measured 2026-12-07 (stop 26) on the three batches' test half (233 gold events): root P
    // 0.81 (21 of 26), loose P 0.54 (14 of 26); the floors sit one wrong mention below.
    static final double TEST_ROOT_PRECISION = 0.77;
    static final double TEST_LOOSE_PRECISION = 0.51;
    static final long TEST_LOOSE_TRUE_POSITIVES = 13;
    // Measured 2026-12-07 (stop 26): PLOVER P 0.51 (59 of 116), R 0.16, less MARGIN below.
    static final double PLOVER_PRECISION = 0.49;
    // Measured: 21 distinct confidences among the test half's 22 coded mentions, none at 0.8 or
    // more (26 of 33, 3 of 4 right at 0.8 or more, under earlier weights).
    static final long TEST_DISTINCT_CONFIDENCES = 16;
    static final double TEST_TOP_BAND_PRECISION = 0.74;
    static final double PLOVER_RECALL = 0.15;
  }
}
