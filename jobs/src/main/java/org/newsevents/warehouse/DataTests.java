package org.newsevents.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs sql/tests: each file is a query that returns the rows breaking one rule (dbt's data tests).
 * An empty result passes. They run against a run's staged output before it is published, so a
 * failing test publishes nothing.
 */
public final class DataTests {
  private static final int SAMPLE_ROWS = 3;

  private DataTests() {}

  /** A test that returned rows: its name, how many, and the first few, to show the user. */
  public record Failure(String test, long failingRows, List<String> sample) {
    public String describe() {
      return test
          + " returned "
          + failingRows
          + " failing row(s), e.g. "
          + String.join("; ", sample);
    }
  }

  /** The outcome of all tests: how many ran, and those that failed. */
  public record Report(int testsRun, List<Failure> failures) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  public static Report run(Connection connection) throws SQLException {
    List<SqlLibrary.SqlFile> tests = SqlLibrary.files("tests");
    List<Failure> failures = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (SqlLibrary.SqlFile test : tests) {
        long rows = 0;
        List<String> sample = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(test.sql())) {
          int columns = result.getMetaData().getColumnCount();
          while (result.next()) {
            rows++;
            if (sample.size() < SAMPLE_ROWS) {
              List<String> values = new ArrayList<>();
              for (int c = 1; c <= columns; c++) {
                values.add(result.getMetaData().getColumnLabel(c) + "=" + result.getString(c));
              }
              sample.add(String.join(", ", values));
            }
          }
        }
        if (rows > 0) {
          failures.add(new Failure(test.name(), rows, sample));
        }
      }
    }
    return new Report(tests.size(), failures);
  }
}
