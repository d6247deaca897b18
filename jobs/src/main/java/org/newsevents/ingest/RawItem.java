package org.newsevents.ingest;

import java.io.Serializable;

/**
 * One input article as delivered: its reference, its text decoded to a Java string, and the
 * metadata fields a structured feed gave (null when absent). Nothing is cleaned yet.
 *
 * @param inputRef the file name without extension for .txt; the id field, else the url, for JSONL
 *     and CSV
 * @param inputPath where it came from (file, plus ":line" for JSONL and ":record" for CSV)
 * @param decodedAs the charset the bytes were decoded with ("UTF-8" for almost everything)
 * @param rawSha256 hex SHA-256 of the item's raw bytes (the file for .txt, the line or record
 *     otherwise)
 */
public record RawItem(
    String inputRef,
    String inputPath,
    InputFormat format,
    String text,
    String decodedAs,
    String rawSha256,
    String givenId,
    String givenUrl,
    String givenTitle,
    String givenPublished,
    String givenSource)
    implements Serializable {

  /**
   * The reference and the feed's metadata fields hold no C0 control character (see {@link
   * ControlCharacters}); the text is cleaned later, with its line breaks.
   */
  public RawItem {
    inputRef = ControlCharacters.withoutAsciiControls(inputRef);
    inputPath = ControlCharacters.withoutAsciiControls(inputPath);
    givenId = ControlCharacters.withoutAsciiControls(givenId);
    givenUrl = ControlCharacters.withoutAsciiControls(givenUrl);
    givenTitle = ControlCharacters.withoutAsciiControls(givenTitle);
    givenPublished = ControlCharacters.withoutAsciiControls(givenPublished);
    givenSource = ControlCharacters.withoutAsciiControls(givenSource);
  }
}
