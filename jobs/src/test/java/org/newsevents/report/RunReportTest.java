package org.newsevents.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.Warehouses;
import org.newsevents.warehouse.WarehouseLayout;

/** The run report written from the seeds' catalog: its sections, charts, links and escaping. */
class RunReportTest {
  static final String RUN_DATE = Warehouses.SEED_RUN_DATE.toString();
  static final String TRICKY = "<script>alert('x')</script> & \"quoted\"";

  @TempDir static Path folder;
  @TempDir Path temp;
  private static Path warehouse;
  private static Path page;
  private static String html;

  /** Facts as a run would pass them, with markup where a careless page would run it. */
  static Map<String, Object> trickyFacts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(
        RunReport.GATES,
        Map.of("min_articles", true, "quarantine_share <b>bold</b>", Map.of("status", "warn")));
    facts.put(
        RunReport.DATA_TESTS,
        List.of(Map.of("name", "dim_articles__article_id_unique", "passed", true)));
    Map<String, Object> seconds = new LinkedHashMap<>();
    seconds.put("ingest+clean", 3.25);
    seconds.put("nlp+actors+events", 41.5);
    facts.put(RunReport.SECONDS_PER_STAGE, seconds);
    facts.put("note", TRICKY);
    return facts;
  }

  @BeforeAll
  static void writeReport() throws IOException {
    warehouse = Warehouses.seedsCatalogCopy(folder.resolve("warehouse"));
    page = RunReport.write(new WarehouseLayout(warehouse), RUN_DATE, trickyFacts());
    html = Files.readString(page, StandardCharsets.UTF_8);
  }

  @Test
  void writesThePageUnderRunsWithEverySection() {
    assertThat(page).isEqualTo(warehouse.resolve("_runs/" + RUN_DATE + ".html")).isRegularFile();
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    for (String section :
        List.of(
            "summary",
            "events-per-day",
            "top-actors",
            "top-dyads",
            "events",
            "evidence",
            "data-quality",
            "gates",
            "run-facts")) {
      assertThat(html).contains("<section id=\"" + section + "\"");
    }
    for (String heading :
        List.of(
            "Quarantine by reason",
            "Repairs and removed parts",
            "Languages",
            "Where published dates came from",
            "Seconds per stage")) {
      assertThat(html).contains(heading);
    }
  }

  @Test
  void chartsAreInlineSvgWithAxesAndALegend() {
    assertThat(count(html, "<svg ")).isEqualTo(4);
    String perDay = section("events-per-day");
    assertThat(perDay)
        .contains("<svg ", "class=\"axis-title\"", ">event date<", ">events<")
        .contains("1 verbal cooperation", "2 material cooperation", "3 verbal conflict")
        .contains("4 material conflict");
    assertThat(section("top-actors")).contains("<svg ", ">Russia<");
    assertThat(section("top-dyads")).contains("<svg ", " → ");
  }

  @Test
  void loadsNothingFromAnywhere() {
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?\\s*https?:");
    assertThat(html).doesNotContainPattern("(?i)<script[^>]*\\ssrc");
    assertThat(html).doesNotContainPattern("(?i)<link[^>]*stylesheet");
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
    assertThat(html).doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(");
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertThat(href.group(1)).startsWith("#");
    }
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
  }

  @Test
  void escapesEveryValue() {
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
        .contains("quarantine_share &lt;b&gt;bold&lt;/b&gt;")
        .doesNotContain("alert('x')")
        .doesNotContain("<b>bold</b>");
    String sentence =
        Warehouses.query(
                warehouse,
                "select sentence from fct_event_mentions where sentence like '%\"%'"
                    + " order by mention_id limit 1")
            .get(0);
    assertThat(html).contains(Html.escape(sentence));
  }

  @Test
  void everyEventRowLinksToItsEvidenceAndBack() {
    List<String> eventIds = Warehouses.query(warehouse, "select event_id from fct_events");
    assertThat(eventIds).hasSizeLessThan(ReportPage.MAX_EVENTS);
    for (String id : eventIds) {
      assertThat(html)
          .contains("href=\"#evidence-" + id + "\"", "id=\"evidence-" + id + "\"")
          .contains("href=\"#event-" + id + "\"", "id=\"event-" + id + "\"");
    }
    String evidence = section("evidence");
    assertThat(count(evidence, "<li><blockquote>"))
        .isEqualTo(Integer.parseInt(query("select count(*) from fct_event_mentions")));
    assertThat(evidence).contains("source Radio Free Europe/Radio Liberty (rferl.org)");
  }

  @Test
  void dataQualityTablesMatchTheCatalog() {
    String quality = section("data-quality");
    assertThat(quality).contains("No input item was quarantined by this run.");
    for (String row :
        Warehouses.query(
            warehouse,
            "select repair, count(*) from (select unnest(repairs) as repair from dim_articles)"
                + " group by repair")) {
      String[] cells = row.split(" \\| ");
      assertThat(quality).contains("<tr><td>" + cells[0] + "</td><td class=\"num\">" + cells[1]);
    }
    for (String row :
        Warehouses.query(
            warehouse,
            "select p.reason, count(*) from (select unnest(removed_parts) as p from dim_articles)"
                + " group by p.reason")) {
      String[] cells = row.split(" \\| ");
      assertThat(quality).contains("<tr><td>" + cells[0] + "</td><td class=\"num\">" + cells[1]);
    }
    for (String row :
        Warehouses.query(
            warehouse, "select date_source, count(*) from dim_articles group by date_source")) {
      String[] cells = row.split(" \\| ");
      assertThat(quality).contains("<tr><td>" + cells[0] + "</td><td class=\"num\">" + cells[1]);
    }
    assertThat(quality)
        .contains("<tr><td>en</td><td class=\"num\">5</td>")
        .contains("0 non-English paragraphs in 0 articles");
  }

  @Test
  void showsGateAndDataTestResults() {
    String gates = section("gates");
    assertThat(gates)
        .contains("<td>min_articles</td><td><span class=\"status pass\">pass</span>")
        .contains("<span class=\"status warn\">warn</span>")
        .contains("<td>dim_articles__article_id_unique</td><td><span class=\"status pass\">");
    assertThat(section("run-facts"))
        .contains("<td>nlp+actors+events</td><td>41.50</td>")
        .contains("<b>44.75</b>");
  }

  @Test
  void withoutRunFactsSaysSo() throws IOException {
    Path copy = Warehouses.seedsCatalogCopy(temp.resolve("warehouse"));
    String plain = Files.readString(RunReport.write(new WarehouseLayout(copy), RUN_DATE, Map.of()));
    assertThat(plain)
        .contains("The run reported no gate or data-test results")
        .contains("No run facts were given.");
  }

  @Test
  void rejectsARunDateThatIsNotADate() {
    assertThatThrownBy(
            () -> RunReport.write(new WarehouseLayout(warehouse), "11/02/2022", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The run date '11/02/2022' is not a date in the form YYYY-MM-DD");
  }

  @Test
  void listsTheRunDatesOfTheCatalog() {
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    assertThat(RunReport.runDates(layout)).containsExactly(RUN_DATE);
    assertThat(RunReport.latestRunDate(layout)).contains(RUN_DATE);
  }

  @Test
  void escapeCoversTheFiveHtmlCharacters() {
    assertThat(Html.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    assertThat(Html.escape(null)).isEmpty();
    assertThat(Svg.niceStep(54)).isEqualTo(10);
    assertThat(Svg.niceStep(3)).isEqualTo(1);
  }

  private static String section(String id) {
    int start = html.indexOf("<section id=\"" + id + "\"");
    assertThat(start).as("section %s", id).isNotNegative();
    int next = html.indexOf("\n<section id=\"", start + 1);
    if (id.equals("evidence")) {
      next = html.indexOf("<section id=\"data-quality\"", start);
    }
    return html.substring(start, next < 0 ? html.length() : next);
  }

  private static String query(String sql) {
    return Warehouses.query(warehouse, sql).get(0);
  }

  private static int count(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      count++;
    }
    return count;
  }
}
