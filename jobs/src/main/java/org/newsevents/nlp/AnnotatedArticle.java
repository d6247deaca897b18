package org.newsevents.nlp;

import java.io.Serializable;
import java.util.List;

/**
 * The NLP annotations of one article's English paragraphs, made once and reused by the actors and
 * events stages, and the time each CoreNLP step took on them.
 */
public record AnnotatedArticle(String articleId, List<Sentence> sentences, StepNanos steps)
    implements Serializable {

  /**
   * Nanoseconds in each CoreNLP step: tokenize+ssplit+pos on every sentence, then NER, SUTime and
   * the dependency parser on the sentences the triage selected. The bench reports them, so that the
   * cost of each step against the floor is measured rather than guessed.
   */
  public record StepNanos(long tokenizeTag, long entities, long times, long parse)
      implements Serializable {}

  public long tokenCount() {
    return sentences.stream().mapToLong(s -> s.tokens().size()).sum();
  }

  public long deepSentenceCount() {
    return sentences.stream().filter(Sentence::deep).count();
  }
}
