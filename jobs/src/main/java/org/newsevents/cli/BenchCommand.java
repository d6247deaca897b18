package org.newsevents.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsevents.bench.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `newsevents bench`: throughput and quality figures on the research corpora in ../shared. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures ingest + clean + publish throughput on real corpora and prints the cleaning scores.")
public final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "The shared data folder. Default: ../shared beside the checkout.")
  Path shared;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master. Default: local[*].")
  String master = "local[*]";

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Also write the figures as JSON to FILE.")
  Path json;

  @Override
  public Integer call() throws Exception {
    Path sharedDir = shared == null ? Paths.home().resolveSibling("shared") : shared;
    for (String needed :
        new String[] {
          "corpora/bbc-news-2225",
          "corpora/allsides-article-bias/jsons",
          "corpora/ftfy-test-cases",
          "corpora/l3s-gn1"
        }) {
      if (!Files.isDirectory(sharedDir.resolve(needed))) {
        throw new ExitCodes.UsageException(
            "The benchmark reads "
                + sharedDir.resolve(needed)
                + ", which is missing; pass --shared DIR");
      }
    }
    Map<String, Object> figures = new IngestBenchmark(sharedDir, master, System.out).run();
    if (json != null) {
      IngestBenchmark.writeJson(figures, json);
      System.out.println("figures written to " + json);
    }
    return ExitCodes.OK;
  }
}
