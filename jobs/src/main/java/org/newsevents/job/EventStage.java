package org.newsevents.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsevents.clean.ArticleDates;
import org.newsevents.clean.DateSource;
import org.newsevents.events.ActorRef;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.CodedMention;
import org.newsevents.events.DateBasis;
import org.newsevents.events.EventDate;
import org.newsevents.events.EventDateResolver;
import org.newsevents.events.EventDeduplicator;
import org.newsevents.events.KnownEvent;
import org.newsevents.events.MentionStatus;
import org.newsevents.warehouse.Tables;

/**
 * The events half of the job: the run's coded mentions are collapsed into events, against the
 * events earlier runs published, so that an event reported by many articles, sources and nights is
 * one row. The matching itself is {@link EventDeduplicator}, plain Java; Spark only groups the
 * mentions and known events that can match (same blocking key) and hands each group to it.
 */
final class EventStage {
  private EventStage() {}

  /** What the stage gives the warehouse. */
  record Events(Dataset<Row> mentions, Dataset<Row> events, Dataset<Row> inferredArticleDates) {}

  /**
   * @param outcomes the coding step's rows ({@link Tables#ACTOR_OUTCOME})
   * @param articles dim_articles rows of the run (article_id, source_id)
   * @param knownEvents fct_events rows published by other run dates
   */
  static Events collapse(
      Dataset<Row> outcomes, Dataset<Row> articles, Dataset<Row> knownEvents, String runDate) {
    Dataset<Row> coded =
        outcomes.select(explode(col("events")).as("event")).select("event.*").cache();
    MapFunction<Row, String> mentionBlock = row -> row.getAs("block_key");
    MapFunction<Row, String> eventBlock = row -> row.getAs("block_key");
    CoGroupFunction<String, Row, Row, Row> assign =
        (block, mentionRows, knownRows) -> {
          List<CodedMention> mentions = new ArrayList<>();
          mentionRows.forEachRemaining(row -> mentions.add(codedMention(row)));
          List<KnownEvent> known = new ArrayList<>();
          knownRows.forEachRemaining(row -> known.add(knownEvent(row)));
          if (mentions.isEmpty()) {
            return List.<Row>of().iterator();
          }
          EventDeduplicator.Assignment assignment = EventDeduplicator.assign(known, mentions);
          java.util.Set<String> anchors = new java.util.HashSet<>();
          assignment.newEvents().forEach(event -> anchors.add(event.anchor().mentionId()));
          List<Row> out = new ArrayList<>();
          for (Map.Entry<String, String> entry : assignment.eventIdByMentionId().entrySet()) {
            EventDeduplicator.Merge merge = assignment.mergeByMentionId().get(entry.getKey());
            out.add(
                RowFactory.create(
                    entry.getKey(),
                    entry.getValue(),
                    anchors.contains(entry.getKey()),
                    merge.rule().code(),
                    merge.score()));
          }
          return out.iterator();
        };
    Dataset<Row> assignments =
        coded
            .groupByKey(mentionBlock, Encoders.STRING())
            .cogroup(
                knownEvents.groupByKey(eventBlock, Encoders.STRING()),
                assign,
                Encoders.row(Tables.EVENT_ASSIGNMENT));

    Dataset<Row> assigned =
        coded
            .join(assignments, "mention_id")
            .join(articles.select("article_id", "source_id"), "article_id")
            .withColumn("run_date", lit(runDate).cast("date"))
            .cache();

    Dataset<Row> mentions =
        assigned.select(
            col("event_id"),
            col("mention_id"),
            col("merge_rule"),
            col("merge_score"),
            col("article_id"),
            col("source_id"),
            col("sentence_no"),
            col("sentence"),
            col("status"),
            col("status_cue"),
            col("confidence"),
            col("confidence_evidence"),
            col("actor1_id"),
            col("actor2_id"),
            col("attributed_actor_id"),
            col("actor1_code"),
            col("actor2_code"),
            col("event_code"),
            col("verb"),
            col("pattern"),
            col("event_date"),
            col("date_precision"),
            col("date_basis"),
            col("date_expression"),
            col("location_name"),
            col("location_country_code"),
            col("quantity"),
            col("quantity_unit"),
            col("past_tense"),
            col("run_date"));

    List<Column> eventColumns = new ArrayList<>();
    for (String field : Tables.FCT_EVENTS_SCHEMA.fieldNames()) {
      eventColumns.add(col(field));
    }
    Dataset<Row> events =
        assigned.filter(col("is_anchor")).select(eventColumns.toArray(Column[]::new));

    Dataset<Row> undated = articles.filter(col("published_date").isNull()).select("article_id");
    return new Events(
        mentions, events, inferredDates(mentions, events, knownEvents, undated, runDate));
  }

