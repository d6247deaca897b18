package org.newsevents.warehouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The run manifest, {@code _runs/<run_date>.json}: what the last run of a date read (files and
 * their SHA-256, and the entries skipped by rule), produced (rows per table, quarantine by reason),
 * how long each stage took, which code and dictionaries it ran with, how its gates and data tests
 * came out (with every row a content test flagged) and how it ended. A run writes it with status
 * running as soon as it holds the lock, and again when it ends; a run that fails writes the error
 * sentence.
 *
 * <p>A run killed (SIGTERM, kill -9, out of memory) cannot write how it ended, so the files are
 * read through {@link #all} and {@link #latest}, which reconcile them with what is published: the
 * published run's own copy ({@code _current/run.json}, written before the publishing rename) wins
 * over an older or unfinished record of the same run, and a record still saying running while no
 * process holds the lock for it is a killed run.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunRecord(
    String runDate,
    String runId,
    String status,
    String error,
    String startedAt,
    String finishedAt,
    double seconds,
    List<InputFile> inputs,
    Map<String, Long> rowsPerTable,
    Map<String, Long> quarantineByReason,
    Map<String, Long> skippedInputs,
    Map<String, Double> secondsPerStage,
    List<Gates.Result> gates,
    Map<String, String> versions,
    Map<String, String> referenceFiles,
    List<DataTests.Outcome> dataTests,
    List<Map<String, String>> dataTestWarnings) {

  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";
  public static final String GATE_FAILED = "gate-failed";
  public static final String RUNNING = "running";
  public static final String KILLED = "killed";

  static final String KILLED_ERROR =
      "The run ended without recording how (stopped by a signal, kill -9 or the out-of-memory"
          + " killer), so nothing of it was published";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** An input file as the run read it. */
  public record InputFile(String path, long bytes, String sha256) {
    public static InputFile of(Path file) {
      try {
        return new InputFile(
            file.toAbsolutePath().toString(), Files.size(file), RunRecord.sha256(file));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not hash the input file " + file, e);
      }
    }
  }

  public long rows(String table) {
    return rowsPerTable == null ? 0 : rowsPerTable.getOrDefault(table, 0L);
  }

  /** Writes the record next to the others, through a temporary file and a rename. */
  public void write(WarehouseLayout layout) {
    writeTo(layout.runRecord(runDate));
  }

  /** Writes the record to the file, through a temporary file and a rename. */
  public void writeTo(Path file) {
    Path temporary = file.resolveSibling(file.getFileName() + "." + runId + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      Files.write(temporary, JSON.writeValueAsBytes(this));
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the run manifest " + file, e);
    }
  }

  public static RunRecord read(Path file) {
    try {
      return JSON.readValue(file.toFile(), RunRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException("The run manifest " + file + " is unreadable", e);
    }
  }

  /** How the last run of every date ended, in run date order (reconciled, see the class). */
  public static List<RunRecord> all(WarehouseLayout layout) {
    Map<String, RunRecord> byDate = new TreeMap<>();
    stored(layout).forEach(record -> byDate.put(record.runDate(), record));
    Optional<RunRecord> published = published(layout);
    published.ifPresent(p -> byDate.putIfAbsent(p.runDate(), p));
    Optional<RunLock.Holder> holder = RunLock.holder(layout);
    List<RunRecord> records = new ArrayList<>();
    for (RunRecord record : byDate.values()) {
      records.add(reconciled(record, published, holder));
    }
    return records;
  }

  /** How the last run of a date ended (reconciled, see the class). */
  public static Optional<RunRecord> latest(WarehouseLayout layout, String runDate) {
    return all(layout).stream().filter(r -> r.runDate().equals(runDate)).findFirst();
  }

  /**
   * Rewrites the run manifests that {@link #all} corrects (a killed run's, a published run's that
   * was killed before writing it), so the files say what happened; called by a run holding the
   * lock.
   */
  public static void reconcile(WarehouseLayout layout) {
    Map<String, RunRecord> stored = new TreeMap<>();
    stored(layout).forEach(record -> stored.put(record.runDate(), record));
    for (RunRecord record : all(layout)) {
      if (!record.equals(stored.get(record.runDate()))) {
        record.write(layout);
      }
    }
  }

  private static RunRecord reconciled(
      RunRecord record, Optional<RunRecord> published, Optional<RunLock.Holder> holder) {
    RunRecord result = record;
    if (published.isPresent() && published.get().runDate().equals(record.runDate())) {
      RunRecord live = published.get();
      boolean sameRun = live.runId().equals(record.runId());
      if (sameRun
          ? !SUCCEEDED.equals(record.status())
          : !Instant.parse(record.startedAt()).isAfter(Instant.parse(live.startedAt()))) {
        result = live;
      }
    }
    boolean stillRunning = holder.isPresent() && result.runId().equals(holder.get().runId());
    if (RUNNING.equals(result.status()) && !stillRunning) {
      result = result.ended(KILLED, KILLED_ERROR);
    }
    return result;
  }

  /** This record with another outcome. */
  public RunRecord ended(String newStatus, String newError) {
    return new RunRecord(
        runDate,
        runId,
        newStatus,
        newError,
        startedAt,
        finishedAt,
        seconds,
        inputs,
        rowsPerTable,
        quarantineByReason,
        skippedInputs,
        secondsPerStage,
        gates,
        versions,
        referenceFiles,
        dataTests,
        dataTestWarnings);
  }

  private static Optional<RunRecord> published(WarehouseLayout layout) {
    Path file = layout.publishedRunRecord();
    return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
  }

  /** The run manifest files as they are, in run date order. */
  private static List<RunRecord> stored(WarehouseLayout layout) {
    if (!Files.isDirectory(layout.runsFolder())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(layout.runsFolder())) {
      List<RunRecord> records = new ArrayList<>();
      for (Path file :
          files
              .filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.json"))
              .sorted()
              .toList()) {
        records.add(read(file));
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not list the run manifests in " + layout.runsFolder(), e);
    }
  }

  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    }
  }

  public static String sha256(InputStream in) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[1 << 16];
    for (int n; (n = in.read(buffer)) > 0; ) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
