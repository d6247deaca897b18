package org.newsevents.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.newsevents.ingest.InputFiles.SkipRule;
import org.newsevents.ingest.QuarantineRecord.Reason;

/**
 * An input folder holding more than thirty kinds of bad or odd input, one sub-folder per kind, with
 * what each item must become: an article, a quarantine row with its reason, or a counted skip. The
 * bad-input suite reads it with the ingest classes, and once with the whole job, and checks that
 * what went in came out.
 */
public final class BadInputFolder {
  public static final String ARTICLE = "article";

  public static String quarantined(Reason reason) {
    return "quarantine " + reason.code();
  }

  public static String skipped(SkipRule rule) {
    return "skip " + rule.code();
  }

  /** One kind of input: its sub-folder's name and the outcome of each item it makes, sorted. */
  public record Kind(String name, List<String> outcomes) {}

  private interface Maker {
    void make(Path folder) throws IOException;
  }

  private final Path input;
  private final Path outside;
  private final List<Kind> kinds = new ArrayList<>();

  private BadInputFolder(Path parent) throws IOException {
    input = Files.createDirectories(parent.resolve("input"));
    outside = Files.createDirectories(parent.resolve("outside"));
  }

  /** The folder to give as --input. */
  public Path input() {
    return input;
  }

  public List<Kind> kinds() {
    return kinds;
  }

  /** The kind whose sub-folder holds the path (a file, or a file plus ":line"). */
  public String kindOf(String inputPath) {
    for (Kind kind : kinds) {
      if (inputPath.startsWith(input.resolve(kind.name()) + "/")) {
        return kind.name();
      }
    }
    throw new IllegalArgumentException("No kind made " + inputPath);
  }

  /** Each kind's outcomes, skips left out (the listing counts skips, it does not name them). */
  public Map<String, List<String>> outcomesWithoutSkips() {
    Map<String, List<String>> outcomes = new TreeMap<>();
    for (Kind kind : kinds) {
      List<String> kept = kind.outcomes().stream().filter(o -> !o.startsWith("skip ")).toList();
      if (!kept.isEmpty()) {
        outcomes.put(kind.name(), kept);
      }
    }
    return outcomes;
  }

  /** How many items end in each outcome, over all kinds. */
  public Map<String, Long> outcomeCounts() {
    Map<String, Long> counts = new TreeMap<>();
    kinds.forEach(kind -> kind.outcomes().forEach(o -> counts.merge(o, 1L, Long::sum)));
    return counts;
  }

  /** The skips by rule code, as the run summary counts them. */
  public Map<String, Long> skipCounts() {
    Map<String, Long> counts = new TreeMap<>();
    outcomeCounts()
        .forEach(
            (outcome, count) -> {
              if (outcome.startsWith("skip ")) {
                counts.put(outcome.substring("skip ".length()), count);
              }
            });
    return counts;
  }

  public long itemCount() {
    return kinds.stream().mapToLong(kind -> kind.outcomes().size()).sum();
  }

  private void kind(String name, Maker maker, String... outcomes) {
    try {
      maker.make(Files.createDirectories(input.resolve(name)));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make the bad input kind " + name, e);
    }
    kinds.add(new Kind(name, Arrays.stream(outcomes).sorted().toList()));
  }

  private static int articleNumber;

  /** An English news paragraph that cleaning keeps; each call gives a different one. */
  public static String story() {
    articleNumber++;
    return "Talks resume in Geneva\n\nDiplomats from both countries met on Friday in Geneva for round "
        + articleNumber
        + " of the talks about the border, and they agreed to meet again next week.\n";
  }

