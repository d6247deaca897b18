package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.bench.EventScorer.ErrorKind;
import org.newsevents.bench.EventScorer.Score;

/** The scorer on hand-made tuples. */
class EventScorerTest {
  private static EventTuple t(String source, String target, String event) {
    return new EventTuple(source, target, event);
  }

  private static Map<String, List<EventTuple>> records(Object... idsAndTuples) {
    Map<String, List<EventTuple>> records = new LinkedHashMap<>();
    for (int i = 0; i < idsAndTuples.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<EventTuple> tuples = (List<EventTuple>) idsAndTuples[i + 1];
      records.put((String) idsAndTuples[i], tuples);
    }
    return records;
  }

  @Test
  void aTupleCodedTwiceWhereTheGoldHasItOnceIsOneTruePositiveAndOneFalsePositive() {
    Score score =
        EventScorer.score(
            records("s1", List.of(t("ARN", "GON", "064"))),
            records("s1", List.of(t("ARN", "GON", "064"), t("ARN", "GON", "064"))));

    assertThat(score).isEqualTo(new Score(1, 1, 0));
  }

  @Test
  void aTupleTheGoldHasTwiceAndTheCoderOnceIsOneTruePositiveAndOneFalseNegative() {
    Score score =
        EventScorer.score(
            records("s1", List.of(t("SDN", "", "AGREE"), t("SDN", "", "AGREE"))),
            records("s1", List.of(t("SDN", "", "AGREE"))));

    assertThat(score).isEqualTo(new Score(1, 0, 1));
  }

  @Test
  void matchesStayWithinTheirRecord() {
    Score score =
        EventScorer.score(
            records("s1", List.of(t("ARN", "GON", "064")), "s2", List.of()),
            records("s2", List.of(t("ARN", "GON", "064"))));

    assertThat(score).isEqualTo(new Score(0, 1, 1));
  }

  @Test
  void predictionsForRecordsTheGoldDoesNotScoreAreIgnored() {
    Score score =
        EventScorer.score(
            records("s1", List.of(t("ARN", "GON", "064"))),
            records(
                "s1",
                List.of(t("ARN", "GON", "064")),
                "left-out",
                List.of(t("ARN", "GON", "010"))));

    assertThat(score).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void precisionRecallAndF1FollowFromTheCounts() {
    Score score = new Score(3, 1, 5);

    assertThat(score.precision()).isEqualTo(0.75);
    assertThat(score.recall()).isEqualTo(0.375);
    assertThat(score.f1()).isCloseTo(0.5, within(1e-9));
    assertThat(new Score(0, 0, 4).precision()).isZero();
    assertThat(new Score(0, 0, 0).recall()).isZero();
    assertThat(new Score(0, 0, 0).f1()).isZero();
  }

  @Test
  void theLooseLevelComparesCountriesAndCameoRoots() {
    Map<String, List<EventTuple>> gold = records("s1", List.of(t("USAGOV", "RUSMIL", "0411")));
    Map<String, List<EventTuple>> coded = records("s1", List.of(t("USA", "RUSGOV", "043")));

    assertThat(EventScorer.score(gold, coded)).isEqualTo(new Score(0, 1, 1));
    assertThat(
            EventScorer.score(
                EventScorer.project(gold, EventScorer::loose),
                EventScorer.project(coded, EventScorer::loose)))
        .isEqualTo(new Score(1, 0, 0));
    assertThat(EventScorer.loose(t("IGOUNO", "", "190"))).isEqualTo(t("IGO", "", "19"));
    assertThat(EventScorer.country("US")).isEqualTo("US");
    assertThat(EventScorer.root("1")).isEqualTo("1");
  }

  @Test
  void errorKindsNameTheFieldsThatDifferAndCountMissesAndSpuriousEvents() {
    Map<String, List<EventTuple>> gold =
        records(
            "code", List.of(t("ARN", "GON", "064")),
            "swap", List.of(t("ARN", "GON", "064")),
            "none", List.of(t("ARN", "GON", "064")),
            "empty", List.of(),
            "code2", List.of(t("FRO", "GON", "041")));
    Map<String, List<EventTuple>> coded =
        records(
            "code", List.of(t("ARN", "GON", "031")),
            "swap", List.of(t("GON", "ARN", "064")),
            "empty", List.of(t("ARN", "", "010")),
            "code2", List.of(t("FRO", "GON", "042"), t("FRO", "", "041")));

    List<ErrorKind> kinds = EventScorer.errorKinds(gold, coded, 20);

    assertThat(kinds)
        .extracting(ErrorKind::kind, ErrorKind::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("wrong event", 2L),
            org.assertj.core.groups.Tuple.tuple("missed: nothing coded in the sentence", 1L),
            org.assertj.core.groups.Tuple.tuple("source and target swapped", 1L),
            org.assertj.core.groups.Tuple.tuple(
                "spurious: event coded where the gold has none", 1L),
            org.assertj.core.groups.Tuple.tuple("spurious: extra event beside the gold ones", 1L));
    assertThat(kinds.get(0).example()).isEqualTo("code: gold ARN GON 064, coded ARN GON 031");
    assertThat(EventScorer.errorKinds(gold, coded, 2)).hasSize(2);
  }

  @Test
  void aCodedTupleWithoutTargetIsNamedAsSuch() {
    List<ErrorKind> kinds =
        EventScorer.errorKinds(
            records("s1", List.of(t("ARN", "GON", "064"))),
            records("s1", List.of(t("ARN", "", "064"))),
            20);

    assertThat(kinds).extracting(ErrorKind::kind).containsExactly("no target");
    assertThat(kinds.get(0).example()).isEqualTo("s1: gold ARN GON 064, coded ARN - 064");
  }
}
