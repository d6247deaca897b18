package org.newsevents.warehouse;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsevents.clean.Article;
import org.newsevents.clean.ArticleCleaner;
import org.newsevents.ingest.QuarantineRecord;

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

  static Row rejected(QuarantineRecord q) {
    return RowFactory.create(q.inputRef(), q.inputPath(), q.reason().code(), q.detail());
  }

  /** Spark rows hold arrays as Scala sequences; a java.util.List fails at encoding time. */
  public static <T> scala.collection.immutable.Seq<T> scalaSeq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
  }
}
