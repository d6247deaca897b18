package org.newsevents.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.ingest.QuarantineRecord.Reason;

class InputReaderTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void readsTxtWithFileNameAsReference() throws IOException {
    InputReader.Result result = InputReader.read(write("007_story.txt", "Headline\n\nBody text."));
    assertThat(result.rejected()).isEmpty();
    assertThat(result.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.inputRef()).isEqualTo("007_story");
              assertThat(item.format()).isEqualTo(InputFormat.TXT);
              assertThat(item.text()).isEqualTo("Headline\n\nBody text.");
              assertThat(item.decodedAs()).isEqualTo("UTF-8");
              assertThat(item.rawSha256()).hasSize(64);
            });
  }

  @Test
  void decodesLegacyCp1252Text() throws IOException {
    Path file = dir.resolve("legacy.txt");
    Files.write(
        file, "Café owners said “no” to the £5 fee.".getBytes(Charset.forName("windows-1252")));
    RawItem item = InputReader.read(file).items().get(0);
    assertThat(item.text()).isEqualTo("Café owners said “no” to the £5 fee.");
    assertThat(item.decodedAs()).isEqualTo("windows-1252");
  }

  @Test
  void quarantinesEmptyFile() throws IOException {
    assertThat(InputReader.read(write("empty.txt", "  \n\n")).rejected())
        .singleElement()
        .satisfies(q -> assertThat(q.reason()).isEqualTo(Reason.EMPTY));
  }

  @Test
  void quarantinesBinaryFile() throws IOException {
    Path file = dir.resolve("image.txt");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    assertThat(InputReader.read(file).rejected())
        .singleElement()
        .satisfies(q -> assertThat(q.reason()).isEqualTo(Reason.BINARY));
  }

  @Test
  void quarantinesFileOverFiveMegabytes() throws IOException {
    Path file = write("huge.txt", "word ".repeat(1_100_000));
    InputReader.Result result = InputReader.read(file);
    assertThat(result.items()).isEmpty();
    assertThat(result.rejected())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(q.detail()).contains("5 MB");
            });
  }

  @Test
  void quarantinesUnreadableFile() {
    InputReader.Result result = InputReader.read(dir.resolve("missing.txt"));
    assertThat(result.rejected())
        .singleElement()
        .satisfies(q -> assertThat(q.reason()).isEqualTo(Reason.UNREADABLE));
  }

  @Test
  void quarantinesUnsupportedExtension() throws IOException {
    assertThat(InputReader.read(write("page.html", "<p>x</p>")).rejected())
        .singleElement()
        .satisfies(q -> assertThat(q.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT));
  }

  @Test
  void quarantinesMalformedJsonLineAndKeepsTheOthers() throws IOException {
    Path file =
        write(
            "feed.jsonl",
            """
            {"id": "a1", "url": "https://www.reuters.com/x", "title": "T1", "published": "2022-01-19T10:00:00Z", "source": "Reuters", "text": "First.", "extra": 1}
            {"id": "a2", "text": "Second" oops
            [1, 2]
            {"url": "https://example.org/3", "text": "Third."}
            {"id": "a4", "title": "No text"}
            """);
    InputReader.Result result = InputReader.read(file);
    assertThat(result.items())
        .extracting(RawItem::inputRef)
        .containsExactly("a1", "https://example.org/3");
    assertThat(result.items().get(0).givenTitle()).isEqualTo("T1");
    assertThat(result.items().get(0).givenPublished()).isEqualTo("2022-01-19T10:00:00Z");
    assertThat(result.rejected())
        .extracting(QuarantineRecord::inputRef, QuarantineRecord::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("feed:2", Reason.MALFORMED_LINE),
            org.assertj.core.groups.Tuple.tuple("feed:3", Reason.MALFORMED_LINE),
            org.assertj.core.groups.Tuple.tuple("a4", Reason.MISSING_TEXT));
    assertThat(result.rejected().get(0).detail()).startsWith("Line 2 is not valid JSON");
  }

  @Test
  void readsCsvWithMultilineQuotedTextAndQuarantinesBadRecords() throws IOException {
    Path file =
        write(
            "wire.csv",
            "id,url,title,published,source,text\r\n"
                + "c1,,Title one,2022-01-19,AFP,\"Para one.\n\nPara \"\"two\"\".\"\r\n"
                + "c2,,Title two,2022-01-20,AFP\r\n"
                + "c3,,Title three,2022-01-21,AFP,\r\n");
    InputReader.Result result = InputReader.read(file);
    assertThat(result.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.inputRef()).isEqualTo("c1");
              assertThat(item.text()).isEqualTo("Para one.\n\nPara \"two\".");
              assertThat(item.format()).isEqualTo(InputFormat.CSV);
            });
    assertThat(result.rejected())
        .extracting(QuarantineRecord::inputRef, QuarantineRecord::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("wire:2", Reason.MALFORMED_LINE),
            org.assertj.core.groups.Tuple.tuple("c3", Reason.MISSING_TEXT));
  }

  @Test
  void quarantinesCsvWithoutTextColumn() throws IOException {
    assertThat(InputReader.read(write("bad.csv", "id,title\n1,x\n")).rejected())
        .singleElement()
        .satisfies(q -> assertThat(q.reason()).isEqualTo(Reason.MISSING_TEXT));
  }

  @Test
  void quarantinesRestOfCsvAfterBrokenQuote() throws IOException {
    InputReader.Result result =
        InputReader.read(write("broken.csv", "id,text\n1,\"fine\"\n2,\"never closed\n3,x\n"));
    assertThat(result.items()).extracting(RawItem::inputRef).containsExactly("1");
    assertThat(result.rejected())
        .singleElement()
        .satisfies(q -> assertThat(q.reason()).isEqualTo(Reason.MALFORMED_LINE));
  }

  @Test
  void sameInputGivesSameHash() throws IOException {
    Path file = write("a.txt", "Same text.");
    assertThat(InputReader.read(file).items().get(0).rawSha256())
        .isEqualTo(InputReader.read(file).items().get(0).rawSha256());
  }

  @Test
  void expandsFoldersSortedAndCountsHiddenFilesAsSkipped() throws IOException {
    write("b.txt", "B");
    write("a.jsonl", "{}");
    write(".DS_Store", "x");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/c.csv"), "id,text\n");
    InputFiles.Listing listing = InputFiles.list(List.of(dir));
    assertThat(listing.paths())
        .extracting(p -> dir.relativize(p).toString())
        .containsExactly("a.jsonl", "b.txt", "sub/c.csv");
    assertThat(listing.skippedByRule()).containsExactly(java.util.Map.entry("hidden", 1L));
  }
}
