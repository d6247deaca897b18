package org.newsevents.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The project's own real-news event gold set ({@code seeds/gold/wikinews-events}): English Wikinews
 * sentences chosen by a fixed rule before any of them was coded, annotated by careful reading with
 * the CAMEO codebook ({@code ANNOTATION-GUIDE.md} there), and split once by article into a dev half
 * (rules may be tuned on it) and a test half (never looked at while tuning).
 *
 * <p>Unlike the PETRARCH and PLOVER sets, whose records are lone sentences, the sentences of one
 * article are coded together, as one article, so that pronouns and role nouns can be resolved from
 * the sentences before them, as they are at night. Each sentence is its own paragraph.
 */
public final class RealNewsGold {
  /** The folder of the set's first batch, relative to the project root. */
  public static final String FOLDER = "seeds/gold/wikinews-events";

  /**
   * The folders of the set's batches, each chosen by the same rule and split once by article; a
   * half of the set is that half of every batch.
   */
  public static final List<String> BATCHES =
      List.of(FOLDER, "seeds/gold/wikinews-events-2", "seeds/gold/wikinews-events-3");

  /**
   * The two halves of the Wikinews set, split once by article, and the seeds' own gold (the five
   * sample articles, annotated the same way: in-sample, as the project was built with them in
   * view).
   */
  public enum Split {
    DEV(BATCHES, "dev", "Wikinews real news, dev half (used for development)"),
    TEST(BATCHES, "test", "Wikinews real news, test half (held out: not used for development)"),
    SEEDS(
        List.of("seeds/gold/seeds-events"),
        "seeds",
        "Seeds, the five sample articles (in-sample: the tests and rules were written with them in"
            + " view)");

    private final List<String> folders;
    private final String name;
    private final String goldSetName;

    Split(List<String> folders, String name, String goldSetName) {
      this.folders = folders;
      this.name = name;
      this.goldSetName = goldSetName;
    }

    /** The folders of its sentences and annotations, relative to the project root. */
    public List<String> folders() {
      return folders;
    }

    /** Its annotation files, relative to the project root, for the record of what was scored. */
    public List<String> files() {
      return folders.stream().map(folder -> folder + "/" + fileName()).toList();
    }

    public String fileName() {
      return "events-" + name + ".jsonl";
    }

    public String goldSetName() {
      return goldSetName;
    }

    String label() {
      return name;
    }
  }

  /**
   * One annotated event: the CAMEO tuple, what the sentence says of it, and when it happened
   * ({@code date} is empty when the text does not say; {@code datePrecision} is day, month, year or
   * unknown); {@code sourceText} is the source's words in the sentence, or empty.
   */
  public record GoldEvent(
      EventTuple tuple, String status, String date, String datePrecision, String sourceText) {
    public GoldEvent(EventTuple tuple, String status, String date, String datePrecision) {
      this(tuple, status, date, datePrecision, "");
    }
  }

  /**
   * One gold sentence and the article it belongs to.
   *
   * @param paragraphNo the paragraph of the source article it stands in (sentences of one paragraph
   *     share it); for a set that does not record paragraphs, each sentence is a paragraph
   * @param title the article's headline, or empty
   * @param url the article's address in its corpus, or empty
   */
  public record Sentence(
      String id,
      String articleId,
      LocalDate articleDate,
      int sentenceNo,
      int paragraphNo,
      String text,
      List<GoldEvent> events,
      boolean annotated,
      String title,
      String url) {}

  /** A half of the set: its sentences in file order. */
  public record Half(Split split, List<Sentence> sentences) {
    /** The sentences as gold records: only asserted and claimed events are events to score. */
    public EventGold.GoldSet goldSet() {
      List<EventGold.GoldRecord> records = new ArrayList<>();
      for (Sentence sentence : sentences) {
        List<EventTuple> events =
            sentence.events().stream()
                .filter(event -> EventQuality.SCORED_STATUSES.contains(event.status()))
                .map(GoldEvent::tuple)
                .toList();
        records.add(
            new EventGold.GoldRecord(
                sentence.id(),
                sentence.articleDate(),
                sentence.text(),
                sentence.articleId(),
                events,
                sentence.annotated() ? Optional.empty() : Optional.of("not annotated yet")));
      }
      return new EventGold.GoldSet(split.goldSetName(), records);
    }

    /** Every annotated event of each annotated sentence, whatever its status. */
    public Map<String, List<GoldEvent>> everyEvent() {
      Map<String, List<GoldEvent>> events = new LinkedHashMap<>();
      sentences.stream()
          .filter(Sentence::annotated)
          .forEach(sentence -> events.put(sentence.id(), sentence.events()));
      return events;
    }

