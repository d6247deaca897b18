package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.clean.L3sEvaluation.Block;
import org.newsevents.clean.L3sEvaluation.Score;
import org.newsevents.testing.SharedData;

class L3sEvaluationTest {

  @Test
  void splitsAnnotatedPageIntoBlocksWithTokenLabels() {
    String html =
        "<html><head><title>Ignored title</title><script>var a = '<p>not text</p>';</script></head><body>"
            + "<ul><li><a href='/'>Home</a></li><li>World &amp; Nation</li></ul>"
            + "<h1><span class=\"x-nc-sel1\">Storm hits coast</span></h1>"
            + "<p><span class=\"x-nc-sel2\">Winds reached <b>120&nbsp;km/h</b> on</span><span class=\"x-nc-sel2\">"
            + " <a href='#'>Monday</a>.</span><br><span class=\"x-nc-sel3\">Photo: Reuters</span></p>"
            + "<div class=\"x-nc-invisible\">hidden menu</div><!-- a comment --><img src=x.png>"
            + "<div><span class=\"x-nc-sel5\">Great story!</span></div></body></html>";

    List<Block> blocks = L3sEvaluation.parse(html);

    assertThat(blocks)
        .extracting(Block::text)
        .containsExactly(
            "Home",
            "World & Nation",
            "Storm hits coast",
            "Winds reached 120 km/h on Monday.",
            "Photo: Reuters",
            "Great story!");
    assertThat(blocks.get(3).tokens())
        .containsExactly("winds", "reached", "120", "km", "h", "on", "monday");
    assertThat(blocks.get(3).labels()).containsOnly(2);
    assertThat(blocks.get(2).labels()).containsOnly(1);
    assertThat(blocks.get(0).labels()).containsOnly(0);
    assertThat(blocks.get(5).labels()).containsOnly(5);
  }

  @Test
  void decodesLegacyBytesWithTheDeclaredCharset() {
    byte[] latin1 =
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>Caf\u00e9 cr\u00e8me</p>"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(L3sEvaluation.decode(latin1)).contains("Café crème");
  }

  @Test
  void filterBeatsKeepingEverythingOnL3sGn1AndKeepsRecallHigh() {
    Path l3s = SharedData.require("corpora/l3s-gn1");

    Score baseline = L3sEvaluation.evaluateKeepingEverything(l3s);
    Score filter = L3sEvaluation.evaluate(l3s);
    System.out.println("L3S-GN1 keep everything:   " + baseline);
    System.out.println("L3S-GN1 BoilerplateFilter: " + filter);

    assertThat(filter.pages() + filter.pagesFailed())
        .isEqualTo(baseline.pages() + baseline.pagesFailed());
    assertThat(filter.pages()).isGreaterThan(600);
    assertThat(baseline.recall()).isEqualTo(1.0);
    // Floors just below the figures reached; recall stays high because real sentences must be kept.
    assertThat(filter.precision()).isGreaterThan(0.815);
    assertThat(filter.recall()).isGreaterThan(0.985);
    assertThat(filter.f1()).isGreaterThan(0.89);
    assertThat(filter.macroF1()).isGreaterThan(0.875);
  }
}
