package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.bench.DedupGold.GoldEvent;
import org.newsevents.bench.DedupGold.Pair;
import org.newsevents.bench.DedupGold.Side;

/**
 * The rule-level dedup score with the reader's actor words resolved by the job's actors stage over
 * the pair's sentences ({@link ReaderActors}). Made-up pairs of one made-up article.
 */
class ReaderActorsTest {
  private static final LocalDate DAY = LocalDate.of(2020, 2, 21);
  private static final String URL = "https://example.org/sentencing";

  @Test
  void aBodyAndItsJudgeNamedInTwoSentencesOfOneArticleResolveToOneSectorActor() {
    // The look-up knows "U.S. Federal Court" (USA JUD) but not the judge; the stage reads "Judge"
    // as her title and gives her the article's country, so the deduplicator matches the court and
    // its judge by their sector code.
    Pair pair =
        pair(
            "On Thursday, a U.S. federal court sentenced Roger Stone to 40 months in prison.",
            new GoldEvent("U.S. Federal Court", "Roger Stone", "173", "2020-02-20"),
            "Judge Amy Berman Jackson sentenced Stone for lying to Congress.",
            new GoldEvent("Judge Amy Berman Jackson", "Roger Stone", "173", "2020-02-20"));

    assertThat(byStage(pair).truePositives()).isEqualTo(1);
    assertThat(byLookUp(pair).truePositives()).isZero();
  }

  @Test
  void aSubjectPronounIsThePersonTheCoderTakesItFor() {
    // The reader wrote "he" as the sentence does; the coder's pronoun rules read it as the person
    // the sentence before was about.
    Pair pair =
        pair(
            "Boris Johnson praised the volunteers of the flood rescue on Monday.",
            new GoldEvent("Boris Johnson", "volunteers", "051", "2020-02-17"),
            "He thanked the volunteers for their courage.",
            new GoldEvent("he", "volunteers", "051", "2020-02-17"));

    assertThat(byStage(pair).truePositives()).isEqualTo(1);
    assertThat(byLookUp(pair).truePositives()).isZero();
  }

  @Test
  void aPartialRepeatIsNotTheActorOfANameTheMentionLacks() {
    // The sentence calls the Syrian Democratic Forces "the SDF", and its "government forces" are
    // another actor: only "Syrian government forces" is theirs.
    Side side =
        new Side(
            URL,
            DAY,
            "According to state media, government forces entered territory the SDF held until"
                + " yesterday.");
    Pair pair =
        new Pair(
            "t1",
            "same",
            true,
            side,
            new Side(URL, DAY, "Syria's army entered the town."),
            new GoldEvent("Syrian government forces", "Syrian Democratic Forces", "154", ""),
            new GoldEvent("Syrian Army", "Syrian Democratic Forces", "154", ""));
    ReaderActors.OfPair actors =
        new ReaderActors(ReaderActors.Source.ACTOR_STAGE, Map.of()).of(pair);

    assertThat(actors.stageMention(side, "Syrian government forces")).isPresent();
    assertThat(actors.stageMention(side, "Syrian Democratic Forces")).isEmpty();
  }

  private static EventScorer.Score byStage(Pair pair) {
    return DedupQuality.rules(
            List.of(pair), new ReaderActors(ReaderActors.Source.ACTOR_STAGE, Map.of()))
        .score();
  }

  private static EventScorer.Score byLookUp(Pair pair) {
    return DedupQuality.rules(
            List.of(pair), new ReaderActors(ReaderActors.Source.DICTIONARY, Map.of()))
        .score();
  }

  private static Pair pair(String a, GoldEvent eventA, String b, GoldEvent eventB) {
    return new Pair(
        "t1", "same", true, new Side(URL, DAY, a), new Side(URL, DAY, b), eventA, eventB);
  }
}
