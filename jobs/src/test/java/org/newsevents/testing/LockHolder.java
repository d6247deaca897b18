package org.newsevents.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.warehouse.RunLock;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * A separate process that takes a warehouse's lock and holds it until it is killed, so a test can
 * see what a second process and a run after a kill find.
 */
public final class LockHolder implements AutoCloseable {
  private final Process process;

  private LockHolder(Process process) {
    this.process = process;
  }

  /** Starts the process and returns once it holds the lock. */
  public static LockHolder start(Path warehouse, String runId, String runDate) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            LockHolder.class.getName(),
            warehouse.toString(),
            runId,
            runDate));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String line =
        new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))
            .readLine();
    if (!"locked".equals(line)) {
      process.destroyForcibly();
      throw new IllegalStateException("The lock holder did not take the lock: " + line);
    }
    return new LockHolder(process);
  }

  public long pid() {
    return process.pid();
  }

  /** Ends the process as `kill` does (SIGTERM). */
  public void terminate() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /** Ends the process as `kill -9` does (SIGKILL). */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  public static void main(String[] args) throws Exception {
    RunLock lock = RunLock.acquire(new WarehouseLayout(Path.of(args[0])), args[1], args[2]);
    System.out.println("locked");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
    lock.close();
  }
}
