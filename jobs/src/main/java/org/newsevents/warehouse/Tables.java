package org.newsevents.warehouse;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
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

  /**
   * Every table the nightly job publishes. The catalog creates their views in this order, so a view
   * may read the views listed before it (dim_sources counts dim_articles, dim_actors counts
   * fct_actor_mentions).
   */
  public static final List<String> ALL =
      List.of(DIM_ARTICLES, DIM_SOURCES, QUARANTINE, FCT_ACTOR_MENTIONS, DIM_ACTORS);

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
            createStructField("detail", StringType, false)
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
            createStructField("seen_date", DateType, false)
          });

  /** What the nlp+actors step emits per article. */
  public static final StructType ACTOR_OUTCOME =
      createStructType(
          new StructField[] {
            createStructField("article_id", StringType, false),
            createStructField("mentions", createArrayType(ACTOR_MENTION, false), false),
            createStructField("actors", createArrayType(ARTICLE_ACTOR, false), false),
            createStructField("tokens", LongType, false),
            createStructField("sentences", LongType, false),
            createStructField("deep_sentences", LongType, false)
          });

  static final StructField IS_DUPLICATE = createStructField("is_duplicate", BooleanType, false);
}
