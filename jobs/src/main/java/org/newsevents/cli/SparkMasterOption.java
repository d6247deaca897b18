package org.newsevents.cli;

import java.util.regex.Pattern;
import org.newsevents.job.SparkSessions;
import picocli.CommandLine.Option;

/** The --master option of every command that starts Spark, validated before Spark starts. */
final class SparkMasterOption {
  private static final Pattern SPARK_MASTER =
      Pattern.compile("local(\\[(\\*|\\d+)(,\\d+)?\\])?|spark://\\S+|yarn|k8s://\\S+|mesos://\\S+");

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master. Default: the one spark-submit was given (spark.master), else local[*].")
  String master;

  /**
   * The master URL: --master, else the one spark-submit was given, else local[*]; or a usage error
   * that says what a master URL looks like.
   */
  String validated() {
    if (master == null) {
      return SparkSessions.submittedMaster();
    }
    if (!SPARK_MASTER.matcher(master).matches()) {
      throw new ExitCodes.UsageException(
          "--master '"
              + master
              + "' is not a Spark master URL (local, local[N], local[*], spark://HOST:PORT, yarn,"
              + " k8s://URL)");
    }
    return master;
  }
}
