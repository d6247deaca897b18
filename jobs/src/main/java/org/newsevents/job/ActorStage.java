package org.newsevents.job;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ActorResolver;
import org.newsevents.actors.ResolvedActor;
import org.newsevents.clean.DateSource;
import org.newsevents.events.ActorRef;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.EventCoder;
import org.newsevents.events.EventDate;
import org.newsevents.events.EventDeduplicator;
import org.newsevents.events.EventMention;
import org.newsevents.ingest.InputReader;
import org.newsevents.ingest.QuarantineRecord;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.CoreNlpStep;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;
import org.newsevents.warehouse.Rows;
import org.newsevents.warehouse.Tables;

/**
 * The nlp, actors and event-coding stages for one article row of dim_articles, as the Spark job
 * maps them over partitions: annotate the English paragraphs once, resolve the actors, code the
 * events, and emit one {@link Tables#ACTOR_OUTCOME} row.
 */
final class ActorStage {
  private ActorStage() {}

  /**
   * Task time spent in CoreNLP (and in each of its steps) and in resolving and coding, summed over
   * the executors' threads, so the run can say where the stage's time goes.
   */
  record TaskClocks(
      LongAccumulator nlp, LongAccumulator coding, Map<CoreNlpStep, LongAccumulator> steps)
      implements java.io.Serializable {

    void addSteps(AnnotatedArticle annotated) {
      steps.forEach((step, clock) -> clock.add(annotated.nanos(step)));
    }
  }

  /** Stable across runs: the same actor key always gets the same id. */
  static String actorId(String actorKey) {
    return InputReader.shortSha256(actorKey);
  }

