package org.newsevents.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The one place Spark is configured, for the CLI, spark-submit and the tests alike. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * Stops a session the caller created, but not one that was already running in this JVM when it
   * asked (a test's shared session, a notebook's), which {@code getOrCreate} handed back.
   */
  public static final class Lease implements AutoCloseable {
    private final SparkSession session;
    private final boolean owned;

    private Lease(SparkSession session, boolean owned) {
      this.session = session;
      this.owned = owned;
    }

    public SparkSession session() {
      return session;
    }

    @Override
    public void close() {
      if (owned) {
        session.stop();
      }
    }
  }

  /** The session for a command: a new one, or the one already running in this JVM. */
  public static Lease lease(String master) {
    boolean running = SparkSession.getDefaultSession().isDefined();
    return new Lease(create(master), !running);
  }

  /** The master when the command line names none. */
  public static final String LOCAL_MASTER = "local[*]";

  /**
   * The master spark-submit chose, else {@link #LOCAL_MASTER}. spark-submit passes its --master
   * (and its --conf) to the application as spark.* system properties, which a new SparkConf reads.
   */
  public static String submittedMaster() {
    return masterOf(new SparkConf());
  }

  static String masterOf(SparkConf conf) {
    return conf.get("spark.master", LOCAL_MASTER);
  }

  /**
   * A session on the given master URL: local[N] for embedded Spark, spark://HOST:PORT for a
   * standalone cluster. Callers without a master of their own pass {@link #submittedMaster()}.
   */
  public static SparkSession create(String master) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("newsevents")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            // DuckDB reads Spark's default INT96 timestamps as zone-less wall-clock; micros in UTC
            // mean the same
            // instant to both.
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
            .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
            .config(
                "spark.sql.shuffle.partitions",
                String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors() * 2)))
            .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
            .config("spark.sql.debug.maxToStringFields", "200")
            .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
    builder.master(master);
    if (master.startsWith("local")) {
      // A laptop's hostname often does not resolve to itself; local mode never needs more than
      // loopback.
      builder
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    return builder.getOrCreate();
  }
}
