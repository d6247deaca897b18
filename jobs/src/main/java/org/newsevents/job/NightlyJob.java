package org.newsevents.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newsevents.actors.ActorResolver;
import org.newsevents.actors.LearnedActors;
import org.newsevents.clean.ArticleCleaner;
import org.newsevents.ingest.InputFiles;
import org.newsevents.ingest.InputReader;
import org.newsevents.ingest.QuarantineRecord;
import org.newsevents.nlp.CoreNlpStep;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;
import org.newsevents.report.RunReport;
import org.newsevents.warehouse.Catalog;
import org.newsevents.warehouse.DataTests;
import org.newsevents.warehouse.FailPoint;
import org.newsevents.warehouse.Gates;
import org.newsevents.warehouse.Manifest;
import org.newsevents.warehouse.Publisher;
import org.newsevents.warehouse.Rows;
import org.newsevents.warehouse.RunLock;
import org.newsevents.warehouse.RunRecord;
import org.newsevents.warehouse.Tables;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * The nightly job: input files to a published warehouse. Each method is one stage; the text logic
 * lives in the stage packages as plain Java, and Spark only distributes it.
 */
public final class NightlyJob {
  private final SparkSession spark;
  private final ProgressLog progress;
  private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
  private List<RunRecord.InputFile> inputFiles = List.of();
  private Map<String, Long> stagedRows = Map.of();
  private Map<String, Long> quarantineByReason = Map.of();
  private Map<String, Long> skippedInputs = Map.of();
  private List<Gates.Result> gateResults = List.of();
  private DataTests.Report dataTestReport = new DataTests.Report(List.of(), List.of(), List.of());
  private Map<String, Long> nlpCounts = Map.of();
  private Instant runStarted = Instant.now();

  /** Whether this run's publishing rename happened: from then on, it has succeeded. */
  private boolean published;

  public NightlyJob(SparkSession spark, PrintStream progress) {
    this(spark, ProgressLog.plain(progress));
  }

  public NightlyJob(SparkSession spark, ProgressLog progress) {
    this.spark = spark;
    this.progress = progress;
  }

  /**
   * What to run on, and how far down the pipeline to go.
   *
   * @param referenceDir a folder with the same reference files as seeds/reference (actors.csv,
   *     cameo_verbs.csv, ...) to use instead of the bundled ones, e.g. the toy dictionaries of the
   *     PETRARCH unit tests; empty for the bundled data
   * @param gates the data-quality thresholds checked on the staged tables before publishing
   */
  public record Options(
      List<Path> inputs,
      Path warehouse,
      LocalDate runDate,
      Scope scope,
      java.util.Optional<Path> referenceDir,
      Gates.Thresholds gates) {
    public Options(List<Path> inputs, Path warehouse, LocalDate runDate) {
      this(inputs, warehouse, runDate, Scope.FULL, java.util.Optional.empty());
    }

    public Options(List<Path> inputs, Path warehouse, LocalDate runDate, Scope scope) {
      this(inputs, warehouse, runDate, scope, java.util.Optional.empty());
    }

    public Options(
        List<Path> inputs,
        Path warehouse,
        LocalDate runDate,
        Scope scope,
        java.util.Optional<Path> referenceDir) {
      this(inputs, warehouse, runDate, scope, referenceDir, Gates.Thresholds.defaults());
    }

    public Options withGates(Gates.Thresholds thresholds) {
      return new Options(inputs, warehouse, runDate, scope, referenceDir, thresholds);
    }
  }

  /**
   * How far a run goes. Benchmarks of the cleaning half use ARTICLES, which publishes the later
   * tables empty (so the catalog stays whole); the nightly run is FULL.
   */
  public enum Scope {
    ARTICLES,
    FULL
  }

  /** What a run did, for the summary line and the tests. */
  public record Summary(
      LocalDate runDate,
      String runId,
      long itemsRead,
      long articlesKept,
      long quarantined,
      Map<String, Long> skippedInputs,
      Map<String, Long> rowsPerTable,
      Map<String, Double> secondsPerStage,
      List<Gates.Result> gates,
      Map<String, Long> nlpCounts,
      List<DataTests.Outcome> dataTests) {

    /** Rows flagged per content (warn) data test that flagged any; the run published them. */
    public Map<String, Long> dataTestWarnings() {
      Map<String, Long> warnings = new LinkedHashMap<>();
      for (DataTests.Outcome test : dataTests) {
        if (test.status().equals("warn")) {
          warnings.put(test.name(), test.failingRows());
        }
      }
      return warnings;
    }
  }

  /** Thrown when a data test fails on the staged run: nothing was published. */
  public static class DataTestsFailedException extends RuntimeException {
    public DataTestsFailedException(String message) {
      super(message);
    }
  }

  /** Thrown when a data-quality gate fails on the staged run: nothing was published. */
  public static final class GateFailedException extends DataTestsFailedException {
    public GateFailedException(String message) {
      super(message);
    }
  }

