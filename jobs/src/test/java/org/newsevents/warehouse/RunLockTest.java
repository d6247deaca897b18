package org.newsevents.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse lock, on real files and real processes (no Spark). */
class RunLockTest {
  @TempDir Path temp;

  @Test
  void aSecondRunOnTheSameWarehouseIsRefusedAtOnceUntilTheFirstReleases() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(temp);
    try (RunLock first =
        RunLock.acquire(layout, "2022-01-10-aaaa", "2022-01-10", RunLock.StaleLockPolicy.CLEAR)) {
      assertThat(layout.lock()).exists();
      assertThat(first.holder().pid()).isEqualTo(ProcessHandle.current().pid());
      // A live holder is never cleared, even when the second run asks for stale locks to go.
      assertThatThrownBy(
              () ->
                  RunLock.acquire(
                      layout, "2022-01-11-bbbb", "2022-01-11", RunLock.StaleLockPolicy.CLEAR))
          .isInstanceOf(RunLock.LockedException.class)
          .hasMessage(
              "The warehouse "
                  + layout.root()
                  + " is locked by run 2022-01-10-aaaa (pid "
                  + ProcessHandle.current().pid()
                  + " on host "
                  + RunLock.thisHost()
                  + ", started "
                  + first.holder().startedAt()
                  + "), which is still running; wait for it to finish");
      assertThat(RunLock.holder(layout)).contains(first.holder());
    }
    assertThat(layout.lock()).doesNotExist();
    try (RunLock second =
        RunLock.acquire(layout, "2022-01-11-bbbb", "2022-01-11", RunLock.StaleLockPolicy.REPORT)) {
      assertThat(RunLock.holder(layout).orElseThrow().runId()).isEqualTo("2022-01-11-bbbb");
    }
    try (var files = Files.list(temp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aStaleLockIsReportedAndClearedOnlyWhenAsked() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(temp);
    long deadPid = finishedProcessPid();
    Files.writeString(
        layout.lock(),
        "{\"pid\": "
            + deadPid
            + ", \"host\": \""
            + RunLock.thisHost()
            + "\", \"startedAt\": \"2022-01-10T02:00:00Z\", \"runId\": \"2022-01-10-dead\","
            + " \"runDate\": \"2022-01-10\"}");

    assertThatThrownBy(
            () ->
                RunLock.acquire(
                    layout, "2022-01-11-bbbb", "2022-01-11", RunLock.StaleLockPolicy.REPORT))
        .isInstanceOf(RunLock.LockedException.class)
        .hasMessageContaining("has a stale lock " + layout.lock())
        .hasMessageContaining("run 2022-01-10-dead (pid " + deadPid)
        .hasMessageEndingWith("is no longer running; rerun with --clear-stale-lock to remove it");
    assertThat(RunLock.holder(layout).orElseThrow().runId()).isEqualTo("2022-01-10-dead");

    try (RunLock lock =
        RunLock.acquire(layout, "2022-01-11-bbbb", "2022-01-11", RunLock.StaleLockPolicy.CLEAR)) {
      assertThat(RunLock.holder(layout).orElseThrow().runId()).isEqualTo("2022-01-11-bbbb");
    }
    assertThat(layout.lock()).doesNotExist();
  }

  @Test
  void aLockTakenOnAnotherHostIsTreatedAsLive() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(temp);
    Files.writeString(
        layout.lock(),
        "{\"pid\": "
            + finishedProcessPid()
            + ", \"host\": \"other-host.example\", \"startedAt\": \"2022-01-10T02:00:00Z\","
            + " \"runId\": \"2022-01-10-else\", \"runDate\": \"2022-01-10\"}");
    assertThatThrownBy(
            () ->
                RunLock.acquire(
                    layout, "2022-01-11-bbbb", "2022-01-11", RunLock.StaleLockPolicy.CLEAR))
        .isInstanceOf(RunLock.LockedException.class)
        .hasMessageContaining("on host other-host.example")
        .hasMessageContaining("still running");
    assertThat(RunLock.holder(layout).orElseThrow().runId()).isEqualTo("2022-01-10-else");
  }

  @Test
  void releasingLeavesALockThatIsNoLongerOurs() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(temp);
    RunLock mine =
        RunLock.acquire(layout, "2022-01-11-bbbb", "2022-01-11", RunLock.StaleLockPolicy.REPORT);
    Files.writeString(
        layout.lock(),
        "{\"pid\": 1, \"host\": \"h\", \"startedAt\": \"t\", \"runId\": \"other\","
            + " \"runDate\": \"2022-01-11\"}");
    mine.close();
    assertThat(RunLock.holder(layout).orElseThrow().runId()).isEqualTo("other");
  }

  /** The pid of a process that has exited, so no process of this host holds it now. */
  private static long finishedProcessPid() throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
            .redirectErrorStream(true)
            .start();
    process.getInputStream().readAllBytes();
    process.waitFor();
    return process.pid();
  }
}
