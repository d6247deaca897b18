package org.newsevents.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.newsevents.bench.DedupGold.GoldEvent;
import org.newsevents.bench.DedupGold.Pair;
import org.newsevents.bench.DedupGold.Side;
import org.newsevents.bench.EventScorer.Score;
import org.newsevents.events.CodedMention;
import org.newsevents.events.EventDate;
import org.newsevents.events.EventDeduplicator;
import org.newsevents.job.NightlyJob;
import org.newsevents.warehouse.Catalog;
import org.newsevents.warehouse.Publisher;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * Pairwise precision and recall of deduplication on the dedup gold sets ({@link DedupGold}), two
 * ways:
 *
 * <ul>
 *   <li><b>Rules</b>: {@link EventDeduplicator} is handed two mentions built from each pair's gold
 *       events (source, target, code, date), so the merge rules are judged apart from the coder.
 *   <li><b>Pipeline</b>: the pairs' articles run through the nightly job (dated by their CSV date);
 *       a pair counts when both of its sentences got at least one mention (the coverage), and the
 *       job says "same" when a mention of one sentence and a mention of the other share an event.
 * </ul>
 *
 * A "same" decision on a pair marked same is a true positive; on a pair marked different, a false
 * positive; "different" on a pair marked same, a false negative.
 */
public final class DedupQuality {
  /** The date the job is told it runs on; the articles carry their own dates. */
  static final LocalDate RUN_DATE = LocalDate.of(2026, 1, 1);

  /** The least share of a gold sentence's words, and of the evidence's, that both must share. */
  private static final double SENTENCE_MATCH = 0.6;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Pairwise decisions scored against the labels, with the pairs scored and the errors by kind. */
  public record PairScore(
      int pairs,
      int hardPairs,
      Score score,
      Map<String, Long> falsePositivesByKind,
      List<String> falseNegatives,
      List<String> falsePositives) {}

  /**
   * Both ways of scoring one gold set; {@code pipeline} is over the covered pairs only.
   *
   * @param folder the set's folder, relative to the project root
   * @param heldOut whether the set was kept out of development (the merge rules never saw it)
   * @param readerPhrases the reader's actor phrases the rules resolved ({@link ReaderActors})
   * @param readerPhrasesByStage of those, the ones the actors stage resolved in their sentence
   * @param readerPhrasesByPairMemory of those, the ones the stage resolved only for the same words
   *     on the pair's other side; the rest fell back on the dictionary look-up
   */
  public record SetScore(
      String folder,
      boolean heldOut,
      PairScore rules,
      PairScore pipeline,
      int goldPairs,
      int readerPhrases,
      int readerPhrasesByStage,
      int readerPhrasesByPairMemory) {
    /** Pairs where both sentences got at least one mention. */
    public int coveredPairs() {
      return pipeline.pairs();
    }

    String name() {
      return "`" + folder + "` (" + (heldOut ? "held out" : "used for development") + ")";
    }
  }

  /** The development set's scores, then the held-out set's. */
  public record Result(List<SetScore> sets, double seconds) {}

  private final PrintStream out;

  public DedupQuality(PrintStream out) {
    this.out = out;
  }

  /** Both scores of both sets, the pipeline's with the given Spark session; prints them. */
  public Result run(Path shared, Path projectRoot, SparkSession spark)
      throws IOException, SQLException {
    long start = System.nanoTime();
    Map<String, DedupGold.Article> articles = DedupGold.articles(shared);
    List<SetScore> sets = new ArrayList<>();
    for (String folder : List.of(DedupGold.FOLDER, DedupGold.HELD_OUT_FOLDER)) {
      List<Pair> pairs = DedupGold.read(projectRoot.resolve(folder));
      out.println("== " + folder);
      ReaderActors readerActors = new ReaderActors(ReaderActors.Source.ACTOR_STAGE, articles);
      PairScore rules = rules(pairs, readerActors);
      sets.add(
          new SetScore(
              folder,
              folder.equals(DedupGold.HELD_OUT_FOLDER),
              rules,
              pipeline(spark, pairs, articles),
              pairs.size(),
              readerActors.phrases(),
              readerActors.phrasesByStage(),
              readerActors.phrasesByPairMemory()));
    }
    Result result = new Result(List.copyOf(sets), (System.nanoTime() - start) / 1e9);
    out.print(text(result));
    return result;
  }

  /**
   * The merge rules alone, on mentions built from the gold events of every pair, the reader's actor
   * words resolved as the job's actors stage resolves the pair's sentences, with the dictionary
   * look-up where no resolved mention lies in the words ({@link ReaderActors}).
   *
   * @param articles the gold articles by url ({@link DedupGold#articles}), whose text orders a
   *     pair's two sentences of one article and whose title is the headline the job reads
   */
  public static PairScore rules(List<Pair> pairs, Map<String, DedupGold.Article> articles) {
    return rules(pairs, new ReaderActors(ReaderActors.Source.ACTOR_STAGE, articles));
  }

