package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.SharedData;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.Catalog;
import org.newsevents.warehouse.SqlLibrary;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * Every notebook in sql/analyses and every export in sql/exports runs on the warehouse the seeds
 * give, through the catalog and through the CLI, and the ones analysts start from return rows.
 */
class AnalysesAndExportsTest {
  private static final List<String> NOTEBOOKS =
      List.of(
          "actor_timeline",
          "cooperation_vs_conflict_by_week",
          "events_per_day_by_quad_class",
          "evidence_for_most_reported_event",
          "quarantine_by_reason",
          "sources_by_event_root_code",
          "top_actor_dyads");

  /** Statements (file, 1-based position) the seeds leave empty: the seeds quarantine nothing. */
  private static final List<String> EMPTY_ON_SEEDS =
      List.of("quarantine_by_reason#1", "quarantine_by_reason#2");

  @TempDir Path temp;
  private static Path warehouse;

  @BeforeAll
  static void seedsWarehouse() {
    warehouse = Warehouses.seeds();
  }

  @Test
  void everyNotebookIsBundledAndOnDisk() throws IOException {
    assertThat(SqlLibrary.files("analyses"))
        .extracting(SqlLibrary.SqlFile::name)
        .containsExactlyElementsOf(NOTEBOOKS);
    for (String name : NOTEBOOKS) {
      assertThat(SharedData.projectRoot().resolve("sql/analyses/" + name + ".sql")).isRegularFile();
    }
  }

  @Test
  void everyNotebookSaysWhatItAnswersAndHowToRunIt() {
    for (SqlLibrary.SqlFile notebook : SqlLibrary.files("analyses")) {
      List<SqlScript.Statement> statements = SqlScript.split(notebook.sql());
      assertThat(notebook.sql()).as(notebook.name()).startsWith("-- ");
      assertThat(statements.get(0).comment())
          .as(notebook.name())
          .contains("What it answers:")
          .contains("./newsevents sql --file sql/analyses/" + notebook.name() + ".sql");
      assertThat(statements)
          .as(notebook.name() + ": every query has its note")
          .allSatisfy(statement -> assertThat(statement.comment()).isNotBlank());
    }
  }

