package org.newsevents.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Named-entity quality of {@link NlpPipeline} on two gold corpora with clean licences: the 24
 * Wikinews articles of GUM ({@code corpora/gum-news}) and Wikigold ({@code corpora/wikigold}).
 *
 * <p>Each gold document is turned back into text and annotated the way the nightly job annotates an
 * article: all paragraphs English, the document date when the corpus has one, and, unless asked
 * otherwise, NER only on the sentences {@link SentenceTriage} selects. Running it again with {@link
 * Triage#ALL_SENTENCES} shows what triage costs.
 *
 * <ul>
 *   <li><b>GUM</b>: the text is rebuilt from the word forms with the original spacing ({@code
 *       SpaceAfter=No}, also on multi-word tokens such as "Trump's"); {@code # newpar} starts a
 *       paragraph, and sentences inside a paragraph are joined by one space. The date is {@code #
 *       meta::dateCreated}. Entity mentions come from the {@code Entity=} brackets of the MISC
 *       column (nested, closed by entity id). GUM annotates every mention, named or not ("the
 *       president", "he"), so {@link GoldMentions} chooses which ones count: by default those that
 *       contain at least one proper-noun token (XPOS NNP/NNPS or UPOS PROPN).
 *   <li><b>Wikigold</b>: IO tags, so a span is a maximal run of one {@code I-} tag (two adjacent
 *       names of one type cannot be told apart, and are one span); tokens are joined by single
 *       spaces, one paragraph per sentence; no date.
 * </ul>
 *
 * <p>Gold types person/organization/place (GUM) and PER/ORG/LOC (Wikigold) are scored as PER, ORG
 * and LOC; CoreNLP's PERSON, ORGANIZATION and LOCATION (and STATE_OR_PROVINCE, COUNTRY, CITY, which
 * the coarse models do not emit) map to the same three. Everything else (GUM events, Wikigold MISC,
 * CoreNLP MISC, dates, numbers) is left out of the score on both sides. Mentions are aligned by
 * character offsets in the rebuilt text: <i>exact</i> means same type, same start and end;
 * <i>overlap</i> additionally pairs, one to one, the remaining predictions with a remaining gold
 * mention of the same type whose characters they share.
 *
 * <p>Reading the figures: GUM mentions are whole noun phrases ("the Sams", "U.S. President Donald
 * Trump's", "Castlefrank Road in Kanata, Ontario"), so on GUM the overlap figure says more than the
 * exact one. The predictions are the product's entity mentions as they are, and those include
 * CoreNLP's pronominal mentions ("he", "his", "her" typed PERSON), which cost PER precision on both
 * corpora; {@link #main} also prints the figures without them, as a what-if.
 */
public final class NerEvaluation {
  /**
   * Which sentences get NER here. The nightly job sends NER only the sentences that can hold an
   * event ({@link SentenceTriage#forEvents}); this evaluation measures name finding, so its triage
   * is the looser proper-noun rule, and the run without triage shows what that rule costs.
   */
  public enum Triage {
    SELECTED_SENTENCES(SentenceTriage.properNounAndVerb()),
    ALL_SENTENCES(SentenceTriage.everySentence());

    private final SentenceTriage sentenceTriage;

    Triage(SentenceTriage sentenceTriage) {
      this.sentenceTriage = sentenceTriage;
    }

    SentenceTriage sentenceTriage() {
      return sentenceTriage;
    }
  }

  private NerEvaluation() {}

  /** The types scored, in table order. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

  private static final Map<String, String> GUM_TYPES =
      Map.of("person", "PER", "organization", "ORG", "place", "LOC");
  private static final Map<String, String> WIKIGOLD_TYPES =
      Map.of("I-PER", "PER", "I-ORG", "ORG", "I-LOC", "LOC", "I-MISC", "MISC");
  private static final Map<String, String> CORENLP_TYPES =
      Map.of(
          "PERSON", "PER",
          "ORGANIZATION", "ORG",
          "LOCATION", "LOC",
          "STATE_OR_PROVINCE", "LOC",
          "COUNTRY", "LOC",
          "CITY", "LOC");

  /** Which of GUM's person, organization and place mentions count as gold named entities. */
  public enum GoldMentions {
    /**
     * Mentions with at least one proper-noun token: "Donald Trump", "US President Donald Trump",
     * "Kabul's mayor".
     */
    WITH_PROPER_NOUN(GoldMention::hasProperNoun),
    /**
     * Mentions whose syntactic head is a proper noun: "Donald Trump", not "Kabul's mayor" nor "the
     * US president".
     */
    PROPER_NOUN_HEAD(GoldMention::properNounHead),
    /**
     * Every mention, pronouns and common nouns included: an upper bound on what an NER cannot find.
     */
    ALL(mention -> true);

    private final Predicate<GoldMention> counts;

    GoldMentions(Predicate<GoldMention> counts) {
      this.counts = counts;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Records

  /** An entity mention: a type and the characters [start, end) of the document text. */
  public record Span(String type, int start, int end) {
    boolean overlaps(int otherStart, int otherEnd) {
      return start < otherEnd && otherStart < end;
    }

    boolean overlaps(Span other) {
      return overlaps(other.start, other.end);
    }

    boolean sameRange(Span other) {
      return start == other.start && end == other.end;
    }
  }

  /** A gold mention with what {@link GoldMentions} filters on; Wikigold names are always proper. */
  public record GoldMention(Span span, boolean hasProperNoun, boolean properNounHead) {}

  /**
   * A gold document as the pipeline gets it: paragraphs (the text is them joined by blank lines, as
   * {@link NlpPipeline#annotate} counts offsets) and gold mentions of every type, scored or not.
   */
  public record Document(
      String id, List<String> paragraphs, LocalDate date, int tokens, List<GoldMention> gold) {
    String text() {
      return String.join("\n\n", paragraphs);
    }

    public List<Span> goldSpans(GoldMentions variant) {
      return gold.stream().filter(variant.counts).map(GoldMention::span).toList();
    }
  }

  /** A character range of the document text. */
  record CharRange(int start, int end) {}

  /**
   * What the pipeline found in one document: every entity mention (types mapped to PER/ORG/LOC
   * where they map, raw CoreNLP types otherwise), which of them are pronouns (the pipeline drops
   * CoreNLP's pronominal PERSON mentions, so this stays empty unless that changes), and the
   * sentences triage kept away from NER.
   */
  record Prediction(List<Span> entities, Set<Span> pronouns, List<CharRange> skippedSentences) {}

  /**
   * The pipeline's output for a corpus: how many sentences and tokens it found and sent to NER, and
   * the wall-clock seconds it took (models already loaded).
   */
  record Annotations(
      Triage triage,
      List<Prediction> predictions,
      int sentences,
      int nerSentences,
      long tokens,
      long nerTokens,
      double seconds) {

    String describe() {
      return String.format(
          Locale.ROOT,
          "%s: NER on %d of %d sentences (%.0f%%) and %d of %d tokens (%.0f%%), %.1f s",
          triageLabel(triage),
          nerSentences,
          sentences,
          100.0 * nerSentences / Math.max(1, sentences),
          nerTokens,
          tokens,
          100.0 * nerTokens / Math.max(1, tokens),
          seconds);
    }
  }

  /**
   * True positives, false positives and false negatives of one type (or of all, micro-averaged).
   */
  public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    static final Counts ZERO = new Counts(0, 0, 0);

    Counts plus(Counts other) {
      return new Counts(
          truePositives + other.truePositives,
          falsePositives + other.falsePositives,
          falseNegatives + other.falseNegatives);
    }

    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int numerator, int denominator) {
      return denominator == 0 ? 0 : (double) numerator / denominator;
    }
  }

  /**
   * The figures of one run: per type ({@link #TYPES}) and micro-averaged, under exact and overlap
   * matching.
   *
   * @param seconds wall-clock seconds of annotation, model loading excluded
   */
  public record Score(
      String label,
      int documents,
      long tokens,
      double seconds,
      Map<String, Counts> exact,
      Map<String, Counts> overlap) {
    public Counts microExact() {
      return micro(exact);
    }

    public Counts microOverlap() {
      return micro(overlap);
    }

    private static Counts micro(Map<String, Counts> byType) {
      return byType.values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    /** A small table: one row per type and a micro row, exact then overlap figures. */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "%s%n  %d documents, %d tokens, %.1f s (%.0f tokens/s)%n",
              label,
              documents,
              tokens,
              seconds,
              seconds == 0 ? 0 : tokens / seconds));
      out.append(
          "         ------------ exact span ------------   -------------- overlap -------------\n"
              + "  type      P      R     F1    TP    FP    FN      P      R     F1    TP    FP    FN\n");
      for (String type : TYPES) {
        appendRow(
            out,
            type,
            exact.getOrDefault(type, Counts.ZERO),
            overlap.getOrDefault(type, Counts.ZERO));
      }
      appendRow(out, "micro", microExact(), microOverlap());
      return out.toString();
    }

    private static void appendRow(StringBuilder out, String name, Counts exact, Counts overlap) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-5s %6.3f %6.3f %6.3f %5d %5d %5d  %6.3f %6.3f %6.3f %5d %5d %5d%n",
              name,
              exact.precision(),
              exact.recall(),
              exact.f1(),
              exact.truePositives(),
              exact.falsePositives(),
              exact.falseNegatives(),
              overlap.precision(),
              overlap.recall(),
              overlap.f1(),
              overlap.truePositives(),
              overlap.falsePositives(),
              overlap.falseNegatives()));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Entry points

  /** The product as it runs (triage on), against GUM mentions that contain a proper noun. */
  public static Score evaluateGum(Path gumDir) {
    return evaluateGum(gumDir, Triage.SELECTED_SENTENCES, GoldMentions.WITH_PROPER_NOUN);
  }

  /** GUM with a chosen triage mode and gold variant; annotates the corpus once per call. */
  public static Score evaluateGum(Path gumDir, Triage triage, GoldMentions variant) {
    List<Document> documents = readGum(gumDir);
    return score(gumLabel(variant, triage), documents, variant, annotate(documents, triage));
  }

  /** The product as it runs (triage on), on all of Wikigold. */
  public static Score evaluateWikigold(Path wikigoldDir) {
    return evaluateWikigold(wikigoldDir, Triage.SELECTED_SENTENCES);
  }

  /**
   * All of Wikigold with a chosen triage mode (Wikigold annotates names only, so there is no gold
   * variant).
   */
  public static Score evaluateWikigold(Path wikigoldDir, Triage triage) {
    List<Document> documents = readWikigold(wikigoldDir);
    return score(
        wikigoldLabel("all documents", triage),
        documents,
        GoldMentions.ALL,
        annotate(documents, triage));
  }

  /**
   * Prints every figure: {@code NerEvaluation <shared folder>} (default {@code ../shared}), the
   * folder holding {@code corpora/gum-news} and {@code corpora/wikigold}. Each corpus is annotated
   * once per triage mode and scored against each gold variant; then the errors of the product
   * setting are broken down, with examples.
   */
  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    long loadStart = System.nanoTime();
    NlpPipeline.get();
    System.out.printf(Locale.ROOT, "CoreNLP models loaded in %.1f s%n", secondsSince(loadStart));
    List<Document> gum = readGum(shared.resolve("corpora/gum-news"));
    List<Document> wikigold = readWikigold(shared.resolve("corpora/wikigold"));
    // The first documents run with a cold JIT; without a warm-up, whichever mode ran first would
    // look slower.
    long warmUpStart = System.nanoTime();
    annotate(wikigold.subList(0, Math.min(10, wikigold.size())), Triage.ALL_SENTENCES);
    System.out.printf(
        Locale.ROOT,
        "warm-up (10 wikigold documents, not scored) %.1f s%n%n",
        secondsSince(warmUpStart));

    Map<Triage, Annotations> gumRuns = annotateBothWays(gum);
    Map<Triage, Annotations> wikigoldRuns = annotateBothWays(wikigold);
    System.out.println("gum-news:");
    gumRuns.values().forEach(run -> System.out.println("  " + run.describe()));
    System.out.println("wikigold:");
    wikigoldRuns.values().forEach(run -> System.out.println("  " + run.describe()));
    System.out.println();
    for (GoldMentions variant : GoldMentions.values()) {
      for (Triage triage : Triage.values()) {
        System.out.println(
            score(gumLabel(variant, triage), gum, variant, gumRuns.get(triage)).format());
      }
    }
    for (Triage triage : Triage.values()) {
      System.out.println(
          score(
                  wikigoldLabel("all documents", triage),
                  wikigold,
                  GoldMentions.ALL,
                  wikigoldRuns.get(triage))
              .format());
    }

    System.out.println("Errors, triage on (exact matching):");
    System.out.println(
        errorReport(
            "gum-news, gold = mentions with a proper noun",
            gum,
            GoldMentions.WITH_PROPER_NOUN,
            gumRuns.get(Triage.SELECTED_SENTENCES),
            4));
    System.out.println(
        errorReport(
            "wikigold",
            wikigold,
            GoldMentions.ALL,
            wikigoldRuns.get(Triage.SELECTED_SENTENCES),
            4));
  }

  static String gumLabel(GoldMentions variant, Triage triage) {
    String gold =
        switch (variant) {
          case WITH_PROPER_NOUN -> "mentions with a proper noun";
          case PROPER_NOUN_HEAD -> "mentions headed by a proper noun";
          case ALL -> "all person/organization/place mentions";
        };
    return "gum-news, gold = " + gold + ", " + triageLabel(triage);
  }

  static String wikigoldLabel(String subset, Triage triage) {
    return "wikigold, " + subset + ", " + triageLabel(triage);
  }

  private static String triageLabel(Triage triage) {
    return switch (triage) {
      case SELECTED_SENTENCES -> "name triage on (NER on sentences with a proper noun and a verb)";
      case ALL_SENTENCES -> "triage off (NER on every sentence)";
    };
  }

  private static Map<Triage, Annotations> annotateBothWays(List<Document> documents) {
    Map<Triage, Annotations> runs = new LinkedHashMap<>();
    for (Triage triage : Triage.values()) {
      runs.put(triage, annotate(documents, triage));
    }
    return runs;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Annotation and scoring

  /** Runs the pipeline over the documents; the models are loaded before the clock starts. */
  static Annotations annotate(List<Document> documents, Triage triage) {
    NlpPipeline pipeline = NlpPipeline.get();
    long start = System.nanoTime();
    List<Prediction> predictions = new ArrayList<>(documents.size());
    int sentences = 0;
    int nerSentences = 0;
    long tokens = 0;
    long nerTokens = 0;
    for (Document document : documents) {
      List<Integer> allParagraphs =
          IntStream.range(0, document.paragraphs().size()).boxed().toList();
      AnnotatedArticle article =
          pipeline.annotate(
              document.id(),
              document.paragraphs(),
              allParagraphs,
              document.date(),
              triage.sentenceTriage());
      List<Span> entities = new ArrayList<>();
      Set<Span> pronouns = new HashSet<>();
      List<CharRange> skipped = new ArrayList<>();
      for (Sentence sentence : article.sentences()) {
        sentences++;
        tokens += sentence.tokens().size();
        if (sentence.named()) {
          nerSentences++;
          nerTokens += sentence.tokens().size();
        } else {
          skipped.add(new CharRange(sentence.charStart(), sentence.charEnd()));
        }
        for (EntityMention mention : sentence.entities()) {
          Span span = new Span(scoredType(mention), mention.charStart(), mention.charEnd());
          entities.add(span);
          if (sentence.tokens().subList(mention.tokenStart(), mention.tokenEnd()).stream()
              .allMatch(t -> t.pos().startsWith("PRP"))) {
            pronouns.add(span);
          }
        }
      }
      predictions.add(new Prediction(entities, pronouns, skipped));
    }
    return new Annotations(
        triage, predictions, sentences, nerSentences, tokens, nerTokens, secondsSince(start));
  }

  /** The scored type of a CoreNLP entity mention (PER, ORG, LOC), or its own type otherwise. */
  public static String scoredType(EntityMention mention) {
    return CORENLP_TYPES.getOrDefault(mention.type(), mention.type());
  }

  static Score score(
      String label, List<Document> documents, GoldMentions variant, Annotations annotations) {
    List<List<Span>> gold = documents.stream().map(d -> d.goldSpans(variant)).toList();
    List<List<Span>> predicted =
        annotations.predictions().stream().map(Prediction::entities).toList();
    long tokens = documents.stream().mapToLong(Document::tokens).sum();
    return compare(label, gold, predicted, tokens, annotations.seconds());
  }

  /**
   * Scores predicted against gold mentions, document by document (the two lists are parallel).
   * Mentions of types outside {@link #TYPES} are dropped from both sides first.
   */
  public static Score compare(
      String label,
      List<List<Span>> gold,
      List<List<Span>> predicted,
      long tokens,
      double seconds) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold documents but " + predicted.size() + " predicted");
    }
    Map<String, Counts> exact = new LinkedHashMap<>();
    Map<String, Counts> overlap = new LinkedHashMap<>();
    for (String type : TYPES) {
      exact.put(type, Counts.ZERO);
      overlap.put(type, Counts.ZERO);
    }
    for (int d = 0; d < gold.size(); d++) {
      List<Span> goldSpans = scored(gold.get(d));
      List<Span> predictedSpans = scored(predicted.get(d));
      count(goldSpans, predictedSpans, match(goldSpans, predictedSpans, false), exact);
      count(goldSpans, predictedSpans, match(goldSpans, predictedSpans, true), overlap);
    }
    return new Score(label, gold.size(), tokens, seconds, exact, overlap);
  }

  private static List<Span> scored(List<Span> spans) {
    return spans.stream().filter(s -> TYPES.contains(s.type())).toList();
  }

  /**
   * Pairs predictions with gold mentions one to one: exact pairs (same type and range) first, then,
   * when {@code allowOverlap}, the remaining predictions and gold mentions of the same type that
   * share characters, the pairs sharing most first. Returns, for each prediction, the index of its
   * gold mention or -1.
   */
  static int[] match(List<Span> gold, List<Span> predicted, boolean allowOverlap) {
    int[] goldOf = new int[predicted.size()];
    boolean[] goldUsed = new boolean[gold.size()];
    for (int p = 0; p < predicted.size(); p++) {
      goldOf[p] = -1;
      for (int g = 0; g < gold.size(); g++) {
        if (!goldUsed[g] && gold.get(g).equals(predicted.get(p))) {
          goldOf[p] = g;
          goldUsed[g] = true;
          break;
        }
      }
    }
    if (allowOverlap) {
      // Largest shared part first, so that a fragment does not take the gold mention a near-exact
      // prediction covers.
      List<int[]> candidates = new ArrayList<>();
      for (int p = 0; p < predicted.size(); p++) {
        for (int g = 0; g < gold.size(); g++) {
          Span prediction = predicted.get(p);
          Span candidate = gold.get(g);
          int shared =
              Math.min(candidate.end(), prediction.end())
                  - Math.max(candidate.start(), prediction.start());
          if (goldOf[p] < 0
              && !goldUsed[g]
              && shared > 0
              && candidate.type().equals(prediction.type())) {
            candidates.add(new int[] {p, g, shared});
          }
        }
      }
      candidates.sort(Comparator.comparingInt((int[] c) -> -c[2]).thenComparingInt(c -> c[0]));
      for (int[] pair : candidates) {
        if (goldOf[pair[0]] < 0 && !goldUsed[pair[1]]) {
          goldOf[pair[0]] = pair[1];
          goldUsed[pair[1]] = true;
        }
      }
    }
    return goldOf;
  }

  private static void count(
      List<Span> gold, List<Span> predicted, int[] goldOf, Map<String, Counts> byType) {
    boolean[] goldMatched = new boolean[gold.size()];
    for (int p = 0; p < predicted.size(); p++) {
      String type = predicted.get(p).type();
      if (goldOf[p] >= 0) {
        goldMatched[goldOf[p]] = true;
        byType.merge(type, new Counts(1, 0, 0), Counts::plus);
      } else {
        byType.merge(type, new Counts(0, 1, 0), Counts::plus);
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!goldMatched[g]) {
        byType.merge(gold.get(g).type(), new Counts(0, 0, 1), Counts::plus);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Error analysis (for main): why each exact-match error happened, with examples.

  /**
   * Sorts the exact-match errors into kinds: a missed gold mention lies in a sentence triage
   * skipped, or has a prediction with the same range but another type, or an overlapping one
   * (boundary), or nothing; a spurious prediction either covers a gold mention the score leaves out
   * (another type, or filtered by the variant) or nothing at all. Predictions that pair with a
   * missed gold mention are reported on the gold side only.
   */
  static String errorReport(
      String label,
      List<Document> documents,
      GoldMentions variant,
      Annotations annotations,
      int examplesPerKind) {
    Map<String, List<String>> examples = new LinkedHashMap<>();
    for (String kind :
        List.of(
            "missed: sentence skipped by triage",
            "missed: same range, other type",
            "missed: boundary, same type",
            "missed: boundary and type",
            "missed: nothing predicted there",
            "spurious: a pronoun (CoreNLP pronominal mention)",
            "spurious: gold has an unscored mention there",
            "spurious: no gold mention there")) {
      examples.put(kind, new ArrayList<>());
    }
    for (int d = 0; d < documents.size(); d++) {
      Document document = documents.get(d);
      String text = document.text();
      Prediction prediction = annotations.predictions().get(d);
      List<Span> gold = scored(document.goldSpans(variant));
      List<Span> predicted = scored(prediction.entities());
      int[] goldOf = match(gold, predicted, false);
      boolean[] goldMatched = new boolean[gold.size()];
      for (int g : goldOf) {
        if (g >= 0) {
          goldMatched[g] = true;
        }
      }
      for (int g = 0; g < gold.size(); g++) {
        if (goldMatched[g]) {
          continue;
        }
        Span missed = gold.get(g);
        String kind;
        Span near = null;
        if (prediction.skippedSentences().stream()
            .anyMatch(s -> missed.overlaps(s.start(), s.end()))) {
          kind = "missed: sentence skipped by triage";
        } else if ((near = first(prediction.entities(), p -> p.sameRange(missed))) != null) {
          kind = "missed: same range, other type";
        } else if ((near =
                first(predicted, p -> p.type().equals(missed.type()) && p.overlaps(missed)))
            != null) {
          kind = "missed: boundary, same type";
        } else if ((near = first(prediction.entities(), p -> p.overlaps(missed))) != null) {
          kind = "missed: boundary and type";
        } else {
          kind = "missed: nothing predicted there";
        }
        examples
            .get(kind)
            .add(
                document.id()
                    + ": gold "
                    + describe(missed, text)
                    + (near == null ? "" : ", predicted " + describe(near, text)));
      }
      for (int p = 0; p < predicted.size(); p++) {
        Span spurious = predicted.get(p);
        if (goldOf[p] >= 0 || gold.stream().anyMatch(spurious::overlaps)) {
          continue;
        }
        Span unscored =
            document.gold().stream()
                .map(GoldMention::span)
                .filter(spurious::overlaps)
                .findFirst()
                .orElse(null);
        String kind =
            prediction.pronouns().contains(spurious)
                ? "spurious: a pronoun (CoreNLP pronominal mention)"
                : unscored == null
                    ? "spurious: no gold mention there"
                    : "spurious: gold has an unscored mention there";
        examples
            .get(kind)
            .add(
                document.id()
                    + ": predicted "
                    + describe(spurious, text)
                    + (unscored == null ? "" : ", gold " + describe(unscored, text)));
      }
    }
    StringBuilder out = new StringBuilder(label + ", " + triageLabel(annotations.triage()) + "\n");
    for (Map.Entry<String, List<String>> kind : examples.entrySet()) {
      out.append(
          String.format(Locale.ROOT, "  %-50s %5d%n", kind.getKey(), kind.getValue().size()));
      // Spread the examples over the corpus rather than showing the first document's.
      List<String> found = kind.getValue();
      int step = Math.max(1, found.size() / Math.max(1, examplesPerKind));
      for (int i = 0; i < found.size() && i / step < examplesPerKind; i += step) {
        out.append("      ").append(found.get(i)).append('\n');
      }
    }
    return out.toString();
  }

  private static Span first(List<Span> spans, Predicate<Span> condition) {
    return spans.stream().filter(condition).findFirst().orElse(null);
  }

  private static String describe(Span span, String text) {
    return span.type() + " \"" + text.substring(span.start(), span.end()).replace('\n', ' ') + "\"";
  }

  // ---------------------------------------------------------------------------------------------------------------
  // GUM (CoNLL-U)

  /** The GUM news documents of a folder, in file-name order. */
  public static List<Document> readGum(Path gumDir) {
    try (Stream<Path> files = Files.list(gumDir)) {
      List<Path> conllu =
          files.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().toList();
      if (conllu.isEmpty()) {
        throw new IllegalArgumentException("no .conllu files in " + gumDir);
      }
      List<Document> documents = new ArrayList<>();
      for (Path file : conllu) {
        String name = file.getFileName().toString().replaceFirst("\\.conllu$", "");
        documents.add(parseGum(name, Files.readAllLines(file, StandardCharsets.UTF_8)));
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One bracket of an {@code Entity=} value: opens and/or closes a mention of an entity; type only
   * on opening.
   */
  record EntityBracket(String entityId, String type, boolean opens, boolean closes) {}

  /**
   * Splits an {@code Entity=} value such as {@code (8-time-new-nnnnn-cf2-1-coref)7)} into brackets:
   * {@code (8-time-...)} opens and closes a one-word mention of entity 8, {@code 7)} closes the
   * innermost open mention of entity 7. The fields after the type (information status, salience,
   * Wikipedia link, ...) are not needed here.
   */
  static List<EntityBracket> parseEntityBrackets(String value) {
    List<EntityBracket> brackets = new ArrayList<>();
    int i = 0;
    while (i < value.length()) {
      if (value.charAt(i) == '(') {
        int end = i + 1;
        while (end < value.length() && value.charAt(end) != '(' && value.charAt(end) != ')') {
          end++;
        }
        String[] fields = value.substring(i + 1, end).split("-", 3);
        if (fields.length < 2) {
          throw new IllegalArgumentException("entity bracket without a type: " + value);
        }
        boolean closes = end < value.length() && value.charAt(end) == ')';
        brackets.add(new EntityBracket(fields[0], fields[1], true, closes));
        i = closes ? end + 1 : end;
      } else {
        int end = value.indexOf(')', i);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated entity bracket in " + value);
        }
        brackets.add(new EntityBracket(value.substring(i, end), null, false, true));
        i = end + 1;
      }
    }
    return brackets;
  }

  /**
   * A word of a GUM document: its characters in the rebuilt text, POS, and its head's word index
   * (-1 for root).
   */
  private record GumWord(int start, int end, String upos, String xpos, int head) {
    boolean properNoun() {
      return upos.equals("PROPN") || xpos.equals("NNP") || xpos.equals("NNPS");
    }
  }

  private record OpenMention(String entityId, String type, int firstWord) {}

  /**
   * Parses one CoNLL-U document of GUM into rebuilt text and gold mentions; see the class comment.
   */
  static Document parseGum(String fallbackId, List<String> lines) {
    String id = fallbackId;
    LocalDate date = null;
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    int paragraphOffset = 0;
    boolean spaceBefore = false;
    List<GumWord> words = new ArrayList<>();
    int sentenceStart = 0;
    int multiWordEnd = -1;
    boolean multiWordSpaceAfter = true;
    Deque<OpenMention> open = new ArrayDeque<>();
    List<int[]> mentionWords = new ArrayList<>();
    List<String> mentionTypes = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        sentenceStart = words.size();
        multiWordEnd = -1;
        // Sentences of one paragraph are separated by a space even where the last word has
        // SpaceAfter=No.
        spaceBefore = true;
        continue;
      }
      if (line.startsWith("#")) {
        if (line.startsWith("# newdoc id =")) {
          id = commentValue(line);
        } else if (line.startsWith("# meta::dateCreated =")) {
          String value = commentValue(line);
          date = LocalDate.parse(value.substring(0, Math.min(10, value.length())));
        } else if (line.equals("# newpar") || line.startsWith("# newpar ")) {
          if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraphOffset += paragraph.length() + 2;
            paragraph.setLength(0);
          }
          spaceBefore = false;
        }
        // Everything else, the LLM-written meta::summary lines included, is not text.
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 10) {
        throw new IllegalArgumentException(id + ": not a CoNLL-U word line: " + line);
      }
      String wordId = columns[0];
      if (wordId.contains(".")) {
        continue; // an empty node of the enhanced graph, not in the text
      }
      if (wordId.contains("-")) {
        // A multi-word token ("Trump's" = Trump + 's): its words spell it out, and its line holds
        // the spacing.
        multiWordEnd = Integer.parseInt(wordId.substring(wordId.indexOf('-') + 1));
        multiWordSpaceAfter = !miscValues(columns[9], "SpaceAfter").contains("No");
        continue;
      }
      int wordNo = Integer.parseInt(wordId);
      if (spaceBefore && paragraph.length() > 0) {
        paragraph.append(' ');
      }
      int start = paragraphOffset + paragraph.length();
      paragraph.append(columns[1]);
      boolean spaceAfter = !miscValues(columns[9], "SpaceAfter").contains("No");
      if (wordNo <= multiWordEnd) {
        spaceAfter = wordNo == multiWordEnd && multiWordSpaceAfter;
      }
      spaceBefore = spaceAfter;
      boolean root = columns[6].equals("_") || columns[6].equals("0");
      int head = root ? -1 : sentenceStart + Integer.parseInt(columns[6]) - 1;
      words.add(
          new GumWord(start, paragraphOffset + paragraph.length(), columns[3], columns[4], head));
      int wordIndex = words.size() - 1;
      for (String entityValue : miscValues(columns[9], "Entity")) {
        for (EntityBracket bracket : parseEntityBrackets(entityValue)) {
          if (bracket.opens()) {
            open.push(new OpenMention(bracket.entityId(), bracket.type(), wordIndex));
          }
          if (bracket.closes()) {
            OpenMention closed = removeInnermost(open, bracket.entityId(), id);
            mentionWords.add(new int[] {closed.firstWord(), wordIndex});
            mentionTypes.add(closed.type());
          }
        }
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalArgumentException(
          id + ": entity " + open.peek().entityId() + " is never closed");
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }
    // Identical nested mentions (same range and type, two entity ids) are one name to an NER.
    LinkedHashSet<GoldMention> gold = new LinkedHashSet<>();
    for (int m = 0; m < mentionWords.size(); m++) {
      int first = mentionWords.get(m)[0];
      int last = mentionWords.get(m)[1];
      String type = GUM_TYPES.getOrDefault(mentionTypes.get(m), mentionTypes.get(m));
      Span span = new Span(type, words.get(first).start(), words.get(last).end());
      boolean hasProperNoun = words.subList(first, last + 1).stream().anyMatch(GumWord::properNoun);
      gold.add(new GoldMention(span, hasProperNoun, headOf(words, first, last).properNoun()));
    }
    return new Document(id, paragraphs, date, words.size(), List.copyOf(gold));
  }

  /** The mention's syntactic head: its first word whose head lies outside it. */
  private static GumWord headOf(List<GumWord> words, int first, int last) {
    for (int w = first; w <= last; w++) {
      int head = words.get(w).head();
      if (head < first || head > last) {
        return words.get(w);
      }
    }
    return words.get(first);
  }

  private static OpenMention removeInnermost(
      Deque<OpenMention> open, String entityId, String documentId) {
    for (Iterator<OpenMention> it = open.iterator(); it.hasNext(); ) {
      OpenMention mention = it.next();
      if (mention.entityId().equals(entityId)) {
        it.remove();
        return mention;
      }
    }
    throw new IllegalArgumentException(
        documentId + ": entity " + entityId + " is closed but not open");
  }

  private static String commentValue(String line) {
    return line.substring(line.indexOf('=') + 1).strip();
  }

  /** The values of {@code key=value} items in a MISC column ({@code _} when empty). */
  private static List<String> miscValues(String misc, String key) {
    List<String> values = new ArrayList<>();
    if (misc.equals("_")) {
      return values;
    }
    String prefix = key + "=";
    for (String item : misc.split("\\|")) {
      if (item.startsWith(prefix)) {
        values.add(item.substring(prefix.length()));
      }
    }
    return values;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Wikigold (CoNLL, IO tags)

  public static List<Document> readWikigold(Path wikigoldDir) {
    try {
      return parseWikigold(
          Files.readAllLines(wikigoldDir.resolve("wikigold.conll.txt"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses {@code token TAG} lines: blank lines end sentences, {@code -DOCSTART-} lines separate
   * documents (the first has none; an empty one, like the file's trailing marker, is dropped).
   * Documents are numbered from 1.
   */
  static List<Document> parseWikigold(List<String> lines) {
    List<Document> documents = new ArrayList<>();
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("-DOCSTART-")) {
        endSentence(sentence, sentences);
        addWikigoldDocument(sentences, documents);
        continue;
      }
      if (line.isBlank()) {
        endSentence(sentence, sentences);
        continue;
      }
      int space = line.lastIndexOf(' ');
      if (space <= 0) {
        throw new IllegalArgumentException("not a 'token TAG' line: " + line);
      }
      sentence.add(new String[] {line.substring(0, space), line.substring(space + 1)});
    }
    endSentence(sentence, sentences);
    addWikigoldDocument(sentences, documents);
    return documents;
  }

  private static void endSentence(List<String[]> sentence, List<List<String[]>> sentences) {
    if (!sentence.isEmpty()) {
      sentences.add(List.copyOf(sentence));
      sentence.clear();
    }
  }

  private static void addWikigoldDocument(
      List<List<String[]>> sentences, List<Document> documents) {
    if (sentences.isEmpty()) {
      return;
    }
    List<String> paragraphs = new ArrayList<>();
    List<GoldMention> gold = new ArrayList<>();
    int tokens = 0;
    int paragraphOffset = 0;
    for (List<String[]> sentence : sentences) {
      StringBuilder paragraph = new StringBuilder();
      String runTag = "O";
      int runStart = 0;
      for (String[] tokenAndTag : sentence) {
        if (paragraph.length() > 0) {
          paragraph.append(' ');
        }
        int start = paragraphOffset + paragraph.length();
        String tag = tokenAndTag[1];
        if (!tag.equals(runTag)) {
          addRun(runTag, runStart, start - 1, gold);
          runTag = tag;
          runStart = start;
        }
        paragraph.append(tokenAndTag[0]);
        tokens++;
      }
      addRun(runTag, runStart, paragraphOffset + paragraph.length(), gold);
      paragraphs.add(paragraph.toString());
      paragraphOffset += paragraph.length() + 2;
    }
    documents.add(
        new Document(
            "wikigold-" + (documents.size() + 1), paragraphs, null, tokens, List.copyOf(gold)));
    sentences.clear();
  }

  private static void addRun(String tag, int start, int end, List<GoldMention> gold) {
    if (tag.equals("O")) {
      return;
    }
    String type = WIKIGOLD_TYPES.get(tag);
    if (type == null) {
      throw new IllegalArgumentException("unknown Wikigold tag " + tag);
    }
    gold.add(new GoldMention(new Span(type, start, end), true, true));
  }

  private static double secondsSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e9;
  }
}
