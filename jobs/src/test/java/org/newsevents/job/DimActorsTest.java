package org.newsevents.job;

import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsevents.testing.SparkTestSession;
import org.newsevents.warehouse.Tables;

/** How the job makes one dim_actors row of the versions of an actor its articles saw. */
class DimActorsTest {
  private static final StructType OUTCOMES =
      createStructType(
          List.of(
              createStructField("actors", createArrayType(Tables.ARTICLE_ACTOR, false), false)));

  private static Row actor(String country, String role, String code, long mentions, String day) {
    return RowFactory.create(
        "a1",
        "VLADIMIR_PUTIN",
        "Vladimir Putin",
        "person",
        country,
        role,
        code,
        List.of("Putin").toArray(new String[0]),
        true,
        null,
        mentions,
        Date.valueOf(day));
  }

  private static List<String> dimActors(Row... articles) {
    // One article per version: each outcome row holds the actors one article saw.
    List<Row> outcomes =
        java.util.Arrays.stream(articles).map(a -> RowFactory.create((Object) List.of(a))).toList();
    Dataset<Row> rows = SparkTestSession.get().createDataFrame(outcomes, OUTCOMES);
    return NightlyJob.dimActors(rows, "2020-09-06").collectAsList().stream()
        .map(
            row ->
                row.getAs("country_code")
                    + " "
                    + row.getAs("role")
                    + " "
                    + row.getAs("cameo_code")
                    + " "
                    + row.getAs("mention_count")
                    + " "
                    + row.getAs("last_seen_date"))
        .toList();
  }

  /**
   * The 10k bench corpus had Vladimir Putin, 383 mentions as RUSGOV, in dim_actors as USA: the
   * country, role and code were each taken from the latest article, whose title misread him.
   */
  @Test
  void regressionOneArticlesMisreadingOfAnActorIsNotItsCountryInTheDimension() {
    assertThat(
            dimActors(
                actor("RUS", "GOV", "RUSGOV", 30, "2020-07-08"),
                actor("RUS", "GOV", "RUSGOV", 5, "2020-09-01"),
                actor("USA", "GOV", "USAGOV", 2, "2020-09-05")))
        .containsExactly("RUS GOV RUSGOV 37 2020-09-05");
  }

  @Test
  void anEvenSplitGoesToTheLatestArticlesVersionTakenWhole() {
    assertThat(
            dimActors(
                actor("USA", "ELI", "USAELI", 3, "2020-12-01"),
                actor("USA", "GOV", "USAGOV", 3, "2021-01-21")))
        .containsExactly("USA GOV USAGOV 6 2021-01-21");
  }
}
