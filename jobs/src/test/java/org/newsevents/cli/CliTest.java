package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.Warehouses;

/** The command line's errors, exit codes and output, on a real warehouse. */
class CliTest {
  @TempDir static Path shared;
  @TempDir Path temp;
  private static Path warehouse;

  /** What one in-process CLI call printed and returned. */
  record Call(int exitCode, String out, String err) {}

  @BeforeAll
  static void publishSmallWarehouse() throws IOException {
    Path input = Files.createDirectories(shared.resolve("input"));
    Files.writeString(
        input.resolve("a.txt"),
        "date 2022-01-19 Diplomats met in Geneva on Friday, and both sides said the talks were \"useful, but hard\".");
    Files.writeString(
        input.resolve("feed.jsonl"),
        "{\"id\": \"b\", \"title\": \"Ministers meet\", \"published\": \"2022-01-20\", \"url\": \"https://www.euronews.com/a\", \"text\": \"Ministers met in Brussels on Thursday.\"}\n"
            + "{\"id\": \"c\"}\n");
    warehouse = shared.resolve("warehouse");
    Warehouses.run(List.of(input), warehouse, LocalDate.of(2022, 1, 21));
  }

  static synchronized Call call(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.execute(args);
      return new Call(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  @Test
  void sqlPrintsRfc4180CsvByteForByte() {
    Call call =
        call(
            "sql",
            "--warehouse",
            warehouse.toString(),
            "select input_ref, title, published_date, source_id, 'say \"hi\", twice' as quoted from dim_articles order by 1",
            "--csv",
            "-");
    assertThat(call.exitCode()).isZero();
    assertThat(call.out())
        .isEqualTo(
            "input_ref,title,published_date,source_id,quoted\r\n"
                + "a,,2022-01-19,unknown,\"say \"\"hi\"\", twice\"\r\n"
                + "b,Ministers meet,2022-01-20,euronews.com,\"say \"\"hi\"\", twice\"\r\n");
  }

  @Test
  void sqlWritesCsvToAFile() throws IOException {
    Path csv = temp.resolve("out.csv");
    Call call =
        call(
            "sql",
            "--warehouse",
            warehouse.toString(),
            "select reason, input_ref from quarantine",
            "--csv",
            csv.toString());
    assertThat(call.exitCode()).isZero();
    assertThat(Files.readString(csv)).isEqualTo("reason,input_ref\r\nmissing-text,c\r\n");
  }

  @Test
  void sqlPrintsAnAlignedTable() {
    Call call =
        call(
            "sql",
            "--warehouse",
            warehouse.toString(),
            "select input_ref, source_id from dim_articles order by 1");
    assertThat(call.out())
        .isEqualTo(
            "input_ref | source_id\n"
                + "----------+-------------\n"
                + "a         | unknown\n"
                + "b         | euronews.com\n"
                + "(2 rows)\n");
  }

  @Test
  void sqlFileRunsEachStatementWithItsComment() throws IOException {
    Path file = temp.resolve("notebook.sql");
    Files.writeString(
        file,
        "-- How many articles?\nselect count(*) as n from dim_articles;\n\n-- Which reasons; with a semicolon in a comment\nselect distinct reason from quarantine;\n");
    Call call = call("sql", "--warehouse", warehouse.toString(), "--file", file.toString());
    assertThat(call.exitCode()).isZero();
    assertThat(call.out())
        .isEqualTo(
            "-- How many articles?\nn\n-\n2\n(1 row)\n\n-- Which reasons; with a semicolon in a comment\nreason\n------------\nmissing-text\n(1 row)\n");
  }

  @Test
  void sqlFilePrintsTheNotesOfASingleQueryWithParagraphs() throws IOException {
    Path file = temp.resolve("one.sql");
    Files.writeString(
        file,
        "-- Header\n--\n-- How it runs.\n\n-- 1. Count.\nselect count(*) as n from dim_articles;\n");
    Call call = call("sql", "--warehouse", warehouse.toString(), "--file", file.toString());
    assertThat(call.exitCode()).isZero();
    assertThat(call.out())
        .isEqualTo("-- Header\n--\n-- How it runs.\n--\n-- 1. Count.\nn\n-\n2\n(1 row)\n");
  }

  @Test
  void sqlFileWithCsvPrintsOnlyTheCsv() throws IOException {
    Path file = temp.resolve("one.sql");
    Files.writeString(file, "-- A note\nselect count(*) as n from dim_articles;\n");
    Call call =
        call("sql", "--warehouse", warehouse.toString(), "--file", file.toString(), "--csv", "-");
    assertThat(call.exitCode()).isZero();
    assertThat(call.out()).isEqualTo("n\r\n2\r\n");
  }

  @Test
  void quarantineNotebookShowsEachReasonWithExamples() {
    Call call =
        call(
            "sql",
            "--warehouse",
            warehouse.toString(),
            "--file",
            org.newsevents.testing.SharedData.projectRoot()
                .resolve("sql/analyses/quarantine_by_reason.sql")
                .toString());
    assertThat(call.exitCode()).as(call.err()).isZero();
    assertThat(call.out())
        .containsPattern("(?m)^missing-text \\| 1 +\\| 1 +\\| 1 +\\| 2022-01-21 +\\| 2022-01-21$")
        .containsPattern(
            "(?m)^missing-text \\| 1 +\\| 2022-01-21 \\| c +\\| .*feed\\.jsonl:2 \\| The item has no text\\.$")
        .containsPattern("(?m)^2022-01-21 \\| 2 +\\| 1$");
  }

  @Test
  void exportWritesOneCsvPerExportQuery() throws IOException {
    Path out = temp.resolve("exports");
    Call call = call("export", "--warehouse", warehouse.toString(), "--out", out.toString());
    assertThat(call.exitCode()).as(call.err()).isZero();
    assertThat(Files.readString(out.resolve("quarantine_report.csv")))
        .isEqualTo(
            "run_date,reason,input_ref,input_path,detail\r\n2022-01-21,missing-text,c,"
                + shared.resolve("input/feed.jsonl").toAbsolutePath()
                + ":2,The item has no text.\r\n");
    assertThat(Files.readString(out.resolve("articles_by_source_and_day.csv")))
        .isEqualTo(
            "source_id,source_name,published_date,article_count,duplicate_count,word_count\r\n"
                + "unknown,Unknown source,2022-01-19,1,0,16\r\n"
                + "euronews.com,Euronews,2022-01-20,1,0,6\r\n");
  }

  @Test
  void badOptionExitsTwoWithOneSentence() {
    Call call = call("run", "--bogus");
    assertThat(call.exitCode()).isEqualTo(2);
    assertThat(call.err().strip())
        .isEqualTo("newsevents run: Unknown option: '--bogus'. See 'newsevents run --help'.");
  }

  @Test
  void benchRefusesSizesThatAreNotPositive() {
    Call call = call("bench", "--sizes", "1000,0");
    assertThat(call.exitCode()).isEqualTo(2);
    assertThat(call.err())
        .contains("--sizes must list positive article counts, e.g. 1000,10000.")
        .hasLineCount(1);
  }

  @Test
  void badRunDateExitsTwo() {
    Call call = call("run", "--run-date", "2022-13-45");
    assertThat(call.exitCode()).isEqualTo(2);
    assertThat(call.err())
        .contains("'2022-13-45' is not a date in the form YYYY-MM-DD")
        .hasLineCount(1);
  }

  @Test
  void missingInputExitsTwo() {
    Call call =
        call(
            "run",
            "--input",
            temp.resolve("nowhere").toString(),
            "--warehouse",
            temp.resolve("w").toString());
    assertThat(call.exitCode()).isEqualTo(2);
    assertThat(call.err().strip())
        .isEqualTo(
            "newsevents run: The input path " + temp.resolve("nowhere") + " does not exist.");
  }

  @Test
  void badSparkMasterExitsTwo() {
    Call call =
        call(
            "run",
            "--master",
            "locl[2]",
            "--input",
            temp.toString(),
            "--warehouse",
            temp.resolve("w").toString());
    assertThat(call.exitCode()).isEqualTo(2);
    assertThat(call.err()).contains("--master 'locl[2]' is not a Spark master URL").hasLineCount(1);
  }

  @Test
  void missingWarehouseExitsTwo() {
    Call call = call("sql", "--warehouse", temp.toString(), "select 1");
    assertThat(call.exitCode()).isEqualTo(2);
    assertThat(call.err().strip())
        .isEqualTo(
            "newsevents sql: There is no warehouse catalog at "
                + temp.resolve("newsevents.duckdb")
                + "; run 'newsevents run' first.");
    assertThat(call("export", "--warehouse", temp.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void badQueryExitsTwoWithTheDatabaseMessage() {
    Call call = call("sql", "--warehouse", warehouse.toString(), "select nope from dim_articles");
    assertThat(call.exitCode()).isEqualTo(2);
    assertThat(call.err()).startsWith("newsevents sql: The query failed: ").hasLineCount(1);
  }

  @Test
  void queryAndFileTogetherAreBadUsage() {
    assertThat(
            call("sql", "--warehouse", warehouse.toString(), "select 1", "--file", "x.sql")
                .exitCode())
        .isEqualTo(2);
    assertThat(call("sql", "--warehouse", warehouse.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("run", "sql", "export")) {
      Call call = call(command, "--help");
      assertThat(call.exitCode()).isZero();
      assertThat(call.out()).contains("Usage: newsevents " + command);
    }
    assertThat(call("--help").out()).contains("run", "sql", "export");
  }
}
