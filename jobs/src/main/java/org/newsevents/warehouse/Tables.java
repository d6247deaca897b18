package org.newsevents.warehouse;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The physical schema of every warehouse table, in column order. Column meanings are documented
 * once, in sql/views/&lt;table&gt;.sql, and the catalog turns them into COMMENT ON statements.
 */
public final class Tables {
  private Tables() {}

  public static final String DIM_ARTICLES = "dim_articles";
  public static final String DIM_SOURCES = "dim_sources";
  public static final String QUARANTINE = "quarantine";
  public static final String DIM_ACTORS = "dim_actors";
  public static final String FCT_ACTOR_MENTIONS = "fct_actor_mentions";
  public static final String DIM_EVENT_CODES = "dim_event_codes";
  public static final String FCT_EVENT_MENTIONS = "fct_event_mentions";
  public static final String FCT_EVENTS = "fct_events";

  /**
   * Every table the nightly job publishes. The catalog creates their relations (views, or tables
   * built from them) in this order, so one may read the relations listed before it (dim_sources
   * counts dim_articles, dim_actors counts fct_actor_mentions, fct_events counts
   * fct_event_mentions).
   */
  public static final List<String> ALL =
      List.of(
          DIM_ARTICLES,
          DIM_SOURCES,
          QUARANTINE,
          FCT_ACTOR_MENTIONS,
          DIM_ACTORS,
          DIM_EVENT_CODES,
          FCT_EVENT_MENTIONS,
          FCT_EVENTS);

  public static final StructType REMOVED_PART =
      createStructType(
          new StructField[] {
            createStructField("paragraph_no", IntegerType, false),
            createStructField("reason", StringType, false),
            createStructField("text", StringType, false)
          });

  public static final StructType ARTICLE =
      createStructType(
          new StructField[] {
            createStructField("article_id", StringType, false),
            createStructField("source_id", StringType, false),
            createStructField("input_ref", StringType, false),
            createStructField("input_path", StringType, false),
            createStructField("input_format", StringType, false),
            createStructField("title", StringType, true),
            createStructField("published_date", DateType, true),
            createStructField("date_source", StringType, false),
            createStructField("language", StringType, false),
            createStructField("text", StringType, false),
            createStructField("paragraph_languages", createArrayType(StringType, false), false),
            createStructField("non_english_paragraphs", createArrayType(IntegerType, false), false),
            createStructField("word_count", IntegerType, false),
            createStructField("raw_sha256", StringType, false),
            createStructField("repairs", createArrayType(StringType, false), false),
            createStructField("removed_parts", createArrayType(REMOVED_PART, false), false),
            createStructField("agencies", createArrayType(StringType, false), false),
            createStructField("content_fingerprint", StringType, false),
            createStructField("source_name", StringType, false),
            createStructField("source_domain", StringType, true)
          });

  public static final StructType QUARANTINE_RECORD =
      createStructType(
          new StructField[] {
            createStructField("input_ref", StringType, false),
            createStructField("input_path", StringType, false),
            createStructField("reason", StringType, false),
            createStructField("detail", StringType, false),
            createStructField("stage", StringType, true),
            createStructField("error_class", StringType, true),
            createStructField("error_message", StringType, true),
            createStructField("input_hash", StringType, true),
            createStructField("article_id", StringType, true)
          });

  public static final StructType RAW_ITEM =
      createStructType(
          new StructField[] {
            createStructField("input_ref", StringType, false),
            createStructField("input_path", StringType, false),
            createStructField("input_format", StringType, false),
            createStructField("text", StringType, false),
            createStructField("decoded_as", StringType, false),
            createStructField("raw_sha256", StringType, false),
            createStructField("given_id", StringType, true),
            createStructField("given_url", StringType, true),
            createStructField("given_title", StringType, true),
            createStructField("given_published", StringType, true),
            createStructField("given_source", StringType, true)
          });

  /** What the ingest step emits per item: exactly one of the two structs is set. */
  public static final StructType RAW_OUTCOME =
      createStructType(
          new StructField[] {
            createStructField("item", RAW_ITEM, true),
            createStructField("rejected", QUARANTINE_RECORD, true)
          });

  /** What the ingest+clean step emits per item: exactly one of the two structs is set. */
  public static final StructType CLEAN_OUTCOME =
      createStructType(
          new StructField[] {
            createStructField("article", ARTICLE, true),
            createStructField("rejected", QUARANTINE_RECORD, true)
          });

  public static final StructType DIM_SOURCES_SCHEMA =
      createStructType(
          new StructField[] {
            createStructField("source_id", StringType, false),
            createStructField("source_name", StringType, false),
            createStructField("domain", StringType, true),
            createStructField("article_count", LongType, false),
            createStructField("run_date", DateType, false)
          });

  public static final StructType ACTOR_MENTION =
      createStructType(
          new StructField[] {
            createStructField("article_id", StringType, false),
            createStructField("actor_id", StringType, false),
            createStructField("sentence_no", IntegerType, false),
            createStructField("char_start", IntegerType, false),
            createStructField("char_end", IntegerType, false),
            createStructField("surface", StringType, false),
            createStructField("cameo_code", StringType, true),
            createStructField("resolution_method", StringType, false)
          });

  /** One actor as one article saw it; the job aggregates these into dim_actors rows. */
  public static final StructType ARTICLE_ACTOR =
      createStructType(
          new StructField[] {
            createStructField("actor_id", StringType, false),
            createStructField("actor_key", StringType, false),
            createStructField("name", StringType, false),
            createStructField("actor_type", StringType, false),
            createStructField("country_code", StringType, true),
            createStructField("role", StringType, true),
            createStructField("cameo_code", StringType, true),
            createStructField("aliases", createArrayType(StringType, false), false),
            createStructField("is_known", BooleanType, false),
            createStructField("evidence", StringType, true),
            createStructField("mention_count", LongType, false),
            createStructField("seen_date", DateType, true)
          });