  private static String jsonLine(String id, String text) {
    return "{\"id\": \"" + id + "\", \"text\": \"" + text.replace("\n", "\\n") + "\"}\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void mkfifo(Path path) throws IOException {
    try {
      Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      if (process.waitFor() != 0) {
        throw new IOException("mkfifo " + path + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while making the FIFO " + path, e);
    }
  }

  /** A named pipe outside any input folder, to give directly as --input. */
  public static Path fifo(Path path) {
    try {
      mkfifo(path);
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static BadInputFolder create(Path parent) {
    try {
      BadInputFolder folder = new BadInputFolder(parent);
      folder.makeKinds();
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void makeKinds() throws IOException {
    kind("plain-article", f -> write(f.resolve("good.txt"), story()), ARTICLE);
    kind("empty-file", f -> Files.write(f.resolve("empty.txt"), new byte[0]), q(Reason.EMPTY));
    kind("whitespace-only", f -> write(f.resolve("blank.txt"), " \n\t \r\n  "), q(Reason.EMPTY));
    kind(
        "png-bytes",
        f ->
            Files.write(
                f.resolve("photo.txt"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}),
        q(Reason.BINARY));
    kind(
        "nul-bytes",
        f -> write(f.resolve("nul.txt"), story().replace(" ", "\u0000")),
        q(Reason.BINARY));
    kind(
        "truncated-utf8",
        f -> {
          byte[] whole = (story() + "Café in Genève ☕").getBytes(StandardCharsets.UTF_8);
          Files.write(f.resolve("cut.txt"), Arrays.copyOf(whole, whole.length - 2));
        },
        ARTICLE);
    kind(
        "utf16-with-bom",
        f -> Files.write(f.resolve("utf16.txt"), story().getBytes(StandardCharsets.UTF_16)),
        ARTICLE);
    // Without a byte order mark, UTF-16 of Latin text is every other byte NUL: not text to sniff.
    kind(
        "utf16-without-bom",
        f -> Files.write(f.resolve("utf16le.txt"), story().getBytes(StandardCharsets.UTF_16LE)),
        q(Reason.BINARY));
    kind(
        "cp1252",
        f ->
            Files.write(
                f.resolve("legacy.txt"),
                (story() + "The minister’s “café” remarks cost €5.")
                    .getBytes(Charset.forName("windows-1252"))),
        ARTICLE);
    kind(
        "thai-cp874",
        f ->
            Files.write(
                f.resolve("thai.txt"),
                (story() + "ข่าววันนี้ รัฐมนตรีพบกันที่เจนีวา")
                    .getBytes(Charset.forName("x-windows-874"))),
        ARTICLE);
    kind(
        "utf8-bom",
        f ->
            Files.write(
                f.resolve("bom.txt"), ("\uFEFF" + story()).getBytes(StandardCharsets.UTF_8)),
        ARTICLE);
    kind(
        "invalid-json-line",
        f -> write(f.resolve("feed.jsonl"), jsonLine("ok-1", story()) + "{\"id\": \"x\", text}\n"),
        ARTICLE,
        q(Reason.MALFORMED_LINE));
    kind(
        "json-not-an-object",
        f -> write(f.resolve("arrays.jsonl"), "[1, 2]\n\"just a string\"\n42\n"),
        q(Reason.MALFORMED_LINE),
        q(Reason.MALFORMED_LINE),
        q(Reason.MALFORMED_LINE));
    kind(
        "json-missing-text",
        f -> write(f.resolve("notext.jsonl"), "{\"id\": \"nt-1\", \"title\": \"No body\"}\n"),
        q(Reason.MISSING_TEXT));
    kind(
        "json-text-wrong-type",
        f ->
            write(
                f.resolve("types.jsonl"),
                "{\"id\": \"wt-1\", \"text\": 42}\n{\"id\": \"wt-2\", \"text\": {\"body\": \"x\"}}\n"
                    + "{\"id\": \"wt-3\", \"text\": [\"a\"]}\n{\"id\": \"wt-4\", \"text\": true}\n"),
        q(Reason.MALFORMED_LINE),
        q(Reason.MALFORMED_LINE),
        q(Reason.MALFORMED_LINE),
        q(Reason.MALFORMED_LINE));
    kind(
        "json-numeric-id-and-blank-lines",
        f ->
            write(
                f.resolve("ids.jsonl"),
                "\n{\"id\": 7, \"text\": \"" + story().replace("\n", "\\n") + "\"}\n\n   \n"),
        ARTICLE);
    kind(
        "huge-json-line",
        f ->
            write(
                f.resolve("huge.jsonl"),
                jsonLine("big-1", "word ".repeat(1_100_000)) + jsonLine("small-1", story())),
        q(Reason.TOO_LARGE),
        ARTICLE);
    kind(
        "zero-length-jsonl",
        f -> Files.write(f.resolve("none.jsonl"), new byte[0]),
        q(Reason.EMPTY));
    kind(
        "ndjson-extension",
        f -> write(f.resolve("feed.ndjson"), jsonLine("nd-1", story())),
        ARTICLE);
    kind(
        "csv-unbalanced-quote",
        f ->
            write(
                f.resolve("quote.csv"),
                "id,text\nq1,\"" + story() + "\"\nq2,\"never closed\nq3,more\n"),
        ARTICLE,
        q(Reason.MALFORMED_LINE));
    kind(
        "csv-without-header",
        f -> write(f.resolve("nohead.csv"), "h1,\"" + story() + "\"\nh2,\"" + story() + "\"\n"),
        q(Reason.MISSING_TEXT));
    kind(
        "csv-too-many-fields",
        f ->
            write(
                f.resolve("wide.csv"),
                "id,text\nw1,\"" + story() + "\"\nw2,\"" + story() + "\",extra,fields\n"),
        ARTICLE,
        q(Reason.MALFORMED_LINE));
    kind(
        "csv-too-few-fields",
        f -> write(f.resolve("narrow.csv"), "id,title,text\nn1\n"),
        q(Reason.MALFORMED_LINE));
    kind("csv-empty", f -> Files.write(f.resolve("empty.csv"), new byte[0]), q(Reason.EMPTY));
    kind("csv-header-only", f -> write(f.resolve("header.csv"), "id,text\n"), q(Reason.EMPTY));
    kind(
        "txt-only-a-date-line",
        f -> write(f.resolve("dated.txt"), "date 2022-01-19\n"),
        q(Reason.EMPTY_AFTER_CLEANING));
    kind(
        "crlf-line-ends",
        f -> write(f.resolve("crlf.txt"), story().replace("\n", "\r\n")),
        ARTICLE);
    kind("cr-line-ends", f -> write(f.resolve("cr.txt"), story().replace("\n", "\r")), ARTICLE);
    kind("one-very-long-word", f -> write(f.resolve("word.txt"), "a".repeat(200_000)), ARTICLE);
    kind(
        "control-characters",
        f -> write(f.resolve("controls.txt"), story().replace("Geneva", "Gen\u0007eva\u001b[0m")),
        ARTICLE);
    kind(
        "over-5-mb-txt",
        f -> write(f.resolve("huge.txt"), "word ".repeat(1_100_000)),
        q(Reason.TOO_LARGE));
    kind(
        "unknown-extension",
        f -> write(f.resolve("notes.pdf"), "%PDF-1.4"),
        q(Reason.UNSUPPORTED_FORMAT));
    kind("uppercase-extension", f -> write(f.resolve("LOUD.TXT"), story()), ARTICLE);
    kind(
        "gzip-file",
        f -> {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(story().getBytes(StandardCharsets.UTF_8));
          }
          Files.write(f.resolve("feed.txt.gz"), bytes.toByteArray());
          Files.write(f.resolve("zipped.txt"), bytes.toByteArray());
        },
        q(Reason.UNSUPPORTED_FORMAT),
        q(Reason.BINARY));
    kind(
        "hidden-file",
        f -> {
          write(f.resolve(".DS_Store"), "x");
          write(f.resolve(".draft.txt"), story());
        },
        s(SkipRule.HIDDEN),
        s(SkipRule.HIDDEN));
    kind(
        "hidden-folder",
        f -> {
          Files.createDirectories(f.resolve(".git/objects"));
          write(f.resolve(".git/HEAD.txt"), story());
          write(f.resolve(".git/objects/a.txt"), story());
        },
        s(SkipRule.HIDDEN));
    kind(
        "editor-and-download-leftovers",
        f -> {
          write(f.resolve("story.txt~"), story());
          write(f.resolve("#story.txt#"), story());
          write(f.resolve("feed.jsonl.part"), "{");
          write(f.resolve("wire.csv.tmp"), "id,text\n");
        },
        s(SkipRule.TEMPORARY),
        s(SkipRule.TEMPORARY),
        s(SkipRule.TEMPORARY),
        s(SkipRule.TEMPORARY));
    kind(
        "empty-folder",
        f -> Files.createDirectories(f.resolve("nothing-yet")),
        s(SkipRule.EMPTY_FOLDER));
    kind(
        "dangling-symlink",
        f -> Files.createSymbolicLink(f.resolve("gone.txt"), f.resolve("never-written.txt")),
        q(Reason.DANGLING_LINK));
    kind(
        "symlink-to-itself",
        f -> Files.createSymbolicLink(f.resolve("self.txt"), f.resolve("self.txt")),
        q(Reason.LINK_LOOP));
    kind(
        "symlinks-in-a-ring",
        f -> {
          Files.createSymbolicLink(f.resolve("ping.txt"), f.resolve("pong.txt"));
          Files.createSymbolicLink(f.resolve("pong.txt"), f.resolve("ping.txt"));
        },
        q(Reason.LINK_LOOP),
        q(Reason.LINK_LOOP));
    kind(
        "symlink-to-an-enclosing-folder",
        f -> Files.createSymbolicLink(f.resolve("again"), input),
        q(Reason.LINK_LOOP));
    kind(
        "symlink-to-a-file-outside",
        f -> {
          Path target = outside.resolve("target-of-link.txt");
          write(target, story());
          Files.createSymbolicLink(f.resolve("linked.txt"), target);
        },
        ARTICLE);
    kind(
        "symlink-to-a-folder-outside",
        f -> {
          Path folder = Files.createDirectories(outside.resolve("shared-feed"));
          write(folder.resolve("one.txt"), story());
          write(folder.resolve("two.txt"), story());
          Files.createSymbolicLink(f.resolve("shared"), folder);
        },
        ARTICLE,
        ARTICLE);
    kind("fifo", f -> mkfifo(f.resolve("pipe.txt")), q(Reason.NOT_A_FILE));
    kind(
        "socket",
        f -> {
          try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(f.resolve("listener.jsonl")));
          }
        },
        q(Reason.NOT_A_FILE));
    kind(
        "character-device",
        f -> Files.createSymbolicLink(f.resolve("null.txt"), Path.of("/dev/null")),
        q(Reason.NOT_A_FILE));
    // Tests run as root, whom chmod 000 does not stop; /proc/self/mem is a regular file that every
    // read at offset 0 fails with EIO, so it stands for an unreadable file.
    kind(
        "unreadable-file",
        f -> Files.createSymbolicLink(f.resolve("locked.txt"), Path.of("/proc/self/mem")),
        q(Reason.UNREADABLE));
    kind(
        "folder-with-a-txt-name",
        f ->
            write(
                Files.createDirectories(f.resolve("looks-like-a-file.txt")).resolve("in.txt"),
                story()),
        ARTICLE);
    kind(
        "same-content-two-names",
        f -> {
          String text = story();
          write(f.resolve("original.txt"), text);
          write(f.resolve("copy.txt"), text);
        },
        ARTICLE,
        ARTICLE);
    kind(
        "newline-and-escape-in-names",
        f -> {
          write(f.resolve("two\nlines.txt"), story());
          write(f.resolve("\u001b[31mred.txt"), story());
        },
        ARTICLE,
        ARTICLE);
  }

  private static String q(Reason reason) {
    return quarantined(reason);
  }

  private static String s(SkipRule rule) {
    return skipped(rule);
  }
}
