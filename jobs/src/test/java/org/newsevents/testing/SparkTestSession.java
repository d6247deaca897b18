package org.newsevents.testing;

import org.apache.spark.sql.SparkSession;
import org.newsevents.job.SparkSessions;

/**
 * One real local SparkSession per test JVM, shared by every test class (starting Spark costs
 * seconds).
 */
public final class SparkTestSession {
  private static SparkSession spark;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (spark == null) {
      spark = SparkSessions.create("local[2]");
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    }
    return spark;
  }
}
