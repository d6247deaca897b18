package org.newsevents.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.newsevents.job.NightlyJob;
import org.newsevents.job.ProgressLog;
import org.newsevents.job.SparkSessions;
import org.newsevents.warehouse.Gates;
import org.newsevents.warehouse.RunLock;

/**
 * Runs the nightly job for one date and prints its summary: the one code path of run and backfill.
 */
final class JobRunner {
  private final SparkSession spark;
  private final ProgressLog log;
  private final Path warehouse;
  private final JobOptions options;

  JobRunner(SparkSession spark, ProgressLog log, Path warehouse, JobOptions options) {
    this.spark = spark;
    this.log = log;
    this.warehouse = warehouse;
    this.options = options;
  }

  /**
   * Starts Spark for a command that holds the warehouse lock; when Spark cannot start, records the
   * failed run of the date first.
   */
  static SparkSessions.Lease startSpark(
      String master, Path warehouse, LocalDate date, RunLock lock) {
    try {
      return SparkSessions.lease(master);
    } catch (RuntimeException | Error e) {
      IllegalStateException failure =
          new IllegalStateException("Could not start Spark on master " + master, e);
      NightlyJob.recordFailureBeforeStart(warehouse, date, lock, failure);
      throw failure;
    }
  }

  /** Runs the date under the warehouse lock the caller took before starting Spark. */
  NightlyJob.Summary run(List<Path> inputs, LocalDate date, RunLock lock) {
    long start = System.nanoTime();
    String header =
        String.format(
            // The session's own master: what --master, spark-submit or the default made it.
            "run_date=%s master=%s warehouse=%s", date, spark.sparkContext().master(), warehouse);
    if (log.format() == ProgressLog.Format.PLAIN) {
      System.out.println("newsevents run: " + header);
    } else {
      log.info(
          "run",
          header,
          Map.of(
              "run_date",
              date.toString(),
              "master",
              spark.sparkContext().master(),
              "warehouse",
              warehouse.toString()));
    }
    try {
      NightlyJob.Summary summary =
          new NightlyJob(spark, log)
              .run(
                  new NightlyJob.Options(inputs, warehouse, date).withGates(options.thresholds()),
                  lock);
      printSummary(summary, (System.nanoTime() - start) / 1e9);
      return summary;
    } catch (RuntimeException e) {
      log.error(
          "run", "run_date " + date + " failed: " + ExitCodes.sentence(ExitCodes.describe(e)));
      throw e;
    }
  }

  private void printSummary(NightlyJob.Summary summary, double totalSeconds) {
    List<String> gates = summary.gates().stream().map(Gates.Result::describe).toList();
    if (log.format() == ProgressLog.Format.JSON) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("run_id", summary.runId());
      figures.put("run_date", summary.runDate().toString());
      figures.put("items_read", summary.itemsRead());
      figures.put("articles_kept", summary.articlesKept());
      figures.put("quarantined", summary.quarantined());
      figures.put("skipped_inputs", summary.skippedInputs());
      figures.put("rows", summary.rowsPerTable());
      figures.put("seconds", summary.secondsPerStage());
      figures.put("seconds_total", totalSeconds);
      figures.put("gates", summary.gates());
      figures.put("data_tests", summary.dataTests().size());
      figures.put("data_test_warnings", summary.dataTestWarnings());
      log.info("summary", "run " + summary.runId() + " succeeded", figures);
      return;
    }
    System.out.printf("Summary of run %s (run_date %s)%n", summary.runId(), summary.runDate());
    System.out.printf(
        "  articles: %d read, %d kept, %d quarantined%n",
        summary.itemsRead(), summary.articlesKept(), summary.quarantined());
    if (!summary.skippedInputs().isEmpty()) {
      List<String> skips = new ArrayList<>();
      summary.skippedInputs().forEach((rule, count) -> skips.add(count + " " + rule));
      System.out.println("  skipped:  " + String.join(", ", skips) + " (not input, see README)");
    }
    List<String> rows = new ArrayList<>();
    summary.rowsPerTable().forEach((table, count) -> rows.add(table + " " + count));
    System.out.println("  rows:     " + String.join(", ", rows));
    List<String> seconds = new ArrayList<>();
    for (Map.Entry<String, Double> stage : summary.secondsPerStage().entrySet()) {
      seconds.add(String.format(Locale.ROOT, "%s %.2f", stage.getKey(), stage.getValue()));
    }
    System.out.println(
        "  seconds:  "
            + String.join(", ", seconds)
            + String.format(Locale.ROOT, ", total %.2f", totalSeconds));
    System.out.println("  gates:    " + String.join(", ", gates));
    List<String> warnings = new ArrayList<>();
    summary
        .dataTestWarnings()
        .forEach((test, flagged) -> warnings.add(test + " " + flagged + " row(s)"));
    System.out.printf(
        "  tests:    %d passed, %d warned%s%n",
        summary.dataTests().size() - warnings.size(),
        warnings.size(),
        warnings.isEmpty() ? "" : " (" + String.join(", ", warnings) + ")");
  }
}
