package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsevents.bench.EventGold.GoldRecord;
import org.newsevents.bench.EventScorer.Level;
import org.newsevents.bench.EventScorer.Score;
import org.newsevents.events.CameoDictionary;

/**
 * The parts of the evaluation runner that need no Spark: batching, the PLOVER mapping and the
 * QUALITY.md section. (The run itself is the `evaluate` command, not a unit test.)
 */
class EventQualityTest {
  private static GoldRecord record(String id, String text) {
    return new GoldRecord(id, LocalDate.of(1995, 1, 1), text, "DEMO", List.of(), Optional.empty());
  }

  @Test
  void recordsRepeatingATextGoToDifferentBatchesSoTheJobDoesNotFlagThemAsCopies() {
    List<GoldRecord> records =
        List.of(
            record("a", "Arnor is about to restore ties with Gondor."),
            record("b", "Sam Gamgee visited Mordor."),
            record("c", "ARNOR is about to restore ties with  Gondor!"),
            record("d", "Arnor is about to restore ties with Gondor."));

    List<List<GoldRecord>> batches = EventQuality.batchesWithoutRepeatedText(records);

    assertThat(batches)
        .extracting(batch -> batch.stream().map(GoldRecord::id).toList())
        .containsExactly(List.of("a", "b"), List.of("c"), List.of("d"));
  }

  @Test
  void onlyAssertedAndClaimedMentionsCountAsCodedEvents() {
    EventTuple tuple = new EventTuple("DEU", "UKR", "0332");

    assertThat(new EventQuality.CodedMention(tuple, "asserted").isScored()).isTrue();
    assertThat(new EventQuality.CodedMention(tuple, "claimed").isScored()).isTrue();
    assertThat(new EventQuality.CodedMention(tuple, "negated").isScored()).isFalse();
    assertThat(new EventQuality.CodedMention(tuple, "hypothetical").isScored()).isFalse();
    assertThat(new EventQuality.CodedMention(tuple, "planned").isScored()).isFalse();
  }

  @Test
  void codedCameoCodesMapToPloverEventsThroughTheCodeItsBaseOrItsRoot() {
    CameoDictionary cameo = CameoDictionary.bundled();

    assertThat(EventQuality.ploverEvent(cameo, "036")).isEqualTo("AGREE");
    assertThat(EventQuality.ploverEvent(cameo, "1099")).isEqualTo("REQUEST");
    assertThat(EventQuality.ploverEvent(cameo, "0214")).isEqualTo(EventQuality.NO_PLOVER_EVENT);
  }

  @Test
  void theQualitySectionStatesMethodCommandFiguresAndAnchors() {
    EventQuality.Result result =
        new EventQuality.Result(
            EventGold.PETRARCH_UNIT_TESTS,
            "PETR.UnitTest.records.xml",
            "toy",
            284,
            276,
            Map.of("sentence=\"false\": a feature PETRARCH does not implement", 5L),
            350,
            new EventQuality.Coverage(276, 276, 0, 1, Map.of(), Map.of("asserted", 200L)),
            200,
            0,
            Map.of(Level.EXACT, new Score(150, 50, 200)),
            Map.of(Level.EXACT, new Score(170, 60, 180)),
            EventQuality.PETRARCH2_ANCHORS,
            List.of(),
            List.of(),
            12.0,
            java.util.Optional.empty(),
            java.util.Optional.empty());

    String section =
        EventQuality.qualitySection(
            List.of(result), LocalDate.of(2026, 3, 1), "./newsevents evaluate");

    assertThat(section)
        .contains("Measured on 2026-03-01 with `./newsevents evaluate`")
        .contains("asserted or claimed")
        .contains(
            "| PETRARCH-2 unit tests | exact (source code, target code, CAMEO code) | 0.75 | 0.43 |"
                + " 0.55 | 150 | 50 | 200 | PETRARCH-2 P 0.54 R 0.33 |")
        .contains(
            "| PETRARCH-2 unit tests | exact, every status counted | 0.74 | 0.49 | 0.59 | 170 | 60 |"
                + " 180 |  |")
        .contains("276 of 284 records scored, 350 gold events");
  }

