package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * What a noun phrase set before a person's name by a comma says of them: "the prosecutor general of
 * Tehran, Ali Mehr" (the office, and the country of the place it is of), "Chancellor Anna Vogt's
 * spokesperson, Jens Bauer" (who speaks for a coded actor takes that actor's code). Also the
 * offices named by their portfolio ("the Secretary of Transportation"), which the agents dictionary
 * lists only as "transportation secretary" or not at all.
 */
final class NameIntroductions {
  /** How many words before the comma the introducing phrase may take. */
  private static final int WINDOW = 8;

  /** Nouns of a person who speaks for another: they carry the code of whom they speak for. */
  private static final Set<String> SPEAKS_FOR =
      Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople", "mouthpiece");

  /** Head nouns of an office named by its portfolio ("Secretary of Transportation"). */
  private static final Set<String> OFFICE_NOUNS =
      Set.of("secretary", "minister", "undersecretary", "commissioner");

  /** CAMEO's role for an office of government whose portfolio the agents dictionary lacks. */
  private static final String GOVERNMENT = "GOV";

  private final ActorLookup dictionary;

  NameIntroductions(ActorLookup dictionary) {
    this.dictionary = dictionary;
  }

  /** What may follow a name that a phrase before it introduces: it closes the apposition. */
  private static final Set<String> CLOSES_THE_NAME = Set.of(",", ".", ";", ":", ")", "!", "?");

  /**
   * The description a phrase ending in a comma right before the name gives, when the name closes
   * the apposition (a comma or the sentence's end follows it). The phrase opens the sentence or
   * follows a comma or a verb ("said the prosecutor general of Tehran, Ali Mehr, that"): after a
   * preposition ("after talks with the president, Ali Mehr said") it is another person, and so it
   * is when the name is the subject of what follows ("The army will meet the president, Ali Mehr
   * said").
   */
  PersonDescriptions.Description before(
      Sentence sentence, int nameStart, int nameEnd, List<ActorMention> mentionsSoFar) {
    List<Token> tokens = sentence.tokens();
    if (nameStart < 2
        || !tokens.get(nameStart - 1).word().equals(",")
        || (nameEnd < tokens.size() && !CLOSES_THE_NAME.contains(tokens.get(nameEnd).word()))) {
      return PersonDescriptions.Description.NONE;
    }
    int end = nameStart - 1;
    int from = end;
    while (from > 0 && end - from < WINDOW && isPhraseWord(tokens.get(from - 1))) {
      from--;
    }
    if (from == end || !opensAnIntroduction(tokens, from)) {
      return PersonDescriptions.Description.NONE;
    }
    int possessive = -1;
    for (int i = from; i < end; i++) {
      if (tokens.get(i).pos().equals("POS")) {
        possessive = i;
      }
    }
    int roleFrom = possessive < 0 ? from : possessive + 1;
    String speaker = roleFrom < end ? tokens.get(end - 1).lemma().toLowerCase(Locale.ROOT) : "";
    if (possessive > 0 && SPEAKS_FOR.contains(speaker)) {
      return codeOfMentionEndingAt(
          sentence, tokens.get(possessive - 1), tokens.get(possessive), mentionsSoFar);
    }
    if (possessive >= 0) {
      return PersonDescriptions.Description.NONE; // "the minister's son, Ali Mehr": not his office
    }
    int of = end;
    for (int i = from; i < end; i++) {
      if (tokens.get(i).word().equalsIgnoreCase("of")) {
        of = i;
        break;
      }
    }
    String role = roleOf(sentence, from, of);
    if (role == null) {
      role = portfolioOfficeRole(tokens, from, end);
    }
    if (role == null) {
      return PersonDescriptions.Description.NONE;
    }
    return new PersonDescriptions.Description(countryIn(sentence, from, end).orElse(null), role);
  }

  /**
   * "Chancellor Anna Vogt's spokesperson Jens Bauer", without a comma: the title's speaker noun
   * makes the person speak for the coded actor before the possessive, whose code they take over the
   * spokesperson's own role the title would give (MED).
   */
  PersonDescriptions.Description speakerFor(
      Sentence sentence, int nameStart, List<ActorMention> mentionsSoFar) {
    List<Token> tokens = sentence.tokens();
    if (nameStart < 3
        || !SPEAKS_FOR.contains(tokens.get(nameStart - 1).lemma().toLowerCase(Locale.ROOT))
        || !tokens.get(nameStart - 2).pos().equals("POS")) {
      return PersonDescriptions.Description.NONE;
    }
    return codeOfMentionEndingAt(
        sentence, tokens.get(nameStart - 3), tokens.get(nameStart - 2), mentionsSoFar);
  }