  @Test
  void everyNotebookQueryRunsOnTheSeedsAndTheKeyOnesReturnRows() throws SQLException {
    Map<String, Integer> rowsByStatement = new LinkedHashMap<>();
    try (Connection connection = Catalog.openReadOnly(new WarehouseLayout(warehouse));
        Statement statement = connection.createStatement()) {
      for (SqlLibrary.SqlFile notebook : SqlLibrary.files("analyses")) {
        List<SqlScript.Statement> statements = SqlScript.split(notebook.sql());
        assertThat(statements).as(notebook.name()).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < statements.size(); i++) {
          rowsByStatement.put(
              notebook.name() + "#" + (i + 1), rowCount(statement, statements.get(i).sql()));
        }
      }
    }
    rowsByStatement.forEach(
        (statement, rows) -> {
          if (EMPTY_ON_SEEDS.contains(statement)) {
            assertThat(rows).as(statement).isZero();
          } else {
            assertThat(rows).as(statement).isPositive();
          }
        });
  }

  @Test
  void actorTimelineFollowsSergeiLavrov() {
    CliTest.Call call = notebook("actor_timeline");
    assertThat(call.exitCode()).as(call.err()).isZero();
    assertThat(call.out())
        .containsPattern("\\| Sergei Lavrov +\\| person +\\| RUS")
        .containsPattern("\\| Antony Blinken +\\| Consult");
  }

  @Test
  void cliPrintsEveryNoteAboveItsResult() {
    for (String name : NOTEBOOKS) {
      CliTest.Call call = notebook(name);
      assertThat(call.exitCode()).as(name + ": " + call.err()).isZero();
      List<SqlScript.Statement> statements =
          SqlScript.split(SqlLibrary.files("analyses").get(NOTEBOOKS.indexOf(name)).sql());
      List<String> notes = new ArrayList<>();
      for (String line : call.out().split("\n")) {
        if (line.matches("-- \\d+\\. .*")) {
          notes.add(line);
        }
      }
      assertThat(notes).as(name).hasSize(statements.size());
      assertThat(call.out().split("\n"))
          .as(name + ": one result per query")
          .filteredOn(line -> line.matches("\\(\\d+ rows?\\)"))
          .hasSize(statements.size());
      assertThat(call.out()).as(name).startsWith("-- ").doesNotContain("-- \n");
    }
  }

  @Test
  void exportWritesOneCsvWithHeaderPerQuery() throws IOException, SQLException {
    Path out = temp.resolve("exports");
    CliTest.Call call =
        CliTest.call("export", "--warehouse", warehouse.toString(), "--out", out.toString());
    assertThat(call.exitCode()).as(call.err()).isZero();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        "actors",
        "actor_id,name,actor_type,country_code,role,cameo_code,is_known,mention_count,"
            + "source_event_count,target_event_count,happened_event_count,first_seen_date,"
            + "last_seen_date,aliases,evidence");
    headers.put(
        "articles_by_source_and_day",
        "source_id,source_name,published_date,article_count,duplicate_count,word_count");
    headers.put(
        "daily_events_by_root_code",
        "event_date,event_root_code,root_description,quad_class,status,event_count,mention_count,"
            + "avg_goldstein");
    headers.put(
        "dyads",
        "actor1_id,actor1_name,actor1_country_code,actor2_id,actor2_name,actor2_country_code,"
            + "event_count,happened_event_count,cooperation_event_count,conflict_event_count,"
            + "mention_count,article_count,source_count,avg_goldstein,first_event_date,"
            + "last_event_date");
    headers.put("quarantine_report", "run_date,reason,input_ref,input_path,detail");
    headers.put(
        "sources",
        "source_id,source_name,domain,article_count,word_count,first_published_date,"
            + "last_published_date,event_mention_count,happened_mention_count,event_count,"
            + "first_run_date,last_run_date");
    assertThat(SqlLibrary.files("exports"))
        .extracting(SqlLibrary.SqlFile::name)
        .containsExactlyElementsOf(headers.keySet());
    try (Connection connection = Catalog.openReadOnly(new WarehouseLayout(warehouse));
        Statement statement = connection.createStatement()) {
      for (SqlLibrary.SqlFile export : SqlLibrary.files("exports")) {
        assertThat(export.sql()).startsWith("-- " + export.name() + ": ");
        Path csv = out.resolve(export.name() + ".csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).as(export.name()).startsWith(headers.get(export.name()) + "\r\n");
        List<CSVRecord> records = parse(csv);
        assertThat(records)
            .as(export.name() + ": as many records as the query has rows")
            .hasSize(rowCount(statement, export.sql()));
        int columns = headers.get(export.name()).split(",").length;
        assertThat(records).allSatisfy(record -> assertThat(record.size()).isEqualTo(columns));
        if (export.name().equals("quarantine_report")) {
          assertThat(records).isEmpty();
        } else {
          assertThat(records).as(export.name()).isNotEmpty();
        }
      }
    }
    assertThat(call.out()).contains("dyads.csv (", "actors.csv (", "sources.csv (");
  }

  @Test
  void exportKeepsNegativeGoldsteinScoresAsNumbers() throws IOException {
    Path out = temp.resolve("exports");
    CliTest.Call call =
        CliTest.call("export", "--warehouse", warehouse.toString(), "--out", out.toString());
    assertThat(call.exitCode()).as(call.err()).isZero();
    List<String> goldstein =
        parse(out.resolve("daily_events_by_root_code.csv")).stream()
            .map(record -> record.get("avg_goldstein"))
            .toList();
    // The quote that keeps a spreadsheet from running a text cell must not turn scores into text.
    assertThat(goldstein).anySatisfy(score -> assertThat(score).startsWith("-"));
    assertThat(goldstein).noneSatisfy(score -> assertThat(score).startsWith("'"));
  }

  @Test
  void dyadsExportCountsBlinkenAndLavrovsEvents() throws IOException {
    Path out = temp.resolve("exports");
    assertThat(
            CliTest.call("export", "--warehouse", warehouse.toString(), "--out", out.toString())
                .exitCode())
        .isZero();
    List<CSVRecord> dyads = parse(out.resolve("dyads.csv"));
    CSVRecord blinkenLavrov =
        dyads.stream()
            .filter(r -> r.get("actor1_name").equals("Antony Blinken"))
            .filter(r -> r.get("actor2_name").equals("Sergei Lavrov"))
            .findFirst()
            .orElseThrow();
    List<String> fromTheEvents =
        Warehouses.query(
            warehouse,
            "select count(*), sum(e.num_mentions) from fct_events e"
                + " join dim_actors a1 on a1.actor_id = e.actor1_id"
                + " join dim_actors a2 on a2.actor_id = e.actor2_id"
                + " where a1.name = 'Antony Blinken' and a2.name = 'Sergei Lavrov'");
    assertThat(blinkenLavrov.get("event_count") + " | " + blinkenLavrov.get("mention_count"))
        .isEqualTo(fromTheEvents.get(0));
  }

  private static CliTest.Call notebook(String name) {
    return CliTest.call(
        "sql",
        "--warehouse",
        warehouse.toString(),
        "--file",
        SharedData.projectRoot().resolve("sql/analyses/" + name + ".sql").toString());
  }

  private static int rowCount(Statement statement, String sql) throws SQLException {
    int rows = 0;
    try (ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows++;
      }
    }
    return rows;
  }

  private static List<CSVRecord> parse(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      return parser.getRecords();
    }
  }
}
