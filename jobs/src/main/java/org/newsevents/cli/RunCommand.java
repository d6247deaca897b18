package org.newsevents.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsevents.job.NightlyJob;
import org.newsevents.job.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `newsevents run`: the nightly job. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Reads the input articles, cleans them and publishes the warehouse for one run date.")
public final class RunCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      paramLabel = "PATH",
      description =
          "An input file or folder of .txt, .jsonl and .csv articles; repeatable. Default: seeds/articles.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--warehouse",
      paramLabel = "DIR",
      description = "The warehouse folder. Default: warehouse/.")
  Path warehouse;

  @Option(
      names = "--run-date",
      paramLabel = "YYYY-MM-DD",
      converter = IsoDateConverter.class,
      description = "The run's date, its partition key. Default: today (UTC).")
  LocalDate runDate;

  @Mixin SparkMasterOption sparkMaster;

  @Override
  public Integer call() {
    List<Path> validatedInputs = inputs.isEmpty() ? List.of(Paths.defaultInput()) : inputs;
    for (Path input : validatedInputs) {
      if (!Files.exists(input)) {
        throw new ExitCodes.UsageException("The input path " + input + " does not exist");
      }
    }
    Path warehouseDir = warehouse == null ? Paths.defaultWarehouse() : warehouse;
    if (Files.exists(warehouseDir) && !Files.isDirectory(warehouseDir)) {
      throw new ExitCodes.UsageException(
          "The warehouse path " + warehouseDir + " is a file, not a folder");
    }
    String master = sparkMaster.validated();
    LocalDate date = runDate == null ? LocalDate.now(ZoneOffset.UTC) : runDate;

    long start = System.nanoTime();
    System.out.printf(
        "newsevents run: run_date=%s master=%s warehouse=%s%n", date, master, warehouseDir);
    SparkSession spark = SparkSessions.create(master);
    try {
      NightlyJob.Summary summary =
          new NightlyJob(spark, System.out)
              .run(new NightlyJob.Options(validatedInputs, warehouseDir, date));
      printSummary(summary, (System.nanoTime() - start) / 1e9);
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }

  private static void printSummary(NightlyJob.Summary summary, double totalSeconds) {
    System.out.printf("Summary of run %s (run_date %s)%n", summary.runId(), summary.runDate());
    System.out.printf(
        "  articles: %d read, %d kept, %d quarantined%n",
        summary.itemsRead(), summary.articlesKept(), summary.quarantined());
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
  }

  /** Accepts only ISO dates, with a message that says the expected form. */
  static final class IsoDateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a date in the form YYYY-MM-DD");
      }
    }
  }
}
