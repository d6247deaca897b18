package org.newsevents.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The news corpora of ../shared/corpora (Reuters-21578, AllSides, BBC News, Wikinews) as one list
 * of articles, sampled to any size and written in the job's normal input formats, so that a
 * benchmark feeds the real ingest code with real text at any volume. Plain Java, no Spark.
 */
public final class BenchCorpus {
  /**
   * JSONL and CSV files hold at most this many articles: enough that 100,000 articles are not
   * 100,000 files, few enough that no single file serialises the read.
   */
  public static final int ARTICLES_PER_FILE = 5_000;

  /** .txt articles go in numbered sub-folders of at most this many files. */
  public static final int TXT_FILES_PER_FOLDER = 1_000;

  private static final List<String> CORPORA = List.of("reuters", "allsides", "bbc", "wikinews");
  private static final CSVFormat CSV =
      CSVFormat.RFC4180
          .builder()
          .setHeader("id", "url", "title", "published", "source", "text")
          .get();

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

  /**
   * What {@link #write} wrote.
   *
   * @param words the whitespace-separated words of the articles' texts
   */
  public record Written(List<Path> files, int articles, long bytes, long words) {}

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

  /**
   * Writes the articles under dir in the format the job meets each corpus in: Reuters and AllSides
   * as JSONL, Wikinews as CSV (in files of at most {@link #ARTICLES_PER_FILE}), BBC as one .txt
   * file per article named by its id (in folders of at most {@link #TXT_FILES_PER_FOLDER}).
   *
   * @param dir a new or empty folder: files left from another sample would be read with this one
   */
  public static Written write(List<Article> articles, Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(dir + " is not empty");
        }
      }
    }
    Map<String, List<Article>> byCorpus = new LinkedHashMap<>();
    CORPORA.forEach(corpus -> byCorpus.put(corpus, new ArrayList<>()));
    long words = 0;
    for (Article article : articles) {
      List<Article> corpus = byCorpus.get(article.corpus());
      if (corpus == null) {
        throw new IllegalArgumentException(
            "article " + article.id() + " is of an unknown corpus: " + article.corpus());
      }
      corpus.add(article);
      words += countWords(article.text());
    }
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, List<Article>> corpus : byCorpus.entrySet()) {
      if (corpus.getValue().isEmpty()) {
        continue;
      }
      Path folder = Files.createDirectories(dir.resolve(corpus.getKey()));
      switch (corpus.getKey()) {
        case "bbc" -> writeTxt(corpus.getValue(), folder, files);
        case "wikinews" -> writeChunks(corpus.getValue(), folder, "csv", BenchCorpus::csv, files);
        default ->
            writeChunks(
                corpus.getValue(), folder, "jsonl", CorpusConverters::writeJsonLines, files);
      }
    }
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    return new Written(List.copyOf(files), articles.size(), bytes, words);
  }

  private interface ChunkWriter {
    void write(List<Article> articles, OutputStream out) throws IOException;
  }

  private static void writeChunks(
      List<Article> articles, Path folder, String extension, ChunkWriter writer, List<Path> files)
      throws IOException {
    String corpus = folder.getFileName().toString();
    for (int from = 0; from < articles.size(); from += ARTICLES_PER_FILE) {
      Path file =
          folder.resolve(
              String.format(
                  Locale.ROOT, "%s-%05d.%s", corpus, from / ARTICLES_PER_FILE + 1, extension));
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        writer.write(
            articles.subList(from, Math.min(articles.size(), from + ARTICLES_PER_FILE)), out);
      }
      files.add(file);
    }
  }

  private static void csv(List<Article> articles, OutputStream out) throws IOException {
    CSVPrinter printer = CSV.print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (Article a : articles) {
      printer.printRecord(a.id(), a.url(), a.title(), a.published(), a.source(), a.text());
    }
    printer.flush();
  }

  private static void writeTxt(List<Article> articles, Path folder, List<Path> files)
      throws IOException {
    Path subFolder = null;
    for (int i = 0; i < articles.size(); i++) {
      if (i % TXT_FILES_PER_FOLDER == 0) {
        subFolder =
            Files.createDirectories(
                folder.resolve(String.format(Locale.ROOT, "%05d", i / TXT_FILES_PER_FOLDER + 1)));
      }
      Article article = articles.get(i);
      Path file = subFolder.resolve(article.id() + ".txt");
      Files.write(file, txt(article).getBytes(StandardCharsets.UTF_8));
      files.add(file);
    }
  }

  /**
   * Title line, blank line, body, as the BBC files are (a real one comes out byte for byte); a
   * dated article also gets the "Last Updated:" line BBC pages had, the only place a .txt input can
   * carry its date.
   */
  static String txt(Article article) {
    StringBuilder content = new StringBuilder(article.text().length() + 128);
    if (article.title() != null) {
      content.append(article.title()).append("\n\n");
    }
    if (article.published() != null) {
      LocalDate day = LocalDate.parse(article.published());
      content
          .append("Last Updated: ")
          .append(day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .append(", ")
          .append(day.getDayOfMonth())
          .append(' ')
          .append(day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .append(' ')
          .append(day.getYear())
          .append("\n\n");
    }
    return content.append(article.text()).toString();
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
