package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsevents.testing.SharedData;

/**
 * Real Thai (TIS-620 samples in ../shared) must stay as it is, and its UTF-8 mojibake must come
 * back.
 */
class ThaiSamplesTest {
  private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

  @Test
  void leavesRealThaiUntouchedAndRestoresItsLatin1Mojibake() throws IOException {
    List<Path> samples = samples();
    assertThat(samples).isNotEmpty();
    for (Path sample : samples) {
      String thai = new String(Files.readAllBytes(sample), WINDOWS_874);
      String mojibake =
          new String(thai.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

      assertThat(MojibakeRepair.repair(thai).text()).as("real Thai in %s", sample).isEqualTo(thai);
      assertThat(MojibakeRepair.repair(mojibake).text())
          .as("Latin-1 mojibake of %s", sample)
          .isEqualTo(thai);
    }
  }

  private static List<Path> samples() throws IOException {
    Path dir = SharedData.require("corpora/chardet-legacy-encoded-samples/TIS-620");
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
