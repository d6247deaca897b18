package org.newsevents.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The warehouse lock: one run at a time per warehouse. The lock is the file {@code _lock} holding
 * the holder's pid, host, start time and run id. It is created atomically (written to a private
 * file, then hard-linked to {@code _lock}, which fails if the name exists), so a second run sees
 * either no lock or a complete one. A lock whose pid no longer runs on this host is stale (a run
 * killed by kill -9 or the OOM killer); it is only ever cleared when the caller asks for it.
 */
public final class RunLock implements AutoCloseable {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What a lock file says about its holder. */
  public record Holder(long pid, String host, String startedAt, String runId, String runDate) {
    String describe() {
      return "run " + runId + " (pid " + pid + " on host " + host + ", started " + startedAt + ")";
    }

    /** True when the holder ran on this host and its process has gone. */
    boolean isStale() {
      return host.equals(thisHost())
          && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
  }

  /** What to do with a stale lock: report it (the default) or remove it and go on. */
  public enum StaleLockPolicy {
    REPORT,
    CLEAR
  }

  /** Another run holds the warehouse, or a stale lock was found and not cleared. */
  public static final class LockedException extends RuntimeException {
    public LockedException(String message) {
      super(message);
    }
  }

  private final Path file;
  private final Holder holder;

  private RunLock(Path file, Holder holder) {
    this.file = file;
    this.holder = holder;
  }

  /**
   * Takes the warehouse lock for a run, or throws {@link LockedException} with one sentence saying
   * who holds it.
   */
  public static RunLock acquire(
      WarehouseLayout layout, String runId, String runDate, StaleLockPolicy policy) {
    Holder me =
        new Holder(
            ProcessHandle.current().pid(), thisHost(), Instant.now().toString(), runId, runDate);
    Path lock = layout.lock();
    try {
      Files.createDirectories(layout.root());
      Path mine = layout.root().resolve("_lock." + runId + ".tmp");
      Files.write(mine, JSON.writeValueAsBytes(me));
      try {
        for (int attempt = 0; ; attempt++) {
          try {
            Files.createLink(lock, mine);
            return new RunLock(lock, me);
          } catch (FileAlreadyExistsException e) {
            Optional<Holder> other = read(lock);
            if (other.isEmpty()) {
              continue; // released between our attempt and the read: try again
            }
            if (!other.get().isStale()) {
              throw new LockedException(
                  "The warehouse "
                      + layout.root()
                      + " is locked by "
                      + other.get().describe()
                      + ", which is still running; wait for it to finish");
            }
            if (policy == StaleLockPolicy.REPORT || attempt > 0) {
              throw new LockedException(
                  "The warehouse "
                      + layout.root()
                      + " has a stale lock "
                      + lock
                      + ": "
                      + other.get().describe()
                      + " is no longer running; rerun with --clear-stale-lock to remove it");
            }
            clearStale(layout, lock, other.get(), runId);
          }
        }
      } finally {
        Files.deleteIfExists(mine);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not take the warehouse lock " + lock, e);
    }
  }

  /** The holder of the warehouse's lock, if any. */
  public static Optional<Holder> holder(WarehouseLayout layout) {
    try {
      return read(layout.lock());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the warehouse lock " + layout.lock(), e);
    }
  }

  public Holder holder() {
    return holder;
  }

  /** Removes the lock if it is still ours (it is never someone else's to remove). */
  @Override
  public void close() {
    try {
      Optional<Holder> current = read(file);
      if (current.isPresent() && current.get().runId().equals(holder.runId())) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not release the warehouse lock " + file, e);
    }
  }

  /**
   * Moves the stale lock aside in one rename, then checks that what was moved is the stale lock
   * that was read; if another run replaced it in between, that run's lock is put back.
   */
  private static void clearStale(WarehouseLayout layout, Path lock, Holder stale, String runId)
      throws IOException {
    Path aside = layout.root().resolve("_lock.stale-" + runId);
    try {
      Files.move(lock, aside, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException e) {
      return;
    }
    Optional<Holder> moved = read(aside);
    if (moved.isPresent() && !moved.get().equals(stale)) {
      try {
        Files.createLink(lock, aside);
      } catch (FileAlreadyExistsException e) {
        // A third run took the lock meanwhile; the next attempt reports whoever holds it.
      }
    }
    Files.deleteIfExists(aside);
  }

  private static Optional<Holder> read(Path lock) throws IOException {
    try {
      return Optional.of(JSON.readValue(Files.readAllBytes(lock), Holder.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(
          "the lock file " + lock + " is not a lock (" + e.getOriginalMessage() + ")", e);
    }
  }

  static String thisHost() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String env = System.getenv("HOSTNAME");
      return env == null ? "unknown" : env;
    }
  }
}
