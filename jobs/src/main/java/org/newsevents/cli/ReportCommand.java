package org.newsevents.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsevents.report.RunReport;
import org.newsevents.warehouse.WarehouseLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `newsevents report`: (re)writes a run's static HTML page from the catalog. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Writes the run report, warehouse/_runs/<run date>.html (one static page, no network),"
            + " for the latest run or --run-date, from the catalog.")
public final class ReportCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;

  @Option(
      names = "--run-date",
      paramLabel = "YYYY-MM-DD",
      converter = RunCommand.IsoDateConverter.class,
      description = "The run to report on. Default: the latest run in the catalog.")
  LocalDate runDate;

  @Override
  public Integer call() {
    WarehouseLayout layout = warehouse.requirePublished();
    List<String> runDates = RunReport.runDates(layout);
    if (runDates.isEmpty()) {
      throw new ExitCodes.UsageException(
          "The catalog " + layout.catalog() + " holds no run yet; run 'newsevents run' first");
    }
    String date = runDate == null ? runDates.get(runDates.size() - 1) : runDate.toString();
    if (!runDates.contains(date)) {
      throw new ExitCodes.UsageException(
          "The warehouse has no run dated " + date + "; its runs are " + describe(runDates));
    }
    Path page = RunReport.write(layout, date, RunReport.recordedFacts(layout, date));
    System.out.println("newsevents report: " + page);
    return ExitCodes.OK;
  }

  private static String describe(List<String> runDates) {
    return runDates.size() <= 5
        ? String.join(", ", runDates)
        : runDates.get(0) + " to " + runDates.get(runDates.size() - 1);
  }
}
