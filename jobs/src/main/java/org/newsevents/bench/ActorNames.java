package org.newsevents.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsevents.actors.ActorDictionary;
import org.newsevents.actors.ActorType;
import org.newsevents.bench.DedupGold.Pair;
import org.newsevents.events.ActorRef;

/**
 * The fallback of {@link ReaderActors} where no mention the actors stage resolved lies in a
 * reader's words: the actors of one pair, from the reader's words as the actors stage would resolve
 * them with the bundled dictionary: a name that is an alias is that actor ("Iran", "Mike Pompeo");
 * a country followed by an agent noun is that country's sector ("Samoa government" and "Samoa
 * cabinet" are WSM GOV, "Hong Kong police" HKG COP); a country followed by other words is an actor
 * of that country ("US Department of Transportation"); an agent noun alone, or before an "of"
 * phrase, takes its role ("police officer", "attorneys general of sixteen states", see {@link
 * #agentOfTheRole}). A name that ends another name of the pair is that actor ("Lam" is "Carrie
 * Lam"). Other names are actors of their own words without a country. An actor found by alias
 * carries its code on the event's day, so that the deduplicator can match a body and its member
 * within one article.
 */
final class ActorNames {
  private final ActorDictionary dictionary;
  private final List<String> names = new ArrayList<>();

  /** What the actors stage resolved for the pair's phrases (see {@link #agentOfTheRole}). */
  private final List<ActorRef> resolvedByStage = new ArrayList<>();

  /** The actors a reader listed, separated by semicolons; one empty name when there is none. */
  static List<String> members(String names) {
    List<String> members = new ArrayList<>();
    for (String name : names.split(";")) {
      if (!name.isBlank()) {
        members.add(name.strip());
      }
    }
    return members.isEmpty() ? List.of("") : members;
  }

  ActorNames(Pair pair, ActorDictionary dictionary) {
    this.dictionary = dictionary;
    for (String name :
        List.of(
            pair.eventA().source(),
            pair.eventA().target(),
            pair.eventB().source(),
            pair.eventB().target())) {
      for (String member : members(name)) {
        if (!member.isEmpty()) {
          names.add(ActorDictionary.normalizeAlias(member));
        }
      }
    }
  }

  /** Tells the look-up an actor the actors stage resolved for a phrase of the pair. */
  void resolvedByStage(ActorRef actor) {
    resolvedByStage.add(actor);
  }

  ActorRef actor(String name, LocalDate date) {
    String words = ActorDictionary.normalizeAlias(name);
    for (String other : names) {
      if (other.length() > words.length() && other.endsWith(" " + words)) {
        words = other;
      }
    }
    List<ActorDictionary.Entry> entries = dictionary.byAlias(words);
    if (entries.size() == 1) {
      ActorDictionary.Entry entry = entries.get(0);
      return new ActorRef(
          entry.key(),
          entry.countryCode(),
          entry.type() == ActorType.COUNTRY,
          dictionary.codeOn(entry.key(), date).map(ActorDictionary.Code::cameoCode).orElse(null),
          entry.type() == ActorType.PERSON);
    }
    Optional<LeadingCountry> country = leadingCountry(words);
    if (country.isPresent()) {
      return sectorOf(country.get())
          .orElse(new ActorRef(words, country.get().countryCode(), false));
    }
    return bareAgent(words)
        .map(role -> agentOfTheRole(role, date))
        .orElse(new ActorRef(words, null, false));
  }

  /**
   * The country that words begin with ("US Department of Transportation"), its longest alias first,
   * and the words after it; or empty.
   */
  private Optional<LeadingCountry> leadingCountry(String words) {
    List<String> tokens = List.of(words.split(" "));
    for (int length = tokens.size() - 1; length >= 1; length--) {
      List<ActorDictionary.Entry> country = dictionary.byAlias(tokens.subList(0, length));
      if (country.size() == 1 && country.get(0).type() == ActorType.COUNTRY) {
        return Optional.of(
            new LeadingCountry(
                country.get(0).countryCode(),
                String.join(" ", tokens.subList(length, tokens.size()))));
      }
    }
    return Optional.empty();
  }

  private record LeadingCountry(String countryCode, String rest) {}

  /**
   * The role of an agent noun with no country ("police officer", "pro-democracy lawmakers": the
   * last words that are an agent noun, else those of the words before an "of" phrase), or empty.
   */
  private Optional<String> bareAgent(String words) {
    List<String> tokens = List.of(words.split(" "));
    for (int from = 0; from < tokens.size(); from++) {
      Optional<String> role =
          dictionary.agentRole(String.join(" ", tokens.subList(from, tokens.size())));
      if (role.isPresent()) {
        return role;
      }
    }
    // Else the head of "attorneys general of sixteen states", before its "of" phrase.
    int of = words.indexOf(" of ");
    return of > 0 ? bareAgent(words.substring(0, of)) : Optional.empty();
  }

  /**
   * A bare agent noun as the actors stage resolves it, which gives a role noun its article's
   * country: here the country of an actor of the same role that the pair names ("police officer"
   * beside "Hong Kong police" is HKG COP), else the role with no country, one actor for the pair
   * ("protesting legislators" and "pro-democracy lawmakers"). Of the actors the stage resolved in
   * the pair's sentences ({@link ReaderActors}), one of the role gives its country too.
   */
  private ActorRef agentOfTheRole(String role, LocalDate date) {
    for (String other : names) {
      ActorRef named = countryAndAgent(other);
      if (named != null && named.cameoCode() != null && named.cameoCode().endsWith(role)) {
        return named;
      }
    }
    // Or a dictionary actor of that role the pair names ("the House" beside "Adam Schiff",
    // USALEG), whose country the article is about.
    for (String other : names) {
      List<ActorDictionary.Entry> entries = dictionary.byAlias(other);
      if (entries.size() == 1 && entries.get(0).countryCode() != null) {
        String country = entries.get(0).countryCode();
        String code =
            dictionary
                .codeOn(entries.get(0).key(), date)
                .map(ActorDictionary.Code::cameoCode)
                .orElse(null);
        if ((country + role).equals(code)) {
          return new ActorRef(country + "_" + role, country, false, code, false);
        }
      }
    }
    // Or an actor of that role the actors stage resolved in the pair's sentences ("Lawmakers",
    // with the article's country: HKG LEG, beside "protesting legislators").
    for (ActorRef resolved : resolvedByStage) {
      String country = resolved.countryCode();
      if (country != null && (country + role).equals(resolved.sectorCode())) {
        return new ActorRef(country + "_" + role, country, false, country + role, false);
      }
    }
    return new ActorRef("_" + role, null, false);
  }

  /** A country followed by an agent noun ("Hong Kong police"), or null. */
  private ActorRef countryAndAgent(String words) {
    return leadingCountry(words).flatMap(this::sectorOf).orElse(null);
  }

  /** The country's sector its words name after it ("police": HKG COP), or empty. */
  private Optional<ActorRef> sectorOf(LeadingCountry country) {
    String code = country.countryCode();
    return dictionary
        .agentRole(country.rest())
        .map(role -> new ActorRef(code + "_" + role, code, false, code + role, false));
  }
}
