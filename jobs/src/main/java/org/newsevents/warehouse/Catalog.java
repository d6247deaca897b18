package org.newsevents.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The DuckDB side of the warehouse: views over the published Parquet files, documented with COMMENT
 * ON, in a catalog file that analysts open from the DuckDB CLI, DBeaver or a notebook. Views name
 * files by absolute path, so the catalog works from any working directory (after moving the
 * warehouse folder, rerun a job to rewrite it).
 */
public final class Catalog {
  private static final String SOURCE_PLACEHOLDER = "{{ source }}";
  public static final String STAGING_PREFIX = "stg_";

  private Catalog() {}

  /**
   * Rewrites warehouse/newsevents.duckdb for the files in the manifest; readers switch over in one
   * rename.
   */
  public static void regenerate(WarehouseLayout layout, Manifest manifest) {
    Path target = layout.catalog();
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      Files.deleteIfExists(temporary);
      Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + ".wal"));
      try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + temporary)) {
        createViews(connection, publishedFiles(layout, manifest));
      }
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not write the DuckDB catalog " + target + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not replace the DuckDB catalog " + target, e);
    }
  }

  /**
   * Opens the catalog for reading only; several readers may hold it open while a run replaces it.
   */
  public static Connection openReadOnly(WarehouseLayout layout) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + layout.catalog(), properties);
  }

  /**
   * An in-memory DuckDB with the views over the given files: how data tests see a run before it is
   * published.
   */
  public static Connection inMemory(Map<String, List<Path>> filesByTable) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    createViews(connection, filesByTable);
    return connection;
  }

  public static Map<String, List<Path>> publishedFiles(WarehouseLayout layout, Manifest manifest) {
    return Tables.ALL.stream()
        .collect(
            Collectors.toMap(
                table -> table,
                table -> manifest.files(table).stream().map(layout.root()::resolve).toList()));
  }

  /**
   * For each table, a staging view stg_&lt;table&gt; over its Parquet files as stored (every run
   * date, every row), and the analysts' view from sql/views on top of it. Data tests use the
   * staging views to check what is stored, not only what the analysts' views show.
   */
  static void createViews(Connection connection, Map<String, List<Path>> filesByTable)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      List<SqlLibrary.ViewDefinition> views = new java.util.ArrayList<>(SqlLibrary.views());
      views.sort(java.util.Comparator.comparingInt(view -> Tables.ALL.indexOf(view.table())));
      for (SqlLibrary.ViewDefinition view : views) {
        List<Path> files = filesByTable.getOrDefault(view.table(), List.of());
        if (files.isEmpty()) {
          throw new IllegalStateException(
              "The table " + view.table() + " has no Parquet files to make a view of.");
        }
        String staging = STAGING_PREFIX + view.table();
        statement.execute(
            "create or replace view " + staging + " as select * from " + readParquet(files));
        statement.execute(
            "comment on view "
                + staging
                + " is "
                + quote(
                    "Every stored row of "
                        + view.table()
                        + ", all run dates, as published in Parquet. "
                        + "Analysts query "
                        + view.table()
                        + "; this view is for audits and data tests."));
        for (String column : columnNames(statement, staging)) {
          String doc =
              view.columnDocs().getOrDefault(column, "Stored column of " + view.table() + ".");
          statement.execute("comment on column " + staging + "." + column + " is " + quote(doc));
        }
        statement.execute(
            "create or replace view "
                + view.table()
                + " as "
                + view.body().replace(SOURCE_PLACEHOLDER, staging));
        statement.execute("comment on view " + view.table() + " is " + quote(view.description()));
        for (Map.Entry<String, String> column : view.columnDocs().entrySet()) {
          statement.execute(
              "comment on column "
                  + view.table()
                  + "."
                  + column.getKey()
                  + " is "
                  + quote(column.getValue()));
        }
      }
    }
  }

  private static List<String> columnNames(Statement statement, String view) throws SQLException {
    List<String> names = new java.util.ArrayList<>();
    try (var result =
        statement.executeQuery(
            "select column_name from duckdb_columns() where table_name = " + quote(view))) {
      while (result.next()) {
        names.add(result.getString(1));
      }
    }
    return names;
  }

  private static String readParquet(List<Path> files) {
    String list =
        files.stream()
            .map(p -> quote(p.toAbsolutePath().toString()))
            .collect(Collectors.joining(", "));
    return "read_parquet([" + list + "], union_by_name = true)";
  }

  static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
