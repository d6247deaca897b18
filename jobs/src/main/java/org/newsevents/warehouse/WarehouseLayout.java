package org.newsevents.warehouse;

import java.nio.file.Path;

/**
 * Where things live under the warehouse folder.
 *
 * <pre>
 * warehouse/
 *   dim_articles/run_date=2022-01-19/&lt;run id&gt;-part-00000.parquet   published data, Hive layout
 *   _manifest.json                                                  the files that are published (commit point)
 *   _staging/&lt;run id&gt;/                                              a run's output before it is published
 *   _lock                                                           held by the run in progress (pid, host, run id)
 *   _runs/YYYY-MM-DD.json                                           the run manifest of the last run of each date
 *   newsevents.duckdb                                               the analysts' DuckDB catalog
 * </pre>
 */
public record WarehouseLayout(Path root) {
  public static final String CATALOG_FILE = "newsevents.duckdb";

  public WarehouseLayout {
    root = root.toAbsolutePath().normalize();
  }

  public Path manifest() {
    return root.resolve("_manifest.json");
  }

  /**
   * The manifest the run before the last one published; its files are kept so that open readers can
   * finish.
   */
  public Path previousManifest() {
    return root.resolve("_manifest.previous.json");
  }

  public Path stagingRoot() {
    return root.resolve("_staging");
  }

  public Path staging(String runId) {
    return stagingRoot().resolve(runId);
  }

  public Path lock() {
    return root.resolve("_lock");
  }

  public Path runsFolder() {
    return root.resolve("_runs");
  }

  /** The run report of a run date: one static HTML page beside its run manifest. */
  public Path runReport(String runDate) {
    return runsFolder().resolve(runDate + ".html");
  }

  /** The run manifest of a run date: what the last run of that date read, did and decided. */
  public Path runRecord(String runDate) {
    return runsFolder().resolve(runDate + ".json");
  }

  public Path catalog() {
    return root.resolve(CATALOG_FILE);
  }

  public Path partition(String table, String runDate) {
    return root.resolve(table).resolve("run_date=" + runDate);
  }
}
