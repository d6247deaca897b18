package org.newsevents.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.job.NightlyJob;
import org.newsevents.warehouse.Catalog;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * Real warehouses for tests: the nightly job run on real input, read back through the real DuckDB
 * catalog.
 */
public final class Warehouses {
  /**
   * The run date of the shared seeds warehouse: years after the articles, as the README's
   * Quickstart runs them on a fresh clone, so that every test reading it also reads what a run date
   * must never do to undated articles (issue 16).
   */
  public static final LocalDate SEED_RUN_DATE = LocalDate.of(2026, 12, 5);

  private static Path seedWarehouse;
  private static Path hostileWarehouse;

  private Warehouses() {}

  /** The seeds published once per test JVM into a temporary warehouse; tests must only read it. */
  public static synchronized Path seeds() {
    if (seedWarehouse == null) {
      try {
        seedWarehouse = deletedOnExit(Files.createTempDirectory("newsevents-seeds-warehouse"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      run(
          List.of(SharedData.projectRoot().resolve("seeds/articles")),
          seedWarehouse,
          SEED_RUN_DATE);
    }
    return seedWarehouse;
  }

  /**
   * The kinds of spreadsheet formula an attacker can put in a crawled field (OWASP's CSV injection
   * list), each as a feed would carry it.
   */
  public static final List<String> FORMULA_PAYLOADS =
      List.of(
          "=HYPERLINK(\"http://evil.example/\",\"click\")",
          "=1+1",
          "+1",
          "-1+2",
          "@SUM(1)",
          "=cmd|' /C calc'!A0",
          "\t=1+1",
          "\r=1+1");

  /**
   * Published once per test JVM from a feed whose titles and source names are spreadsheet formulas
   * or terminal escape sequences, with one item without text (quarantined) per formula as its id;
   * tests must only read it (the attacks on it must fail).
   */
  public static synchronized Path hostile() {
    if (hostileWarehouse == null) {
      try {
        Path root = deletedOnExit(Files.createTempDirectory("newsevents-hostile-warehouse"));
        Path input = Files.createDirectories(root.resolve("input"));
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < FORMULA_PAYLOADS.size(); i++) {
          String payload = json(FORMULA_PAYLOADS.get(i));
          feed.append(
                  String.format(
                      "{\"id\": \"article-%d\", \"title\": %s, \"source\": %s, \"published\":"
                          + " \"2022-01-20\", \"text\": \"Ministers met in Brussels on"
                          + " Thursday for talks number %d.\"}%n",
                      i + 1, payload, payload, i + 1))
              .append(String.format("{\"id\": %s}%n", payload));
        }
        feed.append(
            "{\"id\": \"esc\\u001b[31mred\", \"title\": \"\\u001b[2JCleared\", \"source\":"
                + " \"Evil\\u001b]0;owned\\u0007 News\", \"published\": \"2022-01-20\","
                + " \"text\": \"Diplomats met in Geneva on Friday for talks.\"}\n"
                + "{\"id\": \"bad\\u001b[2Jref\"}\n");
        Files.writeString(input.resolve("feed.jsonl"), feed, StandardCharsets.UTF_8);
        hostileWarehouse = root.resolve("warehouse");
        run(List.of(input), hostileWarehouse, LocalDate.of(2022, 1, 21));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return hostileWarehouse;
  }

  /**
   * A folder the test JVM deletes when it ends: the shared warehouses live as long as the JVM, and
   * were left behind in the temporary folder by every test run.
   */
  private static Path deletedOnExit(Path folder) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    org.newsevents.warehouse.Publisher.deleteTree(folder);
                  } catch (IOException e) {
                    System.err.println("Could not delete the test warehouse " + folder + ": " + e);
                  }
                }));
    return folder;
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  /**
   * A warehouse folder that holds only a copy of the seeds' catalog. Its tables hold their rows and
   * its stg_ views read the seeds' Parquet files by absolute path, so a test can write beside it
   * (warehouse/_runs, exports) without touching the shared seeds warehouse.
   */
  public static Path seedsCatalogCopy(Path folder) {
    try {
      Files.createDirectories(folder);
      Files.copy(
          seeds().resolve(WarehouseLayout.CATALOG_FILE),
          folder.resolve(WarehouseLayout.CATALOG_FILE),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A copy of the whole seeds warehouse (Parquet files, manifests, run records and catalog), for a
   * test that runs the job again over the published seeds: the copy is what a first run of the
   * seeds on {@link #SEED_RUN_DATE} leaves, without the cost of that run. Its catalog's stg_ views
   * still read the shared warehouse's files until a run on the copy rebuilds it.
   */
  public static Path seedsCopy(Path folder) {
    return copy(seeds(), folder);
  }

  /**
   * A copy of a whole published warehouse, for a test that runs the job again over what another run
   * published without the cost of that run. As with {@link #seedsCopy}, the copy's stg_ views read
   * the original's files until a run on the copy rebuilds its catalog.
   */
  public static Path copy(Path from, Path folder) {
    try (java.util.stream.Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path to = folder.resolve(from.relativize(file).toString());
        if (Files.isSymbolicLink(file)) {
          // _current and the entry points are relative links: the copy's point into the copy.
          Files.createSymbolicLink(to, Files.readSymbolicLink(file));
        } else if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static NightlyJob.Summary run(List<Path> inputs, Path warehouse, LocalDate runDate) {
    return run(new NightlyJob.Options(inputs, warehouse, runDate));
  }

  public static NightlyJob.Summary run(NightlyJob.Options options) {
    PrintStream progress =
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new NightlyJob(SparkTestSession.get(), progress).run(options);
  }

  /** Rows of a query on the warehouse's catalog, each row's values joined with " | ". */
  public static List<String> query(Path warehouse, String sql) {
    try (Connection connection = Catalog.openReadOnly(new WarehouseLayout(warehouse));
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
          values.add(String.valueOf(result.getString(c)));
        }
        rows.add(String.join(" | ", values));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
