package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsevents.ingest.InputFormat;
import org.newsevents.ingest.RawItem;

/** A cleaned article's identifier-like fields hold no control character, C1 included. */
class ArticleControlCharactersTest {
  private final ArticleCleaner cleaner = ArticleCleaner.withBundledReferenceData();

  @Test
  void csiControlInASourceNameOrTitleIsNotStored() {
    // U+009B is the one-character CSI that 8-bit terminals act on like ESC [.
    RawItem item =
        new RawItem(
            "ref\u009b2J",
            "feed.jsonl:1",
            InputFormat.JSONL,
            "Ministers met in Brussels on Thursday for talks.",
            "UTF-8",
            "0".repeat(64),
            "ref\u009b2J",
            null,
            "Talks\u009b2J resume",
            "2022-01-20",
            "Evil\u009b2J News");
    Article article = cleaner.clean(item).article();
    assertThat(article.inputRef()).isEqualTo("ref2J");
    assertThat(article.sourceName()).isEqualTo("Evil2J News");
    assertThat(article.title()).doesNotContainPattern("\\p{Cc}").contains("resume");
    assertThat(article.sourceId()).doesNotContainPattern("\\p{Cc}");
  }
}
