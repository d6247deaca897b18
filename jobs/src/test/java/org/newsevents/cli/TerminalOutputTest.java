package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.testing.Warehouses;

/** `newsevents sql` never prints a raw control character to a terminal. */
class TerminalOutputTest {
  /** Any control character but the line feeds that end the printed lines. */
  private static final String RAW_CONTROL = "[\\p{Cc}&&[^\\n]]";

  private static String warehouse;

  @BeforeAll
  static void hostileWarehouse() {
    warehouse = Warehouses.hostile().toString();
  }

  @Test
  void tablePrinterShowsEscapeSequencesAsVisibleEscapes() {
    CliTest.Call call =
        CliTest.call(
            "sql",
            "--warehouse",
            warehouse,
            "select chr(27) || '[2Jgone' as \"head\u001b]0;x\u0007\", 'bell' || chr(7) || chr(9) as b");
    assertThat(call.exitCode()).as(call.err()).isZero();
    assertThat(call.out())
        .isEqualTo(
            "head\\x1b]0;x\\x07 | b\n"
                + "-----------------+-------------\n"
                + "\\x1b[2Jgone      | bell\\x07\\x09\n"
                + "(1 row)\n");
  }

  @Test
  void errorMessagesShowEscapeSequencesAsVisibleEscapes() {
    CliTest.Call call =
        CliTest.call("sql", "--warehouse", warehouse, "select * from \"x\u001b[2J\"");
    assertThat(call.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
    assertThat(call.err()).contains("x\\x1b[2J").doesNotContainPattern(RAW_CONTROL);
  }

  @Test
  void escapeSequencesFromAFeedAreNotStoredInReferencesSourceNamesOrTitles() {
    CliTest.Call call =
        CliTest.call(
            "sql",
            "--warehouse",
            warehouse,
            "select a.input_ref, s.source_name, a.title from dim_articles a"
                + " join dim_sources s using (source_id) where a.input_ref like 'esc%'"
                + " union all select input_ref, null, null from quarantine"
                + " where input_ref like 'bad%' order by 1");
    assertThat(call.exitCode()).as(call.err()).isZero();
    assertThat(call.out())
        .doesNotContainPattern(RAW_CONTROL)
        .doesNotContain("\\x")
        .contains("bad[2Jref", "esc[31mred", "Evil]0;owned News", "[2JCleared");
  }
}
