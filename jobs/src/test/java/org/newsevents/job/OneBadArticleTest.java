package org.newsevents.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.SharedData;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.DataTests;
import org.newsevents.warehouse.Gates;
import org.newsevents.warehouse.RunRecord;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * Issue 13: one bad article no longer fails or blocks the night. Real Spark, CoreNLP, Parquet and
 * DuckDB; the broken article is made by the test-only {@link ArticleFailPoint}.
 */
class OneBadArticleTest {
  private static final String BROKEN = "002_bceca436d5cb6915";
  private static final String HEALTHY = "001_9999db3ac14877e5";

  @TempDir Path temp;

  @Test
  void oneArticleThatBreaksEventCodingNoLongerFailsTheNight() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    for (String seed : List.of(HEALTHY, BROKEN)) {
      Files.copy(
          SharedData.projectRoot().resolve("seeds/articles/" + seed + ".txt"),
          input.resolve(seed + ".txt"));
    }
    Path warehouse = temp.resolve("warehouse");
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    NightlyJob.Options options =
        new NightlyJob.Options(List.of(input), warehouse, LocalDate.of(2022, 1, 24));

    System.setProperty(ArticleFailPoint.SYSTEM_PROPERTY, "events:" + BROKEN);
    NightlyJob.Summary summary;
    try {
      // One failed article in two is far above the default share: nothing is published.
      assertThatThrownBy(() -> Warehouses.run(options))
          .isInstanceOf(NightlyJob.GateFailedException.class)
          .hasMessageContaining("max-failed-article-share 0.500 > 0.010: FAIL");
      assertThat(layout.manifest()).doesNotExist();
      RunRecord refused = RunRecord.read(layout.runRecord("2022-01-24"));
      assertThat(refused.status()).isEqualTo(RunRecord.GATE_FAILED);
      assertThat(refused.quarantineByReason()).isEqualTo(Map.of("events-failed", 1L));

      summary =
          Warehouses.run(
              options.withGates(
                  Gates.Thresholds.defaults()
                      .with(Gates.Gate.named("max-failed-article-share").orElseThrow(), 0.5)));
    } finally {
      System.clearProperty(ArticleFailPoint.SYSTEM_PROPERTY);
    }

    assertThat(summary.itemsRead()).isEqualTo(2);
    assertThat(summary.articlesKept()).isEqualTo(2);
    assertThat(summary.quarantined()).isEqualTo(1);
    assertThat(
            Warehouses.query(
                warehouse,
                "select q.input_ref, q.reason, q.stage, q.error_class, q.error_message,"
                    + " q.input_hash = a.raw_sha256, q.detail like 'Event coding failed for article '"
                    + " || a.article_id || ' with InjectedFailure: %'"
                    + " from quarantine q join dim_articles a on a.article_id = q.article_id"))
        .containsExactly(
            BROKEN
                + " | events-failed | events | org.newsevents.job.ArticleFailPoint$InjectedFailure"
                + " | Injected failure in stage events for input "
                + BROKEN
                + " (NEWSEVENTS_FAIL_ARTICLE_AT) | true | true");
    // Coded wholly or not at all: the broken article keeps its row but no mention; the other is
    // coded as on any night.
    assertThat(
            Warehouses.query(
                warehouse,
                "select a.input_ref,"
                    + " (select count(*) from fct_actor_mentions m where m.article_id = a.article_id) > 0,"
                    + " (select count(*) from fct_event_mentions m where m.article_id = a.article_id) > 0"
                    + " from dim_articles a order by 1"))
        .containsExactly(HEALTHY + " | true | true", BROKEN + " | false | false");
    RunRecord published = RunRecord.read(layout.runRecord("2022-01-24"));
    assertThat(published.status()).isEqualTo(RunRecord.SUCCEEDED);
    assertThat(published.gates())
        .filteredOn(gate -> gate.gate().equals("max-failed-article-share"))
        .extracting(Gates.Result::value, Gates.Result::passed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0.5, true));
  }

  @Test
  void unrepairableMojibakeNoLongerBlocksTheNight() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(
        input.resolve("clean.txt"),
        "Talks resume in Geneva\n\nDiplomats from both countries met on Friday in Geneva to resume"
            + " talks about the border.",
        StandardCharsets.UTF_8);
    // "€â€" is what is left of a quotation mark that went through cp1252 twice with a byte lost:
    // cleaning cannot repair it, and dim_articles__text_is_clean flags it.
    Files.writeString(
        input.resolve("mojibake.txt"),
        "Plan welcomed\n\nDiplomats from both countries met on Friday in Geneva and the minister"
            + " said €â€ to the plan, officials said.",
        StandardCharsets.UTF_8);
    Path warehouse = temp.resolve("warehouse");
    WarehouseLayout layout = new WarehouseLayout(warehouse);

    NightlyJob.Summary summary =
        Warehouses.run(
            new NightlyJob.Options(
                List.of(input), warehouse, LocalDate.of(2022, 1, 25), NightlyJob.Scope.ARTICLES));

    assertThat(Warehouses.query(warehouse, "select input_ref from dim_articles order by 1"))
        .containsExactly("clean", "mojibake");
    assertThat(summary.dataTestWarnings()).isEqualTo(Map.of("dim_articles__text_is_clean", 1L));
    assertThat(summary.dataTests())
        .filteredOn(test -> test.status().equals("pass"))
        .hasSize(summary.dataTests().size() - 1);
    RunRecord record = RunRecord.read(layout.runRecord("2022-01-25"));
    assertThat(record.dataTests())
        .filteredOn(test -> test.name().equals("dim_articles__text_is_clean"))
        .extracting(
            DataTests.Outcome::severity, DataTests.Outcome::status, DataTests.Outcome::failingRows)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("warn", "warn", 1L));
    String mojibakeId =
        Warehouses.query(
                warehouse, "select article_id from dim_articles where input_ref = 'mojibake'")
            .get(0);
    assertThat(record.dataTestWarnings())
        .containsExactly(
            Map.of(
                "test",
                "dim_articles__text_is_clean",
                "article_id",
                mojibakeId,
                "input_ref",
                "mojibake",
                "problem",
                "mojibake of punctuation"));
    String page = Files.readString(layout.runReport("2022-01-25"), StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Content data-test warnings")
        .contains(
            "article_id=" + mojibakeId + ", input_ref=mojibake, problem=mojibake of punctuation")
        .contains("<b>1</b>rows flagged by content data tests");
  }
}