  @Test
  void aCodedMentionIsRightWhenCountriesRootAndStatusMatchAGoldEventNotTakenYet() {
    Map<String, List<RealNewsGold.GoldEvent>> gold =
        Map.of(
            "s1",
            List.of(
                new RealNewsGold.GoldEvent(
                    new EventTuple("USAGOV", "RUSGOV", "042"), "asserted", "", "unknown"),
                new RealNewsGold.GoldEvent(
                    new EventTuple("USA", "UKR", "070"), "planned", "", "unknown")));
    Map<String, List<EventQuality.CodedMention>> coded =
        Map.of(
            "s1",
            List.of(
                mention(new EventTuple("USAELI", "RUS", "040"), "claimed", 0.9),
                mention(new EventTuple("USAGOV", "RUSGOV", "042"), "asserted", 0.85),
                mention(new EventTuple("USAGOV", "UKRGOV", "071"), "asserted", 0.6),
                mention(new EventTuple("USAGOV", "UKRGOV", "071"), "planned", 0.3)));

    EventQuality.Calibration calibration = EventQuality.calibration(gold, coded);

    // Claimed counts as asserted; the second 042 finds its gold event taken; the asserted 071 is
    // not the planned gold one.
    assertThat(calibration.mentions())
        .extracting(EventQuality.Labelled::right)
        .containsExactly(true, false, false, true);
    assertThat(calibration.bands())
        .extracting(EventQuality.Band::mentions, EventQuality.Band::right)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 1L),
            org.assertj.core.groups.Tuple.tuple(1L, 0L),
            org.assertj.core.groups.Tuple.tuple(2L, 1L));
    assertThat(calibration.distinctValues()).isEqualTo(4);
  }

  @Test
  void theCalibrationSectionGivesEachBandOfEachHalfAndTheTopBandsPrecision() {
    Map<String, List<RealNewsGold.GoldEvent>> gold =
        Map.of(
            "s1",
            List.of(
                new RealNewsGold.GoldEvent(
                    new EventTuple("USAGOV", "RUSGOV", "042"), "asserted", "", "unknown")));
    EventQuality.Calibration calibration =
        EventQuality.calibration(
            gold,
            Map.of(
                "s1",
                List.of(
                    mention(new EventTuple("USAGOV", "RUSGOV", "042"), "asserted", 0.85),
                    mention(new EventTuple("USAGOV", "RUSGOV", "190"), "asserted", 0.2))));
    EventQuality.Result result =
        new EventQuality.Result(
            "real news, test half",
            "events-test.jsonl",
            "bundled",
            1,
            1,
            Map.of(),
            1,
            new EventQuality.Coverage(1, 1, 0, 0, Map.of(), Map.of("asserted", 2L)),
            2,
            0,
            Map.of(Level.LOOSE, new Score(1, 1, 0)),
            Map.of(),
            List.of(),
            List.of(),
            List.of(),
            1.0,
            java.util.Optional.empty(),
            java.util.Optional.of(calibration));

    String section = EventQuality.calibrationSection(List.of(result));

    assertThat(section)
        .contains("| real news, test half | < 0.5 | 1 | 0 | 0.00 |")
        .contains("| real news, test half | 0.5 to 0.8 | 0 | 0 | - |")
        .contains("| real news, test half | >= 0.8 | 1 | 1 | 1.00 |")
        .contains("1 of 1 mentions at >= 0.8 are right (1.00; the target is 0.90)")
        .contains("2 mentions (every coded mention, right when");
  }

  @Test
  void onAGoldSetOfWhatHappenedOnlyPredictionsCountAndEachGoldEventIsTakenOnce() {
    Map<String, List<EventTuple>> gold =
        Map.of("r1", List.of(new EventTuple("USA", "RUS", "CONSULT")));
    Map<String, List<EventQuality.CodedMention>> coded =
        Map.of(
            "r1",
            List.of(
                mention(new EventTuple("USAGOV", "RUSGOV", "040"), "asserted", 0.7),
                mention(new EventTuple("USAGOV", "RUSGOV", "040"), "claimed", 0.6),
                mention(new EventTuple("USAGOV", "RUSGOV", "040"), "planned", 0.6),
                mention(new EventTuple("USAGOV", "RUSGOV", "0214"), "asserted", 0.6)));
    java.util.function.UnaryOperator<EventTuple> toPlover =
        t ->
            new EventTuple(
                EventScorer.country(t.source()),
                EventScorer.country(t.target()),
                EventQuality.ploverEvent(CameoDictionary.bundled(), t.event()));

    EventQuality.Calibration calibration =
        EventQuality.predictionCalibration(gold, coded, toPlover);

    assertThat(calibration.mentions())
        .extracting(EventQuality.Labelled::right)
        .containsExactly(true, false);
  }

  private static EventQuality.CodedMention mention(
      EventTuple tuple, String status, double confidence) {
    return new EventQuality.CodedMention(tuple, status, "", "", confidence, "pattern:curated");
  }
}
