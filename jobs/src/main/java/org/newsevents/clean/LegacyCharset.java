package org.newsevents.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * A single-byte charset that UTF-8 text is commonly mis-decoded with, seen from the mojibake side:
 * which byte each character of the garbled text stood for.
 *
 * <p>The tables are lenient, like the decoders that make mojibake: a byte the charset leaves
 * undefined is taken to have become the character of the same value (a C1 control), as browsers and
 * databases do. Windows-1252 also accepts every C1 control, because real text mixes its
 * Windows-1252 and Latin-1 readings. Thai Windows-874 falls back to Windows-1252 for its undefined
 * bytes: real Thai mojibake shows "œ" for byte 0x9C, which Windows-874 does not define, so the
 * decoder that made it was a Windows-874/Windows-1252 hybrid.
 */
enum LegacyCharset {
  CP1252("windows-1252", "cp1252", 1.0, null),
  MACROMAN("x-MacRoman", "macroman", 1.5, null),
  CP1251("windows-1251", "cp1251", 1.0, null),
  CP874("x-windows-874", "cp874", 1.0, "windows-1252"),
  CP1250("windows-1250", "cp1250", 2.0, null),
  ISO_8859_2("ISO-8859-2", "iso8859-2", 2.0, null),
  CP1257("windows-1257", "cp1257", 2.0, null),
  CP437("IBM437", "cp437", 1.5, null);

  private static final char NO_BYTE = 0;

  /**
   * For each UTF-16 char, the high byte (0x80-0xFF) it decodes from in this charset, or 0 when
   * none.
   */
  private final byte[] byteOfChar = new byte[0x10000];

  /**
   * Bytes the sloppy table has no real character for: a decoder that drops what it cannot map drops
   * these.
   */
  private final boolean[] droppable = new boolean[0x100];

  /** Bytes the strict charset does not define: Java's own decoder turns these into U+FFFD. */
  private final boolean[] replaceable = new boolean[0x100];

  final String repairCode;

  /**
   * Evidence a paragraph needs before this charset's reading is trusted; rarer mix-ups need more.
   */
  final double evidenceNeeded;

  final boolean nbspIsByteA0;

  LegacyCharset(String javaName, String shortName, double evidenceNeeded, String fallbackJavaName) {
    this.repairCode = "mojibake:utf8-as-" + shortName;
    this.evidenceNeeded = evidenceNeeded;
    Charset charset = Charset.forName(javaName);
    Charset fallback = fallbackJavaName == null ? null : Charset.forName(fallbackJavaName);
    for (int b = 0x80; b <= 0xFF; b++) {
      char c = decodeStrictly(charset, b);
      replaceable[b] = c == NO_BYTE;
      if (c == NO_BYTE && fallback != null) {
        c = decodeStrictly(fallback, b);
      }
      if (c == NO_BYTE) {
        c = (char) b; // the C1 control, or for Windows-1257's two holes in A0-BF the Latin-1 sign
        droppable[b] = true;
      }
      if (c != NO_BYTE && byteOfChar[c] == 0) {
        byteOfChar[c] = (byte) b;
      }
    }
    if (javaName.equals("windows-1252")) {
      for (int b = 0x80; b <= 0x9F; b++) {
        byteOfChar[b] = (byte) b;
      }
    }
    this.nbspIsByteA0 = byteOf('\u00A0') == 0xA0;
  }

  /**
   * The byte (0x80-0xFF) that this char stood for in this charset, or -1. ASCII is not looked up
   * here.
   */
  int byteOf(char c) {
    int b = byteOfChar[c] & 0xFF;
    return b == 0 ? -1 : b;
  }

  boolean mayHaveBeenDropped(int b) {
    return droppable[b];
  }

  boolean mayHaveBecomeReplacementChar(int b) {
    return replaceable[b];
  }

  boolean isLatin1Family() {
    return this == CP1252;
  }

  private static char decodeStrictly(Charset charset, int b) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String s = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
      return s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : NO_BYTE;
    } catch (CharacterCodingException e) {
      return NO_BYTE;
    }
  }
}
