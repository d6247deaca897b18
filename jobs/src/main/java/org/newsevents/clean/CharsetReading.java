package org.newsevents.clean;

import static org.newsevents.clean.CharFacts.NONE;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * How one charset would repair one paragraph: the candidates it finds, which of them fit, and
 * whether together they are evidence enough.
 */
final class CharsetReading {
  private static final char REPLACEMENT = '\uFFFD';

  /**
   * What follows "à" without a space in Portuguese: "às", "àquele", "àquela", "àquilo" and plurals.
   */
  private static final Pattern PORTUGUESE_CONTRACTION = Pattern.compile("s|quel[ae]s?|quilos?");

  /**
   * Legitimate non-ASCII text beside the mojibake makes a repair less certain; this much more
   * evidence is asked.
   */
  private static final double INCONSISTENCY_PENALTY = 3.0;

  final LegacyCharset charset;
  final List<Candidate> accepted;
  final double evidence;

  private CharsetReading(LegacyCharset charset, List<Candidate> accepted, double evidence) {
    this.charset = charset;
    this.accepted = accepted;
    this.evidence = evidence;
  }

  /** The repairs this charset makes in text[start, end), or null when it does not convince. */
  static CharsetReading assess(LegacyCharset charset, String text, int start, int end) {
    Paragraph paragraph = new Paragraph(charset, text, start, end);
    paragraph.scan();
    if (paragraph.candidates.isEmpty()) {
      return null;
    }
    paragraph.judge();
    double evidence = 0;
    List<Candidate> accepted = new ArrayList<>();
    for (Candidate candidate : paragraph.candidates) {
      if (!candidate.vetoed) {
        evidence += Math.max(0, candidate.evidence);
        accepted.add(candidate);
      }
    }
    if (accepted.isEmpty()) {
      return null;
    }
    double needed = charset.evidenceNeeded;
    if (paragraph.hasUnexplainedNonAscii()) {
      needed += INCONSISTENCY_PENALTY;
    }
    return evidence >= needed ? new CharsetReading(charset, accepted, evidence) : null;
  }

  private static final class Paragraph {
    final LegacyCharset charset;
    final String text;
    final int start;
    final int end;
    final List<Candidate> candidates = new ArrayList<>();

    /**
     * Lead bytes followed by too few continuation bytes: a sign that the word is not cleanly one
     * mojibake.
     */
    final BitSet broken = new BitSet();

    /**
     * Candidates that decode to something plausible at all; adjacency among them marks multi-layer
     * mojibake.
     */
    boolean[] plausible;

    /** How many plausible candidates decode to a letter of each script. */
    final Map<Character.UnicodeScript, Integer> decodedScripts =
        new EnumMap<>(Character.UnicodeScript.class);

    /** Scripts that the paragraph really is written in, beside whatever the candidates explain. */
    final Set<Character.UnicodeScript> scriptsOfUnexplainedLetters =
        EnumSet.noneOf(Character.UnicodeScript.class);

    Paragraph(LegacyCharset charset, String text, int start, int end) {
      this.charset = charset;
      this.text = text;
      this.start = start;
      this.end = end;
    }

    void scan() {
      int i = start;
      while (i < end) {
        char c = text.charAt(i);
        int lead = c < 0x80 ? -1 : charset.byteOf(c);
        if (lead < 0xC2 || lead > 0xF4) {
          i++;
          continue;
        }
        Candidate candidate = readSequence(i, lead);
        if (candidate == null) {
          i++;
        } else {
          candidates.add(candidate);
          i = candidate.seqEnd;
        }
      }
    }