    /** The annotated sentences grouped by article, in file order. */
    public Map<String, List<Sentence>> articles() {
      return sentences.stream()
          .filter(Sentence::annotated)
          .collect(
              Collectors.groupingBy(Sentence::articleId, LinkedHashMap::new, Collectors.toList()));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> STATUSES =
      Set.of("asserted", "claimed", "planned", "hypothetical", "negated");

  private RealNewsGold() {}

  /** Reads the half {@code split} of every folder of it under the project root, in order. */
  public static Half read(Path projectRoot, Split split) {
    List<Sentence> sentences = new ArrayList<>();
    for (String folder : split.folders()) {
      sentences.addAll(readFolder(projectRoot.resolve(folder), split).sentences());
    }
    return new Half(split, sentences);
  }

  /**
   * Reads {@code sentences.jsonl} and the half's annotation file from {@code folder}. A sentence
   * without an annotation line is read but not scored (the annotation of the half may be under
   * way); an annotation that names an unknown sentence, status or a malformed code is an error.
   */
  public static Half readFolder(Path folder, Split split) {
    Map<String, JsonNode> annotations = new HashMap<>();
    Path annotationFile = folder.resolve(split.fileName());
    if (Files.exists(annotationFile)) {
      for (JsonNode line : lines(annotationFile)) {
        annotations.put(line.path("id").asText(), line);
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode line : lines(folder.resolve("sentences.jsonl"))) {
      if (!line.path("split").asText().equals(split.label())) {
        continue;
      }
      String id = line.path("id").asText();
      JsonNode annotation = annotations.remove(id);
      List<GoldEvent> events = new ArrayList<>();
      if (annotation != null) {
        for (JsonNode event : annotation.path("events")) {
          events.add(event(annotationFile, id, event));
        }
      }
      sentences.add(
          new Sentence(
              id,
              line.path("article_id").asText(),
              // An article that gives no date, and that a reader cannot date, goes to the job
              // undated, as such an article would.
              line.path("article_date").asText().isEmpty()
                  ? null
                  : LocalDate.parse(line.path("article_date").asText()),
              line.path("sentence_no").asInt(),
              line.path("paragraph_no").asInt(line.path("sentence_no").asInt()),
              line.path("text").asText(),
              events,
              annotation != null,
              line.path("title").asText(""),
              line.path("url").asText("")));
    }
    if (!annotations.isEmpty()) {
      throw new IllegalArgumentException(
          annotationFile
              + " annotates sentences that are not in the "
              + split.label()
              + " half of sentences.jsonl: "
              + annotations.keySet());
    }
    return new Half(split, sentences);
  }

  private static GoldEvent event(Path file, String id, JsonNode event) {
    String status = event.path("status").asText();
    String cameo = event.path("cameo").asText().strip();
    if (!STATUSES.contains(status) || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException(
          file
              + ": sentence "
              + id
              + " has an event with status '"
              + status
              + "' and code '"
              + cameo
              + "'; the guide allows "
              + STATUSES
              + " and 2-4 digit CAMEO codes");
    }
    return new GoldEvent(
        new EventTuple(
            event.path("source_code").asText().toUpperCase(Locale.ROOT),
            event.path("target_code").asText().toUpperCase(Locale.ROOT),
            cameo),
        status,
        event.path("date").asText(""),
        event.path("date_precision").asText("unknown"),
        event.path("source_text").asText(""));
  }

  /**
   * An article's gold sentences as the paragraphs of its source: the sentences of one paragraph
   * joined by a space, in order. The lead's day is read paragraph by paragraph ({@code StoryDay}),
   * so each sentence its own paragraph would not be the article the job reads.
   */
  public static List<String> paragraphs(List<Sentence> article) {
    List<String> paragraphs = new ArrayList<>();
    int paragraphNo = Integer.MIN_VALUE;
    for (Sentence sentence : article) {
      if (sentence.paragraphNo() == paragraphNo && !paragraphs.isEmpty()) {
        int last = paragraphs.size() - 1;
        paragraphs.set(last, paragraphs.get(last) + " " + sentence.text());
      } else {
        paragraphs.add(sentence.text());
      }
      paragraphNo = sentence.paragraphNo();
    }
    return paragraphs;
  }

  /**
   * Writes one JSON Lines article per gold article: {@code id} the article id, {@code published}
   * its date, {@code text} its gold sentences in the paragraphs of their source ({@link
   * #paragraphs}).
   */
  public static void writeArticles(Half half, Path file) {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<Sentence>> article : half.articles().entrySet()) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", article.getKey());
        LocalDate date = article.getValue().get(0).articleDate();
        if (date != null) {
          line.put("published", date.toString());
        }
        // The headline as the feed gives it: without one, cleaning takes a short first sentence
        // for the headline and drops it with its gold events.
        String title = article.getValue().get(0).title();
        if (!title.isEmpty()) {
          line.put("title", title);
        }
        line.put("text", String.join("\n\n", paragraphs(article.getValue())));
        writer.write(JSON.writeValueAsString(line));
        writer.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  /**
   * The gold sentence of {@code article} that an evidence sentence of the job comes from: the one
   * that shares the most words with it (the job may split or trim a sentence differently), or empty
   * when none shares at least half of the evidence's words.
   */
  public static Optional<String> sentenceOf(List<Sentence> article, String evidence) {
    List<String> evidenceWords = words(evidence);
    String best = null;
    double bestShare = 0;
    for (Sentence sentence : article) {
      Set<String> goldWords = Set.copyOf(words(sentence.text()));
      long shared = evidenceWords.stream().filter(goldWords::contains).count();
      double share = evidenceWords.isEmpty() ? 0 : (double) shared / evidenceWords.size();
      if (share > bestShare) {
        bestShare = share;
        best = sentence.id();
      }
    }
    return bestShare >= 0.5 ? Optional.of(best) : Optional.empty();
  }

  private static List<String> words(String text) {
    return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
        .filter(word -> !word.isEmpty())
        .toList();
  }

  private static List<JsonNode> lines(Path file) {
    try {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return nodes;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the gold file " + file, e);
    }
  }
}