  /**
   * Runs the job for one date under the warehouse lock, which it takes (throwing {@link
   * RunLock.LockedException} when another run holds it) and releases.
   */
  public Summary run(Options options) {
    try (RunLock lock =
        RunLock.acquire(new WarehouseLayout(options.warehouse()), options.runDate().toString())) {
      return run(options, lock);
    }
  }

  /**
   * Runs the job for one date under the warehouse lock the caller took (before starting Spark, so a
   * second run is refused at once), and writes the run manifest (_runs/&lt;run_date&gt;.json) when
   * it starts and when it ends, whether it succeeds or fails.
   */
  public Summary run(Options options, RunLock lock) {
    String runDate = options.runDate().toString();
    String runId = runDate + "-" + UUID.randomUUID().toString().substring(0, 8);
    WarehouseLayout layout = new WarehouseLayout(options.warehouse());
    runStarted = Instant.now();
    lock.nowRunning(runId, runDate);
    progress.info("lock", "run " + runId + " holds " + layout.lock(), Map.of("run_id", runId));
    lock.leftByCrashedRun()
        .ifPresent(
            crashed ->
                progress.warn(
                    "lock",
                    "took over the lock that "
                        + crashed.describe()
                        + " held when it ended without releasing it (killed or out of memory)"));
    try {
      new Publisher(layout).linkEntryPoints();
      RunRecord.reconcile(layout);
      writeRunRecord(layout, options, runId, RunRecord.RUNNING, null);
      Summary summary = publishRun(options, layout, runId);
      writeRunReport(layout, runDate);
      return summary;
    } catch (DataTestsFailedException e) {
      recordFailure(e, layout, options, runId, RunRecord.GATE_FAILED);
      throw e;
    } catch (IOException e) {
      UncheckedIOException failure =
          new UncheckedIOException("Could not repair the links of " + layout.root(), e);
      recordFailure(failure, layout, options, runId, RunRecord.FAILED);
      throw failure;
    } catch (RuntimeException | Error e) {
      if (!published) {
        // First, so that a run that filled the disk still has room to record why it failed.
        removeStaging(layout, runId, e);
        recordFailure(e, layout, options, runId, RunRecord.FAILED);
      }
      throw e;
    }
  }

