package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.bench.BenchCorpus.Article;
import org.newsevents.bench.BenchCorpus.Written;
import org.newsevents.clean.ArticleCleaner;
import org.newsevents.ingest.InputReader;
import org.newsevents.ingest.QuarantineRecord;
import org.newsevents.ingest.RawItem;
import org.newsevents.testing.SharedData;

/**
 * Corpus loading, sampling, replication and writing. The texts here are invented; the real corpora
 * are only read from ../shared, never copied.
 */
class BenchCorpusTest {
  @TempDir Path dir;

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

  private static List<RawItem> readAll(Written written) {
    return written.files().stream().flatMap(f -> InputReader.read(f).items().stream()).toList();
  }

  private static List<QuarantineRecord> rejectedOnRead(Written written) {
    return written.files().stream().flatMap(f -> InputReader.read(f).rejected().stream()).toList();
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
  void daySampleDatesEveryArticleOnThatDayAsTheCleanerReadsIt() throws IOException {
    LocalDate day = LocalDate.of(2024, 6, 3);
    List<Article> sample = BenchCorpus.sample(invented(), 14, 7, day);

    assertThat(sample).extracting(Article::published).containsOnly("2024-06-03");
    assertThat(sample)
        .extracting(Article::id)
        .isEqualTo(BenchCorpus.sample(invented(), 14, 7).stream().map(Article::id).toList());

    ArticleCleaner cleaner = ArticleCleaner.withBundledReferenceData();
    List<RawItem> items = readAll(BenchCorpus.write(sample, dir));
    assertThat(items).hasSize(12);
    for (RawItem item : items) {
      ArticleCleaner.Outcome outcome = cleaner.clean(item);
      assertThat(outcome.article()).as(item.inputRef()).isNotNull();
      assertThat(outcome.article().publishedDate()).as(item.inputRef()).isEqualTo(day);
    }
  }

  @Test
  void replicasAreNeitherDuplicatesNorTheSameArticleToTheCleaner() throws IOException {
    List<Article> real = invented().stream().filter(a -> !a.text().isBlank()).toList();
    List<Article> sample = BenchCorpus.sample(real, 3 * real.size(), 1);

    Written written = BenchCorpus.write(sample, dir);

    ArticleCleaner cleaner = ArticleCleaner.withBundledReferenceData();
    Map<String, org.newsevents.clean.Article> cleaned =
        readAll(written).stream()
            .map(item -> cleaner.clean(item).article())
            .filter(Objects::nonNull)
            .collect(Collectors.toMap(a -> a.inputRef(), Function.identity()));
    assertThat(cleaned).hasSize(3 * real.size());
    for (Article original : real) {
      List<org.newsevents.clean.Article> copies =
          Stream.of("", "-r1", "-r2").map(suffix -> cleaned.get(original.id() + suffix)).toList();
      assertThat(copies).as(original.id()).doesNotContainNull();
      assertThat(copies)
          .as(original.id())
          .extracting(org.newsevents.clean.Article::contentFingerprint)
          .doesNotHaveDuplicates();
      assertThat(copies)
          .as(original.id())
          .extracting(org.newsevents.clean.Article::articleId)
          .doesNotHaveDuplicates();
      if (original.published() != null) {
        assertThat(copies)
            .extracting(org.newsevents.clean.Article::publishedDate)
            .doesNotHaveDuplicates();
      }
    }
    // Swapping names keeps a text's shape: a replica is its original with other names, give or
    // take a few letters each, and one more sentence.
    String lead = cleaned.get("allsides-abc").text();
    String replica = cleaned.get("allsides-abc-r1").text();
    String marker = Replicas.marker("allsides-abc", 1);
    assertThat(replica).contains(marker).doesNotContain("Geneva", "Olga Campbell");
    assertThat((double) replica.length() - marker.length())
        .isCloseTo(lead.length(), withPercentage(10));
    assertThat(cleaned.get("allsides-abc-r2").title()).endsWith("(update 2)");
  }

  @Test
  void writtenFilesReadBackAsOneItemPerArticleInFilesOfBoundedSize() throws IOException {
    // Enough replicas that Reuters needs two JSONL files and BBC five folders.
    List<Article> sample = BenchCorpus.sample(invented(), 15_000, 5);

    Written written = BenchCorpus.write(sample, dir);

    List<RawItem> items = readAll(written);
    List<Article> withText = sample.stream().filter(a -> !a.text().isBlank()).toList();
    assertThat(written.articles()).isEqualTo(15_000);
    assertThatThrownBy(() -> BenchCorpus.write(sample, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not empty");
    assertThat(items).hasSize(withText.size());
    assertThat(rejectedOnRead(written))
        .hasSize(sample.size() - withText.size())
        .extracting(QuarantineRecord::reason)
        .containsOnly(QuarantineRecord.Reason.MISSING_TEXT);
    assertThat(written.bytes())
        .isEqualTo(written.files().stream().mapToLong(f -> f.toFile().length()).sum());
    assertThat(written.words())
        .isEqualTo(sample.stream().mapToLong(a -> BenchCorpus.countWords(a.text())).sum());

    Map<String, Article> byId =
        sample.stream().collect(Collectors.toMap(Article::id, Function.identity()));
    for (RawItem item : items) {
      Article article = byId.get(item.inputRef());
      assertThat(article).as(item.inputRef()).isNotNull();
      if (!article.corpus().equals("bbc")) {
        // Multi-line quoted CSV and JSON with control characters give the text back.
        assertThat(item.text()).as(item.inputRef()).isEqualTo(article.text().strip());
        assertThat(item.givenTitle()).isEqualTo(article.title());
        assertThat(item.givenPublished()).isEqualTo(article.published());
      }
    }
    assertThat(items.stream().map(i -> ArticleCleaner.fingerprint(i.text())).distinct().count())
        .as("replicas 2,000 rounds in are still distinct texts")
        .isEqualTo(items.size());

    Map<String, Long> filesByFolder =
        written.files().stream()
            .collect(
                Collectors.groupingBy(
                    f -> dir.relativize(f.getParent()).toString(), Collectors.counting()));
    long bbc = sample.stream().filter(a -> a.corpus().equals("bbc")).count();
    assertThat(bbc).isGreaterThan(4_000);
    assertThat(filesByFolder)
        .containsOnlyKeys(
            "reuters",
            "allsides",
            "wikinews",
            "bbc/00001",
            "bbc/00002",
            "bbc/00003",
            "bbc/00004",
            "bbc/00005")
        .containsEntry("reuters", 2L)
        .containsEntry("bbc/00001", 1_000L)
        .containsEntry("bbc/00005", bbc - 4_000);
    for (Path file : written.files()) {
      if (!file.toString().endsWith(".txt")) {
        assertThat(InputReader.read(file).items().size() + InputReader.read(file).rejected().size())
            .isLessThanOrEqualTo(BenchCorpus.ARTICLES_PER_FILE);
      }
    }
  }

  @Test
  void realCorporaLoadWithTheirKnownCountsAndBbcFilesComeBackByteForByte() throws IOException {
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

    List<Article> bbc = real.stream().filter(a -> a.corpus().equals("bbc")).toList();
    Written written = BenchCorpus.write(bbc, dir);
    Set<String> changed = new HashSet<>();
    for (Path file : written.files()) {
      String id = file.getFileName().toString().replace(".txt", "");
      String[] parts = id.split("-");
      Path original = corpora.resolve("bbc-news-2225").resolve(parts[1]).resolve(parts[2] + ".txt");
      if (!Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(original))) {
        changed.add(id);
      }
    }
    assertThat(changed)
        .as("only the one Latin-1 file is re-encoded, as UTF-8")
        .containsExactly("bbc-sport-199");
  }

  @Test
  void realReplicasAreDuplicatesOnlyWhereTheirOriginalsAre() throws IOException {
    Path corpora = SharedData.require("corpora");
    List<Article> some =
        BenchCorpus.sample(BenchCorpus.load(corpora.getParent()), 500, 11).stream()
            .filter(a -> !a.text().isBlank())
            .toList();

    Written written = BenchCorpus.write(BenchCorpus.sample(some, 3 * some.size(), 11), dir);

    ArticleCleaner cleaner = ArticleCleaner.withBundledReferenceData();
    Map<String, String> fingerprints = new HashMap<>();
    for (RawItem item : readAll(written)) {
      ArticleCleaner.Outcome outcome = cleaner.clean(item);
      if (outcome.article() != null) {
        fingerprints.put(item.inputRef(), outcome.article().contentFingerprint());
      }
    }
    assertThat(fingerprints.size()).isGreaterThan(2 * some.size());
    // Real corpora hold real duplicates (Reuters repeats some stories); their replicas may share
    // a fingerprint, but only with each other, never with an original or another round.
    Map<String, String> originalOfReplica = new HashMap<>();
    for (Article original : some) {
      String own = fingerprints.get(original.id());
      for (String suffix : List.of("-r1", "-r2")) {
        String replica = fingerprints.get(original.id() + suffix);
        if (replica == null) {
          continue;
        }
        assertThat(replica).as(original.id() + suffix).isNotEqualTo(own);
        String earlier = originalOfReplica.putIfAbsent(replica, original.id());
        if (earlier != null) {
          assertThat(fingerprints.get(earlier))
              .as(original.id() + suffix + " shares a fingerprint with a replica of " + earlier)
              .isEqualTo(own)
              .isNotNull();
        }
      }
    }
    Set<String> originals = new HashSet<>();
    some.stream()
        .map(a -> fingerprints.get(a.id()))
        .filter(Objects::nonNull)
        .forEach(originals::add);
    assertThat(originalOfReplica.keySet()).isNotEmpty().doesNotContainAnyElementsOf(originals);
  }
}
