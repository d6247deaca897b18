package org.newsevents.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demonym of a place a dictionary country lists among its names, where the dictionary lacks the
 * demonym itself: the Phoenix entry of the United Kingdom names Scotland, England and Wales, and
 * "Scot" and "Welsh", but not "Scottish" or "English", so "the Scottish Parliament" took the
 * article's country (European, in an article that named the European Parliament most). The demonym
 * is read back to its place by the productive English patterns, and the place must be a name of a
 * dictionary country: "Scottish" and "Finnish" (a doubled consonant before "-ish") are Scotland's
 * and Finland's, "English" and "Polish" ("-lish") England's and Poland's, "Bavarian", "Texan",
 * "Ontarian" ("-an") Bavaria's, Texas's and Ontario's when the dictionary names them. A plain
 * "-ish" ("Finish", "Greenish") is left alone: it is mostly an English word of its own. Capitals
 * and cities are no country's names here, so "Roman" or "Parisian" name no country.
 */
final class SubnationalDemonyms {
  private SubnationalDemonyms() {}

  /** The shortest demonym read: shorter words ("Pan", "Iran") are words or names of their own. */
  private static final int SHORTEST = 5;

  /**
   * The dictionary country whose place name the demonym derives from; empty when it derives from
   * none, or from places of two countries ("Korean": North and South).
   */
  static Optional<ActorLookup.Known> countryOf(String demonym, ActorLookup dictionary) {
    ActorLookup.Known found = null;
    for (String place : placesOf(demonym)) {
      for (ActorLookup.Known known : dictionary.byAlias(place)) {
        if (!known.actorType().equals("country")) {
          continue;
        }
        if (found != null && !found.countryCode().equals(known.countryCode())) {
          return Optional.empty();
        }
        found = found == null ? known : found;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The place names a demonym may derive from, by the patterns above. */
  static List<String> placesOf(String demonym) {
    List<String> places = new ArrayList<>();
    if (demonym.length() < SHORTEST || !Character.isUpperCase(demonym.charAt(0))) {
      return places;
    }
    if (demonym.endsWith("lish")) {
      places.add(demonym.substring(0, demonym.length() - 4) + "land"); // English: England
    } else if (demonym.endsWith("ish") && doubledBefore(demonym, demonym.length() - 3)) {
      places.add(demonym.substring(0, demonym.length() - 4) + "land"); // Scottish: Scotland
    } else if (demonym.endsWith("an")) {
      String stem = demonym.substring(0, demonym.length() - 2);
      places.add(stem + "a"); // Bavarian: Bavaria
      places.add(stem + "as"); // Texan: Texas
      places.add(stem + "o"); // Ontarian: Ontario
    }
    return places;
  }

  /** Whether the two letters before the index are the same consonant ("Scott-ish", "Finn-ish"). */
  private static boolean doubledBefore(String word, int at) {
    if (at < 2) {
      return false;
    }
    char last = word.charAt(at - 1);
    return last == word.charAt(at - 2) && "aeiou".indexOf(last) < 0 && Character.isLetter(last);
  }
}
