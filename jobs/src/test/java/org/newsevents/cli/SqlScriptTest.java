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

  @Test
  void blankLineBetweenCommentsSeparatesTheHeaderFromTheFirstNote() {
    var statements =
        SqlScript.split(
            "-- Title\n--\n-- What it answers.\n\n\n-- 1. First query.\nselect 1;\n\n-- 2. Second.\nselect 2;\n");
    assertThat(statements)
        .containsExactly(
            new SqlScript.Statement("Title\n\nWhat it answers.\n\n1. First query.", "select 1"),
            new SqlScript.Statement("2. Second.", "select 2"));
  }

  @Test
  void keepsCommentsAndBlankLinesInsideAStatement() {
    var statements = SqlScript.split("-- note\nselect 1 -- inline; note\n\nunion all select 2;");
    assertThat(statements)
        .containsExactly(
            new SqlScript.Statement("note", "select 1 -- inline; note\n\nunion all select 2"));
  }
}
