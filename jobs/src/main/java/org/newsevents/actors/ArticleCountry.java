package org.newsevents.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * The country an article is about, whose government "the government" and "the court" are when the
 * phrase does not say: of the countries its headline names that its body names too, the one whose
 * persons and bodies the body names most, the first on a tie (often the headline's subject: "US
 * announces restrictions on flying to Cuba"), else the headline's first; without one in the
 * headline, the one the body names most often (first named wins a tie). A headline says what the
 * article is about ("Prime Minister of Slovakia tests positive"), while the body may name the other
 * countries of a summit more often than the one it reports on.
 */
final class ArticleCountry {
  private ArticleCountry() {}

  /**
   * Null when the article names no country.
   *
   * @param aliasAt the dictionary name starting at a token, null when none
   */
  static String mostNamed(
      AnnotatedArticle article,
      String headline,
      ActorLookup dictionary,
      BiFunction<Sentence, Integer, AliasMatch> aliasAt) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Integer> actorsNamed = new LinkedHashMap<>();
    for (Sentence sentence : article.sentences()) {
      int i = 0;
      while (i < sentence.tokens().size()) {
        AliasMatch match = aliasAt.apply(sentence, i);
        if (match == null) {
          i++;
          continue;
        }
        // Countries, seats and the persons and bodies of a country ("Obama", "the U.S. Senate")
        // all say what country the article is about; a language ("Spanish language") or the end of
        // another place's name ("New Mexico") does not.
        String country =
            namesALanguage(sentence.tokens(), match.end())
                    || SpanFilters.isACountryEndingAnotherPlace(sentence, i, match)
                ? null
                : match.seat().isPresent()
                    ? dictionary
                        .byKey(match.seat().get().actorKey())
                        .map(ActorLookup.Known::countryCode)
                        .orElse(null)
                    : match.known().get(0).countryCode();
        if (country != null && !country.isBlank()) {
          counts.merge(country, 1, Integer::sum);
          if (match.seat().isPresent() || !match.known().get(0).actorType().equals("country")) {
            actorsNamed.merge(country, 1, Integer::sum);
          }
        }
        i = match.end();
      }
    }
    // Of the headline's countries that the body names too (a capital named as a venue, "Vienna
    // talks on Iran deal stall", or inside an outlet's name is rarely named again in the body), the
    // one whose persons and bodies the body names most, the first on a tie: "Michael Flynn talked
    // sanctions with Russia before Trump took office" is about Washington, whose officials the body
    // names, not about Russia, which it names as their topic (an AllSides article, where the
    // headline's first country had made every untitled official Russian).
    List<String> headlined = countriesNamedIn(headline, dictionary);
    String chosen = null;
    for (String country : headlined) {
      if (counts.containsKey(country)
          && (chosen == null
              || actorsNamed.getOrDefault(country, 0) > actorsNamed.getOrDefault(chosen, 0))) {
        chosen = country;
      }
    }
    if (chosen != null) {
      return chosen;
    }
    if (!headlined.isEmpty()) {
      return headlined.get(0);
    }
    String best = null;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (best == null || entry.getValue() > counts.get(best)) {
        best = entry.getKey();
      }
    }
    return best;
  }

  /**
   * The countries a headline names, in order: countries, seats of government, and the persons and
   * bodies of a country, read by the longest name from each word.
   */
  static List<String> countriesNamedIn(String headline, ActorLookup dictionary) {
    if (headline == null || headline.isBlank()) {
      return List.of();
    }
    List<String> words = headlineWords(headline);
    boolean titleCase = isTitleCase(words);
    // "AN ATTACK ON KABUL HOSPITAL": capitals tell no acronym from a word.
    boolean allCapitals = headline.equals(headline.toUpperCase(Locale.ROOT));
    Set<String> countries = new LinkedHashSet<>();
    int matchedUpTo = 0;
    int i = 0;
    while (i < words.size()) {
      int next = i + 1;
      for (int n = Math.min(dictionary.maxAliasTokens(), words.size() - i); n >= 1; n--) {
        String name = String.join(" ", words.subList(i, i + n));
        if (!Character.isUpperCase(name.charAt(0))
            || (name.length() <= 3
                && (allCapitals || !name.equals(name.toUpperCase(Locale.ROOT))))) {
          continue; // "Us" is a pronoun, as in the body
        }
        Named named = countryOf(name, dictionary);
        if (named == null) {
          continue;
        }
        // The headline's first word is capitalised whatever it is ("Why China is courting Russia").
        boolean insideALongerName =
            named.isCountry()
                && !titleCase
                && i > matchedUpTo
                && i - 1 > 0
                && TokenSpans.startsUpperCase(words.get(i - 1));
        if (!insideALongerName) {
          // "New South Wales decriminalizes abortion": a capitalised word that is no name of its
          // own before a country's makes them one longer name, a place of its own.
          countries.add(named.countryCode());
        }
        next = i + n;
        matchedUpTo = next;
        break;
      }
      i = next;
    }
    return List.copyOf(countries);
  }

  /**
   * Whether a headline capitalises every word but the short ones ("Russia Attacks Ukraine"), so
   * that capitals tell no name from a verb.
   */
  static boolean isTitleCase(List<String> words) {
    return words.stream().filter(word -> word.length() > 3).allMatch(TokenSpans::startsUpperCase);
  }

  /** What crawled titles join a headline to a site's name or a section's breadcrumb with. */
  private static final java.util.regex.Pattern TITLE_PARTS =
      java.util.regex.Pattern.compile("\\s+[-\u2013\u2014|:]{1,2}\\s+");

  /**
   * A headline's words: it is not annotated, so they are split at spaces and stripped of
   * punctuation and possessives ("Matovič's," is "Matovič"). Of a crawled title that joins parts
   * with a spaced dash or bar ("Reuters - Arnor restricts flights", "US News Tensions Russia -
   * Westerners: strong diplomatic activity"), only the longest part is the headline: a site's name
   * or a section's breadcrumb is shorter, and its "US" says nothing about the story.
   */
  static List<String> headlineWords(String headline) {
    List<String> words = new ArrayList<>();
    if (headline == null) {
      return words;
    }
    String longestPart = "";
    int longestWords = 0;
    for (String part : TITLE_PARTS.split(headline.strip())) {
      int partWords = part.isBlank() ? 0 : part.strip().split("\\s+").length;
      if (partWords > longestWords) {
        longestPart = part;
        longestWords = partWords;
      }
    }
    for (String word : longestPart.strip().split("\\s+")) {
      String bare =
          word.replaceAll("(?:['’]s)?[^\\p{L}\\p{N}.]*$", "").replaceAll("^[^\\p{L}\\p{N}]+", "");
      if (!bare.isEmpty()) {
        words.add(bare);
      }
    }
    return words;
  }

  /**
   * The country a name names as a country, a demonym or a seat ("Slovakia", "Slovak",
   * "Bratislava"), or as the demonym of a place the country lists ("Scottish"), in a headline or in
   * a title's words; empty for persons and bodies, whose country is not a title's.
   */
  static java.util.Optional<ActorLookup.Known> countryNamed(String name, ActorLookup dictionary) {
    var seat = dictionary.seat(name).flatMap(found -> dictionary.byKey(found.actorKey()));
    if (seat.isPresent()) {
      return seat;
    }
    return dictionary.byAlias(name).stream()
        .filter(known -> known.actorType().equals("country"))
        .findFirst()
        .or(() -> SubnationalDemonyms.countryOf(name, dictionary));
  }

  /** A name's country, and whether the name is the country's own. */
  private record Named(String countryCode, boolean isCountry) {}

  private static Named countryOf(String name, ActorLookup dictionary) {
    var seat = dictionary.seat(name);
    if (seat.isPresent()) {
      return dictionary
          .byKey(seat.get().actorKey())
          .map(country -> new Named(country.countryCode(), false))
          .orElse(null);
    }
    for (ActorLookup.Known known : dictionary.byAlias(name)) {
      if (known.countryCode() != null && !known.countryCode().isBlank()) {
        return new Named(known.countryCode(), known.actorType().equals("country"));
      }
    }
    return null;
  }

  private static boolean namesALanguage(List<Token> tokens, int after) {
    return after < tokens.size()
        && tokens.get(after).word().toLowerCase(Locale.ROOT).equals("language");
  }
}
