package org.newsevents.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * The country an article is about: the one it names most often (first named wins a tie), whose
 * government "the government" and "the court" are when the phrase does not say.
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
      ActorLookup dictionary,
      BiFunction<Sentence, Integer, ActorResolver.AliasMatch> aliasAt) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Sentence sentence : article.sentences()) {
      int i = 0;
      while (i < sentence.tokens().size()) {
        ActorResolver.AliasMatch match = aliasAt.apply(sentence, i);
        if (match == null) {
          i++;
          continue;
        }
        // Countries, seats and the persons and bodies of a country ("Obama", "the U.S. Senate")
        // all say what country the article is about; a language ("Spanish language") does not.
        String country =
            namesALanguage(sentence.tokens(), match.end())
                ? null
                : match.seat().isPresent()
                    ? dictionary
                        .byKey(match.seat().get().actorKey())
                        .map(ActorLookup.Known::countryCode)
                        .orElse(null)
                    : match.known().get(0).countryCode();
        if (country != null && !country.isBlank()) {
          counts.merge(country, 1, Integer::sum);
        }
        i = match.end();
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (best == null || entry.getValue() > counts.get(best)) {
        best = entry.getKey();
      }
    }
    return best;
  }

  private static boolean namesALanguage(List<Token> tokens, int after) {
    return after < tokens.size()
        && tokens.get(after).word().toLowerCase(Locale.ROOT).equals("language");
  }
}