  /**
   * Annotates, resolves and codes one article. A stage that throws on it (any RuntimeException, or
   * a StackOverflowError deep in a parser) does not fail the run: the article's row comes back with
   * empty lists and the quarantine record in its failed column, so an article is coded wholly or
   * not at all.
   *
   * @param article a dim_articles row with article_id, input_ref, input_path, raw_sha256, text,
   *     paragraph_languages, published_date (null when undated) and date_source, and title when the
   *     row has one
   */
  static Row annotateAndResolve(
      Row article,
      ActorResolver resolver,
      ReferenceData reference,
      SentenceTriage triage,
      TaskClocks clocks,
      ArticleFailPoint failPoint) {
    String articleId = article.getAs("article_id");
    String inputRef = article.getAs("input_ref");
    QuarantineRecord.Stage stage = QuarantineRecord.Stage.NLP;
    try {
      failPoint.check(stage, inputRef);
      String text = article.getAs("text");
      List<String> languages = article.getList(article.fieldIndex("paragraph_languages"));
      Date published = article.getAs("published_date");
      // An undated article is coded with no date: the run date says nothing of when it was
      // written, and relative expressions ("on Friday") stay unresolved rather than wrong.
      LocalDate date = published == null ? null : published.toLocalDate();
      ArticleDateBasis articleBasis =
          published == null
              ? ArticleDateBasis.NONE
              : DateSource.INFERRED.code().equals(article.getAs("date_source"))
                  ? ArticleDateBasis.INFERRED
                  : ArticleDateBasis.PUBLISHED;

      List<String> paragraphs = List.of(text.split("\n\n", -1));
      List<Integer> english = new ArrayList<>();
      for (int i = 0; i < paragraphs.size() && i < languages.size(); i++) {
        if ("en".equals(languages.get(i))) {
          english.add(i);
        }
      }
      long start = System.nanoTime();
      AnnotatedArticle annotated =
          NlpPipeline.get().annotate(articleId, paragraphs, english, date, triage);
      long annotatedAt = System.nanoTime();
      clocks.nlp().add(annotatedAt - start);
      clocks.addSteps(annotated);

      stage = QuarantineRecord.Stage.ACTORS;
      failPoint.check(stage, inputRef);
      ActorResolver.Result result = resolver.resolve(annotated, date, headline(article));
      List<Row> mentions = mentionRows(articleId, text, result);
      List<Row> actors = actorRows(result, date);

      stage = QuarantineRecord.Stage.EVENTS;
      failPoint.check(stage, inputRef);
      List<EventMention> events =
          new EventCoder(reference.cameo(), reference.gazetteer()).code(annotated, result, date);
      List<String> blockKeys =
          EventDeduplicator.articleBlockingKeys(
              events.stream().map(event -> act(event, result, reference.cameo())).toList());
      List<Row> eventRows = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        eventRows.add(
            eventRow(events.get(i), articleBasis, result, reference.cameo(), blockKeys.get(i)));
      }
      clocks.coding().add(System.nanoTime() - annotatedAt);

      return RowFactory.create(
          articleId,
          Rows.scalaSeq(mentions),
          Rows.scalaSeq(actors),
          Rows.scalaSeq(eventRows),
          annotated.tokenCount(),
          (long) annotated.sentences().size(),
          annotated.deepSentenceCount(),
          null);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(article, stage, e);
    }
  }

  /** The outcome of an article a stage threw on: nothing coded, and why. */
  static Row failed(Row article, QuarantineRecord.Stage stage, Throwable error) {
    String articleId = article.getAs("article_id");
    return RowFactory.create(
        articleId,
        Rows.scalaSeq(List.of()),
        Rows.scalaSeq(List.of()),
        Rows.scalaSeq(List.of()),
        0L,
        0L,
        0L,
        Rows.rejected(
            QuarantineRecord.stageFailure(
                stage,
                article.getAs("input_ref"),
                article.getAs("input_path"),
                article.getAs("raw_sha256"),
                articleId,
                error)));
  }

  private static List<Row> mentionRows(String articleId, String text, ActorResolver.Result result) {
    List<Row> mentions = new ArrayList<>();
    for (ActorMention mention : result.mentions()) {
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
    return mentions;
  }

  private static List<Row> actorRows(ActorResolver.Result result, LocalDate date) {
    Map<String, Long> mentionCounts = new HashMap<>();
    for (ActorMention mention : result.mentions()) {
      mentionCounts.merge(mention.actorKey(), 1L, Long::sum);
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
              date == null ? null : Date.valueOf(date)));
    }
    return actors;
  }

  /** What an article's date rests on, as its events' date_basis says when it stands in. */
  enum ArticleDateBasis {
    /** The input gave the date (feed field, inline line, dateline). */
    PUBLISHED("article-published"),
    /** Inferred: from the text, the input folder, or the dated events it reports. */
    INFERRED("article-inferred"),
    /** No date: an event the sentence does not date has none. */
    NONE("none");

    final String basis;

    ArticleDateBasis(String basis) {
      this.basis = basis;
    }
  }

  /**
   * What dated an event mention: its sentence, else the day the article's lead names (article-lead:
   * the sentence retells the lead's act), else the article's date (published or inferred); none
   * when it has no date.
   */
  static String dateBasis(EventDate date, ArticleDateBasis article) {
    if (!date.isKnown()) {
      return ArticleDateBasis.NONE.basis;
    }
    return switch (date.source()) {
      case "sentence", "article-lead" -> date.source();
      default -> article.basis;
    };
  }

  /** What the deduplicator's blocking reads of a coded event. */
  private static EventDeduplicator.ArticleAct act(
      EventMention event, ActorResolver.Result result, CameoDictionary cameo) {
    CameoDictionary.CameoCode code = cameo.code(event.eventCode()).orElseThrow();
    return new EventDeduplicator.ArticleAct(
        matchedActor(event.actor1Key(), event.actor1Code(), result),
        event.actor2Key() == null
            ? null
            : matchedActor(event.actor2Key(), event.actor2Code(), result),
        code.baseCode(),
        code.rootCode());
  }

  /**
   * An actor as the deduplicator matches it within an article: with its code when the event
   * happened (the coder's, {@link EventCoder}) and whether it is a person, as EventStage reads them
   * back from the mention row, so that a body and its member ("the House", "Schiff") choose their
   * block as they match.
   */
  private static ActorRef matchedActor(
      String actorKey, String eventCode, ActorResolver.Result result) {
    ResolvedActor actor = result.actors().get(actorKey);
    ActorRef plain = actorRef(actorId(actorKey), actor);
    return new ActorRef(
        plain.actorId(),
        plain.countryCode(),
        plain.isCountry(),
        eventCode,
        actor != null && "person".equals(actor.actorType()));
  }

  /**
   * One {@link Tables#EVENT_MENTION} row, with the ids, codes and the dedup key ({@link
   * EventDeduplicator#articleBlockingKeys}) the job needs.
   */
  private static Row eventRow(
      EventMention event,
      ArticleDateBasis articleBasis,
      ActorResolver.Result result,
      CameoDictionary cameo,
      String blockKey) {
    ResolvedActor actor1 = result.actors().get(event.actor1Key());
    ResolvedActor actor2 =
        event.actor2Key() == null ? null : result.actors().get(event.actor2Key());
    String actor1Id = actorId(event.actor1Key());
    String actor2Id = event.actor2Key() == null ? null : actorId(event.actor2Key());
    CameoDictionary.CameoCode code = cameo.code(event.eventCode()).orElseThrow();
    String mentionId =
        InputReader.shortSha256(
            String.join(
                "|",
                event.articleId(),
                Integer.toString(event.sentenceNo()),
                Integer.toString(event.actionToken()),
                actor1Id,
                String.valueOf(actor2Id),
                event.eventCode()));
    EventDate date = event.date();
    return RowFactory.create(
        mentionId,
        event.articleId(),
        articleBasis == ArticleDateBasis.PUBLISHED,
        event.sentenceNo(),
        event.actionToken(),
        event.verb(),
        actor1Id,
        actor2Id,
        event.attributedToKey() == null ? null : actorId(event.attributedToKey()),
        // The coder codes persons as of when the event happened (EventTimeRoles).
        event.actor1Code(),
        event.actor2Code(),
        actor1 == null ? null : actor1.actorType(),
        actor2 == null ? null : actor2.actorType(),
        actor1 == null ? null : actor1.countryCode(),
        actor2 == null ? null : actor2.countryCode(),
        code.code(),
        code.baseCode(),
        code.rootCode(),
        code.quadClass(),
        code.goldstein().isPresent() ? code.goldstein().getAsDouble() : null,
        code.ploverEvent().orElse(null),
        event.pattern(),
        event.status().code(),
        event.statusCue(),
        event.confidence(),
        event.confidenceEvidence(),
        date.isKnown() ? Date.valueOf(date.date()) : null,
        date.precisionCode(),
        // True when the sentence has the time expression, resolved or not: an undated article's
        // "met on Friday" names a day the deduplicator can match to a dated report of it.
        "sentence".equals(date.source()),
        dateBasis(date, articleBasis),
        date.expression(),
        event.location() == null ? null : event.location().name(),
        event.location() == null || event.location().countryCode().isEmpty()
            ? null
            : event.location().countryCode(),
        event.quantity() == null ? null : event.quantity().value(),
        event.quantity() == null ? null : event.quantity().unit(),
        event.pastTense(),
        event.sentence(),
        blockKey);
  }

  static ActorRef actorRef(String actorId, ResolvedActor actor) {
    return new ActorRef(
        actorId,
        actor == null ? null : actor.countryCode(),
        actor != null && "country".equals(actor.actorType()));
  }

  /**
   * The article's headline, which tells the resolver the country the article is about; null when
   * the row has no title column or no title.
   */
  private static String headline(Row article) {
    return article.schema() != null && List.of(article.schema().fieldNames()).contains("title")
        ? article.getAs("title")
        : null;
  }
}
