package org.newsevents.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.newsevents.actors.ActorDictionary;
import org.newsevents.events.CameoVerbConverter;
import org.newsevents.events.Gazetteer;
import org.newsevents.warehouse.RunRecord;

/** Which code and dictionaries a run used, for its run manifest. */
final class RunVersions {
  static final String UNKNOWN = "unknown";

  /** The reference files the job reads, as bundled in the jar under reference/. */
  private static final List<String> BUNDLED_REFERENCE =
      List.of(
          ActorDictionary.ACTORS_FILE,
          ActorDictionary.ACTOR_CODES_FILE,
          ActorDictionary.AGENTS_FILE,
          ActorDictionary.SEATS_FILE,
          CameoVerbConverter.VERBS_FILE,
          CameoVerbConverter.SYNSETS_FILE,
          CameoVerbConverter.CODES_FILE,
          CameoVerbConverter.PLOVER_FILE,
          Gazetteer.PLACES_FILE,
          "outlets.csv");

  private RunVersions() {}

  static Map<String, String> software(SparkSession spark) {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("newsevents_commit", gitCommit());
    versions.put("spark", spark.version());
    versions.put(
        "corenlp",
        Optional.ofNullable(
                edu.stanford.nlp.pipeline.StanfordCoreNLP.class
                    .getPackage()
                    .getImplementationVersion())
            .orElse(UNKNOWN));
    versions.put("duckdb", duckdbVersion());
    versions.put("java", System.getProperty("java.version"));
    return versions;
  }

  /** SHA-256 of each dictionary file the run coded with. */
  static Map<String, String> referenceFiles(Optional<Path> referenceDir) {
    Map<String, String> hashes = new TreeMap<>();
    try {
      if (referenceDir.isPresent()) {
        try (Stream<Path> files = Files.list(referenceDir.get())) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            hashes.put(file.getFileName().toString(), RunRecord.sha256(file));
          }
        }
        return hashes;
      }
      ClassLoader loader = RunVersions.class.getClassLoader();
      for (String name : BUNDLED_REFERENCE) {
        try (InputStream in = loader.getResourceAsStream("reference/" + name)) {
          hashes.put(name, in == null ? "absent" : RunRecord.sha256(in));
        }
      }
      return hashes;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not hash the reference files", e);
    }
  }

  /**
   * The commit of the checkout the CLI runs from (the launcher passes it as newsevents.home), or
   * "unknown" outside a git checkout; "-dirty" when it has uncommitted changes.
   */
  static String gitCommit() {
    Path home = Path.of(System.getProperty("newsevents.home", ""));
    Optional<String> commit = git(home, "rev-parse", "HEAD");
    if (commit.isEmpty()) {
      return UNKNOWN;
    }
    boolean dirty =
        git(home, "status", "--porcelain", "--untracked-files=no")
            .map(s -> !s.isEmpty())
            .orElse(false);
    return commit.get() + (dirty ? "-dirty" : "");
  }

  private static Optional<String> git(Path dir, String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      process.getOutputStream().close();
      process.getErrorStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        return Optional.empty();
      }
      return Optional.of(new String(out, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String duckdbVersion() {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      return connection.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      return UNKNOWN;
    }
  }
}
