package org.newsevents.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.newsevents.testing.CliProcess;
import org.newsevents.testing.SharedData;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.Manifest;
import org.newsevents.warehouse.RunRecord;
import org.newsevents.warehouse.Tables;
import org.newsevents.warehouse.WarehouseLayout;

/** The nightly job end to end, with real Spark, Parquet files and DuckDB. */
class NightlyJobTest {
  @TempDir Path temp;

  @Test
  void publishesTheSeedsWithTitlesDatesAndSources() {
    Path warehouse = Warehouses.seeds();
    assertThat(
            Warehouses.query(
                warehouse,
                "select input_ref, published_date, date_source, source_id from dim_articles order by 1"))
        .containsExactly(
            "000_f53b32a1066e619e | 2022-01-14 | inferred | unknown",
            "001_9999db3ac14877e5 | 2022-01-19 | inline | unknown",
            "002_bceca436d5cb6915 | 2022-01-19 | dateline | fr.euronews.com",
            "003_6960f8cc3748e25c | 2022-01-21 | inferred | unknown",
            "004_89e9b03200a8b320 | 2022-02-10 | inferred | rferl.org");
    assertThat(
            Warehouses.query(
                warehouse,
                "select source_id, source_name, article_count from dim_sources order by 1"))
        .containsExactly(
            "fr.euronews.com | Euronews | 1",
            "rferl.org | Radio Free Europe/Radio Liberty | 1",
            "unknown | Unknown source | 3");
    assertThat(Warehouses.query(warehouse, "select count(*) from quarantine")).containsExactly("0");
  }

  @Test
  void theGenevaMeetingIsOneEventReportedByThreeArticles() {
    assertThat(
            Warehouses.query(
                Warehouses.seeds(),
                "select a1.name, a2.name, e.event_root_code, e.status, e.event_date, e.date_precision,"
                    + " e.location_country_code, e.num_articles, e.num_sources"
                    + " from fct_events e join dim_actors a1 on a1.actor_id = e.actor1_id"
                    + " join dim_actors a2 on a2.actor_id = e.actor2_id"
                    + " where e.location_name = 'Genève'"))
        .containsExactly(
            "Antony Blinken | Sergei Lavrov | 04 | asserted | 2022-01-21 | day | CHE | 3 | 2");
  }

  /** Issue 16: the seeds' top event joined the 2014 annexation of Crimea with 2022 sentences. */
  @Test
  void everySeedEventHasOneDyadAndOneBaseCode() throws IOException {
    String failingRows =
        Files.readString(
            SharedData.projectRoot().resolve("sql/tests/fct_events__one_source_and_base_code.sql"));
    assertThat(Warehouses.query(Warehouses.seeds(), failingRows)).isEmpty();
    assertThat(Warehouses.query(Warehouses.seeds(), "select count(*) > 40 from fct_events"))
        .containsExactly("true");
  }

