package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.CliTest.Call;
import org.newsevents.testing.SparkTestSession;
import org.newsevents.testing.Tmpfs;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.RunLock;
import org.newsevents.warehouse.RunRecord;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * A failure of the file system is shown with its root cause, on a real read-only mount and a real
 * full disk (tmpfs; skipped where this process may not mount).
 */
class FailureCausesTest {
  @TempDir Path temp;

  @BeforeAll
  static void startSparkOnce() {
    SparkTestSession.get();
  }

  @Test
  void couldNotTakeTheWarehouseLockNamesReadOnlyFileSystem() throws Exception {
    Path input = article();
    try (Tmpfs mount = Tmpfs.mount(temp.resolve("mount"), "1m")) {
      Path warehouse = Files.createDirectories(mount.root().resolve("warehouse"));
      mount.makeReadOnly();

      Call call = run(input, warehouse);

      assertThat(call.exitCode()).as(call.err()).isEqualTo(ExitCodes.FAILED);
      assertThat(call.err())
          .isEqualTo(
              "newsevents run: Could not take the warehouse lock "
                  + new WarehouseLayout(warehouse).lock()
                  + ": Read-only file system.\n");
      assertThat(call.out()).isEmpty();
    }
  }

  @Test
  void taskWriteFailedNamesNoSpaceLeftOnDeviceAndTheFailedRunIsRecorded() throws Exception {
    Path input = article();
    try (Tmpfs mount = Tmpfs.mount(temp.resolve("mount"), "4m")) {
      Path warehouse = Files.createDirectories(mount.root().resolve("warehouse"));
      WarehouseLayout layout = new WarehouseLayout(warehouse);
      Path filler = mount.fillLeaving(64 * 1024);

      Call full = run(input, warehouse);

      assertThat(full.exitCode()).as(full.err()).isEqualTo(ExitCodes.FAILED);
      assertThat(full.err())
          .hasLineCount(1)
          .startsWith(
              "newsevents run: Could not write the staged tables to " + layout.stagingRoot())
          .endsWith(": No space left on device.\n");
      RunRecord failed = RunRecord.read(layout.runRecord("2022-01-11"));
      assertThat(failed.status()).isEqualTo(RunRecord.FAILED);
      assertThat(failed.error())
          .isEqualTo(
              full.err().substring("newsevents run: ".length()).strip().replaceAll("\\.$", ""));
      assertThat(RunLock.holder(layout)).isEmpty();

      Files.delete(filler);
      Call next = run(input, warehouse);
      assertThat(next.exitCode()).as(next.err()).isZero();
      assertThat(Warehouses.query(warehouse, "select input_ref from dim_articles"))
          .containsExactly("a");
    }
  }

  private Path article() throws Exception {
    Path input = Files.createDirectories(temp.resolve("input")).resolve("a.jsonl");
    Files.writeString(
        input,
        "{\"id\": \"a\", \"source\": \"reuters.com\", \"published\": \"2022-01-11\", \"text\":"
            + " \"Antony Blinken met Sergei Lavrov in Geneva on Friday.\"}\n");
    return input;
  }

  private static Call run(Path input, Path warehouse) {
    return CliTest.call(
        "run",
        "--input",
        input.toString(),
        "--warehouse",
        warehouse.toString(),
        "--run-date",
        "2022-01-11",
        "--master",
        "local[2]");
  }
}