  /**
   * A date for each undated article from the dated events it reports, when a dated article dated
   * that event to the day from its own text:
   *
   * <ul>
   *   <li>the latest such event it reports in a past tense as having happened: it was written on or
   *       after that day. An article that says Blinken and Lavrov "met in Geneva on Friday" was
   *       written on or after the Friday the dated articles name;
   *   <li>else the earliest of the days from which its planned events' expressions name their days
   *       ({@link EventDateResolver#writtenBefore}: the day before for "tomorrow" or "on Friday", a
   *       week before for "next Friday"): an article that says Blinken and Lavrov "agreed to meet
   *       next Friday in Geneva" is dated a week before the Friday of the meeting.
   * </ul>
   *
   * @param undatedArticles article_id of the run's articles that have no date, neither given nor
   *     inferred from their own text
   * @return article_id, inferred_date and inferred_evidence (the event and its day, in words)
   */
  static Dataset<Row> inferredDates(
      Dataset<Row> mentions,
      Dataset<Row> newEvents,
      Dataset<Row> knownEvents,
      Dataset<Row> undatedArticles,
      String runDate) {
    Dataset<Row> datedEvents =
        newEvents
            .select("event_id", "event_date", "date_precision", "date_basis")
            .unionByName(
                knownEvents.select("event_id", "event_date", "date_precision", "date_basis"))
            .filter(
                col("date_basis")
                    .equalTo("sentence")
                    .and(col("date_precision").equalTo("day"))
                    // A planned event's day can be after the run: no article is dated later.
                    .and(col("event_date").leq(lit(runDate).cast("date"))))
            .select(col("event_id"), col("event_date").as("known_event_date"));
    Dataset<Row> reported =
        mentions.join(undatedArticles, "article_id").join(datedEvents, "event_id");
    Dataset<Row> reportedAsPast =
        reported
            .filter(
                col("past_tense")
                    .and(
                        col("status")
                            .isin(MentionStatus.ASSERTED.code(), MentionStatus.CLAIMED.code())))
            .groupBy("article_id")
            .agg(max(struct(col("known_event_date"), col("event_id"), col("verb"))).as("latest"))
            .select(
                col("article_id"),
                col("latest.known_event_date").as("inferred_date"),
                concat(
                        lit("reports as past an event dated articles place on "),
                        col("latest.known_event_date").cast("string"),
                        lit(" (\""),
                        col("latest.verb"),
                        lit("\", event "),
                        col("latest.event_id"),
                        lit(")"))
                    .as("inferred_evidence"));
    UDF2<String, Date, Date> writtenBefore =
        (expression, eventDate) ->
            EventDateResolver.writtenBefore(expression, eventDate.toLocalDate())
                .map(Date::valueOf)
                .orElse(null);
    Dataset<Row> reportedAsPlanned =
        reported
            .filter(col("status").equalTo(MentionStatus.PLANNED.code()))
            .withColumn(
                "written_before",
                udf(writtenBefore, DataTypes.DateType)
                    .apply(col("date_expression"), col("known_event_date")))
            .filter(col("written_before").isNotNull())
            .groupBy("article_id")
            .agg(
                min(struct(
                        col("written_before"),
                        col("known_event_date"),
                        col("date_expression"),
                        col("event_id"),
                        col("verb")))
                    .as("first"))
            .select(
                col("article_id"),
                col("first.written_before").as("inferred_date"),
                concat(
                        lit("reports as planned for \""),
                        col("first.date_expression"),
                        lit("\" an event dated articles place on "),
                        col("first.known_event_date").cast("string"),
                        lit(" (\""),
                        col("first.verb"),
                        lit("\", event "),
                        col("first.event_id"),
                        lit(")"))
                    .as("inferred_evidence"));
    return reportedAsPast.unionByName(
        reportedAsPlanned.join(reportedAsPast.select("article_id"), "article_id", "left_anti"));
  }

