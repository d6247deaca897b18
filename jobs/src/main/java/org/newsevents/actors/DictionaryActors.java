package org.newsevents.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The actors the resolution routes make of dictionary entries: an entry with the code it held on
 * the article's day, and a country's sector ("Russian troops" are RUSMIL). One place for both, so
 * that a sector is named and keyed alike however it was found (a demonym, a seat, a role noun's
 * country, a title).
 */
final class DictionaryActors {
  private final ActorLookup dictionary;

  DictionaryActors(ActorLookup dictionary) {
    this.dictionary = dictionary;
  }

  /** The entry with the code it held on the day (its country's code when it has none). */
  ResolvedActor fromDictionary(ActorLookup.Known known, LocalDate date) {
    Optional<ActorLookup.Code> code = dictionary.codeOn(known.key(), date);
    return new ResolvedActor(
        known.key(),
        known.name(),
        known.actorType(),
        known.countryCode(),
        code.map(ActorLookup.Code::role).orElse(null),
        code.map(ActorLookup.Code::cameoCode).orElse(known.countryCode()),
        known.aliases(),
        true,
        null);
  }

  /** The country's sector of an agent role: "Russia (MIL)", keyed RUS_MIL and coded RUSMIL. */
  static ResolvedActor sectorActor(ActorLookup.Known country, String agentRole) {
    // A compound agent code names its most specific sector last (GOVMIL, the defence ministry, is
    // military):
    // "the Belarusian Ministry of Defense" is BLRMIL, as analysts and GDELT read it.
    String role = agentRole.length() > 3 ? agentRole.substring(agentRole.length() - 3) : agentRole;
    String countryCode = country.countryCode();
    String key = countryCode + "_" + role;
    return new ResolvedActor(
        key,
        country.name() + " (" + role + ")",
        ActorType.SECTOR.code(),
        countryCode,
        role,
        countryCode + role,
        List.of(),
        true,
        null);
  }

  /** Whether the dictionary dates an office the person held on the day. */
  boolean holdsOfficeOn(ActorLookup.Known known, LocalDate date) {
    return dictionary.datedCodeOn(known.key(), date).isPresent();
  }
}
