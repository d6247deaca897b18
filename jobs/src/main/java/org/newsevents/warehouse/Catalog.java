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
import java.util.stream.Collectors;

/**
 * The DuckDB side of the warehouse, documented with COMMENT ON, in a catalog file that analysts
 * open from the DuckDB CLI, DBeaver or a notebook. Each table has a staging view stg_&lt;table&gt;
 * over its published Parquet files, which it names by absolute path, so the catalog works from any
 * working directory (after moving the warehouse folder, rerun a job to rewrite it). The analysts'
 * relations (sql/views) are tables in the published catalog, built from the view SQL when it is
 * written, so a query reads stored rows instead of redoing every dedup and count; the in-memory
 * catalog of the data tests keeps them as views.
 */
public final class Catalog {
  private static final String SOURCE_PLACEHOLDER = "{{ source }}";
  public static final String STAGING_PREFIX = "stg_";

  /** How the analysts' relations of sql/views are made: views, or tables built from the views. */
  enum Relations {
    /** Views over the staging views: computed at query time. */
    VIEWS,
    /** Tables filled once, from the same SQL, when the catalog is written. */
    TABLES
  }

  private Catalog() {}

  /**
   * Rewrites warehouse/newsevents.duckdb for the files in the manifest, with the analysts'
   * relations materialized as tables; readers switch over in one rename. The nightly run does not
   * use this: it writes the catalog into the run's folder before publishing (see {@link
   * Publisher}).
   */
  public static void regenerate(WarehouseLayout layout, Manifest manifest) {
    Path target;
    try {
      target = WarehouseLayout.followLink(layout.catalog());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not follow the link " + layout.catalog(), e);
    }
    regenerate(target, layout, manifest);
  }

  /**
   * Writes the catalog for the files in the manifest to the target, through a temporary file that
   * is renamed into place only when complete.
   */
  public static void regenerate(Path target, WarehouseLayout layout, Manifest manifest) {
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      Files.deleteIfExists(temporary);
      Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + ".wal"));
      try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + temporary)) {
        create(connection, publishedFiles(layout, manifest), Relations.TABLES);
        FailPoint.hit(FailPoint.DURING_CATALOG);
        try (Statement statement = connection.createStatement()) {
          // Everything into the file itself, so the rename moves a complete catalog (no WAL).
          statement.execute("checkpoint");
        }
      }
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (SQLException e) {
      // The previous catalog stays; a half-built temporary one (it can be as big as the
      // warehouse) is not left lying around.
      deleteQuietly(temporary);
      deleteQuietly(temporary.resolveSibling(temporary.getFileName() + ".wal"));
      throw new IllegalStateException(
          "Could not write the DuckDB catalog " + target + ": " + e.getMessage(), e);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("Could not replace the DuckDB catalog " + target, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // The next run deletes it before writing.
    }
  }

  /**
   * Opens the catalog for reading only, its tables and its staging views' Parquet files and no
   * other file (see {@link ReadOnlyCatalog}); several readers may hold it open while a run replaces
   * it.
   */
  public static Connection openReadOnly(WarehouseLayout layout) throws SQLException {
    return ReadOnlyCatalog.open(layout, List.of());
  }

  /**
   * An in-memory DuckDB with the views over the given files: how data tests and gates see a run
   * before it is published. The analysts' relations stay views here (they are read once or twice,
   * so building tables would only add work); their SQL is the one the published tables are built
   * from, so the tests check what analysts will see.
   */
  public static Connection inMemory(Map<String, List<Path>> filesByTable) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    create(connection, filesByTable, Relations.VIEWS);
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
   * date, every row), and the analysts' relation from sql/views on top of it, as a view or as a
   * table filled from the view's SQL. Data tests use the staging views to check what is stored, not
   * only what the analysts' relations show. Tables are made in {@link Tables#ALL} order, so the SQL
   * of a relation that reads another one by name (fct_events reads fct_event_mentions) reads the
   * table already built, with the same rows its view would give.
   */
  static void create(
      Connection connection, Map<String, List<Path>> filesByTable, Relations relations)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (relations == Relations.TABLES) {
        // Rows of a table without ORDER BY may be stored in any order; that saves memory.
        statement.execute("set preserve_insertion_order = false");
      }
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
        String body = view.body().replace(SOURCE_PLACEHOLDER, staging);
        String kind = relations == Relations.TABLES ? "table" : "view";
        statement.execute("create or replace " + kind + " " + view.table() + " as " + body);
        statement.execute(
            "comment on " + kind + " " + view.table() + " is " + quote(view.description()));
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
