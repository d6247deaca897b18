package org.newsevents.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * QUALITY.md, the measured quality figures, kept current by the commands that measure them. Each
 * command owns one section between {@code <!-- NAME:begin -->} and {@code <!-- NAME:end -->} and
 * rewrites only that, so sections written by other commands (NER, boilerplate) stay as they are.
 */
public final class QualityFile {
  static final String NEW_FILE_HEADER =
      """
      # Quality

      Measured figures, each section rewritten by the command named in it; do not edit between the
      `<!-- ...:begin -->` and `<!-- ...:end -->` markers by hand.
      """;

  private QualityFile() {}

  /**
   * The document with the section {@code name} replaced by {@code body} (markers kept), or appended
   * at the end when the document has no such section.
   */
  public static String replaceSection(String document, String name, String body) {
    String begin = beginMarker(name);
    String end = endMarker(name);
    String section = section(name, body);
    int start = document.indexOf(begin);
    if (start < 0) {
      if (document.contains(end)) {
        throw new IllegalArgumentException("The document has " + end + " without " + begin);
      }
      String head = document.stripTrailing();
      return (head.isEmpty() ? "" : head + "\n\n") + section + "\n";
    }
    int stop = document.indexOf(end, start);
    if (stop < 0) {
      throw new IllegalArgumentException("The document has " + begin + " without " + end);
    }
    return document.substring(0, start) + section + document.substring(stop + end.length());
  }

  /**
   * Rewrites the section {@code name} of {@code file} (created with a short header when absent),
   * through a temporary file and a rename.
   */
  public static void update(Path file, String name, String body) {
    try {
      String document =
          Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : NEW_FILE_HEADER;
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temporary, replaceSection(document, name, body), StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not update " + file, e);
    }
  }

  /**
   * The section {@code name} with its markers, as {@link #update} writes it: also to nest one
   * command's section inside another's ({@code dates} inside {@code events}), so that either
   * command can rewrite it.
   */
  public static String section(String name, String body) {
    return beginMarker(name) + "\n" + body.strip() + "\n" + endMarker(name);
  }

  static String beginMarker(String name) {
    return "<!-- " + name + ":begin -->";
  }

  static String endMarker(String name) {
    return "<!-- " + name + ":end -->";
  }
}
