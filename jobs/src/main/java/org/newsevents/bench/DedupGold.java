package org.newsevents.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The project's dedup gold sets ({@code seeds/gold/wikinews-dedup} for development and {@code
 * seeds/gold/wikinews-dedup-2} held out; their READMEs say how they were made): pairs of Wikinews
 * sentences, each marked as reporting the same real-world event or not, with the event a careful
 * reader coded from each sentence.
 */
public final class DedupGold {
  /**
   * The folder of the development set, relative to the project root: the merge rules were tuned on
   * it.
   */
  public static final String FOLDER = "seeds/gold/wikinews-dedup";

  /**
   * The folder of the held-out set, made the same way from other articles after the rules were
   * written, and never used to change them.
   */
  public static final String HELD_OUT_FOLDER = "seeds/gold/wikinews-dedup-2";

  /** The Wikinews articles the pairs come from, under the shared folder. */
  /** The Wikinews corpus folder of ../shared that holds the gold sets' articles whole. */
  public static final String WIKINEWS_FOLDER = "corpora/wikinews-2019-2020";

  public static final List<String> ARTICLE_FILES =
      List.of(WIKINEWS_FOLDER + "/wikinews_2019.csv", WIKINEWS_FOLDER + "/wikinews_2020.csv");

  private static final Set<String> KINDS =
      Set.of("same", "hard-different-act", "hard-different-day", "different");

  /** One side of a pair: the sentence and the article it is in. */
  public record Side(String url, LocalDate articleDate, String sentence) {}

  /**
   * The event a reader coded from a sentence: actor words ("Carrie Lam"; several joined with "; "),
   * a CAMEO code, and the date of the occurrence as precisely as the text gives it (YYYY-MM-DD,
   * YYYY-MM, YYYY, or empty).
   */
  public record GoldEvent(String source, String target, String cameo, String date) {}

  /** One pair and its label. */
  public record Pair(
      String pairId,
      String kind,
      boolean sameEvent,
      Side a,
      Side b,
      GoldEvent eventA,
      GoldEvent eventB) {
    boolean isHard() {
      return kind.startsWith("hard-");
    }
  }

  /** A Wikinews article as the CSV gives it. */
  public record Article(String url, LocalDate date, String title, String text) {
    /**
     * The body's paragraphs, one a line of the text, without its first line, the dateline (the day
     * the article gives as {@link #date}), as the event gold's sentences were chosen from it.
     */
    public List<String> bodyParagraphs() {
      return text.replace('\u00a0', ' ')
          .lines()
          .skip(1)
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .toList();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private DedupGold() {}

  /** The pairs of {@code pairs.jsonl} in {@code folder}, in file order. */
  public static List<Pair> read(Path folder) {
    Path file = folder.resolve("pairs.jsonl");
    List<Pair> pairs = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        String kind = node.path("kind").asText();
        boolean same = node.path("same_event").asBoolean();
        if (!KINDS.contains(kind) || same != kind.equals("same")) {
          throw new IllegalArgumentException(
              file
                  + ": pair "
                  + node.path("pair_id").asText()
                  + " has kind '"
                  + kind
                  + "' and same_event "
                  + same
                  + "; the kinds are "
                  + KINDS
                  + " and same_event is true exactly for 'same'");
        }
        pairs.add(
            new Pair(
                node.path("pair_id").asText(),
                kind,
                same,
                side(node.path("a")),
                side(node.path("b")),
                event(node.path("event_a")),
                event(node.path("event_b"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the dedup gold file " + file, e);
    }
    return pairs;
  }

  /** The articles of the Wikinews CSV files under {@code shared}, by url. */
  public static Map<String, Article> articles(Path shared) {
    Map<String, Article> articles = new LinkedHashMap<>();
    for (String name : ARTICLE_FILES) {
      Path file = shared.resolve(name);
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (CSVRecord row :
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(reader)) {
          articles.put(
              row.get("url"),
              new Article(
                  row.get("url"),
                  LocalDate.parse(row.get("date")),
                  row.get("title"),
                  row.get("text")));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the Wikinews articles " + file, e);
      }
    }
    return articles;
  }

  private static Side side(JsonNode node) {
    return new Side(
        node.path("url").asText(),
        LocalDate.parse(node.path("article_date").asText()),
        node.path("sentence").asText());
  }

  private static GoldEvent event(JsonNode node) {
    return new GoldEvent(
        node.path("source").asText("").strip(),
        node.path("target").asText("").strip(),
        node.path("cameo").asText("").strip(),
        node.path("date").asText("").strip());
  }
}
