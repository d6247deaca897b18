package org.newsevents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terminal escape sequences in crawled identifier fields are not stored. */
class ControlCharactersTest {
  @TempDir Path dir;

  @Test
  void escapeSequencesInAFeedAreNotStoredInTheReferenceTitleSourceOrUrl() throws IOException {
    Path feed =
        Files.writeString(
            dir.resolve("feed.jsonl"),
            "{\"id\": \"esc\\u001b[31mred\", \"title\": \"\\u001b[2JCleared\\tnow\","
                + " \"source\": \"Evil\\u001b]0;owned\\u0007 News\", \"url\":"
                + " \"https://x.example/\\u001b[1m\", \"published\": \"2022-01-20\\u0000\","
                + " \"text\": \"Body\\u001b text.\"}\n"
                + "{\"id\": \"bad\\u001b[2Jref\"}\n",
            StandardCharsets.UTF_8);
    InputReader.Result result = InputReader.read(feed);
    RawItem item = result.items().get(0);
    assertThat(item.inputRef()).isEqualTo("esc[31mred");
    assertThat(item.givenId()).isEqualTo("esc[31mred");
    assertThat(item.givenTitle()).isEqualTo("[2JCleared now");
    assertThat(item.givenSource()).isEqualTo("Evil]0;owned News");
    assertThat(item.givenUrl()).isEqualTo("https://x.example/[1m");
    assertThat(item.givenPublished()).isEqualTo("2022-01-20");
    assertThat(item.inputPath()).doesNotContainPattern("\\p{Cc}");
    // The text is the cleaner's to normalise, with its line breaks.
    assertThat(item.text()).isEqualTo("Body\u001b text.");
    assertThat(result.rejected())
        .singleElement()
        .satisfies(q -> assertThat(q.inputRef()).isEqualTo("bad[2Jref"));
  }

  @Test
  void c1ControlsSurviveIngestForTheMojibakeRepairButNotTheQuarantine() {
    // U+0092 is Windows-1252's right quote read as Latin-1: the cleaner repairs it.
    assertThat(ControlCharacters.withoutAsciiControls("It\u0092s\u001b")).isEqualTo("It\u0092s");
    assertThat(ControlCharacters.withoutControls("It\u0092s\u009b2J")).isEqualTo("Its2J");
    assertThat(
            new QuarantineRecord("a\u009b2J", "f\u001b", QuarantineRecord.Reason.EMPTY, "d\u0007")
                .inputRef())
        .isEqualTo("a2J");
  }

  @Test
  void lineBreaksAndTabsBecomeSpacesAndNullStaysNull() {
    assertThat(ControlCharacters.withoutControls("a\tb\r\nc")).isEqualTo("a b  c");
    assertThat(ControlCharacters.withoutControls(null)).isNull();
    assertThat(ControlCharacters.withoutControls("plain")).isEqualTo("plain");
  }
}
