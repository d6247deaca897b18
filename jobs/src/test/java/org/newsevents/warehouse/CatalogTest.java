package org.newsevents.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.Warehouses;

/** The DuckDB catalog a run leaves behind, opened read-only as an analyst would. */
class CatalogTest {
  @TempDir static Path temp;
  private static Path warehouse;

  @BeforeAll
  static void publish() throws IOException {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(
        input.resolve("one.txt"),
        "Leaders meet in Paris\n\nThe leaders met in Paris on Monday to discuss the crisis.");
    warehouse = temp.resolve("warehouse");
    Warehouses.run(List.of(input), warehouse, LocalDate.of(2022, 2, 1));
  }

  @Test
  void everyViewAndEveryColumnHasADescription() {
    assertThat(
            Warehouses.query(
                warehouse,
                "select view_name from duckdb_views() where not internal and (comment is null or comment = '') "))
        .isEmpty();
    assertThat(
            Warehouses.query(
                warehouse,
                "select c.table_name || '.' || c.column_name from duckdb_columns() c join duckdb_views() v on v.view_name = c.table_name "
                    + "where not v.internal and (c.comment is null or c.comment = '')"))
        .isEmpty();
    assertThat(
            Warehouses.query(
                warehouse, "select view_name from duckdb_views() where not internal order by 1"))
        .containsExactlyInAnyOrderElementsOf(
            Tables.ALL.stream()
                .flatMap(table -> java.util.stream.Stream.of(table, "stg_" + table))
                .toList());
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
}
