package org.newsevents.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsevents.job.ProgressLog;
import org.newsevents.job.SparkSessions;
import org.newsevents.warehouse.RunLock;
import org.newsevents.warehouse.WarehouseLayout;
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
      names = "--input-root",
      paramLabel = "DIR",
      description =
          "Read DIR/<run date>/ (layout INPUT_ROOT/YYYY-MM-DD/...) instead of --input; a missing"
              + " date folder fails the run (exit 1).")
  Path inputRoot;

  @Option(
      names = "--run-date",
      paramLabel = "YYYY-MM-DD",
      converter = IsoDateConverter.class,
      description = "The run's date, its partition key. Default: today (UTC).")
  LocalDate runDate;

  @Mixin JobOptions job;

  @Override
  public Integer call() {
    if (inputRoot != null && !inputs.isEmpty()) {
      throw new ExitCodes.UsageException("Give either --input or --input-root, not both");
    }
    LocalDate date = runDate == null ? LocalDate.now(ZoneOffset.UTC) : runDate;
    List<Path> validatedInputs;
    if (inputRoot != null) {
      validatedInputs = List.of(InputRoot.forDate(InputRoot.validatedRoot(inputRoot), date));
    } else {
      validatedInputs = inputs.isEmpty() ? List.of(Paths.defaultInput()) : inputs;
      for (Path input : validatedInputs) {
        if (!Files.exists(input)) {
          throw new ExitCodes.UsageException("The input path " + input + " does not exist");
        }
      }
    }
    Path warehouseDir = job.warehouseDir();
    String master = job.sparkMaster.validated();
    job.thresholds();
    ProgressLog log = new ProgressLog(System.out, job.format());

    // The lock before Spark: a second run is refused at once, not after Spark has started.
    try (RunLock lock = RunLock.acquire(new WarehouseLayout(warehouseDir), date.toString());
        SparkSessions.Lease spark = JobRunner.startSpark(master, warehouseDir, date, lock)) {
      new JobRunner(spark.session(), log, warehouseDir, job).run(validatedInputs, date, lock);
      return ExitCodes.OK;
    }
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
