package org.newsevents.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the research data in ../shared beside the project. Tests that need it skip with a message
 * when it is absent on a developer's machine, and fail when CI=true: CI always has ../shared, so a
 * missing folder there would make every quality floor disappear unseen.
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

  /** The folder ../shared/{relative}; a skipped test when it is absent, a failed one in CI. */
  public static Path require(String relative) {
    return require(projectRoot().resolveSibling("shared").resolve(relative), System.getenv());
  }

  static Path require(Path path, Map<String, String> environment) {
    if (Files.exists(path)) {
      return path;
    }
    String why = path + " is absent (the ../shared data sets sit beside the project in CI)";
    if ("true".equalsIgnoreCase(environment.get("CI"))) {
      fail("CI=true, but " + why + ", so this test cannot run and must not pass by skipping");
    }
    assumeTrue(false, "skipped: " + why);
    return path;
  }
}
