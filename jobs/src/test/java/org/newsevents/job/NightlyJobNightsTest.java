package org.newsevents.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.actors.LearnedActors;
import org.newsevents.testing.BadInputFolder;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.Manifest;
import org.newsevents.warehouse.RunRecord;
import org.newsevents.warehouse.Tables;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * The nightly job end to end over several nights and on bad input, each case on small inputs of its
 * own, with real Spark, Parquet files and DuckDB. The cases on the seeds are in {@link
 * NightlyJobTest}.
 */
class NightlyJobNightsTest {
  @TempDir Path temp;

  @TempDir static Path shared;

  private static Path blinkenWillMeetLavrov;

  /**
   * A copy of a warehouse with one night published: a Reuters article of 2022-01-19 saying that
   * Blinken will meet Lavrov in Geneva on Friday, run that day. Two cases report the meeting on a
   * second night; the first night is the same in both, so it is run once per class and each case
   * runs its second night on its own copy.
   */
  private static Path blinkenWillMeetLavrovPublished(Path folder) throws IOException {
    synchronized (NightlyJobNightsTest.class) {
      if (blinkenWillMeetLavrov == null) {
        Path night1 = Files.createDirectories(shared.resolve("in1")).resolve("feed.jsonl");
        Files.writeString(
            night1,
            "{\"id\": \"a1\", \"source\": \"reuters.com\", \"published\": \"2022-01-19\","
                + " \"text\": \"Antony Blinken will meet Sergei Lavrov in Geneva on Friday.\"}\n");
        Path warehouse = shared.resolve("blinken-will-meet-lavrov");
        Warehouses.run(List.of(night1), warehouse, LocalDate.of(2022, 1, 19));
        blinkenWillMeetLavrov = warehouse;
      }
    }
    return Warehouses.copy(blinkenWillMeetLavrov, folder);
  }

  /**
   * Issue 16: an undated article dated by an event the history holds was published with that date,
   * but its events kept the run date they were coded with.
   */
  @Test
  void inferredArticlesAreRedatedFromTheInferredDate() throws IOException {
    Path warehouse = blinkenWillMeetLavrovPublished(temp.resolve("warehouse"));
    Path night2 = Files.createDirectories(temp.resolve("in2")).resolve("feed.jsonl");
    Files.writeString(
        night2,
        "{\"id\": \"b1\", \"source\": \"bbc.co.uk\","
            + " \"text\": \"Antony Blinken met Sergei Lavrov in Geneva on Friday."
            + " Sergei Lavrov accused NATO of conspiring against Russia.\"}\n");
    Warehouses.run(List.of(night2), warehouse, LocalDate.of(2022, 3, 1));
    assertThat(
            Warehouses.query(
                warehouse,
                "select input_ref, published_date, date_source, date_evidence like '%2022-01-21%'"
                    + " from dim_articles where input_ref = 'b1'"))
        .containsExactly("b1 | 2022-01-21 | inferred | true");
    assertThat(
            Warehouses.query(
                warehouse,
                "select m.verb, m.event_date, m.date_precision, m.date_basis"
                    + " from fct_event_mentions m join dim_articles a using (article_id)"
                    + " where a.input_ref = 'b1' order by 1"))
        // "accused" retells in the simple past the day its lead ("met ... on Friday") names.
        .containsExactly(
            "accuse | 2022-01-21 | day | article-lead", "meet | 2022-01-21 | day | sentence");
  }

  @Test
  void secondRunDateAddsAPartitionAndKeepsTheFirst() throws IOException {
    Path warehouse = temp.resolve("warehouse");
    Path input = twoShortArticles(temp);
    Warehouses.run(List.of(input), warehouse, LocalDate.of(2022, 1, 20));
    Warehouses.run(List.of(input), warehouse, LocalDate.of(2022, 1, 21));
    assertThat(
            Manifest.read(new WarehouseLayout(warehouse).manifest()).runDates(Tables.DIM_ARTICLES))
        .containsExactly("2022-01-20", "2022-01-21");
    // dim_articles shows each article once, as the latest run left it.
    assertThat(Warehouses.query(warehouse, "select count(*), min(run_date) from dim_articles"))
        .containsExactly("2 | 2022-01-21");
    assertThat(Files.isDirectory(warehouse.resolve("dim_articles/run_date=2022-01-20"))).isTrue();
  }

