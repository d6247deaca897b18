package org.newsevents.actors;

import java.util.Locale;

/** What kind of actor a dictionary entry names; {@link #code()} is the value in actors.csv. */
public enum ActorType {
  PERSON,
  ORGANIZATION,
  IGO,
  COUNTRY,
  GROUP,
  /**
   * A country's sector, made by the resolver rather than read from a dictionary: "Russian troops"
   * and "the Kremlin" are Russia (MIL) and Russia (GOV), coded RUSMIL and RUSGOV.
   */
  SECTOR;

  /** The lowercase name written in the CSV files. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ActorType fromCode(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
