package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.Warehouses;

/** `newsevents report` on a real warehouse of two runs, one of which quarantined an item. */
class ReportCommandTest {
  @TempDir static Path shared;
  private static Path warehouse;

  @BeforeAll
  static void publishTwoRuns() throws IOException {
    Path first = Files.createDirectories(shared.resolve("first"));
    Files.writeString(
        first.resolve("a.txt"),
        "date 2022-01-19 Diplomats met in Geneva on Friday, and both sides said the talks were"
            + " \"useful, but hard\".");
    Path second = Files.createDirectories(shared.resolve("second"));
    Files.writeString(
        second.resolve("feed.jsonl"),
        "{\"id\": \"b\", \"title\": \"Ministers <meet>\", \"published\": \"2022-01-20\","
            + " \"url\": \"https://www.euronews.com/a\", \"text\": \"Ministers met in Brussels on"
            + " Thursday.\"}\n"
            + "{\"id\": \"c\"}\n");
    warehouse = shared.resolve("warehouse");
    Warehouses.run(List.of(first), warehouse, LocalDate.of(2022, 1, 19));
    Warehouses.run(List.of(second), warehouse, LocalDate.of(2022, 1, 21));
  }

  @Test
  void writesThePageOfTheLatestRun() throws IOException {
    CliTest.Call call = CliTest.call("report", "--warehouse", warehouse.toString());
    assertThat(call.err()).isEmpty();
    assertThat(call.exitCode()).isZero();
    Path page = warehouse.resolve("_runs/2022-01-21.html").toAbsolutePath();
    assertThat(call.out()).isEqualTo("newsevents report: " + page + System.lineSeparator());
    String html = Files.readString(page);
    assertThat(html)
        .contains("<h1>newsevents run report 2022-01-21</h1>")
        .contains("<tr><td>missing-text</td><td class=\"num\">1</td></tr>")
        .contains("<td>c</td><td>missing-text</td>")
        .contains("<tr><td>field</td><td class=\"num\">1</td></tr>");
  }

  @Test
  void writesThePageOfAnEarlierRun() throws IOException {
    CliTest.Call call =
        CliTest.call("report", "--warehouse", warehouse.toString(), "--run-date", "2022-01-19");
    assertThat(call.exitCode()).isZero();
    String html = Files.readString(warehouse.resolve("_runs/2022-01-19.html"));
    assertThat(html)
        .contains("No input item was quarantined by this run.")
        .contains("<tr><td>inline</td><td class=\"num\">1</td></tr>");
  }

  @Test
  void rejectsARunDateTheWarehouseDoesNotHold() {
    CliTest.Call call =
        CliTest.call("report", "--warehouse", warehouse.toString(), "--run-date", "2022-03-01");
    assertThat(call.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(call.err())
        .isEqualTo(
            "newsevents report: The warehouse has no run dated 2022-03-01; its runs are"
                + " 2022-01-19, 2022-01-21."
                + System.lineSeparator());
  }

  @Test
  void rejectsARunDateThatIsNotADate() {
    CliTest.Call call =
        CliTest.call("report", "--warehouse", warehouse.toString(), "--run-date", "21/01/2022");
    assertThat(call.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(call.err())
        .startsWith("newsevents report: ")
        .contains("'21/01/2022' is not a date in the form YYYY-MM-DD")
        .endsWith("See 'newsevents report --help'." + System.lineSeparator());
    assertThat(call.err().lines()).hasSize(1);
  }

  @Test
  void rejectsAWarehouseWithoutCatalog() {
    Path empty = shared.resolve("no-warehouse");
    CliTest.Call call = CliTest.call("report", "--warehouse", empty.toString());
    assertThat(call.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(call.err())
        .isEqualTo(
            "newsevents report: There is no warehouse catalog at "
                + empty.resolve("newsevents.duckdb").toAbsolutePath()
                + "; run 'newsevents run' first."
                + System.lineSeparator());
  }
}
