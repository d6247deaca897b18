package org.newsevents.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsevents.cli.SqlScript;
import org.newsevents.warehouse.Catalog;
import org.newsevents.warehouse.Manifest;
import org.newsevents.warehouse.Tables;
import org.newsevents.warehouse.WarehouseLayout;

/**
 * Query latency of the analysts' notebooks (sql/analyses) on a warehouse of about a million events.
 *
 * <p>The big warehouse is grown from a real published one: each of its rows is copied k times with
 * DuckDB, every copy (replica) with its own ids, shifted by whole days onto one of a year of run
 * dates, and with its actors rotated among the template's actors. It is published like a nightly
 * run would (Hive partitions per run date, a manifest, the real catalog with its tables built from
 * sql/views), so the queries see the production relations, built by the same dedup windows from the
 * same file layout, only bigger. A command that prints figures, never a timed unit test.
 */
public final class QueryLatencyBenchmark {
  /** What an analyst should wait at most, as the median of a notebook query. */
  public static final double TARGET_MEDIAN_MILLIS = 200;

  /** A year of nightly runs: the number of run date partitions per table (fewer if k is small). */
  static final int RUN_DATES = 365;

  /**
   * How many different actor rotations replicas cycle through: enough for thousands of dyads from a
   * small template, few enough that the rotation table stays small for a big one.
   */
  static final int ACTOR_ROTATIONS = 64;

  /** Written into every generated file name, where the nightly job writes its run id. */
  static final String FILE_PREFIX = "bench";

  /** One statement of one notebook: timed runs after a warm-up, and the rows it returned. */
  public record QueryTiming(
      String file,
      int statement,
      double medianMillis,
      double minMillis,
      double maxMillis,
      long rows) {}

  /**
   * The figures of a run. {@code perQuery} is keyed "file#statement" (statements from 1), in file
   * order; {@code medianMillis} is the median of the per-query medians and {@code maxMillis} the
   * largest per-query median (the slowest query, which decides whether the target is met).
   */
  public record Result(
      long events,
      long eventMentions,
      double buildSeconds,
      Map<String, QueryTiming> perQuery,
      double medianMillis,
      double maxMillis) {
    /** True when every query's median is within {@link #TARGET_MEDIAN_MILLIS}. */
    public boolean targetMet() {
      return maxMillis <= TARGET_MEDIAN_MILLIS;
    }
  }

  /** What {@link #build} made: the warehouse, its size and how long it took. */
  record Built(WarehouseLayout layout, long events, long eventMentions, double seconds) {}

  private QueryLatencyBenchmark() {}

  /**
   * Builds a warehouse of at least {@code targetEvents} events in {@code workDir} (which becomes
   * its root; it must be empty or absent) from {@code templateWarehouse}, then times every
   * statement of every {@code analysesDir/*.sql}: one warm-up, then {@code repetitions} timed runs
   * that read every row.
   */
  public static Result run(
      Path templateWarehouse,
      Path workDir,
      long targetEvents,
      Path analysesDir,
      int repetitions,
      PrintStream out) {
    if (targetEvents < 1) {
      throw new IllegalArgumentException("targetEvents must be at least 1, not " + targetEvents);
    }
    if (repetitions < 1) {
      throw new IllegalArgumentException("repetitions must be at least 1, not " + repetitions);
    }
    Built built = build(templateWarehouse, workDir, targetEvents, out);
    Map<String, QueryTiming> perQuery = time(built.layout(), analysesDir, repetitions, out);
    double[] medians = perQuery.values().stream().mapToDouble(QueryTiming::medianMillis).toArray();
    double median = median(medians);
    double max = Arrays.stream(medians).max().orElse(0);
    Result result =
        new Result(built.events(), built.eventMentions(), built.seconds(), perQuery, median, max);
    long over =
        perQuery.values().stream().filter(q -> q.medianMillis() > TARGET_MEDIAN_MILLIS).count();
    out.printf(
        Locale.ROOT,
        "%d queries on %,d events and %,d event mentions: median of medians %.1f ms, slowest median"
            + " %.1f ms%n",
        perQuery.size(),
        result.events(),
        result.eventMentions(),
        median,
        max);
    out.printf(
        Locale.ROOT,
        "target: median <= %.0f ms per query: %s%n",
        TARGET_MEDIAN_MILLIS,
        result.targetMet()
            ? "met"
            : "NOT met (" + over + " of " + perQuery.size() + " queries are slower)");
    return result;
  }

