package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsevents.nlp.EntityMention;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * Why a span the dictionary scan or NER found is no actor of its own, or no party to the action: an
 * outlet cited for information, the noun of a law's name, a country inside a longer organisation's
 * name, a title's country before a person, a portfolio in an office holder's title. Plain tests on
 * tokens and entities, shared by the resolution routes.
 */
final class SpanFilters {
  private SpanFilters() {}

  /**
   * Words right before a name that make it a source of information rather than a party to the
   * action.
   */
  private static final Pattern CITED_SOURCE_CUE =
      Pattern.compile(
          "(?:according to|told|speaking to|in an interview with|quoted by|reported by|cited by|citing)(?: the)? $");

  /**
   * Nouns that name a piece of legislation: NER tags the last word of "the Road Safety Bill" or
   * "when the Bill is debated" as a person.
   */
  private static final Set<String> LEGISLATION_NOUNS = Set.of("bill", "act");

  /**
   * How far before a name titles ("Russian Deputy Defence Minister") are read for country and role.
   */
  private static final int TITLE_WINDOW = 5;

  /** The head nouns of an office held by one person. */
  private static final Set<String> OFFICE_NOUNS =
      Set.of("secretary", "minister", "commissioner", "undersecretary");

  /**
   * "according to CNN", "CNN reported", "told the BBC": an outlet cited for information is not an
   * actor.
   */
  static boolean isCitedAsInformationSource(Sentence sentence, int start) {
    return CITED_SOURCE_CUE.matcher(textBefore(sentence, start)).find();
  }

  private static final Pattern ADDRESSED_CUE = Pattern.compile("(?:told|speaking to)(?: the)? $");

  /** Whether the name follows "told" or "speaking to": the one addressed, when a person. */
  static boolean isAddressedBy(Sentence sentence, int start) {
    return ADDRESSED_CUE.matcher(textBefore(sentence, start)).find();
  }

  private static String textBefore(Sentence sentence, int start) {
    return sentence
        .text()
        .substring(0, sentence.tokens().get(start).charStart() - sentence.charStart())
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a one-word "person" is the noun of a law's name: "Bill" or "Act" after "the" or after
   * the capitalised words of the name ("the Finance Bill", "when the Bill is debated").
   */
  static boolean namesLegislation(List<Token> tokens, int at) {
    if (!LEGISLATION_NOUNS.contains(tokens.get(at).word().toLowerCase(Locale.ROOT)) || at == 0) {
      return false;
    }
    Token before = tokens.get(at - 1);
    return before.pos().equals("DT")
        || (Character.isUpperCase(before.word().charAt(0)) && !"PERSON".equals(before.ner()));
  }

  /**
   * "The United Kingdom Home Office": a country or a seat that is no actor of its own inside a
   * longer name NER calls an organisation is part of that organisation's name.
   */
  static boolean insideALongerOrganisation(Sentence sentence, int start, int end) {
    return sentence.entities().stream()
        .anyMatch(
            entity ->
                entity.type().equals("ORGANIZATION")
                    && entity.tokenStart() <= start
                    && end <= entity.tokenEnd()
                    && entity.tokenEnd() - entity.tokenStart() > end - start);
  }

  /** Words that put a part of a country before its name: "Eastern Ukraine", "South Lebanon". */
  private static final Set<String> COMPASS_WORDS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "upper",
          "lower",
          "northeast",
          "northwest",
          "southeast",
          "southwest");

  /**
   * Whether a dictionary match at {@code start} is a country's name (no seat, every entry a
   * country) that ends a longer place name NER tags as a location, after words that are not a point
   * of the compass: "New Mexico", "New South Wales" and "New England" are no Mexico, Wales or
   * England (seen on a Wikinews dev article, "the parliament of New South Wales" coded GBRLEG),
   * while "Eastern Ukraine" is Ukraine's. Neither an actor nor the article's country.
   */
  static boolean isACountryEndingAnotherPlace(Sentence sentence, int start, AliasMatch match) {
    return match.seat().isEmpty()
        && match.known().stream().allMatch(known -> known.actorType().equals("country"))
        && endsALongerPlaceName(sentence, start, match.end());
  }