  @Test
  void anEventReportedAgainOnALaterNightKeepsItsIdAndCountsBothReports() throws IOException {
    Path warehouse = blinkenWillMeetLavrovPublished(temp.resolve("warehouse"));
    Path night2 = Files.createDirectories(temp.resolve("in2")).resolve("feed.jsonl");
    Files.writeString(
        night2,
        "{\"id\": \"b1\", \"source\": \"bbc.co.uk\", \"published\": \"2022-01-22\","
            + " \"text\": \"Antony Blinken met Sergei Lavrov in Geneva on Friday.\"}\n");
    List<String> firstNight =
        Warehouses.query(warehouse, "select event_id, status, num_articles from fct_events");
    assertThat(firstNight).hasSize(1);
    assertThat(firstNight.get(0)).endsWith("| planned | 1");
    String eventId = firstNight.get(0).split(" \\| ")[0];

    Warehouses.run(List.of(night2), warehouse, LocalDate.of(2022, 1, 22));
    String both =
        "select event_id, status, event_date, num_mentions, num_articles, num_sources,"
            + " first_seen_run_date from fct_events";
    assertThat(Warehouses.query(warehouse, both))
        .containsExactly(eventId + " | asserted | 2022-01-21 | 2 | 2 | 2 | 2022-01-19");

    // A rerun of the second night changes nothing.
    Warehouses.run(List.of(night2), warehouse, LocalDate.of(2022, 1, 22));
    assertThat(Warehouses.query(warehouse, both))
        .containsExactly(eventId + " | asserted | 2022-01-21 | 2 | 2 | 2 | 2022-01-19");
  }

  @Test
  void anActorLearnedOnOneNightCodesItsBareNameOnALaterNight() throws IOException {
    Path warehouse = temp.resolve("warehouse-memory");
    Path night1 = Files.createDirectories(temp.resolve("memory1")).resolve("feed.jsonl");
    Path night2 = Files.createDirectories(temp.resolve("memory2")).resolve("feed.jsonl");
    Files.writeString(
        night1,
        "{\"id\": \"m1\", \"source\": \"reuters.com\", \"published\": \"2022-01-19\","
            + " \"text\": \"Russian Foreign Minister Oleg Petrov accused Ukraine of"
            + " provocations.\"}\n");
    Files.writeString(
        night2,
        "{\"id\": \"m2\", \"source\": \"bbc.co.uk\", \"published\": \"2022-01-22\","
            + " \"text\": \"Oleg Petrov accused NATO of provocations.\"}\n");
    Warehouses.run(List.of(night1), warehouse, LocalDate.of(2022, 1, 19));
    Warehouses.run(List.of(night2), warehouse, LocalDate.of(2022, 1, 22));

    assertThat(
            Warehouses.query(
                warehouse,
                "select m.run_date, m.cameo_code, m.resolution_method from fct_actor_mentions m"
                    + " join dim_actors a using (actor_id) where a.name = 'Oleg Petrov'"
                    + " order by m.run_date"))
        .containsExactly(
            "2022-01-19 | RUSGOV | unknown", "2022-01-22 | RUSGOV | " + LearnedActors.METHOD);
    assertThat(
            Warehouses.query(
                warehouse,
                "select actor1_code, event_code from fct_event_mentions where article_id in"
                    + " (select article_id from dim_articles where run_date = '2022-01-22')"))
        .containsExactly("RUSGOV | 112");
    // What was learned, and the sentence it was learned from, is in dim_actors.
    assertThat(
            Warehouses.query(
                warehouse,
                "select is_known, country_code, first_seen_date, evidence from dim_actors"
                    + " where name = 'Oleg Petrov'"))
        .singleElement()
        .asString()
        .startsWith("false | RUS | 2022-01-19 | Russian Foreign Minister Oleg Petrov");
  }

  @Test
  void quarantinesEveryBadInputKindAndLosesNothingElse() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(
        input.resolve("good.txt"),
        "Talks resume in Geneva\n\nDiplomats from both countries met on Friday in Geneva to resume talks about the border.");
    Files.writeString(input.resolve("empty.txt"), "");
    Files.write(
        input.resolve("photo.txt"),
        new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
    Files.writeString(input.resolve("huge.txt"), "word ".repeat(1_100_000));
    Files.writeString(input.resolve("notes.pdf"), "%PDF-1.4");
    String goodLine =
        "{\"id\": \"feed-1\", \"title\": \"Ministers meet\", \"published\": \"2022-01-19\", \"source\": \"Reuters\", \"text\": \"The ministers met in Brussels on Wednesday and agreed to meet again next week.\"}";
    Files.writeString(
        input.resolve("feed.jsonl"),
        goodLine
            + "\n{\"id\": \"feed-2\", \"text\": oops}\n{\"id\": \"feed-3\", \"title\": \"No body\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(input.resolve("feed-copy.jsonl"), goodLine + "\n", StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("wire.csv"),
        "id,title,text\nw1,Short,\"Officials said the meeting in Vienna would take place on Monday as planned.\"\nw2,Bad\n");
    Path warehouse = temp.resolve("warehouse");

    NightlyJob.Summary summary =
        Warehouses.run(List.of(input), warehouse, LocalDate.of(2022, 1, 22));

    assertThat(
            Warehouses.query(
                warehouse, "select reason, input_ref from quarantine order by reason, input_ref"))
        .containsExactly(
            "binary | photo",
            "duplicate-input | feed-1",
            "empty | empty",
            "malformed-line | feed:2",
            "malformed-line | wire:2",
            "missing-text | feed-3",
            "too-large | huge",
            "unsupported-format | notes");
    assertThat(
            Warehouses.query(
                warehouse,
                "select input_ref, source_id, published_date from dim_articles order by 1"))
        .containsExactly(
            "feed-1 | reuters.com | 2022-01-19", "good | unknown | null", "w1 | unknown | null");
    assertThat(summary.articlesKept()).isEqualTo(3);
    assertThat(summary.quarantined()).isEqualTo(8);
    assertThat(summary.itemsRead()).isEqualTo(11);
    assertThat(
            Warehouses.query(
                warehouse, "select count(*) from quarantine where detail not like '%.'"))
        .containsExactly("0");
  }

