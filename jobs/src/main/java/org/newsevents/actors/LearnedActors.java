package org.newsevents.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The warehouse's actor memory: what earlier nights learned about actors the dictionary lacks (a
 * country and role an article gave them in a title or apposition, with that sentence as evidence).
 * A later article that names the same person without saying who they are codes them from it, as
 * GDELT's and PETRARCH's fixed dictionaries cannot. Keyed by actor key (UNKNOWN_PERSON:tom_hale),
 * so only the same full name recalls it.
 */
public final class LearnedActors implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The resolution method of a mention coded from the warehouse's memory. */
  public static final String METHOD = "warehouse-memory";

  /**
   * One actor as an earlier night learned it.
   *
   * @param firstSeen the article date of the first mention, or null when it was undated
   */
  public record Learned(
      String actorKey,
      String countryCode,
      String role,
      String cameoCode,
      String evidence,
      LocalDate firstSeen)
      implements Serializable {}

  private final Map<String, Learned> byKey;

  private LearnedActors(Map<String, Learned> byKey) {
    this.byKey = byKey;
  }

  /** No memory: the first night of a warehouse, or a run that codes without one. */
  public static LearnedActors none() {
    return new LearnedActors(Map.of());
  }

  /**
   * The memory of these learned actors. Of two entries for one key, the one first seen wins (then
   * the smaller code), so the memory does not depend on the order the warehouse lists them in.
   */
  public static LearnedActors of(Iterable<Learned> learned) {
    Map<String, Learned> byKey = new TreeMap<>();
    for (Learned actor : learned) {
      if (actor.countryCode() == null || actor.cameoCode() == null) {
        continue; // nothing learned
      }
      byKey.merge(actor.actorKey(), actor, LearnedActors::earlier);
    }
    return new LearnedActors(byKey);
  }

  private static Learned earlier(Learned a, Learned b) {
    if (a.firstSeen() != null && b.firstSeen() != null && !a.firstSeen().equals(b.firstSeen())) {
      return a.firstSeen().isBefore(b.firstSeen()) ? a : b;
    }
    if (a.firstSeen() == null != (b.firstSeen() == null)) {
      return a.firstSeen() != null ? a : b;
    }
    return a.cameoCode().compareTo(b.cameoCode()) <= 0 ? a : b;
  }

  public Optional<Learned> recall(String actorKey) {
    return Optional.ofNullable(byKey.get(actorKey));
  }

  public int size() {
    return byKey.size();
  }
}
