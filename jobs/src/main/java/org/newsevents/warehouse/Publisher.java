package org.newsevents.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publishes a staged run. Staged files are renamed into their run_date partition under new,
 * run-specific names (so they never overwrite a published file), then the manifest that lists the
 * published files is replaced in one atomic rename. A run killed before that rename leaves the old
 * manifest, and so the old warehouse, intact; the files it left behind are unreferenced and
 * collected by the next run.
 */
public final class Publisher {
  private final WarehouseLayout layout;

  public Publisher(WarehouseLayout layout) {
    this.layout = layout;
  }

  /**
   * Moves the staged files into place and commits the new manifest; returns the manifest now
   * published.
   */
  public Manifest publish(String runId, String runDate, Map<String, List<Path>> stagedFiles) {
    Manifest current = Manifest.read(layout.manifest());
    Manifest next = current;
    try {
      for (String table : Tables.ALL) {
        Path partition = layout.partition(table, runDate);
        Files.createDirectories(partition);
        List<String> published = new ArrayList<>();
        List<Path> files = stagedFiles.getOrDefault(table, List.of());
        for (int i = 0; i < files.size(); i++) {
          Path target = partition.resolve(String.format("%s-part-%05d.parquet", runId, i));
          Files.move(files.get(i), target, StandardCopyOption.ATOMIC_MOVE);
          published.add(layout.root().relativize(target).toString());
        }
        next = next.withPartition(table, runDate, published);
        FailPoint.hit(FailPoint.AFTER_MOVE);
      }
      FailPoint.hit(FailPoint.BEFORE_COMMIT);
      if (Files.exists(layout.manifest())) {
        Files.copy(
            layout.manifest(), layout.previousManifest(), StandardCopyOption.REPLACE_EXISTING);
      }
      next.writeAtomically(layout.manifest());
      FailPoint.hit(FailPoint.AFTER_COMMIT);
      return next;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not publish run " + runId + " into " + layout.root(), e);
    }
  }

  /**
   * Deletes Parquet files that neither the current nor the previous manifest lists (left by
   * replaced or killed runs), and staging folders of runs that are not running. Files of the
   * previous manifest stay one more run, so that a reader who opened the old catalog just before
   * the switch can still finish its query.
   */
  public int collectGarbage(String activeRunId) {
    Set<String> keep = new HashSet<>();
    for (Path manifestFile : List.of(layout.manifest(), layout.previousManifest())) {
      Manifest manifest = Manifest.read(manifestFile);
      Tables.ALL.forEach(table -> keep.addAll(manifest.files(table)));
    }
    int deleted = 0;
    try {
      for (String table : Tables.ALL) {
        Path tableDir = layout.root().resolve(table);
        if (!Files.isDirectory(tableDir)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(tableDir)) {
          for (Path file : walk.filter(Files::isRegularFile).toList()) {
            if (!keep.contains(layout.root().relativize(file).toString())) {
              Files.delete(file);
              deleted++;
            }
          }
        }
        try (Stream<Path> partitions = Files.list(tableDir)) {
          for (Path partition : partitions.filter(Files::isDirectory).toList()) {
            try (Stream<Path> content = Files.list(partition)) {
              if (content.findAny().isEmpty()) {
                Files.delete(partition);
              }
            }
          }
        }
      }
      if (Files.isDirectory(layout.stagingRoot())) {
        try (Stream<Path> runs = Files.list(layout.stagingRoot())) {
          for (Path run :
              runs.filter(p -> !p.getFileName().toString().equals(activeRunId)).toList()) {
            deleteTree(run);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not clean up old files in " + layout.root(), e);
    }
    return deleted;
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
