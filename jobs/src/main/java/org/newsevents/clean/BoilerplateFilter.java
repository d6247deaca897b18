package org.newsevents.clean;

import java.util.List;

/** Removes page furniture (captions, credits, teasers, widgets) from an article's paragraphs (placeholder). */
public final class BoilerplateFilter {
  private BoilerplateFilter() {}

  /** A paragraph, or the part of one, that was removed, and why ("caption", "teaser", "comment", ...). */
  public record Removed(int paragraphIndex, String reason, String text) {}

  /** The paragraphs kept (possibly with inline furniture cut out), in order, and what was removed. */
  public record Result(List<String> kept, List<Removed> removed) {}

  public static Result filter(List<String> paragraphs) {
    return new Result(List.copyOf(paragraphs), List.of());
  }
}
