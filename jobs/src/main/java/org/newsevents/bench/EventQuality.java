package org.newsevents.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.SparkSession;
import org.newsevents.bench.EventGold.GoldRecord;
import org.newsevents.bench.EventGold.GoldSet;
import org.newsevents.bench.EventScorer.ErrorKind;
import org.newsevents.bench.EventScorer.Level;
import org.newsevents.bench.EventScorer.Score;
import org.newsevents.clean.ArticleCleaner;
import org.newsevents.events.CameoDictionary;
import org.newsevents.job.NightlyJob;
import org.newsevents.job.SparkSessions;
import org.newsevents.warehouse.Catalog;
import org.newsevents.warehouse.Publisher;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * The event coder's quality on two gold sets (see {@link EventGold}): each gold sentence becomes a
 * one-sentence JSON Lines article with its date, the normal nightly job ({@link NightlyJob}, scope
 * FULL) codes it, and the coded mentions are read back from the warehouse catalog and scored by
 * {@link EventScorer}:
 *
 * <ul>
 *   <li>the PETRARCH-2 unit tests, with the toy PETR.Validate dictionaries swapped in ({@link
 *       PetrarchReference}), at the exact and loose levels, against PETRARCH-2's own scores;
 *   <li>the PLOVER GSR, with the bundled dictionaries, at the PLOVER level: coded CAMEO codes map
 *       to PLOVER events through the bundled cameo_plover.csv (the code, else its base code, else
 *       its root); a coded event whose CAMEO code has no PLOVER event (01 statements, 02 appeals)
 *       is not a PLOVER event and is not counted as a prediction.
 * </ul>
 *
 * <p>The job flags all but one of the articles of a run that share their text as duplicates and
 * codes only that one, and several gold sentences repeat a text with another date or another
 * expected coding. So the records go through in batches, one run each on its own temporary
 * warehouse, with no text twice in a batch.
 */
public final class EventQuality {
  /**
   * The mention statuses that count as coded events. The gold sets code what the sentence reports
   * as having happened, or as a claim attributed to someone ("officials say"); a negated,
   * hypothetical or planned mention is by design not an event (issue 4), so it is not a prediction.
   * This is the one place the choice is made.
   */
  public static final List<String> SCORED_STATUSES = List.of("asserted", "claimed");

  /** A published score to compare with. */
  public record Anchor(String who, Level level, double precision, double recall) {}

  /** PETRARCH-2's own scores on the unit-test records (issue 4): the anchor to beat. */
  public static final List<Anchor> PETRARCH2_ANCHORS =
      List.of(
          new Anchor("PETRARCH-2", Level.EXACT, 0.54, 0.33),
          new Anchor("PETRARCH-2", Level.LOOSE, 0.72, 0.44));

  /** The date the job is told it runs on; the articles carry their own dates. */
  static final LocalDate RUN_DATE = LocalDate.of(2026, 1, 1);

  static final String NO_PLOVER_EVENT = "";

  /**
   * Said of the PETRARCH-2 unit tests wherever they are reported: the coder's rules were written
   * against those very records, so their scores overstate what it does on unseen news.
   */
  static final String IN_SAMPLE = " (in-sample: the rules were written against them)";

  /**
   * One coded mention as read back from the catalog.
   *
   * @param confidence fct_event_mentions.confidence
   * @param confidenceEvidence fct_event_mentions.confidence_evidence
   */
  public record CodedMention(
      EventTuple tuple,
      String status,
      String eventDate,
      String datePrecision,
      double confidence,
      String confidenceEvidence) {
    public CodedMention(EventTuple tuple, String status) {
      this(tuple, status, "", "");
    }

    public CodedMention(EventTuple tuple, String status, String eventDate, String datePrecision) {
      this(tuple, status, eventDate, datePrecision, 0, "");
    }

    boolean isScored() {
      return SCORED_STATUSES.contains(status);
    }
  }

  /** How the gold sentences fared in the job before coding. */
  public record Coverage(
      int written,
      long kept,
      long flaggedDuplicate,
      long withNonEnglishParagraphs,
      Map<String, Long> quarantinedByReason,
      Map<String, Long> mentionsByStatus) {}

  /** The figures for one gold set. */
  public record Result(
      String goldSet,
      String source,
      String dictionaries,
      int records,
      int scoredRecords,
      Map<String, Long> exclusions,
      int goldEvents,
      Coverage coverage,
      long scoredMentions,
      long unmappedMentions,
      Map<Level, Score> scores,
      Map<Level, Score> everyStatusScores,
      List<Anchor> anchors,
      List<ErrorKind> errors,
      List<String> sampleMisses,
      double seconds,
      Optional<Agreement> agreement,
      Optional<Calibration> calibration) {}

  /**
   * On a gold set that annotates every status and date: of the coded mentions that match a gold
   * event at the loose level (every status counted on both sides), how many carry the gold status,
   * and of those whose gold date is day-precise, how many carry that day; {@code untraced} counts
   * the coded mentions whose evidence matched no gold sentence (they are not scored).
   */
  public record Agreement(
      long statusRight,
      long matched,
      long dayRight,
      long dayMatched,
      long untraced,
      long rootDayRight,
      long rootDayMatched,
      List<String> dateMisses) {
    double statusShare() {
      return matched == 0 ? 0 : (double) statusRight / matched;
    }

    double dayShare() {
      return dayMatched == 0 ? 0 : (double) dayRight / dayMatched;
    }

    double rootDayShare() {
      return rootDayMatched == 0 ? 0 : (double) rootDayRight / rootDayMatched;
    }
  }

