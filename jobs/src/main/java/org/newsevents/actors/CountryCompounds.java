package org.newsevents.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * Countries joined by a hyphen or a slash before a noun: "the Turkish-Libyan maritime agreement",
 * "US-Iran talks", "Russia/Ukraine border" name the parties of the agreement, the talks or the
 * border, one actor per country, so that a symmetric coding ("talks between A and B") sees each.
 * "The US-led coalition" is a coalition the US leads, which CAMEO codes as the leading country, as
 * the agents file codes a coalition by its members' role ("opposition coalition" is OPP). CoreNLP
 * splits the hyphen off, so the countries are tokens of their own.
 */
public final class CountryCompounds {
  /**
   * The method of a mention of one country of a compound that names the parties of a noun ("the
   * Turkish-Libyan agreement"); the event coder reads the compound's other countries with it.
   */
  public static final String PARTY_COMPOUND = "party-compound";

  /** The method of the country that leads what a "-led" compound names ("the US-led coalition"). */
  public static final String LED_COMPOUND = "led-compound";

  /** Nouns whose parties a compound of countries names: an agreement, a meeting, a relation. */
  private static final Set<String> PARTY_NOUNS =
      Set.of(
          "agreement",
          "accord",
          "deal",
          "treaty",
          "pact",
          "talk",
          "talks",
          "negotiation",
          "dialogue",
          "summit",
          "meeting",
          "border",
          "frontier",
          "relation",
          "relations",
          "tie",
          "ties",
          "cooperation",
          "partnership",
          "alliance",
          "dispute",
          "conflict",
          "war",
          "rivalry",
          "tension",
          "rapprochement");

  /** The marks that join a compound's countries. */
  private static final Set<String> JOINERS = Set.of("-", "/", "–");

  /** Words between a compound and its party noun: "maritime border", "peace", "bilateral". */
  private static final int MODIFIERS_BEFORE_THE_NOUN = 3;

  /** One country of a compound, at its tokens. */
  record Part(int start, int end, ActorLookup.Known country) {}

  /**
   * The countries of a compound starting at a token, and where it ends; for a "-led" compound the
   * leader alone, and the agent role of the noun it leads when the agents file has one ("US-led
   * forces" are MIL), else null.
   */
  record Compound(List<Part> parts, int end, boolean led, String ledRole) {}

  private final ActorLookup dictionary;
  private final BiFunction<Sentence, Integer, AliasMatch> aliasAt;

  CountryCompounds(ActorLookup dictionary, BiFunction<Sentence, Integer, AliasMatch> aliasAt) {
    this.dictionary = dictionary;
    this.aliasAt = aliasAt;
  }

  /** The compound a country at this token starts, if it starts one. */
  Optional<Compound> at(Sentence sentence, int start, boolean[] covered) {
    List<Token> tokens = sentence.tokens();
    if (start > 0 && JOINERS.contains(tokens.get(start - 1).word())) {
      return Optional.empty(); // a country inside a compound begun before
    }
    List<Part> parts = new ArrayList<>();
    Part part = countryAt(sentence, start, covered);
    while (part != null) {
      parts.add(part);
      int joiner = part.end();
      if (joiner + 1 >= tokens.size() || !JOINERS.contains(tokens.get(joiner).word())) {
        break;
      }
      part = countryAt(sentence, joiner + 1, covered);
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    int after = parts.get(parts.size() - 1).end();
    if (parts.size() == 1) {
      return led(tokens, parts.get(0), after);
    }
    return partyNounAfter(tokens, after) < 0
        ? Optional.empty()
        : Optional.of(new Compound(parts, after, false, null));
  }

  /** "The US-led coalition", "Saudi-led forces": the leader and the noun it leads. */
  private Optional<Compound> led(List<Token> tokens, Part leader, int after) {
    if (after + 2 >= tokens.size()
        || !JOINERS.contains(tokens.get(after).word())
        || !tokens.get(after + 1).word().equalsIgnoreCase("led")) {
      return Optional.empty();
    }
    int noun = after + 2;
    while (noun < tokens.size() - 1
        && noun - after - 2 < MODIFIERS_BEFORE_THE_NOUN
        && tokens.get(noun + 1).pos().startsWith("NN")
        && !tokens.get(noun + 1).pos().startsWith("NNP")) {
      noun++; // "the US-led military coalition"
    }
    Token head = tokens.get(noun);
    if (!head.pos().startsWith("NN") || head.pos().startsWith("NNP")) {
      return Optional.empty();
    }
    Optional<String> role =
        dictionary
            .agentRole(head.lemma().toLowerCase(Locale.ROOT))
            .or(() -> dictionary.agentRole(head.word().toLowerCase(Locale.ROOT)));
    return Optional.of(
        new Compound(
            List.of(leader),
            role.isPresent() ? noun + 1 : after + 2,
            true,
            role.filter(r -> RoleNouns.STATE_ROLES.contains(RoleNouns.sector(r))).orElse(null)));
  }

  /** The party noun the compound modifies, at most a few modifiers on; -1 when none. */
  private static int partyNounAfter(List<Token> tokens, int after) {
    for (int i = after; i < tokens.size() && i - after <= MODIFIERS_BEFORE_THE_NOUN; i++) {
      Token token = tokens.get(i);
      String pos = token.pos();
      if (pos.startsWith("NN")
          && !pos.startsWith("NNP")
          && PARTY_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))
          && (i + 1 >= tokens.size() || !tokens.get(i + 1).pos().startsWith("NN"))) {
        return i;
      }
      if (!pos.startsWith("JJ") && !(pos.startsWith("NN") && !pos.startsWith("NNP"))) {
        return -1;
      }
    }
    return -1;
  }

  /** The country a dictionary name at the token names (a country, demonym or seat), else null. */
  private Part countryAt(Sentence sentence, int start, boolean[] covered) {
    if (start >= sentence.tokens().size() || covered[start]) {
      return null;
    }
    AliasMatch match = aliasAt.apply(sentence, start);
    if (match == null) {
      return null;
    }
    return match.country(dictionary).map(known -> new Part(start, match.end(), known)).orElse(null);
  }
}
