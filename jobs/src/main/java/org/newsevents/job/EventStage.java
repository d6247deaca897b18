package org.newsevents.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.newsevents.clean.DateSource;
import org.newsevents.events.ActorRef;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.CodedMention;
import org.newsevents.events.DateBasis;
import org.newsevents.events.EventDate;
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
            .withColumn("date_basis", dateBasis())
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

    return new Events(mentions, events, inferredDates(mentions, events, knownEvents));
  }

  /**
   * The earliest date each undated article can have been written: the latest day-precise date of an
   * event it reports in a past tense as having happened, when a dated article dated that event from
   * its own text. An article that says Blinken and Lavrov "met in Geneva on Friday" was written on
   * or after the Friday the dated articles name.
   */
  static Dataset<Row> inferredDates(
      Dataset<Row> mentions, Dataset<Row> newEvents, Dataset<Row> knownEvents) {
    Dataset<Row> datedEvents =
        newEvents
            .select("event_id", "event_date", "date_precision", "date_basis")
            .unionByName(
                knownEvents.select("event_id", "event_date", "date_precision", "date_basis"))
            .filter(col("date_basis").equalTo("sentence").and(col("date_precision").equalTo("day")))
            .select(col("event_id"), col("event_date").as("known_event_date"));
    return mentions
        .filter(
            col("date_basis")
                .equalTo("run-date")
                .and(col("past_tense"))
                .and(
                    col("status")
                        .isin(MentionStatus.ASSERTED.code(), MentionStatus.CLAIMED.code())))
        .join(datedEvents, "event_id")
        .groupBy("article_id")
        .agg(max("known_event_date").as("inferred_date"));
  }

  /**
   * dim_articles with a date for every article: the published one, else the inferred one, else the
   * run date, each recorded as such in date_source.
   */
  static Dataset<Row> dateArticles(Dataset<Row> articles, Dataset<Row> inferred, String runDate) {
    Column undated = col("published_date").isNull();
    Column hasInferred = col("inferred_date").isNotNull();
    return articles
        .join(inferred, articles.col("article_id").equalTo(inferred.col("article_id")), "left")
        .drop(inferred.col("article_id"))
        .withColumn(
            "date_source",
            when(undated.and(hasInferred), lit(DateSource.INFERRED.code()))
                .when(undated, lit(DateSource.RUN_DATE.code()))
                .otherwise(col("date_source")))
        .withColumn(
            "published_date",
            coalesce(col("published_date"), col("inferred_date"), lit(runDate).cast("date")))
        .select(
            java.util.Arrays.stream(articles.columns()).map(c -> col(c)).toArray(Column[]::new));
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

  private static Column dateBasis() {
    return when(col("article_dated").equalTo(false), lit("run-date"))
        .when(col("date_from_sentence"), lit("sentence"))
        .otherwise(lit("article"));
  }

  private static CodedMention codedMention(Row row) {
    return new CodedMention(
        row.getAs("mention_id"),
        row.getAs("article_id"),
        row.<Boolean>getAs("article_dated"),
        new ActorRef(
            row.getAs("actor1_id"),
            row.getAs("actor1_country_code"),
            "country".equals(row.getAs("actor1_type"))),
        row.getAs("actor2_id") == null
            ? null
            : new ActorRef(
                row.getAs("actor2_id"),
                row.getAs("actor2_country_code"),
                "country".equals(row.getAs("actor2_type"))),
        row.getAs("event_code"),
        row.getAs("event_root_code"),
        row.<Date>getAs("event_date").toLocalDate(),
        precision(row.getAs("date_precision")),
        row.<Boolean>getAs("date_from_sentence"),
        row.getAs("location_country_code"));
  }

  private static KnownEvent knownEvent(Row row) {
    return new KnownEvent(
        row.getAs("event_id"),
        new ActorRef(
            row.getAs("actor1_id"),
            row.getAs("actor1_country_code"),
            "country".equals(row.getAs("actor1_type"))),
        row.getAs("actor2_id") == null
            ? null
            : new ActorRef(
                row.getAs("actor2_id"),
                row.getAs("actor2_country_code"),
                "country".equals(row.getAs("actor2_type"))),
        row.getAs("event_code"),
        row.getAs("event_root_code"),
        row.<Date>getAs("event_date").toLocalDate(),
        precision(row.getAs("date_precision")),
        DateBasis.of(row.getAs("date_basis")),
        row.getAs("location_country_code"));
  }

  private static EventDate.Precision precision(String code) {
    return EventDate.Precision.valueOf(code.toUpperCase(Locale.ROOT));
  }
}
