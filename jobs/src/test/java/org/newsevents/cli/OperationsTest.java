package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.CliTest.Call;
import org.newsevents.report.RunReport;
import org.newsevents.testing.CliProcess;
import org.newsevents.testing.LockHolder;
import org.newsevents.testing.SparkTestSession;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.FailPoint;
import org.newsevents.warehouse.Gates;
import org.newsevents.warehouse.RunLock;
import org.newsevents.warehouse.RunRecord;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * Nightly operations through the real command line (in process, on the test JVM's Spark session):
 * the lock, gates, run manifests, dated input folders, backfill and JSON logs.
 */
class OperationsTest {
  @TempDir Path temp;

  @BeforeAll
  static void startSparkOnce() {
    // The CLI reuses the JVM's running session and leaves it running.
    SparkTestSession.get();
  }

  @Test
  void aRunOnALockedWarehouseExitsFourBeforeStartingSparkWithOneSentenceAndRecordsNothing()
      throws IOException {
    Path root = inputRoot();
    dated(root, "2022-01-11", "a.jsonl", article("a", "2022-01-11"));
    Path warehouse = temp.resolve("warehouse");
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    try (RunLock held = RunLock.acquire(layout, "2022-01-10-held", "2022-01-10")) {
      Call call = run(root, warehouse, "2022-01-11");
      assertThat(call.exitCode()).as(call.err()).isEqualTo(ExitCodes.LOCKED);
      // The header line names Spark's master, so it is printed only once Spark has started.
      assertThat(call.out()).isEmpty();
      assertThat(call.err())
          .hasLineCount(1)
          .startsWith(
              "newsevents run: The warehouse "
                  + layout.root()
                  + " is locked by run 2022-01-10-held (pid ")
          .endsWith("which is still running; wait for it to finish.\n");
      assertThat(layout.runRecord("2022-01-11")).doesNotExist();
      assertThat(RunLock.holder(layout).orElseThrow().runId()).isEqualTo("2022-01-10-held");
    }
  }

  @Test
  void aLockLeftByAKilledRunIsTakenWithoutAFlagAndClearStaleLockIsAcceptedAsANoOp()
      throws Exception {
    Path root = inputRoot();
    dated(root, "2022-01-11", "a.jsonl", article("a", "2022-01-11"));
    Path warehouse = Files.createDirectories(temp.resolve("warehouse"));
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    LockHolder killed = LockHolder.start(warehouse, "2022-01-11-killed", "2022-01-11");
    killed.kill();

    Call next = run(root, warehouse, "2022-01-11");
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(next.out())
        .contains("took over the lock that run 2022-01-11-killed (pid " + killed.pid());
    assertThat(RunLock.holder(layout)).isEmpty();
    assertThat(RunRecord.read(layout.runRecord("2022-01-11")).status()).isEqualTo("succeeded");

    // Schedulers' command lines that still pass the old flag keep working.
    Call withFlag = run(root, warehouse, "2022-01-11", "--clear-stale-lock");
    assertThat(withFlag.exitCode()).as(withFlag.err()).isZero();
    assertThat(withFlag.out()).doesNotContain("took over the lock");
  }

  @Test
  void aFailedGatePublishesNothingAndThePreviousWarehouseStaysReadable() throws IOException {
    Path root = inputRoot();
    dated(root, "2022-01-10", "a.jsonl", article("a", "2022-01-10"));
    dated(
        root,
        "2022-01-11",
        "b.txt",
        "Talks end in Geneva\n\nThe two delegations left Geneva without an agreement on troops.");
    Path warehouse = temp.resolve("warehouse");
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    assertThat(run(root, warehouse, "2022-01-10").exitCode()).isZero();
    byte[] manifestBefore = Files.readAllBytes(layout.manifest());

    Call call = run(root, warehouse, "2022-01-11", "--gate", "max-undated-share=0.2");

    assertThat(call.exitCode()).as(call.err()).isEqualTo(ExitCodes.DATA_TESTS_FAILED);
    assertThat(call.err())
        .isEqualTo(
            "newsevents run: A data-quality gate failed, so nothing was published:"
                + " max-undated-share 1.000 > 0.200: FAIL.\n");
    assertThat(Files.readAllBytes(layout.manifest())).isEqualTo(manifestBefore);
    assertThat(warehouse.resolve("dim_articles/run_date=2022-01-11")).doesNotExist();
    assertThat(layout.stagingRoot()).isEmptyDirectory();
    assertThat(RunLock.holder(layout)).isEmpty();
    assertThat(
            Warehouses.query(
                warehouse, "select input_ref, cast(run_date as varchar) from dim_articles"))
        .containsExactly("a | 2022-01-10");

    RunRecord failed = RunRecord.read(layout.runRecord("2022-01-11"));
    assertThat(failed.status()).isEqualTo("gate-failed");
    assertThat(RunReport.page(layout, "2022-01-11")).doesNotExist();
    assertThat(failed.error())
        .isEqualTo(
            call.err().substring("newsevents run: ".length()).strip().replaceAll("\\.$", ""));
    assertThat(failed.gates())
        .contains(new Gates.Result("max-undated-share", 1.0, "<=", 0.2, false))
        .contains(new Gates.Result("max-quarantine-share", 0.0, "<=", 0.9, true))
        .hasSize(Gates.Gate.values().length);
    assertThat(failed.rows("dim_articles")).isEqualTo(1);
  }

  @Test
  void theRunManifestRecordsInputsRowsReasonsStagesVersionsAndGatesAndJsonLogsParse()
      throws Exception {
    Path root = inputRoot();
    Path feed =
        dated(
            root,
            "2022-01-12",
            "feed.jsonl",
            article("a", "2022-01-12") + "{\"id\": \"no-text\", \"title\": \"Empty\"}\n");
    Path warehouse = temp.resolve("warehouse");

    Call call = run(root, warehouse, "2022-01-12", "--log-format", "json");

    assertThat(call.exitCode()).as(call.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : call.out().split("\n")) {
      lines.add(json.readTree(line));
    }
    List<String> stages = lines.stream().map(l -> l.get("stage").asText()).distinct().toList();
    assertThat(stages)
        .containsSubsequence(
            "run", "lock", "list", "ingest", "actors", "stage", "gates", "test", "publish",
            "catalog", "summary");
    for (JsonNode line : lines) {
      assertThat(line.get("time").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
      assertThat(line.get("level").asText()).isIn("info", "warn", "error");
      assertThat(line.get("message").asText()).isNotBlank();
    }
    JsonNode summary = lines.get(lines.size() - 1);
    assertThat(summary.get("figures").get("rows").get("dim_articles").asLong()).isEqualTo(1);
    assertThat(summary.get("figures").get("quarantined").asLong()).isEqualTo(1);
    assertThat(
            lines.stream()
                .filter(l -> l.get("stage").asText().equals("ingest"))
                .findFirst()
                .orElseThrow()
                .get("figures")
                .get("items")
                .asLong())
        .isEqualTo(2);

    RunRecord record = RunRecord.read(new WarehouseLayout(warehouse).runRecord("2022-01-12"));
    assertThat(record.status()).isEqualTo("succeeded");
    assertThat(record.error()).isNull();
    assertThat(record.runId())
        .startsWith("2022-01-12-")
        .isEqualTo(summary.get("figures").get("run_id").asText());
    assertThat(record.inputs())
        .containsExactly(
            new RunRecord.InputFile(
                feed.toAbsolutePath().toString(),
                Files.size(feed),
                HexFormat.of()
                    .formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(feed)))));
    assertThat(record.rowsPerTable())
        .containsEntry("dim_articles", 1L)
        .containsEntry("quarantine", 1L)
        .containsKey("fct_events");
    assertThat(record.quarantineByReason())
        .containsExactly(java.util.Map.entry("missing-text", 1L));
    assertThat(record.secondsPerStage())
        .containsKeys(
            "list",
            "hash",
            "ingest+clean",
            "nlp+actors+events",
            "dedup+write",
            "gates",
            "test",
            "publish",
            "catalog");
    assertThat(record.versions())
        .containsEntry("spark", SparkTestSession.get().version())
        .containsEntry("corenlp", "4.5.10")
        .containsKeys("newsevents_commit", "duckdb", "java");
    assertThat(record.versions().get("newsevents_commit")).matches("[0-9a-f]{40}(-dirty)?|unknown");
    assertThat(record.referenceFiles()).containsKeys("actors.csv", "cameo_verbs.csv", "places.csv");
    assertThat(record.referenceFiles().get("cameo_verbs.csv")).matches("[0-9a-f]{64}");
    assertThat(record.gates())
        .extracting(Gates.Result::gate)
        .containsExactly(
            "max-quarantine-share",
            "max-failed-article-share",
            "max-undated-share",
            "max-events-without-target-share",
            "min-articles");
    assertThat(record.seconds()).isPositive();

    // The run ends with its report page, which carries the manifest's facts.
    Path report = RunReport.page(new WarehouseLayout(warehouse), "2022-01-12");
    assertThat(report).exists();
    assertThat(Files.readString(report)).contains("max-undated-share").contains("missing-text");
  }

  /**
   * Two cases in one backfill (each of their own cost three to four runs of the job and a CLI JVM):
   * <b>backfillStopsAtTheFirstFailureAndResumesWithoutRedoingFinishedDates</b>, a broken delivery
   * stops the backfill at its date, and the same command resumes there once it is fixed; and
   * <b>backfillKilledMidwayResumesWithoutAFlagAndWithoutRedoingFinishedDates</b>, the resumed
   * backfill, in a separate JVM killed as by kill -9 after staging that date, is resumed by the
   * same command again with no flag. Neither redoes the date that succeeded before them.
   */
  @Test
  void backfillStopsAtTheFirstFailureAndAfterAKillResumesWithoutAFlagOrRedoingFinishedDates()
      throws Exception {
    Path root = inputRoot();
    dated(root, "2022-01-10", "a.jsonl", article("a", "2022-01-10"));
    // The delivery of the 11th is broken: every item lacks its text, so the quarantine gate fails.
    dated(root, "2022-01-11", "b.jsonl", "{\"id\": \"b\"}\n{\"id\": \"b2\"}\n");
    dated(root, "2022-01-12", "c.jsonl", article("c", "2022-01-12"));
    Path warehouse = temp.resolve("warehouse");
    WarehouseLayout layout = new WarehouseLayout(warehouse);

    Call first = backfill(root, warehouse, "2022-01-10", "2022-01-12");

    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.DATA_TESTS_FAILED);
    assertThat(first.err())
        .isEqualTo(
            "newsevents backfill: A data-quality gate failed, so nothing was published:"
                + " max-quarantine-share 1.000 > 0.900: FAIL.\n");
    assertThat(first.out())
        .contains("[error]   stopped at run_date 2022-01-11 after 1 run(s) and 0 skipped");
    assertThat(RunRecord.read(layout.runRecord("2022-01-10")).status()).isEqualTo("succeeded");
    assertThat(RunRecord.read(layout.runRecord("2022-01-11")).status()).isEqualTo("gate-failed");
    assertThat(layout.runRecord("2022-01-12")).doesNotExist();
    String firstRunOfThe10th = RunRecord.read(layout.runRecord("2022-01-10")).runId();

    // The feed is delivered again, fixed; the same command resumes at the 11th, in a separate JVM
    // that is killed as by kill -9 after staging the 11th.
    Files.writeString(root.resolve("2022-01-11/b.jsonl"), article("b", "2022-01-11"));
    byte[] manifestBefore = Files.readAllBytes(layout.manifest());
    CliProcess.Result killed =
        CliProcess.run(
            Map.of("NEWSEVENTS_FAIL_AT", FailPoint.AFTER_STAGING),
            "backfill",
            "--from",
            "2022-01-10",
            "--to",
            "2022-01-12",
            "--input-root",
            root.toString(),
            "--warehouse",
            warehouse.toString(),
            "--master",
            "local[1]");
    assertThat(killed.exitCode()).as(killed.stderr()).isEqualTo(137);
    assertThat(killed.stdout())
        .contains("[backfill] run_date 2022-01-10 already succeeded; skipped");
    assertThat(Files.readAllBytes(layout.manifest())).isEqualTo(manifestBefore);
    assertThat(RunRecord.latest(layout, "2022-01-11").orElseThrow().status()).isEqualTo("killed");

    // The same command, with no flag, resumes at the 11th once more and finishes.
    Call second = backfill(root, warehouse, "2022-01-10", "2022-01-12");

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("[backfill] run_date 2022-01-10 already succeeded; skipped")
        .contains("[backfill] done: 2 run(s), 1 skipped, from 2022-01-10 to 2022-01-12");
    assertThat(RunRecord.read(layout.runRecord("2022-01-10")).runId()).isEqualTo(firstRunOfThe10th);
    assertThat(
            Warehouses.query(
                warehouse,
                "select input_ref, cast(run_date as varchar) from dim_articles order by 1"))
        .containsExactly("a | 2022-01-10", "b | 2022-01-11", "c | 2022-01-12");
    assertThat(RunLock.holder(layout)).isEmpty();
    assertThat(layout.stagingRoot()).isEmptyDirectory();

    Call runs = CliTest.call("runs", "--warehouse", warehouse.toString());
    assertThat(runs.exitCode()).isZero();
    List<String> lines = runs.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .isEqualTo("run_date    status       articles  events   seconds  error");
    assertThat(lines.get(1)).matches("2022-01-10  succeeded +1 +\\d+ +\\d+\\.\\d");
    assertThat(lines.get(2)).matches("2022-01-11  succeeded +1 +\\d+ +\\d+\\.\\d");
    assertThat(lines.get(3)).matches("2022-01-12  succeeded +1 +\\d+ +\\d+\\.\\d");

    // A date whose folder never arrived stops the backfill with exit 1 and one sentence.
    Call missing = backfill(root, warehouse, "2022-01-10", "2022-01-13");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(missing.err())
        .isEqualTo(
            "newsevents backfill: The input folder "
                + root.resolve("2022-01-13")
                + " for run date 2022-01-13 does not exist, so nothing was run (deliver the day's"
                + " files there, or run with --input).\n");
  }

  @Test
  void runsListsAFailedRunWithItsError() throws IOException {
    Path warehouse = temp.resolve("warehouse");
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    new RunRecord(
            "2022-01-11",
            "2022-01-11-x",
            "failed",
            "Could not read the gazetteer places.csv",
            "2022-01-11T02:00:00Z",
            "2022-01-11T02:00:03Z",
            3.0,
            List.of(),
            java.util.Map.of(),
            java.util.Map.of(),
            java.util.Map.of(),
            java.util.Map.of(),
            List.of(),
            java.util.Map.of(),
            java.util.Map.of(),
            List.of(),
            List.of())
        .write(layout);
    Call runs = CliTest.call("runs", "--warehouse", warehouse.toString());
    assertThat(runs.out())
        .isEqualTo(
            "run_date    status       articles  events   seconds  error\n"
                + "2022-01-11  failed              -       -       3.0  Could not read the gazetteer places.csv\n");
    assertThat(CliTest.call("runs", "--warehouse", temp.resolve("none").toString()).exitCode())
        .isEqualTo(ExitCodes.BAD_USAGE);
  }

  @Test
  void inputRootOptionsAreValidatedBeforeAnythingRuns() throws IOException {
    Path root = inputRoot();
    Path warehouse = temp.resolve("warehouse");
    Call missing = run(root, warehouse, "2022-01-11");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(missing.err())
        .isEqualTo(
            "newsevents run: The input folder "
                + root.resolve("2022-01-11")
                + " for run date 2022-01-11 does not exist, so nothing was run (deliver the day's"
                + " files there, or run with --input).\n");
    assertThat(warehouse).doesNotExist();

    Call both =
        CliTest.call(
            "run",
            "--input-root",
            root.toString(),
            "--input",
            root.toString(),
            "--warehouse",
            warehouse.toString());
    assertThat(both.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(both.err())
        .isEqualTo("newsevents run: Give either --input or --input-root, not both.\n");

    Call badGate =
        CliTest.call(
            "run",
            "--input",
            root.toString(),
            "--warehouse",
            warehouse.toString(),
            "--gate",
            "max-nonsense=1");
    assertThat(badGate.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(badGate.err())
        .hasLineCount(1)
        .contains("--gate max-nonsense is not a gate (known gates: max-quarantine-share,");

    Call badRange =
        CliTest.call(
            "backfill",
            "--from",
            "2022-01-12",
            "--to",
            "2022-01-10",
            "--input-root",
            root.toString());
    assertThat(badRange.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(badRange.err())
        .isEqualTo("newsevents backfill: --to 2022-01-10 is before --from 2022-01-12.\n");

    Call badFormat =
        CliTest.call(
            "run",
            "--input",
            root.toString(),
            "--warehouse",
            warehouse.toString(),
            "--log-format",
            "xml");
    assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
  }

  private Path inputRoot() throws IOException {
    return Files.createDirectories(temp.resolve("incoming"));
  }

  private static Path dated(Path root, String date, String name, String content)
      throws IOException {
    Path file = Files.createDirectories(root.resolve(date)).resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private static String article(String id, String date) {
    return "{\"id\": \""
        + id
        + "\", \"source\": \"reuters.com\", \"published\": \""
        + date
        + "\", \"text\": \"Antony Blinken met Sergei Lavrov in Geneva on Friday.\"}\n";
  }

  private static Call run(Path root, Path warehouse, String date, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--input-root",
                root.toString(),
                "--warehouse",
                warehouse.toString(),
                "--run-date",
                date,
                "--master",
                "local[2]"));
    args.addAll(List.of(more));
    return CliTest.call(args.toArray(String[]::new));
  }

  private static Call backfill(Path root, Path warehouse, String from, String to, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "backfill",
                "--from",
                from,
                "--to",
                to,
                "--input-root",
                root.toString(),
                "--warehouse",
                warehouse.toString(),
                "--master",
                "local[2]"));
    args.addAll(List.of(more));
    return CliTest.call(args.toArray(String[]::new));
  }
}
