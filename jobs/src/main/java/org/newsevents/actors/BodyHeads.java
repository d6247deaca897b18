package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * A body named in full, then by its head noun: "the United States House of Representatives …" then
 * "The House issued …", "the California Department of Corrections …" then "the Department said".
 * The head is the capitalised noun before the "of" of the full name, so "the White House" (no "of")
 * never stands for "the House", nor the reverse. Also the bodies named after a place ("the Malaysia
 * Tourism board").
 */
final class BodyHeads {
  private BodyHeads() {}

  /**
   * The body of the article whose full name, mentioned before, has the one capitalised word at this
   * token as its head, when "the" precedes the word. Of several such mentions the latest is meant,
   * provided they all name the same body ("House of Representatives" by two routes); bodies of
   * different names ("Department of Justice", "Department of Defense") leave it unresolved.
   */
  static Optional<ResolvedActor> namedBefore(Sentence sentence, int at, ArticleContext context) {
    List<Token> tokens = sentence.tokens();
    String head = tokens.get(at).word();
    if (at == 0
        || !TokenSpans.startsUpperCase(head)
        || !tokens.get(at - 1).word().equalsIgnoreCase("the")) {
      return Optional.empty();
    }
    ResolvedActor latest = null;
    String fullName = null;
    for (ActorMention mention : context.mentions) {
      String name = headedName(mention.surface(), head);
      ResolvedActor actor = context.actors.get(mention.actorKey());
      if (name == null || actor == null || actor.actorType().equals("person")) {
        continue;
      }
      if (fullName != null && !fullName.equals(name)) {
        return Optional.empty();
      }
      fullName = name;
      latest = actor;
    }
    return Optional.ofNullable(latest);
  }

  /**
   * The part of a name from its head on ("house of representatives"), when the head word starts a
   * word of the name and "of" follows it; null otherwise.
   */
  private static String headedName(String surface, String head) {
    String marker = head + " of ";
    int at = surface.indexOf(marker);
    if (at < 0 || (at > 0 && surface.charAt(at - 1) != ' ')) {
      return null;
    }
    return ActorResolver.normalize(surface.substring(at)).toLowerCase(Locale.ROOT);
  }

  /** Lower-case head nouns of a public or private body named after a place. */
  private static final Set<String> BODY_HEADS =
      Set.of(
          "board",
          "office",
          "council",
          "department",
          "chapter",
          "committee",
          "commission",
          "authority",
          "agency",
          "police",
          "bureau");

  /**
   * The end of a body's name after a place's ("the Malaysia Tourism board", "the Los Angeles
   * Sheriff's office", "the Dallas chapter"): at most three capitalised words or possessive marks,
   * then a lower-case head noun of a body; -1 if none follows or a mention covers part of it.
   */
  static int bodyAfterPlace(List<Token> tokens, int placeEnd, boolean[] covered) {
    int k = placeEnd;
    while (k < tokens.size()
        && k - placeEnd < 3
        && !covered[k]
        && ((tokens.get(k).pos().startsWith("NNP")
                && TokenSpans.startsUpperCase(tokens.get(k).word()))
            || tokens.get(k).pos().equals("POS"))) {
      k++;
    }
    if (k >= tokens.size() || covered[k]) {
      return -1;
    }
    Token head = tokens.get(k);
    boolean lowerCaseNoun =
        head.pos().startsWith("NN")
            && !head.pos().startsWith("NNP")
            && head.word().equals(head.word().toLowerCase(Locale.ROOT));
    return lowerCaseNoun && BODY_HEADS.contains(head.word()) ? k + 1 : -1;
  }

  static void mentionBodyOfAPlace(
      Sentence sentence, int start, int end, ArticleContext context, boolean[] covered) {
    ResolvedActor body = ArticleNames.newOrganisation(sentence, start, end);
    ResolvedActor known = context.actors.getOrDefault(body.actorKey(), body);
    context.mention(
        known,
        sentence,
        start,
        end,
        SpanFilters.isCitedAsInformationSource(sentence, start)
            ? ActorResolver.CITED_SOURCE
            : "place-body");
    TokenSpans.mark(covered, start, end);
  }
}
