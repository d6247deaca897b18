package org.newsevents.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --shared option of the commands that read the research corpora in ../shared. */
final class SharedDataOption {
  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "The shared data folder. Default: ../shared beside the checkout.")
  Path shared;

  /**
   * The shared folder, or a usage error naming the first of the needed sub-folders that is missing.
   */
  Path requireFolders(String command, String... needed) {
    Path folder = shared == null ? Paths.home().resolveSibling("shared") : shared;
    for (String sub : needed) {
      if (!Files.isDirectory(folder.resolve(sub))) {
        throw new ExitCodes.UsageException(
            "The "
                + command
                + " reads "
                + folder.resolve(sub)
                + ", which is missing; pass --shared DIR");
      }
    }
    return folder;
  }
}
