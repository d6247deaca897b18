package org.newsevents.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsevents.warehouse.ReadOnlyCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `newsevents sql`: a query, or a file of queries, against the read-only catalog. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description =
        "Runs queries on the warehouse catalog (read-only: no file is written, no extension"
            + " loaded) and prints an aligned table, or CSV with --csv.")
public final class SqlCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The SQL to run.")
  String query;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "A file of ';'-separated queries, run in order.")
  Path file;

  @Option(
      names = "--csv",
      paramLabel = "FILE|-",
      description = "Write RFC 4180 CSV with a header to FILE, or to standard output with '-'.")
  String csv;

  @Option(
      names = "--csv-raw",
      description =
          "With --csv: write text cells as stored. By default a text cell that starts with =, +,"
              + " -, @, tab or carriage return gets a leading ' so a spreadsheet does not run it as"
              + " a formula.")
  boolean csvRaw;

  @Option(
      names = "--read-folder",
      paramLabel = "DIR",
      description =
          "Also let queries read files in DIR (e.g. read_csv of your own list); repeatable. Without"
              + " it, queries read the warehouse only.")
  List<Path> readFolders = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if ((query == null) == (file == null)) {
      throw new ExitCodes.UsageException("Give either a QUERY or --file FILE, not both or neither");
    }
    if (file != null && !Files.isRegularFile(file)) {
      throw new ExitCodes.UsageException("The SQL file " + file + " does not exist");
    }
    List<SqlScript.Statement> statements =
        SqlScript.split(query != null ? query : Files.readString(file, StandardCharsets.UTF_8));
    if (statements.isEmpty()) {
      throw new ExitCodes.UsageException("There is no SQL statement to run");
    }
    if (csv != null && statements.size() > 1) {
      throw new ExitCodes.UsageException(
          "--csv takes a single query, but " + statements.size() + " were given");
    }
    if (csvRaw && csv == null) {
      throw new ExitCodes.UsageException("--csv-raw goes with --csv FILE|-");
    }
    for (Path folder : readFolders) {
      if (!Files.isDirectory(folder)) {
        throw new ExitCodes.UsageException("The --read-folder " + folder + " is not a folder");
      }
    }
    try (Connection connection =
            ReadOnlyCatalog.open(warehouse.requirePublished(), List.copyOf(readFolders));
        Statement statement = connection.createStatement()) {
      // A notebook with one refused statement runs none of them.
      for (SqlScript.Statement next : statements) {
        ReadOnlyCatalog.requireQuery(connection, next.sql());
      }
      for (int i = 0; i < statements.size(); i++) {
        SqlScript.Statement next = statements.get(i);
        if (csv == null && (file != null || statements.size() > 1)) {
          System.out.println((i == 0 ? "" : "\n") + commentLines(next.comment(), i + 1));
        }
        runOne(statement, next.sql());
      }
    } catch (ReadOnlyCatalog.RefusedStatementException e) {
      throw new ExitCodes.UsageException(firstLine(e.getMessage()));
    } catch (SQLException e) {
      String message = firstLine(e.getMessage());
      if (message.startsWith("Permission Error")) {
        message +=
            "; newsevents sql reads only the warehouse and the folders given with --read-folder";
      }
      throw new ExitCodes.UsageException("The query failed: " + message);
    }
    return ExitCodes.OK;
  }

  private void runOne(Statement statement, String sql) throws SQLException, IOException {
    if (!statement.execute(sql)) {
      System.out.println("(ok)");
      return;
    }
    try (ResultSet result = statement.getResultSet()) {
      if (csv == null) {
        ResultPrinter.printTable(result, System.out);
      } else if (csv.equals("-")) {
        Writer stdout =
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        ResultPrinter.printCsv(result, stdout, csvCells());
        stdout.flush();
      } else {
        try (Writer out = Files.newBufferedWriter(Path.of(csv), StandardCharsets.UTF_8)) {
          long rows = ResultPrinter.printCsv(result, out, csvCells());
          System.err.printf("newsevents sql: wrote %d row(s) to %s%n", rows, csv);
        }
      }
    }
  }

  private ResultPrinter.CsvCells csvCells() {
    return csvRaw ? ResultPrinter.CsvCells.RAW : ResultPrinter.CsvCells.SPREADSHEET_SAFE;
  }

  /** A statement's note as SQL comment lines ("--" alone for an empty line), or its number. */
  static String commentLines(String comment, int number) {
    if (comment.isEmpty()) {
      return "-- query " + number;
    }
    return comment
        .lines()
        .map(line -> line.isEmpty() ? "--" : "-- " + line)
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  /**
   * The first line of a database error, safe for a terminal: DuckDB repeats names from the query,
   * which may hold control characters.
   */
  static String firstLine(String message) {
    return message == null
        ? "unknown error"
        : ResultPrinter.visible(message.strip().split("\n")[0]);
  }
}
