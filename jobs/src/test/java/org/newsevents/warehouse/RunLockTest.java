package org.newsevents.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.LockHolder;

/** The warehouse lock, on real files and real processes (no Spark). */
class RunLockTest {
  @TempDir Path temp;

  @Test
  void aSecondRunOnTheSameWarehouseIsRefusedAtOnceUntilTheFirstReleases() {
    WarehouseLayout layout = new WarehouseLayout(temp);
    try (RunLock first = RunLock.acquire(layout, "2022-01-10-aaaa", "2022-01-10")) {
      assertThat(first.holder().pid()).isEqualTo(ProcessHandle.current().pid());
      assertThatThrownBy(() -> RunLock.acquire(layout, "2022-01-11-bbbb", "2022-01-11"))
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
    assertThat(RunLock.holder(layout)).isEmpty();
    try (RunLock second = RunLock.acquire(layout, "2022-01-11-bbbb", "2022-01-11")) {
      assertThat(RunLock.holder(layout).orElseThrow().runId()).isEqualTo("2022-01-11-bbbb");
      assertThat(second.leftByCrashedRun()).isEmpty();
    }
  }

  @Test
  void aLockHeldByAnotherProcessIsRefusedWithItsPidAndRun() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(temp);
    try (LockHolder other = LockHolder.start(temp, "2022-01-10-else", "2022-01-10")) {
      assertThat(RunLock.holder(layout).orElseThrow().pid()).isEqualTo(other.pid());
      assertThatThrownBy(() -> RunLock.acquire(layout, "2022-01-11-bbbb", "2022-01-11"))
          .isInstanceOf(RunLock.LockedException.class)
          .hasMessageStartingWith(
              "The warehouse "
                  + layout.root()
                  + " is locked by run 2022-01-10-else (pid "
                  + other.pid()
                  + " on host "
                  + RunLock.thisHost())
          .hasMessageEndingWith("which is still running; wait for it to finish");
    }
  }

  @Test
  void sigtermLeavesNoStaleLockTheNextRunTakesItWithoutHelp() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(temp);
    LockHolder terminated = LockHolder.start(temp, "2022-01-10-term", "2022-01-10");
    terminated.terminate();
    assertThat(RunLock.holder(layout)).isEmpty();
    try (RunLock next = RunLock.acquire(layout, "2022-01-11-bbbb", "2022-01-11")) {
      assertThat(next.leftByCrashedRun().orElseThrow().runId()).isEqualTo("2022-01-10-term");
      assertThat(next.leftByCrashedRun().orElseThrow().pid()).isEqualTo(terminated.pid());
    }
  }

  @Test
  void killMinusNineLeavesNoStaleLockTheNextRunTakesItWithoutHelp() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(temp);
    LockHolder killed = LockHolder.start(temp, "2022-01-10-kill", "2022-01-10");
    killed.kill();
    try (RunLock next = RunLock.acquire(layout, "2022-01-11-bbbb", "2022-01-11")) {
      assertThat(next.leftByCrashedRun().orElseThrow().runId()).isEqualTo("2022-01-10-kill");
      assertThat(RunLock.holder(layout).orElseThrow().runId()).isEqualTo("2022-01-11-bbbb");
    }
    assertThat(RunLock.holder(layout)).isEmpty();
  }

  @Test
  void aLockFileLeftByTheOldHardLinkLockIsNoLongerAnObstacle() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(temp);
    Files.writeString(
        layout.lock(),
        "{\"pid\": 1, \"host\": \"other-host.example\", \"startedAt\": \"2022-01-10T02:00:00Z\","
            + " \"runId\": \"2022-01-10-else\", \"runDate\": \"2022-01-10\"}");
    assertThat(RunLock.holder(layout)).isEmpty();
    try (RunLock lock = RunLock.acquire(layout, "2022-01-11-bbbb", "2022-01-11")) {
      assertThat(lock.leftByCrashedRun().orElseThrow().host()).isEqualTo("other-host.example");
    }
  }
}
