package org.newsevents.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.newsevents.job.NightlyJob;
import org.newsevents.job.SparkSessions;
import org.newsevents.warehouse.Publisher;

/**
 * The performance benchmark: the full nightly job on real corpora converted on the fly, at growing
 * sizes, beside the floor it is measured against (CoreNLP tokenize+ssplit+pos alone on the same
 * texts, on the same cores), then the incremental run on top of a month of history, the analysts'
 * queries over a million events, and the seeds run end to end. A command that prints figures and
 * writes them as JSON and PERFORMANCE.md; never a timed unit test.
 */
public final class PerformanceBenchmark {
  /** What to run; sizes are numbers of input articles. */
  public record Options(
      Path shared,
      Path projectHome,
      String master,
      List<Integer> sizes,
      int historyDays,
      int daySize,
      long queryEvents,
      boolean incremental,
      boolean queries,
      boolean seeds,
      Path work) {}

  /** The run date of the size runs; articles keep their own publication dates. */
  private static final LocalDate SIZE_RUN_DATE = LocalDate.of(2026, 1, 1);

  /** The "new day" of the incremental measure; its history is the days before it. */
  private static final LocalDate NEW_DAY = LocalDate.of(2026, 3, 1);

  private static final long SEED = 21578;

  /** Runs of each side of the incremental measure; the ratio is of their medians. */
  static final int INCREMENTAL_REPEATS = 3;

  private final Options options;
  private final PrintStream out;