  /** Grows the template into a published warehouse with a catalog at {@code workDir}. */
  static Built build(Path templateWarehouse, Path workDir, long targetEvents, PrintStream out) {
    WarehouseLayout template = new WarehouseLayout(templateWarehouse);
    WarehouseLayout layout = new WarehouseLayout(workDir);
    requireEmpty(layout.root());
    Manifest templateManifest = Manifest.read(template.manifest());
    if (templateManifest.files(Tables.FCT_EVENTS).isEmpty()) {
      throw new IllegalArgumentException(
          "The template warehouse " + template.root() + " has no published fct_events files.");
    }
    long start = System.nanoTime();
    try {
      Files.createDirectories(layout.root());
      generate(template, templateManifest, layout, targetEvents, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create " + layout.root(), e);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not build the benchmark warehouse in " + layout.root() + ": " + e.getMessage(), e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    try (Connection catalog = Catalog.openReadOnly(layout);
        Statement sql = catalog.createStatement()) {
      long events = single(sql, "select count(*) from fct_events");
      long mentions = single(sql, "select count(*) from fct_event_mentions");
      out.printf(
          Locale.ROOT,
          "built %s in %.1f s: %,d events, %,d event mentions%n",
          layout.root(),
          seconds,
          events,
          mentions);
      return new Built(layout, events, mentions, seconds);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not count the benchmark warehouse's events: " + e.getMessage(), e);
    }
  }

  /** Writes every table, the manifest and the catalog, with DuckDB reading the template. */
  private static void generate(
      WarehouseLayout template,
      Manifest templateManifest,
      WarehouseLayout layout,
      long targetEvents,
      PrintStream out)
      throws SQLException {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      // Copies stream through COPY; keeping row order would only cost memory.
      sql.execute("set preserve_insertion_order = false");
      for (Map.Entry<String, List<Path>> table :
          Catalog.publishedFiles(template, templateManifest).entrySet()) {
        if (table.getValue().isEmpty()) {
          throw new IllegalArgumentException(
              "The template warehouse " + template.root() + " has no files of " + table.getKey());
        }
        sql.execute(
            "create view t_"
                + table.getKey()
                + " as select * from "
                + readParquet(table.getValue()));
      }
      long templateEvents = single(sql, "select count(distinct event_id) from t_fct_events");
      if (templateEvents == 0) {
        throw new IllegalArgumentException(
            "The template warehouse " + template.root() + " has no events to replicate.");
      }
      long replicas = (targetEvents + templateEvents - 1) / templateEvents;
      int runDates = (int) Math.min(RUN_DATES, replicas);
      int rotations =
          (int)
              Math.min(
                  Math.min(ACTOR_ROTATIONS, replicas),
                  single(sql, "select count(distinct actor_id) from t_dim_actors"));
      out.printf(
          Locale.ROOT,
          "template %s: %d events; %d replicas over %d run dates, %d actor rotations%n",
          template.root(),
          templateEvents,
          replicas,
          runDates,
          rotations);
      prepare(sql, replicas, runDates, rotations);
      Manifest manifest = new Manifest();
      for (String table : Tables.ALL) {
        long tableStart = System.nanoTime();
        Path folder = layout.root().resolve(table);
        sql.execute(
            "copy ("
                + replicate(table)
                + ") to "
                + quote(folder.toString())
                + " (format parquet, partition_by (run_date), write_partition_columns true,"
                + " filename_pattern '"
                + FILE_PREFIX
                + "-part-{i}')");
        if (isEmptyFolder(folder)) {
          writeEmpty(sql, layout, table);
        }
        manifest = listPartitions(layout, table, manifest);
        out.printf(
            Locale.ROOT,
            "  %-20s %,12d rows in %d run dates, %.1f s%n",
            table,
            single(
                sql,
                "select count(*) from read_parquet("
                    + quote(folder.resolve("*/*.parquet").toString())
                    + ")"),
            manifest.runDates(table).size(),
            (System.nanoTime() - tableStart) / 1e9);
      }
      manifest.writeAtomically(layout.manifest());
      long catalogStart = System.nanoTime();
      Catalog.regenerate(layout, manifest);
      out.printf(
          Locale.ROOT,
          "  %-20s %.1f s (Catalog.regenerate, as the nightly run's catalog step)%n",
          "catalog",
          (System.nanoTime() - catalogStart) / 1e9);
    }
  }

  /**
   * The replica numbers and the actor rotations. Replica r lands r % runDates days after the
   * template's run dates and takes actor rotation r % rotations: every actor of the template stands
   * in for the actor {@code rotation} places before it (in actor_id order), with its own type,
   * country and code, so dyads and timelines spread over many more pairs than the template has
   * while every actor id still joins dim_actors.
   */
  private static void prepare(Statement sql, long replicas, int runDates, int rotations)
      throws SQLException {
    sql.execute(
        "create table replicas as select range as r, (range % "
            + runDates
            + ")::integer as shift, range % "
            + rotations
            + " as rotation from range("
            + replicas
            + ")");
    sql.execute(
        "create table actors as select actor_id, actor_type, country_code, cameo_code,"
            + " row_number() over (order by actor_id) - 1 as position from t_dim_actors"
            + " qualify row_number() over (partition by actor_id order by run_date desc) = 1");
    sql.execute(
        "create table actor_map as select rotation.range as rotation, a.actor_id as from_id,"
            + " b.actor_id as to_id, b.actor_type as to_type, b.country_code as to_country,"
            + " b.cameo_code as to_cameo"
            + " from actors a cross join range("
            + rotations
            + ") rotation join actors b on b.position = (a.position + rotation.range) % (select"
            + " count(*) from actors)");
    // A replica's ids: 16 hex digits like the job's SHA-256 prefixes, so joins and sorts compare
    // strings of the real shape; the same id and replica give the same new id in every table.
    sql.execute(
        "create macro rid(id, r) as case when id is null then null"
            + " else left(md5(id || ':' || r), 16) end");
    // Week, month and year precision dates sit on the first day of their period, as the job
    // stores them.
    sql.execute(
        "create macro shifted(d, precision, days) as case precision"
            + " when 'week' then date_trunc('week', d + days)::date"
            + " when 'month' then date_trunc('month', d + days)::date"
            + " when 'year' then date_trunc('year', d + days)::date"
            + " else d + days end");
    // Tables that every run rewrites whole (a code list, the outlets, the actors it saw) get one
    // copy of their latest rows per generated run date, not one per replica, so their views
    // still give one row per key.
    sql.execute(
        "create table run_dates as select distinct run_date + shift as run_date from ("
            + Tables.ALL.stream()
                .map(table -> "select distinct run_date from t_" + table)
                .collect(Collectors.joining(" union "))
            + ") cross join (select distinct shift from replicas)");
  }

  /** The SELECT that gives all rows of a table in the generated warehouse. */
  static String replicate(String table) {
    return switch (table) {
      case Tables.DIM_ARTICLES ->
          "select t.* replace (rid(t.article_id, x.r) as article_id,"
              + " t.input_ref || '-' || x.r as input_ref,"
              + " 'replica-' || x.r || '/' || t.input_path as input_path,"
              + " t.published_date + x.shift as published_date,"
              + " rid(t.duplicate_of, x.r) as duplicate_of,"
              + " t.run_date + x.shift as run_date)"
              + " from t_dim_articles t cross join replicas x";
      case Tables.QUARANTINE ->
          "select t.* replace (t.input_ref || '-' || x.r as input_ref,"
              + " 'replica-' || x.r || '/' || t.input_path as input_path,"
              + " t.run_date + x.shift as run_date)"
              + " from t_quarantine t cross join replicas x";
      case Tables.FCT_ACTOR_MENTIONS ->
          "select t.* replace (rid(t.article_id, x.r) as article_id,"
              + mapped("m", "t.actor_id", "actor_id")
              + ", case when m.to_id is null then t.cameo_code else m.to_cameo end as cameo_code,"
              + " t.run_date + x.shift as run_date)"
              + " from t_fct_actor_mentions t cross join replicas x"
              + join("m", "t.actor_id");
      case Tables.FCT_EVENT_MENTIONS ->
          "select t.* replace (rid(t.event_id, x.r) as event_id,"
              + " rid(t.mention_id, x.r) as mention_id,"
              + " rid(t.article_id, x.r) as article_id,"
              + mapped("a1", "t.actor1_id", "actor1_id")
              + ","
              + mapped("a2", "t.actor2_id", "actor2_id")
              + ","
              + mapped("a3", "t.attributed_actor_id", "attributed_actor_id")
              + ", case when a1.to_id is null then t.actor1_code else a1.to_cameo end as"
              + " actor1_code,"
              + " case when a2.to_id is null then t.actor2_code else a2.to_cameo end as"
              + " actor2_code,"
              + " shifted(t.event_date, t.date_precision, x.shift) as event_date,"
              + " t.run_date + x.shift as run_date)"
              + " from t_fct_event_mentions t cross join replicas x"
              + join("a1", "t.actor1_id")
              + join("a2", "t.actor2_id")
              + join("a3", "t.attributed_actor_id");
      case Tables.FCT_EVENTS ->
          // block_key is the dedup's internal blocking key; no view or notebook reads it, so it
          // keeps the template's value.
          "select t.* replace (rid(t.event_id, x.r) as event_id,"
              + " shifted(t.event_date, t.date_precision, x.shift) as event_date,"
              + mapped("a1", "t.actor1_id", "actor1_id")
              + ","
              + mapped("a2", "t.actor2_id", "actor2_id")
              + ", case when a1.to_id is null then t.actor1_type else a1.to_type end as"
              + " actor1_type,"
              + " case when a1.to_id is null then t.actor1_country_code else a1.to_country end"
              + " as actor1_country_code,"
              + " case when a2.to_id is null then t.actor2_type else a2.to_type end as"
              + " actor2_type,"
              + " case when a2.to_id is null then t.actor2_country_code else a2.to_country end"
              + " as actor2_country_code,"
              + " t.run_date + x.shift as run_date)"
              + " from t_fct_events t cross join replicas x"
              + join("a1", "t.actor1_id")
              + join("a2", "t.actor2_id");
      case Tables.DIM_ACTORS ->
          "select t.* replace (t.first_seen_date + (d.run_date - t.run_date)::integer as"
              + " first_seen_date,"
              + " t.last_seen_date + (d.run_date - t.run_date)::integer as last_seen_date,"
              + " d.run_date as run_date)"
              + " from (select * from t_dim_actors qualify row_number() over (partition by"
              + " actor_id order by run_date desc) = 1) t cross join run_dates d";
      case Tables.DIM_SOURCES ->
          "select t.* replace (d.run_date as run_date)"
              + " from (select * from t_dim_sources qualify row_number() over (partition by"
              + " source_id order by run_date desc) = 1) t cross join run_dates d";
      case Tables.DIM_EVENT_CODES ->
          "select t.* replace (d.run_date as run_date)"
              + " from (select * from t_dim_event_codes qualify row_number() over (partition by"
              + " event_code order by run_date desc) = 1) t cross join run_dates d";
      default -> throw new IllegalArgumentException("No replication rule for the table " + table);
    };
  }

  private static String mapped(String alias, String column, String name) {
    return " case when "
        + alias
        + ".to_id is null then "
        + column
        + " else "
        + alias
        + ".to_id end as "
        + name;
  }

  private static String join(String alias, String column) {
    return " left join actor_map "
        + alias
        + " on "
        + alias
        + ".from_id = "
        + column
        + " and "
        + alias
        + ".rotation = x.rotation";
  }

  /**
   * A table the template has no rows of (the seeds quarantine nothing) gets what the job writes for
   * it: one empty Parquet file per run date, each of which a query on it still opens.
   */
  private static void writeEmpty(Statement sql, WarehouseLayout layout, String table)
      throws SQLException {
    List<String> runDates = new ArrayList<>();
    try (ResultSet result = sql.executeQuery("select run_date::varchar from run_dates")) {
      while (result.next()) {
        runDates.add(result.getString(1));
      }
    }
    String name = FILE_PREFIX + "-part-0.parquet";
    Path first = layout.partition(table, runDates.get(0)).resolve(name);
    try {
      Files.createDirectories(first.getParent());
      sql.execute(
          "copy ("
              + replicate(table)
              + " limit 0) to "
              + quote(first.toString())
              + " (format parquet)");
      for (String runDate : runDates.subList(1, runDates.size())) {
        Path partition = Files.createDirectories(layout.partition(table, runDate));
        Files.copy(first, partition.resolve(name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the empty files of " + table, e);
    }
  }

  /** Adds the files DuckDB wrote for a table, one manifest entry per run date partition. */
  private static Manifest listPartitions(WarehouseLayout layout, String table, Manifest manifest) {
    Path folder = layout.root().resolve(table);
    Manifest result = manifest;
    try (Stream<Path> partitions = Files.list(folder)) {
      for (Path partition : partitions.sorted().toList()) {
        String name = partition.getFileName().toString();
        if (!name.startsWith("run_date=")) {
          throw new IllegalStateException("Unexpected folder " + partition);
        }
        String runDate = name.substring("run_date=".length());
        if (!partition.equals(layout.partition(table, runDate))) {
          throw new IllegalStateException(
              partition + " is not where the warehouse layout puts " + table + " " + runDate);
        }
        List<String> files;
        try (Stream<Path> parquet = Files.list(partition)) {
          files =
              parquet
                  .filter(file -> file.getFileName().toString().endsWith(".parquet"))
                  .sorted()
                  .map(file -> layout.root().relativize(file).toString())
                  .toList();
        }
        result = result.withPartition(table, runDate, files);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the files written for " + table, e);
    }
    return result;
  }

  /**
   * Runs every statement of every notebook on the catalog, read-only: a warm-up, then timed runs
   * that fetch every value of every row.
   */
  static Map<String, QueryTiming> time(
      WarehouseLayout layout, Path analysesDir, int repetitions, PrintStream out) {
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(analysesDir)) {
      notebooks =
          files.filter(file -> file.getFileName().toString().endsWith(".sql")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the notebooks in " + analysesDir, e);
    }
    if (notebooks.isEmpty()) {
      throw new IllegalArgumentException("No .sql notebooks in " + analysesDir);
    }
    Map<String, QueryTiming> timings = new LinkedHashMap<>();
    try (Connection connection = Catalog.openReadOnly(layout);
        Statement statement = connection.createStatement()) {
      for (Path notebook : notebooks) {
        String file = notebook.getFileName().toString();
        List<SqlScript.Statement> statements;
        try {
          statements = SqlScript.split(Files.readString(notebook));
        } catch (IOException e) {
          throw new UncheckedIOException("Could not read " + notebook, e);
        }
        for (int i = 0; i < statements.size(); i++) {
          String sql = statements.get(i).sql();
          String name = file + "#" + (i + 1);
          long rows = fetchAll(statement, sql, name);
          double[] millis = new double[repetitions];
          for (int run = 0; run < repetitions; run++) {
            long start = System.nanoTime();
            long again = fetchAll(statement, sql, name);
            millis[run] = (System.nanoTime() - start) / 1e6;
            if (again != rows) {
              throw new IllegalStateException(
                  name + " returned " + rows + " rows, then " + again + " on the same warehouse");
            }
          }
          QueryTiming timing =
              new QueryTiming(
                  file,
                  i + 1,
                  median(millis),
                  Arrays.stream(millis).min().orElseThrow(),
                  Arrays.stream(millis).max().orElseThrow(),
                  rows);
          timings.put(name, timing);
          out.printf(
              Locale.ROOT,
              "%-45s median %8.1f ms  min %8.1f  max %8.1f  rows %,9d%s%n",
              name,
              timing.medianMillis(),
              timing.minMillis(),
              timing.maxMillis(),
              rows,
              timing.medianMillis() > TARGET_MEDIAN_MILLIS ? "  over target" : "");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not open the catalog of " + layout.root() + ": " + e.getMessage(), e);
    }
    return timings;
  }

  /**
   * Runs a query and reads every value, as a client that shows the result would; returns the rows.
   */
  private static long fetchAll(Statement statement, String sql, String name) {
    try (ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      long rows = 0;
      while (result.next()) {
        for (int c = 1; c <= columns; c++) {
          result.getObject(c);
        }
        rows++;
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
    }
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static long single(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static boolean isEmptyFolder(Path folder) {
    if (!Files.exists(folder)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireEmpty(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> entries = Files.list(root)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException(
            "The benchmark's work folder " + root + " must be empty or absent.");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readParquet(List<Path> files) {
    return files.stream()
        .map(file -> quote(file.toString()))
        .collect(Collectors.joining(", ", "read_parquet([", "], union_by_name = true)"));
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** Prints the figures for a template warehouse: {@code template work target [repetitions]}. */
  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println(
          "usage: QueryLatencyBenchmark TEMPLATE_WAREHOUSE WORK_DIR TARGET_EVENTS [REPETITIONS]"
              + " [ANALYSES_DIR]");
      System.exit(2);
    }
    run(
        Path.of(args[0]),
        Path.of(args[1]),
        Long.parseLong(args[2]),
        Path.of(args.length > 4 ? args[4] : "sql/analyses"),
        args.length > 3 ? Integer.parseInt(args[3]) : 5,
        System.out);
  }
}
