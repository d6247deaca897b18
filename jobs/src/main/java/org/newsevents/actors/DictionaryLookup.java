package org.newsevents.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolver's view of an {@link ActorDictionary}, with a surname index built once for short and
 * misspelt names.
 */
public final class DictionaryLookup implements ActorLookup {
  private static volatile DictionaryLookup bundled;

  private final ActorDictionary dictionary;
  private final Map<String, List<Known>> personsBySurname = new HashMap<>();
  private final Map<String, Known> countriesByCode = new HashMap<>();

  public DictionaryLookup(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    for (ActorDictionary.Entry entry : dictionary.entries()) {
      if (entry.type() == ActorType.COUNTRY && entry.countryCode() != null) {
        // Several entries can share a code (a country and a former name of it): the first key in
        // alphabetical order, so that the choice does not depend on the file's order.
        countriesByCode.merge(
            entry.countryCode(), known(entry), (a, b) -> a.key().compareTo(b.key()) <= 0 ? a : b);
      }
      if (entry.type() == ActorType.PERSON) {
        String[] words = ActorResolver.normalize(entry.name()).split(" ");
        if (words.length > 1) {
          personsBySurname
              .computeIfAbsent(words[words.length - 1], s -> new ArrayList<>())
              .add(known(entry));
        }
      }
    }
  }

  /** The bundled dictionary, wrapped once per JVM. */
  public static DictionaryLookup bundled() {
    if (bundled == null) {
      synchronized (DictionaryLookup.class) {
        if (bundled == null) {
          bundled = new DictionaryLookup(ActorDictionary.bundled());
        }
      }
    }
    return bundled;
  }

  private static Known known(ActorDictionary.Entry entry) {
    return new Known(
        entry.key(), entry.name(), entry.type().code(), entry.countryCode(), entry.aliases());
  }

  @Override
  public List<Known> byAlias(String surface) {
    return dictionary.byAlias(surface).stream().map(DictionaryLookup::known).toList();
  }

  @Override
  public int maxAliasTokens() {
    return dictionary.maxAliasTokens();
  }

  @Override
  public Optional<Known> byKey(String key) {
    return Optional.ofNullable(dictionary.byKey(key)).map(DictionaryLookup::known);
  }

  @Override
  public Optional<Known> country(String countryCode) {
    return Optional.ofNullable(countriesByCode.get(countryCode));
  }

  @Override
  public List<Known> personsWithSurname(String surname) {
    return personsBySurname.getOrDefault(surname, List.of());
  }

  @Override
  public Optional<Code> codeOn(String actorKey, LocalDate date) {
    return dictionary
        .codeOn(actorKey, date)
        .map(code -> new Code(code.cameoCode(), code.role(), code.validFrom(), code.validTo()));
  }

  @Override
  public List<Code> codes(String actorKey) {
    return dictionary.codes(actorKey).stream()
        .map(code -> new Code(code.cameoCode(), code.role(), code.validFrom(), code.validTo()))
        .toList();
  }

  @Override
  public Optional<String> agentRole(String term) {
    return dictionary.agentRole(term);
  }

  @Override
  public Optional<Seat> seat(String alias) {
    return dictionary
        .seat(alias)
        .map(
            seat ->
                new Seat(
                    seat.alias(),
                    seat.actorKey(),
                    seat.cameoCode(),
                    seat.kind().name().toLowerCase(java.util.Locale.ROOT)));
  }
}
