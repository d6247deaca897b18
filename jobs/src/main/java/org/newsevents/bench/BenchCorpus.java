package org.newsevents.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The news corpora of ../shared/corpora (Reuters-21578, AllSides, BBC News, Wikinews) as one list
 * of articles, sampled to any size and written in the job's normal input formats, so that a
 * benchmark feeds the real ingest code with real text at any volume. Plain Java, no Spark.
 */
public final class BenchCorpus {
  private BenchCorpus() {}

  /**
   * One news article as a corpus gives it.
   *
   * @param corpus reuters, allsides, bbc or wikinews
   * @param published ISO yyyy-MM-dd, or null when the corpus has no (clean) date
   * @param text the body; empty for a Reuters headline-only brief, which the job must quarantine
   */
  public record Article(
      String id,
      String corpus,
      String title,
      String published,
      String source,
      String url,
      String text) {}

  /** Every real article of the four corpora under sharedDir/corpora, in a fixed order. */
  public static List<Article> load(Path sharedDir) throws IOException {
    Path corpora = sharedDir.resolve("corpora");
    List<Article> articles = new ArrayList<>();
    articles.addAll(CorpusConverters.reuters(corpora.resolve("reuters-21578")));
    articles.addAll(CorpusConverters.allSides(corpora.resolve("allsides-article-bias/jsons")));
    articles.addAll(CorpusConverters.bbc(corpora.resolve("bbc-news-2225")));
    articles.addAll(CorpusConverters.wikinews(corpora.resolve("wikinews-2019-2020")));
    return List.copyOf(articles);
  }
}
