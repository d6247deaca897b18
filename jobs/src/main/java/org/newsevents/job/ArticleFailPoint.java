package org.newsevents.job;

import java.io.Serializable;
import java.util.Locale;
import org.newsevents.ingest.QuarantineRecord;

/**
 * Test-only: makes one per-article stage throw for the articles whose input_ref contains a given
 * text, so that a real run shows what one broken article does (quarantined, the night goes on). Set
 * NEWSEVENTS_FAIL_ARTICLE_AT=&lt;stage&gt;:&lt;text&gt; in the environment, or the system property
 * newsevents.failArticleAt (which a test in the same JVM as local Spark can set); the stage is nlp,
 * actors or events. Each task reads it once, when it starts; unset, as in production, it does
 * nothing.
 */
final class ArticleFailPoint implements Serializable {
  static final String ENVIRONMENT_VARIABLE = "NEWSEVENTS_FAIL_ARTICLE_AT";
  static final String SYSTEM_PROPERTY = "newsevents.failArticleAt";

  private static final ArticleFailPoint NONE = new ArticleFailPoint(null, null);

  private final QuarantineRecord.Stage stage;
  private final String inputRefPart;

  private ArticleFailPoint(QuarantineRecord.Stage stage, String inputRefPart) {
    this.stage = stage;
    this.inputRefPart = inputRefPart;
  }

  /** Thrown by the fail point: a failure that stands for any exception of a stage. */
  static final class InjectedFailure extends RuntimeException {
    InjectedFailure(String message) {
      super(message);
    }
  }

  static ArticleFailPoint fromEnvironment() {
    String setting = System.getProperty(SYSTEM_PROPERTY);
    if (setting == null || setting.isBlank()) {
      setting = System.getenv(ENVIRONMENT_VARIABLE);
    }
    return setting == null || setting.isBlank() ? NONE : parse(setting.strip());
  }

  static ArticleFailPoint parse(String setting) {
    int colon = setting.indexOf(':');
    if (colon <= 0 || colon == setting.length() - 1) {
      throw new IllegalArgumentException(
          ENVIRONMENT_VARIABLE
              + "='"
              + setting
              + "' is not <stage>:<part of an input_ref>, e.g. events:feed-7");
    }
    return new ArticleFailPoint(
        QuarantineRecord.Stage.fromCode(setting.substring(0, colon).toLowerCase(Locale.ROOT)),
        setting.substring(colon + 1));
  }

  /** Throws when this is the stage and article the fail point names. */
  void check(QuarantineRecord.Stage current, String inputRef) {
    if (current == stage && inputRef.contains(inputRefPart)) {
      throw new InjectedFailure(
          "Injected failure in stage "
              + stage.code()
              + " for input "
              + inputRef
              + " ("
              + ENVIRONMENT_VARIABLE
              + ")");
    }
  }
}
