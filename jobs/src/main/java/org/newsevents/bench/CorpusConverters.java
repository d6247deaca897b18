package org.newsevents.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Turns the research corpora in ../shared/corpora into the job's normal input formats, on the fly,
 * so that the benchmark runs the real ingest code on real text. Nothing converted here is ever
 * copied into the project.
 */
public final class CorpusConverters {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusConverters() {}

  /**
   * AllSides (one JSON object per file) to one JSONL file with the job's fields. The raw
   * newspaper3k output, content_original, is the text: it still holds the widgets and credits the
   * cleaner must remove.
   *
   * @return the number of articles written
   */
  public static int allSidesToJsonl(Path jsonDir, Path jsonlFile) throws IOException {
    int written = 0;
    try (Stream<Path> files = Files.list(jsonDir);
        BufferedWriter out = Files.newBufferedWriter(jsonlFile, StandardCharsets.UTF_8)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode article = JSON.readTree(file.toFile());
        ObjectNode line = JSON.createObjectNode();
        line.put("id", "allsides-" + article.path("ID").asText());
        line.put("url", article.path("url").asText(null));
        line.put("title", article.path("title").asText(null));
        line.put("published", article.path("date").asText(null));
        line.put("source", article.path("source").asText(null));
        line.put("text", article.path("content_original").asText(null));
        out.write(JSON.writeValueAsString(line));
        out.newLine();
        written++;
      }
    }
    return written;
  }
}
