package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsevents.clean.BoilerplateFilter.Removed;
import org.newsevents.clean.BoilerplateFilter.Result;
import org.newsevents.testing.SharedData;

/**
 * The filter on the five real seed articles: what each must lose and the real sentences each must
 * keep.
 */
class BoilerplateSeedsTest {

  private static final Path SEEDS = SharedData.projectRoot().resolve("seeds/articles");

  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

  /** Inline metadata that another class removes before this step. */
  private static final Pattern METADATA_LINE =
      Pattern.compile("^\\d\\d:\\d\\d .* \\d{4}( Source: .*)?$");

  private static final Pattern DATE_PREFIX = Pattern.compile("^date \\d{4}-\\d{2}-\\d{2} ");

  /**
   * The seed as the filter gets it: paragraphs split on blank lines, whitespace collapsed line by
   * line (the seeds hold no-break spaces), metadata lines and the date prefix left out.
   */
  private static List<String> paragraphs(String seed) throws IOException {
    String text = Files.readString(SEEDS.resolve(seed), StandardCharsets.UTF_8);
    List<String> paragraphs = new ArrayList<>();
    for (String block : BLANK_LINE.split(text)) {
      List<String> lines = new ArrayList<>();
      for (String line : block.split("\\n")) {
        String collapsed = WHITESPACE.matcher(line).replaceAll(" ").strip();
        if (collapsed.isEmpty() || METADATA_LINE.matcher(collapsed).matches()) {
          continue;
        }
        lines.add(DATE_PREFIX.matcher(collapsed).replaceFirst(""));
      }
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
    }
    return paragraphs;
  }

  private static Result filterSeed(String seed) throws IOException {
    Result result = BoilerplateFilter.filter(paragraphs(seed));
    assertThat(result.kept()).noneMatch(p -> p.contains("©")).noneMatch(p -> p.contains("?????"));
    return result;
  }

  private static List<String> removedTexts(Result result) {
    return result.removed().stream().map(Removed::text).toList();
  }

  /**
   * The kept paragraphs as one text, to check that a sentence survived wherever the paragraph
   * breaks fall.
   */
  private static String keptText(Result result) {
    return String.join("\n", result.kept());
  }

  @Test
  void seed000LosesTheTwoEmbedLeadInsOnly() throws IOException {
    Result result = filterSeed("000_f53b32a1066e619e.txt");

    assertThat(result.removed())
        .containsExactly(
            new Removed(
                6, "embed", "This December video explains what the voltages are all about:"),
            new Removed(
                15,
                "embed",
                "On social media, images of Russian military vehicles are circulating in Belarus:"));
    assertThat(result.kept())
        .contains(
            "Friday new consultations Russia and US, troop building around Ukraine continues",
            "No option of table",
            "Military to Belarus")
        .anyMatch(p -> p.startsWith("Stoltenberg considers it"))
        .anyMatch(p -> p.startsWith("According to Belarusian dictator Lukashenko"));
  }

  @Test
  void seed001IsPlainTextAndLosesNothing() throws IOException {
    List<String> paragraphs = paragraphs("001_9999db3ac14877e5.txt");
    Result result = filterSeed("001_9999db3ac14877e5.txt");

    assertThat(result.removed()).isEmpty();
    assertThat(result.kept())
        .containsExactlyElementsOf(paragraphs)
        .contains("‘External aggression’");
  }