  /** The merge rules alone, the reader's actor words resolved by {@code actors}. */
  static PairScore rules(List<Pair> pairs, ReaderActors actors) {
    Map<Pair, Boolean> decisions = new LinkedHashMap<>();
    for (Pair pair : pairs) {
      ReaderActors.OfPair names = actors.of(pair);
      List<CodedMention> a = goldMentions(pair.pairId() + "/a", pair.a(), pair.eventA(), names);
      List<CodedMention> b = goldMentions(pair.pairId() + "/b", pair.b(), pair.eventB(), names);
      // As the pipeline is scored: the pair is one event when a mention of each side shares one.
      decisions.put(pair, a.stream().anyMatch(ma -> b.stream().anyMatch(mb -> sameEvent(ma, mb))));
    }
    return score(decisions);
  }

  /** Whether the deduplicator puts the two mentions into one event. */
  static boolean sameEvent(CodedMention a, CodedMention b) {
    List<String> keys =
        Objects.equals(a.articleId(), b.articleId())
            // The pair alone: in the job, an earlier act of the article may take the key first.
            ? EventDeduplicator.articleBlockingKeys(
                List.of(EventDeduplicator.ArticleAct.of(a), EventDeduplicator.ArticleAct.of(b)))
            : List.of(EventDeduplicator.blockingKey(a), EventDeduplicator.blockingKey(b));
    if (!keys.get(0).equals(keys.get(1))) {
      return false;
    }
    Map<String, String> events =
        EventDeduplicator.assign(List.of(), List.of(a, b)).eventIdByMentionId();
    return events.get(a.mentionId()).equals(events.get(b.mentionId()));
  }

  /**
   * The mentions the coder would give for a gold event: one per source and target the reader listed
   * ("Angela Merkel; Boris Johnson" praised Macron: two mentions), as the coder codes each conjunct
   * of a subject or object.
   */
  static List<CodedMention> goldMentions(
      String id, Side side, GoldEvent event, ReaderActors.OfPair names) {
    List<CodedMention> mentions = new ArrayList<>();
    for (String source : ActorNames.members(event.source())) {
      for (String target : ActorNames.members(event.target())) {
        mentions.add(goldMention(id + "#" + mentions.size(), side, event, source, target, names));
      }
    }
    return mentions;
  }

  /**
   * A mention as the coder would give it if it coded what the reader did: actors by their words
   * ({@link ReaderActors}), the gold code, and the gold date as the sentence's (day, month or
   * year), or, when the reader found none, the article's date standing in.
   */
  static CodedMention goldMention(
      String id,
      Side side,
      GoldEvent event,
      String source,
      String target,
      ReaderActors.OfPair names) {
    String date = event.date();
    LocalDate eventDate = side.articleDate();
    EventDate.Precision precision = EventDate.Precision.DAY;
    boolean fromSentence = !date.isEmpty();
    if (date.length() == 10) {
      eventDate = LocalDate.parse(date);
    } else if (date.length() == 7) {
      eventDate = LocalDate.parse(date + "-01");
      precision = EventDate.Precision.MONTH;
    } else if (date.length() == 4) {
      eventDate = LocalDate.parse(date + "-01-01");
      precision = EventDate.Precision.YEAR;
    }
    String cameo = event.cameo();
    return new CodedMention(
        id,
        side.url(),
        true,
        names.actor(side, source, eventDate, precision),
        target.isEmpty() ? null : names.actor(side, target, eventDate, precision),
        cameo,
        cameo.substring(0, 2),
        eventDate,
        precision,
        fromSentence,
        null,
        false);
  }

