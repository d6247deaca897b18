package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.EntityMention;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * Organisations the dictionary lacks, named by a proper name whose head is an agent noun of the
 * agents dictionary: "Rutgers University" (EDU), "Ford Motor Company" (BUS), "the Tehran Police"
 * (COP), "the National Congress" (LEG), "the Democratic Party" read from "democratic party" (PTY).
 * The name says what kind of body it is; its country is the one a place, a seat of government or a
 * demonym inside the name (or right before it) names, else the article's country, which is a guess
 * the mention's method owns up to so that the coding confidence can weigh it. A name whose head is
 * no agent noun ("Atlantic Council", "CBS Radio") stays uncoded: the agents file says what a
 * "national council" is, not what any council is.
 */
public final class AgentHeadedNames {
  /** The method of a mention whose country a place, seat or demonym in or before the name gave. */
  public static final String COUNTRY_IN_NAME = "agent-name";

  /**
   * The method of a mention whose name gave no country, so that it took the article's: right for a
   * university or a police force, a guess for a company.
   */
  public static final String ARTICLE_COUNTRY = "agent-name-article-country";

  /**
   * Roles no body is named after: people of no role, and elites, which the agents file gives to
   * persons ("celebrity", "the retired").
   */
  private static final Set<String> SKIPPED_SECTORS = Set.of("PPL", "ELI");

  /**
   * Endings of the nouns for a person rather than a body ("Spokesman", "Senator", "Professor",
   * "Columnist"): NER sometimes takes a title into an organisation's name ("BBC Correspondent"),
   * and a person is never made a body. The agents file mixes the two, so its nouns are read by
   * their ending; bodies with such an ending are listed apart.
   */
  private static final List<String> PERSON_ENDINGS =
      List.of(
          "man", "men", "woman", "women", "person", "people", "ist", "er", "or", "ian", "ent",
          "ant");

  /** Agent nouns of bodies that end as a person's noun does. */
  private static final Set<String> BODIES_WITH_A_PERSONS_ENDING =
      Set.of(
          "government",
          "parliament",
          "chamber",
          "center",
          "centre",
          "directorate",
          "department",
          "detachment",
          "regiment",
          "movement",
          "enforcement",
          "management",
          "newspaper");

  /** The sector of legislatures, whose head noun "congress" also names federations of unions. */
  private static final String LEGISLATURE = "LEG";

  /** The sector of labour: trade unions, their federations, workers. */
  private static final String LABOUR = "LAB";

  /**
   * Words that name labour on their own, which the agents file lists only inside longer terms
   * ("labour activist", "organized labor").
   */
  private static final Set<String> LABOUR_WORDS = Set.of("labour", "labor");

  /** Nouns of a single office, which a name right after it holds ("Party Chairman Xi"). */
  private static final Set<String> OFFICES =
      Set.of(
          "secretary",
          "undersecretary",
          "minister",
          "president",
          "chief",
          "head",
          "deputy",
          "envoy",
          "ambassador",
          "general",
          "premier",
          "chancellor",
          "mayor",
          "governor",
          "judge",
          "justice",
          "king",
          "queen",
          "prince",
          "emperor",
          "pope",
          "official",
          "officials",
          "spokesperson",
          "representative",
          "delegate",
          "member",
          "members",
          "sheriff",
          "marshal",
          "attorney",
          "counsel",
          "captain",
          "colonel",
          "major",
          "sergeant",
          "lieutenant",
          "dean",
          "chair",
          "mufti",
          "sheikh");

  private final ActorLookup dictionary;

  AgentHeadedNames(ActorLookup dictionary) {
    this.dictionary = dictionary;
  }

  /** A body the name names, and how its country was found. */
  record Body(ResolvedActor actor, String method) {}

