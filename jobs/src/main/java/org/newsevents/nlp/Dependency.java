package org.newsevents.nlp;

import java.io.Serializable;

/**
 * A basic-dependencies edge (UD relation names); token indexes are 0-based, and a governor of -1 is
 * the root.
 */
public record Dependency(int governor, int dependent, String relation) implements Serializable {}
