package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.ingest.InputReader;
import org.newsevents.ingest.RawItem;
import org.newsevents.testing.SharedData;

/** What cleaning makes of each seed article: title, date, source, and the lines removed and kept. */
class ArticleCleanerSeedsTest {
  private static final Map<String, Article> SEEDS = new TreeMap<>();

  @BeforeAll
  static void cleanSeeds() throws IOException {
    ArticleCleaner cleaner = ArticleCleaner.withBundledReferenceData();
    try (var files = Files.list(SharedData.projectRoot().resolve("seeds/articles"))) {
      for (Path file : files.toList()) {
        for (RawItem item : InputReader.read(file).items()) {
          SEEDS.put(item.inputRef().substring(0, 3), cleaner.clean(item).article());
        }
      }
    }
  }

  @Test
  void printsSeeds() {
    SEEDS.forEach((k, a) -> System.out.println(k + " | " + a.title() + " | " + a.publishedDate() + " | " + a.dateSource() + " | " + a.sourceId() + " | " + a.language() + " | " + a.nonEnglishParagraphs() + " | " + a.agencies() + " | " + a.repairs()));
    var a = SEEDS.get("002"); for (int i : a.nonEnglishParagraphs()) System.out.println(i + " " + a.paragraphLanguages().get(i) + " " + a.paragraphs().get(i));
    assertThat(SEEDS).hasSize(5);
  }
}
