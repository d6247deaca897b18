package org.newsevents.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Data-quality gates: figures computed on a run's staged tables before publishing, each with a
 * threshold. A gate that fails stops the run before anything is published. The defaults are
 * lenient: they stop a run only when a feed or a stage is plainly broken, and the seeds pass.
 */
public final class Gates {
  private Gates() {}

  /** Whether a gate's value must stay at or below its threshold, or at or above it. */
  public enum Bound {
    AT_MOST,
    AT_LEAST
  }

  /**
   * Items read by the run: the articles kept plus the quarantined items that are not one of them
   * (an article whose coding failed is kept in dim_articles and also has a quarantine row).
   */
  private static final String ITEMS_READ =
      "(select count(*) from dim_articles)"
          + " + (select count(*) from quarantine where article_id is null)";

  /** The gates, their option names, defaults and the query that computes each on staged tables. */
  public enum Gate {
    MAX_QUARANTINE_SHARE(
        "max-quarantine-share",
        Bound.AT_MOST,
        0.9,
        "share of the items read that went to quarantine",
        "select coalesce((select count(*) from quarantine)::double / nullif("
            + ITEMS_READ
            + ", 0), 0)"),
    MAX_FAILED_ARTICLE_SHARE(
        "max-failed-article-share",
        Bound.AT_MOST,
        0.01,
        "share of the items read on which a per-article stage (clean, nlp, actors, events) threw",
        "select coalesce((select count(*) from quarantine where stage is not null)::double"
            + " / nullif("
            + ITEMS_READ
            + ", 0), 0)"),
    MAX_UNDATED_SHARE(
        "max-undated-share",
        Bound.AT_MOST,
        1.0,
        "share of the articles that nothing they say dates: undated, or dated only by the input"
            + " folder they were delivered in (on a scheduled run, the run date)",
        "select coalesce(avg(case when date_source in ('run-date', 'missing')"
            + " or starts_with(date_evidence, 'input folder ') then 1.0 else 0.0 end), 0)"
            + " from dim_articles"),
    MAX_EVENTS_WITHOUT_TARGET_SHARE(
        "max-events-without-target-share",
        Bound.AT_MOST,
        1.0,
        "share of the run's event mentions that have no target actor",
        "select coalesce(avg(case when actor2_id is null then 1.0 else 0.0 end), 0)"
            + " from fct_event_mentions"),
    MIN_ARTICLES(
        "min-articles",
        Bound.AT_LEAST,
        0,
        "articles kept by the run",
        "select count(*)::double from dim_articles");

    private final String optionName;
    private final Bound bound;
    private final double defaultThreshold;
    private final String meaning;
    private final String sql;

    Gate(String optionName, Bound bound, double defaultThreshold, String meaning, String sql) {
      this.optionName = optionName;
      this.bound = bound;
      this.defaultThreshold = defaultThreshold;
      this.meaning = meaning;
      this.sql = sql;
    }

    public String optionName() {
      return optionName;
    }

    public double defaultThreshold() {
      return defaultThreshold;
    }

    public String meaning() {
      return meaning;
    }

    public static Optional<Gate> named(String name) {
      return Arrays.stream(values()).filter(g -> g.optionName.equals(name)).findFirst();
    }

    public static String names() {
      return Arrays.stream(values()).map(Gate::optionName).collect(Collectors.joining(", "));
    }

    boolean passes(double value, double threshold) {
      return bound == Bound.AT_MOST ? value <= threshold : value >= threshold;
    }
  }

  /** The threshold of every gate: the defaults with the ones given on the command line. */
  public record Thresholds(Map<Gate, Double> values) {
    public Thresholds {
      values = Map.copyOf(values);
    }

    public static Thresholds defaults() {
      Map<Gate, Double> values = new EnumMap<>(Gate.class);
      for (Gate gate : Gate.values()) {
        values.put(gate, gate.defaultThreshold());
      }
      return new Thresholds(values);
    }

    public Thresholds with(Gate gate, double threshold) {
      Map<Gate, Double> copy = new EnumMap<>(values);
      copy.put(gate, threshold);
      return new Thresholds(copy);
    }

    public double of(Gate gate) {
      return values.getOrDefault(gate, gate.defaultThreshold());
    }
  }

  /** One gate's outcome on a run. */
  public record Result(
      String gate, double value, String comparison, double threshold, boolean passed) {
    public String describe() {
      return gate
          + " "
          + format(value)
          + " "
          + (passed ? comparison : (comparison.equals("<=") ? ">" : "<"))
          + " "
          + format(threshold)
          + ": "
          + (passed ? "pass" : "FAIL");
    }

    private String format(double number) {
      return gate.endsWith("-share")
          ? String.format(Locale.ROOT, "%.3f", number)
          : String.valueOf(Math.round(number));
    }
  }

  /** Computes every gate on a connection whose views are the run's staged tables. */
  public static List<Result> evaluate(Connection staged, Thresholds thresholds)
      throws SQLException {
    List<Result> results = new ArrayList<>();
    try (Statement statement = staged.createStatement()) {
      for (Gate gate : Gate.values()) {
        double value;
        try (ResultSet rows = statement.executeQuery(gate.sql)) {
          rows.next();
          value = rows.getDouble(1);
        }
        double threshold = thresholds.of(gate);
        results.add(
            new Result(
                gate.optionName(),
                value,
                gate.bound == Bound.AT_MOST ? "<=" : ">=",
                threshold,
                gate.passes(value, threshold)));
      }
    }
    return results;
  }
}
