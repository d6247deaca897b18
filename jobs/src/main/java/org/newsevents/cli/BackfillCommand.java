package org.newsevents.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsevents.job.ProgressLog;
import org.newsevents.job.SparkSessions;
import org.newsevents.warehouse.RunLock;
import org.newsevents.warehouse.RunRecord;
import org.newsevents.warehouse.WarehouseLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `newsevents backfill`: runs a range of dates in order, each exactly as `run --input-root` would,
 * skipping the dates whose run manifest says succeeded, and stopping at the first failure.
 */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    description =
        "Runs every date from --from to --to in order on INPUT_ROOT/YYYY-MM-DD/, skipping dates"
            + " already succeeded (warehouse/_runs/<date>.json) and stopping at the first failure"
            + " with its exit code; rerun the same command to resume.")
public final class BackfillCommand implements Callable<Integer> {
  @Option(
      names = "--from",
      required = true,
      paramLabel = "YYYY-MM-DD",
      converter = RunCommand.IsoDateConverter.class,
      description = "The first run date.")
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YYYY-MM-DD",
      converter = RunCommand.IsoDateConverter.class,
      description = "The last run date (included).")
  LocalDate to;

  @Option(
      names = "--input-root",
      required = true,
      paramLabel = "DIR",
      description = "The dated input folders: DIR/YYYY-MM-DD/.")
  Path inputRoot;

  @Mixin JobOptions job;

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new ExitCodes.UsageException("--to " + to + " is before --from " + from);
    }
    Path root = InputRoot.validatedRoot(inputRoot);
    Path warehouseDir = job.warehouseDir();
    String master = job.sparkMaster.validated();
    job.thresholds();
    ProgressLog log = new ProgressLog(System.out, job.format());
    WarehouseLayout layout = new WarehouseLayout(warehouseDir);

    SparkSessions.Lease spark = null;
    int ran = 0;
    int skipped = 0;
    // One lock for the whole range, taken before Spark starts.
    try (RunLock lock = RunLock.acquire(layout, from.toString())) {
      for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
        if (succeeded(layout, date)) {
          log.info(
              "backfill",
              "run_date " + date + " already succeeded; skipped",
              Map.of("run_date", date.toString(), "skipped", true));
          skipped++;
          continue;
        }
        try {
          List<Path> inputs = List.of(InputRoot.forDate(root, date));
          if (spark == null) {
            spark = JobRunner.startSpark(master, warehouseDir, date, lock);
          }
          new JobRunner(spark.session(), log, warehouseDir, job).run(inputs, date, lock);
          ran++;
        } catch (RuntimeException e) {
          log.error(
              "backfill",
              "stopped at run_date "
                  + date
                  + " after "
                  + ran
                  + " run(s) and "
                  + skipped
                  + " skipped; rerun the same command to resume from there");
          throw e;
        }
      }
      log.info(
          "backfill",
          "done: " + ran + " run(s), " + skipped + " skipped, from " + from + " to " + to,
          Map.of("ran", ran, "skipped", skipped));
      return ExitCodes.OK;
    } finally {
      if (spark != null) {
        spark.close();
      }
    }
  }

  private static boolean succeeded(WarehouseLayout layout, LocalDate date) {
    return RunRecord.latest(layout, date.toString())
        .filter(run -> RunRecord.SUCCEEDED.equals(run.status()))
        .isPresent();
  }
}
