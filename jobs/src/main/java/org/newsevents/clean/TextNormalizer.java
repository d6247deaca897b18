package org.newsevents.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
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
  private static final String SENTENCE_ENDS = ".!?:;\"”’)]…";

  private TextNormalizer() {}

  /**
   * NFC, no control or invisible characters, single spaces, LF line ends, trimmed lines, and a
   * blank line before each line indented deeper than the text's least indent.
   */
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
    String[] rawLines = result.split("\n", -1);
    String[] trimmed = new String[rawLines.length];
    int baseIndent = Integer.MAX_VALUE;
    for (int i = 0; i < rawLines.length; i++) {
      trimmed[i] = HORIZONTAL_SPACE.matcher(rawLines[i]).replaceAll(" ").strip();
      if (!trimmed[i].isEmpty()) {
        baseIndent = Math.min(baseIndent, indent(rawLines[i]));
      }
    }
    StringBuilder lines = new StringBuilder(result.length() + 16);
    for (int i = 0; i < rawLines.length; i++) {
      // Wire copy and typed text start a paragraph with an indent instead of a blank line; once
      // the lines are trimmed the indent is gone, so it is kept as the one paragraph break later
      // stages know. A text indented throughout says nothing by it, hence the base indent.
      if (i > 0
          && !trimmed[i].isEmpty()
          && !trimmed[i - 1].isEmpty()
          && indent(rawLines[i]) > baseIndent) {
        lines.append('\n');
      }
      lines.append(trimmed[i]).append('\n');
    }
    return new Repaired(lines.toString().strip(), repairs);
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length()
        && (line.charAt(i) == '\t'
            || Character.getType(line.charAt(i)) == Character.SPACE_SEPARATOR)) {
      i++;
    }
    return i;
  }

  /**
   * Paragraphs of normalised text. Blank lines separate blocks; inside a block, each line is its
   * own paragraph (crawled pages put one block per line), except the lines of hard-wrapped prose,
   * which are joined back into their paragraph.
   */
  public static List<String> paragraphs(String normalized) {
    String[] blocks = BLANK_LINES.split(normalized);
    String[][] blockLines = new String[blocks.length][];
    int lineCount = 0;
    for (int b = 0; b < blocks.length; b++) {
      blockLines[b] = blocks[b].strip().split("\n");
      lineCount += blockLines[b].length;
    }
    int width = wrapWidth(blockLines, lineCount);
    List<String> paragraphs = new ArrayList<>();
    for (String[] lines : blockLines) {
      addParagraphs(lines, width > 0 && looksHardWrapped(lines, width) ? width : 0, paragraphs);
    }
    return paragraphs;
  }

  /**
   * The width the text seems wrapped at, or 0 when its lines are not of terminal-like width (more
   * than a tenth of them are longer). The longest line is left out so that one line that outgrew
   * the width (a dateline put in front of the first line) does not set it.
   */
  private static int wrapWidth(String[][] blockLines, int lineCount) {
    int longest = 0;
    int secondLongest = 0;
    int tooLong = 0;
    for (String[] lines : blockLines) {
      for (String line : lines) {
        int length = line.length();
        if (length > WRAPPED_LINE_MAX_CHARS) {
          tooLong++;
        } else if (length > longest) {
          secondLongest = longest;
          longest = length;
        } else if (length > secondLongest) {
          secondLongest = length;
        }
      }
    }
    if (tooLong * 10 > lineCount || secondLongest < WRAPPED_LINE_MIN_CHARS) {
      return 0;
    }
    return secondLongest;
  }

  /**
   * Long enough to have been broken by the wrap: a wrapper moves a word to the next line only when
   * it does not fit, so a wrapped line falls short of the width by less than a long word, which a
   * quarter of the width allows for.
   */
  private static boolean isFull(String line, int width) {
    return line.length() >= width - width / 4 && line.length() <= WRAPPED_LINE_MAX_CHARS;
  }

  /**
   * A block is hard-wrapped when at least half of its line breaks fall in the middle of a sentence
   * at the width: after a full line, the next line starts in lower case, or its first word would
   * not have fitted on a line of words that did not end a sentence. One-sentence lines end their
   * sentence, a list of headlines rarely lines up at one width, and the rows of a table, which do,
   * are more figures than words.
   */
  private static boolean looksHardWrapped(String[] lines, int width) {
    int breaks = lines.length - 1;
    if (breaks < 1) {
      return false;
    }
    int midSentence = 0;
    for (int i = 0; i < breaks; i++) {
      String line = lines[i];
      String next = lines[i + 1];
      if (isFull(line, width)
          && (startsInLowerCase(next)
              || !endsSentence(line)
                  && line.length() + 1 + firstWordLength(next) > width
                  && moreLettersThanDigits(line))) {
        midSentence++;
      }
    }
    return midSentence * 2 >= breaks;
  }

  private static boolean moreLettersThanDigits(String line) {
    int balance = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        balance++;
      } else if (Character.isDigit(c)) {
        balance--;
      }
    }
    return balance > 0;
  }

  /**
   * The block's lines as paragraphs: in a hard-wrapped block (width above 0) each full line is
   * joined to the next, and in any block a line runs on into the next when its sentence plainly
   * does, as when a single stray line break cuts a paragraph of crawled text.
   */
  private static void addParagraphs(String[] lines, int width, List<String> paragraphs) {
    int start = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      if (start >= 0 && !joins(lines[i - 1], lines[i], width)) {
        addJoined(lines, start, i, paragraphs);
        start = -1;
      }
      if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      addJoined(lines, start, lines.length, paragraphs);
    }
  }

  private static void addJoined(String[] lines, int from, int to, List<String> paragraphs) {
    paragraphs.add(
        to - from == 1 ? lines[from] : String.join(" ", Arrays.asList(lines).subList(from, to)));
  }

  private static boolean joins(String previous, String line, int width) {
    boolean runsOn =
        previous.length() >= WRAPPED_LINE_MIN_CHARS
            && previous.length() <= WRAPPED_LINE_MAX_CHARS
            && !endsSentence(previous)
            && startsInLowerCase(line);
    return runsOn
        || width > 0 && isFull(previous, width) && line.length() <= WRAPPED_LINE_MAX_CHARS;
  }

  private static boolean startsInLowerCase(String line) {
    return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
  }

  private static boolean endsSentence(String line) {
    return !line.isEmpty() && SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  private static int firstWordLength(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line.length() : space;
  }
}
