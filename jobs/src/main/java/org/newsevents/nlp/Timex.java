package org.newsevents.nlp;

import java.io.Serializable;

/**
 * A time expression normalised by SUTime against the article's date: "next Friday" on 2022-01-19
 * has value 2022-01-28; "mid-February" is 2022-02 with a modifier; "last week" is a week value
 * (2022-W02).
 */
public record Timex(String type, String value, String text, int tokenStart, int tokenEnd)
    implements Serializable {}
