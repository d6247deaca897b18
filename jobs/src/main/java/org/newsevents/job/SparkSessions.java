package org.newsevents.job;

import org.apache.spark.sql.SparkSession;

/** The one place Spark is configured, for the CLI, spark-submit and the tests alike. */
public final class SparkSessions {
  private SparkSessions() {}

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
    if (master != null) {
      builder.master(master);
      if (master.startsWith("local")) {
        // A laptop's hostname often does not resolve to itself; local mode never needs more than
        // loopback.
        builder
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1");
      }
    }
    return builder.getOrCreate();
  }
}
