package org.newsevents.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsevents.job.NightlyJob;
import org.newsevents.nlp.CoreNlpStep;

/**
 * Writes PERFORMANCE.md from the benchmark's figures, so the file always says what the last run of
 * `newsevents bench` measured and nothing else.
 */
public final class PerformanceReport {
  private PerformanceReport() {}

  public static void write(Map<String, Object> figures, String command, Path file)
      throws IOException {
    Files.writeString(file, markdown(figures, command), StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  static String markdown(Map<String, Object> figures, String command) {
    StringBuilder md = new StringBuilder();
    Map<String, Object> machine = map(figures.get("machine"));
    md.append("# Performance\n\n")
        .append("Written by `")
        .append(command)
        .append("` on ")
        .append(machine.get("date"))
        .append(" (`org.newsevents.bench.PerformanceBenchmark`); do not edit by hand.\n\n");

    md.append("## Method\n\n")
        .append(
            "- **Input.** The research corpora in `../shared/corpora` are converted on the fly into"
                + " the job's normal input formats: Reuters-21578 SGML and AllSides JSON into JSON"
                + " Lines, BBC News as `.txt` files, Wikinews as CSV. A size takes a fixed shuffle of"
                + " the real articles first; beyond them, copies whose title, date and names are"
                + " changed, so that they do not collapse as duplicates.\n")
        .append(
            "- **Job.** Each size runs the whole nightly job (`NightlyJob`, scope FULL: ingest,"
                + " clean, CoreNLP, actors, events, dedup, Parquet, data tests, publish, catalog)"
                + " into an empty warehouse, in one JVM with embedded Spark on `")
        .append(figures.getOrDefault("master", "local[*]"))
        .append(
            "`. Times are wall clock from the job's start to its published catalog; Spark's"
                + " start and CoreNLP's model loading are inside the first size's time only.\n")
        .append(
            "- **Floor.** CoreNLP tokenize+ssplit+pos alone on the same article texts, one thread"
                + " per core, models loaded before the clock starts. The floor ratio is job time ÷"
                + " floor time.\n")
        .append(
            "- **Incremental.** One new day on top of a warehouse holding the previous days (each"
                + " a real nightly run of different articles), against a first run of the same day"
                + " into an empty warehouse. Each side runs three times, alternately; the ratio is"
                + " of the medians.\n")
        .append(
            "- **Queries.** Every statement of `sql/analyses/*.sql`, through the real catalog views,"
                + " over a warehouse grown from the largest run's coded rows; one warm-up, then the"
                + " median of five runs.\n")
        .append(
            "- **Seeds.** `./newsevents run --run-date 2022-02-11` in a new JVM, wall clock, jar"
                + " already built.\n\n");

    md.append("## Machine\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "%s core(s) (%s), max heap %s MB, Java %s, %s.%n%n",
                machine.get("cores"),
                machine.get("cpu"),
                machine.get("max_heap_mb"),
                machine.get("java"),
                machine.get("os")));
    md.append("Corpora: ").append(figures.get("corpora")).append(" real articles.\n\n");

    md.append("## Ratios\n\n| measure | value | target | met |\n|---|---:|---:|---|\n");
    Map<String, Object> ratios = map(figures.get("ratios"));
    for (Map.Entry<String, Object> entry : ratios.entrySet()) {
      Map<String, Object> ratio = map(entry.getValue());
      String label =
          switch (entry.getKey()) {
            case "floor" ->
                "floor ratio (job ÷ tokenize+ssplit+pos), " + ratio.get("at") + " articles";
            case "scaling" -> "scaling ratio, time(100k) ÷ time(10k)";
            case "incremental" -> "incremental ratio, new day on history ÷ first run";
            case "query_median_ms" -> "query latency, median of the analyses queries (ms)";
            case "seeds_seconds" -> "seeds run end to end (s)";
            default -> entry.getKey();
          };
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | ≤ %s | %s |%n",
              label,
              ((Number) ratio.get("value")).doubleValue(),
              trim(num(ratio.get("target"))),
              Boolean.TRUE.equals(ratio.get("met")) ? "yes" : "**no**"));
    }
    md.append('\n');

