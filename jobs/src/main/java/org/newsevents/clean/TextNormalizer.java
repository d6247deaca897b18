package org.newsevents.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Unicode and whitespace normalisation, and the split into paragraphs. Crawled text mixes NFD
 * accents, no-break spaces, zero-width characters and stray control bytes; later stages
 * (dictionaries, dedup) need one form.
 */
public final class TextNormalizer {
  private static final Pattern CONTROL_CHARS =
      Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\p{Zs}]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

  /** Hard-wrapped prose (wire copy, e-mail) has lines of similar, terminal-like width. */
  private static final int WRAPPED_LINE_MIN_CHARS = 40;

  private static final int WRAPPED_LINE_MAX_CHARS = 100;
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;\"”’)\\]…]$");

  private TextNormalizer() {}

  /** NFC, no control or invisible characters, single spaces, LF line ends, trimmed lines. */
  public static Repaired normalize(String text) {
    List<String> repairs = new ArrayList<>();
    String result = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!Normalizer.isNormalized(result, Normalizer.Form.NFC)) {
      result = Normalizer.normalize(result, Normalizer.Form.NFC);
      repairs.add("unicode:nfc");
    }
    String withoutControls = CONTROL_CHARS.matcher(result).replaceAll("");
    if (!withoutControls.equals(result)) {
      repairs.add("control-chars");
      result = withoutControls;
    }
    StringBuilder lines = new StringBuilder(result.length());
    for (String line : result.split("\n", -1)) {
      lines.append(HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip()).append('\n');
    }
    return new Repaired(lines.toString().strip(), repairs);
  }

  /**
   * Paragraphs of normalised text. Blank lines separate blocks; inside a block, each line is its
   * own paragraph (crawled pages put one block per line), except hard-wrapped prose, whose lines
   * are joined.
   */
  public static List<String> paragraphs(String normalized) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : BLANK_LINES.split(normalized)) {
      String[] lines = block.strip().split("\n");
      if (looksHardWrapped(lines)) {
        paragraphs.add(String.join(" ", lines));
        continue;
      }
      for (String line : lines) {
        if (!line.isBlank()) {
          paragraphs.add(line);
        }
      }
    }
    return paragraphs;
  }

  private static boolean looksHardWrapped(String[] lines) {
    if (lines.length < 2) {
      return false;
    }
    int endingSentence = 0;
    for (int i = 0; i < lines.length - 1; i++) {
      String line = lines[i];
      if (line.length() < WRAPPED_LINE_MIN_CHARS || line.length() > WRAPPED_LINE_MAX_CHARS) {
        return false;
      }
      if (ENDS_SENTENCE.matcher(line).find()) {
        endingSentence++;
      }
    }
    // Lines that mostly end sentences are one-sentence paragraphs that happen to be short, not
    // wrapped prose.
    return endingSentence * 2 < lines.length - 1;
  }
}