  /**
   * Articles whose input gives no date dated by their own text or input folder ({@link
   * ArticleDates}): published_date set, date_source 'inferred' and the evidence in date_evidence
   * (null for every other article). Done before NLP, so that relative expressions and actors' roles
   * are read against it.
   */
  static Dataset<Row> datedFromText(Dataset<Row> articles, String runDate) {
    java.time.LocalDate run = java.time.LocalDate.parse(runDate);
    // Captured by the UDF, so not an Optional (which is not serializable).
    ArticleDates.NightWindow night = nightWindow(articles).orElse(null);
    UDF2<String, String, Row> infer =
        (text, inputPath) ->
            ArticleDates.infer(text, inputPath, run, Optional.ofNullable(night))
                .map(found -> RowFactory.create(Date.valueOf(found.date()), found.evidence()))
                .orElse(null);
    StructType inferredType =
        new StructType()
            .add("date", DataTypes.DateType, false)
            .add("evidence", DataTypes.StringType, false);
    Column undated = col("published_date").isNull();
    return articles
        .withColumn(
            "text_date",
            when(undated, udf(infer, inferredType).apply(col("text"), col("input_path"))))
        .withColumn(
            "date_source",
            when(col("text_date").isNotNull(), lit(DateSource.INFERRED.code()))
                .otherwise(col("date_source")))
        .withColumn("published_date", coalesce(col("published_date"), col("text_date.date")))
        .withColumn("date_evidence", col("text_date.evidence"))
        .drop("text_date");
  }

  /** The first and last publication day of the articles whose input dated them, if any did. */
  static Optional<ArticleDates.NightWindow> nightWindow(Dataset<Row> articles) {
    Row range =
        articles
            .agg(min(col("published_date")).as("first"), max(col("published_date")).as("last"))
            .first();
    return range.isNullAt(0)
        ? Optional.empty()
        : Optional.of(
            new ArticleDates.NightWindow(
                range.getDate(0).toLocalDate(), range.getDate(1).toLocalDate()));
  }

  /**
   * dim_articles with the dates the events stage inferred for articles that had none: the published
   * (or text-inferred) one, else the one inferred from the events it reports (date_source
   * 'inferred', with its evidence), else none (date_source 'missing', published_date null). The run
   * date never stands in.
   */
  static Dataset<Row> dateArticles(Dataset<Row> articles, Dataset<Row> inferred) {
    Column undated = col("published_date").isNull();
    Column hasInferred = col("inferred_date").isNotNull();
    return articles
        .join(inferred, articles.col("article_id").equalTo(inferred.col("article_id")), "left")
        .drop(inferred.col("article_id"))
        .withColumn(
            "date_source",
            when(undated.and(hasInferred), lit(DateSource.INFERRED.code()))
                .when(undated, lit(DateSource.MISSING.code()))
                .otherwise(col("date_source")))
        .withColumn(
            "date_evidence",
            when(undated.and(hasInferred), col("inferred_evidence"))
                .otherwise(col("date_evidence")))
        .withColumn("published_date", coalesce(col("published_date"), col("inferred_date")))
        .select(
            java.util.Arrays.stream(articles.columns()).map(c -> col(c)).toArray(Column[]::new));
  }

