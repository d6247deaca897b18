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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.newsevents.actors.ActorDictionary;
import org.newsevents.actors.ActorType;
import org.newsevents.bench.DedupGold.GoldEvent;
import org.newsevents.bench.DedupGold.Pair;
import org.newsevents.bench.DedupGold.Side;
import org.newsevents.bench.EventScorer.Score;
import org.newsevents.events.ActorRef;
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
   */
  public record SetScore(
      String folder, boolean heldOut, PairScore rules, PairScore pipeline, int goldPairs) {
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
      sets.add(
          new SetScore(
              folder,
              folder.equals(DedupGold.HELD_OUT_FOLDER),
              rules(pairs),
              pipeline(spark, pairs, articles),
              pairs.size()));
    }
    Result result = new Result(List.copyOf(sets), (System.nanoTime() - start) / 1e9);
    out.print(text(result));
    return result;
  }

  /** The merge rules alone, on mentions built from the gold events of every pair. */
  public static PairScore rules(List<Pair> pairs) {
    ActorDictionary dictionary = ActorDictionary.bundled();
    Map<Pair, Boolean> decisions = new LinkedHashMap<>();
    for (Pair pair : pairs) {
      ActorNames names = new ActorNames(pair, dictionary);
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
  static List<CodedMention> goldMentions(String id, Side side, GoldEvent event, ActorNames names) {
    List<CodedMention> mentions = new ArrayList<>();
    for (String source : members(event.source())) {
      for (String target : members(event.target())) {
        mentions.add(goldMention(id + "#" + mentions.size(), side, event, source, target, names));
      }
    }
    return mentions;
  }

  /** The actors a reader listed, separated by semicolons; one empty name when there is none. */
  private static List<String> members(String names) {
    List<String> members = new ArrayList<>();
    for (String name : names.split(";")) {
      if (!name.isBlank()) {
        members.add(name.strip());
      }
    }
    return members.isEmpty() ? List.of("") : members;
  }

  /**
   * A mention as the coder would give it if it coded what the reader did: actors by their words
   * ({@link ActorNames}), the gold code, and the gold date as the sentence's (day, month or year),
   * or, when the reader found none, the article's date standing in.
   */
  static CodedMention goldMention(
      String id, Side side, GoldEvent event, String source, String target, ActorNames names) {
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
        names.actor(source, eventDate),
        target.isEmpty() ? null : names.actor(target, eventDate),
        cameo,
        cameo.substring(0, 2),
        eventDate,
        precision,
        fromSentence,
        null,
        false);
  }

  /**
   * The actors of one pair, from the reader's words as the actors stage would resolve them with the
   * bundled dictionary: a name that is an alias is that actor ("Iran", "Mike Pompeo"); a country
   * followed by an agent noun is that country's sector ("Samoa government" and "Samoa cabinet" are
   * WSM GOV, "Hong Kong police" HKG COP); a country followed by other words is an actor of that
   * country ("US Department of Transportation"); an agent noun alone, or before an "of" phrase,
   * takes its role ("police officer", "attorneys general of sixteen states", see {@link
   * #agentOfTheRole}). A name that ends another name of the pair is that actor ("Lam" is "Carrie
   * Lam"). Other names are actors of their own words without a country. An actor found by alias
   * carries its code on the event's day, so that the deduplicator can match a body and its member
   * within one article.
   */
  static final class ActorNames {
    private final ActorDictionary dictionary;
    private final List<String> names = new ArrayList<>();

    ActorNames(Pair pair, ActorDictionary dictionary) {
      this.dictionary = dictionary;
      for (String name :
          List.of(
              pair.eventA().source(),
              pair.eventA().target(),
              pair.eventB().source(),
              pair.eventB().target())) {
        for (String member : members(name)) {
          if (!member.isEmpty()) {
            names.add(ActorDictionary.normalizeAlias(member));
          }
        }
      }
    }

    ActorRef actor(String name, LocalDate date) {
      String words = ActorDictionary.normalizeAlias(name);
      for (String other : names) {
        if (other.length() > words.length() && other.endsWith(" " + words)) {
          words = other;
        }
      }
      List<ActorDictionary.Entry> entries = dictionary.byAlias(words);
      if (entries.size() == 1) {
        ActorDictionary.Entry entry = entries.get(0);
        return new ActorRef(
            entry.key(),
            entry.countryCode(),
            entry.type() == ActorType.COUNTRY,
            dictionary.codeOn(entry.key(), date).map(ActorDictionary.Code::cameoCode).orElse(null),
            entry.type() == ActorType.PERSON);
      }
      Optional<LeadingCountry> country = leadingCountry(words);
      if (country.isPresent()) {
        return sectorOf(country.get())
            .orElse(new ActorRef(words, country.get().countryCode(), false));
      }
      return bareAgent(words)
          .map(role -> agentOfTheRole(role, date))
          .orElse(new ActorRef(words, null, false));
    }

    /**
     * The country that words begin with ("US Department of Transportation"), its longest alias
     * first, and the words after it; or empty.
     */
    private Optional<LeadingCountry> leadingCountry(String words) {
      List<String> tokens = List.of(words.split(" "));
      for (int length = tokens.size() - 1; length >= 1; length--) {
        List<ActorDictionary.Entry> country = dictionary.byAlias(tokens.subList(0, length));
        if (country.size() == 1 && country.get(0).type() == ActorType.COUNTRY) {
          return Optional.of(
              new LeadingCountry(
                  country.get(0).countryCode(),
                  String.join(" ", tokens.subList(length, tokens.size()))));
        }
      }
      return Optional.empty();
    }

    private record LeadingCountry(String countryCode, String rest) {}

    /**
     * The role of an agent noun with no country ("police officer", "pro-democracy lawmakers": the
     * last words that are an agent noun, else those of the words before an "of" phrase), or empty.
     */
    private Optional<String> bareAgent(String words) {
      List<String> tokens = List.of(words.split(" "));
      for (int from = 0; from < tokens.size(); from++) {
        Optional<String> role =
            dictionary.agentRole(String.join(" ", tokens.subList(from, tokens.size())));
        if (role.isPresent()) {
          return role;
        }
      }
      // Else the head of "attorneys general of sixteen states", before its "of" phrase.
      int of = words.indexOf(" of ");
      return of > 0 ? bareAgent(words.substring(0, of)) : Optional.empty();
    }

    /**
     * A bare agent noun as the actors stage resolves it, which gives a role noun its article's
     * country: here the country of an actor of the same role that the pair names ("police officer"
     * beside "Hong Kong police" is HKG COP), else the role with no country, one actor for the pair
     * ("protesting legislators" and "pro-democracy lawmakers").
     */
    private ActorRef agentOfTheRole(String role, LocalDate date) {
      for (String other : names) {
        ActorRef named = countryAndAgent(other);
        if (named != null && named.cameoCode() != null && named.cameoCode().endsWith(role)) {
          return named;
        }
      }
      // Or a dictionary actor of that role the pair names ("the House" beside "Adam Schiff",
      // USALEG), whose country the article is about.
      for (String other : names) {
        List<ActorDictionary.Entry> entries = dictionary.byAlias(other);
        if (entries.size() == 1 && entries.get(0).countryCode() != null) {
          String country = entries.get(0).countryCode();
          String code =
              dictionary
                  .codeOn(entries.get(0).key(), date)
                  .map(ActorDictionary.Code::cameoCode)
                  .orElse(null);
          if ((country + role).equals(code)) {
            return new ActorRef(country + "_" + role, country, false, code, false);
          }
        }
      }
      return new ActorRef("_" + role, null, false);
    }

    /** A country followed by an agent noun ("Hong Kong police"), or null. */
    private ActorRef countryAndAgent(String words) {
      return leadingCountry(words).flatMap(this::sectorOf).orElse(null);
    }

    /** The country's sector its words name after it ("police": HKG COP), or empty. */
    private Optional<ActorRef> sectorOf(LeadingCountry country) {
      String code = country.countryCode();
      return dictionary
          .agentRole(country.rest())
          .map(role -> new ActorRef(code + "_" + role, code, false, code + role, false));
    }
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

  /** The figures as printed, and as the dedup section of QUALITY.md. */
  public static String text(Result result) {
    StringBuilder text = new StringBuilder();
    text.append("## Deduplication\n\n")
        .append(
            "Pairwise same-event decisions on two gold sets of pairs of Wikinews sentences, each"
                + " pair marked same event or not, over half of them hard negatives (same actors"
                + " on different days, the same day and a different act). `"
                + DedupGold.FOLDER
                + "` was used for development: the merge rules were tuned on it (the one-day"
                + " tolerance between publication days on one of its pairs), so its figures are"
                + " in-sample. `"
                + DedupGold.HELD_OUT_FOLDER
                + "` was made the same way from other articles after the rules were written and"
                + " was not used to change them: its figures are the check.\n\n")
        .append("| gold set | scored how | pairs | hard | precision | recall | TP | FP | FN |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SetScore set : result.sets()) {
      text.append(row(set.name(), "merge rules on the gold events", set.rules()))
          .append(
              row(
                  set.name(),
                  "nightly job (pairs whose two sentences got a mention)",
                  set.pipeline()));
    }
    text.append('\n')
        .append(
            "Rules: each pair's two gold events (source, target, code, date) become mentions, one"
                + " per actor the reader listed, as the coder codes conjuncts, and the deduplicator"
                + " decides (the pair is one event when a mention of each side shares one); the"
                + " reader's actor words are resolved with the bundled actor dictionary (an alias"
                + " with its code on the day, a country and an agent noun, or an agent noun alone"
                + " (the head before an \"of\" phrase), which takes the country of an actor of its"
                + " role that the pair names, a dictionary actor included, as the actors stage"
                + " gives a role noun its article's country), and the gold date counts"
                + " as the sentence's. Pipeline: the pairs' articles run through the"
                + " nightly job, dated by their CSV date; a pair is \"same\" when a mention of each"
                + " sentence shares an event, and it is scored only when both sentences got a"
                + " mention (coverage: ");
    List<String> coverage = new ArrayList<>();
    for (SetScore set : result.sets()) {
      coverage.add(
          set.coveredPairs() + " of " + set.goldPairs() + " pairs of `" + set.folder() + "`");
    }
    text.append(String.join(", ", coverage)).append(").\n\n");
    for (SetScore set : result.sets()) {
      text.append(errors("Rules on `" + set.folder() + "`", set.rules()))
          .append(errors("Pipeline on `" + set.folder() + "`", set.pipeline()));
    }
    return text.toString();
  }

  private static String row(String set, String how, PairScore score) {
    Score counts = score.score();
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d | %d | %s | %s | %d | %d | %d |%n",
        set,
        how,
        score.pairs(),
        score.hardPairs(),
        share(counts.truePositives(), counts.truePositives() + counts.falsePositives()),
        share(counts.truePositives(), counts.truePositives() + counts.falseNegatives()),
        counts.truePositives(),
        counts.falsePositives(),
        counts.falseNegatives());
  }

  /** A share with two decimals, or "-" when there is nothing to divide by (no decision made). */
  private static String share(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
  }

  private static String errors(String who, PairScore score) {
    return who
        + ": false positives by kind "
        + score.falsePositivesByKind()
        + " "
        + score.falsePositives()
        + "; missed same pairs "
        + score.falseNegatives()
        + ".\n\n";
  }
}
