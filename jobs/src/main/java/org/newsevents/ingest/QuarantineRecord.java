package org.newsevents.ingest;

import java.io.Serializable;

/**
 * An input item the run rejected, with one sentence saying why. Quarantined input is counted in the
 * run summary and kept in the warehouse's quarantine table, never dropped silently.
 */
public record QuarantineRecord(String inputRef, String inputPath, Reason reason, String detail)
    implements Serializable {

  /**
   * Analysts print these fields; they hold no control character (see {@link ControlCharacters}).
   */
  public QuarantineRecord {
    inputRef = ControlCharacters.withoutControls(inputRef);
    inputPath = ControlCharacters.withoutControls(inputPath);
    detail = ControlCharacters.withoutControls(detail);
  }

  /** Why an item was rejected; the code is what the quarantine table stores. */
  public enum Reason {
    UNREADABLE("unreadable"),
    EMPTY("empty"),
    BINARY("binary"),
    TOO_LARGE("too-large"),
    UNSUPPORTED_FORMAT("unsupported-format"),
    MALFORMED_LINE("malformed-line"),
    MISSING_TEXT("missing-text"),
    EMPTY_AFTER_CLEANING("empty-after-cleaning"),
    CLEANING_FAILED("cleaning-failed"),
    DUPLICATE_INPUT("duplicate-input");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Reason fromCode(String code) {
      for (Reason reason : values()) {
        if (reason.code.equals(code)) {
          return reason;
        }
      }
      throw new IllegalArgumentException("Unknown quarantine reason " + code);
    }
  }
}
