package org.newsevents.actors;

import java.util.List;
import java.util.Optional;

/**
 * The dictionary entries (or the seat of government) named by the longest alias starting at a
 * token, and the token after it. Several entries can share an alias ("Iraq" is also listed under
 * IRAQI_KURDISTAN), so the scan keeps them all and the resolver chooses.
 */
record AliasMatch(int end, List<ActorLookup.Known> known, Optional<ActorLookup.Seat> seat) {
  /** The country the alias names: the seat's, or an entry that is a country; else empty. */
  Optional<ActorLookup.Known> country(ActorLookup dictionary) {
    if (seat.isPresent()) {
      return dictionary.byKey(seat.get().actorKey());
    }
    return known.stream().filter(entry -> entry.actorType().equals("country")).findFirst();
  }
}
