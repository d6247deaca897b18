package org.newsevents.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  @Test
  void masterGivenBySparkSubmitIsKept() {
    SparkConf submitted = new SparkConf(false).set("spark.master", "spark://10.0.0.5:7077");

    assertThat(SparkSessions.masterOf(submitted)).isEqualTo("spark://10.0.0.5:7077");
  }

  @Test
  void withoutSparkSubmitTheMasterIsLocal() {
    assertThat(SparkSessions.masterOf(new SparkConf(false))).isEqualTo("local[*]");
  }
}
