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
import java.util.List;
import java.util.concurrent.Callable;
import org.newsevents.warehouse.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `newsevents sql`: a query, or a file of queries, against the read-only catalog. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description =
        "Runs SQL on the warehouse catalog (read-only) and prints an aligned table, or CSV with --csv.")
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
    try (Connection connection = Catalog.openReadOnly(warehouse.requirePublished());
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < statements.size(); i++) {
        SqlScript.Statement next = statements.get(i);
        if (csv == null && (file != null || statements.size() > 1)) {
          System.out.println((i == 0 ? "" : "\n") + commentLines(next.comment(), i + 1));
        }
        runOne(statement, next.sql());
      }
    } catch (SQLException e) {
      throw new ExitCodes.UsageException("The query failed: " + firstLine(e.getMessage()));
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
        ResultPrinter.printCsv(result, stdout);
        stdout.flush();
      } else {
        try (Writer out = Files.newBufferedWriter(Path.of(csv), StandardCharsets.UTF_8)) {
          long rows = ResultPrinter.printCsv(result, out);
          System.err.printf("newsevents sql: wrote %d row(s) to %s%n", rows, csv);
        }
      }
    }
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

  static String firstLine(String message) {
    return message == null ? "unknown error" : message.strip().split("\n")[0];
  }
}
