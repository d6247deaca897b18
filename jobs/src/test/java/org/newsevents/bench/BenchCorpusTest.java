package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsevents.bench.BenchCorpus.Article;
import org.newsevents.testing.SharedData;

/**
 * Corpus loading, sampling, replication and writing. The texts here are invented; the real corpora
 * are only read from ../shared, never copied.
 */
class BenchCorpusTest {
  private static final String SGML =
      """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="9001" NEWID="1">
      <DATE>26-FEB-1987 15:01:01.79</DATE>
      <TOPICS><D>gizmos</D></TOPICS>
      <UNKNOWN>&#5;&#5;&#5;C T
      &#22;&#22;&#1;f0704&#31;reute
      u f BC-GIZMO-TRADE   02-26 0105</UNKNOWN>
      <TEXT>&#2;
      <TITLE>GIZMO MAKERS SEE BETTER &lt;WIDGET&gt; SALES</TITLE>
      <DATELINE>    LISBON, Feb 26 - </DATELINE><BODY>Gizmo makers Smith &amp; Sons said sales of
      &lt;Widget Co&gt; parts rose four pct in January.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="9002" NEWID="2">
      <DATE>  2-MAR-1987 09:10:11.12</DATE>
      <TEXT TYPE="BRIEF">&#2;
      ******<TITLE>GIZMO OUTPUT UP THREE PCT IN LATEST WEEK
      </TITLE>Blah blah blah.
      &#3;

      </TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="9003" NEWID="3">
      <DATE>3-MAR-1987 10:00:00.00</DATE>
      <TEXT TYPE="UNPROC">&#2;
      GIZMO WEEKLY REPORT - MAR 3
       Output.........12 vs.....10
      &#3;
      </TEXT>
      </REUTERS>
      """;

  /** One invented article of every kind the corpora hold, including one with no text. */
  private static List<Article> invented() {
    return List.of(
        new Article(
            "reuters-1",
            "reuters",
            "FRANCE AND BRAZIL SIGN GIZMO ACCORD",
            "1987-03-02",
            "Reuters",
            null,
            "PARIS, March 2 - France and Brazil signed an accord on gizmo trade, the French\n"
                + "    trade ministry said. Minister Pierre Morgan said the accord would cut tariffs\n"
                + "    on Brazilian parts by half over three years.\n Reuter\n\u0003"),
        new Article(
            "reuters-2",
            "reuters",
            "ACME GIZMO INC 1ST QTR NET",
            "1987-03-03",
            "Reuters",
            null,
            "Shr 22 cts vs 18 cts\n    Net 4,100,000 vs 3,600,000\n"
                + "    Revs 51.2 mln vs 47.9 mln\n Reuter\n\u0003"),
        new Article(
            "reuters-3", "reuters", "GIZMO OUTPUT UP IN WEEK", "1987-03-04", "Reuters", null, ""),
        new Article(
            "allsides-abc",
            "allsides",
            "Talks between Russia and Ukraine resume in Geneva",
            "2019-05-06",
            "Example Daily",
            "https://news.example.com/2019/05/06/talks-resume",
            "Negotiators from Russia and Ukraine met again in Geneva on Monday.\n\n"
                + "\"We are ready to talk,\" said Olga Campbell, who leads the Ukrainian team.\n\n"
                + "Observers from Germany and Canada attended the first session."),
        new Article(
            "bbc-politics-001",
            "bbc",
            "Blair backs new rail plan",
            null,
            "BBC News",
            null,
            "Prime Minister Tony Blair has backed a plan to build a new rail line north of"
                + " London.\n\nMr Blair told reporters the line would open within ten years.\n"),
        new Article(
            "bbc-tech-002",
            "bbc",
            "Gadget sales rise over the holidays",
            null,
            "BBC News",
            null,
            "Sales of handheld gadgets rose by a fifth over the holiday season, a trade body"
                + " says.\n\nShops reported strong demand for music players and cameras.\n"),
        new Article(
            "wikinews-2019-001",
            "wikinews",
            "Flooding forces thousands from homes in Kenya",
            "2019-04-01",
            "Wikinews",
            "https://en.wikinews.org/wiki/Flooding_forces_thousands_from_homes_in_Kenya",
            "Monday, April 1, 2019\n\n\nHeavy rain flooded villages in western Kenya over the"
                + " weekend, officials said, forcing thousands from their homes.\n\n"
                + "The Red Cross said it had sent tents, blankets and \"clean water\" to the area."));
  }

