package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ratios against their targets, and PERFORMANCE.md written from the figures alone. */
class PerformanceReportTest {
  private static Map<String, Object> size(int articles, double jobSeconds, double floorSeconds) {
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("seconds", jobSeconds);
    job.put("articles_per_second", articles / jobSeconds);
    job.put("tokens_per_second", 1000.0);
    job.put("deep_share", 0.25);
    job.put("peak_heap_mb", 2048.0);
    job.put("rows", Map.of("fct_events", 600L, "fct_event_mentions", 700L));
    job.put(
        "stages",
        Map.of(
            "nlp (task)",
            Map.of("seconds", 12.0, "articles_per_second", 80.0),
            "nlp: parse (task)",
            Map.of("seconds", 8.0)));
    job.put("parquet", Map.of("fct_events", Map.of("bytes", 4096L, "files", 1)));
    Map<String, Object> size = new LinkedHashMap<>();
    size.put("articles", articles);
    size.put("floor", Map.of("seconds", floorSeconds, "threads", 2));
    size.put("job", job);
    size.put("floor_ratio", jobSeconds / floorSeconds);
    return size;
  }

  private static Map<String, Object> figures() {
    Map<String, Object> sizes = new LinkedHashMap<>();
    sizes.put("10000", size(10000, 400.0, 100.0));
    sizes.put("100000", size(100000, 4800.0, 1000.0));
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put(
        "machine",
        Map.of(
            "cores",
            2,
            "cpu",
            "test cpu",
            "max_heap_mb",
            4096,
            "java",
            "17",
            "os",
            "Linux",
            "date",
            "2026-11-30"));
    figures.put("sizes", sizes);
    figures.put(
        "incremental",
        Map.of(
            "ratio",
            1.1,
            "day_articles",
            300,
            "history_days",
            30,
            "history_build_seconds",
            600.0,
            "repeats",
            3,
            "first_run_seconds",
            List.of(100.0, 104.0, 99.0),
            "run_on_history_seconds",
            List.of(110.0, 109.0, 131.0),
            "first_run",
            Map.of("seconds", 100.0),
            "run_on_history",
            Map.of("seconds", 110.0)));
    figures.put("seeds", Map.of("seconds", 31.5));
    return figures;
  }

  @Test
  void ratiosAreTakenAtTheRightSizesAndComparedWithTheirTargets() {
    Map<String, Object> ratios = PerformanceBenchmark.ratios(figures());
    assertThat(ratios).containsOnlyKeys("floor", "scaling", "incremental", "seeds_seconds");
    assertThat(ratios.get("floor"))
        .isEqualTo(Map.of("value", 4.8, "target", 3.0, "met", false, "at", "100000"));
    assertThat(((Map<?, ?>) ratios.get("scaling")).get("value")).isEqualTo(12.0);
    assertThat(((Map<?, ?>) ratios.get("scaling")).get("met")).isEqualTo(false);
    assertThat(((Map<?, ?>) ratios.get("incremental")).get("met")).isEqualTo(true);
    assertThat(((Map<?, ?>) ratios.get("seeds_seconds")).get("met")).isEqualTo(false);
  }

  @Test
  void theIncrementalMeasureTakesTheMedianRunSoOneSlowRunDoesNotDecideIt() {
    List<Map<String, Object>> runs =
        List.of(Map.of("seconds", 21.8), Map.of("seconds", 17.9), Map.of("seconds", 18.4));
    assertThat(PerformanceBenchmark.medianRun(runs)).isEqualTo(Map.of("seconds", 18.4));
  }

  @Test
  void withoutBothTenAndHundredThousandThereIsNoScalingRatio() {
    Map<String, Object> figures = figures();
    ((Map<?, ?>) figures.get("sizes")).remove("100000");
    assertThat(PerformanceBenchmark.ratios(figures)).doesNotContainKey("scaling");
  }

  @Test
  void theReportStatesEachRatioAndEachSize() {
    Map<String, Object> figures = figures();
    figures.put("ratios", PerformanceBenchmark.ratios(figures));
    String md = PerformanceReport.markdown(figures, "./newsevents bench");
    assertThat(md)
        .startsWith("# Performance\n\nWritten by `./newsevents bench` on 2026-11-30")
        .contains(
            "| floor ratio (job ÷ tokenize+ssplit+pos), 100000 articles | 4.80 | ≤ 3 | **no** |")
        .contains("| scaling ratio, time(100k) ÷ time(10k) | 12.00 | ≤ 11 | **no** |")
        .contains("| incremental ratio, new day on history ÷ first run | 1.10 | ≤ 1.2 | yes |")
        .contains(
            "A new day of 300 articles, median of 3 runs of each, alternating: first run into an"
                + " empty warehouse 100.0 s (runs 100.0, 104.0, 99.0 s); the same day on top of 30"
                + " days of history 110.0 s (runs 110.0, 109.0, 131.0 s); ratio 1.10.")
        .contains("| seeds run end to end (s) | 31.50 | ≤ 30 | **no** |")
        .contains("| 100,000 | 4800.0 | 20.8 |")
        .contains("- **10000 articles:** parse 8.0 s (0.04 × floor).")
        .contains("fct_events 4,096 B in 1 file(s)")
        .contains("2 core(s) (test cpu)");
  }
}
