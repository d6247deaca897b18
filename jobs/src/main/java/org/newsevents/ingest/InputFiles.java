package org.newsevents.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the --input paths (files or folders) into the sorted list of files to read. */
public final class InputFiles {
  private InputFiles() {}

  /**
   * Every regular file under the given paths, sorted so that a run is reproducible. Hidden files
   * (".DS_Store", ".gitkeep") are not input; everything else is, and what is not .txt/.jsonl/.csv
   * is quarantined, not skipped.
   */
  public static List<Path> expand(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("Could not list the input folder " + input, e);
        }
      } else {
        files.add(input);
      }
    }
    return files.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
  }
}
