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
  public static final LocalDate SEED_RUN_DATE = LocalDate.of(2022, 2, 11);
  private static Path seedWarehouse;

  private Warehouses() {}

  /** The seeds published once per test JVM into a temporary warehouse; tests must only read it. */
  public static synchronized Path seeds() {
    if (seedWarehouse == null) {
      try {
        seedWarehouse = Files.createTempDirectory("newsevents-seeds-warehouse");
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
