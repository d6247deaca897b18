package org.newsevents.nlp;

import java.io.Serializable;

/**
 * One token of a sentence. Offsets are characters in the article's cleaned text, so evidence can be
 * cut out of it.
 *
 * @param ner the coarse NER tag (PERSON, ORGANIZATION, LOCATION, MISC, DATE, NUMBER, ...), "O" for
 *     none, or null when the sentence was not sent to the expensive annotators
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, int charStart, int charEnd)
    implements Serializable {}
