package org.newsevents.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Query results as an aligned text table for people, or as RFC 4180 CSV with a header for tools.
 */
public final class ResultPrinter {
  /** Cells wider than this are cut in the table view (CSV is never cut). */
  private static final int MAX_CELL_WIDTH = 80;

  private static final String NULL_IN_TABLE = "NULL";

  /** JDBC types whose cells are numbers, truth values or dates: never read as a formula. */
  private static final Set<Integer> NOT_TEXT_TYPES =
      Set.of(
          Types.TINYINT,
          Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.REAL,
          Types.FLOAT,
          Types.DOUBLE,
          Types.DECIMAL,
          Types.NUMERIC,
          Types.BOOLEAN,
          Types.BIT,
          Types.DATE,
          Types.TIME,
          Types.TIME_WITH_TIMEZONE,
          Types.TIMESTAMP,
          Types.TIMESTAMP_WITH_TIMEZONE);

  /** DuckDB's integer types that JDBC has no type code for. */
  private static final Set<String> DUCKDB_INTEGER_TYPE_NAMES =
      Set.of("HUGEINT", "UHUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT");

  /**
   * How CSV text cells are written. This printer writes every CSV meant for people (sql --csv,
   * export); the project's other CSV files (the reference dictionaries the converters write, the
   * bench corpora) are inputs it reads back itself, so they stay as stored.
   */
  public enum CsvCells {
    /**
     * A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or
     * carriage return) gets a leading ', as OWASP advises against CSV injection: crawled titles and
     * source names reach analysts' spreadsheets.
     */
    SPREADSHEET_SAFE,
    /** Every cell as stored, for programs that read the CSV. */
    RAW
  }

  private ResultPrinter() {}

  public static void printTable(ResultSet result, PrintStream out) throws SQLException {
    ResultSetMetaData meta = result.getMetaData();
    int columns = meta.getColumnCount();
    List<String[]> rows = new ArrayList<>();
    int[] widths = new int[columns];
    String[] header = new String[columns];
    for (int c = 0; c < columns; c++) {
      header[c] = visible(meta.getColumnLabel(c + 1));
      widths[c] = header[c].length();
    }
    while (result.next()) {
      String[] row = new String[columns];
      for (int c = 0; c < columns; c++) {
        String value = result.getString(c + 1);
        row[c] = value == null ? NULL_IN_TABLE : cut(visible(value.replace('\n', ' ')));
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
   * field. Whether a cell is text is decided by its column's type, so a negative number such as a
   * Goldstein score of -3.5 stays a number.
   */
  public static long printCsv(ResultSet result, Appendable out, CsvCells cells)
      throws SQLException, IOException {
    ResultSetMetaData meta = result.getMetaData();
    int columns = meta.getColumnCount();
    String[] header = new String[columns];
    boolean[] neutralise = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      header[c] = meta.getColumnLabel(c + 1);
      neutralise[c] = cells == CsvCells.SPREADSHEET_SAFE && isText(meta, c + 1);
    }
    long rows = 0;
    CSVPrinter printer =
        CSVFormat.RFC4180
            .builder()
            .setHeader(
                cells == CsvCells.RAW
                    ? header
                    : Arrays.stream(header)
                        .map(ResultPrinter::spreadsheetSafe)
                        .toArray(String[]::new))
            .get()
            .print(out);
    while (result.next()) {
      List<String> values = new ArrayList<>(columns);
      for (int c = 0; c < columns; c++) {
        String value = result.getString(c + 1);
        values.add(neutralise[c] ? spreadsheetSafe(value) : value);
      }
      printer.printRecord(values);
      rows++;
    }
    printer.flush();
    return rows;
  }

  /**
   * The cell with a leading ' when a spreadsheet would otherwise read it as a formula or strip a
   * leading control character and then read a formula.
   */
  static String spreadsheetSafe(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }

  private static boolean isText(ResultSetMetaData meta, int column) throws SQLException {
    return !NOT_TEXT_TYPES.contains(meta.getColumnType(column))
        && !DUCKDB_INTEGER_TYPE_NAMES.contains(meta.getColumnTypeName(column));
  }

  /**
   * The text with every control character (ESC, BEL, backspace, carriage return, tab, DEL, C1)
   * written as a visible escape such as \x1b, so that printing stored text cannot move the cursor,
   * clear the screen or retitle the terminal.
   */
  public static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format("\\x%02x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
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
