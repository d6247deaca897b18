package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.ingest.InputReader;
import org.newsevents.ingest.RawItem;
import org.newsevents.testing.SharedData;

/**
 * What the whole clean stage makes of each seed article: title, date, source, and the lines removed
 * and kept.
 */
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

  private static List<String> removed(String seed) {
    return SEEDS.get(seed).removed().stream().map(r -> r.reason() + ": " + r.text()).toList();
  }

  @Test
  void seed000RepairsThaiMojibakeAndDropsEmbedLeadIns() {
    Article a = SEEDS.get("000");
    assertThat(a.title())
        .isEqualTo(
            "Friday new consultations Russia and US, troop building around Ukraine continues");
    assertThat(a.publishedDate()).isNull();
    assertThat(a.dateSource()).isEqualTo(DateSource.MISSING);
    assertThat(a.sourceId()).isEqualTo("unknown");
    assertThat(a.text())
        .contains("Lavrov asked to stop the “speculations” about a Russian invasion")
        .contains("“absolutely possible”", "“no option”", "“repulsion of a foreign attack,”")
        .contains("There she stressed that Germany will not supply weapons to the Ukrainian army.")
        .contains("Military to Belarus", "No option of table")
        .doesNotContain(
            "โ", "video explains", "images of Russian military vehicles are circulating");
    assertThat(a.repairs()).contains("mojibake:utf8-as-cp874");
  }

  @Test
  void seed001TakesItsDateFromTheInlineDateLine() {
    Article a = SEEDS.get("001");
    assertThat(a.title()).isNull();
    assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2022, 1, 19));
    assertThat(a.dateSource()).isEqualTo(DateSource.INLINE);
    assertThat(a.text())
        .startsWith("Russia and Belarus today justified “improvised” combat readiness exercises");
    assertThat(removed("001")).containsExactly("metadata: date 2022-01-19");
  }

  @Test
  void seed002TakesDateAndSourceFromItsDatelineAndLosesCaptionsTeasersAndComments() {
    Article a = SEEDS.get("002");
    assertThat(a.title())
        .isEqualTo(
            "US News Tensions Russia - Westerners: strong diplomatic activity (and military)");
    assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2022, 1, 19));
    assertThat(a.dateSource()).isEqualTo(DateSource.DATELINE);
    assertThat(a.sourceId()).isEqualTo("fr.euronews.com");
    assertThat(a.sourceName()).isEqualTo("Euronews");
    assertThat(a.text())
        .contains(
            "Sweden deploys military and armored on the Gotland Island in response to the aggravation of tensions")
        .contains(
            "The 27 European Foreign Ministers meet in Brest on Thursday, January 13 and Friday 14")
        .contains(
            "Annalyna Baerbock, German Foreign Minister, spoke with his Russian counterpart in Moscow.")
        .doesNotContain(
            "©",
            "?????",
            "usr: 0",
            "This is interesting!",
            "View on Euronews",
            "Dailymotion",
            "secrétaire");
    assertThat(removed("002"))
        .contains("comment: usr: 0", "comment: This is interesting!", "embed: View on Euronews")
        .anySatisfy(r -> assertThat(r).startsWith("caption: © AFP - Fred Tanneau"));
  }

  @Test
  void seed003LosesTheNameCaptionAndExitMobileVersion() {
    Article a = SEEDS.get("003");
    assertThat(a.title())
        .isEqualTo("Tensions in Ukraine: Urgent discussions between the US and Russia in Geneva.");
    assertThat(removed("003"))
        .containsExactly("caption: Sergei Lavrov", "exit-mobile: Exit mobile version");
    assertThat(a.text())
        .startsWith(
            "On Friday, US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov met in Geneva");
  }

  @Test
  void seed004IsAnRferlArticleThatCreditsAgencies() {
    Article a = SEEDS.get("004");
    assertThat(a.title())
        .isEqualTo("Russia and Belarus begin war games amid protests from Ukraine and the West");
    assertThat(a.sourceId()).isEqualTo("rferl.org");
    assertThat(a.agencies()).containsExactly("Agence France-Presse", "Associated Press", "Reuters");
    assertThat(a.text())
        .contains(
            "“The United States has reached out to Denmark, offering bilateral defense cooperation,”")
        .doesNotContain(
            "About Eleanor Blackburn",
            "Check Also",
            "Atlas Institute",
            "(right) meets",
            "Live briefing");
  }

  @Test
  void everySeedIsEnglishAndKeepsItsIdAcrossCalls() {
    assertThat(SEEDS.values())
        .allSatisfy(
            a -> {
              assertThat(a.language()).isEqualTo("en");
              assertThat(a.nonEnglishParagraphs()).isEmpty();
              assertThat(a.paragraphLanguages()).hasSize(a.paragraphs().size());
            });
    assertThat(SEEDS.get("000").articleId()).hasSize(16).isEqualTo(SEEDS.get("000").articleId());
  }
}
