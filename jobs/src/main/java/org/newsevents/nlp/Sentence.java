package org.newsevents.nlp;

import java.io.Serializable;
import java.util.List;

/**
 * One English sentence with its annotations. Every sentence has tokens, POS and lemmas; entities,
 * time expressions and dependencies exist only when {@code deep} is true, i.e. when triage sent the
 * sentence to the expensive annotators.
 *
 * @param sentenceNo position among the article's annotated sentences, from 0
 * @param paragraphNo the paragraph of the cleaned text it comes from
 */
public record Sentence(
    int sentenceNo,
    int paragraphNo,
    String text,
    int charStart,
    int charEnd,
    List<Token> tokens,
    boolean deep,
    List<EntityMention> entities,
    List<Timex> timexes,
    List<Dependency> dependencies)
    implements Serializable {}