  /**
   * The nightly job's decisions: the pairs' articles coded into a temporary warehouse, each pair's
   * sentences found among the mentions' evidence sentences of their article.
   */
  PairScore pipeline(SparkSession spark, List<Pair> pairs, Map<String, DedupGold.Article> articles)
      throws IOException, SQLException {
    Path folder = Files.createTempDirectory("newsevents-dedup-gold");
    try {
      Path jsonl = folder.resolve("wikinews.jsonl");
      Set<String> urls = new LinkedHashSet<>();
      pairs.forEach(pair -> urls.addAll(List.of(pair.a().url(), pair.b().url())));
      writeArticles(urls, articles, jsonl);
      Path warehouse = folder.resolve("warehouse");
      new NightlyJob(
              spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
          .run(
              new NightlyJob.Options(
                  List.of(jsonl),
                  warehouse,
                  RUN_DATE,
                  NightlyJob.Scope.FULL,
                  java.util.Optional.empty()));
      List<Evidence> evidence = evidence(warehouse);
      Map<Pair, Boolean> decisions = new LinkedHashMap<>();
      for (Pair pair : pairs) {
        List<Evidence> ofA = mentionsOf(evidence, pair.a());
        List<Evidence> ofB = mentionsOf(evidence, pair.b());
        if (ofA.isEmpty() || ofB.isEmpty()) {
          continue;
        }
        Set<String> shared = new HashSet<>();
        ofA.forEach(mention -> shared.add(mention.eventId()));
        Set<String> eventsOfB = new HashSet<>();
        ofB.forEach(mention -> eventsOfB.add(mention.eventId()));
        shared.retainAll(eventsOfB);
        decisions.put(pair, !shared.isEmpty());
        if (shared.isEmpty() == pair.sameEvent()) {
          out.println(
              "Pipeline "
                  + (pair.sameEvent() ? "missed " : "merged ")
                  + pair.pairId()
                  + ": a "
                  + ofA.stream().map(Evidence::coded).toList()
                  + ", b "
                  + ofB.stream().map(Evidence::coded).toList());
        }
      }
      return score(decisions);
    } finally {
      Publisher.deleteTree(folder);
    }
  }

  /** One coded mention: its article (input_ref), evidence sentence and event. */
  private record Evidence(String url, List<String> words, String eventId, String coded) {}

  private static List<Evidence> evidence(Path warehouse) throws SQLException {
    List<Evidence> evidence = new ArrayList<>();
    try (Connection duck = Catalog.openReadOnly(new WarehouseLayout(warehouse));
        Statement statement = duck.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select a.input_ref, m.sentence, m.event_id, concat_ws(' ', m.event_code,"
                    + " a1.name || '->' || coalesce(a2.name, '-'), m.event_date, m.date_precision,"
                    + " m.date_basis, m.merge_rule) from stg_fct_event_mentions m"
                    + " join stg_dim_articles a on a.article_id = m.article_id"
                    + " join stg_dim_actors a1 on a1.actor_id = m.actor1_id"
                    + " left join stg_dim_actors a2 on a2.actor_id = m.actor2_id")) {
      while (rows.next()) {
        evidence.add(
            new Evidence(
                rows.getString(1), words(rows.getString(2)), rows.getString(3), rows.getString(4)));
      }
    }
    return evidence;
  }

  /**
   * The mentions coded from a gold sentence: those of its article whose evidence shares {@link
   * #SENTENCE_MATCH} of its words with the gold sentence, both ways (the job may split or trim a
   * sentence differently).
   */
  private static List<Evidence> mentionsOf(List<Evidence> evidence, Side side) {
    List<String> gold = words(side.sentence());
    Set<String> goldWords = Set.copyOf(gold);
    List<Evidence> mentions = new ArrayList<>();
    for (Evidence mention : evidence) {
      if (!mention.url().equals(side.url()) || mention.words().isEmpty() || gold.isEmpty()) {
        continue;
      }
      Set<String> evidenceWords = Set.copyOf(mention.words());
      double ofEvidence =
          (double) mention.words().stream().filter(goldWords::contains).count()
              / mention.words().size();
      double ofGold = (double) gold.stream().filter(evidenceWords::contains).count() / gold.size();
      if (ofEvidence >= SENTENCE_MATCH && ofGold >= SENTENCE_MATCH) {
        mentions.add(mention);
      }
    }
    return mentions;
  }

  private static void writeArticles(
      Set<String> urls, Map<String, DedupGold.Article> articles, Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String url : urls) {
        DedupGold.Article article = articles.get(url);
        if (article == null) {
          throw new IllegalArgumentException(
              "The dedup gold names the article "
                  + url
                  + ", which is in none of "
                  + DedupGold.ARTICLE_FILES);
        }
        ObjectNode line = JSON.createObjectNode();
        line.put("id", url);
        line.put("url", url);
        line.put("source", "en.wikinews.org");
        line.put("title", article.title());
        line.put("published", article.date().toString());
        line.put("text", article.text());
        writer.write(JSON.writeValueAsString(line));
        writer.write('\n');
      }
    }
  }

  private static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
        .filter(word -> !word.isEmpty())
        .toList();
  }

  private static PairScore score(Map<Pair, Boolean> decisions) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    int hard = 0;
    Map<String, Long> falsePositivesByKind = new TreeMap<>();
    List<String> falseNegatives = new ArrayList<>();
    List<String> falsePositives = new ArrayList<>();
    for (Map.Entry<Pair, Boolean> decision : decisions.entrySet()) {
      Pair pair = decision.getKey();
      boolean same = decision.getValue();
      hard += pair.isHard() ? 1 : 0;
      if (same && pair.sameEvent()) {
        tp++;
      } else if (same) {
        fp++;
        falsePositivesByKind.merge(pair.kind(), 1L, Long::sum);
        falsePositives.add(pair.pairId());
      } else if (pair.sameEvent()) {
        fn++;
        falseNegatives.add(pair.pairId());
      }
    }
    return new PairScore(
        decisions.size(),
        hard,
        new Score(tp, fp, fn),
        falsePositivesByKind,
        falseNegatives,
        falsePositives);
  }

  /** The figures as printed, and as the dedup section of QUALITY.md ({@link DedupReport}). */
  public static String text(Result result) {
    return DedupReport.text(result);
  }
}
