package org.newsevents.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the research data in ../shared beside the project; tests that need it skip with a message
 * when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  public static Path projectRoot() {
    String root = System.getProperty("newsevents.projectRoot");
    if (root != null) {
      return Path.of(root).toAbsolutePath().normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("jobs")) ? here : here.getParent();
  }

  /** The folder ../shared/{relative}, or a skipped test when it is not there. */
  public static Path require(String relative) {
    Path path = projectRoot().resolveSibling("shared").resolve(relative);
    assumeTrue(
        Files.exists(path),
        "skipped: " + path + " is absent (the ../shared data sets sit beside the project in CI)");
    return path;
  }
}
