package org.newsevents.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things live under the warehouse folder.
 *
 * <pre>
 * warehouse/
 *   dim_articles/run_date=2022-01-19/&lt;run id&gt;-part-00000.parquet   published data, Hive layout
 *   _published/&lt;run id&gt;/_manifest.json                                 the files a run published
 *   _published/&lt;run id&gt;/newsevents.duckdb                              the catalog of those files
 *   _published/&lt;run id&gt;/run.json                                       the run manifest of that run
 *   _current -&gt; _published/&lt;run id&gt;                                    the published run (its rename is the commit point)
 *   _previous -&gt; _published/&lt;run id&gt;                                   the run published before it
 *   _manifest.json -&gt; _current/_manifest.json                          the files that are published
 *   newsevents.duckdb -&gt; _current/newsevents.duckdb                    the analysts' DuckDB catalog
 *   _staging/&lt;run id&gt;/                                              a run's output before it is published
 *   _lock                                                           locked by the run in progress (pid, host, run id)
 *   _runs/YYYY-MM-DD.json                                           the run manifest of the last run of each date
 * </pre>
 *
 * The manifest and the catalog are reached through the one link {@code _current}, so a reader sees
 * both of the same run: replacing that link is the single step that publishes a run.
 */
public record WarehouseLayout(Path root) {
  public static final String CATALOG_FILE = "newsevents.duckdb";

  public WarehouseLayout {
    root = root.toAbsolutePath().normalize();
  }

  public static final String MANIFEST_FILE = "_manifest.json";

  /** The run manifest inside a published run's folder. */
  public static final String PUBLISHED_RUN_FILE = "run.json";

  public Path manifest() {
    return root.resolve(MANIFEST_FILE);
  }

  /**
   * The manifest the run before the last one published; its files are kept so that open readers can
   * finish.
   */
  public Path previousManifest() {
    return previous().resolve(MANIFEST_FILE);
  }

  /** Where each run's manifest, catalog and run manifest are written before it is published. */
  public Path publishedRoot() {
    return root.resolve("_published");
  }

  public Path published(String runId) {
    return publishedRoot().resolve(runId);
  }

  /** The link to the published run's folder. */
  public Path current() {
    return root.resolve("_current");
  }

  /** The link to the folder of the run published before the current one. */
  public Path previous() {
    return root.resolve("_previous");
  }

  /** The run manifest of the published run, as it was written just before publishing. */
  public Path publishedRunRecord() {
    return current().resolve(PUBLISHED_RUN_FILE);
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

  /**
   * The file a link such as {@code _manifest.json} leads to, so that replacing it keeps the link;
   * the path itself when it is no link or leads nowhere yet.
   */
  public static Path followLink(Path path) throws IOException {
    if (Files.isSymbolicLink(path) && Files.exists(path)) {
      return path.toRealPath();
    }
    return path;
  }

  public Path partition(String table, String runDate) {
    return root.resolve(table).resolve("run_date=" + runDate);
  }
}
