package org.newsevents.clean;

import java.util.List;

/**
 * Text after one cleaning step, with a short code for each change made ("mojibake:utf8-as-cp874",
 * ...), so that an article can say what was done to it.
 */
public record Repaired(String text, List<String> repairs) {
  public Repaired {
    repairs = List.copyOf(repairs);
  }

  public static Repaired unchanged(String text) {
    return new Repaired(text, List.of());
  }
}
