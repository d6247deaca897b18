package org.newsevents.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsevents.bench.IngestBenchmark;
import org.newsevents.bench.PerformanceBenchmark;
import org.newsevents.bench.PerformanceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `newsevents bench`: the performance benchmark on the research corpora in ../shared. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the full nightly job on real corpora at growing sizes beside the CoreNLP floor, a new day"
          + " on a month of history, the analyses queries over a million events and the seeds run;"
          + " prints the figures and ratios and rewrites PERFORMANCE.md and PERFORMANCE.json.",
      "With --cleaning, measures ingest + clean + publish and the encoding-repair and boilerplate"
          + " scores instead."
    })
public final class BenchCommand implements Callable<Integer> {
  @Mixin SharedDataOption sharedData;

  @Mixin SparkMasterOption sparkMaster;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "1000,10000,100000",
      paramLabel = "N",
      description = "Article counts to run the job at (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--history-days",
      defaultValue = "30",
      description = "Days of history under the incremental run (default: ${DEFAULT-VALUE}).")
  int historyDays;

  @Option(
      names = "--day-size",
      defaultValue = "300",
      description = "Articles in each day of the incremental measure (default: ${DEFAULT-VALUE}).")
  int daySize;

  @Option(
      names = "--query-events",
      defaultValue = "1000000",
      description =
          "Events in the warehouse the analyses queries run on (default: ${DEFAULT-VALUE}).")
  long queryEvents;

  @Option(names = "--no-incremental", description = "Skip the incremental measure.")
  boolean noIncremental;

  @Option(names = "--no-queries", description = "Skip the query latency measure.")
  boolean noQueries;

  @Option(names = "--no-seeds", description = "Skip timing the seeds run.")
  boolean noSeeds;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "The Markdown report to write (default: PERFORMANCE.md in the project folder).")
  Path report;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "The JSON result file (default: PERFORMANCE.json in the project folder).")
  Path json;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Where inputs and warehouses go; kept (default: a temporary folder, removed).")
  Path work;

  @Option(
      names = "--render",
      paramLabel = "FILE",
      description =
          "Only rewrite the report (--report) from a result file a bench run wrote, without measuring.")
  Path render;

  @Option(
      names = "--cleaning",
      description = "Measure ingest + clean + publish and the cleaning scores only.")
  boolean cleaning;

  @Override
  public Integer call() throws Exception {
    String master = sparkMaster.validated();
    if (cleaning) {
      return cleaningBenchmark(master);
    }
    Path reportFile = report != null ? report : Paths.home().resolve("PERFORMANCE.md");
    if (render != null) {
      return renderReport(reportFile);
    }
    if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
      throw new ParameterException(
          spec.commandLine(), "--sizes must list positive article counts, e.g. 1000,10000.");
    }
    if (historyDays < 1 || daySize < 1 || queryEvents < 1) {
      throw new ParameterException(
          spec.commandLine(), "--history-days, --day-size and --query-events must be positive.");
    }
    Path sharedDir =
        sharedData.requireFolders(
            "benchmark",
            "corpora/reuters-21578",
            "corpora/allsides-article-bias/jsons",
            "corpora/bbc-news-2225",
            "corpora/wikinews-2019-2020");
    Path workDir = work != null ? work : Files.createTempDirectory("newsevents-bench");
    try {
      Map<String, Object> figures =
          new PerformanceBenchmark(
                  new PerformanceBenchmark.Options(
                      sharedDir,
                      Paths.home(),
                      master,
                      sizes.stream().sorted().toList(),
                      historyDays,
                      daySize,
                      queryEvents,
                      !noIncremental,
                      !noQueries,
                      !noSeeds,
                      workDir),
                  System.out)
              .run();
      Path jsonFile = json != null ? json : Paths.home().resolve("PERFORMANCE.json");
      List<String> args = spec.commandLine().getParseResult().originalArgs();
      String command =
          ("./newsevents bench "
                  + String.join(" ", args.subList(args.indexOf("bench") + 1, args.size())))
              .strip();
      figures.put("command", command);
      IngestBenchmark.writeJson(figures, jsonFile);
      PerformanceReport.write(figures, command, reportFile);
      System.out.println();
      System.out.println("ratios: " + figures.get("ratios"));
      System.out.println("figures written to " + jsonFile + " and " + reportFile);
    } finally {
      if (work == null) {
        PerformanceBenchmark.clean(workDir);
      }
    }
    return ExitCodes.OK;
  }

  private int renderReport(Path reportFile) throws java.io.IOException {
    if (!Files.isRegularFile(render)) {
      throw new ParameterException(
          spec.commandLine(), "--render " + render + " is not a bench result file.");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> figures =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readValue(render.toFile(), java.util.LinkedHashMap.class);
    PerformanceReport.write(figures, String.valueOf(figures.get("command")), reportFile);
    System.out.println("report written to " + reportFile + " from " + render);
    return ExitCodes.OK;
  }

  private int cleaningBenchmark(String master) throws Exception {
    Path sharedDir =
        sharedData.requireFolders(
            "benchmark",
            "corpora/bbc-news-2225",
            "corpora/allsides-article-bias/jsons",
            "corpora/ftfy-test-cases",
            "corpora/l3s-gn1");
    Map<String, Object> figures = new IngestBenchmark(sharedDir, master, System.out).run();
    if (json != null) {
      IngestBenchmark.writeJson(figures, json);
      System.out.println("figures written to " + json);
    }
    return ExitCodes.OK;
  }
}
