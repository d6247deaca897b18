package org.newsevents.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Bytes to text. Feeds are almost always UTF-8, so UTF-8 is tried strictly first; only bytes that
 * are not valid UTF-8 are handed to ICU4J's charset detector, restricted to the legacy single-byte
 * charsets news crawlers meet. Mojibake (UTF-8 that someone already decoded wrongly) is valid UTF-8
 * and is repaired later, in clean.
 */
public final class TextDecoding {
  private static final Set<String> LEGACY_CHARSETS =
      Set.of(
          "windows-1252",
          "ISO-8859-1",
          "windows-1251",
          "KOI8-R",
          "ISO-8859-2",
          "windows-1250",
          "TIS-620");
  private static final String FALLBACK_CHARSET = "windows-1252";

  private TextDecoding() {}

  /** The decoded text and the charset used. */
  public record Decoded(String text, String charset) {}

  /**
   * True when the bytes look like a binary file (NUL bytes or many control bytes), not text in any
   * charset.
   */
  public static boolean looksBinary(byte[] bytes) {
    if (hasUtf16Bom(bytes)) {
      return false;
    }
    int sample = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return sample > 0 && control * 10 > sample;
  }

  public static Decoded decode(byte[] bytes) {
    if (hasUtf16Bom(bytes)) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_16), "UTF-16");
    }
    Optional<String> utf8 = strictUtf8(bytes);
    if (utf8.isPresent()) {
      String text = utf8.get();
      return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, "UTF-8");
    }
    String charset = detectLegacyCharset(bytes);
    String javaName = charset.equals("TIS-620") ? "x-windows-874" : charset;
    return new Decoded(new String(bytes, Charset.forName(javaName)), charset);
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }

  private static String detectLegacyCharset(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      if (LEGACY_CHARSETS.contains(match.getName()) && match.getConfidence() >= 20) {
        // ICU reports ISO-8859-1 for text that uses cp1252's extra punctuation too; cp1252 is its
        // superset.
        return match.getName().equals("ISO-8859-1") ? FALLBACK_CHARSET : match.getName();
      }
    }
    return FALLBACK_CHARSET;
  }

  private static boolean hasUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && (((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
            || ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE));
  }
}
