package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.bench.RealNewsGold.Split;
import org.newsevents.ingest.InputFormat;
import org.newsevents.testing.SharedData;

class RealNewsGoldTest {
  @TempDir Path temp;

  private static final String SENTENCES =
      """
      {"id":"wn-a-s1","article_id":"wn-a","split":"dev","article_date":"2019-03-05","sentence_no":1,"text":"Police arrested the mayor on Monday."}
      {"id":"wn-a-s2","article_id":"wn-a","split":"dev","article_date":"2019-03-05","sentence_no":2,"text":"He will meet the president next week."}
      {"id":"wn-b-s1","article_id":"wn-b","split":"test","article_date":"2019-04-01","sentence_no":1,"text":"A fire destroyed a factory."}
      {"id":"wn-c-s1","article_id":"wn-c","split":"dev","article_date":"2019-05-01","sentence_no":1,"text":"Not annotated yet."}
      """;

  private static final String DEV_EVENTS =
      """
      {"id":"wn-a-s1","events":[{"source_code":"usacop","target_code":"USAGOV","cameo":"173","status":"asserted","date":"2019-03-04","date_precision":"day"}]}
      {"id":"wn-a-s2","events":[{"source_code":"USAGOV","target_code":"USAGOV","cameo":"036","status":"planned","date":"","date_precision":"unknown"}]}
      """;

  private Path folder() throws Exception {
    Files.writeString(temp.resolve("sentences.jsonl"), SENTENCES, StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("events-dev.jsonl"), DEV_EVENTS, StandardCharsets.UTF_8);
    return temp;
  }

  @Test
  void aHalfScoresOnlyItsAnnotatedSentencesAndOnlyAssertedOrClaimedEvents() throws Exception {
    RealNewsGold.Half dev = RealNewsGold.readFolder(folder(), Split.DEV);

    EventGold.GoldSet gold = dev.goldSet();
    assertThat(gold.records()).hasSize(3);
    assertThat(gold.scored())
        .extracting(EventGold.GoldRecord::id)
        .containsExactly("wn-a-s1", "wn-a-s2");
    assertThat(gold.exclusions()).containsEntry("not annotated yet", 1L);
    assertThat(gold.scored().get(0).events())
        .containsExactly(new EventTuple("USACOP", "USAGOV", "173"));
    assertThat(gold.scored().get(1).events()).as("a planned meeting is not an event").isEmpty();
    assertThat(dev.everyEvent().get("wn-a-s2"))
        .extracting(RealNewsGold.GoldEvent::status)
        .containsExactly("planned");
  }

  @Test
  void theSeedsGoldAnnotatesEverySentenceOfTheFiveSeedsAndSomeHoldNoEvent() {
    RealNewsGold.Split seeds = Split.SEEDS;
    RealNewsGold.Half half = RealNewsGold.read(SharedData.projectRoot(), seeds);
    assertThat(half.articles()).hasSize(5);
    assertThat(half.sentences()).allMatch(RealNewsGold.Sentence::annotated);
    assertThat(half.sentences()).anyMatch(sentence -> sentence.events().isEmpty());
    assertThat(half.goldSet().name()).contains("in-sample");
  }

  @Test
  void eachHalfJoinsThatHalfOfEveryBatchFullyAnnotatedAndNoArticleIsInBoth() {
    RealNewsGold.Half dev = RealNewsGold.read(SharedData.projectRoot(), Split.DEV);
    RealNewsGold.Half test = RealNewsGold.read(SharedData.projectRoot(), Split.TEST);
    assertThat(Split.TEST.files())
        .containsExactly(
            "seeds/gold/wikinews-events/events-test.jsonl",
            "seeds/gold/wikinews-events-2/events-test.jsonl",
            "seeds/gold/wikinews-events-3/events-test.jsonl");
    assertThat(dev.sentences().size() + test.sentences().size())
        .as("433 sentences in the first batch, 317 in the second, 307 in the third")
        .isEqualTo(1057);
    assertThat(dev.sentences()).allMatch(RealNewsGold.Sentence::annotated);
    assertThat(test.sentences()).allMatch(RealNewsGold.Sentence::annotated);
    assertThat(dev.articles().keySet()).doesNotContainAnyElementsOf(test.articles().keySet());
    assertThat(test.articles()).hasSize(23 + 24 + 23);
  }

  @Test
  void theTestHalfIsReadWithoutAnAnnotationFileAsNothingScored() throws Exception {
    RealNewsGold.Half test = RealNewsGold.readFolder(folder(), Split.TEST);
    assertThat(test.sentences()).hasSize(1);
    assertThat(test.goldSet().scored()).isEmpty();
  }

  @Test
  void anAnnotationOfAnUnknownSentenceOrStatusIsAnError() throws Exception {
    folder();
    Files.writeString(
        temp.resolve("events-dev.jsonl"),
        "{\"id\":\"wn-b-s1\",\"events\":[]}\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RealNewsGold.readFolder(temp, Split.DEV))
        .hasMessageContaining("not in the dev half");
    Files.writeString(
        temp.resolve("events-dev.jsonl"),
        "{\"id\":\"wn-a-s1\",\"events\":[{\"cameo\":\"173\",\"status\":\"happened\"}]}\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RealNewsGold.readFolder(temp, Split.DEV))
        .hasMessageContaining("status 'happened'");
  }

  @Test
  void articlesAreWrittenAsJsonLinesOneSentenceAParagraph() throws Exception {
    RealNewsGold.Half dev = RealNewsGold.readFolder(folder(), Split.DEV);
    Path jsonl = temp.resolve("dev.jsonl");
    RealNewsGold.writeArticles(dev, jsonl);

    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .contains("\"id\":\"wn-a\"")
        .contains("\"published\":\"2019-03-05\"")
        .contains("Monday.\\n\\nHe will meet");
    assertThat(InputFormat.of(jsonl)).contains(InputFormat.JSONL);
  }

  @Test
  void anEvidenceSentenceIsTracedToTheGoldSentenceItSharesMostWordsWith() throws Exception {
    List<RealNewsGold.Sentence> article =
        RealNewsGold.readFolder(folder(), Split.DEV).articles().get("wn-a");
    assertThat(RealNewsGold.sentenceOf(article, "He will meet the president next week."))
        .contains("wn-a-s2");
    assertThat(RealNewsGold.sentenceOf(article, "Police arrested the mayor")).contains("wn-a-s1");
    assertThat(RealNewsGold.sentenceOf(article, "Something else entirely happened here")).isEmpty();
  }

  @Test
  void agreementCountsStatusAndDayOfTheCodedMentionsThatMatchAGoldEvent() throws Exception {
    RealNewsGold.Half dev = RealNewsGold.readFolder(folder(), Split.DEV);
    Map<String, List<EventQuality.CodedMention>> coded =
        Map.of(
            "wn-a-s1",
            List.of(
                new EventQuality.CodedMention(
                    new EventTuple("USACOP", "USA", "173"), "asserted", "2019-03-04", "day"),
                new EventQuality.CodedMention(
                    new EventTuple("RUS", "USA", "190"), "asserted", "2019-03-04", "day")),
            "wn-a-s2",
            List.of(
                new EventQuality.CodedMention(
                    new EventTuple("USAGOV", "USA", "036"), "asserted", "2019-03-05", "day")));

    EventQuality.Agreement agreement = EventQuality.agreement(dev.everyEvent(), coded, 2);

    assertThat(agreement).isEqualTo(new EventQuality.Agreement(1, 2, 1, 1, 2, 1, 1, List.of()));
  }
}
