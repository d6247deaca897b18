package org.newsevents.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scores {@link MojibakeRepair} on ftfy's public test cases (JSON arrays of {label, original,
 * fixed-encoding?, fixed, expect}). Every case of negative.json, and every other case marked
 * "pass", must come back as its "fixed-encoding" text, or as "fixed" when that is absent; "fixed"
 * alone would also ask for ftfy's other clean-ups (straight quotes, HTML entities), which are not
 * encoding repairs.
 *
 * <p>For negatives that expected text is the original, with one exception the data set makes on
 * purpose: "Mostly negative: we only need to fix C1 control characters" expects its stray C1
 * control (Latin-1 for Windows-1252 "…") replaced and nothing else. A negative counts as unchanged
 * when no mojibake repair went beyond that.
 */
public final class FtfyEvaluation {
  private FtfyEvaluation() {}

  private static final String NEGATIVE_FILE = "negative.json";

  /** One case that did not come out as expected. */
  public record Failure(
      String file, String label, String original, String expected, String actual) {}

  public record Score(
      int passCases,
      int passFixed,
      int negativeCases,
      int negativeUnchanged,
      List<Failure> failures) {
    public Score {
      failures = List.copyOf(failures);
    }

    public double passShare() {
      return passCases == 0 ? 0 : (double) passFixed / passCases;
    }

    public String summary() {
      return String.format(
          "pass cases repaired exactly: %d/%d (%.1f%%); negatives unchanged: %d/%d",
          passFixed, passCases, 100 * passShare(), negativeUnchanged, negativeCases);
    }
  }

  public static Score evaluate(Path casesDir) {
    ObjectMapper mapper = new ObjectMapper();
    int passCases = 0;
    int passFixed = 0;
    int negativeCases = 0;
    int negativeUnchanged = 0;
    List<Failure> failures = new ArrayList<>();
    for (Path file : caseFiles(casesDir)) {
      String fileName = file.getFileName().toString();
      boolean negative = fileName.equals(NEGATIVE_FILE);
      for (JsonNode testCase : readCases(mapper, file)) {
        String original = testCase.path("original").asText();
        if (!negative && !testCase.path("expect").asText().equals("pass")) {
          continue;
        }
        String expected =
            testCase.has("fixed-encoding")
                ? testCase.get("fixed-encoding").asText()
                : testCase.path("fixed").asText();
        String actual = MojibakeRepair.repair(original).text();
        boolean ok = actual.equals(expected);
        if (negative) {
          negativeCases++;
          negativeUnchanged += ok ? 1 : 0;
        } else {
          passCases++;
          passFixed += ok ? 1 : 0;
        }
        if (!ok) {
          failures.add(
              new Failure(fileName, testCase.path("label").asText(), original, expected, actual));
        }
      }
    }
    return new Score(passCases, passFixed, negativeCases, negativeUnchanged, failures);
  }

  private static List<Path> caseFiles(Path casesDir) {
    try (Stream<Path> files = Files.list(casesDir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + casesDir, e);
    }
  }

  private static JsonNode readCases(ObjectMapper mapper, Path file) {
    try {
      return mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Prints the score and the failures: {@code FtfyEvaluation <dir with the ftfy test cases>}. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpora/ftfy-test-cases");
    Score score = evaluate(dir);
    for (Failure failure : score.failures()) {
      System.out.printf(
          "FAIL %s: %s%n  original: %s%n  expected: %s%n  actual:   %s%n",
          failure.file(),
          failure.label(),
          failure.original(),
          failure.expected(),
          failure.actual());
    }
    System.out.println(score.summary());
  }
}