  /**
   * One coded event mention as the coding step emits it: the columns of fct_event_mentions, the
   * event-level columns the anchor mention of a new event gives fct_events, and what dedup needs.
   */
  public static final StructType EVENT_MENTION =
      createStructType(
          new StructField[] {
            createStructField("mention_id", StringType, false),
            createStructField("article_id", StringType, false),
            createStructField("article_dated", BooleanType, false),
            createStructField("sentence_no", IntegerType, false),
            createStructField("action_token", IntegerType, false),
            createStructField("verb", StringType, false),
            createStructField("actor1_id", StringType, false),
            createStructField("actor2_id", StringType, true),
            createStructField("attributed_actor_id", StringType, true),
            createStructField("actor1_code", StringType, true),
            createStructField("actor2_code", StringType, true),
            createStructField("actor1_type", StringType, true),
            createStructField("actor2_type", StringType, true),
            createStructField("actor1_country_code", StringType, true),
            createStructField("actor2_country_code", StringType, true),
            createStructField("event_code", StringType, false),
            createStructField("event_base_code", StringType, false),
            createStructField("event_root_code", StringType, false),
            createStructField("quad_class", IntegerType, false),
            createStructField("goldstein", DoubleType, true),
            createStructField("plover_event", StringType, true),
            createStructField("pattern", StringType, false),
            createStructField("status", StringType, false),
            createStructField("status_cue", StringType, false),
            createStructField("confidence", DoubleType, false),
            createStructField("confidence_evidence", StringType, false),
            createStructField("event_date", DateType, true),
            createStructField("date_precision", StringType, false),
            createStructField("date_from_sentence", BooleanType, false),
            createStructField("date_basis", StringType, false),
            createStructField("date_expression", StringType, true),
            createStructField("location_name", StringType, true),
            createStructField("location_country_code", StringType, true),
            createStructField("quantity", LongType, true),
            createStructField("quantity_unit", StringType, true),
            createStructField("past_tense", BooleanType, false),
            createStructField("sentence", StringType, false),
            createStructField("block_key", StringType, false)
          });

  /** fct_events as stored: one row per event, written by the run that first saw it. */
  public static final StructType FCT_EVENTS_SCHEMA =
      createStructType(
          new StructField[] {
            createStructField("event_id", StringType, false),
            createStructField("event_date", DateType, true),
            createStructField("date_precision", StringType, false),
            createStructField("date_basis", StringType, false),
            createStructField("actor1_id", StringType, false),
            createStructField("actor2_id", StringType, true),
            createStructField("actor1_type", StringType, true),
            createStructField("actor1_country_code", StringType, true),
            createStructField("actor2_type", StringType, true),
            createStructField("actor2_country_code", StringType, true),
            createStructField("event_code", StringType, false),
            createStructField("event_base_code", StringType, false),
            createStructField("event_root_code", StringType, false),
            createStructField("quad_class", IntegerType, false),
            createStructField("goldstein", DoubleType, true),
            createStructField("plover_event", StringType, true),
            createStructField("location_name", StringType, true),
            createStructField("location_country_code", StringType, true),
            createStructField("quantity", LongType, true),
            createStructField("quantity_unit", StringType, true),
            createStructField("block_key", StringType, false),
            createStructField("run_date", DateType, false)
          });

  /**
   * Which event each of a run's mentions belongs to, and why (EventDeduplicator.Merge); the anchor
   * is the mention that made it.
   */
  public static final StructType EVENT_ASSIGNMENT =
      createStructType(
          new StructField[] {
            createStructField("mention_id", StringType, false),
            createStructField("event_id", StringType, false),
            createStructField("is_anchor", BooleanType, false),
            createStructField("merge_rule", StringType, false),
            createStructField("merge_score", DoubleType, false)
          });

  /** dim_event_codes as stored: the CAMEO event codes the run coded with. */
  public static final StructType DIM_EVENT_CODES_SCHEMA =
      createStructType(
          new StructField[] {
            createStructField("event_code", StringType, false),
            createStructField("description", StringType, false),
            createStructField("event_base_code", StringType, false),
            createStructField("event_root_code", StringType, false),
            createStructField("quad_class", IntegerType, false),
            createStructField("goldstein", DoubleType, true),
            createStructField("plover_event", StringType, true),
            createStructField("plover_mode", StringType, true),
            createStructField("plover_context", StringType, true),
            createStructField("run_date", DateType, false)
          });

  /**
   * What the nlp+actors+events step emits per article. When one of its stages threw on the article,
   * failed holds the quarantine record and the lists are empty: an article is coded wholly or not
   * at all.
   */
  public static final StructType ACTOR_OUTCOME =
      createStructType(
          new StructField[] {
            createStructField("article_id", StringType, false),
            createStructField("mentions", createArrayType(ACTOR_MENTION, false), false),
            createStructField("actors", createArrayType(ARTICLE_ACTOR, false), false),
            createStructField("events", createArrayType(EVENT_MENTION, false), false),
            createStructField("tokens", LongType, false),
            createStructField("sentences", LongType, false),
            createStructField("deep_sentences", LongType, false),
            createStructField("failed", QUARANTINE_RECORD, true)
          });

  static final StructField IS_DUPLICATE = createStructField("is_duplicate", BooleanType, false);
}
