package org.newsevents.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.Main;
import org.newsevents.testing.SharedData;
import org.newsevents.testing.StandaloneCluster;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.Tables;

/**
 * Cluster mode end to end (run by failsafe in the `cluster` profile, after the cluster jar is
 * built): the nightly job is submitted with spark-submit to a real standalone master and worker,
 * its executors load CoreNLP from target/newsevents-cluster.jar, and the warehouse it publishes
 * holds the same rows as a local[*] run of the same input.
 */
class SparkClusterIT {
  private static final String RUN_DATE = Warehouses.SEED_RUN_DATE.toString();

  @Test
  @Timeout(value = 12, unit = TimeUnit.MINUTES)
  void submittedNightlyJobPublishesTheSameRowsAsLocalMode(@TempDir Path temp)
      throws IOException, InterruptedException {
    Path clusterJar = Path.of(System.getProperty("newsevents.clusterJar"));
    Path sparkHome = Path.of(System.getProperty("newsevents.sparkHome"));
    Path seeds = SharedData.projectRoot().resolve("seeds/articles");
    Path clusterWarehouse = temp.resolve("cluster-warehouse");
    Path localWarehouse = temp.resolve("local-warehouse");
    assertThat(clusterJar).as("built by `mvn -P cluster package`").isRegularFile();

    String executorLog;
    try (StandaloneCluster cluster =
        StandaloneCluster.start(sparkHome, temp.resolve("cluster"), 2, "4g")) {
      StandaloneCluster.Submission submission =
          cluster.submit(
              List.of(
                  "--class",
                  "org.newsevents.cli.Main",
                  "--executor-memory",
                  "4g",
                  "--total-executor-cores",
                  "2"),
              clusterJar,
              List.of(
                  "run",
                  "--input",
                  seeds.toString(),
                  "--warehouse",
                  clusterWarehouse.toString(),
                  "--run-date",
                  RUN_DATE));

      assertThat(submission.exitCode())
          .as("spark-submit output:\n%s\n%s", submission.stdout(), submission.stderr())
          .isZero();
      // No --master on the command line: the job runs on the master spark-submit was given.
      assertThat(submission.stdout()).contains("master=" + cluster.masterUrl());
      executorLog = readAll(cluster.executorLogs());
    }
    assertThat(executorLog)
        .as("the executors' stdout and stderr under the worker's work dir")
        .contains("CoreNLP pipeline loaded");

    assertThat(
            Main.execute(
                "run",
                "--master",
                "local[*]",
                "--input",
                seeds.toString(),
                "--warehouse",
                localWarehouse.toString(),
                "--run-date",
                RUN_DATE))
        .isZero();

    for (String table : Tables.ALL) {
      List<String> local = Warehouses.query(localWarehouse, "select * from " + table);
      assertThat(Warehouses.query(clusterWarehouse, "select * from " + table))
          .as(table)
          .containsExactlyInAnyOrderElementsOf(local);
    }
    for (String table :
        List.of(Tables.DIM_ARTICLES, Tables.FCT_ACTOR_MENTIONS, Tables.FCT_EVENT_MENTIONS)) {
      assertThat(Warehouses.query(clusterWarehouse, "select * from " + table))
          .as("%s has rows, so the comparison compares something", table)
          .isNotEmpty();
    }
  }

  private static String readAll(List<Path> files) throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(Files.readString(file));
    }
    return String.join("\n", texts);
  }
}