  /**
   * A coded mention of a gold set that annotates every status, and whether its coding is right: the
   * sentence's gold has an event with the same source country, target country, CAMEO root and
   * status, asserted and claimed counting as one (both say it happened), not already taken by
   * another mention of the sentence. For an asserted or claimed mention that is exactly what the
   * loose precision counts.
   */
  public record Labelled(CodedMention mention, boolean right) {}

  /** The coded mentions whose confidence is in [from, to), and how many of them are right. */
  public record Band(double from, double to, long mentions, long right) {
    public double precision() {
      return mentions == 0 ? 0 : (double) right / mentions;
    }

    String label() {
      if (from <= 0) {
        return String.format(Locale.ROOT, "< %.1f", to);
      }
      if (to > 1) {
        return String.format(Locale.ROOT, ">= %.1f", from);
      }
      return String.format(Locale.ROOT, "%.1f to %.1f", from, to);
    }
  }

  /**
   * How well fct_event_mentions.confidence is calibrated on a gold set: its coded mentions (on the
   * real-news halves every one, whatever its status) labelled right or wrong, the bands of {@link
   * #CONFIDENCE_BANDS}, and how many distinct confidence values the mentions have.
   */
  public record Calibration(
      List<Labelled> mentions, List<Band> bands, long distinctValues, String rightWhen) {}

  static final String EVERY_STATUS_RIGHT_WHEN =
      "every coded mention, right when the sentence's gold has an event with the same source"
          + " country, target country, CAMEO root and status (asserted and claimed counting as one)";

  static final String PREDICTION_RIGHT_WHEN =
      "the asserted or claimed mentions with a PLOVER event, right when their countries and PLOVER"
          + " event match a gold event of the sentence";

  /** The band edges of the calibration tables: below 0.5, 0.5 to 0.8, 0.8 and above. */
  public static final List<Double> CONFIDENCE_BANDS = List.of(0.0, 0.5, 0.8, 1.01);

  private final PrintStream out;

