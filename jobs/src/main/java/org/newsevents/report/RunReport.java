package org.newsevents.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsevents.warehouse.Catalog;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * The run report: one static HTML page per run date, {@code warehouse/_runs/<run_date>.html}, read
 * from the published catalog (read-only) plus what only the run knows (its gate and data-test
 * results, seconds per stage). The page loads nothing from anywhere: its style is inline, its
 * charts are inline SVG drawn in Java, it has no script, and a Content-Security-Policy forbids any
 * fetch. Every value from the data is HTML-escaped.
 *
 * <p>Keys of {@code runFacts} the page reads (all optional; values are JSON-like: maps, lists,
 * strings, numbers, booleans):
 *
 * <ul>
 *   <li>{@value #GATES} and {@value #DATA_TESTS}: name to result, as a map, or a list of maps with
 *       a {@code name}. A result is a boolean (passed), a string starting with pass, ok, fail,
 *       error, warn or skip, or a map with {@code status}/{@code passed} and any details;
 *   <li>{@value #DATA_TEST_WARNINGS}: the rows content (warn) data tests flagged, each a map of
 *       {@code test} and the test's columns;
 *   <li>{@value #SECONDS_PER_STAGE}: stage name to seconds;
 *   <li>any other key is listed under "Other run facts" as it is.
 * </ul>
 */
public final class RunReport {
  public static final String GATES = "gates";
  public static final String DATA_TESTS = "data_tests";
  public static final String DATA_TEST_WARNINGS = "data_test_warnings";
  public static final String SECONDS_PER_STAGE = "seconds_per_stage";

  private RunReport() {}

  /**
   * Writes {@code warehouse/_runs/<runDate>.html} from the catalog (opened read-only) and the run's
   * facts, replacing the page of an earlier run of the same date in one rename; returns its path.
   *
   * @param runDate the run's date, YYYY-MM-DD
   * @param runFacts what the run knows that the catalog does not (see the class comment); may be
   *     empty
   */
  public static Path write(WarehouseLayout layout, String runDate, Map<String, ?> runFacts) {
    LocalDate date = parseRunDate(runDate);
    Path target = page(layout, date.toString());
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    String html;
    try (Connection connection = Catalog.openReadOnly(layout)) {
      html =
          new ReportPage(connection, date, runFacts, Instant.now().truncatedTo(ChronoUnit.SECONDS))
              .render();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not read the catalog " + layout.catalog() + " for the run report: " + first(e), e);
    }
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(temporary, html, StandardCharsets.UTF_8);
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the run report " + target, e);
    }
    return target;
  }

  /** Where the page of a run date goes: {@code warehouse/_runs/<runDate>.html}. */
  public static Path page(WarehouseLayout layout, String runDate) {
    return layout.runReport(runDate);
  }

  /** The run dates the catalog holds rows of, oldest first. */
  public static List<String> runDates(WarehouseLayout layout) {
    String sql =
        "select distinct cast(run_date as varchar) from (select run_date from stg_dim_articles"
            + " union all select run_date from stg_quarantine"
            + " union all select run_date from stg_dim_event_codes) order by 1";
    try (Connection connection = Catalog.openReadOnly(layout);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      List<String> dates = new ArrayList<>();
      while (result.next()) {
        dates.add(result.getString(1));
      }
      return dates;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not read the run dates of the catalog " + layout.catalog() + ": " + first(e), e);
    }
  }

  /** The latest run date the catalog holds, if any. */
  public static Optional<String> latestRunDate(WarehouseLayout layout) {
    List<String> dates = runDates(layout);
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
  }

  /**
   * What a run recorded about itself in {@code warehouse/_runs/<runDate>.json}, as run facts for
   * the page (its top-level fields); empty when there is no such file.
   */
  public static Map<String, Object> recordedFacts(WarehouseLayout layout, String runDate) {
    Path file = layout.runRecord(runDate);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      Object value = new ObjectMapper().readValue(file.toFile(), Object.class);
      Map<String, Object> facts = new LinkedHashMap<>();
      if (value instanceof Map<?, ?> map) {
        map.forEach((key, fact) -> facts.put(String.valueOf(key), fact));
      } else {
        facts.put("run_manifest", value);
      }
      return facts;
    } catch (IOException e) {
      throw new UncheckedIOException("The run manifest " + file + " is not readable JSON", e);
    }
  }

  static LocalDate parseRunDate(String runDate) {
    try {
      return LocalDate.parse(runDate);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException(
          "The run date '" + runDate + "' is not a date in the form YYYY-MM-DD", e);
    }
  }

  private static String first(SQLException e) {
    return e.getMessage() == null ? "unknown error" : e.getMessage().strip().split("\n")[0];
  }
}