  /**
   * Issue 16: with the run date standing in for undated articles, a run on a later day dated their
   * events in that year ("February 10" as 2027-02-10, "On Friday ... met" as the Friday before the
   * run) and coded office holders as of that day. The seeds, run with a run date years after them,
   * date every event in or before February 2022, none asserted after its article, and the Geneva
   * meeting on 2022-01-21 as one event of three articles, two planning it and one reporting it. The
   * two articles with no full date are dated by what they show: 000 plans the meeting for "next
   * Friday", 004 reports "February 10" in the year of the night's dated articles.
   */
  @Test
  void undatedSeedsAreNeverDatedByTheRunDate() {
    // The shared seeds warehouse is run on Warehouses.SEED_RUN_DATE, years after the articles.
    Path warehouse = Warehouses.seeds();
    assertThat(Warehouses.SEED_RUN_DATE).isAfter(LocalDate.of(2026, 1, 1));
    assertThat(
            Warehouses.query(
                warehouse,
                "select count(*) > 40, count(*) = count(event_date),"
                    + " max(event_date) <= date '2022-02-28' from fct_events"))
        .containsExactly("true | true | true");
    assertThat(
            Warehouses.query(
                warehouse,
                "select m.sentence from fct_event_mentions m join dim_articles a using (article_id)"
                    + " where m.status = 'asserted' and m.event_date > a.published_date"))
        .isEmpty();
    assertThat(
            Warehouses.query(
                warehouse,
                "select input_ref, published_date, date_source from dim_articles order by 1"))
        .containsExactly(
            "000_f53b32a1066e619e | 2022-01-14 | inferred",
            "001_9999db3ac14877e5 | 2022-01-19 | inline",
            "002_bceca436d5cb6915 | 2022-01-19 | dateline",
            "003_6960f8cc3748e25c | 2022-01-21 | inferred",
            "004_89e9b03200a8b320 | 2022-02-10 | inferred");
    assertThat(
            Warehouses.query(
                warehouse,
                "select e.event_date, e.date_precision, e.num_articles,"
                    + " string_agg(m.status, ',' order by m.status)"
                    + " from fct_events e join fct_event_mentions m using (event_id)"
                    + " where e.location_name = 'Genève' group by all"))
        .containsExactly("2022-01-21 | day | 3 | asserted,planned,planned");
    // Office holders as of the events, not of the run: Blinken and Stoltenberg in office.
    assertThat(
            Warehouses.query(
                warehouse,
                "select distinct actor1_code from fct_event_mentions m"
                    + " join dim_actors a on a.actor_id = m.actor1_id"
                    + " where a.name in ('Antony Blinken', 'Jens Stoltenberg') order by 1"))
        .containsExactly("IGOWSTNAT", "USAGOV");
  }

