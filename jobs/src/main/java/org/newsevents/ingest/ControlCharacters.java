package org.newsevents.ingest;

/**
 * Removes control characters from identifier-like fields (references, paths, source names, titles,
 * urls) as they are built, so that a crawled value holding ESC sequences can neither garble the
 * terminal of an analyst who prints it nor hide in a key. A line break or tab becomes a space, so
 * the words it separated stay apart; every other control character is dropped.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /**
   * Without C0 controls and DEL. C1 controls are kept because, in a field not yet repaired, they
   * are usually Windows-1252 punctuation read as Latin-1 that the cleaner turns back into quotes
   * and dashes.
   */
  public static String withoutAsciiControls(String field) {
    return strip(field, 0x7f);
  }

  /** Without any control character (C0, DEL and C1). */
  public static String withoutControls(String field) {
    return strip(field, 0x9f);
  }

  private static String strip(String field, int highestControl) {
    if (field == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      boolean control = Character.isISOControl(c) && c <= highestControl;
      if (control && out == null) {
        out = new StringBuilder(field.length()).append(field, 0, i);
      }
      if (control) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u0085') {
          out.append(' ');
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? field : out.toString();
  }
}
