package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {
  @Test
  void splitsOnSemicolonsOutsideQuotesAndComments() {
    var statements =
        SqlScript.split(
            "-- first; note\nselect 'a;b' as x;\n/* block; */ select \"c;d\" from t;\n\n-- trailing comment only\n");
    assertThat(statements)
        .containsExactly(
            new SqlScript.Statement("first; note", "select 'a;b' as x"),
            new SqlScript.Statement("", "/* block; */ select \"c;d\" from t"));
  }
}
