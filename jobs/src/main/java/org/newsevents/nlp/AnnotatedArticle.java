package org.newsevents.nlp;

import java.io.Serializable;
import java.util.List;

/**
 * The NLP annotations of one article's English paragraphs, made once and reused by the actors and
 * events stages.
 */
public record AnnotatedArticle(String articleId, List<Sentence> sentences) implements Serializable {
  public long tokenCount() {
    return sentences.stream().mapToLong(s -> s.tokens().size()).sum();
  }

  public long deepSentenceCount() {
    return sentences.stream().filter(Sentence::deep).count();
  }
}