    private Candidate readSequence(int at, int lead) {
      int needed = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
      int[] bytes = new int[needed + 1];
      bytes[0] = lead;
      int got = 0;
      int realContinuations = 0;
      int placeholders = 0;
      int placeholderAt = NONE;
      boolean markedLost = false;
      int spaces = 0;
      boolean usesC1 = false;
      int j = at + 1;
      while (got < needed && j < end) {
        char d = text.charAt(j);
        int b = d < 0x80 ? -1 : charset.byteOf(d);
        if (b >= 0x80 && b <= 0xBF) {
          bytes[1 + got] = b;
          realContinuations++;
          usesC1 |= CharFacts.isC1Control(d);
        } else if (d == REPLACEMENT || d == '?') {
          bytes[1 + got] = -1;
          placeholders++;
          placeholderAt = 1 + got;
          markedLost = d == REPLACEMENT;
        } else if (d == ' ' && charset.nbspIsByteA0) {
          bytes[1 + got] = 0xA0;
          spaces++;
        } else {
          break;
        }
        got++;
        j++;
      }
      if (got < needed) {
        if (needed == 2 && got == 1 && realContinuations == 1) {
          Candidate inferred = inferDroppedByte(at, bytes);
          if (inferred != null) {
            return inferred;
          }
        }
        if (realContinuations > 0) {
          broken.set(at - start);
        }
        return null;
      }
      if (placeholders + spaces > 1
          || (placeholders == 1 && realContinuations == 0 && needed > 1)) {
        return null;
      }
      if (!validPrefix(bytes)) {
        return null;
      }
      if (spaces == 1 && needed == 2 && bytes[2] == 0xA0 && realContinuations == 1) {
        // "โ€ " reads as a dagger (E2 80 A0) through the space, but a dropped right quote (E2 80
        // 9D) before an
        // ordinary space is far more common in running text.
        Candidate inferred = inferDroppedByte(at, bytes);
        if (inferred != null) {
          return inferred;
        }
      }
      Candidate candidate;
      if (placeholders == 1) {
        // A '?' may be a real question mark, so only U+FFFD is read as a byte the decoder could not
        // map.
        int inferred =
            markedLost
                ? inferMissingByte(bytes, placeholderAt, charset::mayHaveBecomeReplacementChar)
                : NONE;
        candidate =
            new Candidate(charset, at, j, inferred == NONE ? REPLACEMENT : inferred, needed + 1);
        candidate.placeholder = inferred == NONE;
        candidate.inferredByte = inferred != NONE;
      } else {
        int cp = decode(bytes);
        if (cp >= 0xDC00 && cp <= 0xDFFF) {
          return null;
        }
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          return readLowSurrogate(at, j, cp);
        }
        candidate = new Candidate(charset, at, j, cp, needed + 1);
      }
      candidate.usesC1 = usesC1;
      if (spaces == 1) {
        candidate.spaceForNbsp = true;
        keepSpaceAfterA(candidate);
      }
      return candidate;
    }

    /** CESU-8: a supplementary character written as two three-byte surrogates. */
    private Candidate readLowSurrogate(int at, int j, int high) {
      if (j + 3 > end || charset.byteOf(text.charAt(j)) != 0xED) {
        return null;
      }
      int b1 = charset.byteOf(text.charAt(j + 1));
      int b2 = charset.byteOf(text.charAt(j + 2));
      if (b1 < 0xB0 || b1 > 0xBF || b2 < 0x80 || b2 > 0xBF) {
        return null;
      }
      int low = decode(new int[] {0xED, b1, b2});
      Candidate candidate =
          new Candidate(charset, at, j + 3, Character.toCodePoint((char) high, (char) low), 6);
      for (int k = at; k < j + 3; k++) {
        candidate.usesC1 |= CharFacts.isC1Control(text.charAt(k));
      }
      return candidate;
    }

    /**
     * A three-byte sequence whose last byte is missing, because the decoder dropped a byte it had
     * no character for ("โ€" for a right quote, whose 0x9D neither Windows-874 nor Windows-1252
     * defines).
     */
    private Candidate inferDroppedByte(int at, int[] bytes) {
      int after = at + 2 < end ? text.charAt(at + 2) : NONE;
      if (after != NONE && (after >= 0x80 || Character.isLetterOrDigit(after))) {
        return null; // a closing quote ends a word; before more garble the byte is more likely lost
        // in a mess
      }
      int found =
          inferMissingByte(new int[] {bytes[0], bytes[1], -1}, 2, charset::mayHaveBeenDropped);
      if (found == NONE) {
        return null;
      }
      Candidate candidate = new Candidate(charset, at, at + 2, found, 2);
      candidate.inferredByte = true;
      candidate.usesC1 = CharFacts.isC1Control(text.charAt(at + 1));
      return candidate;
    }