  @Test
  void badInputSuiteEndToEndGivesEveryItemAnArticleAQuarantineRowOrACountedSkip() {
    BadInputFolder folder = BadInputFolder.create(temp.resolve("bad"));
    // A FIFO given directly as --input used to block the run for ever while it held the lock.
    Path fifo = BadInputFolder.fifo(temp.resolve("pipe.jsonl"));
    Path warehouse = temp.resolve("warehouse");
    LocalDate runDate = LocalDate.of(2022, 1, 24);

    NightlyJob.Summary summary =
        Warehouses.run(
            new NightlyJob.Options(
                List.of(folder.input(), fifo), warehouse, runDate, NightlyJob.Scope.ARTICLES));

    Map<String, Long> expectedQuarantine = new java.util.TreeMap<>();
    folder
        .outcomeCounts()
        .forEach(
            (outcome, count) -> {
              if (outcome.startsWith("quarantine ")) {
                expectedQuarantine.put(outcome.substring("quarantine ".length()), count);
              }
            });
    expectedQuarantine.merge("not-a-file", 1L, Long::sum);
    assertThat(
            Warehouses.query(
                warehouse, "select reason, count(*) from quarantine group by reason order by 1"))
        .containsExactlyElementsOf(
            expectedQuarantine.entrySet().stream()
                .map(e -> e.getKey() + " | " + e.getValue())
                .toList());
    assertThat(summary.articlesKept())
        .isEqualTo(folder.outcomeCounts().get(BadInputFolder.ARTICLE));
    assertThat(summary.skippedInputs()).containsExactlyInAnyOrderEntriesOf(folder.skipCounts());
    assertThat(RunRecord.read(new WarehouseLayout(warehouse).runRecord(runDate.toString())))
        .satisfies(
            record -> {
              assertThat(record.skippedInputs())
                  .containsExactlyInAnyOrderEntriesOf(folder.skipCounts());
              assertThat(record.inputs()).noneMatch(input -> input.path().equals(fifo.toString()));
            });
    long skipped = summary.skippedInputs().values().stream().mapToLong(Long::longValue).sum();
    assertThat(summary.itemsRead() + skipped).isEqualTo(folder.itemCount() + 1);
    assertThat(
            Warehouses.query(
                warehouse,
                "select count(*) from quarantine where detail not like '%.' or detail like '%'"
                    + " || chr(10) || '%'"))
        .containsExactly("0");
  }

  @Test
  void flagsDuplicateArticlesWithinTheBatch() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    String body =
        "Officials in Kyiv said on Tuesday that talks with Moscow would continue next week in Geneva.";
    Files.writeString(input.resolve("a.txt"), "Talks to continue\n\n" + body);
    Files.writeString(input.resolve("b.txt"), "Talks to continue!\n\n" + body.toUpperCase() + "\n");
    Path warehouse = temp.resolve("warehouse");
    Warehouses.run(List.of(input), warehouse, LocalDate.of(2022, 1, 23));
    List<String> rows =
        Warehouses.query(
            warehouse,
            "select input_ref, is_duplicate, duplicate_of is not null from dim_articles order by 1");
    assertThat(rows).containsExactlyInAnyOrder("a | false | false", "b | true | true");
  }

  /**
   * Two short articles, for tests of partitions and publishing that do not read what the seeds say
   * (each seed costs seconds of CoreNLP).
   */
  static Path twoShortArticles(Path folder) throws IOException {
    Path input = Files.createDirectories(folder.resolve("short"));
    Files.writeString(
        input.resolve("open.txt"),
        "Talks open in Geneva\n\nThe two delegations met in Geneva on Monday and agreed to keep"
            + " talking.");
    Files.writeString(
        input.resolve("end.txt"),
        "Talks end in Geneva\n\nThe two delegations left Geneva on Tuesday without an agreement"
            + " on troops.");
    return input;
  }
}
