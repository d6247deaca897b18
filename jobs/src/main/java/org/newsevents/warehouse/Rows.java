package org.newsevents.warehouse;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsevents.clean.Article;
import org.newsevents.clean.ArticleCleaner;
import org.newsevents.ingest.InputFormat;
import org.newsevents.ingest.QuarantineRecord;
import org.newsevents.ingest.RawItem;

/** Plain Java records to Spark rows of the schemas in {@link Tables}. */
public final class Rows {
  private Rows() {}

  public static Row outcome(ArticleCleaner.Outcome outcome) {
    return RowFactory.create(
        outcome.article() == null ? null : article(outcome.article()),
        outcome.rejected() == null ? null : rejected(outcome.rejected()));
  }

  public static Row rejectedOutcome(QuarantineRecord record) {
    return RowFactory.create(null, rejected(record));
  }

  public static Row rawItem(RawItem item) {
    return RowFactory.create(
        RowFactory.create(
            item.inputRef(),
            item.inputPath(),
            item.format().name(),
            item.text(),
            item.decodedAs(),
            item.rawSha256(),
            item.givenId(),
            item.givenUrl(),
            item.givenTitle(),
            item.givenPublished(),
            item.givenSource()),
        null);
  }

  public static Row rawRejected(QuarantineRecord record) {
    return RowFactory.create(null, rejected(record));
  }

  public static RawItem toRawItem(Row row) {
    return new RawItem(
        row.getString(0),
        row.getString(1),
        InputFormat.valueOf(row.getString(2)),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getString(9),
        row.getString(10));
  }

  public static QuarantineRecord toQuarantineRecord(Row row) {
    return new QuarantineRecord(
        row.getString(0),
        row.getString(1),
        QuarantineRecord.Reason.fromCode(row.getString(2)),
        row.getString(3),
        row.isNullAt(4) ? null : QuarantineRecord.Stage.fromCode(row.getString(4)),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getString(8));
  }

  static Row article(Article a) {
    return RowFactory.create(
        a.articleId(),
        a.sourceId(),
        a.inputRef(),
        a.inputPath(),
        a.inputFormat().name().toLowerCase(java.util.Locale.ROOT),
        a.title(),
        a.publishedDate() == null ? null : Date.valueOf(a.publishedDate()),
        a.dateSource().code(),
        a.language(),
        a.text(),
        scalaSeq(a.paragraphLanguages()),
        scalaSeq(a.nonEnglishParagraphs()),
        a.wordCount(),
        a.rawSha256(),
        scalaSeq(a.repairs()),
        scalaSeq(
            a.removed().stream()
                .map(r -> RowFactory.create(r.paragraphIndex(), r.reason(), r.text()))
                .toList()),
        scalaSeq(a.agencies()),
        a.contentFingerprint(),
        a.sourceName(),
        a.sourceDomain());
  }

  /** A {@link Tables#QUARANTINE_RECORD} row. */
  public static Row rejected(QuarantineRecord q) {
    return RowFactory.create(
        q.inputRef(),
        q.inputPath(),
        q.reason().code(),
        q.detail(),
        q.stage() == null ? null : q.stage().code(),
        q.errorClass(),
        q.errorMessage(),
        q.inputHash(),
        q.articleId());
  }

  /** Spark rows hold arrays as Scala sequences; a java.util.List fails at encoding time. */
  public static <T> scala.collection.immutable.Seq<T> scalaSeq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
  }
}