    /**
     * The character a sequence with one lost byte stood for, when exactly one of the bytes that can
     * have been lost gives common punctuation: "â€" + U+FFFD from Java's Windows-1252 decoder can
     * only have been a right quote. Letters are never inferred: several usually fit ("Ä" + U+FFFD
     * is ā, č, ď, Đ or ĝ).
     */
    private static int inferMissingByte(int[] bytes, int missingAt, IntPredicate couldBeLost) {
      int found = NONE;
      for (int b = 0x80; b <= 0xBF; b++) {
        if (!couldBeLost.test(b)) {
          continue;
        }
        bytes[missingAt] = b;
        if (validPrefix(bytes) && CharFacts.isCommonPunctuation(decode(bytes))) {
          if (found != NONE) {
            return NONE;
          }
          found = decode(bytes);
        }
      }
      bytes[missingAt] = -1;
      return found;
    }

    /**
     * "à" is C3 A0, and A0 is a no-break space that editors turn into a plain one. The space after
     * "Ã" then usually still separates words ("voilà le"), except in the Portuguese contractions
     * "às" and "àquele".
     */
    private void keepSpaceAfterA(Candidate candidate) {
      if (candidate.codePoint != 0xE0 || candidate.byteCount != 2) {
        return;
      }
      int after = candidate.seqEnd;
      if (after < end && text.charAt(after) == ' ') {
        return;
      }
      if (startsPortugueseContraction(after)) {
        return;
      }
      candidate.end = candidate.seqEnd - 1;
    }

