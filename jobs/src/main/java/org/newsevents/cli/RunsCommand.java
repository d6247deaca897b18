package org.newsevents.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsevents.warehouse.RunRecord;
import org.newsevents.warehouse.Tables;
import org.newsevents.warehouse.WarehouseLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `newsevents runs`: the run manifests of a warehouse, one line per run date. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description =
        "Lists the runs recorded in warehouse/_runs/, in run date order: date, status, articles,"
            + " new events, seconds, and the error of a run that did not succeed.")
public final class RunsCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;

  @Override
  public Integer call() {
    WarehouseLayout layout = warehouse.requireFolder();
    List<RunRecord> runs = RunRecord.all(layout);
    if (runs.isEmpty()) {
      System.out.println("No runs recorded in " + layout.runsFolder() + ".");
      return ExitCodes.OK;
    }
    System.out.printf(
        Locale.ROOT,
        "%-10s  %-11s  %8s  %6s  %8s  %s%n",
        "run_date",
        "status",
        "articles",
        "events",
        "seconds",
        "error");
    for (RunRecord run : runs) {
      boolean staged = run.rowsPerTable() != null && !run.rowsPerTable().isEmpty();
      String line =
          String.format(
              Locale.ROOT,
              "%-10s  %-11s  %8s  %6s  %8.1f  %s",
              run.runDate(),
              run.status(),
              staged ? String.valueOf(run.rows(Tables.DIM_ARTICLES)) : "-",
              staged ? String.valueOf(run.rows(Tables.FCT_EVENTS)) : "-",
              run.seconds(),
              run.error() == null ? "" : run.error());
      System.out.println(line.stripTrailing());
    }
    return ExitCodes.OK;
  }
}
