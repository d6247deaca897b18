package org.newsevents.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.EntityMention;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * The route of a name NER calls a person: the short name of an organisation of the article ("Mahan"
 * after "Mahan Air"), a lone first name or surname of a person the article named in full, a
 * misspelt or re-transliterated name of a person of the article or of the dictionary, else an
 * unknown person. Whatever a title, an apposition or an introduction says of the person is kept for
 * the article, so that it codes every mention of them.
 */
final class PersonMentions {
  /** The prefix of the keys of persons the dictionary does not know, before their name. */
  static final String UNKNOWN_PERSON_KEY = "UNKNOWN_PERSON:";

  private final ActorLookup dictionary;
  private final DictionaryActors actors;
  private final PersonDescriptions descriptions;
  private final NameIntroductions introductions;

  PersonMentions(
      ActorLookup dictionary,
      DictionaryActors actors,
      PersonDescriptions descriptions,
      NameIntroductions introductions) {
    this.dictionary = dictionary;
    this.actors = actors;
    this.descriptions = descriptions;
    this.introductions = introductions;
  }

  /**
   * @param prefixes the honorific or party NER took into the name ("Ms Kelly", "Tory Dominic
   *     Grieve"), which is no part of it
   */
  void resolve(
      Sentence sentence,
      EntityMention entity,
      NamePrefixes.Stripped prefixes,
      ArticleContext context) {
    List<Token> tokens = sentence.tokens();
    int nameStart = prefixes.nameStart();
    String fullName =
        nameStart == entity.tokenStart()
            ? entity.text()
            : TokenSpans.span(sentence, nameStart, entity.tokenEnd());
    String surname = ActorResolver.normalize(tokens.get(entity.tokenEnd() - 1).word());
    boolean single = entity.tokenEnd() - nameStart == 1;
    if (single && SpanFilters.namesLegislation(tokens, nameStart)) {
      return;
    }
    boolean honorific = prefixes.honorific();
    List<String> holders = context.surnameHolders(surname);
    PersonDescriptions.Description description =
        introductions
            .speakerFor(sentence, nameStart, context.mentions)
            .orElse(descriptions.personTitle(sentence, entity.tokenStart()))
            .orElse(descriptions.apposition(sentence, entity.tokenEnd()))
            .orElse(introductions.before(sentence, nameStart, entity.tokenEnd(), context.mentions))
            .orElse(prefixes.party());
    Optional<ResolvedActor> organization =
        single ? context.organizationNamedFirst(surname) : Optional.empty();
    if (organization.isPresent()) {
      // "Mahan" after "Mahan Air": the short name of an organisation of the article, not a person.
      context.mention(organization.get(), sentence, nameStart, entity.tokenEnd(), "short-name");
      return;
    }
    Optional<ResolvedActor> byFirstName =
        single && holders.isEmpty() ? context.personWithFirstName(surname) : Optional.empty();
    if (byFirstName.isPresent()) {
      context.mention(byFirstName.get(), sentence, nameStart, entity.tokenEnd(), "first-name");
      return;
    }
    if ((single || honorific) && holders.size() == 1) {
      context.describe(holders.get(0), description);
      context.mention(
          context.actors.get(holders.get(0)),
          sentence,
          entity.tokenStart(),
          entity.tokenEnd(),
          "surname");
      return;
    }
    Optional<ResolvedActor> titled =
        single && holders.isEmpty()
            ? officeHolder(surname, description, context)
            : Optional.empty();
    if (titled.isPresent()) {
      context.mention(titled.get(), sentence, nameStart, entity.tokenEnd(), "titled-surname");
      return;
    }
    Optional<ResolvedActor> fuzzy = fuzzyPerson(fullName, single, description, context);
    if (fuzzy.isPresent()) {
      context.mention(fuzzy.get(), sentence, nameStart, entity.tokenEnd(), "fuzzy");
      return;
    }
    if (single && holders.size() > 1) {
      return; // "Biden" after both Joe and Hunter Biden: ambiguous, better no actor than the wrong
      // one.
    }
    String key = UNKNOWN_PERSON_KEY + ActorResolver.normalize(fullName).replace(' ', '_');
    context.describe(key, description);
    ResolvedActor actor =
        context.actors.getOrDefault(
            key,
            new ResolvedActor(
                key,
                fullName,
                "person",
                null,
                null,
                null,
                List.of(fullName),
                false,
                sentence.text()));
    context.mention(actor, sentence, nameStart, entity.tokenEnd(), "unknown");
  }

