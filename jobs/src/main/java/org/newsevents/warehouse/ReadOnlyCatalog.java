package org.newsevents.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The published catalog opened for SQL that people write (newsevents sql, its notebooks, the
 * exports): it reads the warehouse and writes, deletes, attaches, installs and loads nothing.
 *
 * <p>Two guards, both DuckDB's own. First the configuration: the database is read-only, extensions
 * are neither installed nor loaded automatically, external access is off except for exactly the
 * Parquet files the staging views read (and the folders a caller names), and the configuration is
 * locked so SQL cannot turn any of this back on. Second a statement check, because DuckDB's
 * allowed_paths and allowed_directories grant writing as well as reading, and it always allows its
 * own database file: with the configuration alone, {@code COPY ... TO '<published file>'
 * (use_tmp_file false)} overwrites a published Parquet file, and the same COPY to newsevents.duckdb
 * overwrites the catalog. So only statements DuckDB's parser calls SELECT statements run (SELECT,
 * WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE), which read and never write.
 */
public final class ReadOnlyCatalog {
  /** A quoted SQL string literal, with '' standing for one quote. */
  private static final Pattern STRING_LITERAL = Pattern.compile("'((?:[^']|'')*)'");

  private ReadOnlyCatalog() {}

  /** A statement that is not a query, refused before it runs. */
  public static final class RefusedStatementException extends SQLException {
    RefusedStatementException(String message) {
      super(message);
    }
  }

  /**
   * Opens the catalog so that its tables, its staging views and the files in {@code
   * readableFolders} can be read, and nothing else on disk or on the network can be touched.
   */
  public static Connection open(WarehouseLayout layout, List<Path> readableFolders)
      throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    Connection connection =
        DriverManager.getConnection("jdbc:duckdb:" + layout.catalog(), properties);
    try (Statement statement = connection.createStatement()) {
      // The files come from the catalog itself (not the manifest), so a catalog copied elsewhere
      // or one a run is replacing still reads exactly the files its views name. Reading the view
      // definitions touches no file; external access is still on only until the lines below.
      statement.execute("set allowed_paths = " + list(stagingFiles(statement)));
      statement.execute("set allowed_directories = " + list(directories(readableFolders)));
      statement.execute("set enable_external_access = false");
      statement.execute("set lock_configuration = true");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /**
   * Throws {@link RefusedStatementException} unless every statement in {@code sql} is a query that
   * DuckDB's parser serializes as a SELECT statement. Text that does not parse is let through: the
   * query then fails with DuckDB's own syntax error and runs nothing.
   */
  public static void requireQuery(Connection connection, String sql) throws SQLException {
    try (PreparedStatement check =
        connection.prepareStatement(
            "select coalesce(json_extract_string(parsed, '$.error_type'), '')"
                + " from (select json_serialize_sql(?::varchar) as parsed)")) {
      check.setString(1, sql);
      try (ResultSet result = check.executeQuery()) {
        result.next();
        String errorType = result.getString(1);
        if (!errorType.isEmpty() && !errorType.equals("parser")) {
          throw new RefusedStatementException(
              "The statement '"
                  + abbreviate(sql)
                  + "' was refused: the catalog is read-only and runs only queries (SELECT, WITH,"
                  + " FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE), never COPY, EXPORT, ATTACH,"
                  + " INSTALL, LOAD, SET or statements that change anything");
        }
      }
    }
  }

  private static List<String> stagingFiles(Statement statement) throws SQLException {
    Set<String> files = new LinkedHashSet<>();
    try (ResultSet views =
        statement.executeQuery(
            "select sql from duckdb_views() where not internal and starts_with(view_name, "
                + Catalog.quote(Catalog.STAGING_PREFIX)
                + ")")) {
      while (views.next()) {
        Matcher literal = STRING_LITERAL.matcher(views.getString(1));
        while (literal.find()) {
          String value = literal.group(1).replace("''", "'");
          if (value.endsWith(".parquet")) {
            files.add(value);
          }
        }
      }
    }
    return new ArrayList<>(files);
  }

  private static List<String> directories(List<Path> folders) {
    // DuckDB matches allowed directories as path prefixes; the separator at the end keeps
    // "/data/csv" from also allowing "/data/csv-private".
    return folders.stream()
        .map(folder -> folder.toAbsolutePath().normalize().toString())
        .map(folder -> folder.endsWith("/") ? folder : folder + "/")
        .toList();
  }

  private static String list(List<String> values) {
    return values.stream().map(Catalog::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String abbreviate(String sql) {
    String oneLine = sql.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59) + "…";
  }
}
