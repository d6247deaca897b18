package org.newsevents.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.newsevents.job.NightlyJob;
import org.newsevents.job.SparkSessions;
import org.newsevents.warehouse.Catalog;
import org.newsevents.warehouse.Publisher;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * The actors stage on the seeds: which actors resolve, to what, and which stay unknown and why
 * (named entities on GUM news and Wikigold are {@link EntityQuality}'s).
 */
public final class ActorQuality {
  private final PrintStream out;

  public ActorQuality(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints the figures and returns the seeds' events per status (fct_events.status), for
   * QUALITY.md.
   */
  public java.util.Map<String, Long> run(Path seeds, String master)
      throws IOException, SQLException {
    java.util.Map<String, Long> eventsByStatus = new java.util.LinkedHashMap<>();
    Path warehouse = Files.createTempDirectory("newsevents-actor-quality");
    SparkSession spark = SparkSessions.create(master);
    try {
      new NightlyJob(
              spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
          .run(new NightlyJob.Options(List.of(seeds), warehouse, LocalDate.of(2022, 2, 11)));
      try (Connection duck = Catalog.openReadOnly(new WarehouseLayout(warehouse));
          Statement statement = duck.createStatement()) {
        section(
            statement,
            "Seeds: actors by type, known (in the dictionary) or unknown (found in the text)",
            "select actor_type, is_known, count(*) as actors, sum(mention_count) as mentions from dim_actors group by all order by 1, 2");
        section(
            statement,
            "Seeds: people and the forms they were named by",
            "select a.name, a.country_code, a.cameo_code, string_agg(distinct m.surface, ' / ') as forms "
                + "from fct_actor_mentions m join dim_actors a using (actor_id) where a.actor_type = 'person' group by all order by 1");
        section(
            statement,
            "Seeds: how mentions were resolved",
            "select resolution_method, count(*) as mentions from fct_actor_mentions group by 1 order by 2 desc");
        section(
            statement,
            "Seeds: unknown actors, and why (not in the dictionary; the evidence sentence shows what the text says of them)",
            "select name, actor_type, coalesce(country_code, '?') as country, coalesce(role, '?') as role, evidence "
                + "from dim_actors where not is_known order by 1");
        section(
            statement,
            "Seeds: events and mentions per status",
            "select e.status, count(distinct e.event_id) as events, count(m.mention_id) as mentions "
                + "from fct_events e join fct_event_mentions m using (event_id) group by 1 order by 2 desc");
        try (ResultSet result =
            statement.executeQuery(
                "select status, count(*) from fct_events group by 1 order by 2 desc, 1")) {
          while (result.next()) {
            eventsByStatus.put(result.getString(1), result.getLong(2));
          }
        }
      }
    } finally {
      spark.stop();
      Publisher.deleteTree(warehouse);
    }
    return eventsByStatus;
  }

  private void section(Statement statement, String title, String sql) throws SQLException {
    out.println();
    out.println(title + ":");
    try (ResultSet result = statement.executeQuery(sql)) {
      org.newsevents.cli.ResultPrinter.printTable(result, out);
    }
  }
}