  /**
   * "President Abbas", "Foreign Minister Lavrov": a bare surname whose title is the office the one
   * dictionary person of that surname held on the day (of the title's country, when it names one).
   * The title confirms what the surname alone may not (a bare surname never resolves to a
   * dictionary person the article does not name in full), so the person is not left unknown and
   * given the country of whatever the article is about.
   */
  private Optional<ResolvedActor> officeHolder(
      String surname, PersonDescriptions.Description title, ArticleContext context) {
    LocalDate date = context.date;
    if (title.role() == null || date == null) {
      return Optional.empty();
    }
    String sector = RoleNouns.sector(title.role());
    List<ActorLookup.Known> holders = new ArrayList<>();
    for (ActorLookup.Known known : dictionary.personsWithSurname(surname)) {
      Optional<ActorLookup.Code> code = dictionary.datedCodeOn(known.key(), date);
      if (code.isPresent()
          && sector.equals(RoleNouns.sector(code.get().cameoCode().substring(3)))
          && (title.countryCode() == null
              || title.countryCode().equals(code.get().cameoCode().substring(0, 3)))) {
        holders.add(known);
      }
    }
    if (holders.size() > 1) {
      // Several ministers of that surname: the one of a country the article has named.
      Set<String> named = new HashSet<>();
      named.add(context.country);
      context.actors.values().forEach(actor -> named.add(actor.countryCode()));
      holders.removeIf(known -> !named.contains(known.countryCode()));
    }
    return holders.size() == 1
        ? Optional.of(actors.fromDictionary(holders.get(0), date))
        : Optional.empty();
  }

  /**
   * A misspelt or re-transliterated name ("Annalyna Baerbock", "Baerboks") is the person already in
   * the article, or in the dictionary, whose surname is at most one or two edits away, provided the
   * first names agree too. Within the article a surname need not be the last word: "Rosselló" and
   * "Pedro R. Pierluisi Urrutia" are the "Ricardo Rosselló Nevares" and "Pedro Pierluisi" named
   * before, as Spanish and Portuguese names put the family name the press uses before the last.
   */
  private Optional<ResolvedActor> fuzzyPerson(
      String fullName,
      boolean single,
      PersonDescriptions.Description description,
      ArticleContext context) {
    String[] parts = ActorResolver.normalize(fullName).split(" ");
    String surname = parts[parts.length - 1];
    List<String> surnames = familyNames(parts);
    if (surnames.isEmpty()) {
      return Optional.empty();
    }
    ResolvedActor best = null;
    for (ResolvedActor candidate : context.actors.values()) {
      if (!candidate.actorType().equals("person")) {
        continue;
      }
      String[] candidateParts = context.normalizedName(candidate).split(" ");
      if (shareAFamilyName(surnames, familyNames(candidateParts))
          && (single
              || candidateParts.length == 1
              || firstNamesAgree(parts[0], candidateParts[0]))) {
        if (best != null && !best.actorKey().equals(candidate.actorKey())) {
          return Optional.empty();
        }
        best = candidate;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    if (surname.length() < 5) {
      return Optional.empty();
    }
    List<ActorLookup.Known> namesakes = new ArrayList<>();
    for (ActorLookup.Known known : dictionary.personsWithSurname(surname)) {
      String[] knownParts = ActorResolver.normalize(known.name()).split(" ");
      if (single || firstNamesAgree(parts[0], knownParts[0])) {
        namesakes.add(known);
      }
    }
    if (single) {
      // A bare name is a dictionary person's only when something confirms it: an office held that
      // day, or a title of the same country ("the Russian Deputy Minister of Defence Fomin").
      namesakes.removeIf(
          known ->
              !actors.holdsOfficeOn(known, context.date)
                  && (description.countryCode() == null
                      || !description.countryCode().equals(known.countryCode())));
    }
    // A bare surname is taken only when one namesake held office on the day; otherwise it stays
    // unresolved.
    return namesakes.size() == 1
        ? Optional.of(actors.fromDictionary(namesakes.get(0), context.date))
        : Optional.empty();
  }

  /**
   * The words of a name that may be its family name, as the press writes it alone: the last, and
   * any word between the first and the last ("Rosselló" of "Ricardo Rosselló Nevares"), of five
   * letters or more (no initial, no "bin" or "van", no short word a shorter name may share).
   */
  private static List<String> familyNames(String[] parts) {
    List<String> names = new ArrayList<>();
    for (int i = parts.length == 1 ? 0 : 1; i < parts.length; i++) {
      if (parts[i].length() >= 5) {
        names.add(parts[i]);
      }
    }
    return names;
  }

  /**
   * Whether a family name of one is at most one edit (two for 8 letters or more) from the other's.
   */
  private static boolean shareAFamilyName(List<String> names, List<String> others) {
    for (String name : names) {
      for (String other : others) {
        if (EditDistance.atMost(name, other, name.length() >= 8 ? 2 : 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean firstNamesAgree(String a, String b) {
    return !a.isEmpty()
        && !b.isEmpty()
        && a.charAt(0) == b.charAt(0)
        && EditDistance.atMost(a, b, Math.max(1, Math.min(a.length(), b.length()) / 3));
  }
}