    private boolean startsPortugueseContraction(int at) {
      int wordEnd = at;
      while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd < end) {
        char after = text.charAt(wordEnd);
        if (!CharFacts.isAsciiWhitespace(after) && !isSentencePunctuation(after)) {
          return false; // "Ã s'éloigner" is French "à s'éloigner", not "às"
        }
      }
      return PORTUGUESE_CONTRACTION.matcher(text.substring(at, wordEnd)).matches();
    }

    private static boolean isSentencePunctuation(char c) {
      return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    void judge() {
      plausible = new boolean[candidates.size()];
      for (int k = 0; k < candidates.size(); k++) {
        Candidate candidate = candidates.get(k);
        plausible[k] = CharFacts.isPlausibleOnItsOwn(candidate.codePoint);
        candidate.vetoed = !plausible[k];
      }
      for (Candidate candidate : candidates) {
        if (!candidate.vetoed && Character.isLetter(candidate.codePoint)) {
          decodedScripts.merge(CharFacts.script(candidate.codePoint), 1, Integer::sum);
        }
      }
      BitSet covered = coverage();
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c >= 0x80 && Character.isLetter(c) && !covered.get(i - start)) {
          scriptsOfUnexplainedLetters.add(CharFacts.script(c));
        }
      }
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int k = 0; k < candidates.size(); k++) {
          Candidate candidate = candidates.get(k);
          if (!candidate.vetoed && !fitsContext(k)) {
            candidate.vetoed = true;
            changed = true;
          }
        }
        changed |= vetoImpureWords();
      }
    }

    private boolean inBlock(int k) {
      Candidate candidate = candidates.get(k);
      boolean left = k > 0 && plausible[k - 1] && candidates.get(k - 1).seqEnd == candidate.start;
      boolean right =
          k + 1 < candidates.size()
              && plausible[k + 1]
              && candidates.get(k + 1).start == candidate.seqEnd;
      return left || right;
    }

    private int decodedLeft(int k) {
      Candidate candidate = candidates.get(k);
      if (k > 0) {
        Candidate previous = candidates.get(k - 1);
        if (!previous.vetoed && previous.end == candidate.start) {
          return previous.replacement.codePointBefore(previous.replacement.length());
        }
      }
      return candidate.start > start ? text.codePointBefore(candidate.start) : NONE;
    }

    private int decodedRight(int k) {
      Candidate candidate = candidates.get(k);
      if (k + 1 < candidates.size()) {
        Candidate next = candidates.get(k + 1);
        if (!next.vetoed && next.start == candidate.end) {
          return next.replacement.codePointAt(0);
        }
      }
      return candidate.end < end ? text.codePointAt(candidate.end) : NONE;
    }

    /**
     * Sets the candidate's evidence; false when the decoded character does not belong where it
     * would land.
     */
    private boolean fitsContext(int k) {
      Candidate candidate = candidates.get(k);
      int cp = candidate.codePoint;
      double oddness = oddness(candidate);
      boolean block = inBlock(k);
      int left = decodedLeft(k);
      int right = decodedRight(k);
      double evidence = baseEvidence(candidate) + oddness;
      if (candidate.spaceForNbsp) {
        evidence -= 0.5;
      }
      if (candidate.placeholder) {
        evidence -= 0.5;
      }
      if (CharFacts.isC1Control(cp)) {
        // Only sensible as the middle layer of double mojibake, where the next pass reads it as a
        // byte.
        candidate.evidence = 0;
        return block;
      }
      if (cp >= 0x02B0 && cp <= 0x02FF && cp != 0x02BB && cp != 0x02BC && !block) {
        return false;
      }
      if (CharFacts.isMark(cp)) {
        if (left == NONE || Character.isWhitespace(left) || left == 0xA0) {
          return false;
        }
        var markScript = CharFacts.script(cp);
        if (markScript != Character.UnicodeScript.INHERITED
            && markScript != Character.UnicodeScript.COMMON
            && markScript != CharFacts.script(left)
            && !block) {
          return false;
        }
      } else if (Character.isLetterOrDigit(cp)) {
        if (!block && !letterFits(candidate, cp, left, right, oddness)) {
          return false;
        }
        if (!block
            && CharFacts.isUpper(cp)
            && !CharFacts.isLetter(left)
            && CharFacts.isLower(right)
            && oddness < 1) {
          evidence = 0; // an ordinary capitalised word ("Òs"); only other evidence can tell
        }
      } else if (candidate.byteCount == 2 && !charset.isLatin1Family() && oddness < 2) {
        // One symbol from a two-byte sequence is weak evidence outside the most common mix-ups.
        evidence = Math.min(evidence, 0);
      }
      if (candidate.spaceForNbsp && cp != 0xE0) {
        // A space read as a no-break space proves nothing by itself; it is repaired only alongside
        // other evidence.
        evidence = Math.min(evidence, 0);
      }
      candidate.evidence = evidence;
      return true;
    }

    private boolean letterFits(Candidate candidate, int cp, int left, int right, double oddness) {
      var script = CharFacts.script(cp);
      boolean foreignLeft = CharFacts.isLetter(left) && CharFacts.script(left) != script;
      boolean foreignRight = CharFacts.isLetter(right) && CharFacts.script(right) != script;
      if (script == Character.UnicodeScript.LATIN) {
        if ((foreignLeft && CharFacts.script(left) != Character.UnicodeScript.COMMON)
            || (foreignRight && CharFacts.script(right) != Character.UnicodeScript.COMMON)) {
          return oddness >= 2 && !candidate.spaceForNbsp;
        }
        if (CharFacts.isLower(cp)
            && cp != 0xDF
            && CharFacts.isUpper(left)
            && !CharFacts.isLower(right)) {
          return false; // a small letter inside an all-capitals word
        }
        if (CharFacts.isUpper(cp) && CharFacts.isLower(left) && !CharFacts.isUpper(right)) {
          return false; // a capital after small letters
        }
        return true;
      }
      boolean sameLeft =
          (CharFacts.isLetter(left) || CharFacts.isMark(left)) && CharFacts.script(left) == script;
      boolean sameRight =
          (CharFacts.isLetter(right) || CharFacts.isMark(right))
              && CharFacts.script(right) == script;
      if (sameLeft || sameRight) {
        return true;
      }
      boolean glued = CharFacts.isLetterOrDigit(left) || CharFacts.isLetterOrDigit(right);
      if (candidate.spaceForNbsp) {
        return !glued;
      }
      if (glued) {
        return oddness >= 2;
      }
      if (decodedScripts.getOrDefault(script, 0) >= 3) {
        return true; // a one-letter word ("و") among other words in the same script
      }
      // A one-letter word in another script ("“×”" read as Hebrew) is a likely accident for two
      // characters, but
      // three or more rarely line up by chance (Thai abbreviations such as "อ." are one letter).
      return oddness >= 1 || candidate.byteCount > 2;
    }

    private static double baseEvidence(Candidate candidate) {
      if (candidate.inferredByte) {
        return 1.0;
      }
      switch (candidate.byteCount) {
        case 2:
          return 0.5;
        case 3:
          return 1.5;
        default:
          return 2.0;
      }
    }

    /** How unlike ordinary text the garbled characters are, judged in their original context. */
    private double oddness(Candidate candidate) {
      int lead = text.charAt(candidate.start);
      int before = candidate.start > start ? text.codePointBefore(candidate.start) : NONE;
      int after = candidate.seqEnd < end ? text.codePointAt(candidate.seqEnd) : NONE;
      double odd =
          leadOddness(lead, before, after) + numberSignOddness(candidate.codePoint, before, after);
      if (CharFacts.isLetter(lead)
          && charset.byteOf((char) lead) == 0xC2
          && candidate.codePoint >= 0xA0) {
        // A letter before a sign or a no-break space, standing for C2: "Â»", "ยซ", "В°". Nothing
        // else makes
        // Latin-1 signs, so this is the signature of the most common mojibake.
        odd += 1;
      }
      for (int k = candidate.start + 1; k < candidate.seqEnd; k++) {
        int previous = text.charAt(k - 1);
        int next = k + 1 < end ? text.charAt(k + 1) : NONE;
        odd += continuationOddness(text.charAt(k), previous, next);
      }
      return odd;
    }

    private double leadOddness(int lead, int before, int after) {
      // "ƒ" is a letter only on paper; in practice it is the florin sign, and MacRoman's lead byte
      // C4.
      if (CharFacts.isLetter(lead) && lead != '\u0192') {
        boolean capitalAfterSmall = CharFacts.isUpper(lead) && CharFacts.isLower(before);
        boolean scriptChange =
            CharFacts.isLetter(before) && CharFacts.script(lead) != CharFacts.script(before);
        boolean foreign = CharFacts.script(lead) != Character.UnicodeScript.LATIN;
        // Cyrillic or Thai letters glued to Latin letters or digits ("ВЈ30m", "Cafรฉ"), or the only
        // ones of their
        // script in the paragraph, are rarely meant.
        boolean gluedToAscii =
            foreign
                && (CharFacts.isAsciiLetterOrDigit(before)
                    || CharFacts.isAsciiLetterOrDigit(after));
        boolean loneScript =
            foreign && !scriptsOfUnexplainedLetters.contains(CharFacts.script(lead));
        return capitalAfterSmall || scriptChange || gluedToAscii || loneScript ? 1 : 0;
      }
      return !CharFacts.isQuoteLike(lead) && CharFacts.isLetter(before) ? 1 : 0;
    }

    /**
     * A currency or similar sign decoded right against a number reads as it was meant ("£30m",
     * "©2008").
     */
    private static double numberSignOddness(int decoded, int before, int after) {
      return CharFacts.isNumberSign(decoded)
              && (CharFacts.isAsciiDigit(before) || CharFacts.isAsciiDigit(after))
          ? 1
          : 0;
    }

    private static double continuationOddness(int c, int previous, int next) {
      if (CharFacts.isC1Control(c)) {
        return 2;
      }
      if (c == 0xA0) {
        return CharFacts.isUpper(next) ? 0 : 1; // before a capital it may just separate two words
      }
      boolean signLikeLetter = c == 0xAA || c == 0xBA || (c >= 0x02B0 && c <= 0x02FF); // ª º ˆ ˜
      if (CharFacts.isLetter(c) && !signLikeLetter) {
        return CharFacts.isUpper(previous) && CharFacts.isLower(c) && CharFacts.isUpper(next)
            ? 1
            : 0;
      }
      if (CharFacts.isApostrophe(c)) {
        return 0;
      }
      if (CharFacts.isOpeningQuote(c)) {
        return 1;
      }
      if (CharFacts.isClosingPunctuation(c)) {
        return CharFacts.isLetter(next) ? 1 : 0;
      }
      if ((CharFacts.isMathSign(c) && CharFacts.isMathSign(previous))
          || (CharFacts.isBoxDrawing(c) && CharFacts.isBoxDrawing(previous))) {
        return 0;
      }
      if (CharFacts.isSymbol(c)) {
        return CharFacts.isLetter(next) ? 2 : 1;
      }
      return 0;
    }

    /**
     * A word that mixes candidates with non-ASCII letters they do not explain, or with broken
     * sequences, is real text in that script (Thai, Cyrillic) or a garble too deep to trust; its
     * candidates are dropped.
     */
    private boolean vetoImpureWords() {
      BitSet covered = coverage();
      boolean changed = false;
      int wordEnd = start;
      boolean impure = false;
      for (Candidate candidate : candidates) {
        if (candidate.start >= wordEnd) {
          // Candidates come in text order, so each word is examined once however many it holds.
          int wordStart = candidate.start;
          while (wordStart > start && !CharFacts.isAsciiWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
          }
          wordEnd = candidate.seqEnd;
          while (wordEnd < end && !CharFacts.isAsciiWhitespace(text.charAt(wordEnd))) {
            wordEnd++;
          }
          impure = isImpure(wordStart, wordEnd, covered);
        }
        if (impure && !candidate.vetoed) {
          candidate.vetoed = true;
          changed = true;
        }
      }
      return changed;
    }

    private boolean isImpure(int wordStart, int wordEnd, BitSet covered) {
      int firstBroken = broken.nextSetBit(wordStart - start);
      if (firstBroken >= 0 && firstBroken < wordEnd - start) {
        return true;
      }
      for (int i = wordStart; i < wordEnd; i++) {
        char c = text.charAt(i);
        if (c >= 0x80 && Character.isLetter(c) && !covered.get(i - start)) {
          return true;
        }
      }
      return false;
    }

    private BitSet coverage() {
      BitSet covered = new BitSet(end - start);
      for (Candidate candidate : candidates) {
        if (!candidate.vetoed) {
          covered.set(candidate.start - start, candidate.seqEnd - start);
        }
      }
      return covered;
    }

    boolean hasUnexplainedNonAscii() {
      BitSet covered = coverage();
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c >= 0x80 && !CharFacts.isC1Control(c) && c != REPLACEMENT && !covered.get(i - start)) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean validPrefix(int[] bytes) {
    if (bytes.length < 2 || bytes[1] < 0) {
      return true;
    }
    int lead = bytes[0];
    int second = bytes[1];
    if (lead == 0xE0) {
      return second >= 0xA0; // shorter forms are overlong
    }
    if (lead == 0xF0) {
      return second >= 0x90;
    }
    if (lead == 0xF4) {
      return second <= 0x8F; // beyond U+10FFFF
    }
    return true;
  }

  private static int decode(int[] bytes) {
    int n = bytes.length;
    int cp = bytes[0] & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (int k = 1; k < n; k++) {
      cp = (cp << 6) | (bytes[k] & 0x3F);
    }
    return cp;
  }
}