  /**
   * The body an organisation's name names when its head is an agent noun; empty when it is not, or
   * when the name is a person's or a title's.
   *
   * @param titleCountry the country the words before the name give ("the Iranian airline ..."), or
   *     null
   * @param articleCountry the article's country, or null
   */
  Optional<Body> resolve(
      Sentence sentence, EntityMention entity, String titleCountry, String articleCountry) {
    List<Token> tokens = sentence.tokens();
    int start = entity.tokenStart();
    int end = entity.tokenEnd();
    if (namesSeveral(tokens, start, end)) {
      return Optional.empty(); // "the Foreign Affairs, Intelligence and Oversight committees"
    }
    int head = headOf(tokens, start, end);
    boolean ofPhrase = namesAnOfPhrase(tokens, head, end);
    if (head <= start && !ofPhrase) {
      return Optional.empty(); // a name of one word is all head: no proper name tells which body
    }
    Optional<String> sector =
        bodyRole(tokens, ofPhrase ? start : start + 1, head)
            .map(role -> withLabourMembers(role, tokens, start, end, head));
    if (sector.isEmpty()) {
      return Optional.empty();
    }
    Optional<ActorLookup.Known> inName = countryInName(sentence, start, end, head);
    String country = inName.map(ActorLookup.Known::countryCode).orElse(titleCountry);
    return body(sentence, start, end, sector.get(), country, articleCountry);
  }

  /**
   * A body named by a place and a capitalised agent noun ("the Tehran Police", "the Norbury
   * Police"), which NER reads as a place followed by a word: its end and the body, of the place's
   * country when the dictionary knows the place, else of the article's; empty when the words after
   * the place name no body.
   *
   * @param placeCountry the country the place names, or null
   */
  Optional<Placed> namedAfterPlace(
      Sentence sentence,
      int placeStart,
      int placeEnd,
      String placeCountry,
      String articleCountry,
      boolean[] covered) {
    List<Token> tokens = sentence.tokens();
    int end = placeEnd;
    while (end < tokens.size()
        && end - placeEnd < 3
        && !covered[end]
        && tokens.get(end).pos().startsWith("NNP")
        && TokenSpans.startsUpperCase(tokens.get(end).word())
        && !"PERSON".equals(tokens.get(end).ner())
        && !"LOCATION".equals(tokens.get(end).ner())) {
      end++;
    }
    if (end == placeEnd || (end < tokens.size() && tokens.get(end).pos().startsWith("NNP"))) {
      return Optional.empty(); // no capitalised word after the place, or a longer name
    }
    int nameEnd = end;
    Optional<String> sector =
        bodyRole(tokens, placeEnd, nameEnd - 1)
            .map(role -> withLabourMembers(role, tokens, placeEnd, nameEnd, nameEnd - 1));
    if (sector.isEmpty()) {
      return Optional.empty();
    }
    return body(sentence, placeStart, nameEnd, sector.get(), placeCountry, articleCountry)
        .map(body -> new Placed(body, placeEnd, nameEnd));
  }

  /** "The Norbury Police", "the Tehran Police": a place, then an agent noun in capitals. */
  void mentionNamedAfterPlace(
      Sentence sentence,
      int placeStart,
      int placeEnd,
      String placeCountry,
      ArticleContext context,
      boolean[] covered) {
    Optional<Placed> placed =
        namedAfterPlace(sentence, placeStart, placeEnd, placeCountry, context.country, covered);
    if (placed.isEmpty()) {
      return;
    }
    ResolvedActor body = placed.get().body().actor();
    context.mention(
        context.actors.getOrDefault(body.actorKey(), body),
        sentence,
        placeStart,
        placed.get().end(),
        SpanFilters.isCitedAsInformationSource(sentence, placeStart)
            ? ActorResolver.CITED_SOURCE
            : placed.get().body().method());
    TokenSpans.mark(covered, placeStart, placed.get().end());
  }

  /** The country a dictionary match names as a country, a demonym or a seat; null otherwise. */
  String countryOf(AliasMatch match) {
    return match.country(dictionary).map(ActorLookup.Known::countryCode).orElse(null);
  }