  /**
   * Issue 16: an undated article dated by an event the history holds was published with that date,
   * but its events kept the run date they were coded with.
   */
  @Test
  void inferredArticlesAreRedatedFromTheInferredDate() throws IOException {
    Path warehouse = temp.resolve("warehouse");
    Path night1 = Files.createDirectories(temp.resolve("in1")).resolve("feed.jsonl");
    Path night2 = Files.createDirectories(temp.resolve("in2")).resolve("feed.jsonl");
    Files.writeString(
        night1,
        "{\"id\": \"a1\", \"source\": \"reuters.com\", \"published\": \"2022-01-19\","
            + " \"text\": \"Antony Blinken will meet Sergei Lavrov in Geneva on Friday.\"}\n");
    Files.writeString(
        night2,
        "{\"id\": \"b1\", \"source\": \"bbc.co.uk\","
            + " \"text\": \"Antony Blinken met Sergei Lavrov in Geneva on Friday."
            + " Sergei Lavrov accused NATO of conspiring against Russia.\"}\n");
    Warehouses.run(List.of(night1), warehouse, LocalDate.of(2022, 1, 19));
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
  void fearedNegatedAndConditionalActionsAreNeverAssertedInTheSeeds() {
    // Germany's refusal to send arms is negated, Britain's offer planned, and no assault or fight
    // (roots 18-20) that the articles only fear comes out asserted with a target.
    assertThat(
            Warehouses.query(
                Warehouses.seeds(),
                "select a1.name || ' ' || e.event_code || ' ' || e.status from fct_events e"
                    + " join dim_actors a1 on a1.actor_id = e.actor1_id"
                    + " where e.event_base_code = '072'"))
        .contains("Germany 072 negated", "United Kingdom 072 planned");
    assertThat(
            Warehouses.query(
                Warehouses.seeds(),
                "select m.sentence from fct_event_mentions m"
                    + " where m.status = 'asserted' and substr(m.event_code, 1, 2) in ('18', '19', '20')"
                    + " and m.actor2_id is not null"))
        .isEmpty();
  }

  @Test
  void everyEventMentionKeepsItsEvidenceSentence() {
    assertThat(
            Warehouses.query(
                Warehouses.seeds(),
                "select count(*) from fct_event_mentions m join dim_articles a using (article_id)"
                    + " where strpos(a.text, m.sentence) = 0"))
        .containsExactly("0");
    assertThat(Warehouses.query(Warehouses.seeds(), "select count(*) > 20 from fct_events"))
        .containsExactly("true");
  }

  @Test
  void seedTextsHoldNoMojibakeCaptionsOrWidgets() {
    List<String> texts = Warehouses.query(Warehouses.seeds(), "select text from dim_articles");
    assertThat(texts).hasSize(5);
    for (String text : texts) {
      assertThat(text)
          .doesNotContain(
              "โ€",
              "â€",
              "©",
              "?????",
              "Exit mobile version",
              "Check Also",
              "usr: 0",
              "About Eleanor")
          .doesNotContain("This is interesting!", "View on Euronews", "(Dailymotion)");
    }
    assertThat(
            Warehouses.query(
                    Warehouses.seeds(), "select text from dim_articles where input_ref like '000%'")
                .get(0))
        .contains("“speculations”");
  }

  @Test
  void everyOfficialNamedInTheSeedsResolvesToExactlyOneActorWithTheRightCountry() {
    Map<String, String> officials = new java.util.LinkedHashMap<>();
    officials.put("Blinken", "USA");
    officials.put("Lavrov", "RUS");
    officials.put("Putin", "RUS");
    officials.put("Stoltenberg", "NATO");
    officials.put("Baerbo", "DEU");
    officials.put("Fomin", "RUS");
    officials.put("Lukashenko", "BLR");
    officials.put("Scholz", "DEU");
    officials.put("Zelensk", "UKR");
    officials.put("Psaki", "USA");
    officials.put("Truss", "GBR");
    officials.put("Biden", "USA");
    officials.put("Macron", "FRA");
    officials.put("Johnson", "GBR");
    officials.put("Wallace", "GBR");
    officials.put("Frederiksen", "DNK");
    officials.forEach(
        (name, country) ->
            assertThat(
                    Warehouses.query(
                        Warehouses.seeds(),
                        "select distinct a.actor_id, a.country_code, a.is_known from fct_actor_mentions m join dim_actors a using (actor_id)"
                            + " where a.actor_type = 'person' and m.surface like '%"
                            + name
                            + "%'"))
                .as(name)
                .singleElement()
                .satisfies(row -> assertThat(row).endsWith(" | " + country + " | true")));
  }

  @Test
  void captionCreditAndBylineNamesAreNeverActors() {
    assertThat(
            Warehouses.query(
                Warehouses.seeds(),
                "select name from dim_actors where name similar to '.*(Tanneau|Andriyenko|Brandon|Hanschke|Blackburn).*'"))
        .isEmpty();
  }

  @Test
  void theKremlinAndRussianTroopsResolveToRussianSectors() {
    assertThat(
            Warehouses.query(
                Warehouses.seeds(),
                "select distinct m.surface || ' = ' || a.cameo_code from fct_actor_mentions m join dim_actors a using (actor_id)"
                    + " where m.surface in ('Kremlin', 'Moscow', 'Russian troops', 'Belarusian Ministry of Defense') order by 1"))
        .contains(
            "Kremlin = RUSGOV",
            "Moscow = RUSGOV",
            "Russian troops = RUSMIL",
            "Belarusian Ministry of Defense = BLRMIL");
  }

  /**
   * A rerun of a date gives the same rows in every table, whether it runs in the same JVM (where
   * CoreNLP and the dictionaries keep whatever state the first run left) or in a fresh one (issue
   * 16: SUTime's state between documents once dated a bare weekday a week apart). The first run is
   * this JVM's shared run of the seeds, copied.
   */
  @Test
  void rerunOfSameDateGivesIdenticalRowsInEveryTableInOneJvmAndInAnother() throws Exception {
    Path warehouse = Warehouses.seedsCopy(temp.resolve("warehouse"));
    Path input = SharedData.projectRoot().resolve("seeds/articles");
    LocalDate day = Warehouses.SEED_RUN_DATE;
    Map<String, List<String>> first = everyTable(warehouse);
    assertThat(first.get(Tables.DIM_ARTICLES)).hasSize(5);
    assertThat(first.get(Tables.DIM_ACTORS)).isNotEmpty();
    assertThat(first.get(Tables.FCT_EVENT_MENTIONS)).isNotEmpty();
    assertThat(first.get(Tables.FCT_EVENTS)).isNotEmpty();

    Warehouses.run(List.of(input), warehouse, day);
    assertThat(everyTable(warehouse)).as("rerun in the same JVM").isEqualTo(first);

    CliProcess.Result inAnotherJvm =
        CliProcess.run(
            Map.of(),
            "run",
            "--input",
            input.toString(),
            "--warehouse",
            warehouse.toString(),
            "--run-date",
            day.toString(),
            "--master",
            "local[2]");
    assertThat(inAnotherJvm.exitCode()).as(inAnotherJvm.stderr()).isZero();
    assertThat(everyTable(warehouse)).as("rerun in another JVM").isEqualTo(first);

    Manifest manifest = Manifest.read(new WarehouseLayout(warehouse).manifest());
    assertThat(manifest.runDates(Tables.DIM_ARTICLES)).containsExactly(day.toString());
    assertThat(manifest.files(Tables.DIM_ARTICLES)).hasSize(1);
    assertThat(Warehouses.query(warehouse, "select count(*) from dim_sources"))
        .containsExactly("3");
  }

  /** Every published table's rows, in a fixed order. */
  private static Map<String, List<String>> everyTable(Path warehouse) {
    Map<String, List<String>> rows = new java.util.TreeMap<>();
    for (String table : Tables.ALL) {
      rows.put(table, Warehouses.query(warehouse, "select * from " + table + " order by all"));
    }
    return rows;
  }

  @Test
  void secondRunDateAddsAPartitionAndKeepsTheFirst() throws IOException {
    Path warehouse = temp.resolve("warehouse");
    Path input = twoShortArticles();
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
    Path warehouse = temp.resolve("warehouse");
    Path night1 = Files.createDirectories(temp.resolve("in1")).resolve("feed.jsonl");
    Path night2 = Files.createDirectories(temp.resolve("in2")).resolve("feed.jsonl");
    Files.writeString(
        night1,
        "{\"id\": \"a1\", \"source\": \"reuters.com\", \"published\": \"2022-01-19\","
            + " \"text\": \"Antony Blinken will meet Sergei Lavrov in Geneva on Friday.\"}\n");
    Files.writeString(
        night2,
        "{\"id\": \"b1\", \"source\": \"bbc.co.uk\", \"published\": \"2022-01-22\","
            + " \"text\": \"Antony Blinken met Sergei Lavrov in Geneva on Friday.\"}\n");
    Warehouses.run(List.of(night1), warehouse, LocalDate.of(2022, 1, 19));
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

  @Test
  void failingDataTestPublishesNothing() throws IOException {
    // The published history is the seeds' (copied); the failing night's input is any article.
    Path warehouse = Warehouses.seedsCopy(temp.resolve("warehouse"));
    Path input = twoShortArticles();
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    // Corrupt the published history: the same article file twice in one partition breaks
    // uniqueness.
    Manifest manifest = Manifest.read(layout.manifest());
    Path published = warehouse.resolve(manifest.files(Tables.DIM_ARTICLES).get(0));
    Path copy = published.resolveSibling("corrupt-copy.parquet");
    Files.copy(published, copy);
    manifest
        .withPartition(
            Tables.DIM_ARTICLES,
            Warehouses.SEED_RUN_DATE.toString(),
            List.of(
                warehouse.relativize(published).toString(), warehouse.relativize(copy).toString()))
        .writeAtomically(layout.manifest());
    byte[] manifestBefore = Files.readAllBytes(layout.manifest());

    assertThatThrownBy(() -> Warehouses.run(List.of(input), warehouse, LocalDate.of(2022, 2, 12)))
        .isInstanceOf(NightlyJob.DataTestsFailedException.class)
        .hasMessageContaining("dim_articles__article_id_unique");

    assertThat(Files.readAllBytes(layout.manifest())).isEqualTo(manifestBefore);
    assertThat(warehouse.resolve("dim_articles/run_date=2022-02-12")).doesNotExist();
    assertThat(layout.stagingRoot()).isEmptyDirectory();
  }

  /**
   * Two short articles, for tests of partitions and publishing that do not read what the seeds say
   * (each seed costs seconds of CoreNLP).
   */
  private Path twoShortArticles() throws IOException {
    Path input = Files.createDirectories(temp.resolve("short"));
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
