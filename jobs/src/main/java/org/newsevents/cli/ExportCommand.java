package org.newsevents.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.newsevents.warehouse.Catalog;
import org.newsevents.warehouse.ReadOnlyCatalog;
import org.newsevents.warehouse.SqlLibrary;
import org.newsevents.warehouse.WarehouseLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `newsevents export`: one CSV summary per sql/exports/*.sql. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes one RFC 4180 CSV (UTF-8, with a header) per query in sql/exports.")
public final class ExportCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The folder for the CSV files. Default: <warehouse>/exports.")
  Path out;

  @Option(
      names = "--csv-raw",
      description =
          "Write text cells as stored. By default a text cell that starts with =, +, -, @, tab or"
              + " carriage return gets a leading ' so a spreadsheet does not run it as a formula.")
  boolean csvRaw;

  @Override
  public Integer call() throws Exception {
    WarehouseLayout layout = warehouse.requirePublished();
    Path outDir = out == null ? layout.root().resolve("exports") : out;
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new ExitCodes.UsageException("The export path " + outDir + " is a file, not a folder");
    }
    Files.createDirectories(outDir);
    try (Connection connection = Catalog.openReadOnly(layout);
        Statement statement = connection.createStatement()) {
      for (SqlLibrary.SqlFile export : SqlLibrary.files("exports")) {
        Path target = outDir.resolve(export.name() + ".csv");
        Path temporary = outDir.resolve(export.name() + ".csv.tmp");
        long rows;
        ReadOnlyCatalog.requireQuery(connection, export.sql());
        try (ResultSet result = statement.executeQuery(export.sql());
            Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
          rows =
              ResultPrinter.printCsv(
                  result,
                  writer,
                  csvRaw ? ResultPrinter.CsvCells.RAW : ResultPrinter.CsvCells.SPREADSHEET_SAFE);
        }
        Files.move(
            temporary,
            target,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("newsevents export: %s (%d row%s)%n", target, rows, rows == 1 ? "" : "s");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "An export query failed: " + SqlCommand.firstLine(e.getMessage()), e);
    }
    return ExitCodes.OK;
  }
}