  /**
   * The role of "the Secretary of Transportation", "Minister of Defence": the agents dictionary's
   * "defence minister" when it has it, else an office of government. The office noun and the
   * portfolio are capitalised, as a title is; null when the words hold no such office.
   */
  String portfolioOfficeRole(List<Token> tokens, int from, int end) {
    for (int i = from; i + 2 < end; i++) {
      Token office = tokens.get(i);
      String officeNoun = office.lemma().toLowerCase(Locale.ROOT);
      if (!OFFICE_NOUNS.contains(officeNoun)
          || !TokenSpans.startsUpperCase(office.word())
          || !tokens.get(i + 1).word().equalsIgnoreCase("of")) {
        continue;
      }
      int portfolioEnd = i + 2;
      while (portfolioEnd < end
          && portfolioEnd - (i + 2) < 3
          && TokenSpans.startsUpperCase(tokens.get(portfolioEnd).word())) {
        portfolioEnd++;
      }
      for (int stop = portfolioEnd; stop > i + 2; stop--) {
        StringBuilder portfolio = new StringBuilder();
        for (int k = i + 2; k < stop; k++) {
          portfolio.append(tokens.get(k).word().toLowerCase(Locale.ROOT)).append(' ');
        }
        Optional<String> role = dictionary.agentRole(portfolio + officeNoun);
        if (role.isPresent()) {
          return role.get();
        }
      }
      if (portfolioEnd > i + 2) {
        return GOVERNMENT;
      }
    }
    return null;
  }

  /**
   * The code of the actor mentioned in this sentence whose name ends with the token, or with the
   * possessive after it (a dictionary alias may take in the "'s").
   */
  private PersonDescriptions.Description codeOfMentionEndingAt(
      Sentence sentence, Token last, Token possessive, List<ActorMention> mentionsSoFar) {
    for (ActorMention mention : mentionsSoFar) {
      String code = mention.cameoCode();
      if (mention.sentenceNo() == sentence.sentenceNo()
          && (mention.charEnd() == last.charEnd() || mention.charEnd() == possessive.charEnd())
          && code != null
          && code.length() >= 3) {
        Optional<ActorLookup.Known> country = dictionary.country(code.substring(0, 3));
        if (country.isEmpty()) {
          return PersonDescriptions.Description.NONE; // an international body speaks for itself
        }
        String role = code.length() > 3 ? code.substring(3) : null;
        return new PersonDescriptions.Description(country.get(), role);
      }
    }
    return PersonDescriptions.Description.NONE;
  }

  /** The role the longest agent phrase ending nearest the end gives, by lemmas then as written. */
  private String roleOf(Sentence sentence, int from, int end) {
    List<Token> tokens = sentence.tokens();
    for (int stop = end; stop > from; stop--) {
      if (!tokens.get(stop - 1).pos().startsWith("NN")) {
        continue;
      }
      for (int start = from; start < stop; start++) {
        String written = TokenSpans.span(sentence, start, stop);
        Optional<String> role =
            dictionary
                .agentRole(TokenSpans.lemmas(tokens, start, stop))
                .or(() -> dictionary.agentRole(written));
        if (role.isPresent()) {
          return role.get();
        }
      }
    }
    return null;
  }

  /** A country, or the seat or capital of one ("of Tehran"), named in the words. */
  private Optional<ActorLookup.Known> countryIn(Sentence sentence, int from, int end) {
    for (int start = from; start < end; start++) {
      if (!TokenSpans.startsUpperCase(sentence.tokens().get(start).word())) {
        continue;
      }
      for (int stop = Math.min(end, start + 3); stop > start; stop--) {
        Optional<ActorLookup.Known> country =
            ArticleCountry.countryNamed(TokenSpans.span(sentence, start, stop), dictionary);
        if (country.isPresent()) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean opensAnIntroduction(List<Token> tokens, int from) {
    if (from == 0) {
      return true;
    }
    Token before = tokens.get(from - 1);
    return before.word().equals(",") || before.pos().startsWith("VB");
  }

  private static boolean isPhraseWord(Token token) {
    return TokenSpans.isDescriptionWord(token) || token.pos().equals("PRP$");
  }
}
