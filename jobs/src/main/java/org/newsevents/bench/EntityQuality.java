package org.newsevents.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ActorResolver;
import org.newsevents.actors.ResolvedActor;
import org.newsevents.job.ReferenceData;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.EntityMention;
import org.newsevents.nlp.NerEvaluation;
import org.newsevents.nlp.NerEvaluation.Counts;
import org.newsevents.nlp.NerEvaluation.Document;
import org.newsevents.nlp.NerEvaluation.GoldMentions;
import org.newsevents.nlp.NerEvaluation.Score;
import org.newsevents.nlp.NerEvaluation.Span;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;

/**
 * Named entities as the nightly job finds them, on GUM's Wikinews articles and on Wikigold: CoreNLP
 * NER under the job's own triage ({@link SentenceTriage#forEvents}, the sentences the job sends to
 * NER), and the actors of {@code fct_actor_mentions} (what {@link ActorResolver} makes of every
 * sentence, dictionary names in sentences NER never sees included).
 *
 * <p>Actor mentions are scored against the gold names whatever their type: an actor mention counts
 * for the gold mention it overlaps most, since the schemes differ ("Australian women" is a group of
 * people in GUM, a country sector in CAMEO; "the White House" a place in GUM, the US government
 * here); one that overlaps none is a false positive of its own type (a person actor PER; an
 * organisation, IGO, armed group or sector ORG; a country LOC). A mention resolved from a pronoun,
 * an implied agent or a lower-case role noun ("the president") names no one, so it is left out:
 * this measures names. Matching is by overlap ({@link NerEvaluation#compare}), since a gold mention
 * is a whole noun phrase ("U.S. President Donald Trump") and an actor mention its name ("Donald
 * Trump").
 */
public final class EntityQuality {
  private EntityQuality() {}

  /** One corpus: NER under the job's triage, and the resolver's named actors. */
  public record Result(String corpus, Score ner, Score actors) {}

  private static final Set<String> UNNAMED_METHODS =
      Set.of("pronoun", "implied-agent", "implied-patient");

  private static final Map<String, String> ACTOR_TYPES =
      Map.of(
          "person", "PER",
          "organization", "ORG",
          "igo", "ORG",
          "group", "ORG",
          "sector", "ORG",
          "country", "LOC");

  /**
   * GUM's half of a document, fixed by the document's name before any miss was read: the even
   * CRC-32 values are the development half, on whose misses the resolver's and triage's rules may
   * be written; the odd ones are the test half, held out like Wikigold.
   */
  public enum GumHalf {
    DEV("development half"),
    TEST("held-out test half");

    private final String description;

    GumHalf(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }

    /** The half a GUM document belongs to, by its name ("GUM_news_afghan"). */
    public static GumHalf of(String documentId) {
      CRC32 crc = new CRC32();
      crc.update(documentId.getBytes(StandardCharsets.UTF_8));
      return crc.getValue() % 2 == 0 ? DEV : TEST;
    }
  }

  private static final String GUM = "GUM news (Wikinews; gold: mentions with a proper noun)";

  /** Scores GUM news (whole and by half; gold: mentions with a proper noun) and all of Wikigold. */
  public static List<Result> run(Path shared) {
    List<Document> gum = NerEvaluation.readGum(shared.resolve("corpora/gum-news"));
    List<Annotated> gumAnnotated = annotate(gum, GoldMentions.WITH_PROPER_NOUN);
    List<Result> results = new ArrayList<>();
    results.add(compare(GUM.replace("Wikinews", gum.size() + " Wikinews articles"), gumAnnotated));
    for (GumHalf half : GumHalf.values()) {
      List<Annotated> inHalf =
          gumAnnotated.stream().filter(d -> GumHalf.of(d.documentId()) == half).toList();
      results.add(
          compare(
              GUM.replace("Wikinews", inHalf.size() + " Wikinews articles, " + half.description()),
              inHalf));
    }
    results.add(
        score(
            "Wikigold (Wikipedia; gold: every name)",
            NerEvaluation.readWikigold(shared.resolve("corpora/wikigold")),
            GoldMentions.ALL));
    return results;
  }

  /** One document as the job reads it: the gold, NER's and the resolver's spans. */
  record Annotated(
      String documentId,
      List<Span> gold,
      List<Span> ner,
      List<Span> actors,
      long tokens,
      double seconds) {}

  static Result score(String corpus, List<Document> documents, GoldMentions variant) {
    return compare(corpus, annotate(documents, variant));
  }

  static List<Annotated> annotate(List<Document> documents, GoldMentions variant) {
    // The nightly job's own dictionaries and triage, so that what is measured is what runs.
    ReferenceData reference = ReferenceData.bundled();
    ActorResolver resolver = new ActorResolver(reference.actors());
    SentenceTriage triage = reference.triage();
    List<Annotated> annotated = new ArrayList<>();
    for (Document document : documents) {
      long start = System.nanoTime();
      AnnotatedArticle article = annotate(document, triage);
      List<Span> goldSpans = document.goldSpans(variant);
      List<Span> actors = actorSpans(resolver.resolve(article, document.date()), goldSpans);
      annotated.add(
          new Annotated(
              document.id(),
              goldSpans,
              nerSpans(article),
              actors,
              document.tokens(),
              (System.nanoTime() - start) / 1e9));
    }
    return annotated;
  }

