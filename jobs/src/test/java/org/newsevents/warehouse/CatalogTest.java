package org.newsevents.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.Warehouses;

/**
 * The DuckDB catalog runs leave behind, opened read-only as an analyst would: two nights, the
 * second reading one article of the first again and another report of an event of the first, so the
 * relations' dedup over run dates and their counts over mentions have something to do.
 */
class CatalogTest {
  @TempDir static Path temp;
  private static Path warehouse;

  @BeforeAll
  static void publish() throws IOException {
    Path night1 = Files.createDirectories(temp.resolve("night1"));
    Path night2 = Files.createDirectories(temp.resolve("night2"));
    for (Path night : List.of(night1, night2)) {
      Files.writeString(
          night.resolve("one.txt"),
          "Leaders meet in Paris\n\nThe leaders met in Paris on Monday to discuss the crisis.");
    }
    Files.writeString(
        night1.resolve("feed.jsonl"),
        "{\"id\": \"a1\", \"source\": \"reuters.com\", \"published\": \"2022-01-19\","
            + " \"text\": \"Antony Blinken will meet Sergei Lavrov in Geneva on Friday.\"}\n");
    Files.writeString(
        night2.resolve("feed.jsonl"),
        "{\"id\": \"b1\", \"source\": \"bbc.co.uk\", \"published\": \"2022-01-22\","
            + " \"text\": \"Antony Blinken met Sergei Lavrov in Geneva on Friday.\"}\n");
    warehouse = temp.resolve("warehouse");
    Warehouses.run(List.of(night1), warehouse, LocalDate.of(2022, 1, 19));
    Warehouses.run(List.of(night2), warehouse, LocalDate.of(2022, 1, 22));
  }

  @Test
  void everyRelationAndEveryColumnHasADescription() {
    assertThat(
            Warehouses.query(
                warehouse,
                "select view_name from duckdb_views() where not internal"
                    + " and (comment is null or comment = '')"
                    + " union all select table_name from duckdb_tables()"
                    + " where comment is null or comment = ''"))
        .isEmpty();
    assertThat(
            Warehouses.query(
                warehouse,
                "select c.table_name || '.' || c.column_name from duckdb_columns() c"
                    + " where not c.internal and (c.comment is null or c.comment = '')"))
        .isEmpty();
    assertThat(
            Warehouses.query(
                warehouse,
                "select count(*) from duckdb_columns() where not internal"
                    + " and table_name in ('fct_events', 'stg_fct_events')"))
        .singleElement()
        .satisfies(count -> assertThat(Integer.parseInt(count)).isGreaterThan(40));
  }

  @Test
  void theAnalystsRelationsAreTablesAndTheStagingViewsStayViews() {
    assertThat(Warehouses.query(warehouse, "select table_name from duckdb_tables() order by 1"))
        .containsExactlyInAnyOrderElementsOf(Tables.ALL);
    assertThat(
            Warehouses.query(
                warehouse, "select view_name from duckdb_views() where not internal order by 1"))
        .containsExactlyInAnyOrderElementsOf(
            Tables.ALL.stream().map(table -> Catalog.STAGING_PREFIX + table).toList());
    // A table holds its rows: nothing in its definition reads Parquet.
    assertThat(Warehouses.query(warehouse, "select sql from duckdb_tables()"))
        .hasSize(Tables.ALL.size())
        .allSatisfy(sql -> assertThat(sql).doesNotContainIgnoringCase("parquet"));
  }

