package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsevents.testing.Warehouses;

/**
 * CSV formula injection: a crawled title, source name or input reference that a spreadsheet would
 * run as a formula reaches the analyst's CSV with a leading ', in `sql --csv` and in `export`;
 * numbers stay numbers, and --csv-raw writes cells as stored.
 */
class CsvInjectionTest {
  @TempDir Path temp;
  private static Path warehouse;

  @BeforeAll
  static void hostileWarehouse() {
    warehouse = Warehouses.hostile();
  }

  /**
   * Each payload kind: its name, the SQL that yields it, and its CSV cell byte for byte, made safe
   * and raw.
   */
  static Stream<Arguments> payloads() {
    return Stream.of(
        Arguments.of(
            "hyperlink",
            "'=HYPERLINK(\"http://evil.example/\",\"click\")'",
            "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\"",
            "\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\""),
        Arguments.of("equals", "'=1+1'", "'=1+1", "=1+1"),
        Arguments.of("plus", "'+1'", "'+1", "+1"),
        Arguments.of("minus", "'-1+2'", "'-1+2", "-1+2"),
        Arguments.of("at", "'@SUM(1)'", "'@SUM(1)", "@SUM(1)"),
        Arguments.of("dde", "'=cmd|'' /C calc''!A0'", "'=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"),
        Arguments.of("tab", "chr(9) || '=1+1'", "'\t=1+1", "\"\t=1+1\""),
        Arguments.of("carriage return", "chr(13) || '=1+1'", "\"'\r=1+1\"", "\"\r=1+1\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void sqlCsvDoesNotLetASpreadsheetRunAFormulaCell(
      String kind, String sql, String cell, String rawCell) {
    CliTest.Call call =
        CliTest.call(
            "sql", "--warehouse", warehouse.toString(), "select " + sql + " as cell", "--csv", "-");
    assertThat(call.exitCode()).as(call.err()).isZero();
    assertThat(call.out()).isEqualTo("cell\r\n" + cell + "\r\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void sqlCsvRawWritesTheFormulaCellAsStored(String kind, String sql, String cell, String rawCell) {
    CliTest.Call call =
        CliTest.call(
            "sql",
            "--warehouse",
            warehouse.toString(),
            "select " + sql + " as cell",
            "--csv",
            "-",
            "--csv-raw");
    assertThat(call.exitCode()).as(call.err()).isZero();
    assertThat(call.out()).isEqualTo("cell\r\n" + rawCell + "\r\n");
  }

  @Test
  void csvRawWithoutCsvIsBadUsage() {
    CliTest.Call call =
        CliTest.call("sql", "--warehouse", warehouse.toString(), "select 1", "--csv-raw");
    assertThat(call.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(call.err()).isEqualTo("newsevents sql: --csv-raw goes with --csv FILE|-.\n");
  }

  @Test
  void sqlCsvKeepsNegativeNumbersUnprefixed() {
    CliTest.Call call =
        CliTest.call(
            "sql",
            "--warehouse",
            warehouse.toString(),
            "select -3.5::double as goldstein, -2 as count, -1.25::decimal(5, 2) as amount,"
                + " -7::hugeint as huge, '-3.5' as text",
            "--csv",
            "-");
    assertThat(call.out())
        .isEqualTo("goldstein,count,amount,huge,text\r\n-3.5,-2,-1.25,-7,'-3.5\r\n");
  }

  @Test
  void sqlCsvNeutralisesCrawledTitlesAndSourceNames() {
    CliTest.Call call =
        CliTest.call(
            "sql",
            "--warehouse",
            warehouse.toString(),
            "select distinct title, source_name from dim_articles join dim_sources using (source_id)"
                + " where title in ('=1+1', '@SUM(1)') order by title",
            "--csv",
            "-");
    assertThat(call.out()).isEqualTo("title,source_name\r\n'=1+1,'=1+1\r\n'@SUM(1),'@SUM(1)\r\n");
  }

  /**
   * Each payload kind as the id of a quarantined feed line (see {@link Warehouses#hostile}), and
   * its input_ref cell in quarantine_report.csv, byte for byte.
   */
  static Stream<Arguments> quarantinedIds() {
    return Stream.of(
        Arguments.of("hyperlink", 2, "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\""),
        Arguments.of("equals", 4, "'=1+1"),
        Arguments.of("plus", 6, "'+1"),
        Arguments.of("minus", 8, "'-1+2"),
        Arguments.of("at", 10, "'@SUM(1)"),
        Arguments.of("dde", 12, "'=cmd|' /C calc'!A0"),
        // Ingest turned the tab and the carriage return into a space, which the feed reader
        // trims: the formula is left, and neutralised.
        Arguments.of("tab", 14, "'=1+1"),
        Arguments.of("carriage return", 16, "'=1+1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quarantinedIds")
  void exportDoesNotLetASpreadsheetRunAFormulaCell(String kind, int feedLine, String cell)
      throws IOException {
    Path out = temp.resolve("exports");
    CliTest.Call call =
        CliTest.call("export", "--warehouse", warehouse.toString(), "--out", out.toString());
    assertThat(call.exitCode()).as(call.err()).isZero();
    Path feed = warehouse.resolveSibling("input").resolve("feed.jsonl");
    assertThat(Files.readString(out.resolve("quarantine_report.csv"), StandardCharsets.UTF_8))
        .contains(
            "\r\n2022-01-21,missing-text,"
                + cell
                + ","
                + feed
                + ":"
                + feedLine
                + ",The item has no text.\r\n");
  }

  @Test
  void exportCsvRawWritesCellsAsStored() throws IOException {
    Path out = temp.resolve("exports");
    CliTest.Call call =
        CliTest.call(
            "export", "--warehouse", warehouse.toString(), "--out", out.toString(), "--csv-raw");
    assertThat(call.exitCode()).as(call.err()).isZero();
    String report = Files.readString(out.resolve("quarantine_report.csv"), StandardCharsets.UTF_8);
    assertThat(report).contains(",missing-text,=1+1,", ",missing-text,@SUM(1),");
    assertThat(report).doesNotContain(",'=1+1,");
  }

  @Test
  void exportNeutralisesCrawledSourceNames() throws IOException {
    Path out = temp.resolve("exports");
    CliTest.call("export", "--warehouse", warehouse.toString(), "--out", out.toString());
    String sources = Files.readString(out.resolve("sources.csv"), StandardCharsets.UTF_8);
    assertThat(sources).contains(",'-1+2,", ",'+1,").doesNotContain(",-1+2,", ",+1,");
  }
}