  public EventQuality(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the real-news halves from {@code projectRoot}, then the PLOVER GSR and the PETRARCH-2 unit
   * tests from {@code shared} (the ../shared folder), with a Spark session on {@code master};
   * prints the tables and returns the figures.
   */
  public List<Result> run(Path shared, Path projectRoot, String master)
      throws IOException, SQLException {
    return run(shared, projectRoot, master, GoldSets.ALL);
  }

  /** Which gold sets a run scores. */
  public enum GoldSets {
    /** Every set: what QUALITY.md reports. */
    ALL,
    /** Only the two halves of the real-news set, the quick loop while working on the coder. */
    REAL_NEWS
  }

  public List<Result> run(Path shared, Path projectRoot, String master, GoldSets sets)
      throws IOException, SQLException {
    Path reference = shared.resolve("reference");
    SparkSession spark = SparkSessions.create(master);
    Path work = Files.createTempDirectory("newsevents-event-quality");
    try {
      List<Result> results = new ArrayList<>();
      for (RealNewsGold.Split split : List.of(RealNewsGold.Split.DEV, RealNewsGold.Split.TEST)) {
        results.add(realNews(spark, RealNewsGold.read(projectRoot, split)));
      }
      if (sets == GoldSets.ALL) {
        results.add(ploverGsr(spark, reference));
        results.add(petrarchUnitTests(spark, reference, work));
        RealNewsGold.Split seeds = RealNewsGold.Split.SEEDS;
        results.add(realNews(spark, RealNewsGold.read(projectRoot, seeds)));
      }
      return results;
    } finally {
      spark.stop();
      Publisher.deleteTree(work);
    }
  }

  private Result petrarchUnitTests(SparkSession spark, Path reference, Path work)
      throws IOException, SQLException {
    long start = System.nanoTime();
    Path file = reference.resolve("petrarch2/PETR.UnitTest.records.xml");
    GoldSet gold = EventGold.readPetrarchUnitTests(file);
    Path dictionaries = work.resolve("petrarch-reference");
    PetrarchReference.Report built = PetrarchReference.build(reference, dictionaries);
    out.println("PETRARCH validation dictionaries converted into " + dictionaries + ":");
    out.print(built.summary());
    Coded coded = code(spark, gold.scored(), Optional.of(dictionaries));
    Map<String, List<EventTuple>> goldTuples = goldTuples(gold);
    Map<String, List<EventTuple>> predicted = coded.scoredTuples(UnaryOperator.identity());
    Map<Level, Score> scores = exactAndLoose(goldTuples, predicted);
    Map<Level, Score> everyStatus =
        exactAndLoose(goldTuples, coded.tuples(UnaryOperator.identity(), false));
    Result result =
        result(
            gold,
            gold.name() + IN_SAMPLE,
            file.getFileName().toString(),
            "PETR.Validate.actors/agents/verbs.txt (toy)",
            coded,
            goldTuples,
            predicted,
            0,
            scores,
            everyStatus,
            PETRARCH2_ANCHORS,
            start,
            Optional.empty(),
            Optional.empty());
    print(result);
    return result;
  }

  /** The PLOVER GSR, read from {@code reference} (../shared/reference). */
  Result ploverGsr(SparkSession spark, Path reference) throws IOException, SQLException {
    long start = System.nanoTime();
    Path file = reference.resolve("plover/PLOVER_GSR_CAMEO.txt");
    GoldSet gold = EventGold.readPloverGsr(file);
    Coded coded = code(spark, gold.scored(), Optional.empty());
    CameoDictionary cameo = CameoDictionary.bundled();
    UnaryOperator<EventTuple> toPlover =
        tuple ->
            new EventTuple(
                EventScorer.country(tuple.source()),
                EventScorer.country(tuple.target()),
                ploverEvent(cameo, tuple.event()));
    Map<String, List<EventTuple>> all = coded.scoredTuples(toPlover);
    Map<String, List<EventTuple>> predicted = withPloverEvent(all);
    long unmapped =
        all.values().stream().mapToLong(List::size).sum()
            - predicted.values().stream().mapToLong(List::size).sum();
    Map<String, List<EventTuple>> goldTuples =
        EventScorer.project(
            goldTuples(gold),
            t ->
                new EventTuple(
                    EventScorer.country(t.source()), EventScorer.country(t.target()), t.event()));
    Map<Level, Score> scores = new EnumMap<>(Level.class);
    scores.put(Level.PLOVER, EventScorer.score(goldTuples, predicted));
    Map<Level, Score> everyStatus = new EnumMap<>(Level.class);
    everyStatus.put(
        Level.PLOVER,
        EventScorer.score(goldTuples, withPloverEvent(coded.tuples(toPlover, false))));
    Result result =
        result(
            gold,
            gold.name(),
            file.getFileName().toString(),
            "bundled (Phoenix actors, CAMEO.2.0 verbs)",
            coded,
            goldTuples,
            predicted,
            unmapped,
            scores,
            everyStatus,
            List.of(),
            start,
            Optional.empty(),
            Optional.of(predictionCalibration(goldTuples, coded.byRecord(), toPlover)));
    print(result);
    return result;
  }

  /** The figures of one gold set, from its scores and the job's coverage. */
  private static Result result(
      GoldSet gold,
      String name,
      String source,
      String dictionaries,
      Coded coded,
      Map<String, List<EventTuple>> goldTuples,
      Map<String, List<EventTuple>> predicted,
      long unmapped,
      Map<Level, Score> scores,
      Map<Level, Score> everyStatus,
      List<Anchor> anchors,
      long start,
      Optional<Agreement> agreement,
      Optional<Calibration> calibration) {
    return new Result(
        name,
        source,
        dictionaries,
        gold.records().size(),
        gold.scored().size(),
        gold.exclusions(),
        gold.scoredEvents(),
        coded.coverage(),
        predicted.values().stream().mapToLong(List::size).sum(),
        unmapped,
        scores,
        everyStatus,
        anchors,
        EventScorer.errorKinds(goldTuples, predicted, 20),
        sampleMisses(gold, goldTuples, predicted, coded, 10),
        (System.nanoTime() - start) / 1e9,
        agreement,
        calibration);
  }

  private static Map<Level, Score> exactAndLoose(
      Map<String, List<EventTuple>> gold, Map<String, List<EventTuple>> predicted) {
    Map<Level, Score> scores = new EnumMap<>(Level.class);
    scores.put(Level.EXACT, EventScorer.score(gold, predicted));
    scores.put(
        Level.LOOSE,
        EventScorer.score(
            EventScorer.project(gold, EventScorer::loose),
            EventScorer.project(predicted, EventScorer::loose)));
    return scores;
  }

  /** Drops the coded events whose CAMEO code has no PLOVER event: they are not predictions. */
  private static Map<String, List<EventTuple>> withPloverEvent(
      Map<String, List<EventTuple>> tuples) {
    Map<String, List<EventTuple>> mapped = new LinkedHashMap<>();
    tuples.forEach(
        (id, list) ->
            mapped.put(id, list.stream().filter(t -> !t.event().equals(NO_PLOVER_EVENT)).toList()));
    return mapped;
  }

  /**
   * The PLOVER event of a CAMEO code: the code's own mapping, else its base code's, else its
   * root's; {@link #NO_PLOVER_EVENT} when none has one.
   */
  static String ploverEvent(CameoDictionary cameo, String cameoCode) {
    for (String code :
        List.of(
            cameoCode,
            cameoCode.length() > 3 ? cameoCode.substring(0, 3) : cameoCode,
            EventScorer.root(cameoCode))) {
      Optional<String> event = cameo.code(code).flatMap(CameoDictionary.CameoCode::ploverEvent);
      if (event.isPresent()) {
        return event.get();
      }
    }
    return NO_PLOVER_EVENT;
  }

  private static Map<String, List<EventTuple>> goldTuples(GoldSet gold) {
    Map<String, List<EventTuple>> tuples = new LinkedHashMap<>();
    gold.scored().forEach(record -> tuples.put(record.id(), record.events()));
    return tuples;
  }

  // ---- running the job ----

  /** The coded mentions of each gold record, and how the records fared. */
  private record Coded(Map<String, List<CodedMention>> byRecord, Coverage coverage) {
    Map<String, List<EventTuple>> scoredTuples(UnaryOperator<EventTuple> level) {
      return tuples(level, true);
    }

    /**
     * @param scoredOnly only the mentions whose status makes them events; false takes every coded
     *     mention, as PETRARCH, which does not read modality, would
     */
    Map<String, List<EventTuple>> tuples(UnaryOperator<EventTuple> level, boolean scoredOnly) {
      Map<String, List<EventTuple>> tuples = new LinkedHashMap<>();
      byRecord.forEach(
          (id, mentions) ->
              tuples.put(
                  id,
                  mentions.stream()
                      .filter(mention -> !scoredOnly || mention.isScored())
                      .map(CodedMention::tuple)
                      .map(level)
                      .toList()));
      return tuples;
    }
  }

  /**
   * Groups the records so that no batch holds two with the same content fingerprint (the k-th
   * record with a given text goes into batch k), in file order within each batch.
   */
  static List<List<GoldRecord>> batchesWithoutRepeatedText(List<GoldRecord> records) {
    List<List<GoldRecord>> batches = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (GoldRecord record : records) {
      int batch = seen.merge(ArticleCleaner.fingerprint(record.text()), 1, Integer::sum) - 1;
      if (batch == batches.size()) {
        batches.add(new ArrayList<>());
      }
      batches.get(batch).add(record);
    }
    return batches;
  }

  private Coded code(SparkSession spark, List<GoldRecord> records, Optional<Path> referenceDir)
      throws IOException, SQLException {
    Map<String, List<CodedMention>> byRecord = new LinkedHashMap<>();
    records.forEach(record -> byRecord.put(record.id(), new ArrayList<>()));
    Tally tally = new Tally();
    for (List<GoldRecord> batch : batchesWithoutRepeatedText(records)) {
      runJob(
          spark,
          jsonl -> EventGold.writeJsonl(batch, jsonl),
          referenceDir,
          tally,
          row -> {
            List<CodedMention> mentions = byRecord.get(row.inputRef());
            if (mentions != null) {
              mentions.add(row.mention());
            }
          });
    }
    return new Coded(byRecord, tally.coverage(records.size()));
  }

  /** One coded mention as the catalog gives it, with its article's input_ref and evidence. */
  private record MentionRow(String inputRef, String sentence, CodedMention mention) {}

  /** How the articles of every batch fared in the job, added up. */
  private static final class Tally {
    long kept;
    long duplicates;
    long nonEnglish;
    final Map<String, Long> quarantined = new TreeMap<>();
    final Map<String, Long> statuses = new TreeMap<>();

    Coverage coverage(int written) {
      return new Coverage(written, kept, duplicates, nonEnglish, quarantined, statuses);
    }
  }

  /**
   * Writes a batch as JSON Lines with {@code writer}, runs the nightly job on it into a temporary
   * warehouse, and hands every coded mention to {@code sink}, in article and sentence order.
   */
  private void runJob(
      SparkSession spark,
      java.util.function.Consumer<Path> writer,
      Optional<Path> referenceDir,
      Tally tally,
      java.util.function.Consumer<MentionRow> sink)
      throws IOException, SQLException {
    Path folder = Files.createTempDirectory("newsevents-event-gold");
    try {
      Path jsonl = folder.resolve("gold.jsonl");
      writer.accept(jsonl);
      Path warehouse = folder.resolve("warehouse");
      new NightlyJob(
              spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
          .run(
              new NightlyJob.Options(
                  List.of(jsonl), warehouse, RUN_DATE, NightlyJob.Scope.FULL, referenceDir));
      try (Connection duck = Catalog.openReadOnly(new WarehouseLayout(warehouse));
          Statement statement = duck.createStatement()) {
        requireEventMentions(statement);
        try (ResultSet rows =
            statement.executeQuery(
                // The date is the event's, as analysts count it (fct_events): a retelling dated
                // only by its article ("Lam said in a televised announcement") is counted in the
                // event its lead dated.
                "select a.input_ref, m.sentence, m.actor1_code, m.actor2_code, m.event_code,"
                    + " m.status, cast(e.event_date as varchar), e.date_precision,"
                    + " m.confidence, m.confidence_evidence "
                    + "from stg_fct_event_mentions m "
                    + "join stg_dim_articles a on a.article_id = m.article_id "
                    + "join stg_fct_events e on e.event_id = m.event_id "
                    + "order by a.input_ref, m.sentence_no")) {
          while (rows.next()) {
            String status = rows.getString(6);
            tally.statuses.merge(status, 1L, Long::sum);
            sink.accept(
                new MentionRow(
                    rows.getString(1),
                    rows.getString(2),
                    new CodedMention(
                        new EventTuple(rows.getString(3), rows.getString(4), rows.getString(5)),
                        status,
                        Objects.toString(rows.getString(7), ""),
                        Objects.toString(rows.getString(8), ""),
                        rows.getDouble(9),
                        Objects.toString(rows.getString(10), ""))));
          }
        }
        try (ResultSet rows =
            statement.executeQuery(
                "select count(*), count(*) filter (where is_duplicate), "
                    + "count(*) filter (where len(non_english_paragraphs) > 0) "
                    + "from stg_dim_articles")) {
          rows.next();
          tally.kept += rows.getLong(1);
          tally.duplicates += rows.getLong(2);
          tally.nonEnglish += rows.getLong(3);
        }
        try (ResultSet rows =
            statement.executeQuery("select reason, count(*) from stg_quarantine group by 1")) {
          while (rows.next()) {
            tally.quarantined.merge(rows.getString(1), rows.getLong(2), Long::sum);
          }
        }
      }
    } finally {
      Publisher.deleteTree(folder);
    }
  }

  /**
   * One half of the real-news gold set: its articles coded as articles (each sentence its own
   * paragraph), each coded mention traced back to its gold sentence by the words it shares.
   */
  Result realNews(SparkSession spark, RealNewsGold.Half half) throws IOException, SQLException {
    long start = System.nanoTime();
    GoldSet gold = half.goldSet();
    Map<String, List<RealNewsGold.Sentence>> articles = half.articles();
    Map<String, List<CodedMention>> byRecord = new LinkedHashMap<>();
    gold.scored().forEach(record -> byRecord.put(record.id(), new ArrayList<>()));
    Tally tally = new Tally();
    long untraced = 0;
    if (!articles.isEmpty()) {
      long[] lost = {0};
      runJob(
          spark,
          jsonl -> RealNewsGold.writeArticles(half, jsonl),
          Optional.empty(),
          tally,
          row ->
              RealNewsGold.sentenceOf(
                      articles.getOrDefault(row.inputRef(), List.of()), row.sentence())
                  .ifPresentOrElse(id -> byRecord.get(id).add(row.mention()), () -> lost[0]++));
      untraced = lost[0];
    }
    Coded coded = new Coded(byRecord, tally.coverage(articles.size()));
    Map<String, List<EventTuple>> goldTuples = goldTuples(gold);
    Map<String, List<EventTuple>> predicted = coded.scoredTuples(UnaryOperator.identity());
    Map<Level, Score> scores = exactAndLoose(goldTuples, predicted);
    scores.put(
        Level.ROOT,
        EventScorer.score(
            EventScorer.project(goldTuples, EventScorer::rootOnly),
            EventScorer.project(predicted, EventScorer::rootOnly)));
    Map<String, List<EventTuple>> everyGold = new LinkedHashMap<>();
    half.everyEvent()
        .forEach(
            (id, events) ->
                everyGold.put(id, events.stream().map(RealNewsGold.GoldEvent::tuple).toList()));
    Map<Level, Score> everyStatus =
        exactAndLoose(everyGold, coded.tuples(UnaryOperator.identity(), false));
    Result result =
        result(
            gold,
            gold.name(),
            String.join(" and ", half.split().files()),
            "bundled (Phoenix actors, CAMEO.2.0 verbs)",
            coded,
            goldTuples,
            predicted,
            0,
            scores,
            everyStatus,
            List.of(),
            start,
            Optional.of(agreement(half.everyEvent(), coded.byRecord(), untraced)),
            Optional.of(calibration(half.everyEvent(), coded.byRecord())));
    print(result);
    return result;
  }

  /** See {@link Agreement}: coded and gold events paired at the loose level, every status. */
  static Agreement agreement(
      Map<String, List<RealNewsGold.GoldEvent>> gold,
      Map<String, List<CodedMention>> coded,
      long untraced) {
    long matched = 0;
    long statusRight = 0;
    long dayMatched = 0;
    long dayRight = 0;
    for (LoosePair paired : loosePairs(gold, coded, (event, mention) -> true)) {
      RealNewsGold.GoldEvent pair = paired.gold();
      CodedMention mention = paired.mention();
      if (pair == null) {
        continue;
      }
      matched++;
      if (pair.status().equals(mention.status())) {
        statusRight++;
      }
      if (pair.datePrecision().equals("day")) {
        dayMatched++;
        if (pair.date().equals(mention.eventDate()) && mention.datePrecision().equals("day")) {
          dayRight++;
        }
      }
    }
    // The tuple match above leaves few events to date; the date resolver is also judged on every
    // day-precise gold event whose sentence has a coded mention of the same CAMEO root (any
    // actors, any status): right when one of them carries the gold day.
    long rootDayMatched = 0;
    long rootDayRight = 0;
    List<String> dateMisses = new ArrayList<>();
    for (Map.Entry<String, List<RealNewsGold.GoldEvent>> sentence : gold.entrySet()) {
      List<CodedMention> inSentence = coded.getOrDefault(sentence.getKey(), List.of());
      for (RealNewsGold.GoldEvent event : sentence.getValue()) {
        String root = root(event.tuple().event());
        if (!event.datePrecision().equals("day") || root.isEmpty()) {
          continue;
        }
        List<CodedMention> sameRoot =
            inSentence.stream().filter(m -> root(m.tuple().event()).equals(root)).toList();
        if (sameRoot.isEmpty()) {
          continue;
        }
        rootDayMatched++;
        if (sameRoot.stream()
            .anyMatch(m -> event.date().equals(m.eventDate()) && "day".equals(m.datePrecision()))) {
          rootDayRight++;
        } else {
          dateMisses.add(
              sentence.getKey()
                  + ": gold "
                  + event.date()
                  + ", coded "
                  + sameRoot.stream()
                      .map(m -> m.eventDate() + " (" + m.datePrecision() + ")")
                      .distinct()
                      .toList());
        }
      }
    }
    return new Agreement(
        statusRight,
        matched,
        dayRight,
        dayMatched,
        untraced,
        rootDayRight,
        rootDayMatched,
        List.copyOf(dateMisses));
  }

  private static String root(String cameoCode) {
    return cameoCode == null || cameoCode.length() < 2 ? "" : cameoCode.substring(0, 2);
  }

  /** See {@link Labelled} and {@link Calibration}. */
  public static Calibration calibration(
      Map<String, List<RealNewsGold.GoldEvent>> gold, Map<String, List<CodedMention>> coded) {
    List<Labelled> labelled = new ArrayList<>();
    for (LoosePair pair :
        loosePairs(gold, coded, (event, mention) -> sameStatus(event.status(), mention.status()))) {
      labelled.add(new Labelled(pair.mention(), pair.gold() != null));
    }
    return calibration(labelled, EVERY_STATUS_RIGHT_WHEN);
  }

  /** A coded mention and the gold event it was paired with, or null when none. */
  private record LoosePair(CodedMention mention, RealNewsGold.GoldEvent gold) {}

  /**
   * Every coded mention of every gold sentence, in order, paired with the first gold event of its
   * sentence that no earlier mention took, that matches it at the loose level, and that {@code
   * alsoRequired} accepts.
   */
  private static List<LoosePair> loosePairs(
      Map<String, List<RealNewsGold.GoldEvent>> gold,
      Map<String, List<CodedMention>> coded,
      java.util.function.BiPredicate<RealNewsGold.GoldEvent, CodedMention> alsoRequired) {
    List<LoosePair> pairs = new ArrayList<>();
    for (Map.Entry<String, List<RealNewsGold.GoldEvent>> sentence : gold.entrySet()) {
      List<RealNewsGold.GoldEvent> unmatched = new ArrayList<>(sentence.getValue());
      for (CodedMention mention : coded.getOrDefault(sentence.getKey(), List.of())) {
        EventTuple loose = EventScorer.loose(mention.tuple());
        RealNewsGold.GoldEvent pair =
            unmatched.stream()
                .filter(event -> EventScorer.loose(event.tuple()).equals(loose))
                .filter(event -> alsoRequired.test(event, mention))
                .findFirst()
                .orElse(null);
        unmatched.remove(pair);
        pairs.add(new LoosePair(mention, pair));
      }
    }
    return pairs;
  }

  /**
   * The calibration on a gold set that codes only what happened (the PLOVER GSR): the mentions that
   * are predictions there (asserted or claimed, and a tuple at {@code level} with an event), each
   * right when that tuple matches a gold tuple of its record that no other mention took.
   */
  static Calibration predictionCalibration(
      Map<String, List<EventTuple>> gold,
      Map<String, List<CodedMention>> coded,
      UnaryOperator<EventTuple> level) {
    List<Labelled> labelled = new ArrayList<>();
    for (Map.Entry<String, List<CodedMention>> record : coded.entrySet()) {
      List<EventTuple> unmatched = new ArrayList<>(gold.getOrDefault(record.getKey(), List.of()));
      for (CodedMention mention : record.getValue()) {
        EventTuple tuple = level.apply(mention.tuple());
        if (mention.isScored() && !tuple.event().equals(NO_PLOVER_EVENT)) {
          labelled.add(new Labelled(mention, unmatched.remove(tuple)));
        }
      }
    }
    return calibration(labelled, PREDICTION_RIGHT_WHEN);
  }

  private static Calibration calibration(List<Labelled> labelled, String rightWhen) {
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i + 1 < CONFIDENCE_BANDS.size(); i++) {
      double from = CONFIDENCE_BANDS.get(i);
      double to = CONFIDENCE_BANDS.get(i + 1);
      List<Labelled> in =
          labelled.stream()
              .filter(l -> l.mention().confidence() >= from && l.mention().confidence() < to)
              .toList();
      bands.add(new Band(from, to, in.size(), in.stream().filter(Labelled::right).count()));
    }
    long distinct = labelled.stream().mapToDouble(l -> l.mention().confidence()).distinct().count();
    return new Calibration(labelled, bands, distinct, rightWhen);
  }

  /** Asserted and claimed both say the event happened (see {@link #SCORED_STATUSES}). */
  private static boolean sameStatus(String gold, String coded) {
    return gold.equals(coded)
        || (SCORED_STATUSES.contains(gold) && SCORED_STATUSES.contains(coded));
  }

  private static void requireEventMentions(Statement statement) throws SQLException {
    try (ResultSet rows =
        statement.executeQuery(
            "select count(*) from information_schema.tables "
                + "where table_name = 'stg_fct_event_mentions'")) {
      rows.next();
      if (rows.getLong(1) == 0) {
        throw new IllegalStateException(
            "The catalog has no stg_fct_event_mentions view: this build does not code events yet.");
      }
    }
  }

  // ---- output ----

  private static List<String> sampleMisses(
      GoldSet gold,
      Map<String, List<EventTuple>> goldTuples,
      Map<String, List<EventTuple>> predicted,
      Coded coded,
      int limit) {
    List<String> sample = new ArrayList<>();
    for (GoldRecord record : gold.scored()) {
      if (sample.size() >= limit) {
        break;
      }
      Score score =
          EventScorer.scoreRecord(
              goldTuples.get(record.id()), predicted.getOrDefault(record.id(), List.of()));
      if (score.falseNegatives() == 0 && score.falsePositives() == 0) {
        continue;
      }
      StringBuilder line = new StringBuilder();
      line.append(record.id())
          .append(" (")
          .append(record.date() == null ? "undated" : record.date())
          .append("): ")
          .append(abbreviated(record.text(), 160))
          .append("\n    gold:  ")
          .append(goldTuples.get(record.id()).isEmpty() ? "no event" : "")
          .append(
              String.join("; ", goldTuples.get(record.id()).stream().map(String::valueOf).toList()))
          .append("\n    coded: ");
      List<CodedMention> mentions = coded.byRecord().getOrDefault(record.id(), List.of());
      line.append(mentions.isEmpty() ? "nothing" : "")
          .append(
              String.join(
                  "; ", mentions.stream().map(m -> m.tuple() + " (" + m.status() + ")").toList()));
      sample.add(line.toString());
    }
    return sample;
  }

  private static String abbreviated(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  private void print(Result result) {
    // The held-out half is scored, never read: its sentences are not printed.
    boolean heldOut = result.goldSet().equals(RealNewsGold.Split.TEST.goldSetName());
    out.println();
    out.printf(
        Locale.ROOT,
        "Event coding, %s (%s): %d of %d records scored, %d gold events; dictionaries: %s; %.0f s%n",
        result.goldSet(),
        result.source(),
        result.scoredRecords(),
        result.records(),
        result.goldEvents(),
        result.dictionaries(),
        result.seconds());
    result
        .exclusions()
        .forEach((reason, count) -> out.printf("  left out: %d, %s%n", count, reason));
    Coverage coverage = result.coverage();
    out.printf(
        Locale.ROOT,
        "  in the job: %d written, %d kept, %d flagged as duplicates, %d with non-English paragraphs, quarantined %s%n",
        coverage.written(),
        coverage.kept(),
        coverage.flaggedDuplicate(),
        coverage.withNonEnglishParagraphs(),
        coverage.quarantinedByReason());
    out.printf(
        Locale.ROOT,
        "  mentions by status %s; scored: %d (status %s)%s%n",
        coverage.mentionsByStatus(),
        result.scoredMentions(),
        String.join(" or ", SCORED_STATUSES),
        result.unmappedMentions() > 0
            ? ", not counted: " + result.unmappedMentions() + " without a PLOVER event"
            : "");
    out.printf(
        Locale.ROOT,
        "  %-7s %-46s %5s %5s %5s %5s %5s %5s  %s%n",
        "level",
        "compares",
        "P",
        "R",
        "F1",
        "TP",
        "FP",
        "FN",
        "anchor");
    result
        .scores()
        .forEach(
            (level, score) ->
                printScore(
                    level.label(), level.compares(), score, anchorText(result.anchors(), level)));
    result
        .everyStatusScores()
        .forEach(
            (level, score) ->
                printScore(level.label() + "*", "the same, every status counted", score, ""));
    result
        .agreement()
        .ifPresent(
            agreement -> {
              out.println("  " + agreementText(agreement));
              if (!heldOut) {
                agreement
                    .dateMisses()
                    .forEach(miss -> out.println("  day-precise date miss: " + miss));
              }
            });
    result
        .calibration()
        .ifPresent(
            calibration -> {
              out.printf(
                  Locale.ROOT,
                  "  confidence of %s: %d distinct values%n",
                  calibration.rightWhen(),
                  calibration.distinctValues());
              for (Band band : calibration.bands()) {
                out.printf(
                    Locale.ROOT,
                    "    %-10s %4d mentions, %4d right, precision %s%n",
                    band.label(),
                    band.mentions(),
                    band.right(),
                    band.mentions() == 0
                        ? "-"
                        : String.format(Locale.ROOT, "%.2f", band.precision()));
              }
            });
    out.println(
        "  most frequent errors ("
            + result.scores().keySet().iterator().next().label()
            + " level):");
    for (ErrorKind error : result.errors()) {
      if (heldOut) {
        out.printf("  %5d  %s%n", error.count(), error.kind());
      } else {
        out.printf("  %5d  %s   e.g. %s%n", error.count(), error.kind(), error.example());
      }
    }
    if (heldOut) {
      out.println("  (no sentences of the held-out half are shown: reading them would tune on it)");
      return;
    }
    out.println("  sample of records with errors:");
    result.sampleMisses().forEach(miss -> out.println("  " + miss));
  }

  private static String agreementText(Agreement agreement) {
    return String.format(
        Locale.ROOT,
        "status right in %d of %d coded mentions that match a gold event (%.2f); day-precise dates"
            + " (of the event each mention was counted in) right in %d of %d (%.2f); %d coded"
            + " mentions not traced to a gold sentence; day-precise dates right in %d of %d gold"
            + " events whose sentence has a coded mention of the same CAMEO root (%.2f)",
        agreement.statusRight(),
        agreement.matched(),
        agreement.statusShare(),
        agreement.dayRight(),
        agreement.dayMatched(),
        agreement.dayShare(),
        agreement.untraced(),
        agreement.rootDayRight(),
        agreement.rootDayMatched(),
        agreement.rootDayShare());
  }

  private static String scoreRow(String goldSet, String level, Score score, String anchor) {
    return scoreLine(
        "| %s | %s | %.2f | %.2f | %.2f | %d | %d | %d | %s |\n", goldSet, level, score, anchor);
  }

  private void printScore(String level, String compares, Score score, String anchor) {
    out.print(
        scoreLine(
            "  %-7s %-46s %5.2f %5.2f %5.2f %5d %5d %5d  %s%n", level, compares, score, anchor));
  }

  /** One score in {@code pattern}: two labels, P, R, F1, TP, FP, FN and the anchor. */
  private static String scoreLine(
      String pattern, String first, String second, Score score, String anchor) {
    return String.format(
        Locale.ROOT,
        pattern,
        first,
        second,
        score.precision(),
        score.recall(),
        score.f1(),
        score.truePositives(),
        score.falsePositives(),
        score.falseNegatives(),
        anchor);
  }

  private static String anchorText(List<Anchor> anchors, Level level) {
    return anchors.stream()
        .filter(anchor -> anchor.level() == level)
        .map(
            anchor ->
                String.format(
                    Locale.ROOT,
                    "%s P %.2f R %.2f",
                    anchor.who(),
                    anchor.precision(),
                    anchor.recall()))
        .findFirst()
        .orElse("");
  }

  /**
   * The "events" section of QUALITY.md: method, date, command, the figures of every gold set and
   * the anchors.
   */
  public static String qualitySection(List<Result> results, LocalDate measuredOn, String command) {
    StringBuilder md = new StringBuilder();
    md.append("## Event coding\n\n");
    md.append("Measured on ")
        .append(measuredOn)
        .append(" with `")
        .append(command)
        .append("` (`org.newsevents.bench.EventQuality`).\n\n");
    md.append(
        "Method: the real-news halves (`"
            + String.join("`, `", RealNewsGold.BATCHES)
            + "`: "
            + RealNewsGold.BATCHES.size()
            + " batches of English Wikinews chosen by a fixed rule before any coding, annotated by reading"
            + " with the CAMEO codebook, split once by article) are coded article by article, each"
            + " gold sentence its own paragraph, and each coded mention is traced back to its gold"
            + " sentence; the seeds (`"
            + String.join("`, `", RealNewsGold.Split.SEEDS.folders())
            + "`, every body sentence of the five sample articles, annotated the same way) are"
            + " coded so too; the other sets' sentences are one-sentence JSON Lines articles with"
            + " their date. All go through the nightly job (scope FULL); the coded events are the mentions"
            + " in `fct_event_mentions` whose status is "
            + String.join(" or ", SCORED_STATUSES)
            + " (negated, hypothetical and planned mentions are not events). Tuples are matched per"
            + " sentence, a repeat counting as often as it occurs; a date is judged on the event"
            + " each mention was counted in (fct_events.event_date). Exact compares source code, target"
            + " code and CAMEO code; loose compares source country, target country (the first three"
            + " characters of the actor code) and CAMEO root (the first two digits); root compares"
            + " the CAMEO root alone (was a real event of the right kind coded); PLOVER compares"
            + " countries and PLOVER event (the coded CAMEO code through `cameo_plover.csv`; codes"
            + " without a PLOVER event, such as 01 statements, are not counted). Only the real-news"
            + " test half is held out: the PETRARCH-2 unit tests and the seeds are in-sample (the"
            + " coder's rules and tests were written against them), and the dev half is for"
            + " tuning.\n\n");
    md.append("| gold set | level | P | R | F1 | TP | FP | FN | anchor |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (Result result : results) {
      result
          .scores()
          .forEach(
              (level, score) ->
                  md.append(
                      scoreRow(
                          result.goldSet(),
                          level.label() + " (" + level.compares() + ")",
                          score,
                          anchorText(result.anchors(), level))));
      result
          .everyStatusScores()
          .forEach(
              (level, score) ->
                  md.append(
                      scoreRow(
                          result.goldSet(), level.label() + ", every status counted", score, "")));
    }
    md.append('\n');
    md.append(
        "Rows marked \"every status counted\" score the coder alone, as PETRARCH-2 works: every"
            + " coded mention counts, planned, hypothetical and negated ones too. The gold sets code"
            + " \"Arnor will abandon ties with Gondor\" as an event; newsevents records it as"
            + " planned, and the first rows do not count it.\n\n");
    for (Result result : results) {
      md.append(
          String.format(
              Locale.ROOT,
              "- %s: `%s`, %d of %d records scored, %d gold events, dictionaries %s.",
              result.goldSet(),
              result.source(),
              result.scoredRecords(),
              result.records(),
              result.goldEvents(),
              result.dictionaries()));
      result
          .exclusions()
          .forEach(
              (reason, count) ->
                  md.append(" Left out: ").append(count).append(", ").append(reason).append('.'));
      Coverage coverage = result.coverage();
      md.append(
          String.format(
              Locale.ROOT,
              " In the job: %d kept, %d flagged as duplicates, %d quarantined; mentions by status %s.\n",
              coverage.kept(),
              coverage.flaggedDuplicate(),
              coverage.quarantinedByReason().values().stream().mapToLong(Long::longValue).sum(),
              coverage.mentionsByStatus()));
      result
          .agreement()
          .ifPresent(agreement -> md.append("  ").append(agreementText(agreement)).append(".\n"));
    }
    md.append(calibrationSection(results));
    return md.toString();
  }

  /** The calibration table of fct_event_mentions.confidence, on the sets that have one. */
  static String calibrationSection(List<Result> results) {
    List<Result> calibrated = results.stream().filter(r -> r.calibration().isPresent()).toList();
    if (calibrated.isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder();
    md.append("\n### Confidence calibration\n\n");
    md.append(
        "`fct_event_mentions.confidence` rates the whole coding of a mention (actors, code and"
            + " status) from its evidence (`confidence_evidence`: pattern specificity, how each"
            + " actor was resolved, the clause, the sentence's length) with a logistic model whose"
            + " weights (`seeds/reference/coding_confidence.csv`) `org.newsevents.bench."
            + "CodingConfidenceFit` fitted on the sets used for development alone (the real-news"
            + " dev half, the seeds, and the judged samples of the job's mentions on the bench"
            + " corpus in `seeds/gold/news-audit` marked for fitting); the test half and the PLOVER"
            + " GSR were not used to fit it. Which mentions count, and when one is right, is said"
            + " under the table.\n\n");
    md.append("| gold set | confidence | mentions | right | precision |\n");
    md.append("|---|---|---:|---:|---:|\n");
    for (Result result : calibrated) {
      Calibration calibration = result.calibration().get();
      for (Band band : calibration.bands()) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d | %d | %s |\n",
                result.goldSet(),
                band.label(),
                band.mentions(),
                band.right(),
                band.mentions() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", band.precision())));
      }
    }
    md.append('\n');
    for (Result result : calibrated) {
      Calibration calibration = result.calibration().get();
      Band top = calibration.bands().get(calibration.bands().size() - 1);
      md.append(
          String.format(
              Locale.ROOT,
              "- %s: %d mentions (%s), %d distinct confidence values; %s.\n",
              result.goldSet(),
              calibration.mentions().size(),
              calibration.rightWhen(),
              calibration.distinctValues(),
              top.mentions() == 0
                  ? "no mention reaches " + top.label().substring(3)
                  : String.format(
                      Locale.ROOT,
                      "%d of %d mentions at %s are right (%.2f; the target is 0.90)",
                      top.right(),
                      top.mentions(),
                      top.label(),
                      top.precision())));
    }
    return md.toString();
  }

  /**
   * Runs the evaluation outside the CLI and updates QUALITY.md.
   *
   * <pre>
   * java -cp ... org.newsevents.bench.EventQuality ../shared [QUALITY.md] [local[*]]  (from the project root)
   * </pre>
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: EventQuality SHARED_DIR [QUALITY_MD] [SPARK_MASTER]");
      System.exit(2);
    }
    List<Result> results =
        new EventQuality(System.out)
            .run(Path.of(args[0]), Path.of(""), args.length > 2 ? args[2] : "local[*]");
    if (args.length > 1) {
      QualityFile.update(
          Path.of(args[1]),
          "events",
          qualitySection(
              results,
              LocalDate.now(),
              "java org.newsevents.bench.EventQuality ../shared QUALITY.md"));
    }
  }
}
