package org.newsevents.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A hand-made dictionary for resolver tests: a few actors, codes, agents and seats. */
final class TinyDictionary implements ActorLookup {
  private final Map<String, List<Known>> byAlias = new HashMap<>();
  private final Map<String, Known> byKey = new HashMap<>();
  private final Map<String, List<Code>> codes = new HashMap<>();
  private final Map<String, String> agents = new HashMap<>();
  private final Map<String, Seat> seats = new HashMap<>();

  TinyDictionary actor(String key, String name, String type, String country, String... aliases) {
    Known known = new Known(key, name, type, country, List.of(aliases));
    byKey.put(key, known);
    for (String alias : aliases) {
      byAlias.computeIfAbsent(ActorResolver.normalize(alias), a -> new ArrayList<>()).add(known);
    }
    return this;
  }

  @Override
  public Optional<Known> country(String countryCode) {
    return byKey.values().stream()
        .filter(k -> k.actorType().equals("country") && countryCode.equals(k.countryCode()))
        .findFirst();
  }

  TinyDictionary code(String key, String cameo, String role, String from, String to) {
    codes
        .computeIfAbsent(key, k -> new ArrayList<>())
        .add(
            new Code(
                cameo,
                role,
                from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to)));
    return this;
  }

  TinyDictionary agent(String term, String role) {
    agents.put(term, role);
    return this;
  }

  TinyDictionary seat(String alias, String key, String cameo, String kind) {
    seats.put(ActorResolver.normalize(alias), new Seat(alias, key, cameo, kind));
    return this;
  }

  /**
   * The crisis dictionary with the agent nouns of offices and state bodies, and an office holder
   * (Korotkov) whose dictionary code names no dated office: for the tests of titles, role nouns and
   * article memory.
   */
  static TinyDictionary crisis2022WithOffices() {
    return crisis2022()
        .agent("court", "JUD")
        .agent("government", "GOV")
        .agent("police", "COP")
        .agent("protesters", "OPP")
        .agent("prime minister", "GOV")
        .agent("minister", "GOV")
        .agent("ministers", "GOV")
        .agent("airline", "BUS")
        .agent("representatives", "LEG")
        .agent("deputy minister of defence", "GOVMIL")
        .agent("actors", "ELI")
        .agent("actor", "ELI")
        .actor("PAVEL_KOROTKOV", "Pavel Korotkov", "person", "RUS", "Pavel Korotkov")
        .code("PAVEL_KOROTKOV", "RUSGOVMIL", "GOV", null, null);
  }

  static TinyDictionary crisis2022() {
    return new TinyDictionary()
        .actor("RUSSIA", "Russia", "country", "RUS", "Russia", "Russian", "Russians")
        .actor("UKRAINE", "Ukraine", "country", "UKR", "Ukraine", "Ukrainian")
        .actor("BELARUS", "Belarus", "country", "BLR", "Belarus", "Belarusian")
        .actor("GERMANY", "Germany", "country", "DEU", "Germany", "German")
        .actor(
            "UNITED_STATES", "United States", "country", "USA", "United States", "US", "American")
        .actor("NATO", "NATO", "igo", "NATO", "NATO", "North Atlantic Treaty Organization")
        .actor("SERGEI_LAVROV", "Sergei Lavrov", "person", "RUS", "Sergei Lavrov", "Sergey Lavrov")
        .actor("ANNALENA_BAERBOCK", "Annalena Baerbock", "person", "DEU", "Annalena Baerbock")
        .actor("JOE_BIDEN", "Joe Biden", "person", "USA", "Joe Biden", "Joseph Biden")
        .actor("ANTONY_BLINKEN", "Antony Blinken", "person", "USA", "Antony Blinken")
        .code("RUSSIA", "RUS", null, null, null)
        .code("UKRAINE", "UKR", null, null, null)
        .code("SERGEI_LAVROV", "RUSGOV", "GOV", "2004-03-09", null)
        .code("ANNALENA_BAERBOCK", "DEUGOV", "GOV", "2021-12-08", null)
        .code("JOE_BIDEN", "USAGOV", "GOV", "2009-01-20", "2017-01-20")
        .code("JOE_BIDEN", "USAELI", "ELI", "2017-01-20", "2021-01-20")
        .code("JOE_BIDEN", "USAGOV", "GOV", "2021-01-20", null)
        .code("NATO", "IGOWSTNAT", "IGO", null, null)
        .agent("troops", "MIL")
        .agent("troop", "MIL")
        .agent("soldier", "MIL")
        .agent("ministry of defense", "MIL")
        .agent("deputy defence minister", "MIL")
        .agent("defence minister", "MIL")
        .agent("foreign minister", "GOV")
        .seat("Kremlin", "RUSSIA", "RUSGOV", "seat")
        .seat("Moscow", "RUSSIA", "RUSGOV", "capital");
  }

  @Override
  public List<Known> byAlias(String surface) {
    return byAlias.getOrDefault(ActorResolver.normalize(surface), List.of());
  }

  @Override
  public List<Known> personsWithSurname(String surname) {
    return byKey.values().stream()
        .filter(k -> k.actorType().equals("person"))
        .filter(k -> ActorResolver.normalize(k.name()).endsWith(" " + surname))
        .toList();
  }

  @Override
  public int maxAliasTokens() {
    return 4;
  }

  @Override
  public Optional<Known> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public Optional<Code> codeOn(String actorKey, LocalDate date) {
    List<Code> periods = codes.getOrDefault(actorKey, List.of());
    Code open = null;
    for (Code code : periods) {
      boolean started =
          code.validFrom() == null || date == null || !date.isBefore(code.validFrom());
      boolean notEnded = code.validTo() == null || date == null || date.isBefore(code.validTo());
      if (started && notEnded) {
        open = code;
      }
    }
    return Optional.ofNullable(open);
  }

  @Override
  public List<Code> codes(String actorKey) {
    return codes.getOrDefault(actorKey, List.of());
  }

  @Override
  public Optional<String> agentRole(String term) {
    return Optional.ofNullable(agents.get(term.toLowerCase(java.util.Locale.ROOT)));
  }

  @Override
  public Optional<Seat> seat(String alias) {
    return Optional.ofNullable(seats.get(ActorResolver.normalize(alias)));
  }
}
