package org.newsevents.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newsevents.bench.BenchCorpus.Article;

/**
 * Turns the research corpora in ../shared/corpora into the job's normal input formats, on the fly,
 * so that the benchmark runs the real ingest code on real text. Nothing converted here is ever
 * copied into the project.
 */
public final class CorpusConverters {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NEW_ID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern REUTERS_DATE = Pattern.compile("(\\d{1,2}-[A-Za-z]{3}-\\d{4})");
  private static final DateTimeFormatter REUTERS_DAY =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d-MMM-yyyy")
          .toFormatter(Locale.ENGLISH);
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#[xX]\\p{XDigit}+|[a-z]+);");
  // One byte of reut2-017.sgm is not UTF-8; the rest is ASCII, which windows-1252 reads the same.
  private static final Charset REUTERS_CHARSET = Charset.forName("windows-1252");

  private CorpusConverters() {}

  /**
   * AllSides (one JSON object per file) to one JSONL file with the job's fields. The raw
   * newspaper3k output, content_original, is the text: it still holds the widgets and credits the
   * cleaner must remove.
   *
   * @return the number of articles written
   */
  public static int allSidesToJsonl(Path jsonDir, Path jsonlFile) throws IOException {
    List<Article> articles = allSides(jsonDir);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonlFile))) {
      writeJsonLines(articles, out);
    }
    return articles.size();
  }

  /** The job's JSONL input: one object per line with its fields id, url, title, published, ... */
  static void writeJsonLines(List<Article> articles, OutputStream out) throws IOException {
    try (JsonGenerator json =
        JSON.getFactory()
            .createGenerator(out, JsonEncoding.UTF8)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      json.setRootValueSeparator(null);
      for (Article article : articles) {
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("url", article.url());
        json.writeStringField("title", article.title());
        json.writeStringField("published", article.published());
        json.writeStringField("source", article.source());
        json.writeStringField("text", article.text());
        json.writeEndObject();
        json.writeRaw('\n');
      }
    }
  }

  /** Every document of reut2-*.sgm under dir, in file and document order. */
  public static List<Article> reuters(Path dir) throws IOException {
    List<Article> articles = new ArrayList<>();
    for (Path file : list(dir, "reut2-", ".sgm")) {
      articles.addAll(parseReuters(Files.readString(file, REUTERS_CHARSET)));
    }
    return articles;
  }

  /**
   * The documents of one Reuters-21578 SGML file. A BRIEF document (a headline only, with a "Blah
   * blah blah." placeholder) gets an empty text, since that is what a wire without a body delivers;
   * an UNPROC document keeps its unstructured text, which is real content.
   */
  public static List<Article> parseReuters(String sgml) {
    List<Article> articles = new ArrayList<>();
    int start = sgml.indexOf("<REUTERS");
    while (start >= 0) {
      int end = sgml.indexOf("</REUTERS>", start);
      String doc = sgml.substring(start, end < 0 ? sgml.length() : end);
      articles.add(reutersDocument(doc));
      start = end < 0 ? -1 : sgml.indexOf("<REUTERS", end);
    }
    return articles;
  }

  private static Article reutersDocument(String doc) {
    Matcher newId = NEW_ID.matcher(doc.substring(0, doc.indexOf('>') + 1));
    String id = "reuters-" + (newId.find() ? newId.group(1) : "unknown");
    String title = element(doc, "TITLE");
    String dateline = element(doc, "DATELINE");
    String body = element(doc, "BODY");
    String text;
    if (body != null) {
      text = dateline == null ? body : dateline.strip() + " " + body;
    } else if (doc.contains("<TEXT TYPE=\"UNPROC\">")) {
      text = element(doc, "TEXT");
    } else {
      text = "";
    }
    return new Article(
        id,
        "reuters",
        title == null ? null : decodeEntities(title).strip(),
        reutersDate(element(doc, "DATE")),
        "Reuters",
        null,
        decodeEntities(text));
  }

  /** The content of the first {@code <tag ...>...</tag>} in doc, or null. */
  private static String element(String doc, String tag) {
    int open = doc.indexOf("<" + tag);
    while (open >= 0) {
      int afterName = open + tag.length() + 1;
      char after = afterName < doc.length() ? doc.charAt(afterName) : '>';
      if (after == '>' || after == ' ') {
        break;
      }
      open = doc.indexOf("<" + tag, open + 1);
    }
    if (open < 0) {
      return null;
    }
    int contentStart = doc.indexOf('>', open) + 1;
    int close = doc.indexOf("</" + tag + ">", contentStart);
    return doc.substring(contentStart, close < 0 ? doc.length() : close);
  }

  private static String reutersDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher day = REUTERS_DATE.matcher(value);
    try {
      return day.find() ? LocalDate.parse(day.group(1), REUTERS_DAY).toString() : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** SGML character references and the few named entities the corpus uses. */
  static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher entity = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (entity.find()) {
      String name = entity.group(1);
      String decoded =
          switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
              if (!name.startsWith("#")) {
                yield null;
              }
              boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
              int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
              yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : null;
            }
          };
      if (decoded != null) {
        out.append(text, last, entity.start()).append(decoded);
        last = entity.end();
      }
    }
    return out.append(text, last, text.length()).toString();
  }

  /** Every AllSides jsons/*.json file, sorted by name; an undated or dirty date becomes null. */
  public static List<Article> allSides(Path jsonDir) throws IOException {
    List<Article> articles = new ArrayList<>();
    for (Path file : list(jsonDir, "", ".json")) {
      JsonNode article = JSON.readTree(file.toFile());
      String date = article.path("date").asText("");
      articles.add(
          new Article(
              "allsides-" + article.path("ID").asText(),
              "allsides",
              article.path("title").asText(null),
              ISO_DAY.matcher(date).matches() ? date : null,
              article.path("source").asText(null),
              article.path("url").asText(null),
              article.path("content_original").asText("")));
    }
    return articles;
  }

  /**
   * Every BBC article, topic folder by folder: line 1 is the title, then a blank line, then the
   * body, which is kept byte for byte so that writing the title, a blank line and the body gives
   * the file back.
   */
  public static List<Article> bbc(Path dir) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<Path> topics;
    try (Stream<Path> entries = Files.list(dir)) {
      topics = entries.filter(Files::isDirectory).sorted().toList();
    }
    for (Path topic : topics) {
      for (Path file : list(topic, "", ".txt")) {
        String content = decodeUtf8OrWindows1252(Files.readAllBytes(file));
        int lineEnd = content.indexOf('\n');
        String title = lineEnd < 0 ? content : content.substring(0, lineEnd);
        String body = lineEnd < 0 ? "" : content.substring(lineEnd + 1);
        if (body.startsWith("\n")) {
          body = body.substring(1);
        }
        String name = file.getFileName().toString();
        articles.add(
            new Article(
                "bbc-" + topic.getFileName() + "-" + name.substring(0, name.length() - 4),
                "bbc",
                title.strip(),
                null,
                "BBC News",
                null,
                body));
      }
    }
    return articles;
  }

  // sport/199.txt is Latin-1; every other file is UTF-8.
  private static String decodeUtf8OrWindows1252(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** Every row of wikinews_*.csv under dir, file by file. */
  public static List<Article> wikinews(Path dir) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Article> articles = new ArrayList<>();
    for (Path file : list(dir, "wikinews_", ".csv")) {
      String name = file.getFileName().toString();
      String year = name.substring("wikinews_".length(), name.length() - ".csv".length());
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          CSVParser parser = format.parse(in)) {
        for (CSVRecord row : parser) {
          String date = row.get("date");
          articles.add(
              new Article(
                  String.format(Locale.ROOT, "wikinews-%s-%03d", year, row.getRecordNumber()),
                  "wikinews",
                  row.get("title"),
                  ISO_DAY.matcher(date).matches() ? date : null,
                  "Wikinews",
                  row.get("url"),
                  row.get("text")));
        }
      }
    }
    return articles;
  }

  private static List<Path> list(Path dir, String prefix, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(suffix);
              })
          .sorted()
          .toList();
    }
  }
}