  /**
   * The articles the events stage dated, with that date, to be coded again: their events were
   * resolved with no article date, and now follow the inferred one.
   */
  static Dataset<Row> redated(Dataset<Row> articles, Dataset<Row> inferred) {
    return dateArticles(articles, inferred).join(inferred.select("article_id"), "article_id");
  }

  /** fct_events rows published for other run dates, or none. */
  static Dataset<Row> knownEvents(SparkSession spark, List<Path> files) {
    if (files.isEmpty()) {
      return spark.createDataFrame(List.of(), Tables.FCT_EVENTS_SCHEMA);
    }
    return spark
        .read()
        .schema(Tables.FCT_EVENTS_SCHEMA)
        .parquet(files.stream().map(Path::toString).toArray(String[]::new));
  }

  /** dim_event_codes: the CAMEO codes the run coded with. */
  static Dataset<Row> eventCodes(SparkSession spark, CameoDictionary cameo, String runDate) {
    List<Row> rows = new ArrayList<>();
    for (CameoDictionary.CameoCode code : cameo.codes()) {
      rows.add(
          RowFactory.create(
              code.code(),
              code.description(),
              code.baseCode(),
              code.rootCode(),
              code.quadClass(),
              code.goldstein().isPresent() ? code.goldstein().getAsDouble() : null,
              code.ploverEvent().orElse(null),
              code.ploverMode().orElse(null),
              code.ploverContext().orElse(null),
              Date.valueOf(runDate)));
    }
    return spark.createDataFrame(rows, Tables.DIM_EVENT_CODES_SCHEMA);
  }

  private static CodedMention codedMention(Row row) {
    return new CodedMention(
        row.getAs("mention_id"),
        row.getAs("article_id"),
        row.<Boolean>getAs("article_dated"),
        mentionActorRef(row, "actor1"),
        mentionActorRef(row, "actor2"),
        row.getAs("event_code"),
        row.getAs("event_root_code"),
        localDate(row.getAs("event_date")),
        precision(row.getAs("date_precision")),
        row.<Boolean>getAs("date_from_sentence"),
        row.getAs("location_country_code"),
        DateBasis.of(row.getAs("date_basis")) == DateBasis.ARTICLE_LEAD);
  }

  private static KnownEvent knownEvent(Row row) {
    return new KnownEvent(
        row.getAs("event_id"),
        actorRef(row, "actor1"),
        actorRef(row, "actor2"),
        row.getAs("event_code"),
        row.getAs("event_root_code"),
        localDate(row.getAs("event_date")),
        precision(row.getAs("date_precision")),
        DateBasis.of(row.getAs("date_basis")),
        row.getAs("location_country_code"));
  }

  /**
   * The actor a mention row names, with the CAMEO code of the mention ({prefix}_code, the code on
   * the event's day) that the deduplicator matches sectors by within one article; or null.
   */
  private static ActorRef mentionActorRef(Row row, String prefix) {
    ActorRef actor = actorRef(row, prefix);
    return actor == null
        ? null
        : new ActorRef(
            actor.actorId(),
            actor.countryCode(),
            actor.isCountry(),
            row.getAs(prefix + "_code"),
            "person".equals(row.getAs(prefix + "_type")));
  }

  /** The actor a row names by its {prefix}_id, _country_code and _type columns, or null. */
  private static ActorRef actorRef(Row row, String prefix) {
    String actorId = row.getAs(prefix + "_id");
    return actorId == null
        ? null
        : new ActorRef(
            actorId,
            row.getAs(prefix + "_country_code"),
            "country".equals(row.getAs(prefix + "_type")));
  }

  /** The precision of a stored date_precision; null for 'unknown' (no date). */
  private static EventDate.Precision precision(String code) {
    return "unknown".equals(code)
        ? null
        : EventDate.Precision.valueOf(code.toUpperCase(Locale.ROOT));
  }

  private static java.time.LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
