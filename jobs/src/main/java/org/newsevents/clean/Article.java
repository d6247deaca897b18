package org.newsevents.clean;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.newsevents.ingest.ControlCharacters;
import org.newsevents.ingest.InputFormat;

/**
 * A cleaned article: repaired, normalised text without page furniture, its metadata, and a record
 * of everything that was changed or removed. The row behind dim_articles.
 *
 * @param text the kept paragraphs, separated by blank lines, in every language
 * @param paragraphLanguages the language of each paragraph of {@code text}, in order
 * @param nonEnglishParagraphs zero-based indexes of the paragraphs of {@code text} that later
 *     stages do not code
 * @param contentFingerprint hash of the text's letters and digits, equal for copies that differ
 *     only in layout
 */
public record Article(
    String articleId,
    String inputRef,
    String inputPath,
    InputFormat inputFormat,
    String sourceId,
    String sourceName,
    String sourceDomain,
    String title,
    LocalDate publishedDate,
    DateSource dateSource,
    String language,
    String text,
    List<String> paragraphLanguages,
    List<Integer> nonEnglishParagraphs,
    int wordCount,
    String rawSha256,
    List<String> repairs,
    List<BoilerplateFilter.Removed> removed,
    List<String> agencies,
    String contentFingerprint)
    implements Serializable {

  /**
   * The identifier-like fields hold no control character (see {@link ControlCharacters}), whatever
   * the feed or the page gave; the text keeps its line breaks.
   */
  public Article {
    articleId = ControlCharacters.withoutControls(articleId);
    inputRef = ControlCharacters.withoutControls(inputRef);
    inputPath = ControlCharacters.withoutControls(inputPath);
    sourceId = ControlCharacters.withoutControls(sourceId);
    sourceName = ControlCharacters.withoutControls(sourceName);
    sourceDomain = ControlCharacters.withoutControls(sourceDomain);
    title = ControlCharacters.withoutControls(title);
  }

  public List<String> paragraphs() {
    return text.isEmpty() ? List.of() : List.of(text.split("\n\n"));
  }
}
