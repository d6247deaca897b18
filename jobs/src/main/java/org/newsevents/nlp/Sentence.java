package org.newsevents.nlp;

import java.io.Serializable;
import java.util.List;

/**
 * One English sentence with its annotations. Every sentence has tokens, POS and lemmas; time
 * expressions and dependencies exist only when {@code deep} is true, i.e. when triage sent the
 * sentence to the expensive annotators, and named entities only when {@code named} is.
 *
 * @param sentenceNo position among the article's annotated sentences, from 0
 * @param paragraphNo the paragraph of the cleaned text it comes from
 * @param deep whether NER, SUTime (where a time word is) and the parser ran: it can hold an event
 * @param named whether NER ran: every deep sentence, and one that names someone the dictionary
 *     lacks without an event to code
 */
public record Sentence(
    int sentenceNo,
    int paragraphNo,
    String text,
    int charStart,
    int charEnd,
    List<Token> tokens,
    boolean deep,
    boolean named,
    List<EntityMention> entities,
    List<Timex> timexes,
    List<Dependency> dependencies)
    implements Serializable {

  /** The token the dependency parse hangs from (its root), or -1 for a sentence not parsed. */
  public int root() {
    for (Dependency dependency : dependencies) {
      if (dependency.governor() < 0) {
        return dependency.dependent();
      }
    }
    return -1;
  }
}
