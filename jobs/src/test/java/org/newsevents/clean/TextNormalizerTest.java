package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void composesToNfcAndRemovesControlAndInvisibleCharacters() {
    Repaired result =
        TextNormalizer.normalize("Cafe\u0301\u00a0\u00a0owners\u200b said\u0007 no\r\n");
    assertThat(result.text()).isEqualTo("Café owners said no");
    assertThat(result.repairs()).containsExactly("unicode:nfc", "control-chars");
  }

  @Test
  void leavesCleanTextAndItsRepairsEmpty() {
    assertThat(TextNormalizer.normalize("Plain text.\n\nSecond paragraph."))
        .isEqualTo(Repaired.unchanged("Plain text.\n\nSecond paragraph."));
  }

  @Test
  void splitsBlocksAndLinesButJoinsHardWrappedProse() {
    String text =
        "Headline\n03:11 19 january 2022\n\n"
            + "The ministers of the two countries met in Geneva on Friday for\n"
            + "talks that lasted more than six hours, officials said after the\n"
            + "meeting ended.\n\nusr: 0\nThis is interesting!";
    assertThat(TextNormalizer.paragraphs(text))
        .containsExactly(
            "Headline",
            "03:11 19 january 2022",
            "The ministers of the two countries met in Geneva on Friday for talks that lasted more than six hours, officials said after the meeting ended.",
            "usr: 0",
            "This is interesting!");
  }

  /**
   * Wire copy: wrapped near 62 characters, each paragraph opened by an indent, no blank lines; its
   * last line a wrapped "comment.".
   */
  static final String WIRE_COPY_PARAGRAPHS =
      "OSLO, May 4 - Norwegian salmon farmers said on Tuesday\n"
          + "that exports to Asia would rise by about 12 pct this year as\n"
          + "new cargo flights open up, according to the farmers'\n"
          + "federation.\n"
          + "    The federation's chairman said demand from restaurants in\n"
          + "Seoul and Tokyo was strong and that contracts were being\n"
          + "signed at higher prices.\n"
          + "    He said farmers had already shipped 40,000 tonnes, of\n"
          + "which 15,000 tonnes went by air.\n"
          + "    A spokesman for the fisheries ministry said the government\n"
          + "had no plans to change the export levy, which was raised last\n"
          + "autumn.\n"
          + "    Japanese embassy officials in Oslo were not available for\n"
          + "comment.\n";

  private static final String WIRE_COPY = WIRE_COPY_PARAGRAPHS + " Ends\n";

  @Test
  void hardWrappedWireCopyKeepsItsLinesAsOneParagraph() {
    assertThat(TextNormalizer.paragraphs(TextNormalizer.normalize(WIRE_COPY).text()))
        .containsExactly(
            "OSLO, May 4 - Norwegian salmon farmers said on Tuesday that exports to Asia would rise"
                + " by about 12 pct this year as new cargo flights open up, according to the farmers'"
                + " federation.",
            "The federation's chairman said demand from restaurants in Seoul and Tokyo was strong and"
                + " that contracts were being signed at higher prices.",
            "He said farmers had already shipped 40,000 tonnes, of which 15,000 tonnes went by air.",
            "A spokesman for the fisheries ministry said the government had no plans to change the"
                + " export levy, which was raised last autumn.",
            "Japanese embassy officials in Oslo were not available for comment.",
            "Ends");
  }

  @Test
  void anIndentStartsAParagraphOnlyWhereTheTextIsNotIndentedThroughout() {
    String indentedThroughout =
        "  The ministers of the two countries met in Geneva on Friday for\n"
            + "  talks that lasted more than six hours, officials said after the\n"
            + "  meeting ended.";

    assertThat(TextNormalizer.normalize(WIRE_COPY).text())
        .contains("federation.\n\nThe federation's chairman");
    assertThat(TextNormalizer.paragraphs(TextNormalizer.normalize(indentedThroughout).text()))
        .containsExactly(
            "The ministers of the two countries met in Geneva on Friday for talks that lasted more"
                + " than six hours, officials said after the meeting ended.");
  }

  @Test
  void tableRowsUnderWrappedCopyStayOneLineEach() {
    String text =
        "TOKYO, June 2 - The country's four largest trading houses reported\n"
            + "the following sales for the year to March, in billions of yen,\n"
            + "with the previous year's figures in brackets:\n"
            + "    Mitsuno        4,210.5   (4,008.2)\n"
            + "    Kanebishi      3,977.0   (3,811.9)\n"
            + "    Sumiyoshi      3,402.7   (3,390.1)\n"
            + "    Itohara        2,950.3   (3,012.4)\n"
            + "Net sales at all four rose 4.1 pct, led by Mitsuno\n"
            + "Sales totalled 14,540.5 billion yen against 14,222.6\n"
            + "Profits were not given for any of the four houses\n";

    assertThat(TextNormalizer.paragraphs(TextNormalizer.normalize(text).text()))
        .containsExactly(
            "TOKYO, June 2 - The country's four largest trading houses reported the following sales"
                + " for the year to March, in billions of yen, with the previous year's figures in"
                + " brackets:",
            "Mitsuno 4,210.5 (4,008.2)",
            "Kanebishi 3,977.0 (3,811.9)",
            "Sumiyoshi 3,402.7 (3,390.1)",
            "Itohara 2,950.3 (3,012.4)",
            "Net sales at all four rose 4.1 pct, led by Mitsuno",
            "Sales totalled 14,540.5 billion yen against 14,222.6",
            "Profits were not given for any of the four houses");
  }

  @Test
  void aStrayLineBreakInsideACrawledParagraphIsJoined() {
    String text =
        "Council members argued for most of the evening about the new bus lanes, and several of them\n"
            + "said the plan would push traffic into the narrow streets of the old town, where residents"
            + " have complained about noise and fumes for years.\n"
            + "The vote was postponed until next month.";

    assertThat(TextNormalizer.paragraphs(text))
        .containsExactly(
            "Council members argued for most of the evening about the new bus lanes, and several of"
                + " them said the plan would push traffic into the narrow streets of the old town,"
                + " where residents have complained about noise and fumes for years.",
            "The vote was postponed until next month.");
  }

  @Test
  void bulletedItemsAndOneSentenceLinesOfACrawledPageStayApart() {
    String text =
        "Budget at a glance: what the finance minister announced\n"
            + "Published 14:02 28 February 2023\n"
            + "- More money for primary schools in the poorest districts\n"
            + "- Fuel duty frozen for another year for all drivers\n"
            + "- A new tax on empty homes owned by foreign companies\n"
            + "The minister said the measures would cost 3bn pounds a year.\n"
            + "Opposition parties said they did not go far enough.";

    assertThat(TextNormalizer.paragraphs(text)).containsExactly(text.split("\n"));
  }
}
