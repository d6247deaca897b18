package org.newsevents.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Integrity tests block publishing; content tests warn. Each file says which it is. */
class DataTestsSeverityTest {
  @Test
  void everyDataTestDeclaresItsSeverityAndOnlyContentTestsWarn() {
    List<SqlLibrary.SqlFile> tests = SqlLibrary.files("tests");
    assertThat(tests).isNotEmpty();
    assertThat(tests)
        .allSatisfy(
            test -> assertThat(test.sql()).containsPattern("(?m)^-- severity: (error|warn)$"));
    assertThat(
            tests.stream()
                .filter(test -> DataTests.severity(test) == DataTests.Severity.WARN)
                .map(SqlLibrary.SqlFile::name))
        .containsExactlyInAnyOrder(
            "dim_articles__text_is_clean", "fct_events__one_source_and_base_code");
  }

  @Test
  void aTestWithoutSeverityIsAnIntegrityTestAndAnUnknownSeverityIsRefused() {
    assertThat(DataTests.severity(new SqlLibrary.SqlFile("t", "-- Rule.\nselect 1 where false")))
        .isEqualTo(DataTests.Severity.ERROR);
    assertThat(
            DataTests.severity(
                new SqlLibrary.SqlFile("t", "-- Rule.\n-- Severity: WARN\nselect 1 where false")))
        .isEqualTo(DataTests.Severity.WARN);
    assertThatThrownBy(
            () ->
                DataTests.severity(
                    new SqlLibrary.SqlFile("t", "-- Rule.\n-- severity: info\nselect 1")))
        .hasMessage("sql/tests/t.sql declares severity 'info', which is neither error nor warn.");
  }
}
