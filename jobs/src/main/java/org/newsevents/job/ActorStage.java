package org.newsevents.job;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ActorResolver;
import org.newsevents.actors.ResolvedActor;
import org.newsevents.ingest.InputReader;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.warehouse.Rows;
import org.newsevents.warehouse.Tables;

/**
 * The nlp and actors stages for one article row of dim_articles, as the Spark job maps them over
 * partitions: annotate the English paragraphs once, resolve the actors, and emit one {@link
 * Tables#ACTOR_OUTCOME} row.
 */
final class ActorStage {
  private ActorStage() {}

  /** Stable across runs: the same actor key always gets the same id. */
  static String actorId(String actorKey) {
    return InputReader.shortSha256(actorKey);
  }

  /**
   * @param article a dim_articles row with article_id, text, paragraph_languages, published_date
   *     and run_date
   */
  static Row annotateAndResolve(Row article, ActorResolver resolver) {
    String articleId = article.getAs("article_id");
    String text = article.getAs("text");
    List<String> languages = article.getList(article.fieldIndex("paragraph_languages"));
    Date published = article.getAs("published_date");
    Date runDate = article.getAs("run_date");
    LocalDate date = (published != null ? published : runDate).toLocalDate();

    List<String> paragraphs = List.of(text.split("\n\n", -1));
    List<Integer> english = new ArrayList<>();
    for (int i = 0; i < paragraphs.size() && i < languages.size(); i++) {
      if ("en".equals(languages.get(i))) {
        english.add(i);
      }
    }
    AnnotatedArticle annotated = NlpPipeline.get().annotate(articleId, paragraphs, english, date);
    ActorResolver.Result result = resolver.resolve(annotated, date);

    Map<String, Long> mentionCounts = new HashMap<>();
    List<Row> mentions = new ArrayList<>();
    for (ActorMention mention : result.mentions()) {
      mentionCounts.merge(mention.actorKey(), 1L, Long::sum);
      // Offsets in Unicode code points, as DuckDB's and Python's string functions count them.
      mentions.add(
          RowFactory.create(
              articleId,
              actorId(mention.actorKey()),
              mention.sentenceNo(),
              text.codePointCount(0, mention.charStart()),
              text.codePointCount(0, mention.charEnd()),
              mention.surface(),
              mention.cameoCode(),
              mention.method()));
    }
    List<Row> actors = new ArrayList<>();
    for (ResolvedActor actor : result.actors().values()) {
      actors.add(
          RowFactory.create(
              actorId(actor.actorKey()),
              actor.actorKey(),
              actor.name(),
              actor.actorType(),
              actor.countryCode(),
              actor.role(),
              actor.cameoCode(),
              Rows.scalaSeq(actor.aliases()),
              actor.known(),
              actor.evidence(),
              mentionCounts.getOrDefault(actor.actorKey(), 0L),
              Date.valueOf(date)));
    }
    return RowFactory.create(
        articleId,
        Rows.scalaSeq(mentions),
        Rows.scalaSeq(actors),
        annotated.tokenCount(),
        (long) annotated.sentences().size(),
        annotated.deepSentenceCount());
  }
}
