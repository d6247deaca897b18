package org.newsevents.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsevents.ingest.QuarantineRecord.Reason;

/**
 * Reads one input file into raw items. It never throws for bad input: whatever cannot be read
 * becomes a quarantine record with its reason, and the rest of the file is still read.
 */
public final class InputReader {
  /** Larger inputs are quarantined rather than read: no real article is 5 MB of text. */
  public static final long MAX_ITEM_BYTES = 5L * 1024 * 1024;

  /** Linux follows at most 40 links in a path; a longer chain is as good as a loop. */
  private static final int MAX_LINK_CHAIN = 40;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CSVFormat CSV_WITH_HEADER =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .get();

  private InputReader() {}

  /** The items read from one file, and the parts of it that were rejected. */
  public record Result(List<RawItem> items, List<QuarantineRecord> rejected) {}

  public static Result read(Path file) {
    List<RawItem> items = new ArrayList<>();
    List<QuarantineRecord> rejected = new ArrayList<>();
    String fileName = file.getFileName().toString();
    String baseName = stripExtension(fileName);
    var notAFile = notARegularFile(file, baseName);
    if (notAFile.isPresent()) {
      rejected.add(notAFile.get());
      return new Result(items, rejected);
    }
    var format = InputFormat.of(file);
    if (format.isEmpty()) {
      rejected.add(
          reject(
              baseName, file, Reason.UNSUPPORTED_FORMAT, "The file is not .txt, .jsonl or .csv."));
      return new Result(items, rejected);
    }
    byte[] bytes;
    try {
      if (format.get() == InputFormat.TXT && Files.size(file) > MAX_ITEM_BYTES) {
        rejected.add(
            reject(
                baseName,
                file,
                Reason.TOO_LARGE,
                "The file is " + Files.size(file) + " bytes, over the 5 MB limit."));
        return new Result(items, rejected);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | UncheckedIOException e) {
      rejected.add(
          reject(
              baseName,
              file,
              Reason.UNREADABLE,
              "The file could not be read: " + rootMessage(e) + "."));
      return new Result(items, rejected);
    }
    if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
      rejected.add(reject(baseName, file, Reason.EMPTY, "The file is empty."));
      return new Result(items, rejected);
    }
    if (TextDecoding.looksBinary(bytes)) {
      rejected.add(reject(baseName, file, Reason.BINARY, "The file holds binary data, not text."));
      return new Result(items, rejected);
    }
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    switch (format.get()) {
      case TXT ->
          items.add(
              new RawItem(
                  baseName,
                  file.toString(),
                  InputFormat.TXT,
                  decoded.text(),
                  decoded.charset(),
                  sha256(bytes),
                  null,
                  null,
                  null,
                  null,
                  null));
      case JSONL -> readJsonLines(file, decoded, items, rejected);
      case CSV -> readCsv(file, decoded, items, rejected);
    }
    return new Result(items, rejected);
  }

