package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.Catalog;
import org.newsevents.warehouse.Manifest;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * What `newsevents sql` may touch: the warehouse, read-only, and the folders given with
 * --read-folder, read-only; every way SQL could write, delete, attach, install or reach out fails
 * with one sentence and leaves the files as they were.
 */
class ReadOnlySqlTest {
  private static final String REFUSED =
      "was refused: the catalog is read-only and runs only queries";

  @TempDir Path temp;
  private static WarehouseLayout layout;

  @BeforeAll
  static void hostileWarehouse() {
    layout = new WarehouseLayout(Warehouses.hostile());
  }

  private static CliTest.Call sql(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "sql";
    all[1] = "--warehouse";
    all[2] = layout.root().toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliTest.call(all);
  }

  private static void assertFailsWithOneSentence(CliTest.Call call, String expected) {
    assertThat(call.exitCode()).as(call.err()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(call.err()).startsWith("newsevents sql: ").contains(expected).hasLineCount(1);
    assertThat(call.out()).isEmpty();
  }

  private static Path publishedParquetFile() {
    Manifest manifest = Manifest.read(layout.manifest());
    return layout.root().resolve(manifest.files("fct_events").get(0));
  }

  @Test
  void sqlCannotOverwriteTheManifestWithCopy() throws IOException {
    byte[] before = Files.readAllBytes(layout.manifest());
    assertFailsWithOneSentence(
        sql("copy (select 'x') to '" + layout.manifest() + "'"), "'copy (select 'x') to");
    assertFailsWithOneSentence(
        sql("copy (select 'x') to '" + layout.manifest() + "' (format csv, use_tmp_file false)"),
        REFUSED);
    assertThat(Files.readAllBytes(layout.manifest())).isEqualTo(before);
  }

  @Test
  void sqlCannotOverwriteTheCatalogWithCopy() throws IOException {
    byte[] before = Files.readAllBytes(layout.catalog());
    // DuckDB always allows its own database file, so only the statement check stops this one.
    assertFailsWithOneSentence(
        sql("copy fct_events to '" + layout.catalog() + "' (format csv, use_tmp_file false)"),
        REFUSED);
    assertThat(Files.readAllBytes(layout.catalog())).isEqualTo(before);
  }

  @Test
  void sqlCannotOverwriteAPublishedParquetFileWithCopy() throws IOException {
    Path parquet = publishedParquetFile();
    byte[] before = Files.readAllBytes(parquet);
    // The staging views need read access to this file, and DuckDB's allowed paths grant writing
    // too: only the statement check stops this one.
    assertFailsWithOneSentence(
        sql("copy (select 1 as x) to '" + parquet + "' (format parquet, use_tmp_file false)"),
        REFUSED);
    assertThat(Files.readAllBytes(parquet)).isEqualTo(before);
  }

  @Test
  void sqlCannotWriteAFileElsewhereWithCopy() {
    Path target = temp.resolve("stolen.csv");
    assertFailsWithOneSentence(sql("copy fct_events to '" + target + "'"), REFUSED);
    assertThat(target).doesNotExist();
  }

  @Test
  void sqlCannotExportTheDatabase() {
    Path target = temp.resolve("dump");
    assertFailsWithOneSentence(sql("export database '" + target + "'"), REFUSED);
    assertThat(target).doesNotExist();
  }

  @Test
  void sqlCannotAttachADatabaseForWriting() {
    Path target = temp.resolve("elsewhere.db");
    assertFailsWithOneSentence(sql("attach '" + target + "' as a (read_write)"), REFUSED);
    assertThat(target).doesNotExist();
  }

  @Test
  void sqlCannotInstallOrLoadAnExtension() {
    assertFailsWithOneSentence(sql("install httpfs"), REFUSED);
    assertFailsWithOneSentence(sql("load httpfs"), REFUSED);
    assertFailsWithOneSentence(sql("force install httpfs from core"), REFUSED);
  }

  @Test
  void sqlCannotReachTheNetwork() {
    CliTest.Call call = sql("select * from read_csv('https://example.com/x.csv')");
    assertThat(call.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(call.err()).startsWith("newsevents sql: The query failed: ").hasLineCount(1);
  }

  @Test
  void sqlCannotChangeTheConfiguration() {
    assertFailsWithOneSentence(sql("set enable_external_access = true"), REFUSED);
    assertFailsWithOneSentence(sql("reset allowed_directories"), REFUSED);
    assertFailsWithOneSentence(sql("pragma enable_profiling"), REFUSED);
  }

  @Test
  void sqlCannotSmuggleACopyAfterAQuery() {
    Path target = temp.resolve("smuggled.csv");
    assertFailsWithOneSentence(sql("select 1; copy fct_events to '" + target + "'"), REFUSED);
    assertThat(target).doesNotExist();
  }

  @Test
  void notebookWithACopyRunsNoneOfItsQueries() throws IOException {
    Path target = temp.resolve("from-notebook.csv");
    Path notebook =
        Files.writeString(
            temp.resolve("notebook.sql"),
            "-- counts\nselect count(*) from fct_events;\n-- and a copy\ncopy fct_events to '"
                + target
                + "';\n");
    assertFailsWithOneSentence(sql("--file", notebook.toString()), REFUSED);
    assertThat(target).doesNotExist();
  }

  @Test
  void sqlCannotReadFilesOutsideTheWarehouse() {
    assertFailsWithOneSentence(
        sql("select * from read_csv('/etc/passwd')"),
        "The query failed: Permission Error: Cannot access file \"/etc/passwd\"");
    assertThat(sql("select * from read_text('/etc/passwd')").err())
        .contains("reads only the warehouse and the folders given with --read-folder");
  }

  @Test
  void readFolderLetsQueriesReadAFileInThatFolderOnly() throws IOException {
    Path lists = Files.createDirectories(temp.resolve("lists"));
    Files.writeString(lists.resolve("watch.csv"), "name\nSergei Lavrov\n", StandardCharsets.UTF_8);
    Path beside = Files.writeString(temp.resolve("other.csv"), "name\nx\n");
    CliTest.Call read =
        sql(
            "--read-folder",
            lists.toString(),
            "select name from read_csv('" + lists.resolve("watch.csv") + "')");
    assertThat(read.exitCode()).as(read.err()).isZero();
    assertThat(read.out()).isEqualTo("name\n-------------\nSergei Lavrov\n(1 row)\n");
    assertFailsWithOneSentence(
        sql("--read-folder", lists.toString(), "select * from read_csv('" + beside + "')"),
        "Permission Error");
    // DuckDB's allowed directories could be written to; the statement check keeps them read-only.
    Path written = lists.resolve("written.csv");
    assertFailsWithOneSentence(
        sql("--read-folder", lists.toString(), "copy (select 1) to '" + written + "'"), REFUSED);
    assertThat(written).doesNotExist();
  }

  @Test
  void readFolderMustBeAFolder() {
    assertFailsWithOneSentence(
        sql("--read-folder", temp.resolve("absent").toString(), "select 1"),
        "The --read-folder " + temp.resolve("absent") + " is not a folder.");
  }

  @Test
  void sqlStillReadsTablesStagingViewsAndDescriptions() {
    for (String query :
        new String[] {
          "select count(*) from fct_events",
          "select * from stg_fct_events limit 1",
          "with a as (select * from dim_articles) select count(*) from a",
          "from dim_sources limit 1",
          "describe fct_events",
          "show tables",
          "summarize dim_sources",
          "values (1)"
        }) {
      CliTest.Call call = sql(query);
      assertThat(call.exitCode()).as(query + ": " + call.err()).isZero();
    }
  }

  @Test
  void theCatalogItselfRefusesFilesAndConfigurationChangesWithoutTheStatementCheck()
      throws SQLException {
    Path target = temp.resolve("direct.csv");
    try (Connection connection = Catalog.openReadOnly(layout)) {
      // DuckDB's JDBC driver closes a statement that failed, hence one statement per attempt.
      assertThatThrownBy(() -> run(connection, "copy fct_events to '" + target + "'"))
          .hasMessageContaining("Permission Error");
      assertThatThrownBy(() -> run(connection, "set enable_external_access = true"))
          .hasMessageContaining("the configuration has been locked");
      assertThatThrownBy(() -> run(connection, "load httpfs")).hasMessageContaining("disabled");
      assertThatThrownBy(() -> run(connection, "select * from read_csv('/etc/passwd')"))
          .hasMessageContaining("Permission Error");
    }
    assertThat(target).doesNotExist();
  }

  private static void run(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Test
  void sqlRefusalNamesTheStatementInOneSentence() {
    CliTest.Call call = sql("copy fct_events to 'x.csv'");
    assertThat(call.err())
        .isEqualTo(
            "newsevents sql: The statement 'copy fct_events to 'x.csv'' "
                + REFUSED
                + " (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE), never COPY, EXPORT,"
                + " ATTACH, INSTALL, LOAD, SET or statements that change anything.\n");
    assertThat(Arrays.asList(layout.root().toFile().list())).doesNotContain("x.csv");
  }
}
