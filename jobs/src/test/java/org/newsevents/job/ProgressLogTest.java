package org.newsevents.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress lines as text and as JSON lines (no Spark). */
class ProgressLogTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void plainLinesKeepTheBracketedStageColumn() {
    ProgressLog log = ProgressLog.plain(out);
    log.info("ingest", "5 item(s) read", Map.of("items", 5));
    log.info("publish", "run_date=2022-01-10 is live");
    log.warn("list", "no input files");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "[ingest]  5 item(s) read\n"
                + "[publish] run_date=2022-01-10 is live\n"
                + "[warn]    no input files\n");
  }

  @Test
  void jsonLinesAreOneObjectPerLineWithFiguresWhereThereAreSome() throws Exception {
    ProgressLog log = new ProgressLog(out, ProgressLog.Format.JSON);
    log.info("ingest", "5 item(s) read, \"quoted\"\nand a newline", Map.of("items", 5L));
    log.error("run", "run_date 2022-01-10 failed.");
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly("time", "level", "stage", "message", "figures");
    assertThat(Instant.parse(first.get("time").asText())).isBeforeOrEqualTo(Instant.now());
    assertThat(first.get("level").asText()).isEqualTo("info");
    assertThat(first.get("message").asText())
        .isEqualTo("5 item(s) read, \"quoted\"\nand a newline");
    assertThat(first.get("figures").get("items").asLong()).isEqualTo(5);
    JsonNode second = json.readTree(lines[1]);
    assertThat(second.get("level").asText()).isEqualTo("error");
    assertThat(second.has("figures")).isFalse();
  }
}
