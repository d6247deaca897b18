package org.newsevents.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gates computed by the real DuckDB on small staged tables. */
class GatesTest {
  private static Connection staged() throws SQLException {
    Connection duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement sql = duck.createStatement()) {
      sql.execute(
          "create table dim_articles as select * from (values ('a1', 'field', null),"
              + " ('a2', 'field', null), ('a3', 'run-date', null))"
              + " as t(article_id, date_source, date_evidence)");
      // a3 is kept uncoded (events failed), one item failed cleaning, one was empty.
      sql.execute(
          "create table quarantine as select * from (values ('events-failed', 'events', 'a3'),"
              + " ('cleaning-failed', 'clean', null), ('empty', null, null))"
              + " as t(reason, stage, article_id)");
      sql.execute("create table fct_event_mentions (actor2_id varchar)");
    }
    return duck;
  }

  private static Gates.Result result(List<Gates.Result> results, String gate) {
    return results.stream().filter(r -> r.gate().equals(gate)).findFirst().orElseThrow();
  }

  @Test
  void failedArticleShareCountsEveryStageThatThrewOverTheItemsRead() throws SQLException {
    try (Connection duck = staged()) {
      List<Gates.Result> defaults = Gates.evaluate(duck, Gates.Thresholds.defaults());
      // Items read: 3 articles plus 2 quarantined items that are not one of them.
      assertThat(result(defaults, "max-failed-article-share").value()).isEqualTo(2.0 / 5);
      assertThat(result(defaults, "max-failed-article-share").passed()).isFalse();
      assertThat(result(defaults, "max-failed-article-share").describe())
          .isEqualTo("max-failed-article-share 0.400 > 0.010: FAIL");
      assertThat(result(defaults, "max-quarantine-share").value()).isEqualTo(3.0 / 5);

      List<Gates.Result> lenient =
          Gates.evaluate(
              duck,
              Gates.Thresholds.defaults()
                  .with(Gates.Gate.named("max-failed-article-share").orElseThrow(), 0.5));
      assertThat(result(lenient, "max-failed-article-share").passed()).isTrue();
    }
  }
}
