package org.newsevents.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publishes a staged run, in steps that a kill at any point leaves either wholly before or wholly
 * after the publish. Staged files are renamed into their run_date partition under new, run-specific
 * names (so they never overwrite a published file); then the run's folder {@code _published/<run
 * id>/} gets the new manifest, the catalog built on it and the run manifest; then one rename points
 * the link {@code _current} at that folder. That rename is the commit point: {@code _manifest.json}
 * and {@code newsevents.duckdb} are links through {@code _current}, so every reader sees the
 * manifest and the catalog of one and the same run. Whatever a run killed before the rename left
 * behind is unreferenced and collected by the next run.
 */
public final class Publisher {
  private static final String LEGACY_PREVIOUS_MANIFEST = "_manifest.previous.json";

  private final WarehouseLayout layout;

  public Publisher(WarehouseLayout layout) {
    this.layout = layout;
  }

  /**
   * Moves the staged files into their partitions (still unpublished: no manifest lists them) and
   * returns the manifest that lists them with the other published run dates.
   */
  public Manifest moveIntoPlace(String runId, String runDate, Map<String, List<Path>> stagedFiles) {
    Manifest next = Manifest.read(layout.manifest());
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
      return next;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not move the files of run " + runId + " into " + layout.root(), e);
    }
  }

  /**
   * Writes the run's folder: the manifest, the catalog built on it, and the run manifest that says
   * it succeeded (true from the moment the folder is published).
   */
  public void prepare(String runId, Manifest manifest, RunRecord succeeded) {
    Path folder = layout.published(runId);
    try {
      deleteTree(folder);
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the folder " + folder, e);
    }
    manifest.writeAtomically(folder.resolve(WarehouseLayout.MANIFEST_FILE));
    Catalog.regenerate(folder.resolve(WarehouseLayout.CATALOG_FILE), layout, manifest);
    succeeded.writeTo(folder.resolve(WarehouseLayout.PUBLISHED_RUN_FILE));
  }

  /** Publishes the prepared folder of the run in one rename of the {@code _current} link. */
  public void commit(String runId) {
    try {
      Optional<Path> before = currentFolder();
      if (before.isPresent()) {
        replaceLink(layout.previous(), before.get(), runId);
      } else if (Files.isRegularFile(layout.manifest(), LinkOption.NOFOLLOW_LINKS)) {
        keepLegacyManifestAsPrevious(runId);
      }
      FailPoint.hit(FailPoint.BEFORE_COMMIT);
      replaceLink(
          layout.current(), layout.root().relativize(layout.published(runId)), runId + ".commit");
      FailPoint.hit(FailPoint.AFTER_COMMIT);
      linkEntryPoints();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not publish run " + runId + " into " + layout.root(), e);
    }
  }

  /**
   * Makes {@code _manifest.json} and {@code newsevents.duckdb} links through {@code _current}, as a
   * run killed in the middle of turning an older warehouse's files into links may have left them.
   * Before that, they are the older warehouse's own files, which agree with each other.
   */
  public void linkEntryPoints() throws IOException {
    if (!Files.isSymbolicLink(layout.current())) {
      return;
    }
    Path current = layout.root().relativize(layout.current());
    // The catalog first: until the manifest link is made, the old manifest file stays the
    // reference of the previous run's files, which garbage collection keeps.
    for (String name : List.of(WarehouseLayout.CATALOG_FILE, WarehouseLayout.MANIFEST_FILE)) {
      Path entry = layout.root().resolve(name);
      Path target = current.resolve(name);
      if (Files.isSymbolicLink(entry) && Files.readSymbolicLink(entry).equals(target)) {
        continue;
      }
      replaceLink(entry, target, "entry");
    }
  }

  /** The folder {@code _current} points at, if a run was ever published through it. */
  private Optional<Path> currentFolder() throws IOException {
    if (!Files.isSymbolicLink(layout.current())) {
      return Optional.empty();
    }
    return Optional.of(Files.readSymbolicLink(layout.current()));
  }

  /**
   * A warehouse published before runs had folders: its manifest becomes the previous run's, so that
   * its files stay one more run for readers who have the old catalog open.
   */
  private void keepLegacyManifestAsPrevious(String runId) throws IOException {
    Path folder = layout.published("before-" + runId);
    Files.createDirectories(folder);
    Files.copy(
        layout.manifest(),
        folder.resolve(WarehouseLayout.MANIFEST_FILE),
        StandardCopyOption.REPLACE_EXISTING);
    replaceLink(layout.previous(), layout.root().relativize(folder), runId);
  }

  /** Points the link at the target in one rename (a new link under a private name, moved over). */
  private void replaceLink(Path link, Path target, String tag) throws IOException {
    Path fresh = link.resolveSibling(link.getFileName() + "." + tag + ".tmp");
    Files.deleteIfExists(fresh);
    Files.createSymbolicLink(fresh, target);
    Files.move(fresh, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Deletes Parquet files that neither the current nor the previous manifest lists (left by
   * replaced or killed runs), the folders of runs neither current nor previous, and staging folders
   * of runs that are not running. Files of the previous manifest stay one more run, so that a
   * reader who opened the old catalog just before the switch can still finish its query.
   */
  public int collectGarbage(String activeRunId) {
    Set<String> keep = new HashSet<>();
    for (Path manifestFile :
        List.of(
            layout.manifest(),
            layout.previousManifest(),
            layout.root().resolve(LEGACY_PREVIOUS_MANIFEST))) {
      Manifest manifest = Manifest.read(manifestFile);
      Tables.ALL.forEach(table -> keep.addAll(manifest.files(table)));
    }
    int deleted = 0;
    try {
      collectRunFolders(activeRunId);
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

  /** Deletes the folders of runs that are neither current nor previous, and stray links. */
  private void collectRunFolders(String activeRunId) throws IOException {
    Set<Path> keep = new HashSet<>();
    for (Path link : List.of(layout.current(), layout.previous())) {
      if (Files.isSymbolicLink(link)) {
        keep.add(layout.root().resolve(Files.readSymbolicLink(link)).normalize());
      }
    }
    keep.add(layout.published(activeRunId));
    if (Files.isSymbolicLink(layout.previous())
        && !(Files.isSymbolicLink(layout.current())
            && Files.readSymbolicLink(layout.current())
                .equals(Files.readSymbolicLink(layout.previous())))) {
      // Only the previous manifest is needed (its files stay for open readers); a reader that has
      // the previous catalog open keeps reading it after the name is gone, as after a rename.
      Path previousFolder = layout.root().resolve(Files.readSymbolicLink(layout.previous()));
      Files.deleteIfExists(previousFolder.resolve(WarehouseLayout.CATALOG_FILE));
    }
    if (Files.isDirectory(layout.publishedRoot())) {
      try (Stream<Path> folders = Files.list(layout.publishedRoot())) {
        for (Path folder : folders.filter(f -> !keep.contains(f.normalize())).toList()) {
          deleteTree(folder);
        }
      }
    }
    try (Stream<Path> entries = Files.list(layout.root())) {
      for (Path stray :
          entries
              .filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.endsWith(".tmp") && Files.isSymbolicLink(p)
                        || name.equals(LEGACY_PREVIOUS_MANIFEST) && Files.exists(layout.previous());
                  })
              .toList()) {
        Files.deleteIfExists(stray);
      }
    }
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
