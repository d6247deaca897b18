package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsevents.ingest.InputFormat;
import org.newsevents.ingest.QuarantineRecord.Reason;
import org.newsevents.ingest.RawItem;

class ArticleCleanerTest {
  private final ArticleCleaner cleaner = ArticleCleaner.withBundledReferenceData();

  private static RawItem txt(String text) {
    return new RawItem(
        "page", "/in/page.txt", InputFormat.TXT, text, "UTF-8", "00", null, null, null, null, null);
  }

  @Test
  void quarantinesAPageThatIsNothingButFurniture() {
    ArticleCleaner.Outcome outcome =
        cleaner.clean(txt("Exit mobile version\n\nusr: 0\n\n??????????"));
    assertThat(outcome.article()).isNull();
    assertThat(outcome.rejected().reason()).isEqualTo(Reason.EMPTY_AFTER_CLEANING);
    assertThat(outcome.rejected().detail())
        .startsWith("Nothing but page furniture was left after cleaning");
  }

  @Test
  void feedTitleWinsAndIsNotRepeatedInTheText() {
    RawItem item =
        new RawItem(
            "a1",
            "/in/feed.jsonl:1",
            InputFormat.JSONL,
            "Ministers meet\n\nThe ministers met in Brussels on Monday.",
            "UTF-8",
            "00",
            "a1",
            null,
            "Ministers meet",
            "2022-01-19T08:00:00Z",
            "Reuters");
    Article article = cleaner.clean(item).article();
    assertThat(article.title()).isEqualTo("Ministers meet");
    assertThat(article.text()).isEqualTo("The ministers met in Brussels on Monday.");
    assertThat(article.dateSource()).isEqualTo(DateSource.FIELD);
    assertThat(article.sourceId()).isEqualTo("reuters.com");
  }

  @Test
  void hardWrappedWireCopyLosesNoLineToTheBoilerplateFilter() {
    String wireCopy =
        TextNormalizerTest.WIRE_COPY_PARAGRAPHS
            + "    Exports to the European Union, the largest market, are\n"
            + "expected to stay level, the federation said.\n";
    RawItem item =
        new RawItem(
            "w1",
            "/in/wire.jsonl:1",
            InputFormat.JSONL,
            wireCopy,
            "UTF-8",
            "00",
            "w1",
            null,
            "Salmon exports to Asia set to rise",
            "2023-05-04",
            "Wire");

    Article article = cleaner.clean(item).article();

    assertThat(article.removed()).isEmpty();
    assertThat(article.paragraphs()).hasSize(6);
    assertThat(article.text())
        .contains("according to the farmers' federation.")
        .contains("were being signed at higher prices.")
        .endsWith(
            "were not available for comment.\n\n"
                + "Exports to the European Union, the largest market, are expected to stay level, the"
                + " federation said.");
  }
}