  /** A body named after a place, and the tokens of its name. */
  record Placed(Body body, int placeEnd, int end) {}

  /**
   * The sector the agent term ending at the head gives, when the head names a body: not a person,
   * an office, people of no role or an elite.
   *
   * @param earliest the first token the term may start at
   */
  private Optional<String> bodyRole(List<Token> tokens, int earliest, int head) {
    if (head + 1 < tokens.size() && "PERSON".equals(tokens.get(head + 1).ner())) {
      return Optional.empty(); // "Party Secretary Li Wei": a title before a person's name
    }
    Optional<String> role = roleEndingAt(tokens, earliest, head);
    if (role.isEmpty() || namesAPerson(tokens.get(head))) {
      return Optional.empty();
    }
    String sector = RoleNouns.sector(role.get());
    return SKIPPED_SECTORS.contains(sector) ? Optional.empty() : Optional.of(sector);
  }

  /**
   * "The Trades Union Congress", "the Nigeria Labour Congress", "the Congress of South African
   * Trade Unions": a congress of trade unions is their federation, a labour body, though the agents
   * file reads "congress" alone as a legislature. Labour named among the name's other words makes a
   * legislature's head noun a labour body. No other members' noun does: a legislature's name may
   * name the people it stands for ("the National People's Congress").
   */
  private String withLabourMembers(
      String sector, List<Token> tokens, int start, int end, int head) {
    return sector.equals(LEGISLATURE) && namesLabour(tokens, start, end, head) ? LABOUR : sector;
  }

