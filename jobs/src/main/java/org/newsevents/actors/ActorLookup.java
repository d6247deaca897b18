package org.newsevents.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the resolver needs from an actor dictionary; the bundled dictionary and test dictionaries
 * provide it.
 */
public interface ActorLookup {
  /**
   * A dictionary actor: its key, display name, type code (person, country, ...), country and
   * aliases.
   */
  record Known(
      String key, String name, String actorType, String countryCode, List<String> aliases) {}

  /** A CAMEO code an actor holds for a period (open ends are null). */
  record Code(String cameoCode, String role, LocalDate validFrom, LocalDate validTo) {
    /** Whether the dictionary dates this code (an office held for a period), not a lasting one. */
    public boolean dated() {
      return validFrom != null || validTo != null;
    }
  }

  /**
   * A capital or seat of government that stands for a government in political sentences ("the
   * Kremlin denied").
   */
  record Seat(String alias, String actorKey, String cameoCode, String kind) {}

  /** Actors one of whose aliases is exactly this text, up to case, accents and punctuation. */
  List<Known> byAlias(String surface);

  /** The longest alias, in tokens: the window the resolver scans. */
  int maxAliasTokens();

  Optional<Known> byKey(String key);

  /** The country actor whose country code this is ("RUS" gives Russia). */
  Optional<Known> country(String countryCode);

  /**
   * Persons whose name ends with this surname (normalised), for short and misspelt forms of a known
   * name.
   */
  List<Known> personsWithSurname(String surname);

  /** The code the actor held on the date (the latest one when the date is null). */
  Optional<Code> codeOn(String actorKey, LocalDate date);

  /**
   * The code the actor held on the day when the dictionary dates it (an office: Blinken is USAGOV
   * from 2021-01-26); empty for no day, or for a code the dictionary does not date.
   */
  default Optional<Code> datedCodeOn(String actorKey, LocalDate day) {
    return day == null ? Optional.empty() : codeOn(actorKey, day).filter(Code::dated);
  }

  /** Every code period of the actor, dated or not, in no particular order. */
  List<Code> codes(String actorKey);

  /** The sector an agent noun names: "troops" → MIL, "foreign minister" → GOV. */
  Optional<String> agentRole(String term);

  Optional<Seat> seat(String alias);
}