  static Result compare(String corpus, List<Annotated> documents) {
    List<List<Span>> gold = documents.stream().map(Annotated::gold).toList();
    long tokens = documents.stream().mapToLong(Annotated::tokens).sum();
    double seconds = documents.stream().mapToDouble(Annotated::seconds).sum();
    return new Result(
        corpus,
        NerEvaluation.compare(
            corpus + ", NER under the job's triage",
            gold,
            documents.stream().map(Annotated::ner).toList(),
            tokens,
            seconds),
        NerEvaluation.compare(
            corpus + ", named actors",
            gold,
            documents.stream().map(Annotated::actors).toList(),
            tokens,
            seconds));
  }

  private static List<Span> nerSpans(AnnotatedArticle article) {
    List<Span> spans = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      for (EntityMention mention : sentence.entities()) {
        spans.add(
            new Span(NerEvaluation.scoredType(mention), mention.charStart(), mention.charEnd()));
      }
    }
    return spans;
  }

  /**
   * The named actor mentions, each typed as the gold mention it shares most characters with, or by
   * its actor type when it overlaps none.
   */
  static List<Span> actorSpans(ActorResolver.Result resolved, List<Span> gold) {
    List<Span> spans = new ArrayList<>();
    for (ActorMention mention : resolved.mentions()) {
      ResolvedActor actor = resolved.actors().get(mention.actorKey());
      String type = actor == null ? null : ACTOR_TYPES.get(actor.actorType());
      if (type == null || namesNoOne(mention)) {
        continue;
      }
      int start = mention.charStart();
      int end = mention.charEnd();
      Span best = null;
      int bestShared = 0;
      for (Span candidate : gold) {
        int shared = Math.min(end, candidate.end()) - Math.max(start, candidate.start());
        if (shared > bestShared) {
          best = candidate;
          bestShared = shared;
        }
      }
      spans.add(new Span(best == null ? type : best.type(), start, end));
    }
    return spans;
  }

  /**
   * A pronoun, an implied agent, or a role noun in lower case ("the president"); a role noun read
   * from a name ("the Democratic Party", "the Romanian Ministry of Defense") names its actor.
   */
  private static boolean namesNoOne(ActorMention mention) {
    return UNNAMED_METHODS.contains(mention.method())
        || (mention.method().equals("role-noun")
            && mention.surface().chars().noneMatch(Character::isUpperCase));
  }

  /** The entities section of QUALITY.md. */
  public static String qualitySection(List<Result> results, LocalDate measured, String command) {
    StringBuilder out = new StringBuilder("## Named entities and actors\n\n");
    out.append("Measured on ")
        .append(measured)
        .append(" with `")
        .append(command)
        .append("` (`org.newsevents.bench.EntityQuality`).\n\n")
        .append(
            "Method: each document goes through the nightly job's NLP stage with the job's own"
                + " triage (`SentenceTriage.forEvents`: NER only where a sentence names a"
                + " dictionary actor and has a CAMEO verb, or may name an actor the dictionary"
                + " lacks), then through the actor resolver. *NER* scores CoreNLP's person,"
                + " organisation and place mentions; *named actors* scores what"
                + " `fct_actor_mentions` would hold, whatever the actor's type (an actor mention"
                + " counts for the gold person, organisation or place it overlaps most: the"
                + " schemes differ, \"Australian women\" being people in GUM and a country sector"
                + " in CAMEO; one that overlaps none is a false positive; mentions resolved from a"
                + " pronoun, an implied agent or a lower-case role noun such as \"the president\" are left out, as they name no one)."
                + " Matching pairs a prediction"
                + " with a gold mention of the same type whose characters it shares, one to one."
                + " GUM is split once by document, by the CRC-32 of its name (even: development"
                + " half, odd: test half), a rule fixed before any miss was read. The misses of"
                + " the development half (`GumDevDiagnostic`) were read to write the rules that"
                + " find an article's names again where NER missed them or never ran"
                + " (`ArticleNames`) and that mention outlets cited for information, state bodies"
                + " named where they do not act, bodies named after a place and a country's"
                + " officials (`ActorResolver`); the"
                + " test half and Wikigold are held out, scored only in aggregate, and no rule of"
                + " the resolver was written on either. Both are news or encyclopedia"
                + " text outside the project's domain of conflict news.\n\n")
        .append("| corpus | found by | type | P | R | F1 | TP | FP | FN |\n")
        .append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Result result : results) {
      rows(out, result.corpus(), "NER under the job's triage", result.ner());
      rows(out, result.corpus(), "named actors (`fct_actor_mentions`)", result.actors());
    }
    return out.toString();
  }

  private static void rows(StringBuilder out, String corpus, String foundBy, Score score) {
    for (String type : NerEvaluation.TYPES) {
      row(out, corpus, foundBy, type, score.overlap().getOrDefault(type, new Counts(0, 0, 0)));
    }
    row(out, corpus, foundBy, "all", score.microOverlap());
  }

  private static void row(
      StringBuilder out, String corpus, String foundBy, String type, Counts counts) {
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %.2f | %.2f | %.2f | %d | %d | %d |%n",
            corpus,
            foundBy,
            type,
            counts.precision(),
            counts.recall(),
            counts.f1(),
            counts.truePositives(),
            counts.falsePositives(),
            counts.falseNegatives()));
  }

  /** Prints the section: {@code EntityQuality <shared folder>}. */
  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    System.out.println(qualitySection(run(shared), LocalDate.now(), "EntityQuality main"));
  }

  /** A gold document through the nightly job's NLP stage, every paragraph read as English. */
  static AnnotatedArticle annotate(Document document, SentenceTriage triage) {
    return NlpPipeline.get()
        .annotate(
            document.id(),
            document.paragraphs(),
            IntStream.range(0, document.paragraphs().size()).boxed().toList(),
            document.date(),
            triage);
  }
}
