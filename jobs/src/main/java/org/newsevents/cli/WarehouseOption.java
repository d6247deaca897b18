package org.newsevents.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsevents.warehouse.WarehouseLayout;
import picocli.CommandLine.Option;

/**
 * The --warehouse option of the commands that read a published warehouse, validated before anything
 * runs.
 */
final class WarehouseOption {
  @Option(
      names = "--warehouse",
      paramLabel = "DIR",
      description = "The warehouse folder. Default: warehouse/.")
  Path warehouse;

  /**
   * The warehouse's layout, or a usage error when its folder does not exist (a warehouse whose runs
   * all failed has a folder but no catalog).
   */
  WarehouseLayout requireFolder() {
    Path dir = warehouse == null ? Paths.defaultWarehouse() : warehouse;
    if (!Files.isDirectory(dir)) {
      throw new ExitCodes.UsageException("The warehouse folder " + dir + " does not exist");
    }
    return new WarehouseLayout(dir);
  }

  /** The warehouse's layout, or a usage error when it has no catalog yet. */
  WarehouseLayout requirePublished() {
    Path dir = warehouse == null ? Paths.defaultWarehouse() : warehouse;
    WarehouseLayout layout = new WarehouseLayout(dir);
    if (!Files.isRegularFile(layout.catalog())) {
      throw new ExitCodes.UsageException(
          "There is no warehouse catalog at " + layout.catalog() + "; run 'newsevents run' first");
    }
    return layout;
  }
}
