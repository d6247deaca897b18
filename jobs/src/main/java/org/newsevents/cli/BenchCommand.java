package org.newsevents.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsevents.bench.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `newsevents bench`: throughput and quality figures on the research corpora in ../shared. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures ingest + clean + publish throughput on real corpora and prints the cleaning scores.")
public final class BenchCommand implements Callable<Integer> {
  @Mixin SharedDataOption sharedData;

  @Mixin SparkMasterOption sparkMaster;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Also write the figures as JSON to FILE.")
  Path json;

  @Override
  public Integer call() throws Exception {
    String master = sparkMaster.validated();
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
