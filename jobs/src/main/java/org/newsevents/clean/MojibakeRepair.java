package org.newsevents.clean;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Repairs mojibake: UTF-8 bytes that were decoded with a legacy single-byte charset (Windows-1252
 * and Latin-1, MacRoman, Windows-1251, Thai Windows-874, and the Central European, Baltic and DOS
 * code pages), also when it happened two or three times, when only some spans of a text are
 * garbled, and when a byte was lost on the way.
 *
 * <p>Why hand-written: no library repairs cp874 mojibake. ICU4J detects the charset of bytes but
 * does not repair text that was already decoded wrongly, and python-ftfy, the reference tool, is
 * Python and does not handle Thai Windows-874 ("โ€œ" for a left quote), which some of our news
 * sources produce. This is an independent implementation; ftfy's public test cases are only used to
 * measure it ({@link FtfyEvaluation}).
 *
 * <p>How: for each charset, a character that stands for a UTF-8 lead byte, followed by characters
 * that stand for the right number of continuation bytes, is a candidate. A candidate is kept only
 * when the character it decodes to fits where it lands (its script, its case, its neighbours) and
 * the garbled text looks odd (a sign inside a word, a capital after small letters, a C1 control). A
 * paragraph is repaired with a charset only when its kept candidates add up to enough evidence;
 * more is asked when the paragraph also holds non-ASCII text that the charset does not explain,
 * since legitimate accented text is far more common than mojibake. The pass repeats for layered
 * mojibake.
 *
 * <p>Lost bytes: a byte the decoder dropped, or replaced with U+FFFD, is inferred when exactly one
 * byte it could have been gives common punctuation ("โ€" and "â€�" can only be a right quote);
 * otherwise the character becomes U+FFFD.
 */
public final class MojibakeRepair {
  private MojibakeRepair() {}

  /**
   * Three layers occur in the wild ("Ã¢â‚¬â„¢"); one more pass shows that nothing is left to undo.
   */
  private static final int MAX_LAYERS = 4;

  public static Repaired repair(String text) {
    if (text == null || !hasNonAscii(text)) {
      return Repaired.unchanged(text);
    }
    Set<String> repairs = new LinkedHashSet<>();
    String current = text;
    int layers = 0;
    while (layers < MAX_LAYERS) {
      String next = repairOneLayer(current, repairs);
      if (next == null) {
        break;
      }
      current = next;
      layers++;
    }
    if (layers > 1) {
      repairs.add("mojibake:multi-layer");
    }
    current = replaceStrayC1Controls(current, repairs);
    return repairs.isEmpty()
        ? Repaired.unchanged(text)
        : new Repaired(current, List.copyOf(repairs));
  }

  private static boolean hasNonAscii(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /** Undoes one layer of mojibake, paragraph by paragraph; null when nothing changed. */
  private static String repairOneLayer(String text, Set<String> repairs) {
    StringBuilder out = null;
    int copied = 0;
    int length = text.length();
    int paragraphStart = 0;
    while (paragraphStart < length) {
      int paragraphEnd = text.indexOf('\n', paragraphStart);
      if (paragraphEnd < 0) {
        paragraphEnd = length;
      }
      List<Candidate> chosen = chooseRepairs(text, paragraphStart, paragraphEnd);
      for (Candidate candidate : chosen) {
        if (out == null) {
          out = new StringBuilder(length);
        }
        out.append(text, copied, candidate.start).append(candidate.replacement);
        copied = candidate.end;
        repairs.add(candidate.repairCode());
        if (candidate.lossy()) {
          repairs.add("mojibake:lossy");
        }
      }
      paragraphStart = paragraphEnd + 1;
    }
    if (out == null) {
      return null;
    }
    return out.append(text, copied, length).toString();
  }

  private static List<Candidate> chooseRepairs(String text, int start, int end) {
    if (!containsPossibleLead(text, start, end)) {
      return List.of();
    }
    List<CharsetReading> plans = new ArrayList<>();
    for (LegacyCharset charset : LegacyCharset.values()) {
      CharsetReading plan = CharsetReading.assess(charset, text, start, end);
      if (plan != null) {
        plans.add(plan);
      }
    }
    if (plans.isEmpty()) {
      return List.of();
    }
    plans.sort(Comparator.comparingDouble((CharsetReading p) -> -p.evidence));
    BitSet taken = new BitSet();
    List<Candidate> chosen = new ArrayList<>();
    for (CharsetReading plan : plans) {
      for (Candidate candidate : plan.accepted) {
        int from = candidate.start - start;
        int to = candidate.seqEnd - start;
        if (taken.nextSetBit(from) < 0 || taken.nextSetBit(from) >= to) {
          taken.set(from, to);
          chosen.add(candidate);
        }
      }
    }
    chosen.sort(Comparator.comparingInt((Candidate c) -> c.start));
    return chosen;
  }

  private static boolean containsPossibleLead(String text, int start, int end) {
    for (int i = start; i < end - 1; i++) {
      if (text.charAt(i) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /**
   * Latin-1 decoding of Windows-1252 text leaves C1 controls where curly quotes, dashes and the
   * euro sign were; nobody writes C1 controls on purpose.
   */
  private static String replaceStrayC1Controls(String text, Set<String> repairs) {
    StringBuilder out = null;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        char meant = Windows1252.charOf(c);
        if (meant != 0) {
          if (out == null) {
            out = new StringBuilder(text);
          }
          out.setCharAt(i, meant);
        }
      }
    }
    if (out == null) {
      return text;
    }
    repairs.add("mojibake:cp1252-as-latin1");
    return out.toString();
  }

  /** What Windows-1252 means by the bytes 0x80-0x9F. */
  private static final class Windows1252 {
    private static final String HIGH =
        "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u0000\u017D\u0000"
            + "\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u0000\u017E\u0178";

    static char charOf(char c1) {
      return HIGH.charAt(c1 - 0x80);
    }
  }
}
