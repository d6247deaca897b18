package org.newsevents.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.newsevents.job.ProgressLog;
import org.newsevents.warehouse.Gates;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that `run` and `backfill` share, validated before Spark starts. */
final class JobOptions {
  @Option(
      names = "--warehouse",
      paramLabel = "DIR",
      description = "The warehouse folder. Default: warehouse/.")
  Path warehouse;

  @Option(
      names = "--gate",
      paramLabel = "NAME=VALUE",
      description =
          "A data-quality threshold checked on the staged tables before publishing; repeatable."
              + " Names and defaults: max-quarantine-share=0.9, max-failed-article-share=0.01,"
              + " max-undated-share=1.0, max-events-without-target-share=1.0, min-articles=0."
              + " A failed gate publishes"
              + " nothing and exits 3.")
  Map<String, String> gates = new LinkedHashMap<>();

  /**
   * Accepted so that schedulers' command lines keep working: the lock ends with the process that
   * held it, so there is never a stale lock to clear.
   */
  @Option(
      names = "--clear-stale-lock",
      hidden = true,
      description = "No longer needed: a killed run's lock is released by the operating system.")
  boolean clearStaleLock;

  @Option(
      names = "--log-format",
      paramLabel = "plain|json",
      description = "Progress lines as plain text (default) or as JSON lines.")
  String logFormat = "plain";

  @Mixin SparkMasterOption sparkMaster;

  Path warehouseDir() {
    Path dir = warehouse == null ? Paths.defaultWarehouse() : warehouse;
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ExitCodes.UsageException("The warehouse path " + dir + " is a file, not a folder");
    }
    return dir;
  }

  Gates.Thresholds thresholds() {
    Gates.Thresholds thresholds = Gates.Thresholds.defaults();
    for (Map.Entry<String, String> gate : gates.entrySet()) {
      Gates.Gate known =
          Gates.Gate.named(gate.getKey())
              .orElseThrow(
                  () ->
                      new ExitCodes.UsageException(
                          "--gate "
                              + gate.getKey()
                              + " is not a gate (known gates: "
                              + Gates.Gate.names()
                              + ")"));
      double value;
      try {
        value = Double.parseDouble(gate.getValue());
      } catch (NumberFormatException e) {
        throw new ExitCodes.UsageException(
            "--gate " + gate.getKey() + "=" + gate.getValue() + " needs a number as its value");
      }
      if (value < 0 || Double.isNaN(value) || (gate.getKey().endsWith("-share") && value > 1)) {
        throw new ExitCodes.UsageException(
            "--gate "
                + gate.getKey()
                + "="
                + gate.getValue()
                + " is out of range (a share is between 0 and 1, a count is 0 or more)");
      }
      thresholds = thresholds.with(known, value);
    }
    return thresholds;
  }

  ProgressLog.Format format() {
    return switch (logFormat.toLowerCase(Locale.ROOT)) {
      case "plain" -> ProgressLog.Format.PLAIN;
      case "json" -> ProgressLog.Format.JSON;
      default ->
          throw new ExitCodes.UsageException(
              "--log-format '" + logFormat + "' is not a log format (plain or json)");
    };
  }
}
