package org.newsevents.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Query results as an aligned text table for people, or as RFC 4180 CSV with a header for tools.
 */
public final class ResultPrinter {
  /** Cells wider than this are cut in the table view (CSV is never cut). */
  private static final int MAX_CELL_WIDTH = 80;

  private static final String NULL_IN_TABLE = "NULL";

  private ResultPrinter() {}

  public static void printTable(ResultSet result, PrintStream out) throws SQLException {
    ResultSetMetaData meta = result.getMetaData();
    int columns = meta.getColumnCount();
    List<String[]> rows = new ArrayList<>();
    int[] widths = new int[columns];
    String[] header = new String[columns];
    for (int c = 0; c < columns; c++) {
      header[c] = meta.getColumnLabel(c + 1);
      widths[c] = header[c].length();
    }
    while (result.next()) {
      String[] row = new String[columns];
      for (int c = 0; c < columns; c++) {
        String value = result.getString(c + 1);
        row[c] = value == null ? NULL_IN_TABLE : cut(value.replace('\n', ' '));
        widths[c] = Math.max(widths[c], row[c].length());
      }
      rows.add(row);
    }
    out.println(line(header, widths));
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < columns; c++) {
      rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
    }
    out.println(rule);
    for (String[] row : rows) {
      out.println(line(row, widths));
    }
    out.printf("(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
  }

  /**
   * RFC 4180: a header row, commas, CRLF line ends, quotes only where needed; NULL is an empty
   * field.
   */
  public static long printCsv(ResultSet result, Appendable out) throws SQLException, IOException {
    ResultSetMetaData meta = result.getMetaData();
    int columns = meta.getColumnCount();
    String[] header = new String[columns];
    for (int c = 0; c < columns; c++) {
      header[c] = meta.getColumnLabel(c + 1);
    }
    long rows = 0;
    CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out);
    while (result.next()) {
      List<String> values = new ArrayList<>(columns);
      for (int c = 0; c < columns; c++) {
        values.add(result.getString(c + 1));
      }
      printer.printRecord(values);
      rows++;
    }
    printer.flush();
    return rows;
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      line.append(c == 0 ? "" : " | ")
          .append(cells[c])
          .append(" ".repeat(widths[c] - cells[c].length()));
    }
    return line.toString().stripTrailing();
  }

  private static String cut(String value) {
    return value.length() <= MAX_CELL_WIDTH ? value : value.substring(0, MAX_CELL_WIDTH - 1) + "…";
  }
}
