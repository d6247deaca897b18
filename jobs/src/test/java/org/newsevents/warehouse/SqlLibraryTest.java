package org.newsevents.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/**
 * Docs stay true: every table and column the catalog shows has a description, and every documented
 * column exists.
 */
class SqlLibraryTest {
  @Test
  void everyTableHasAViewWithAGrainSentence() {
    assertThat(SqlLibrary.views())
        .extracting(SqlLibrary.ViewDefinition::table)
        .containsExactlyInAnyOrderElementsOf(Tables.ALL);
    assertThat(SqlLibrary.views())
        .allSatisfy(view -> assertThat(view.description()).startsWith("One row per"));
  }

  @Test
  void physicalColumnsAreAllDocumented() {
    Map<String, SqlLibrary.ViewDefinition> views =
        SqlLibrary.views().stream()
            .collect(Collectors.toMap(SqlLibrary.ViewDefinition::table, v -> v));
    List<String> articleColumns = new ArrayList<>();
    for (StructField field : Tables.ARTICLE.fields()) {
      if (!field.name().startsWith("source_")) {
        articleColumns.add(field.name());
      }
    }
    articleColumns.remove("content_fingerprint");
    articleColumns.add("date_evidence");
    articleColumns.addAll(
        List.of("source_id", "content_fingerprint", "is_duplicate", "duplicate_of", "run_date"));
    assertThat(views.get(Tables.DIM_ARTICLES).columnDocs().keySet())
        .containsExactlyInAnyOrderElementsOf(articleColumns);
    List<String> quarantineColumns = new ArrayList<>();
    for (StructField field : Tables.QUARANTINE_RECORD.fields()) {
      quarantineColumns.add(field.name());
    }
    quarantineColumns.add("run_date");
    assertThat(views.get(Tables.QUARANTINE).columnDocs().keySet())
        .containsExactlyInAnyOrderElementsOf(quarantineColumns);
  }

  @Test
  void dataTestsAndExportsAreBundled() {
    assertThat(SqlLibrary.files("tests"))
        .extracting(SqlLibrary.SqlFile::name)
        .contains("dim_articles__article_id_unique", "dim_articles__source_exists");
    assertThat(SqlLibrary.files("exports"))
        .extracting(SqlLibrary.SqlFile::name)
        .contains("articles_by_source_and_day", "quarantine_report");
  }
}
