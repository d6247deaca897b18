package org.newsevents.clean;

/** Repairs UTF-8 text that was decoded with a legacy single-byte charset (placeholder; see issue 2). */
public final class MojibakeRepair {
  private MojibakeRepair() {}

  public static Repaired repair(String text) {
    return Repaired.unchanged(text);
  }
}
