package org.newsevents.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.testing.BadInputFolder.ARTICLE;
import static org.newsevents.testing.BadInputFolder.quarantined;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.clean.ArticleCleaner;
import org.newsevents.ingest.QuarantineRecord.Reason;
import org.newsevents.testing.BadInputFolder;

/**
 * The bad-input suite on the plain ingest and clean classes, as the job's read and clean tasks call
 * them: every entry of a folder of odd inputs is an article, a quarantine row or a counted skip.
 */
class BadInputSuiteTest {
  @TempDir Path temp;

  @Test
  void everyBadInputIsAnArticleAQuarantineRowOrACountedSkip() {
    BadInputFolder folder = BadInputFolder.create(temp);
    assertThat(folder.kinds()).hasSizeGreaterThanOrEqualTo(30);

    InputFiles.Listing listing = InputFiles.list(List.of(folder.input()));
    ArticleCleaner cleaner = ArticleCleaner.withBundledReferenceData();
    Map<String, List<String>> outcomes = new TreeMap<>();
    List<String> details = new ArrayList<>();
    for (QuarantineRecord rejected : listing.rejected()) {
      record(outcomes, folder.kindOf(rejected.inputPath()), quarantined(rejected.reason()));
      details.add(rejected.detail());
    }
    for (Path path : listing.paths()) {
      InputReader.Result result = InputReader.read(path);
      for (QuarantineRecord rejected : result.rejected()) {
        record(outcomes, folder.kindOf(rejected.inputPath()), quarantined(rejected.reason()));
        details.add(rejected.detail());
      }
      for (RawItem item : result.items()) {
        ArticleCleaner.Outcome outcome = cleaner.clean(item);
        record(
            outcomes,
            folder.kindOf(item.inputPath()),
            outcome.article() != null ? ARTICLE : quarantined(outcome.rejected().reason()));
      }
    }
    outcomes.values().forEach(list -> list.sort(null));

    assertThat(outcomes).isEqualTo(folder.outcomesWithoutSkips());
    assertThat(listing.skippedByRule()).containsExactlyInAnyOrderEntriesOf(folder.skipCounts());
    long out =
        outcomes.values().stream().mapToLong(List::size).sum()
            + listing.skippedByRule().values().stream().mapToLong(Long::longValue).sum();
    assertThat(out).isEqualTo(folder.itemCount());
    assertThat(details).allSatisfy(detail -> assertThat(detail).endsWith(".").doesNotContain("\n"));
  }

  @Test
  void aFifoGivenDirectlyIsQuarantinedWithoutBeingOpened() {
    Path fifo = BadInputFolder.fifo(temp.resolve("feed.jsonl"));
    InputFiles.Listing listing = InputFiles.list(List.of(fifo));
    assertThat(listing.paths()).containsExactly(fifo);
    // Opening a FIFO with no writer blocks for ever, so a pass here means it was never opened.
    assertThat(InputReader.read(fifo).rejected())
        .singleElement()
        .satisfies(
            rejected -> {
              assertThat(rejected.reason()).isEqualTo(Reason.NOT_A_FILE);
              assertThat(rejected.detail())
                  .isEqualTo(
                      "The path is a named pipe (FIFO), not a regular file, so it was not opened.");
            });
  }

  @Test
  void aHiddenFolderGivenDirectlyIsRead() throws java.io.IOException {
    Path hidden = java.nio.file.Files.createDirectories(temp.resolve(".incoming"));
    java.nio.file.Files.writeString(hidden.resolve("a.txt"), BadInputFolder.story());
    InputFiles.Listing listing = InputFiles.list(List.of(hidden));
    assertThat(listing.skippedByRule()).isEmpty();
    assertThat(listing.paths()).containsExactly(hidden.resolve("a.txt"));
  }

  private static void record(Map<String, List<String>> outcomes, String kind, String outcome) {
    outcomes.computeIfAbsent(kind, k -> new ArrayList<>()).add(outcome);
  }
}