  private static void readJsonLines(
      Path file,
      TextDecoding.Decoded decoded,
      List<RawItem> items,
      List<QuarantineRecord> rejected) {
    String fileRef = stripExtension(file.getFileName().toString());
    String[] lines = decoded.text().split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      String where = file + ":" + lineNo;
      String lineRef = fileRef + ":" + lineNo;
      byte[] lineBytes = line.getBytes(StandardCharsets.UTF_8);
      if (lineBytes.length > MAX_ITEM_BYTES) {
        rejected.add(
            new QuarantineRecord(
                lineRef, where, Reason.TOO_LARGE, "Line " + lineNo + " is over the 5 MB limit."));
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        rejected.add(
            new QuarantineRecord(
                lineRef,
                where,
                Reason.MALFORMED_LINE,
                "Line " + lineNo + " is not valid JSON: " + e.getOriginalMessage() + "."));
        continue;
      }
      if (node == null || !node.isObject()) {
        rejected.add(
            new QuarantineRecord(
                lineRef,
                where,
                Reason.MALFORMED_LINE,
                "Line " + lineNo + " is not a JSON object."));
        continue;
      }
      JsonNode text = node.get("text");
      if (text != null && !text.isNull() && !text.isTextual()) {
        // Coercing a number or an object to text would publish an article no feed wrote.
        rejected.add(
            new QuarantineRecord(
                lineRef,
                where,
                Reason.MALFORMED_LINE,
                "Line "
                    + lineNo
                    + " has a text that is a JSON "
                    + text.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not a string."));
        continue;
      }
      Map<String, String> fields = new java.util.HashMap<>();
      for (String name : List.of("id", "url", "title", "published", "source", "text")) {
        JsonNode value = node.get(name);
        if (value != null && !value.isNull()) {
          fields.put(name, value.isValueNode() ? value.asText() : value.toString());
        }
      }
      addStructured(
          fields, lineRef, where, InputFormat.JSONL, decoded.charset(), lineBytes, items, rejected);
    }
  }

  private static void readCsv(
      Path file,
      TextDecoding.Decoded decoded,
      List<RawItem> items,
      List<QuarantineRecord> rejected) {
    String fileRef = stripExtension(file.getFileName().toString());
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(new StringReader(decoded.text()))
            .setFormat(CSV_WITH_HEADER)
            .get()) {
      List<String> header = parser.getHeaderNames();
      if (!header.contains("text")) {
        rejected.add(
            new QuarantineRecord(
                fileRef,
                file.toString(),
                Reason.MISSING_TEXT,
                "The CSV header has no 'text' column (it has " + describeHeader(header) + ")."));
        return;
      }
      Iterator<CSVRecord> records = parser.iterator();
      // Each record adds an item or a rejection; a header alone adds neither.
      int before = items.size() + rejected.size();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          // The parser cannot resynchronise after a broken quote, so the rest of the file is one
          // rejected item.
          rejected.add(
              new QuarantineRecord(
                  fileRef + ":rest",
                  file.toString(),
                  Reason.MALFORMED_LINE,
                  "The CSV is malformed after record "
                      + parser.getRecordNumber()
                      + ": "
                      + rootMessage(e)
                      + "."));
          break;
        }
        long recordNo = record.getRecordNumber();
        String where = file + ":" + recordNo;
        String recordRef = fileRef + ":" + recordNo;
        if (!record.isConsistent()) {
          rejected.add(
              new QuarantineRecord(
                  recordRef,
                  where,
                  Reason.MALFORMED_LINE,
                  "Record "
                      + recordNo
                      + " has "
                      + record.size()
                      + " fields, but the header has "
                      + header.size()
                      + "."));
          continue;
        }
        Map<String, String> fields = new java.util.HashMap<>();
        for (String name : List.of("id", "url", "title", "published", "source", "text")) {
          if (record.isMapped(name)) {
            fields.put(name, record.get(name));
          }
        }
        byte[] recordBytes =
            String.join("\u001f", record.values()).getBytes(StandardCharsets.UTF_8);
        addStructured(
            fields,
            recordRef,
            where,
            InputFormat.CSV,
            decoded.charset(),
            recordBytes,
            items,
            rejected);
      }
      if (before == items.size() + rejected.size()) {
        rejected.add(
            new QuarantineRecord(
                fileRef, file.toString(), Reason.EMPTY, "The CSV has a header but no records."));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      rejected.add(
          new QuarantineRecord(
              fileRef,
              file.toString(),
              Reason.MALFORMED_LINE,
              "The CSV could not be parsed: " + rootMessage(e) + "."));
    }
  }

  private static void addStructured(
      Map<String, String> fields,
      String positionalRef,
      String where,
      InputFormat format,
      String charset,
      byte[] rawBytes,
      List<RawItem> items,
      List<QuarantineRecord> rejected) {
    String id = blankToNull(fields.get("id"));
    String url = blankToNull(fields.get("url"));
    String ref = id != null ? id : url != null ? url : positionalRef;
    if (rawBytes.length > MAX_ITEM_BYTES) {
      rejected.add(
          new QuarantineRecord(ref, where, Reason.TOO_LARGE, "The item is over the 5 MB limit."));
      return;
    }
    String text = blankToNull(fields.get("text"));
    if (text == null) {
      rejected.add(new QuarantineRecord(ref, where, Reason.MISSING_TEXT, "The item has no text."));
      return;
    }
    items.add(
        new RawItem(
            ref,
            where,
            format,
            text,
            charset,
            sha256(rawBytes),
            id,
            url,
            blankToNull(fields.get("title")),
            blankToNull(fields.get("published")),
            blankToNull(fields.get("source"))));
  }

  /**
   * Why the path is not a regular file to read, if it is not. Only attributes are read here: a FIFO
   * or a device is never opened, since reading one can block the run forever.
   */
  private static Optional<QuarantineRecord> notARegularFile(Path file, String ref) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      if (Files.isSymbolicLink(file)) {
        return Optional.of(brokenLink(file, ref));
      }
      String why =
          e instanceof NoSuchFileException
              ? "The file does not exist; it may have been removed after the run listed it."
              : "The file could not be read: " + rootMessage(e) + ".";
      return Optional.of(reject(ref, file, Reason.UNREADABLE, why));
    }
    if (attributes.isRegularFile()) {
      return Optional.empty();
    }
    String kind = attributes.isDirectory() ? "folder" : specialFileKind(file);
    return Optional.of(
        reject(
            ref,
            file,
            Reason.NOT_A_FILE,
            "The path is a " + kind + ", not a regular file, so it was not opened."));
  }

  /** A link that does not end at a file: either it points nowhere or its chain goes round. */
  private static QuarantineRecord brokenLink(Path link, String ref) {
    Set<Path> seen = new HashSet<>();
    Path current = link.toAbsolutePath();
    try {
      while (Files.isSymbolicLink(current)) {
        if (!seen.add(current.normalize()) || seen.size() > MAX_LINK_CHAIN) {
          return reject(
              ref,
              link,
              Reason.LINK_LOOP,
              seen.size() == 1
                  ? "The symbolic link points to itself, so it never reaches a file."
                  : "The symbolic link leads round a loop of "
                      + seen.size()
                      + " links, so it never reaches a file.");
        }
        current = current.resolveSibling(Files.readSymbolicLink(current)).toAbsolutePath();
      }
    } catch (IOException e) {
      return reject(
          ref,
          link,
          Reason.UNREADABLE,
          "The symbolic link could not be followed: " + rootMessage(e) + ".");
    }
    if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
      return reject(
          ref,
          link,
          Reason.DANGLING_LINK,
          "The symbolic link points to " + current + ", which does not exist.");
    }
    return reject(
        ref, link, Reason.UNREADABLE, "The symbolic link's target " + current + " cannot be read.");
  }

  private static String specialFileKind(Path file) {
    try {
      int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
      return switch (type) {
        case 0010000 -> "named pipe (FIFO)";
        case 0140000 -> "socket";
        case 0020000 -> "character device";
        case 0060000 -> "block device";
        default -> "special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "special file";
    }
  }

  /**
   * The header's names as a short list on one line: a file without a header has a record there,
   * possibly a whole article over several lines.
   */
  private static String describeHeader(List<String> header) {
    List<String> names =
        header.stream()
            .limit(6)
            .map(name -> name.replaceAll("\\s+", " ").strip())
            .map(name -> name.length() > 30 ? name.substring(0, 30) + "…" : name)
            .toList();
    return names + (header.size() > names.size() ? " and " + (header.size() - 6) + " more" : "");
  }

  private static QuarantineRecord reject(String ref, Path file, Reason reason, String detail) {
    return new QuarantineRecord(ref, file.toString(), reason, detail);
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String stripExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /**
   * The first 16 hex digits of the SHA-256 of a text's UTF-8 bytes: the stable ids of articles and
   * actors and the content fingerprint, short enough to read and long enough not to collide in a
   * warehouse's lifetime.
   */
  public static String shortSha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
