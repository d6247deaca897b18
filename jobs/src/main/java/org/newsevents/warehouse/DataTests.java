package org.newsevents.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs sql/tests: each file is a query that returns the rows breaking one rule (dbt's data tests).
 * An empty result passes. They run against a run's staged output before it is published.
 *
 * <p>Each file declares its severity in a header line, as dbt's {@code severity} config does:
 * {@code -- severity: error} for integrity tests (keys, uniqueness, references, accepted values),
 * whose failure publishes nothing, and {@code -- severity: warn} for content tests (what a text
 * holds), whose failing rows are counted and listed with the run but do not stop it.
 */
public final class DataTests {
  private static final int SAMPLE_ROWS = 3;
  private static final Pattern SEVERITY_LINE =
      Pattern.compile("^--\\s*severity\\s*:\\s*(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);

  private DataTests() {}

  /** Whether a failing test stops the run (error) or is reported with it (warn). */
  public enum Severity {
    ERROR("error"),
    WARN("warn");

    private final String code;

    Severity(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * A test that returned rows: its name, severity, how many rows, the first few to show the user,
   * and, for a warn test, every failing row (column to value) so the run can list what it flagged.
   */
  public record Failure(
      String test,
      Severity severity,
      long failingRows,
      List<String> sample,
      List<Map<String, String>> rows) {
    public String describe() {
      return test
          + " returned "
          + failingRows
          + " failing row(s), e.g. "
          + String.join("; ", sample);
    }
  }

  /** One test as the run record and the report show it: status is pass, warn or fail. */
  public record Outcome(
      String name, String severity, String status, long failingRows, List<String> sample) {}

  /**
   * The outcome of all tests: each test's outcome, those that failed at error severity (the run
   * must not publish) and those that failed at warn severity (the run publishes and reports them).
   */
  public record Report(List<Outcome> outcomes, List<Failure> failures, List<Failure> warnings) {
    public int testsRun() {
      return outcomes.size();
    }

    public boolean passed() {
      return failures.isEmpty();
    }

    /** Failing rows per warn test that had any, in test order. */
    public Map<String, Long> warningCounts() {
      Map<String, Long> counts = new LinkedHashMap<>();
      warnings.forEach(w -> counts.put(w.test(), w.failingRows()));
      return counts;
    }

    /** Every row a warn test flagged, as its columns with the test's name first. */
    public List<Map<String, String>> flaggedRows() {
      List<Map<String, String>> flagged = new ArrayList<>();
      for (Failure warning : warnings) {
        for (Map<String, String> row : warning.rows()) {
          Map<String, String> entry = new LinkedHashMap<>();
          entry.put("test", warning.test());
          entry.putAll(row);
          flagged.add(entry);
        }
      }
      return flagged;
    }
  }

  /** The severity a test file declares in its header comment; error when it declares none. */
  static Severity severity(SqlLibrary.SqlFile test) {
    for (String line : test.sql().split("\n")) {
      String stripped = line.strip();
      if (!stripped.startsWith("--")) {
        break;
      }
      Matcher severity = SEVERITY_LINE.matcher(stripped);
      if (severity.matches()) {
        String code = severity.group(1).toLowerCase(Locale.ROOT);
        for (Severity known : Severity.values()) {
          if (known.code().equals(code)) {
            return known;
          }
        }
        throw new IllegalStateException(
            "sql/tests/"
                + test.name()
                + ".sql declares severity '"
                + severity.group(1)
                + "', which is neither error nor warn.");
      }
    }
    return Severity.ERROR;
  }

  public static Report run(Connection connection) throws SQLException {
    List<Outcome> outcomes = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    List<Failure> warnings = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (SqlLibrary.SqlFile test : SqlLibrary.files("tests")) {
        Severity severity = severity(test);
        long count = 0;
        List<String> sample = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(test.sql())) {
          ResultSetMetaData columns = result.getMetaData();
          while (result.next()) {
            count++;
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 1; c <= columns.getColumnCount(); c++) {
              row.put(columns.getColumnLabel(c), result.getString(c));
            }
            if (sample.size() < SAMPLE_ROWS) {
              List<String> values = new ArrayList<>();
              row.forEach((column, value) -> values.add(column + "=" + value));
              sample.add(String.join(", ", values));
            }
            if (severity == Severity.WARN) {
              rows.add(row);
            }
          }
        }
        String status = count == 0 ? "pass" : severity == Severity.WARN ? "warn" : "fail";
        outcomes.add(new Outcome(test.name(), severity.code(), status, count, sample));
        if (count > 0) {
          Failure failure = new Failure(test.name(), severity, count, sample, rows);
          (severity == Severity.WARN ? warnings : failures).add(failure);
        }
      }
    }
    return new Report(outcomes, failures, warnings);
  }
}