  @Test
  void parsesReutersSgmlDecodingEntitiesAndKeepingDocumentsWithoutBody() {
    List<Article> docs = CorpusConverters.parseReuters(SGML);

    assertThat(docs).extracting(Article::id).containsExactly("reuters-1", "reuters-2", "reuters-3");
    assertThat(docs).extracting(Article::corpus).containsOnly("reuters");
    Article full = docs.get(0);
    assertThat(full.title()).isEqualTo("GIZMO MAKERS SEE BETTER <WIDGET> SALES");
    assertThat(full.published()).isEqualTo("1987-02-26");
    assertThat(full.source()).isEqualTo("Reuters");
    assertThat(full.text())
        .startsWith("LISBON, Feb 26 - Gizmo makers Smith & Sons said sales of\n<Widget Co> parts")
        .endsWith("Reuter\n\u0003")
        .doesNotContain("&amp;", "&lt;", "&#3;", "<BODY>");
    Article brief = docs.get(1);
    assertThat(brief.title()).isEqualTo("GIZMO OUTPUT UP THREE PCT IN LATEST WEEK");
    assertThat(brief.published()).isEqualTo("1987-03-02");
    assertThat(brief.text()).isEmpty();
    Article unprocessed = docs.get(2);
    assertThat(unprocessed.title()).isNull();
    assertThat(unprocessed.text()).contains("GIZMO WEEKLY REPORT - MAR 3", "Output.........12");
  }

  @Test
  void sampleIsDeterministicExactlySizedAndRealArticlesComeFirst() {
    List<Article> real = invented();

    List<Article> sample = BenchCorpus.sample(real, 20, 42);

    assertThat(BenchCorpus.sample(real, 20, 42)).isEqualTo(sample);
    assertThat(sample).hasSize(20);
    assertThat(sample.subList(0, real.size())).containsExactlyInAnyOrderElementsOf(real);
    assertThat(sample.subList(0, real.size())).isNotEqualTo(real);
    assertThat(sample.subList(real.size(), 2 * real.size()))
        .extracting(Article::id)
        .allMatch(id -> id.endsWith("-r1"));
    assertThat(sample.subList(2 * real.size(), 20))
        .extracting(Article::id)
        .allMatch(id -> id.endsWith("-r2"));
    assertThat(sample).extracting(Article::id).doesNotHaveDuplicates();
    assertThat(BenchCorpus.sample(real, 3, 42)).isEqualTo(sample.subList(0, 3));
    assertThat(BenchCorpus.sample(real, 20, 43)).isNotEqualTo(sample);
    assertThat(BenchCorpus.sample(real, 0, 42)).isEmpty();
  }

  @Test
  void realCorporaLoadWithTheirKnownCounts() throws IOException {
    Path corpora = SharedData.require("corpora");

    List<Article> real = BenchCorpus.load(corpora.getParent());

    Map<String, Long> byCorpus =
        real.stream().collect(Collectors.groupingBy(Article::corpus, Collectors.counting()));
    assertThat(byCorpus)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("reuters", 21_578L, "allsides", 1_565L, "bbc", 2_225L, "wikinews", 295L));
    assertThat(real).extracting(Article::id).doesNotHaveDuplicates();
    assertThat(real.stream().filter(a -> a.corpus().equals("reuters") && a.text().isEmpty()))
        .as("Reuters headline-only briefs")
        .hasSize(1_798);
    List<String> reutersTexts =
        real.stream().filter(a -> a.corpus().equals("reuters")).map(Article::text).toList();
    assertThat(reutersTexts).noneMatch(t -> t.contains("&lt;") || t.contains("&#"));
    assertThat(reutersTexts)
        .as("the one byte of reut2-017.sgm that is not UTF-8, read as windows-1252")
        .filteredOn(t -> t.contains("growth.\u00fc"))
        .hasSize(1);
    assertThat(real)
        .extracting(Article::published)
        .filteredOn(p -> p != null)
        .allMatch(p -> p.matches("\\d{4}-\\d{2}-\\d{2}"));
  }
}
