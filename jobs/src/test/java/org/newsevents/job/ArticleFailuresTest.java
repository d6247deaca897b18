package org.newsevents.job;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsevents.ingest.QuarantineRecord;
import org.newsevents.warehouse.Rows;
import org.newsevents.warehouse.Tables;

/** A per-article stage that throws on one article, without Spark jobs or CoreNLP. */
class ArticleFailuresTest {
  private static final StructType ARTICLE_INPUT =
      createStructType(
          new StructField[] {
            createStructField("article_id", StringType, false),
            createStructField("input_ref", StringType, false),
            createStructField("input_path", StringType, false),
            createStructField("raw_sha256", StringType, false),
            createStructField("text", StringType, true),
            createStructField("paragraph_languages", createArrayType(StringType, false), false),
            createStructField("published_date", DateType, true),
            createStructField("run_date", DateType, false)
          });

  private static Row article(String inputRef, String text) {
    return new GenericRowWithSchema(
        new Object[] {
          "a1b2c3d4e5f60718",
          inputRef,
          "/in/" + inputRef + ".txt",
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
          text,
          Rows.scalaSeq(List.of("en")),
          null,
          Date.valueOf("2022-01-22")
        },
        ARTICLE_INPUT);
  }

  @Test
  void anArticleThatBreaksTheNlpStageComesBackUncodedWithItsQuarantineRecord() {
    // A text the stage cannot read: annotating it throws before CoreNLP is even asked.
    Row outcome =
        ActorStage.annotateAndResolve(
            article("broken", null), null, null, null, null, ArticleFailPoint.parse("nlp:none"));

    assertThat(outcome.length()).isEqualTo(Tables.ACTOR_OUTCOME.size());
    assertThat(outcome.getString(0)).isEqualTo("a1b2c3d4e5f60718");
    assertThat(outcome.getSeq(1).isEmpty()).isTrue();
    assertThat(outcome.getSeq(2).isEmpty()).isTrue();
    assertThat(outcome.getSeq(3).isEmpty()).isTrue();
    QuarantineRecord failed = Rows.toQuarantineRecord(outcome.getStruct(7));
    assertThat(failed.reason()).isEqualTo(QuarantineRecord.Reason.NLP_FAILED);
    assertThat(failed.stage()).isEqualTo(QuarantineRecord.Stage.NLP);
    assertThat(failed.errorClass()).isEqualTo("java.lang.NullPointerException");
    assertThat(failed.inputRef()).isEqualTo("broken");
    assertThat(failed.inputPath()).isEqualTo("/in/broken.txt");
    assertThat(failed.inputHash())
        .isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    assertThat(failed.articleId()).isEqualTo("a1b2c3d4e5f60718");
    assertThat(failed.detail())
        .startsWith(
            "CoreNLP annotation failed for article a1b2c3d4e5f60718 with NullPointerException")
        .endsWith("; the article is kept without actor or event mentions.");
  }

  @Test
  void theFailPointThrowsForItsStageAndArticleOnly() {
    ArticleFailPoint failPoint = ArticleFailPoint.parse("events:feed-7");

    failPoint.check(QuarantineRecord.Stage.NLP, "feed-7");
    failPoint.check(QuarantineRecord.Stage.EVENTS, "feed-8");
    assertThatThrownBy(() -> failPoint.check(QuarantineRecord.Stage.EVENTS, "wire/feed-7:3"))
        .isInstanceOf(ArticleFailPoint.InjectedFailure.class)
        .hasMessage(
            "Injected failure in stage events for input wire/feed-7:3 (NEWSEVENTS_FAIL_ARTICLE_AT)");
  }

  @Test
  void theFailPointIsInertWhenUnsetAndRejectsABadSetting() {
    assertThat(System.getProperty(ArticleFailPoint.SYSTEM_PROPERTY)).isNull();
    ArticleFailPoint.fromEnvironment().check(QuarantineRecord.Stage.NLP, "anything");

    assertThatThrownBy(() -> ArticleFailPoint.parse("events"))
        .hasMessageContaining("is not <stage>:<part of an input_ref>");
    assertThatThrownBy(() -> ArticleFailPoint.parse("parse:feed-7"))
        .hasMessage("Unknown per-article stage parse");
  }

  @Test
  void aStackOverflowWithoutMessageIsRecordedWithItsClassAndNoMessage() {
    QuarantineRecord record =
        QuarantineRecord.stageFailure(
            QuarantineRecord.Stage.EVENTS,
            "feed-7",
            "feed.jsonl:7",
            "ab12",
            "0011",
            new StackOverflowError());

    assertThat(record.reason().code()).isEqualTo("events-failed");
    assertThat(record.stage().code()).isEqualTo("events");
    assertThat(record.errorClass()).isEqualTo("java.lang.StackOverflowError");
    assertThat(record.errorMessage()).isNull();
    assertThat(record.detail())
        .isEqualTo(
            "Event coding failed for article 0011 with StackOverflowError; the article is kept"
                + " without actor or event mentions.");
  }

  @Test
  void aCleaningFailureNamesNoArticle() {
    QuarantineRecord record =
        QuarantineRecord.stageFailure(
            QuarantineRecord.Stage.CLEAN,
            "feed-7",
            "feed.jsonl:7",
            "ab12",
            null,
            new IllegalStateException("Bad span.\nat line 3"));

    assertThat(record.reason()).isEqualTo(QuarantineRecord.Reason.CLEANING_FAILED);
    assertThat(record.errorMessage()).isEqualTo("Bad span.\nat line 3");
    assertThat(record.detail()).isEqualTo("Cleaning failed with IllegalStateException: Bad span.");
  }
}