  /**
   * Whether a word of the name other than its head is "labour" or "labor", or ends an agent term of
   * the labour sector ("Trades Union", "Workers", "Trade Unions").
   */
  private boolean namesLabour(List<Token> tokens, int start, int end, int head) {
    for (int from = start; from < end; from++) {
      if (from == head) {
        continue;
      }
      if (LABOUR_WORDS.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (int to = Math.min(end, from + 3); to > from; to--) {
        if (from < head && to > head) {
          continue; // a term that takes in the head names the body, not its members
        }
        String words = wordsOf(tokens, from, to);
        Optional<String> role =
            dictionary
                .agentRole(TokenSpans.lemmas(tokens, from, to))
                .or(() -> dictionary.agentRole(words));
        if (role.isPresent() && RoleNouns.sector(role.get()).equals(LABOUR)) {
          return true;
        }
      }
    }
    return false;
  }

  private Optional<Body> body(
      Sentence sentence,
      int start,
      int end,
      String sector,
      String ownCountry,
      String articleCountry) {
    if (ownCountry == null && namesNoOneCountry(sentence.tokens(), start, end)) {
      // "the European Court of Justice", "the World Health Assembly": a body of many countries,
      // which the article's country would misname.
      return Optional.empty();
    }
    String country = ownCountry != null ? ownCountry : articleCountry;
    String method = ownCountry != null ? COUNTRY_IN_NAME : ARTICLE_COUNTRY;
    String name = TokenSpans.span(sentence, start, end);
    String key = "UNKNOWN_ORGANIZATION:" + ActorResolver.normalize(name).replace(' ', '_');
    ResolvedActor actor =
        new ResolvedActor(
            key,
            name,
            "organization",
            country,
            sector,
            (country == null ? "---" : country) + sector,
            List.of(name),
            false,
            sentence.text());
    return Optional.of(new Body(actor, method));
  }

  /** Words of a name that make its body one of several countries or of none. */
  private static final Set<String> MULTINATIONAL_WORDS =
      Set.of(
          "international",
          "world",
          "global",
          "european",
          "africa",
          "african",
          "asia",
          "asian",
          "arab",
          "americas",
          "inter-american",
          "pan",
          "commonwealth",
          "nations",
          "atlantic",
          "pacific",
          "nordic",
          "regional");

  private static boolean namesNoOneCountry(List<Token> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      if (MULTINATIONAL_WORDS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A span NER joined over a list of names: a comma, a semicolon or "and" inside it. */
  private static boolean namesSeveral(List<Token> tokens, int start, int end) {
    for (int i = start + 1; i < end - 1; i++) {
      String word = tokens.get(i).word();
      if (word.equals(",") || word.equals(";") || word.equals("and") || word.equals("&")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name's head: the noun before its first "of" ("University of Tehran", "Bank of Ghana"), else
   * its last word that is no possessive or punctuation.
   */
  static int headOf(List<Token> tokens, int start, int end) {
    for (int i = start + 1; i < end - 1; i++) {
      if (tokens.get(i).word().equals("of")) {
        return i - 1;
      }
    }
    int last = end - 1;
    while (last > start && !TokenSpans.hasLetterOrDigit(tokens.get(last).word())) {
      last--;
    }
    if (last > start && tokens.get(last).pos().equals("POS")) {
      last--;
    }
    return last;
  }

  /** "University of Tehran": the proper name follows the head, in its "of" phrase. */
  private static boolean namesAnOfPhrase(List<Token> tokens, int head, int end) {
    return head + 2 < end && tokens.get(head + 1).word().equals("of");
  }

  /**
   * The role of the longest agent term that ends at the head and starts after the name's first word
   * ("Motor Company" is no term, "Company" is; "Islamic Revolutionary Guard Corps" would be found
   * before "Corps"), or at the first word when an "of" phrase follows the head. A name that is all
   * agent term ("the Democratic Party") is the resolver's role noun, read before.
   */
  private Optional<String> roleEndingAt(List<Token> tokens, int earliest, int head) {
    for (int from = Math.max(earliest, head - 3); from <= head; from++) {
      String words = wordsOf(tokens, from, head + 1);
      Optional<String> role =
          dictionary
              .agentRole(TokenSpans.lemmas(tokens, from, head + 1))
              .or(() -> dictionary.agentRole(words));
      if (role.isPresent()) {
        return role;
      }
    }
    return Optional.empty();
  }

  private static String wordsOf(List<Token> tokens, int from, int to) {
    StringBuilder words = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        words.append(' ');
      }
      words.append(tokens.get(i).word().toLowerCase(Locale.ROOT));
    }
    return words.toString();
  }

  /** Whether the head noun names a person or an office rather than a body. */
  static boolean namesAPerson(Token head) {
    String word = head.word().toLowerCase(Locale.ROOT);
    // A capitalised plural keeps its "s" as its lemma ("Envoys"): the singular is read too.
    String lemma =
        word.endsWith("s") && head.lemma().equalsIgnoreCase(head.word())
            ? word.substring(0, word.length() - 1)
            : head.lemma().toLowerCase(Locale.ROOT);
    if (OFFICES.contains(lemma) || OFFICES.contains(word)) {
      return true;
    }
    if (BODIES_WITH_A_PERSONS_ENDING.contains(lemma)) {
      return false;
    }
    return PERSON_ENDINGS.stream().anyMatch(ending -> lemma.endsWith(ending));
  }

  /**
   * The country a place, a seat of government or a demonym among the name's words other than its
   * head names ("Tehran Police", "Iraqi Airways", "University of Tehran").
   */
  private Optional<ActorLookup.Known> countryInName(
      Sentence sentence, int start, int end, int head) {
    List<Token> tokens = sentence.tokens();
    for (int from = start; from < end; from++) {
      if (from == head || !TokenSpans.startsUpperCase(tokens.get(from).word())) {
        continue;
      }
      for (int to = Math.min(end, from + 3); to > from; to--) {
        if (from < head && to > head) {
          continue;
        }
        Optional<ActorLookup.Known> country =
            ArticleCountry.countryNamed(TokenSpans.span(sentence, from, to), dictionary);
        if (country.isPresent()) {
          return country;
        }
      }
    }
    return Optional.empty();
  }
}