    Map<String, Object> sizes = map(figures.getOrDefault("sizes", Map.of()));
    if (!sizes.isEmpty()) {
      md.append("## Sizes\n\n")
          .append(
              "| articles | job s | articles/s | tokens/s | floor s | floor ratio | sentences to NER+parser | peak heap MB (sum of pool peaks) | events | event mentions |\n")
          .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Map.Entry<String, Object> entry : sizes.entrySet()) {
        Map<String, Object> size = map(entry.getValue());
        Map<String, Object> job = map(size.get("job"));
        Map<String, Object> floor = map(size.get("floor"));
        Map<String, Object> rows = map(job.get("rows"));
        md.append(
            String.format(
                Locale.ROOT,
                "| %,d | %.1f | %.1f | %,.0f | %.1f | %.2f | %.0f%% | %.0f | %s | %s |%n",
                ((Number) size.get("articles")).intValue(),
                num(job.get("seconds")),
                num(job.get("articles_per_second")),
                num(job.get("tokens_per_second")),
                num(floor.get("seconds")),
                num(size.get("floor_ratio")),
                100 * num(job.get("deep_share")),
                num(job.get("peak_heap_mb")),
                rows.get("fct_events"),
                rows.get("fct_event_mentions")));
      }
      md.append("\n### Stages\n\n")
          .append(
              "Seconds per stage (articles/s, tokens/s). Stages marked (task) are summed task time"
                  + " on the executors, not wall clock.\n\n");
      for (Map.Entry<String, Object> entry : sizes.entrySet()) {
        Map<String, Object> job = map(map(entry.getValue()).get("job"));
        md.append("- **").append(entry.getKey()).append(" articles:** ");
        List<String> parts = new java.util.ArrayList<>();
        map(job.get("stages"))
            .forEach(
                (stage, value) -> {
                  Map<String, Object> s = map(value);
                  // Rates of stages that take well under a second say nothing.
                  boolean measurable = num(s.get("seconds")) >= 0.5;
                  Object rate = measurable ? s.get("articles_per_second") : null;
                  Object tokens = measurable ? s.get("tokens_per_second") : null;
                  parts.add(
                      String.format(
                          Locale.ROOT,
                          "%s %.1f s (%s articles/s, %s tokens/s)",
                          stage,
                          num(s.get("seconds")),
                          rate == null ? "-" : String.format(Locale.ROOT, "%,.0f", num(rate)),
                          tokens == null ? "-" : String.format(Locale.ROOT, "%,.0f", num(tokens))));
                });
        md.append(String.join("; ", parts)).append(".\n");
      }
      md.append("\n### CoreNLP steps against the floor\n\n")
          .append(
              "Task seconds of each CoreNLP step in the job, and that time as a multiple of the"
                  + " floor's thread time (floor seconds × threads). NER, SUTime and the parser"
                  + " run only on the sentences the triage selects.\n\n");
      for (Map.Entry<String, Object> entry : sizes.entrySet()) {
        Map<String, Object> size = map(entry.getValue());
        Map<String, Object> stages = map(map(size.get("job")).get("stages"));
        Map<String, Object> floor = map(size.get("floor"));
        double floorThreadSeconds = num(floor.get("seconds")) * num(floor.get("threads"));
        List<String> parts = new ArrayList<>();
        for (CoreNlpStep step : CoreNlpStep.values()) {
          Object stage = stages.get(NightlyJob.coreNlpStepStage(step));
          if (stage != null && floorThreadSeconds > 0) {
            double seconds = num(map(stage).get("seconds"));
            parts.add(
                String.format(
                    Locale.ROOT,
                    "%s %.1f s (%.2f × floor)",
                    step.label(),
                    seconds,
                    seconds / floorThreadSeconds));
          }
        }
        if (!parts.isEmpty()) {
          md.append("- **")
              .append(entry.getKey())
              .append(" articles:** ")
              .append(String.join("; ", parts))
              .append(".\n");
        }
      }
      md.append("\n### Parquet bytes per table\n\n");
      for (Map.Entry<String, Object> entry : sizes.entrySet()) {
        Map<String, Object> job = map(map(entry.getValue()).get("job"));
        List<String> parts = new java.util.ArrayList<>();
        map(job.get("parquet"))
            .forEach(
                (table, value) -> {
                  Map<String, Object> t = map(value);
                  parts.add(
                      String.format(
                          Locale.ROOT,
                          "%s %,d B in %s file(s)",
                          table,
                          ((Number) t.get("bytes")).longValue(),
                          t.get("files")));
                });
        md.append("- **")
            .append(entry.getKey())
            .append(" articles:** ")
            .append(String.join("; ", parts))
            .append(".\n");
      }
      md.append('\n');
    }

    Map<String, Object> incremental = map(figures.getOrDefault("incremental", Map.of()));
    if (!incremental.isEmpty()) {
      md.append("## Incremental\n\n")
          .append(
              String.format(
                  Locale.ROOT,
                  "A new day of %s articles%s: first run into an empty warehouse %.1f s%s; the"
                      + " same day on top of %s days of history %.1f s%s; ratio %.2f. The history"
                      + " took %.1f s to build.%n%n",
                  incremental.get("day_articles"),
                  incremental.containsKey("repeats")
                      ? ", median of " + incremental.get("repeats") + " runs of each, alternating"
                      : "",
                  num(map(incremental.get("first_run")).get("seconds")),
                  eachRun(incremental.get("first_run_seconds")),
                  incremental.get("history_days"),
                  num(map(incremental.get("run_on_history")).get("seconds")),
                  eachRun(incremental.get("run_on_history_seconds")),
                  num(incremental.get("ratio")),
                  num(incremental.get("history_build_seconds"))));
    }

    Map<String, Object> queries = map(figures.getOrDefault("queries", Map.of()));
    if (!queries.isEmpty()) {
      md.append("## Queries\n\n")
          .append(
              String.format(
                  Locale.ROOT,
                  "%,d events and %,d event mentions, built in %.1f s. Median %.1f ms, slowest"
                      + " %.1f ms.%n%n",
                  ((Number) queries.get("events")).longValue(),
                  ((Number) queries.get("event_mentions")).longValue(),
                  num(queries.get("build_seconds")),
                  num(queries.get("median_ms")),
                  num(queries.get("max_ms"))))
          .append("| query | median ms | min ms | max ms | rows |\n|---|---:|---:|---:|---:|\n");
      map(queries.get("per_query"))
          .forEach(
              (name, value) -> {
                Map<String, Object> q = map(value);
                md.append(
                    String.format(
                        Locale.ROOT,
                        "| %s | %.1f | %.1f | %.1f | %s |%n",
                        name,
                        num(q.get("median_ms")),
                        num(q.get("min_ms")),
                        num(q.get("max_ms")),
                        q.get("rows")));
              });
      md.append('\n');
    }
    Object notes = figures.get("notes");
    if (notes instanceof List<?> list && !list.isEmpty()) {
      md.append("## Notes\n\n");
      list.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    return md.toString();
  }

  private static double num(Object value) {
    return ((Number) value).doubleValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  private static String trim(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  /** " (runs 17.8, 18.1, 17.5 s)" for a list of run times, nothing for a single run. */
  private static String eachRun(Object seconds) {
    if (!(seconds instanceof List<?> runs) || runs.size() < 2) {
      return "";
    }
    List<String> each = new ArrayList<>();
    runs.forEach(run -> each.add(String.format(Locale.ROOT, "%.1f", num(run))));
    return " (runs " + String.join(", ", each) + " s)";
  }
}
