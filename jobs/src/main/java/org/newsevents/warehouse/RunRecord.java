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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run manifest, {@code _runs/<run_date>.json}: what the last run of a date read (files and
 * their SHA-256, and the entries skipped by rule), produced (rows per table, quarantine by reason),
 * how long each stage took, which code and dictionaries it ran with, how its gates and data tests
 * came out (with every row a content test flagged) and how it ended. A run that fails writes one
 * too, with the error sentence.
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
    Path file = layout.runRecord(runDate);
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

  /** Every run manifest of the warehouse, in run date order. */
  public static List<RunRecord> all(WarehouseLayout layout) {
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
