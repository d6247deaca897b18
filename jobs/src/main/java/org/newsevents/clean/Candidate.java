package org.newsevents.clean;

/**
 * One stretch of text that reads as a single UTF-8 character once mapped back to bytes through a
 * charset.
 */
final class Candidate {
  final LegacyCharset charset;
  final int start;

  /**
   * End of the garbled characters (exclusive), including a space that stood for a no-break space.
   */
  final int seqEnd;

  /**
   * End of the text replaced (exclusive); before seqEnd when a space is kept after the repaired
   * character.
   */
  int end;

  String replacement;

  /** The decoded code point; U+FFFD when a byte was lost and marked. */
  final int codePoint;

  /** How many garbled characters stood for bytes. */
  final int byteCount;

  boolean spaceForNbsp;
  boolean placeholder;
  boolean inferredByte;
  boolean usesC1;

  double evidence;
  boolean vetoed;

  Candidate(LegacyCharset charset, int start, int seqEnd, int codePoint, int byteCount) {
    this.charset = charset;
    this.start = start;
    this.seqEnd = seqEnd;
    this.end = seqEnd;
    this.codePoint = codePoint;
    this.byteCount = byteCount;
    this.replacement = new String(Character.toChars(codePoint));
  }

  boolean lossy() {
    return placeholder || inferredByte;
  }

  String repairCode() {
    if (charset.isLatin1Family() && usesC1) {
      return "mojibake:utf8-as-latin1";
    }
    return charset.repairCode;
  }

  @Override
  public String toString() {
    return charset
        + "["
        + start
        + ","
        + seqEnd
        + ")->"
        + replacement
        + " e="
        + evidence
        + (vetoed ? " vetoed" : "");
  }
}
