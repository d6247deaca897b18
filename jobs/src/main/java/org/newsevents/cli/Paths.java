package org.newsevents.cli;

import java.nio.file.Path;

/**
 * Default locations. The launcher passes the checkout as newsevents.home, so `./newsevents run`
 * finds seeds/ and warehouse/ from any working directory; paths given on the command line are taken
 * as written.
 */
final class Paths {
  private Paths() {}

  static Path home() {
    String home = System.getProperty("newsevents.home");
    return home == null ? Path.of("").toAbsolutePath() : Path.of(home);
  }

  static Path defaultWarehouse() {
    return home().resolve("warehouse");
  }

  static Path defaultInput() {
    return home().resolve("seeds").resolve("articles");
  }
}