  public PerformanceBenchmark(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public Map<String, Object> run() throws IOException {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("machine", machine());
    figures.put("master", options.master());
    out.printf(
        Locale.ROOT,
        "newsevents bench on %s core(s), Java %s, max heap %s MB, master %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        options.master());

    long loadStart = System.nanoTime();
    List<BenchCorpus.Article> real = BenchCorpus.load(options.shared());
    Map<String, Long> perCorpus = new TreeMap<>();
    real.forEach(a -> perCorpus.merge(a.corpus(), 1L, Long::sum));
    out.printf(
        Locale.ROOT,
        "corpora: %d real articles %s, converted in %.1f s%n",
        real.size(),
        perCorpus,
        seconds(loadStart));
    figures.put("corpora", perCorpus);

    Files.createDirectories(options.work());
    SparkSession spark = SparkSessions.create(options.master());
    try {
      Map<String, Object> sizes = new LinkedHashMap<>();
      for (int size : options.sizes()) {
        sizes.put(String.valueOf(size), sizeRun(spark, real, size));
      }
      figures.put("sizes", sizes);
      if (options.incremental()) {
        figures.put("incremental", incremental(spark, real));
      }
    } finally {
      spark.stop();
    }
    if (options.queries()) {
      figures.put("queries", queries());
    }
    if (options.seeds()) {
      figures.put("seeds", seedsRun());
    }
    figures.put("ratios", ratios(figures));
    return figures;
  }

  /** One size: the floor on the input texts, then the whole nightly job on the same input. */
  private Map<String, Object> sizeRun(SparkSession spark, List<BenchCorpus.Article> real, int size)
      throws IOException {
    Path input = options.work().resolve("input-" + size);
    List<BenchCorpus.Article> sample = BenchCorpus.sample(real, size, SEED);
    long writeStart = System.nanoTime();
    BenchCorpus.Written written = BenchCorpus.write(sample, input);
    out.printf(
        Locale.ROOT,
        "%n== %,d articles: %d input files, %.1f MB, written in %.1f s%n",
        size,
        written.files().size(),
        written.bytes() / 1e6,
        seconds(writeStart));

    Map<String, Object> floor = floor(sample.stream().map(BenchCorpus.Article::text).toList());
    Path warehouse = options.work().resolve("warehouse-" + size);
    Map<String, Object> job = job(spark, List.of(input), warehouse, SIZE_RUN_DATE);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("articles", size);
    figures.put("input_files", written.files().size());
    figures.put("input_bytes", written.bytes());
    figures.put("floor", floor);
    figures.put("job", job);
    double ratio = (double) job.get("seconds") / (double) floor.get("seconds");
    figures.put("floor_ratio", ratio);
    out.printf(Locale.ROOT, "floor ratio (job ÷ tokenize+ssplit+pos): %.2f%n", ratio);
    return figures;
  }

  /**
   * CoreNLP tokenize, ssplit and pos alone over the texts, one thread per core, models loaded
   * before the clock starts: the least any pipeline that tags every word must spend.
   */
  private Map<String, Object> floor(List<String> texts) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", "untokenizable=noneDelete");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    int threads = Runtime.getRuntime().availableProcessors();
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(
            pool.submit(
                () -> {
                  for (int i = first; i < texts.size(); i += threads) {
                    Annotation document = new Annotation(texts.get(i));
                    pipeline.annotate(document);
                    tokens.addAndGet(document.get(CoreAnnotations.TokensAnnotation.class).size());
                  }
                }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("The floor measurement failed: " + e.getMessage(), e);
    } finally {
      pool.shutdown();
    }
    double seconds = seconds(start);
    out.printf(
        Locale.ROOT,
        "floor, CoreNLP tokenize+ssplit+pos on %d thread(s): %,d tokens in %.1f s = %,.0f tokens/s%n",
        threads,
        tokens.get(),
        seconds,
        tokens.get() / seconds);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("threads", threads);
    figures.put("tokens", tokens.get());
    figures.put("seconds", seconds);
    figures.put("tokens_per_second", tokens.get() / seconds);
    return figures;
  }

  /** The real nightly job, timed from start to published catalog, with its per-stage figures. */
  private Map<String, Object> job(
      SparkSession spark, List<Path> inputs, Path warehouse, LocalDate runDate) {
    List<MemoryPoolMXBean> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    NightlyJob.Summary summary =
        quietJob(spark)
            .run(new NightlyJob.Options(inputs, warehouse, runDate, NightlyJob.Scope.FULL));
    double seconds = seconds(start);
    long peakHeap = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

    long items = summary.itemsRead();
    long tokens = summary.nlpCounts().getOrDefault("tokens", 0L);
    long sentences = summary.nlpCounts().getOrDefault("sentences", 0L);
    long deep = summary.nlpCounts().getOrDefault("deep_sentences", 0L);
    Map<String, Object> stages = new LinkedHashMap<>();
    summary
        .secondsPerStage()
        .forEach(
            (stage, s) -> {
              Map<String, Object> stageFigures = new LinkedHashMap<>();
              stageFigures.put("seconds", s);
              stageFigures.put("articles_per_second", s > 0 ? items / s : null);
              stageFigures.put("tokens_per_second", s > 0 ? tokens / s : null);
              stages.put(stage, stageFigures);
            });
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("seconds", seconds);
    figures.put("items_read", items);
    figures.put("articles_kept", summary.articlesKept());
    figures.put("quarantined", summary.quarantined());
    figures.put("articles_per_second", items / seconds);
    figures.put("tokens", tokens);
    figures.put("tokens_per_second", tokens / seconds);
    figures.put("sentences", sentences);
    figures.put("deep_sentences", deep);
    figures.put("deep_share", sentences == 0 ? 0.0 : (double) deep / sentences);
    figures.put("nlp_counts", summary.nlpCounts());
    figures.put("rows", summary.rowsPerTable());
    figures.put("stages", stages);
    figures.put("peak_heap_mb", peakHeap / (1024.0 * 1024.0));
    figures.put("parquet", parquetFiles(warehouse));
    out.printf(
        Locale.ROOT,
        "nightly job: %,d items (%,d kept, %,d quarantined) in %.1f s = %.1f articles/s, %,.0f tokens/s; %,d of %,d sentences (%.0f%%) to NER+parser; peak heap %.0f MB%n",
        items,
        summary.articlesKept(),
        summary.quarantined(),
        seconds,
        items / seconds,
        tokens / seconds,
        deep,
        sentences,
        sentences == 0 ? 0.0 : 100.0 * deep / sentences,
        peakHeap / (1024.0 * 1024.0));
    List<String> stageLine = new ArrayList<>();
    summary
        .secondsPerStage()
        .forEach((stage, s) -> stageLine.add(String.format(Locale.ROOT, "%s %.1f s", stage, s)));
    out.println("  stages: " + String.join(", ", stageLine));
    out.println("  rows: " + summary.rowsPerTable());
    return figures;
  }

  /** The nightly job with its progress lines swallowed: the bench prints its own. */
  private static NightlyJob quietJob(SparkSession spark) {
    return new NightlyJob(
        spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  /** Parquet bytes and file counts per table, as published. */
  static Map<String, Object> parquetFiles(Path warehouse) {
    Map<String, Object> tables = new TreeMap<>();
    try (Stream<Path> entries = Files.list(warehouse)) {
      for (Path table : entries.filter(Files::isDirectory).toList()) {
        String name = table.getFileName().toString();
        if (name.startsWith("_")) {
          continue;
        }
        long bytes = 0;
        int files = 0;
        try (Stream<Path> walk = Files.walk(table)) {
          for (Path file : walk.filter(p -> p.toString().endsWith(".parquet")).toList()) {
            bytes += Files.size(file);
            files++;
          }
        }
        tables.put(name, Map.of("bytes", bytes, "files", files));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the warehouse " + warehouse, e);
    }
    return tables;
  }

  /**
   * One new day on top of {@code historyDays} published days, against a first run of the same day
   * in an empty warehouse. Every day holds different articles, dated that day. Each side runs
   * {@link #INCREMENTAL_REPEATS} times, alternately, and the ratio is of the medians: one run of a
   * 20-second job varies by about a second on the very same input, which is more than the 1.2
   * target leaves. A repeat on history replaces the new day's partition, as a rerun of a night
   * does, so each repeat sees the same history.
   */
  private Map<String, Object> incremental(SparkSession spark, List<BenchCorpus.Article> real)
      throws IOException {
    int days = options.historyDays();
    int daySize = options.daySize();
    out.printf(
        Locale.ROOT,
        "%n== incremental: 1 new day of %,d articles on %d days of history (%,d articles a day),"
            + " median of %d runs each%n",
        daySize,
        days,
        daySize,
        INCREMENTAL_REPEATS);
    List<BenchCorpus.Article> all = BenchCorpus.sample(real, (days + 1) * daySize, SEED + 1);
    Path newDayInput = writeDay(all, days, NEW_DAY);

    Path warehouse = options.work().resolve("warehouse-history");
    long historyStart = System.nanoTime();
    for (int day = 0; day < days; day++) {
      LocalDate date = NEW_DAY.minusDays(days - day);
      Path input = writeDay(all, day, date);
      quietJob(spark)
          .run(new NightlyJob.Options(List.of(input), warehouse, date, NightlyJob.Scope.FULL));
    }
    double historySeconds = seconds(historyStart);
    out.printf(Locale.ROOT, "history of %d days built in %.1f s%n", days, historySeconds);

    List<Map<String, Object>> firstRuns = new ArrayList<>();
    List<Map<String, Object>> runsOnHistory = new ArrayList<>();
    for (int repeat = 1; repeat <= INCREMENTAL_REPEATS; repeat++) {
      Path empty = options.work().resolve("warehouse-first-" + repeat);
      firstRuns.add(job(spark, List.of(newDayInput), empty, NEW_DAY));
      runsOnHistory.add(job(spark, List.of(newDayInput), warehouse, NEW_DAY));
    }
    Map<String, Object> first = medianRun(firstRuns);
    Map<String, Object> next = medianRun(runsOnHistory);
    double ratio = (double) next.get("seconds") / (double) first.get("seconds");
    out.printf(
        Locale.ROOT,
        "incremental ratio (median new day on %d days of history ÷ median first run of the same"
            + " day): %.2f%n",
        days,
        ratio);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("history_days", days);
    figures.put("day_articles", daySize);
    figures.put("history_build_seconds", historySeconds);
    figures.put("repeats", INCREMENTAL_REPEATS);
    figures.put("first_run_seconds", runSeconds(firstRuns));
    figures.put("run_on_history_seconds", runSeconds(runsOnHistory));
    figures.put("first_run", first);
    figures.put("run_on_history", next);
    figures.put("ratio", ratio);
    return figures;
  }

  /** The run whose time is the median of the runs (the upper middle for an even count). */
  static Map<String, Object> medianRun(List<Map<String, Object>> runs) {
    List<Map<String, Object>> sorted =
        runs.stream()
            .sorted(Comparator.comparingDouble(run -> (double) run.get("seconds")))
            .toList();
    return sorted.get(sorted.size() / 2);
  }

  private static List<Double> runSeconds(List<Map<String, Object>> runs) {
    return runs.stream().map(run -> (double) run.get("seconds")).toList();
  }

  private Path writeDay(List<BenchCorpus.Article> all, int day, LocalDate date) throws IOException {
    int daySize = options.daySize();
    List<BenchCorpus.Article> articles =
        all.subList(day * daySize, (day + 1) * daySize).stream()
            .map(
                a ->
                    new BenchCorpus.Article(
                        a.id(),
                        a.corpus(),
                        a.title(),
                        date.toString(),
                        a.source(),
                        a.url(),
                        a.text()))
            .toList();
    Path input = options.work().resolve("days").resolve(date.toString());
    BenchCorpus.write(articles, input);
    return input;
  }

  /** The analysts' notebooks over a warehouse grown from the largest run's coded events. */
  private Map<String, Object> queries() throws IOException {
    int largest = options.sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
    Path template = options.work().resolve("warehouse-" + largest);
    out.printf(
        Locale.ROOT,
        "%n== queries: sql/analyses over %,d events grown from the %,d-article run%n",
        options.queryEvents(),
        largest);
    QueryLatencyBenchmark.Result result =
        QueryLatencyBenchmark.run(
            template,
            options.work().resolve("warehouse-queries"),
            options.queryEvents(),
            options.projectHome().resolve("sql").resolve("analyses"),
            5,
            out);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("events", result.events());
    figures.put("event_mentions", result.eventMentions());
    figures.put("build_seconds", result.buildSeconds());
    figures.put("median_ms", result.medianMillis());
    figures.put("max_ms", result.maxMillis());
    Map<String, Object> perQuery = new LinkedHashMap<>();
    result
        .perQuery()
        .forEach(
            (name, timing) ->
                perQuery.put(
                    name,
                    Map.of(
                        "median_ms", timing.medianMillis(),
                        "min_ms", timing.minMillis(),
                        "max_ms", timing.maxMillis(),
                        "rows", timing.rows())));
    figures.put("per_query", perQuery);
    return figures;
  }

  /**
   * The README's first command on the seeds, as a user runs it: the launcher in a new JVM, wall
   * clock from start to exit (the jar is already built).
   */
  private Map<String, Object> seedsRun() throws IOException {
    Path launcher = options.projectHome().resolve("newsevents");
    Map<String, Object> figures = new LinkedHashMap<>();
    if (!Files.isExecutable(launcher)) {
      out.println("seeds run skipped: no launcher at " + launcher);
      figures.put("skipped", "no launcher at " + launcher);
      return figures;
    }
    Path warehouse = options.work().resolve("warehouse-seeds");
    Path log = options.work().resolve("seeds-run.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                launcher.toString(),
                "run",
                "--warehouse",
                warehouse.toString(),
                "--run-date",
                "2022-02-11")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    long start = System.nanoTime();
    try {
      int exit = builder.start().waitFor();
      double seconds = seconds(start);
      out.printf(
          Locale.ROOT, "%n== seeds: ./newsevents run took %.1f s (exit %d)%n", seconds, exit);
      figures.put("seconds", seconds);
      figures.put("exit", exit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while timing the seeds run.", e);
    }
    return figures;
  }

  /** The four ratios and the seeds time against their targets. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> ratios(Map<String, Object> figures) {
    Map<String, Object> ratios = new LinkedHashMap<>();
    Map<String, Object> sizes = (Map<String, Object>) figures.getOrDefault("sizes", Map.of());
    if (!sizes.isEmpty()) {
      String largest =
          sizes.keySet().stream()
              .max((a, b) -> Integer.parseInt(a) - Integer.parseInt(b))
              .orElseThrow();
      ratios.put(
          "floor",
          target(((Map<String, Object>) sizes.get(largest)).get("floor_ratio"), 3.0, largest));
      if (sizes.containsKey("10000") && sizes.containsKey("100000")) {
        double scaling =
            jobSeconds((Map<String, Object>) sizes.get("100000"))
                / jobSeconds((Map<String, Object>) sizes.get("10000"));
        ratios.put("scaling", target(scaling, 11.0, "100000 / 10000"));
      }
    }
    Map<String, Object> incremental = (Map<String, Object>) figures.get("incremental");
    if (incremental != null) {
      ratios.put("incremental", target(incremental.get("ratio"), 1.2, null));
    }
    Map<String, Object> queries = (Map<String, Object>) figures.get("queries");
    if (queries != null) {
      ratios.put("query_median_ms", target(queries.get("median_ms"), 200.0, null));
    }
    Map<String, Object> seeds = (Map<String, Object>) figures.get("seeds");
    if (seeds != null && seeds.containsKey("seconds")) {
      ratios.put("seeds_seconds", target(seeds.get("seconds"), 30.0, null));
    }
    return ratios;
  }

  @SuppressWarnings("unchecked")
  private static double jobSeconds(Map<String, Object> size) {
    return (double) ((Map<String, Object>) size.get("job")).get("seconds");
  }

  private static Map<String, Object> target(Object value, double target, String at) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("value", value);
    figures.put("target", target);
    figures.put("met", ((Number) value).doubleValue() <= target);
    if (at != null) {
      figures.put("at", at);
    }
    return figures;
  }

  private static Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("java", System.getProperty("java.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("cpu", cpuModel());
    machine.put("date", LocalDate.now(java.time.ZoneOffset.UTC).toString());
    return machine;
  }

  private static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown");
    } catch (IOException | UncheckedIOException e) {
      return "unknown";
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Removes the benchmark's working folder. */
  public static void clean(Path work) throws IOException {
    Publisher.deleteTree(work);
  }
}
