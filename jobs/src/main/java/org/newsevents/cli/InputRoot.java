package org.newsevents.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The dated input layout for schedulers: INPUT_ROOT/YYYY-MM-DD/ holds the files delivered for that
 * run date (any depth, .txt, .jsonl and .csv).
 */
final class InputRoot {
  private InputRoot() {}

  /** Thrown when the folder of a run date is missing: the day's delivery has not arrived. */
  static final class MissingDeliveryException extends RuntimeException {
    MissingDeliveryException(String message) {
      super(message);
    }
  }

  static Path validatedRoot(Path root) {
    if (!Files.isDirectory(root)) {
      throw new ExitCodes.UsageException("The input root " + root + " is not a folder");
    }
    return root;
  }

  /** The run date's folder, or a failure that says which folder is missing. */
  static Path forDate(Path root, LocalDate date) {
    Path folder = root.resolve(date.toString());
    if (!Files.isDirectory(folder)) {
      throw new MissingDeliveryException(
          "The input folder "
              + folder
              + " for run date "
              + date
              + " does not exist, so nothing was run (deliver the day's files there, or run"
              + " with --input)");
    }
    return folder;
  }
}