  private static boolean endsALongerPlaceName(Sentence sentence, int start, int end) {
    for (EntityMention entity : sentence.entities()) {
      if (entity.type().equals("LOCATION")
          && entity.tokenStart() < start
          && end <= entity.tokenEnd()) {
        for (int i = entity.tokenStart(); i < start; i++) {
          if (!COMPASS_WORDS.contains(sentence.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Words after a surname that NER keeps in the name and that name no other person. */
  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii");

  /**
   * Whether a one-word name opens a longer name NER tags as a person: "Abdullah Ocalan" is not King
   * Abdullah, whom the dictionary knows by "Abdullah" alone (seen on an AllSides article); a
   * dictionary person named by one word is someone else's given name there. A suffix ("Jr.") makes
   * no other person.
   */
  static boolean opensALongerPersonName(Sentence sentence, int start, int end) {
    return end == start + 1
        && sentence.entities().stream()
            .anyMatch(
                entity ->
                    entity.type().equals("PERSON")
                        && entity.tokenStart() == start
                        && entity.tokenEnd() > end
                        && !NAME_SUFFIXES.contains(
                            sentence.tokens().get(end).word().toLowerCase(Locale.ROOT)));
  }

  /**
   * Where the person's name NER found around a dictionary alias starts: "Abdel Fatah al-Sisi" for
   * the alias "Sisi", so that the words of the name ("Fatah", a Palestinian party) are not read as
   * a title before it. The alias's own start when NER found no longer name.
   */
  static int startOfThePersonNameAround(Sentence sentence, int start, int end) {
    for (EntityMention entity : sentence.entities()) {
      if (entity.type().equals("PERSON")
          && entity.tokenStart() < start
          && entity.tokenEnd() >= end) {
        return entity.tokenStart();
      }
    }
    return start;
  }

  /**
   * Whether the word before a person's name is "of": what comes before it is then no title of the
   * person ("an employee of Bruce Dunmore", "America's killing of Soleimani"), as a person's title
   * never ends in "of" (an office's portfolio does: "the Minister of Foreign Affairs").
   */
  static boolean followsOf(Sentence sentence, int nameStart) {
    return nameStart > 0 && sentence.tokens().get(nameStart - 1).word().equalsIgnoreCase("of");
  }

  /**
   * "Russian Deputy Defence Minister Alexander Fomin", "U.S. Secretary of State Antony Blinken":
   * the words up to the name are all title words. "Fornost and Gondor welcomed" or "Russia told Joe
   * Biden" are not titles, however close the next person is, and neither are words ending in "of"
   * ("America's killing of Soleimani": a person's title never ends in "of").
   */
  static boolean isPartOfTitleBeforePerson(Sentence sentence, int end) {
    for (EntityMention entity : sentence.entities()) {
      if (entity.type().equals("PERSON")
          && entity.tokenStart() >= end
          && entity.tokenStart() - end <= TITLE_WINDOW
          && !followsOf(sentence, entity.tokenStart())
          && onlyTitleWordsBetween(sentence.tokens(), end, entity.tokenStart())) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyTitleWordsBetween(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      boolean titleWord =
          TokenSpans.isDescriptionWord(token)
              // "US Special Representative for Iran Brian Hook"
              || PersonDescriptions.opensTheOfficeObject(tokens, i);
      if (!titleWord) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the organisation span is the portfolio of an office: right before a title noun and a
   * person's name ("Defense Secretary Ben Wallace"), or right after "Minister of" or "Secretary of"
   * ("Minister of Foreign Affairs").
   */
  static boolean namesAnOfficeInATitle(Sentence sentence, EntityMention entity) {
    List<Token> tokens = sentence.tokens();
    int after = entity.tokenEnd();
    if (after + 1 < tokens.size()
        && OFFICE_NOUNS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))
        && "PERSON".equals(tokens.get(after + 1).ner())) {
      return true;
    }
    int before = entity.tokenStart();
    return before >= 2
        && tokens.get(before - 1).word().equalsIgnoreCase("of")
        && OFFICE_NOUNS.contains(tokens.get(before - 2).word().toLowerCase(Locale.ROOT));
  }
}
