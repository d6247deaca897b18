package org.newsevents.nlp;

import java.io.Serializable;

/** A named-entity span found by CoreNLP's NER: tokens [tokenStart, tokenEnd) of one sentence. */
public record EntityMention(
    String type, String text, int tokenStart, int tokenEnd, int charStart, int charEnd)
    implements Serializable {}
