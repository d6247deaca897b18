package org.newsevents.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.CliProcess;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.FailPoint;
import org.newsevents.warehouse.Manifest;
import org.newsevents.warehouse.RunLock;
import org.newsevents.warehouse.RunRecord;
import org.newsevents.warehouse.Tables;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * A run killed (as by kill -9 or SIGTERM, in a separate JVM) at any step of publishing leaves the
 * run manifests, the manifest and the catalog in step (all of the previous run before the rename
 * that publishes, all of the new one after it), and the next run takes the lock by itself, succeeds
 * and cleans up after it.
 */
class KilledRunTest {
  private static final String SECOND_DATE = "2022-01-11";

  @TempDir Path temp;

  /**
   * One warehouse survives a kill -9 at every step of publishing, one after another: before the
   * rename that publishes, the previous run is everywhere after each kill, and a SIGTERM while
   * paused before that rename leaves it so too; after the rename (before and after its run record
   * is written) the new run is published everywhere and recorded as succeeded, the second kill
   * rerunning the same date over it. The next run then succeeds with no flag. (One sequence rather
   * than a case per step: each case costs a JVM with Spark and CoreNLP, and repeated crashes are
   * the harder test.)
   */
  @Test
  void runsKilledAtEveryStepOfPublishingLeaveThePreviousRunBeforeTheRenameAndTheNewOneAfterIt()
      throws Exception {
    Path input = firstNightPublished();
    WarehouseLayout layout = new WarehouseLayout(temp.resolve("warehouse"));
    byte[] manifestBefore = Files.readAllBytes(layout.manifest());

    for (String failPoint :
        List.of(
            FailPoint.AFTER_STAGING,
            FailPoint.AFTER_MOVE,
            FailPoint.DURING_CATALOG,
            FailPoint.BEFORE_COMMIT)) {
      CliProcess.Result killed =
          CliProcess.run(Map.of("NEWSEVENTS_FAIL_AT", failPoint), args(input));

      assertThat(killed.exitCode()).as(failPoint + ": " + killed.stderr()).isEqualTo(137);
      assertThat(killed.stderr()).contains("killed at fail point " + failPoint);
      assertThat(Files.readAllBytes(layout.manifest())).as(failPoint).isEqualTo(manifestBefore);
      assertThat(catalogArticles(layout)).as(failPoint).containsExactly("first | 2022-01-10");
      RunRecord record = RunRecord.latest(layout, SECOND_DATE).orElseThrow();
      assertThat(record.status()).as(failPoint).isEqualTo(RunRecord.KILLED);
      assertThat(record.error()).as(failPoint).contains("nothing of it was published");
      assertInStep(layout);
    }

    CliProcess.Running running =
        CliProcess.start(Map.of("NEWSEVENTS_PAUSE_AT", FailPoint.BEFORE_COMMIT), args(input));
    running.awaitStderr("paused at fail point " + FailPoint.BEFORE_COMMIT);
    assertThat(RunLock.holder(layout).orElseThrow().runDate()).isEqualTo(SECOND_DATE);
    CliProcess.Result terminated = running.terminate();

    assertThat(terminated.exitCode()).as(terminated.stderr()).isEqualTo(143);
    assertThat(RunLock.holder(layout)).isEmpty();
    assertThat(Files.readAllBytes(layout.manifest())).isEqualTo(manifestBefore);
    assertThat(RunRecord.latest(layout, SECOND_DATE).orElseThrow().status())
        .isEqualTo(RunRecord.KILLED);
    assertInStep(layout);

    for (String failPoint : List.of(FailPoint.AFTER_COMMIT, FailPoint.AFTER_RUN_RECORD)) {
      CliProcess.Result killed =
          CliProcess.run(Map.of("NEWSEVENTS_FAIL_AT", failPoint), args(input));

      assertThat(killed.exitCode()).as(failPoint + ": " + killed.stderr()).isEqualTo(137);
      assertThat(Manifest.read(layout.manifest()).runDates(Tables.DIM_ARTICLES))
          .as(failPoint)
          .containsExactly("2022-01-10", SECOND_DATE);
      assertThat(catalogArticles(layout))
          .as(failPoint)
          .containsExactly("first | " + SECOND_DATE, "second | " + SECOND_DATE);
      RunRecord record = RunRecord.latest(layout, SECOND_DATE).orElseThrow();
      assertThat(record.status()).as(failPoint).isEqualTo(RunRecord.SUCCEEDED);
      assertThat(record.rows(Tables.DIM_ARTICLES)).as(failPoint).isEqualTo(2);
      assertInStep(layout);
    }

    theNextRunSucceedsWithoutHelp(input, layout);
  }

  /** The first night published in-process; returns the input folder, which then gets a 2nd file. */
  private Path firstNightPublished() throws Exception {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(
        input.resolve("first.txt"),
        "Talks open in Geneva\n\nThe two delegations met in Geneva on Monday and agreed to keep talking.");
    Warehouses.run(List.of(input), temp.resolve("warehouse"), LocalDate.of(2022, 1, 10));
    Files.writeString(
        input.resolve("second.txt"),
        "Talks end in Geneva\n\nThe two delegations left Geneva on Tuesday without an agreement on troops.");
    return input;
  }

  private String[] args(Path input) {
    return new String[] {
      "run",
      "--input",
      input.toString(),
      "--warehouse",
      temp.resolve("warehouse").toString(),
      "--run-date",
      SECOND_DATE,
      "--master",
      "local[1]"
    };
  }

  /**
   * The manifest, the catalog and the run manifests tell the same story: the catalog reads exactly
   * the manifest's files, and a date is published exactly when its last run succeeded.
   */
  private static void assertInStep(WarehouseLayout layout) {
    Manifest manifest = Manifest.read(layout.manifest());
    for (String table : List.of(Tables.DIM_ARTICLES, Tables.FCT_EVENTS)) {
      String viewSql =
          String.join(
              "\n",
              Warehouses.query(
                  layout.root(),
                  "select sql from duckdb_views() where view_name = 'stg_" + table + "'"));
      List<String> files = manifest.files(table);
      assertThat(viewSql.split("\\.parquet", -1))
          .as("the files the catalog reads for " + table + ": " + viewSql)
          .hasSize(files.size() + 1);
      for (String file : files) {
        assertThat(viewSql).contains("'" + layout.root().resolve(file) + "'");
      }
    }
    List<String> published = manifest.runDates(Tables.DIM_ARTICLES);
    for (RunRecord run : RunRecord.all(layout)) {
      assertThat(published.contains(run.runDate()))
          .as("run_date " + run.runDate() + " published, its last run " + run.status())
          .isEqualTo(run.status().equals(RunRecord.SUCCEEDED));
    }
  }

  private static List<String> catalogArticles(WarehouseLayout layout) {
    return Warehouses.query(
        layout.root(), "select input_ref, cast(run_date as varchar) from dim_articles order by 1");
  }

  private static void theNextRunSucceedsWithoutHelp(Path input, WarehouseLayout layout) {
    Warehouses.run(List.of(input), layout.root(), LocalDate.parse(SECOND_DATE));
    assertThat(RunLock.holder(layout)).isEmpty();
    assertThat(catalogArticles(layout))
        .containsExactly("first | " + SECOND_DATE, "second | " + SECOND_DATE);
    assertThat(RunRecord.latest(layout, SECOND_DATE).orElseThrow().status())
        .isEqualTo(RunRecord.SUCCEEDED);
    assertInStep(layout);
    assertThat(layout.stagingRoot()).isEmptyDirectory();
    assertThat(layout.publishedRoot().toFile().list()).hasSize(2);
  }
}
