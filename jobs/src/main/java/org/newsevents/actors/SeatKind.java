package org.newsevents.actors;

import java.util.Locale;

/**
 * How a place name stands for a government: "Moscow said" names a capital, "the Kremlin said" a
 * seat of government.
 */
public enum SeatKind {
  CAPITAL,
  SEAT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SeatKind fromCode(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