  @Test
  void tablesCarryTheDocumentationOfSqlViews() {
    for (SqlLibrary.ViewDefinition view : SqlLibrary.views()) {
      assertThat(
              Warehouses.query(
                  warehouse,
                  "select comment from duckdb_tables() where table_name = "
                      + Catalog.quote(view.table())))
          .as(view.table())
          .containsExactly(view.description());
      List<String> expected =
          view.columnDocs().entrySet().stream()
              .map(column -> column.getKey() + " | " + column.getValue())
              .toList();
      assertThat(expected).as(view.table()).isNotEmpty();
      assertThat(
              Warehouses.query(
                  warehouse,
                  "select column_name, comment from duckdb_columns() where table_name = "
                      + Catalog.quote(view.table())))
          .as(view.table())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /**
   * Regression test for materializing the relations: each published table holds exactly the rows,
   * column names and types that its view SQL gives over the same published files (the in-memory
   * catalog of the data tests, which keeps views).
   */
  @Test
  void everyTableHoldsTheRowsItsViewGives() throws SQLException {
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    Manifest manifest = Manifest.read(layout.manifest());
    try (Connection views = Catalog.inMemory(Catalog.publishedFiles(layout, manifest));
        Statement sql = views.createStatement()) {
      sql.execute(
          "attach " + Catalog.quote(layout.catalog().toString()) + " as published (read_only)");
      assertThat(
              strings(
                  sql,
                  "select view_name from duckdb_views()"
                      + " where database_name = 'memory' and not internal"))
          .as("the in-memory catalog keeps the analysts' relations as views")
          .containsAll(Tables.ALL);
      for (String table : Tables.ALL) {
        long rows = number(sql, "select count(*) from memory.main." + table);
        assertThat(number(sql, "select count(*) from published.main." + table))
            .as(table)
            .isEqualTo(rows);
        if (!table.equals(Tables.QUARANTINE)) {
          assertThat(rows).as(table).isPositive();
        }
        for (String[] sides : new String[][] {{"memory", "published"}, {"published", "memory"}}) {
          assertThat(
                  number(
                      sql,
                      "select count(*) from (select * from "
                          + sides[0]
                          + ".main."
                          + table
                          + " except all select * from "
                          + sides[1]
                          + ".main."
                          + table
                          + ")"))
              .as(table + ": rows in " + sides[0] + " but not in " + sides[1])
              .isZero();
        }
        String columns =
            "select column_name, data_type from duckdb_columns() where database_name = '%s'"
                + " and table_name = '"
                + table
                + "' order by column_index";
        assertThat(strings(sql, columns.formatted("published")))
            .as(table)
            .isNotEmpty()
            .containsExactlyElementsOf(strings(sql, columns.formatted("memory")));
      }
      // The dedup and the counts had work to do: an article read on both nights shows once, from
      // the second, and the event both nights report counts both articles.
      assertThat(number(sql, "select count(*) from published.main.stg_dim_articles"))
          .isGreaterThan(number(sql, "select count(*) from published.main.dim_articles"));
      assertThat(
              strings(
                  sql,
                  "select run_date::varchar from published.main.dim_articles"
                      + " where input_ref = 'one'"))
          .containsExactly("2022-01-22");
      assertThat(number(sql, "select max(num_articles) from published.main.fct_events"))
          .as(String.join("; ", strings(sql, "select * from published.main.fct_event_mentions")))
          .isEqualTo(2);
    }
  }

  @Test
  void viewsNameFilesByAbsolutePathSoAnyWorkingDirectoryWorks() {
    List<String> definitions =
        Warehouses.query(
            warehouse,
            "select sql from duckdb_views() where not internal and view_name like 'stg_%'");
    assertThat(definitions).hasSize(Tables.ALL.size());
    assertThat(definitions)
        .allSatisfy(sql -> assertThat(sql).contains(warehouse.toAbsolutePath() + "/"));
  }

  @Test
  void theCatalogIsReplacedWholeWithNoWriteAheadLogOrTemporaryFileLeft() throws IOException {
    try (Stream<Path> files = Files.list(warehouse)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .contains(WarehouseLayout.CATALOG_FILE)
          .noneMatch(name -> name.startsWith(WarehouseLayout.CATALOG_FILE + "."));
    }
  }

  @Test
  void aFailedBuildKeepsThePreviousCatalogAndLeavesNoTemporaryFile() throws IOException {
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    String events = "select count(*), sum(num_mentions) from fct_events";
    List<String> before = Warehouses.query(warehouse, events);
    Manifest broken =
        Manifest.read(layout.manifest())
            .withPartition(
                Tables.FCT_EVENTS,
                "2022-01-23",
                List.of("fct_events/run_date=2022-01-23/gone.parquet"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Catalog.regenerate(layout, broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Could not write the DuckDB catalog");
    assertThat(Warehouses.query(warehouse, events)).isEqualTo(before);
    try (Stream<Path> files = Files.list(warehouse)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .noneMatch(name -> name.startsWith(WarehouseLayout.CATALOG_FILE + "."));
    }
  }

  @Test
  void catalogIsReadOnlyForAnalysts() {
    try (var connection = Catalog.openReadOnly(new WarehouseLayout(warehouse));
        var statement = connection.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> statement.execute("create table x as select 1"))
          .hasMessageContaining("read-only");
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static long number(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static List<String> strings(Statement sql, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet result = sql.executeQuery(query)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> row = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
          row.add(result.getString(c));
        }
        values.add(String.join(" | ", row));
      }
    }
    return values;
  }
}