  private static void removeStaging(WarehouseLayout layout, String runId, Throwable failure) {
    try {
      Publisher.deleteTree(layout.staging(runId));
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Writes the run manifest of a run that failed before the job could start (Spark did not come
   * up), under the lock the caller holds.
   */
  public static void recordFailureBeforeStart(
      Path warehouse, LocalDate runDate, RunLock lock, Throwable failure) {
    Instant now = Instant.now();
    String runId = runDate + "-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      lock.nowRunning(runId, runDate.toString());
      new RunRecord(
              runDate.toString(),
              runId,
              RunRecord.FAILED,
              errorSentence(failure),
              now.toString(),
              now.toString(),
              0,
              List.of(),
              Map.of(),
              Map.of(),
              Map.of(),
              Map.of(),
              List.of(),
              Map.of(),
              Map.of(),
              List.of(),
              List.of())
          .write(new WarehouseLayout(warehouse));
    } catch (RuntimeException writeFailure) {
      failure.addSuppressed(writeFailure);
    }
  }

  /**
   * The static HTML page of the published run, with the facts of its run manifest. The data is live
   * by now, so a page that cannot be written is a warning, not a failed run.
   */
  private void writeRunReport(WarehouseLayout layout, String runDate) {
    try {
      Path page = RunReport.write(layout, runDate, RunReport.recordedFacts(layout, runDate));
      progress.info("report", page.toString());
    } catch (RuntimeException e) {
      progress.warn("report", "could not write the run report: " + errorSentence(e));
    }
  }

  private void recordFailure(
      Throwable e, WarehouseLayout layout, Options options, String runId, String status) {
    try {
      writeRunRecord(layout, options, runId, status, errorSentence(e));
    } catch (RuntimeException writeFailure) {
      e.addSuppressed(writeFailure);
    }
  }

  private void writeRunRecord(
      WarehouseLayout layout, Options options, String runId, String status, String error) {
    runRecord(options, runId, status, error).write(layout);
  }

  private RunRecord runRecord(Options options, String runId, String status, String error) {
    Instant finished = Instant.now();
    return new RunRecord(
        options.runDate().toString(),
        runId,
        status,
        error,
        runStarted.toString(),
        finished.toString(),
        java.time.Duration.between(runStarted, finished).toMillis() / 1000.0,
        inputFiles,
        stagedRows,
        quarantineByReason,
        skippedInputs,
        new LinkedHashMap<>(stageSeconds),
        gateResults,
        RunVersions.software(spark),
        RunVersions.referenceFiles(options.referenceDir()),
        dataTestReport.outcomes(),
        dataTestReport.flaggedRows());
  }

  /** The one sentence that says why a run failed, with its root cause. */
  static String errorSentence(Throwable e) {
    return RootCause.sentence(e);
  }

  private Summary publishRun(Options options, WarehouseLayout layout, String runId) {
    String runDate = options.runDate().toString();
    InputFiles.Listing listing = timed("list", () -> InputFiles.list(options.inputs()));
    List<Path> files = listing.paths();
    skippedInputs = listing.skippedByRule();
    inputFiles = timed("hash", () -> hashRegularFiles(files));
    progress.info(
        "list",
        files.size()
            + " input file(s) under "
            + options.inputs()
            + (skippedInputs.isEmpty() ? "" : ", skipped " + skippedInputs),
        Map.of(
            "input_files",
            files.size(),
            "input_bytes",
            inputFiles.stream().mapToLong(RunRecord.InputFile::bytes).sum(),
            "skipped_inputs",
            skippedInputs));
    if (files.isEmpty()) {
      progress.warn(
          "list", "no input files: the run publishes empty partitions for run_date=" + runDate);
    }

    String referenceFolder = ReferenceData.folderOption(options.referenceDir());
    if (options.scope() == Scope.FULL && spark.sparkContext().isLocal()) {
      // In local mode this JVM is the executor: load CoreNLP and the dictionaries (seconds each)
      // while Spark reads and cleans, instead of after.
      java.util.concurrent.CompletableFuture.runAsync(
          () -> {
            NlpPipeline.get();
            ReferenceData.of(referenceFolder);
          });
    }
    Dataset<Row> outcomes = timed("ingest+clean", () -> ingestAndClean(files, listing.rejected()));
    Dataset<Row> articles =
        EventStage.datedFromText(
            outcomes.filter(col("article").isNotNull()).select("article.*"), runDate);
    Dataset<Row> rejected = outcomes.filter(col("rejected").isNotNull()).select("rejected.*");

    Dataset<Row> ranked =
        articles.withColumn(
            "input_rank",
            row_number().over(Window.partitionBy("article_id").orderBy("input_path")));
    Dataset<Row> dimArticles = flagDuplicates(ranked.filter(col("input_rank").equalTo(1)), runDate);
    Dataset<Row> quarantine = quarantine(rejected, ranked.filter(col("input_rank").gt(1)), runDate);
    Dataset<Row> dimSources = sources(dimArticles, runDate);

    Dataset<Row> articleRows =
        dimArticles
            .drop("source_name", "source_domain", "content_fingerprint_rank")
            .persist(StorageLevel.MEMORY_AND_DISK());
    Manifest current = Manifest.read(layout.manifest());
    LearnedActors learned =
        learnedActors(
            current.filesBefore(Tables.DIM_ACTORS, runDate).stream()
                .map(layout.root()::resolve)
                .toList());
    Dataset<Row> firstCoding =
        options.scope() == Scope.FULL
            ? timed(
                "nlp+actors+events", () -> annotateAndCode(articleRows, referenceFolder, learned))
            : spark.createDataFrame(List.of(), Tables.ACTOR_OUTCOME);

    Dataset<Row> knownEvents =
        EventStage.knownEvents(
            spark,
            current.filesExcept(Tables.FCT_EVENTS, runDate).stream()
                .map(layout.root()::resolve)
                .toList());
    EventStage.Events firstEvents =
        EventStage.collapse(firstCoding, articleRows, knownEvents, runDate);
    // One row per undated article the events date: few, so they are brought to the driver, which
    // also cuts the plan of the second collapse off from the first (its plan string alone ran a
    // test JVM out of heap).
    Dataset<Row> inferred = firstEvents.inferredArticleDates();
    Dataset<Row> inferredDates =
        spark.createDataFrame(inferred.collectAsList(), inferred.schema()).cache();
    long redatedArticles = inferredDates.count();
    Dataset<Row> codingOutcomes = firstCoding;
    EventStage.Events events = firstEvents;
    if (redatedArticles > 0) {
      // Their events were resolved with no article date: code them again with the inferred one,
      // so that "on Friday" and the actors' roles follow it, and collapse the run once more.
      progress.info(
          "events",
          redatedArticles
              + " undated article(s) dated by the dated events they report; coding them again"
              + " with that date",
          Map.of("redated_articles", redatedArticles));
      codingOutcomes =
          timed(
              "recode redated",
              () ->
                  firstCoding
                      .join(inferredDates.select("article_id"), "article_id", "left_anti")
                      .unionByName(
                          codeArticles(
                              EventStage.redated(articleRows, inferredDates),
                              referenceFolder,
                              learned,
                              taskClocks()))
                      .localCheckpoint());
      EventStage.Events recollapsed =
          EventStage.collapse(
              codingOutcomes,
              EventStage.dateArticles(articleRows, inferredDates),
              knownEvents,
              runDate);
      events = new EventStage.Events(recollapsed.mentions(), recollapsed.events(), inferredDates);
    }

    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(Tables.DIM_ARTICLES, EventStage.dateArticles(articleRows, inferredDates));
    tables.put(Tables.DIM_SOURCES, dimSources);
    tables.put(Tables.QUARANTINE, withCodingFailures(quarantine, codingOutcomes, runDate));
    tables.put(Tables.DIM_ACTORS, dimActors(codingOutcomes, runDate));
    tables.put(Tables.FCT_ACTOR_MENTIONS, actorMentions(codingOutcomes, runDate));
    tables.put(
        Tables.DIM_EVENT_CODES,
        EventStage.eventCodes(spark, ReferenceData.of(referenceFolder).cameo(), runDate));
    tables.put(Tables.FCT_EVENT_MENTIONS, events.mentions());
    tables.put(Tables.FCT_EVENTS, events.events());

    Map<String, List<Path>> staged =
        timed(
            "dedup+write",
            () -> {
              try {
                return stage(layout.staging(runId), tables);
              } catch (RuntimeException e) {
                throw new IllegalStateException(
                    "Could not write the staged tables to " + layout.staging(runId), e);
              }
            });
    Map<String, Long> rows = countRows(staged);
    stagedRows = rows;
    progress.info(
        "stage",
        rows + " written to " + layout.root().relativize(layout.staging(runId)),
        Map.of("rows", rows, "quarantine_by_reason", quarantineByReason));
    FailPoint.hit(FailPoint.AFTER_STAGING);

    Publisher publisher = new Publisher(layout);
    timed("gates", () -> checkGates(layout, runId, staged, options.gates()));
    timed("test", () -> runDataTests(layout, current, runDate, runId, staged));

    // The new catalog and run manifest are written before the one rename that publishes them
    // with the manifest, so a kill at any point leaves all three of the same run.
    Manifest next = timed("publish", () -> publisher.moveIntoPlace(runId, runDate, staged));
    timed(
        "catalog",
        () -> {
          publisher.prepare(runId, next, runRecord(options, runId, RunRecord.SUCCEEDED, null));
          return null;
        });
    long commitStart = System.nanoTime();
    publisher.commit(runId);
    published = true;
    stageSeconds.merge("publish", (System.nanoTime() - commitStart) / 1e9, Double::sum);
    progress.info(
        "publish",
        "run_date=" + runDate + " is live (manifest " + layout.manifest().getFileName() + ")");
    progress.info("catalog", layout.catalog().toString());
    try {
      writeRunRecord(layout, options, runId, RunRecord.SUCCEEDED, null);
    } catch (RuntimeException e) {
      // The run is live; its published folder holds the same record, which `runs` reads.
      progress.warn("publish", "could not write the run manifest: " + errorSentence(e));
    }
    FailPoint.hit(FailPoint.AFTER_RUN_RECORD);
    try {
      publisher.collectGarbage(runId);
    } catch (RuntimeException e) {
      progress.warn("catalog", "could not remove old files: " + errorSentence(e));
    }
    outcomes.unpersist();
    articleRows.unpersist();
    codingOutcomes.unpersist();
    firstCoding.unpersist();
    inferredDates.unpersist();
    try {
      Publisher.deleteTree(layout.staging(runId));
    } catch (IOException e) {
      progress.warn("catalog", "could not remove " + layout.staging(runId) + ": " + e.getMessage());
    }

    long articlesKept = rows.get(Tables.DIM_ARTICLES);
    long quarantined = rows.get(Tables.QUARANTINE);
    // An article whose coding failed is kept and quarantined: one item read.
    long itemsRead = articlesKept + quarantined - codingFailures();
    return new Summary(
        options.runDate(),
        runId,
        itemsRead,
        articlesKept,
        quarantined,
        skippedInputs,
        rows,
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds)),
        gateResults,
        nlpCounts,
        dataTestReport.outcomes());
  }

  private long codingFailures() {
    return java.util.stream.Stream.of(
            QuarantineRecord.Stage.NLP,
            QuarantineRecord.Stage.ACTORS,
            QuarantineRecord.Stage.EVENTS)
        .mapToLong(stage -> quarantineByReason.getOrDefault(stage.reason().code(), 0L))
        .sum();
  }

  /**
   * Size and SHA-256 of the regular files among the inputs, for the run manifest. Other paths are
   * never opened (a FIFO would block), and a file that cannot be read is listed without a hash: its
   * quarantine row says why.
   */
  private static List<RunRecord.InputFile> hashRegularFiles(List<Path> paths) {
    List<RunRecord.InputFile> described = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isRegularFile(path)) {
        continue;
      }
      try {
        described.add(RunRecord.InputFile.of(path));
      } catch (UncheckedIOException e) {
        described.add(new RunRecord.InputFile(path.toString(), 0, null));
      }
    }
    return described;
  }

  /**
   * Reads and cleans every file on the executors; one row per item, holding either an article or a
   * rejection.
   */
  Dataset<Row> ingestAndClean(List<Path> files, List<QuarantineRecord> listingRejected) {
    LongAccumulator ingestNanos = spark.sparkContext().longAccumulator("ingest nanos");
    LongAccumulator cleanNanos = spark.sparkContext().longAccumulator("clean nanos");
    int parallelism = spark.sparkContext().defaultParallelism() * 4;
    List<String> paths = files.stream().map(Path::toString).toList();
    MapPartitionsFunction<String, Row> read =
        pathsInPartition -> {
          List<Row> out = new ArrayList<>();
          while (pathsInPartition.hasNext()) {
            long start = System.nanoTime();
            InputReader.Result result = InputReader.read(Path.of(pathsInPartition.next()));
            result.items().forEach(item -> out.add(Rows.rawItem(item)));
            result.rejected().forEach(rejected -> out.add(Rows.rawRejected(rejected)));
            ingestNanos.add(System.nanoTime() - start);
          }
          return out.iterator();
        };
    MapPartitionsFunction<Row, Row> clean =
        rows -> {
          ArticleCleaner cleaner = ArticleCleaner.withBundledReferenceData();
          List<Row> out = new ArrayList<>();
          while (rows.hasNext()) {
            long start = System.nanoTime();
            Row row = rows.next();
            out.add(
                row.isNullAt(0)
                    ? Rows.rejectedOutcome(Rows.toQuarantineRecord(row.getStruct(1)))
                    : Rows.outcome(cleaner.clean(Rows.toRawItem(row.getStruct(0)))));
            cleanNanos.add(System.nanoTime() - start);
          }
          return out.iterator();
        };
    Dataset<Row> rawOutcomes =
        spark
            .createDataset(paths, Encoders.STRING())
            .repartition(Math.max(1, Math.min(files.size(), parallelism)))
            .mapPartitions(read, Encoders.row(Tables.RAW_OUTCOME));
    // Folders that could not be walked have no file to read: their rows join the read ones here.
    if (!listingRejected.isEmpty()) {
      rawOutcomes =
          rawOutcomes.union(
              spark.createDataFrame(
                  listingRejected.stream().map(Rows::rawRejected).toList(), Tables.RAW_OUTCOME));
    }
    // Items are spread again after reading: one large JSONL or CSV file would otherwise be cleaned
    // by one task.
    Dataset<Row> outcomes =
        rawOutcomes
            .repartition(parallelism)
            .mapPartitions(clean, Encoders.row(Tables.CLEAN_OUTCOME))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long items = outcomes.count();
    long rejectedCount = outcomes.filter(col("rejected").isNotNull()).count();
    progress.info(
        "ingest",
        String.format(
            Locale.ROOT,
            "%d item(s) read, %d rejected on read or clean (task time: ingest %.2f s, clean %.2f s)",
            items,
            rejectedCount,
            ingestNanos.value() / 1e9,
            cleanNanos.value() / 1e9),
        Map.of("items", items, "rejected", rejectedCount));
    stageSeconds.put("ingest (task)", ingestNanos.value() / 1e9);
    stageSeconds.put("clean (task)", cleanNanos.value() / 1e9);
    return outcomes;
  }

  /** The name under which the run's seconds per stage hold a CoreNLP step's task time. */
  public static String coreNlpStepStage(CoreNlpStep step) {
    return "nlp: " + step.label() + " (task)";
  }

  /** About twenty seconds of CoreNLP on one core. */
  private static final long ARTICLES_PER_NLP_TASK = 250;

  /**
   * Runs CoreNLP, the actor resolver and the event coder over the articles that are not copies of
   * another (a copy would count the same mentions twice). One set of dictionaries and one CoreNLP
   * pipeline per executor JVM, loaded on first use.
   *
   * @param referenceFolder the dictionaries' folder, or null for the bundled ones
   */
  Dataset<Row> annotateAndCode(
      Dataset<Row> articles, String referenceFolder, LearnedActors learned) {
    LongAccumulator loadNanos = spark.sparkContext().longAccumulator("nlp load nanos");
    ActorStage.TaskClocks clocks = taskClocks();
    Map<CoreNlpStep, LongAccumulator> stepClocks = clocks.steps();
    Dataset<Row> outcomes = codeArticles(articles, referenceFolder, learned, clocks, loadNanos);
    Row totals =
        outcomes
            .agg(
                sum("tokens"),
                sum("sentences"),
                sum("deep_sentences"),
                sum(size(col("mentions"))),
                sum(size(col("events"))),
                count(col("failed")))
            .first();
    long tokens = totals.isNullAt(0) ? 0 : totals.getLong(0);
    long sentences = totals.isNullAt(1) ? 0 : totals.getLong(1);
    long deep = totals.isNullAt(2) ? 0 : totals.getLong(2);
    long actorMentions = totals.isNullAt(3) ? 0 : totals.getLong(3);
    long eventMentions = totals.isNullAt(4) ? 0 : totals.getLong(4);
    long failedArticles = totals.isNullAt(5) ? 0 : totals.getLong(5);
    stageSeconds.put("nlp load (task)", loadNanos.value() / 1e9);
    stageSeconds.put("nlp (task)", clocks.nlp().value() / 1e9);
    stepClocks.forEach(
        (step, clock) -> stageSeconds.put(coreNlpStepStage(step), clock.value() / 1e9));
    stageSeconds.put("actors+events (task)", clocks.coding().value() / 1e9);
    nlpCounts =
        Map.of(
            "tokens",
            tokens,
            "sentences",
            sentences,
            "deep_sentences",
            deep,
            "actor_mentions",
            actorMentions,
            "event_mentions",
            eventMentions,
            "failed_articles",
            failedArticles);
    progress.info(
        "actors",
        String.format(
            Locale.ROOT,
            "%d token(s), %d sentence(s), %d (%.0f%%) sent to NER+SUTime+depparse, %d actor mention(s), %d event mention(s)",
            tokens,
            sentences,
            deep,
            sentences == 0 ? 0.0 : 100.0 * deep / sentences,
            actorMentions,
            eventMentions),
        nlpCounts);
    if (failedArticles > 0) {
      progress.log(
          ProgressLog.Level.WARN,
          "actors",
          failedArticles
              + " article(s) failed in the nlp, actors or events stage and went to quarantine"
              + " uncoded (stage, error_class and error_message say why)",
          Map.of("failed_articles", failedArticles));
    }
    return outcomes;
  }

  private ActorStage.TaskClocks taskClocks() {
    Map<CoreNlpStep, LongAccumulator> stepClocks = new EnumMap<>(CoreNlpStep.class);
    for (CoreNlpStep step : CoreNlpStep.values()) {
      stepClocks.put(step, spark.sparkContext().longAccumulator(step.label() + " nanos"));
    }
    return new ActorStage.TaskClocks(
        spark.sparkContext().longAccumulator("nlp nanos"),
        spark.sparkContext().longAccumulator("coding nanos"),
        stepClocks);
  }

  /** Articles coded again (their date changed): timed as a whole, not per step. */
  private Dataset<Row> codeArticles(
      Dataset<Row> articles,
      String referenceFolder,
      LearnedActors learned,
      ActorStage.TaskClocks clocks) {
    return codeArticles(
        articles,
        referenceFolder,
        learned,
        clocks,
        spark.sparkContext().longAccumulator("nlp load nanos"));
  }

  /**
   * What the published runs before this one learned about actors the dictionary lacks: their
   * dim_actors rows of unknown actors with a country and evidence. Earlier run dates only, so a
   * rerun of a date codes as its first run did.
   */
  private LearnedActors learnedActors(List<Path> earlierActorFiles) {
    if (earlierActorFiles.isEmpty()) {
      return LearnedActors.none();
    }
    List<LearnedActors.Learned> learned = new ArrayList<>();
    for (Row row :
        spark
            .read()
            .parquet(earlierActorFiles.stream().map(Path::toString).toArray(String[]::new))
            .filter(
                col("is_known")
                    .equalTo(false)
                    .and(col("country_code").isNotNull())
                    .and(col("cameo_code").isNotNull())
                    .and(col("evidence").isNotNull()))
            .select(
                "actor_key", "country_code", "role", "cameo_code", "evidence", "first_seen_date")
            .collectAsList()) {
      java.sql.Date firstSeen = row.getAs("first_seen_date");
      learned.add(
          new LearnedActors.Learned(
              row.getAs("actor_key"),
              row.getAs("country_code"),
              row.getAs("role"),
              row.getAs("cameo_code"),
              row.getAs("evidence"),
              firstSeen == null ? null : firstSeen.toLocalDate()));
    }
    return LearnedActors.of(learned);
  }

  private Dataset<Row> codeArticles(
      Dataset<Row> articles,
      String referenceFolder,
      LearnedActors learned,
      ActorStage.TaskClocks clocks,
      LongAccumulator loadNanos) {
    MapPartitionsFunction<Row, Row> resolve =
        rows -> {
          long loadStart = System.nanoTime();
          NlpPipeline.get();
          loadNanos.add(System.nanoTime() - loadStart);
          ReferenceData reference = ReferenceData.of(referenceFolder);
          ActorResolver resolver = new ActorResolver(reference.actors(), learned);
          SentenceTriage triage = reference.triage();
          ArticleFailPoint failPoint = ArticleFailPoint.fromEnvironment();
          List<Row> out = new ArrayList<>();
          while (rows.hasNext()) {
            out.add(
                ActorStage.annotateAndResolve(
                    rows.next(), resolver, reference, triage, clocks, failPoint));
          }
          return out.iterator();
        };
    // Adaptive execution folds a small shuffle into one partition, which left one core doing all
    // the NLP. Several partitions per core even out long and short articles, and a cap on the
    // articles per task keeps the last task of a large run short while the other cores wait.
    int partitions =
        (int)
            Math.max(
                spark.sparkContext().defaultParallelism() * 4L,
                (articles.count() + ARTICLES_PER_NLP_TASK - 1) / ARTICLES_PER_NLP_TASK);
    return articles
        .filter(col("is_duplicate").equalTo(false))
        .select(
            "article_id",
            "input_ref",
            "input_path",
            "raw_sha256",
            "text",
            "paragraph_languages",
            "published_date",
            "date_source",
            "run_date")
        .repartition(partitions)
        .mapPartitions(resolve, Encoders.row(Tables.ACTOR_OUTCOME))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  static Dataset<Row> actorMentions(Dataset<Row> outcomes, String runDate) {
    return outcomes
        .select(explode(col("mentions")).as("mention"))
        .select("mention.*")
        .withColumn("run_date", lit(runDate).cast("date"));
  }

  /**
   * One row per actor seen in the run. An actor's country, role and code can differ between
   * articles (an office holder's code depends on the day; a title in one article can misread a
   * dictionary person's country): the row takes them together from the version most of the run's
   * mentions carry, then the latest article date, then the larger value, so the choice is the same
   * on every run and one article's misreading does not become the actor's country (the 10k bench
   * corpus had Vladimir Putin, 383 mentions as RUSGOV, in dim_actors as USA from the 4 mentions of
   * the run's latest articles). The other columns are aggregated deterministically too.
   */
  static Dataset<Row> dimActors(Dataset<Row> outcomes, String runDate) {
    Dataset<Row> seen = outcomes.select(explode(col("actors")).as("actor")).select("actor.*");
    Dataset<Row> version =
        seen.groupBy("actor_id", "country_code", "role", "cameo_code")
            .agg(sum("mention_count").as("version_mentions"), max("seen_date").as("version_seen"))
            .groupBy("actor_id")
            .agg(
                max(struct(
                        col("version_mentions"),
                        col("version_seen"),
                        col("country_code"),
                        col("role"),
                        col("cameo_code")))
                    .as("version"))
            .select(
                col("actor_id"),
                col("version.country_code").as("country_code"),
                col("version.role").as("role"),
                col("version.cameo_code").as("cameo_code"));
    return seen.groupBy("actor_id")
        .agg(
            min("actor_key").as("actor_key"),
            min("name").as("name"),
            min("actor_type").as("actor_type"),
            max(col("aliases")).as("aliases"),
            max(col("is_known")).as("is_known"),
            min("evidence").as("evidence"),
            sum("mention_count").as("mention_count"),
            min("seen_date").as("first_seen_date"),
            max("seen_date").as("last_seen_date"))
        .join(version, "actor_id")
        .select(
            col("actor_id"),
            col("actor_key"),
            col("name"),
            col("actor_type"),
            col("country_code"),
            col("role"),
            col("cameo_code"),
            col("aliases"),
            col("is_known"),
            col("evidence"),
            col("mention_count"),
            col("first_seen_date"),
            col("last_seen_date"))
        .withColumn("run_date", lit(runDate).cast("date"));
  }

  /**
   * Marks articles whose text is a copy of another article in the batch. The original is the
   * earliest published, then the smallest id, so the choice is the same on every run.
   */
  static Dataset<Row> flagDuplicates(Dataset<Row> articles, String runDate) {
    WindowSpec sameContent =
        Window.partitionBy("content_fingerprint")
            .orderBy(col("published_date").asc_nulls_last(), col("article_id"));
    return articles
        .drop("input_rank")
        .withColumn("content_fingerprint_rank", row_number().over(sameContent))
        .withColumn("is_duplicate", col("content_fingerprint_rank").gt(1))
        .withColumn(
            "duplicate_of",
            when(col("is_duplicate"), first("article_id").over(sameContent))
                .otherwise(lit(null).cast("string")))
        .withColumn("run_date", lit(runDate).cast("date"));
  }

  /**
   * Items rejected on read or clean, plus inputs delivered twice in one run (kept once, the copy
   * quarantined).
   */
  static Dataset<Row> quarantine(
      Dataset<Row> rejected, Dataset<Row> repeatedInputs, String runDate) {
    Dataset<Row> repeats =
        repeatedInputs.select(
            col("input_ref"),
            col("input_path"),
            lit(QuarantineRecord.Reason.DUPLICATE_INPUT.code()).as("reason"),
            concat(
                    lit(
                        "The same item (same reference and bytes) is also in another input; article "),
                    col("article_id"),
                    lit(" keeps one copy."))
                .as("detail"));
    return rejected.unionByName(repeats, true).withColumn("run_date", lit(runDate).cast("date"));
  }

  /**
   * The quarantine with one more row per article that the nlp, actors or events stage threw on.
   * Such an article stays in dim_articles (its cleaned text is good) with no actor or event
   * mentions; the row's article_id names it.
   */
  static Dataset<Row> withCodingFailures(
      Dataset<Row> quarantine, Dataset<Row> codingOutcomes, String runDate) {
    return quarantine.unionByName(
        codingOutcomes
            .filter(col("failed").isNotNull())
            .select("failed.*")
            .withColumn("run_date", lit(runDate).cast("date")));
  }

  /**
   * One row per outlet seen in the run, plus the "unknown" member that articles without a source
   * point to.
   */
  Dataset<Row> sources(Dataset<Row> dimArticles, String runDate) {
    Dataset<Row> seen =
        dimArticles
            .groupBy("source_id")
            .agg(
                first("source_name").as("source_name"),
                first("source_domain").as("domain"),
                count(lit(1)).as("article_count"))
            .withColumn("run_date", lit(runDate).cast("date"));
    Dataset<Row> unknown =
        spark.createDataFrame(
            List.of(
                org.apache.spark.sql.RowFactory.create(
                    "unknown", "Unknown source", null, 0L, java.sql.Date.valueOf(runDate))),
            Tables.DIM_SOURCES_SCHEMA);
    return seen.unionByName(
        unknown.join(seen, unknown.col("source_id").equalTo(seen.col("source_id")), "left_anti"));
  }

  /**
   * Writes each table as Parquet under the run's staging folder, sorted so that a rerun writes the
   * same rows.
   */
  Map<String, List<Path>> stage(Path stagingDir, Map<String, Dataset<Row>> tables) {
    // The tables are written side by side: each is a small Spark job whose fixed costs dominate a
    // nightly run, and Spark schedules jobs from several threads at once.
    java.util.concurrent.ExecutorService writers =
        java.util.concurrent.Executors.newFixedThreadPool(Math.min(4, Math.max(1, tables.size())));
    try {
      Map<String, java.util.concurrent.Future<List<Path>>> pending = new LinkedHashMap<>();
      tables.forEach(
          (table, rows) ->
              pending.put(table, writers.submit(() -> stageTable(stagingDir, table, rows))));
      Map<String, List<Path>> staged = new LinkedHashMap<>();
      for (Map.Entry<String, java.util.concurrent.Future<List<Path>>> entry : pending.entrySet()) {
        staged.put(entry.getKey(), entry.getValue().get());
      }
      return staged;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while writing the staged tables.", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      writers.shutdownNow();
    }
  }

  private static List<Path> stageTable(Path stagingDir, String table, Dataset<Row> rows) {
    Path out = stagingDir.resolve(table);
    rows.coalesce(1).sortWithinPartitions(rows.columns()[0]).write().parquet(out.toString());
    try (Stream<Path> list = Files.list(out)) {
      return list.filter(
              p ->
                  p.getFileName().toString().startsWith("part-")
                      && p.toString().endsWith(".parquet"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the staged files of " + table, e);
    }
  }

  private Map<String, Long> countRows(Map<String, List<Path>> staged) {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection duck = Catalog.inMemory(staged);
        var statement = duck.createStatement()) {
      for (String table : staged.keySet()) {
        try (var result = statement.executeQuery("select count(*) from " + table)) {
          result.next();
          rows.put(table, result.getLong(1));
        }
      }
      Map<String, Long> reasons = new java.util.TreeMap<>();
      try (var result =
          statement.executeQuery("select reason, count(*) from quarantine group by reason")) {
        while (result.next()) {
          reasons.put(result.getString(1), result.getLong(2));
        }
      }
      quarantineByReason = reasons;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count the staged rows: " + e.getMessage(), e);
    }
    return rows;
  }

  /**
   * The staged run together with the other published run dates, as the catalog will show them after
   * publishing.
   */
  private Void runDataTests(
      WarehouseLayout layout,
      Manifest current,
      String runDate,
      String runId,
      Map<String, List<Path>> staged) {
    Map<String, List<Path>> afterPublish = new HashMap<>();
    for (String table : Tables.ALL) {
      List<Path> files =
          new ArrayList<>(
              current.filesExcept(table, runDate).stream().map(layout.root()::resolve).toList());
      files.addAll(staged.getOrDefault(table, List.of()));
      afterPublish.put(table, files);
    }
    try (Connection duck = Catalog.inMemory(afterPublish)) {
      DataTests.Report report = DataTests.run(duck);
      dataTestReport = report;
      if (!report.passed()) {
        Publisher.deleteTree(layout.staging(runId));
        throw new DataTestsFailedException(
            "Data tests failed, so nothing was published: "
                + String.join(
                    " | ", report.failures().stream().map(DataTests.Failure::describe).toList()));
      }
      for (DataTests.Failure warning : report.warnings()) {
        progress.log(
            ProgressLog.Level.WARN,
            "test",
            warning.describe()
                + " (a content test: published, and its rows are listed in the run manifest)",
            Map.of("data_test", warning.test(), "failing_rows", warning.failingRows()));
      }
      progress.info(
          "test",
          (report.testsRun() - report.warnings().size())
              + " data test(s) passed, "
              + report.warnings().size()
              + " content test(s) warned",
          Map.of("data_tests", report.testsRun(), "data_test_warnings", report.warningCounts()));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run the data tests: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /**
   * Computes the data-quality gates on the staged tables of this run; when one fails, removes the
   * staging folder and stops the run before anything is published.
   */
  private Void checkGates(
      WarehouseLayout layout,
      String runId,
      Map<String, List<Path>> staged,
      Gates.Thresholds thresholds) {
    try (Connection duck = Catalog.inMemory(staged)) {
      gateResults = Gates.evaluate(duck, thresholds);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not compute the gates: " + e.getMessage(), e);
    }
    for (Gates.Result result : gateResults) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("gate", result.gate());
      figures.put("value", result.value());
      figures.put("threshold", result.threshold());
      figures.put("passed", result.passed());
      progress.log(
          result.passed() ? ProgressLog.Level.INFO : ProgressLog.Level.ERROR,
          "gates",
          result.describe(),
          figures);
    }
    List<String> failed =
        gateResults.stream().filter(r -> !r.passed()).map(Gates.Result::describe).toList();
    if (!failed.isEmpty()) {
      try {
        Publisher.deleteTree(layout.staging(runId));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      throw new GateFailedException(
          "A data-quality gate failed, so nothing was published: " + String.join(" | ", failed));
    }
    return null;
  }

  private <T> T timed(String stage, java.util.function.Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    stageSeconds.put(stage, (System.nanoTime() - start) / 1e9);
    return result;
  }
}
