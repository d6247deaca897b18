package org.newsevents.events;

import java.io.Serializable;

/**
 * A counted amount tied to an event: "100,000 soldiers" is 100000 of unit "soldier".
 *
 * @param unit the lemma of the counted noun
 * @param text the words as written ("two S-400 systems")
 */
public record Quantity(long value, String unit, String text) implements Serializable {}
