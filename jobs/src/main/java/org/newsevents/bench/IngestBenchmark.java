package org.newsevents.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.newsevents.clean.ArticleCleaner;
import org.newsevents.clean.FtfyEvaluation;
import org.newsevents.clean.L3sEvaluation;
import org.newsevents.ingest.InputFiles;
import org.newsevents.ingest.InputReader;
import org.newsevents.ingest.RawItem;
import org.newsevents.job.NightlyJob;
import org.newsevents.job.SparkSessions;
import org.newsevents.warehouse.Publisher;

/**
 * Throughput of ingest + clean + publish on real corpora (BBC .txt files, AllSides JSON converted
 * to JSONL), with the encoding-repair and boilerplate scores. A command that prints figures, never
 * a timed unit test.
 */
public final class IngestBenchmark {
  private final Path shared;
  private final String master;
  private final PrintStream out;

  public IngestBenchmark(Path shared, String master, PrintStream out) {
    this.shared = shared;
    this.master = master;
    this.out = out;
  }

  /** Runs everything and returns the figures, also printed as it goes. */
  public Map<String, Object> run() throws IOException {
    Map<String, Object> figures = new LinkedHashMap<>();
    int cores = Runtime.getRuntime().availableProcessors();
    figures.put("cores", cores);
    figures.put("java", System.getProperty("java.version"));
    figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    out.printf(
        "newsevents bench: ingest + clean + publish on %d core(s), Java %s, heap %d MB%n",
        cores,
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));

    Path work = Files.createTempDirectory("newsevents-bench");
    try {
      Path bbc = shared.resolve("corpora/bbc-news-2225");
      Path allSidesJsonl = Files.createDirectories(work.resolve("input")).resolve("allsides.jsonl");
      int allSides =
          CorpusConverters.allSidesToJsonl(
              shared.resolve("corpora/allsides-article-bias/jsons"), allSidesJsonl);
      List<Path> inputs = List.of(bbc, allSidesJsonl);
      out.printf(
          "input: BBC News .txt files (%s) and %d AllSides articles converted to JSONL%n",
          bbc, allSides);

      figures.put("clean_single_thread", cleanSingleThread(inputs));
      figures.put("job", nightlyJob(inputs, work.resolve("warehouse")));
    } finally {
      Publisher.deleteTree(work);
    }

    FtfyEvaluation.Score ftfy = FtfyEvaluation.evaluate(shared.resolve("corpora/ftfy-test-cases"));
    out.println("ftfy test cases: " + ftfy.summary());
    figures.put(
        "ftfy",
        Map.of(
            "pass_cases",
            ftfy.passCases(),
            "pass_fixed",
            ftfy.passFixed(),
            "negative_cases",
            ftfy.negativeCases(),
            "negative_unchanged",
            ftfy.negativeUnchanged()));

    L3sEvaluation.Score keepAll =
        L3sEvaluation.evaluateKeepingEverything(shared.resolve("corpora/l3s-gn1"));
    L3sEvaluation.Score l3s = L3sEvaluation.evaluate(shared.resolve("corpora/l3s-gn1"));
    out.printf(
        Locale.ROOT,
        "L3S-GN1 boilerplate, token level (micro): P %.3f R %.3f F1 %.3f over %d pages (keep-everything baseline: P %.3f R %.3f F1 %.3f)%n",
        l3s.precision(),
        l3s.recall(),
        l3s.f1(),
        l3s.pages(),
        keepAll.precision(),
        keepAll.recall(),
        keepAll.f1());
    figures.put(
        "l3s_gn1",
        Map.of(
            "pages",
            l3s.pages(),
            "precision",
            l3s.precision(),
            "recall",
            l3s.recall(),
            "f1",
            l3s.f1(),
            "baseline_precision",
            keepAll.precision(),
            "baseline_recall",
            keepAll.recall(),
            "baseline_f1",
            keepAll.f1()));
    return figures;
  }

  public static void writeJson(Map<String, Object> figures, Path file) throws IOException {
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), figures);
  }

  /**
   * The clean stage alone, plain Java on one thread: where the per-article CPU goes, without Spark.
   */
  private Map<String, Object> cleanSingleThread(List<Path> inputs) {
    List<RawItem> items = new ArrayList<>();
    long readStart = System.nanoTime();
    for (Path file : InputFiles.list(inputs).paths()) {
      items.addAll(InputReader.read(file).items());
    }
    double readSeconds = (System.nanoTime() - readStart) / 1e9;
    ArticleCleaner cleaner = ArticleCleaner.withBundledReferenceData();
    cleaner.clean(items.get(0));
    long start = System.nanoTime();
    long words = 0;
    for (RawItem item : items) {
      ArticleCleaner.Outcome outcome = cleaner.clean(item);
      if (outcome.article() != null) {
        words += outcome.article().wordCount();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "clean stage alone (plain Java, 1 thread): %d items in %.2f s = %.0f articles/s, %.0f words/s (reading the files: %.2f s)%n",
        items.size(),
        seconds,
        items.size() / seconds,
        words / seconds,
        readSeconds);
    return Map.of(
        "items",
        items.size(),
        "seconds",
        seconds,
        "articles_per_second",
        items.size() / seconds,
        "words_per_second",
        words / seconds);
  }

  /**
   * The real nightly job on the same input, with Spark, Parquet, data tests, publish and catalog.
   */
  private Map<String, Object> nightlyJob(List<Path> inputs, Path warehouse) {
    long sessionStart = System.nanoTime();
    SparkSession spark = SparkSessions.create(master);
    double sessionSeconds = (System.nanoTime() - sessionStart) / 1e9;
    try {
      long start = System.nanoTime();
      NightlyJob.Summary summary =
          new NightlyJob(
                  spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
              .run(
                  new NightlyJob.Options(
                      inputs, warehouse, LocalDate.of(2026, 1, 1), NightlyJob.Scope.ARTICLES));
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = summary.itemsRead() / seconds;
      out.printf(
          Locale.ROOT,
          "nightly job (%s): %d items read, %d kept, %d quarantined in %.2f s = %.1f articles/s on %d core(s) (Spark start %.1f s not counted)%n",
          master,
          summary.itemsRead(),
          summary.articlesKept(),
          summary.quarantined(),
          seconds,
          rate,
          Runtime.getRuntime().availableProcessors(),
          sessionSeconds);
      List<String> stages = new ArrayList<>();
      summary
          .secondsPerStage()
          .forEach((stage, s) -> stages.add(String.format(Locale.ROOT, "%s %.2f s", stage, s)));
      out.println("  stages: " + String.join(", ", stages));
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("master", master);
      figures.put("items_read", summary.itemsRead());
      figures.put("articles_kept", summary.articlesKept());
      figures.put("quarantined", summary.quarantined());
      figures.put("seconds", seconds);
      figures.put("articles_per_second", rate);
      figures.put("spark_start_seconds", sessionSeconds);
      figures.put("stage_seconds", summary.secondsPerStage());
      return figures;
    } finally {
      spark.stop();
    }
  }
}
