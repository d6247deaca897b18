package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
  @Test
  void takesDateFromInlineDatePrefixAndKeepsTheRestOfTheLine() {
    var metadata =
        MetadataExtractor.extract(
            List.of("date 2022-01-19 Russia and Belarus today held exercises.", "More text."),
            null);
    assertThat(metadata.published()).isEqualTo(LocalDate.of(2022, 1, 19));
    assertThat(metadata.dateSource()).isEqualTo(DateSource.INLINE);
    assertThat(metadata.body())
        .containsExactly("Russia and Belarus today held exercises.", "More text.");
    assertThat(metadata.title()).isNull();
  }

  @Test
  void takesDateAndSourceFromDatelineAndRemovesIt() {
    var metadata =
        MetadataExtractor.extract(
            List.of(
                "Talks in Geneva",
                "03:11 19 january 2022",
                "03:11 19 january 2022 Source: fr.euronews.com",
                "Body."),
            null);
    assertThat(metadata.title()).isEqualTo("Talks in Geneva");
    assertThat(metadata.published()).isEqualTo(LocalDate.of(2022, 1, 19));
    assertThat(metadata.dateSource()).isEqualTo(DateSource.DATELINE);
    assertThat(metadata.inlineSourceDomain()).isEqualTo("fr.euronews.com");
    assertThat(metadata.body()).containsExactly("Body.");
    assertThat(metadata.removed())
        .extracting(BoilerplateFilter.Removed::reason)
        .containsOnly("metadata");
  }

  @Test
  void readsWikinewsStyleWeekdayDateline() {
    var metadata =
        MetadataExtractor.extract(
            List.of(
                "Friday, January 4, 2019",
                "The mayor said on Friday that the bridge would reopen."),
            "Bridge reopens");
    assertThat(metadata.published()).isEqualTo(LocalDate.of(2019, 1, 4));
    assertThat(metadata.title()).isEqualTo("Bridge reopens");
  }

  @Test
  void neverTakesAnEventDateInsideASentenceAsThePublishedDate() {
    var metadata =
        MetadataExtractor.extract(
            List.of("Scholz will travel to Kyiv on February 14, 2022, officials said.", "More."),
            null);
    assertThat(metadata.published()).isNull();
    assertThat(metadata.dateSource()).isEqualTo(DateSource.MISSING);
  }

  @Test
  void firstLineIsTheTitleOnlyWhenItReadsAsAHeadline() {
    assertThat(
            MetadataExtractor.isHeadline(
                "Russia and Belarus begin war games amid protests from Ukraine and the West"))
        .isTrue();
    assertThat(
            MetadataExtractor.isHeadline(
                "Tensions in Ukraine: Urgent discussions between the US and Russia in Geneva."))
        .isTrue();
    assertThat(
            MetadataExtractor.isHeadline(
                "Russia and Belarus today justified improvised combat readiness exercises on the borders as due to tensions with the West, as diplomatic efforts stall."))
        .isFalse();
    assertThat(MetadataExtractor.isHeadline("On social media, images are circulating:")).isFalse();
    assertThat(MetadataExtractor.isHeadline("lowercase start is a fragment")).isFalse();
  }

  @Test
  void givenTitleWinsAndARepeatedFirstLineIsDropped() {
    var metadata =
        MetadataExtractor.extract(
            List.of("Ministers meet in Brussels", "The ministers met."),
            "Ministers meet in Brussels");
    assertThat(metadata.title()).isEqualTo("Ministers meet in Brussels");
    assertThat(metadata.body()).containsExactly("The ministers met.");
  }
}