  @Test
  void seed002LosesCreditsCaptionsWidgetsAndRepeatedCardHeadlines() throws IOException {
    Result result = filterSeed("002_bceca436d5cb6915.txt");

    assertThat(removedTexts(result))
        .contains(
            "usr: 0",
            "This is interesting!",
            "View on Euronews",
            "Video: Ukraine: NATO fears a military conflict with Russia (Dailymotion)",
            "Å Brest, the European Defense and the",
            "Sweden deploys troops on Gotland Island, a consequence of the tensions between Moscow and NATO",
            "© Frame Swedish soldiers and armored vehicles landing on Gotland Island, the largest in the country .")
        .anyMatch(t -> t.startsWith("© AFP - Fred Tanneau The Secretary General of NATO"))
        .anyMatch(
            t ->
                t.startsWith("© Photo: DPA / AP / Andriy Andriyenko")
                    && t.endsWith("(archive image)."))
        .anyMatch(t -> t.startsWith("© AP - Alex Brandon"))
        .anyMatch(t -> t.startsWith("© Photo: Hannibal Hanschke (Copyright 2022"))
        .anyMatch(t -> t.contains("© Hannibal Hanschke / Pool via AP"))
        .anyMatch(t -> t.startsWith("?????"));
    assertThat(result.removed())
        .filteredOn(r -> r.reason().equals("near-duplicate"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.text()).startsWith("Deploying Russian soldiers in Belarus - sending"));

    String kept = keptText(result);
    assertThat(kept)
        .contains(
            "The 27 European Foreign Ministers meet in Brest on Thursday, January 13 and Friday 14")
        .contains("Russia wants to attack our own allies in Ukraine")
        .contains(
            "Russia works according to the US government to create an excuse for an invasion of Ukraine.")
        .contains("Deploying Russian soldiers in Belarus, sending British weapons in Ukraine ...")
        .contains(
            "Sweden deploys military and armored on the Gotland Island in response to the aggravation of tensions")
        .contains("Stockholm deploys strengths, an unusual initiative")
        .contains("The Head of American Diplomacy Antony Blinken goes on Wednesday in Kiev")
        .contains("Visit of the German diplomacy at Moscow")
        .contains("Germany tries to play both the role of allied. NATO and bridge with Moscow.")
        .doesNotContain("Jens Stoltenberg, Secretary General of NATO (to g.)")
        .doesNotContain("View on Euronews")
        .doesNotContain("usr: 0");
    assertThat(result.kept())
        .contains(
            "Sweden deploys troops on Gotland Island, a consequence of the tensions between Moscow and NATO",
            "Chancelleries activate to attempt to lower pressure.");
  }

  @Test
  void seed003LosesExitLinkAndPortraitCaption() throws IOException {
    Result result = filterSeed("003_6960f8cc3748e25c.txt");

    assertThat(result.removed())
        .containsExactly(
            new Removed(1, "caption", "Sergei Lavrov"),
            new Removed(16, "exit-mobile", "Exit mobile version"));
    assertThat(result.kept())
        .anyMatch(p -> p.startsWith("Mr Lavrov accused NATO of conspiring against Russia"))
        .anyMatch(p -> p.startsWith("Mr Putin should “desist and step back from Ukraine"))
        .hasSize(15);
  }

  @Test
  void seed004LosesCaptionPromoBoxCreditAuthorBoxAndTeaser() throws IOException {
    Result result = filterSeed("004_89e9b03200a8b320.txt");

    assertThat(result.removed())
        .extracting(Removed::reason, Removed::text)
        .containsExactly(
            tuple(
                "caption",
                "Russian Foreign Minister Sergei Lavrov (right) meets British Foreign Secretary Liz Truss in Moscow"
                    + " on February 10."),
            tuple("promo", "Live briefing: Ukraine in the crosshairs"),
            tuple(
                "promo",
                "Consult the RFE/RL new live briefing on the massive build-up of Russian forces near the Ukrainian"
                    + " border and the ongoing diplomacy to prevent a possible invasion. Ukraine in the crosshairs"
                    + " features the latest developments and analysis, updated throughout the day."),
            tuple("credit", "With reports from AFP, AP and Reuters"),
            tuple("author-box", "About Eleanor Blackburn"),
            tuple("teaser", "Check Also"),
            tuple("teaser", "Atlas Institute for Veterans and Families Board of Directors Expands"),
            tuple(
                "teaser",
                "The Council has been expanded to increase representation from across Canada as well as to …"));
    assertThat(result.kept())
        .contains("“threatening posture”")
        .anyMatch(p -> p.startsWith("“The United States has reached out to Denmark"))
        .anyMatch(
            p -> p.startsWith("The US State Department said it welcomed Frederiksen’s remarks"));
  }
}
