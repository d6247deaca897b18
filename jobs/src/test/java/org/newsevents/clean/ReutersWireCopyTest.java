package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.bench.BenchCorpus;
import org.newsevents.bench.CorpusConverters;
import org.newsevents.ingest.InputFormat;
import org.newsevents.ingest.RawItem;
import org.newsevents.testing.SharedData;

/**
 * Reuters-21578 (in ../shared) is hard-wrapped wire copy: once its lines are joined into
 * paragraphs, the boilerplate filter has almost nothing to take from it but tables and repeated
 * paragraphs. Before, most articles lost wrapped lines as "teasers".
 */
class ReutersWireCopyTest {
  /** Every fifth article keeps the test to a few seconds. */
  private static final int SAMPLE_STEP = 5;

  @Test
  void fewReutersArticlesLoseWordsToTheBoilerplateFilterAndNoneToTheCommentRule()
      throws IOException {
    Path reuters = SharedData.require("corpora/reuters-21578");
    List<BenchCorpus.Article> articles = CorpusConverters.reuters(reuters);
    ArticleCleaner cleaner = ArticleCleaner.withBundledReferenceData();

    int cleaned = 0;
    int losingWords = 0;
    int commentRemovals = 0;
    for (int i = 0; i < articles.size(); i += SAMPLE_STEP) {
      BenchCorpus.Article source = articles.get(i);
      if (source.text().isBlank()) {
        continue;
      }
      Article article = cleaner.clean(item(source)).article();
      if (article == null) {
        continue;
      }
      cleaned++;
      if (article.repairs().stream().anyMatch(r -> r.startsWith("boilerplate:"))) {
        losingWords++;
      }
      commentRemovals +=
          (int)
              article.removed().stream()
                  .filter(r -> r.reason().equals(BoilerplateFilter.COMMENT))
                  .count();
    }
    double share = (double) losingWords / cleaned;
    System.out.printf(
        "Reuters sample: %d articles cleaned, %d (%.1f%%) lost words to the boilerplate filter,"
            + " %d comment removals%n",
        cleaned, losingWords, 100 * share, commentRemovals);

    assertThat(cleaned).isGreaterThan(3_500);
    // Just above the share reached (tables and repeated paragraphs); it was 62% before wrapped
    // lines
    // were joined.
    assertThat(share).isLessThan(0.13);
    assertThat(commentRemovals).isZero();
  }

  private static RawItem item(BenchCorpus.Article article) {
    return new RawItem(
        article.id(),
        "/in/reuters.jsonl",
        InputFormat.JSONL,
        article.text(),
        "UTF-8",
        "00",
        article.id(),
        article.url(),
        article.title(),
        article.published(),
        article.source());
  }
}
