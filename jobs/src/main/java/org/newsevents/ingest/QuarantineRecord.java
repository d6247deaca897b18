package org.newsevents.ingest;

import java.io.Serializable;

/**
 * An input item the run rejected, with one sentence saying why. Quarantined input is counted in the
 * run summary and kept in the warehouse's quarantine table, never dropped silently.
 *
 * <p>When a per-article stage threw (cleaning, or the NLP, actor or event coding of one article),
 * the record also says which stage, the exception's class and message, and the SHA-256 of the
 * input, so the failure can be found and replayed; otherwise those are null. An article whose
 * coding failed keeps its row in dim_articles, and articleId names it; it is null for items that
 * never became an article.
 */
public record QuarantineRecord(
    String inputRef,
    String inputPath,
    Reason reason,
    String detail,
    Stage stage,
    String errorClass,
    String errorMessage,
    String inputHash,
    String articleId)
    implements Serializable {

  /**
   * Analysts print these fields; they hold no control character (see {@link ControlCharacters}).
   */
  public QuarantineRecord {
    inputRef = ControlCharacters.withoutControls(inputRef);
    inputPath = ControlCharacters.withoutControls(inputPath);
    detail = ControlCharacters.withoutControls(detail);
  }

  /** A rejection decided on the item's content, not by a stage that threw. */
  public QuarantineRecord(String inputRef, String inputPath, Reason reason, String detail) {
    this(inputRef, inputPath, reason, detail, null, null, null, null, null);
  }

  /**
   * The record of a per-article stage that threw on one item.
   *
   * @param inputHash SHA-256 (hex) of the item's raw input
   * @param articleId the article kept in dim_articles without this stage's output, or null when the
   *     item did not become an article
   */
  public static QuarantineRecord stageFailure(
      Stage stage,
      String inputRef,
      String inputPath,
      String inputHash,
      String articleId,
      Throwable error) {
    String message = error.getMessage() == null ? "" : error.getMessage().strip();
    String errorClass = error.getClass().getName();
    String detail =
        stage.description()
            + " failed"
            + (articleId == null ? "" : " for article " + articleId)
            + " with "
            + error.getClass().getSimpleName()
            + (message.isEmpty() ? "" : ": " + firstLine(message))
            + (articleId == null ? "." : "; the article is kept without " + stage.output() + ".");
    return new QuarantineRecord(
        inputRef,
        inputPath,
        stage.reason(),
        detail,
        stage,
        errorClass,
        message.isEmpty() ? null : message,
        inputHash,
        articleId);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line = (end < 0 ? message : message.substring(0, end)).strip().replaceAll("[.]+$", "");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /** Why an item was rejected; the code is what the quarantine table stores. */
  public enum Reason {
    UNREADABLE("unreadable"),
    NOT_A_FILE("not-a-file"),
    DANGLING_LINK("dangling-link"),
    LINK_LOOP("link-loop"),
    EMPTY("empty"),
    BINARY("binary"),
    TOO_LARGE("too-large"),
    UNSUPPORTED_FORMAT("unsupported-format"),
    MALFORMED_LINE("malformed-line"),
    MISSING_TEXT("missing-text"),
    EMPTY_AFTER_CLEANING("empty-after-cleaning"),
    CLEANING_FAILED("cleaning-failed"),
    DUPLICATE_INPUT("duplicate-input"),
    NLP_FAILED("nlp-failed"),
    ACTORS_FAILED("actors-failed"),
    EVENTS_FAILED("events-failed");

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

  /**
   * A stage that works on one article at a time and catches its own failures, so that one article
   * that breaks it goes to quarantine and the night goes on. The code is what the quarantine
   * table's stage column stores.
   */
  public enum Stage {
    CLEAN("clean", "Cleaning", Reason.CLEANING_FAILED, "an article"),
    NLP("nlp", "CoreNLP annotation", Reason.NLP_FAILED, "actor or event mentions"),
    ACTORS("actors", "Actor resolution", Reason.ACTORS_FAILED, "actor or event mentions"),
    EVENTS("events", "Event coding", Reason.EVENTS_FAILED, "actor or event mentions");

    private final String code;
    private final String description;
    private final Reason reason;
    private final String output;

    Stage(String code, String description, Reason reason, String output) {
      this.code = code;
      this.description = description;
      this.reason = reason;
      this.output = output;
    }

    public String code() {
      return code;
    }

    public String description() {
      return description;
    }

    public Reason reason() {
      return reason;
    }

    /** What an article loses when this stage fails on it. */
    String output() {
      return output;
    }

    public static Stage fromCode(String code) {
      for (Stage stage : values()) {
        if (stage.code.equals(code)) {
          return stage;
        }
      }
      throw new IllegalArgumentException("Unknown per-article stage " + code);
    }
  }
}
