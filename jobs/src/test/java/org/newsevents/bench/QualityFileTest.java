package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QUALITY.md sections: each command rewrites its own and leaves the others alone. */
class QualityFileTest {
  private static final String DOCUMENT =
      """
      # Quality

      <!-- ner:begin -->
      ## NER
      F1 0.80
      <!-- ner:end -->

      <!-- events:begin -->
      ## Event coding
      old figures
      <!-- events:end -->

      Notes written by hand.
      """;

  @Test
  void replacesOnlyTheNamedSection() {
    String updated = QualityFile.replaceSection(DOCUMENT, "events", "## Event coding\nP 0.60\n");

    assertThat(updated)
        .isEqualTo(
            """
            # Quality

            <!-- ner:begin -->
            ## NER
            F1 0.80
            <!-- ner:end -->

            <!-- events:begin -->
            ## Event coding
            P 0.60
            <!-- events:end -->

            Notes written by hand.
            """);
  }

  @Test
  void replacingTwiceGivesTheSameDocument() {
    String once = QualityFile.replaceSection(DOCUMENT, "events", "## Event coding\nP 0.60");

    assertThat(QualityFile.replaceSection(once, "events", "## Event coding\nP 0.60"))
        .isEqualTo(once);
  }

  @Test
  void appendsASectionTheDocumentDoesNotHaveYet() {
    String updated = QualityFile.replaceSection("# Quality\n", "boilerplate", "F1 0.9");

    assertThat(updated)
        .isEqualTo("# Quality\n\n<!-- boilerplate:begin -->\nF1 0.9\n<!-- boilerplate:end -->\n");
  }

  @Test
  void refusesADocumentWithABeginMarkerAndNoEnd() {
    assertThatThrownBy(
            () -> QualityFile.replaceSection("<!-- events:begin -->\nP 0.5\n", "events", "P 0.6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<!-- events:end -->");
  }

  @Test
  void updateCreatesTheFileWithAHeaderWhenItIsMissing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("QUALITY.md");

    QualityFile.update(file, "events", "## Event coding\nP 0.60");
    QualityFile.update(file, "events", "## Event coding\nP 0.61");

    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(written).startsWith("# Quality\n").contains("P 0.61").doesNotContain("P 0.60");
    assertThat(dir.resolve("QUALITY.md.tmp")).doesNotExist();
  }
}
