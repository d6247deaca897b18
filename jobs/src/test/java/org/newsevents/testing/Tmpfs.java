package org.newsevents.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for one test, to meet real file system failures: a full disk (ENOSPC) and a
 * read-only mount (EROFS). Tests run as root, so permissions stop no write; a mount does. Where
 * mounting is not allowed (no CAP_SYS_ADMIN), the test is skipped, not failed.
 */
public final class Tmpfs implements AutoCloseable {
  private final Path mountPoint;

  private Tmpfs(Path mountPoint) {
    this.mountPoint = mountPoint;
  }

  /** Mounts a tmpfs of the given size at the (new, empty) folder. */
  public static Tmpfs mount(Path mountPoint, String size) throws Exception {
    Files.createDirectories(mountPoint);
    String failure = command("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint);
    Assumptions.assumeTrue(failure == null, "cannot mount a tmpfs here: " + failure);
    return new Tmpfs(mountPoint);
  }

  public Path root() {
    return mountPoint;
  }

  /** Remounts it read-only: every write fails with "Read-only file system". */
  public void makeReadOnly() throws Exception {
    String failure = command("mount", "-o", "remount,ro", mountPoint.toString());
    if (failure != null) {
      throw new IllegalStateException("Could not remount " + mountPoint + " read-only: " + failure);
    }
  }

  /** Fills it with one file until only about the given number of bytes are free. */
  public Path fillLeaving(long freeBytes) throws IOException {
    Path filler = mountPoint.resolve("filler");
    long free = Files.getFileStore(mountPoint).getUsableSpace();
    byte[] block = new byte[4096];
    try (var out = Files.newOutputStream(filler)) {
      for (long written = 0; written + block.length <= free - freeBytes; written += block.length) {
        out.write(block);
      }
    }
    return filler;
  }

  /**
   * Unmounts it. A Spark task that failed on the full disk can still hold a file open for a moment
   * after the run returns ("target is busy", which made FailureCausesTest flaky): the unmount is
   * retried for a few seconds, then done lazily (the kernel detaches it once the file is closed).
   */
  @Override
  public void close() throws Exception {
    String failure = command("umount", mountPoint.toString());
    for (int attempt = 0; failure != null && failure.contains("busy") && attempt < 20; attempt++) {
      Thread.sleep(250);
      failure = command("umount", mountPoint.toString());
    }
    if (failure != null && failure.contains("busy")) {
      failure = command("umount", "--lazy", mountPoint.toString());
    }
    if (failure != null) {
      throw new IllegalStateException("Could not unmount " + mountPoint + ": " + failure);
    }
  }

  /** Runs the command; null when it succeeded, else what it printed. */
  private static String command(Object... words) throws Exception {
    List<String> command = java.util.Arrays.stream(words).map(Object::toString).toList();
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return e.getMessage();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return process.waitFor() == 0 ? null : output.strip() + " (exit " + process.exitValue() + ")";
  }
}
