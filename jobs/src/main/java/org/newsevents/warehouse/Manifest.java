package org.newsevents.warehouse;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The list of Parquet files that make up the published warehouse: table, then run date, then files
 * relative to the warehouse root. Each run writes its own into its published folder, beside the
 * catalog built on it; one rename of the link {@code _current} publishes both (see {@link
 * Publisher}), so a reader (the catalog, a later run) sees either the whole previous run or the
 * whole new one, never a mix.
 */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.ANY,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Manifest {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  @JsonProperty("tables")
  private final Map<String, TreeMap<String, List<String>>> tables = new TreeMap<>();

  public static Manifest read(Path file) {
    if (!Files.exists(file)) {
      return new Manifest();
    }
    try {
      return JSON.readValue(file.toFile(), Manifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("The warehouse manifest " + file + " is unreadable", e);
    }
  }

  /**
   * Writes to a temporary file, forces it to disk, then renames it over the old manifest in one
   * step. Through the link {@code _manifest.json} it replaces the published run's manifest, and the
   * link stays.
   */
  public void writeAtomically(Path link) {
    try {
      Path file = WarehouseLayout.followLink(link);
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(temporary, JSON.writeValueAsBytes(this));
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the warehouse manifest " + link, e);
    }
  }

  /** A copy with the files of one table and run date replaced. */
  public Manifest withPartition(String table, String runDate, List<String> files) {
    Manifest copy = new Manifest();
    tables.forEach((name, partitions) -> copy.tables.put(name, new TreeMap<>(partitions)));
    copy.tables.computeIfAbsent(table, t -> new TreeMap<>()).put(runDate, List.copyOf(files));
    return copy;
  }

  /** Files of a table, all run dates, relative to the warehouse root. */
  public List<String> files(String table) {
    List<String> files = new ArrayList<>();
    tables.getOrDefault(table, new TreeMap<>()).values().forEach(files::addAll);
    return files;
  }

  /** Files of a table for every run date except one, relative to the warehouse root. */
  public List<String> filesExcept(String table, String runDate) {
    List<String> files = new ArrayList<>();
    tables
        .getOrDefault(table, new TreeMap<>())
        .forEach(
            (date, list) -> {
              if (!date.equals(runDate)) {
                files.addAll(list);
              }
            });
    return files;
  }

  /** Files of a table for the run dates before one, relative to the warehouse root. */
  public List<String> filesBefore(String table, String runDate) {
    List<String> files = new ArrayList<>();
    tables.getOrDefault(table, new TreeMap<>()).headMap(runDate).values().forEach(files::addAll);
    return files;
  }

  public List<String> runDates(String table) {
    return new ArrayList<>(tables.getOrDefault(table, new TreeMap<>()).keySet());
  }
}
