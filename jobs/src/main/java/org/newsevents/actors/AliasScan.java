package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * Where the dictionary's names start in a sentence: the longest alias (or seat of government) from
 * a capitalised token, and which of the entries sharing an alias is meant. Needs only tokens, so
 * triage, the article's country and the compounds of countries read names the same way the resolver
 * does.
 */
final class AliasScan {
  private final ActorLookup dictionary;

  AliasScan(ActorLookup dictionary) {
    this.dictionary = dictionary;
  }

  /** The longest alias starting at the token; null when none does. */
  AliasMatch longestAt(Sentence sentence, int i) {
    List<Token> tokens = sentence.tokens();
    String first = tokens.get(i).word();
    if (!TokenSpans.startsUpperCase(first.startsWith("#") ? first.substring(1) : first)) {
      return null; // a hashtag names its actor too: "the new #US blockade measure"
    }
    for (int n = Math.min(dictionary.maxAliasTokens(), tokens.size() - i); n >= 1; n--) {
      if (!TokenSpans.hasLetterOrDigit(tokens.get(i + n - 1).word())) {
        continue; // the normaliser drops punctuation, so "Lukashenko ," would match too and keep
        // the comma
      }
      String text = TokenSpans.span(sentence, i, i + n);
      if (text.length() <= 3 && !text.equals(text.toUpperCase(Locale.ROOT))) {
        continue; // "Us" is a pronoun; the alias "US" must be written in capitals.
      }
      Optional<ActorLookup.Seat> seat = dictionary.seat(text);
      List<ActorLookup.Known> found = seat.isPresent() ? List.of() : dictionary.byAlias(text);
      if (seat.isPresent() || !found.isEmpty()) {
        return new AliasMatch(i + n, found, seat);
      }
    }
    List<ActorLookup.Known> people = countryOfAPluralDemonym(tokens.get(i));
    return people.isEmpty() ? null : new AliasMatch(i + 1, people, Optional.empty());
  }

  /**
   * The country whose demonym a plural noun is, when the dictionary lists the demonym but not its
   * plural: "Iraqis", "Syrians" (the Phoenix file has "Americans" but not them). Only demonyms in
   * -an and -i, as {@link RoleNouns#namesAPeople} reads them.
   */
  private List<ActorLookup.Known> countryOfAPluralDemonym(Token token) {
    if (!RoleNouns.hasThePluralDemonymShape(token)) {
      return List.of();
    }
    String word = token.word();
    return dictionary.byAlias(word.substring(0, word.length() - 1)).stream()
        .filter(known -> known.actorType().equals("country"))
        .toList();
  }

  /**
   * The entry an alias several entries share is meant to name: the one the alias names exactly,
   * else the one of the type NER gives the first token (a person, or a place read as a country),
   * else the first.
   */
  static ActorLookup.Known preferByNer(
      List<ActorLookup.Known> matches, Sentence sentence, int start, int end) {
    // Several dictionary entries can share an alias (the Phoenix file lists "Iraq" under
    // IRAQI_KURDISTAN too); the entry named exactly by the alias is the one meant.
    if (matches.size() > 1) {
      String asKey =
          ActorResolver.normalize(TokenSpans.span(sentence, start, end))
              .toUpperCase(Locale.ROOT)
              .replace(' ', '_');
      for (ActorLookup.Known known : matches) {
        if (known.key().equals(asKey)) {
          return known;
        }
      }
    }
    String nerType = sentence.tokens().get(start).ner();
    String wanted =
        "PERSON".equals(nerType) ? "person" : "LOCATION".equals(nerType) ? "country" : null;
    if (wanted != null) {
      for (ActorLookup.Known known : matches) {
        if (known.actorType().equals(wanted)) {
          return known;
        }
      }
    }
    return matches.get(0);
  }
}
