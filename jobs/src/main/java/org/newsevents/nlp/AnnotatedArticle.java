package org.newsevents.nlp;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The NLP annotations of one article's English paragraphs, made once and reused by the actors and
 * events stages, and the nanoseconds each CoreNLP step took on them (a step that did not run is
 * absent). The bench reports the steps, so that the cost of each against the floor is measured
 * rather than guessed.
 */
public record AnnotatedArticle(
    String articleId, List<Sentence> sentences, Map<CoreNlpStep, Long> stepNanos)
    implements Serializable {

  public long nanos(CoreNlpStep step) {
    return stepNanos.getOrDefault(step, 0L);
  }

  public long tokenCount() {
    return sentences.stream().mapToLong(s -> s.tokens().size()).sum();
  }

  public long deepSentenceCount() {
    return sentences.stream().filter(Sentence::deep).count();
  }
}
