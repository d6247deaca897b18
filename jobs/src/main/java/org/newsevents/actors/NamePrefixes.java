package org.newsevents.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.EntityMention;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * What comes off the front of a person's name as NER gives it, and what it tells: an honorific ("Ms
 * Kelly told the committee") is no part of the name; a party ("Tory Dominic Grieve", "Lib Dem
 * Norman Baker") is the person's affiliation, which codes them as the party is coded on the day (in
 * government or in opposition).
 */
final class NamePrefixes {
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr", "dr.");

  /** Party roles a prefix can carry. */
  private static final Set<String> PARTY_ROLES = Set.of("PTY", "OPP");

  /** The longest party name a prefix can have, in tokens ("Lib Dem", "Labour Party"). */
  private static final int LONGEST_PARTY = 3;

  /**
   * @param nameStart the first token of the name itself
   * @param honorific whether an honorific came off (or stood right before the span)
   * @param party the party prefix's country and role, or {@link
   *     PersonDescriptions.Description#NONE}
   */
  record Stripped(int nameStart, boolean honorific, PersonDescriptions.Description party) {
    /**
     * Whether the dictionary scan covered only what came off the name ("Tory Dominic Grieve", the
     * scan having read "Tory"): the name is still a person to resolve.
     */
    boolean onlyThePrefixIsCovered(EntityMention entity, boolean[] covered) {
      if (nameStart == entity.tokenStart()) {
        return false;
      }
      for (int i = nameStart; i < entity.tokenEnd(); i++) {
        if (covered[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private NamePrefixes() {}

  static Stripped strip(
      Sentence sentence, EntityMention entity, ActorLookup dictionary, LocalDate date) {
    List<Token> tokens = sentence.tokens();
    int end = entity.tokenEnd();
    int start = entity.tokenStart();
    boolean honorific = start > 0 && isHonorific(tokens.get(start - 1));
    PersonDescriptions.Description party = PersonDescriptions.Description.NONE;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      if (start < end - 1 && isHonorific(tokens.get(start))) {
        start++;
        honorific = true;
        stripped = true;
        continue;
      }
      int longest = date == null ? 0 : Math.min(LONGEST_PARTY, end - start - 2);
      for (int length = longest; length >= 1; length--) {
        Optional<PersonDescriptions.Description> found =
            partyCalled(TokenSpans.span(sentence, start, start + length), dictionary, date);
        if (found.isPresent()) {
          party = found.get();
          start += length;
          stripped = true;
          break;
        }
      }
    }
    if (party.isEmpty() && date != null) {
      // "Lib Dem Norman Baker" where NER left the party out of the name.
      for (int length = Math.min(LONGEST_PARTY, entity.tokenStart()); length >= 1; length--) {
        int from = entity.tokenStart() - length;
        Optional<PersonDescriptions.Description> found =
            partyCalled(TokenSpans.span(sentence, from, entity.tokenStart()), dictionary, date);
        if (found.isPresent()) {
          party = found.get();
          break;
        }
      }
    }
    return new Stripped(start, honorific, party);
  }

  static boolean isHonorific(Token token) {
    return HONORIFICS.contains(token.word().toLowerCase(Locale.ROOT));
  }

  private static Optional<PersonDescriptions.Description> partyCalled(
      String words, ActorLookup dictionary, LocalDate date) {
    for (ActorLookup.Known known : dictionary.byAlias(words)) {
      if (!known.actorType().equals("organization") || known.countryCode() == null) {
        continue;
      }
      Optional<ActorLookup.Code> code = dictionary.codeOn(known.key(), date);
      if (code.isPresent() && PARTY_ROLES.contains(code.get().role())) {
        return Optional.of(
            new PersonDescriptions.Description(
                dictionary.country(known.countryCode()).orElse(null), code.get().role()));
      }
    }
    return Optional.empty();
  }
}
