package org.newsevents.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The warehouse lock: one run at a time per warehouse. It is an exclusive lock of the operating
 * system on the file {@code _lock}, so it ends with the process that holds it, however that process
 * ends (a normal exit, SIGTERM, kill -9, the OOM killer): a run after a crash takes it without
 * help. While it is held the file says who holds it (pid, host, start time, run id and run date),
 * for the message a second run prints; a holder that ends normally empties it. The file itself is
 * never deleted, since a run holding a lock on a deleted name would not exclude one that creates it
 * anew.
 *
 * <p>The lock is the process's (POSIX record locks), and closing any descriptor of the file drops
 * every lock the process holds on it; so this JVM never opens the file while it holds the lock, and
 * answers questions about its own lock from memory.
 */
public final class RunLock implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The locks this JVM holds, by lock file; guarded by the class. */
  private static final Map<Path, Holder> HELD_HERE = new HashMap<>();

  /** What a lock file says about its holder; runId is null until the holder starts a run. */
  public record Holder(long pid, String host, String startedAt, String runId, String runDate) {
    public String describe() {
      String who = runId == null ? "a run of run_date " + runDate : "run " + runId;
      return who + " (pid " + pid + " on host " + host + ", started " + startedAt + ")";
    }
  }

  /** Another run holds the warehouse. */
  public static final class LockedException extends RuntimeException {
    public LockedException(String message) {
      super(message);
    }
  }

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Optional<Holder> leftByCrashedRun;
  private Holder holder;

  private RunLock(Path file, FileChannel channel, FileLock lock, Optional<Holder> leftBehind) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.leftByCrashedRun = leftBehind;
  }

  /**
   * Takes the warehouse lock for a run of the given date, or throws {@link LockedException} at once
   * with one sentence saying who holds it. The run id is filled in by {@link #nowRunning}.
   */
  public static RunLock acquire(WarehouseLayout layout, String runDate) {
    Path file = layout.lock();
    synchronized (RunLock.class) {
      Holder here = HELD_HERE.get(file);
      if (here != null) {
        throw locked(layout, Optional.of(here));
      }
      FileChannel channel = null;
      try {
        Files.createDirectories(layout.root());
        channel =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null;
        }
        if (lock == null) {
          Optional<Holder> other = parse(read(channel));
          channel.close();
          throw locked(layout, other);
        }
        // A run that ends normally empties the file: what is still in it was left by one that
        // did not (killed, or out of memory).
        Optional<Holder> leftBehind = parse(read(channel));
        RunLock taken = new RunLock(file, channel, lock, leftBehind);
        taken.write(
            new Holder(
                ProcessHandle.current().pid(),
                thisHost(),
                Instant.now().toString(),
                null,
                runDate));
        HELD_HERE.put(file, taken.holder);
        return taken;
      } catch (IOException e) {
        closeQuietly(channel);
        throw new UncheckedIOException("Could not take the warehouse lock " + file, e);
      }
    }
  }

  /**
   * Takes the warehouse lock for the given run (what a job does when its caller did not take it).
   */
  public static RunLock acquire(WarehouseLayout layout, String runId, String runDate) {
    RunLock lock = acquire(layout, runDate);
    lock.nowRunning(runId, runDate);
    return lock;
  }

  /** The holder of the warehouse's lock, if it is held (by this process or another). */
  public static Optional<Holder> holder(WarehouseLayout layout) {
    Path file = layout.lock();
    synchronized (RunLock.class) {
      Holder here = HELD_HERE.get(file);
      if (here != null) {
        return Optional.of(here);
      }
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        // A shared lock is refused only while some process holds the exclusive one.
        FileLock probe = channel.tryLock(0, Long.MAX_VALUE, true);
        if (probe != null) {
          probe.release();
          return Optional.empty();
        }
        return parse(read(channel));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the warehouse lock " + file, e);
      }
    }
  }

  public Holder holder() {
    return holder;
  }

  /** What a run that ended without releasing the lock (killed, out of memory) left in it. */
  public Optional<Holder> leftByCrashedRun() {
    return leftByCrashedRun;
  }

  /** Names the run now going on under this lock, for the message a second run prints. */
  public void nowRunning(String runId, String runDate) {
    synchronized (RunLock.class) {
      try {
        write(new Holder(holder.pid(), holder.host(), holder.startedAt(), runId, runDate));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not write the warehouse lock " + file, e);
      }
      HELD_HERE.put(file, holder);
    }
  }

  /** Empties the lock file and releases the lock. */
  @Override
  public void close() {
    synchronized (RunLock.class) {
      if (!channel.isOpen()) {
        return;
      }
      HELD_HERE.remove(file);
      try {
        channel.truncate(0);
        lock.release();
        channel.close();
      } catch (IOException e) {
        closeQuietly(channel);
        throw new UncheckedIOException("Could not release the warehouse lock " + file, e);
      }
    }
  }

  private void write(Holder next) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(next);
    channel.truncate(0);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long position = 0;
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
    channel.force(false);
    holder = next;
  }

  private static LockedException locked(WarehouseLayout layout, Optional<Holder> holder) {
    return new LockedException(
        "The warehouse "
            + layout.root()
            + " is locked by "
            + holder.map(Holder::describe).orElse("a run that is starting")
            + ", which is still running; wait for it to finish");
  }

  private static byte[] read(FileChannel channel) throws IOException {
    long size = channel.size();
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, 1 << 16));
    long position = 0;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position);
      if (n < 0) {
        break;
      }
      position += n;
    }
    byte[] bytes = new byte[buffer.position()];
    buffer.flip().get(bytes);
    return bytes;
  }

  /** A holder, or none for an empty file or one caught half-written. */
  private static Optional<Holder> parse(byte[] bytes) {
    if (bytes.length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(bytes, Holder.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Closing releases the lock in any case; the error of the caller is the one to report.
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
