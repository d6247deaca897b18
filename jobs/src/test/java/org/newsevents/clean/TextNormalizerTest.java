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
}
