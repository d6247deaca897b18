package org.newsevents.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsevents.testing.CliProcess;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.FailPoint;
import org.newsevents.warehouse.RunLock;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * A run killed (as by kill -9, in a separate JVM) between writing and publishing leaves the
 * previous warehouse readable, and the next run succeeds and cleans up after it.
 */
class KilledRunTest {
  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {FailPoint.AFTER_STAGING, FailPoint.AFTER_MOVE, FailPoint.BEFORE_COMMIT})
  void killedRunLeavesThePreviousWarehouseReadable(String failPoint) throws Exception {
    Path input = Files.createDirectories(temp.resolve("input"));
    Files.writeString(
        input.resolve("first.txt"),
        "Talks open in Geneva\n\nThe two delegations met in Geneva on Monday and agreed to keep talking.");
    Path warehouse = temp.resolve("warehouse");
    Warehouses.run(List.of(input), warehouse, LocalDate.of(2022, 1, 10));
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    byte[] manifestBefore = Files.readAllBytes(layout.manifest());
    Files.writeString(
        input.resolve("second.txt"),
        "Talks end in Geneva\n\nThe two delegations left Geneva on Tuesday without an agreement on troops.");

    CliProcess.Result killed =
        CliProcess.run(
            Map.of("NEWSEVENTS_FAIL_AT", failPoint),
            "run",
            "--input",
            input.toString(),
            "--warehouse",
            warehouse.toString(),
            "--run-date",
            "2022-01-11",
            "--master",
            "local[1]");

    assertThat(killed.exitCode()).as(killed.stderr()).isEqualTo(137);
    assertThat(killed.stderr()).contains("killed at fail point " + failPoint);
    assertThat(Files.readAllBytes(layout.manifest())).isEqualTo(manifestBefore);
    assertThat(
            Warehouses.query(
                warehouse, "select input_ref, cast(run_date as varchar) from dim_articles"))
        .containsExactly("first | 2022-01-10");

    // The killed run still holds the lock: the next run reports it as stale and clears it only
    // when asked.
    assertThatThrownBy(() -> Warehouses.run(List.of(input), warehouse, LocalDate.of(2022, 1, 11)))
        .isInstanceOf(RunLock.LockedException.class)
        .hasMessageContaining("has a stale lock " + layout.lock())
        .hasMessageContaining("is no longer running; rerun with --clear-stale-lock");
    Warehouses.run(
        new NightlyJob.Options(List.of(input), warehouse, LocalDate.of(2022, 1, 11))
            .withStaleLocks(RunLock.StaleLockPolicy.CLEAR));
    assertThat(layout.lock()).doesNotExist();

    assertThat(
            Warehouses.query(
                warehouse,
                "select input_ref, cast(run_date as varchar) from dim_articles order by 1"))
        .containsExactly("first | 2022-01-11", "second | 2022-01-11");
    assertThat(layout.stagingRoot()).isEmptyDirectory();
  }
}
