package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person the headline names with a title ("Prime Minister of Slovakia Igor Matovič tests
 * positive") and the body by name alone ("Matovič's government office said"): the headline's title
 * describes them, as a title in the body would. The headline is not annotated, so the title is read
 * from its words: the capitalised words and "of" right before the person's name.
 */
final class HeadlineTitles {
  private HeadlineTitles() {}

  /** How many words before the name a headline's title may take. */
  private static final int TITLE_WINDOW = 6;

  /** CAMEO's role for former officials, as {@link PersonDescriptions} gives them. */
  private static final String ELITE = "ELI";

  /** Describes each unknown person of the article whose surname the headline gives a title. */
  static void describe(String headline, ArticleContext context, ActorLookup dictionary) {
    List<String> words = ArticleCountry.headlineWords(headline);
    if (words.isEmpty() || ArticleCountry.isTitleCase(words)) {
      return; // "Ukraine Welcomes Tom Hale": capitals tell no title from a verb
    }
    for (Map.Entry<String, ResolvedActor> entry : context.actors.entrySet()) {
      ResolvedActor actor = entry.getValue();
      if (!entry.getKey().startsWith(PersonMentions.UNKNOWN_PERSON_KEY) || actor.known()) {
        continue;
      }
      String[] name = context.normalizedName(actor).split(" ");
      int surname = indexOf(words, name[name.length - 1]);
      if (surname < 0) {
        continue;
      }
      PersonDescriptions.Description title = titleBefore(words, surname, dictionary);
      if (!title.isEmpty()) {
        context.describe(entry.getKey(), title);
      }
    }
  }

  private static int indexOf(List<String> words, String normalizedWord) {
    for (int i = 0; i < words.size(); i++) {
      if (ActorResolver.normalize(words.get(i)).equals(normalizedWord)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The country and role of the title words before the surname: the first names are capitalised
   * words too, and name no country or office.
   */
  private static PersonDescriptions.Description titleBefore(
      List<String> words, int surname, ActorLookup dictionary) {
    int from = surname;
    while (from > 0
        && surname - from < TITLE_WINDOW
        && (TokenSpans.startsUpperCase(words.get(from - 1)) || words.get(from - 1).equals("of"))) {
      from--;
    }
    ActorLookup.Known country = null;
    for (int start = from; start < surname && country == null; start++) {
      for (int stop = Math.min(surname, start + 3); stop > start && country == null; stop--) {
        country =
            ArticleCountry.countryNamed(String.join(" ", words.subList(start, stop)), dictionary)
                .orElse(null);
      }
    }
    String role = null;
    for (int end = surname; end > from && role == null; end--) {
      for (int start = from; start < end && role == null; start++) {
        String phrase = String.join(" ", words.subList(start, end)).toLowerCase(Locale.ROOT);
        role = dictionary.agentRole(phrase).orElse(null);
      }
    }
    if (role != null && words.subList(from, surname).contains("Former")) {
      role = ELITE; // "Former Prime Minister Tom Hale": no office now
    }
    return new PersonDescriptions.Description(country, role);
  }
}
