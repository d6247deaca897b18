package org.newsevents.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.newsevents.ingest.QuarantineRecord.Reason;

/**
 * Expands the --input paths (files or folders) into what the run reads, and accounts for every
 * entry under an input folder: it is a path to read (which {@link InputReader} turns into items or
 * quarantine records, without opening anything that is not a regular file), a folder that could not
 * be walked (a quarantine record here), or a skip by one of the {@link SkipRule}s, counted.
 */
public final class InputFiles {
  private InputFiles() {}

  /** Entries under an input folder that are not input at all; the run counts them by rule. */
  public enum SkipRule {
    /** A name starting with '.' (".DS_Store", ".git/"): a hidden folder counts once, unopened. */
    HIDDEN("hidden"),
    /** An editor backup or a download still being written: "a.txt~", "#a.txt#", ".tmp", ".part". */
    TEMPORARY("temporary"),
    /** A folder with nothing in it. */
    EMPTY_FOLDER("empty-folder");

    private final String code;

    SkipRule(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * What the input paths hold.
   *
   * @param paths every path to hand to {@link InputReader#read}, sorted so that a run is
   *     reproducible: regular files, and also links and special files, which the reader quarantines
   * @param rejected folders that could not be walked (unlistable, or a link back into the tree)
   * @param skipped entries skipped by each rule
   */
  public record Listing(
      List<Path> paths, List<QuarantineRecord> rejected, Map<SkipRule, Long> skipped) {

    /** The skip counts by rule code, rules with no skip left out: "hidden" → 3. */
    public Map<String, Long> skippedByRule() {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (SkipRule rule : SkipRule.values()) {
        long count = skipped.getOrDefault(rule, 0L);
        if (count > 0) {
          counts.put(rule.code(), count);
        }
      }
      return counts;
    }
  }

  private static final List<String> TEMPORARY_SUFFIXES =
      List.of("~", ".tmp", ".temp", ".part", ".partial", ".crdownload", ".swp", ".swx");

  /**
   * Every entry under the given paths. A path given directly is read whatever its name or kind (the
   * reader quarantines what is not a regular file); links inside folders are followed.
   */
  public static Listing list(List<Path> inputs) {
    TreeSet<Path> paths = new TreeSet<>();
    List<QuarantineRecord> rejected = new ArrayList<>();
    Map<SkipRule, Long> skipped = new EnumMap<>(SkipRule.class);
    for (SkipRule rule : SkipRule.values()) {
      skipped.put(rule, 0L);
    }
    for (Path input : inputs) {
      Path root = input.toAbsolutePath().normalize();
      if (Files.isDirectory(root)) {
        walk(root, paths, rejected, skipped);
      } else {
        paths.add(root);
      }
    }
    return new Listing(
        List.copyOf(paths), List.copyOf(rejected), java.util.Collections.unmodifiableMap(skipped));
  }

  /** The rule that skips an entry of this name, if any. */
  public static Optional<SkipRule> skipRule(String name) {
    if (name.startsWith(".")) {
      return Optional.of(SkipRule.HIDDEN);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if ((name.length() > 1 && name.startsWith("#") && name.endsWith("#"))
        || TEMPORARY_SUFFIXES.stream().anyMatch(lower::endsWith)) {
      return Optional.of(SkipRule.TEMPORARY);
    }
    return Optional.empty();
  }

  private static void walk(
      Path root,
      TreeSet<Path> paths,
      List<QuarantineRecord> rejected,
      Map<SkipRule, Long> skipped) {
    // Entries seen in each open folder, to count the empty ones.
    Deque<int[]> entriesPerFolder = new ArrayDeque<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && skipped(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              countEntry();
              entriesPerFolder.push(new int[1]);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              // Also dangling links, link loops and special files: attrs are then the link's own
              // or not a regular file's, and the reader quarantines the path without opening it.
              if (!skipped(file)) {
                countEntry();
                paths.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (file.equals(root) || !skipped(file)) {
                countEntry();
                rejected.add(folderRejected(file, e));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              int entries = entriesPerFolder.pop()[0];
              if (e != null) {
                rejected.add(folderRejected(dir, e));
              } else if (entries == 0 && !dir.equals(root)) {
                skipped.merge(SkipRule.EMPTY_FOLDER, 1L, Long::sum);
              }
              return FileVisitResult.CONTINUE;
            }

            private boolean skipped(Path entry) {
              var rule = skipRule(entry.getFileName().toString());
              rule.ifPresent(
                  r -> {
                    countEntry();
                    skipped.merge(r, 1L, Long::sum);
                  });
              return rule.isPresent();
            }

            private void countEntry() {
              if (!entriesPerFolder.isEmpty()) {
                entriesPerFolder.peek()[0]++;
              }
            }
          });
    } catch (IOException e) {
      // The visitor handles every failure itself; this is only the root vanishing mid-walk.
      rejected.add(folderRejected(root, e));
    }
  }

  private static QuarantineRecord folderRejected(Path path, IOException e) {
    String ref = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (e instanceof FileSystemLoopException) {
      return new QuarantineRecord(
          ref,
          path.toString(),
          Reason.LINK_LOOP,
          "The link leads back to a folder it is inside of, so its contents are read only once.");
    }
    return new QuarantineRecord(
        ref,
        path.toString(),
        Reason.UNREADABLE,
        "The folder could not be listed: " + InputReader.rootMessage(e) + ".");
  }
}
