package org.newsevents.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

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

  /**
   * Exactly size articles: the real ones in an order shuffled by seed, then, round after round in
   * that same order, perturbed replicas that the job's dedup does not take for copies (see {@link
   * Replicas}).
   */
  public static List<Article> sample(List<Article> real, int size, long seed) {
    return sampleOrReplicate(real, size, seed, null);
  }

  /** As {@link #sample(List, int, long)}, with every article published on publishedOn. */
  public static List<Article> sample(
      List<Article> real, int size, long seed, LocalDate publishedOn) {
    return sampleOrReplicate(real, size, seed, Objects.requireNonNull(publishedOn, "publishedOn"));
  }

  private static List<Article> sampleOrReplicate(
      List<Article> real, int size, long seed, LocalDate publishedOn) {
    if (size < 0) {
      throw new IllegalArgumentException("a sample cannot have " + size + " articles");
    }
    if (size > 0 && real.isEmpty()) {
      throw new IllegalArgumentException("no real articles to sample from");
    }
    List<Article> shuffled = new ArrayList<>(real);
    Collections.shuffle(shuffled, new Random(seed));
    List<Article> sample = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Article original = shuffled.get(i % shuffled.size());
      int replica = i / shuffled.size();
      if (replica > 0) {
        sample.add(Replicas.of(original, replica, publishedOn));
      } else if (publishedOn != null) {
        sample.add(
            new Article(
                original.id(),
                original.corpus(),
                original.title(),
                publishedOn.toString(),
                original.source(),
                original.url(),
                original.text()));
      } else {
        sample.add(original);
      }
    }
    return sample;
  }

  static long countWords(String text) {
    return countWords(text, 0, text.length());
  }

  static long countWords(String text, int from, int to) {
    long words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
