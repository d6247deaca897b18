package org.newsevents.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsevents.nlp.Dependency;
import org.newsevents.nlp.EntityMention;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * Role nouns without a name as actors: "the court", "the government", "police", "protesters", "the
 * Prime Minister", "the Department of Justice". The agents dictionary gives the role; the country
 * comes from the article (the country it names most), and only for the organs of a state: a
 * protester or a gunman whose country the phrase does not give has none, as CAMEO codes it
 * ("---CVL", "---UAF").
 */
final class RoleNouns {
  /**
   * Roles too vague to make an actor ("people", "men") or that Phoenix gives words in ways the
   * CAMEO agents list does not ("spokesman" as media).
   */
  private static final Set<String> SKIPPED_ROLES = Set.of("PPL", "MED");

  /**
   * Words the agents dictionary makes elites (ELI) that name no office and so no country's elite:
   * "foreign actors", "non-state actors", "VIPs", "the retired". An elite role noun takes the
   * article's country, as a former office holder does.
   */
  private static final Set<String> SKIPPED_TERMS =
      Set.of("actor", "actors", "vip", "vips", "retired", "retireds");

  /** Determiners and possessives that may open a role noun phrase. */
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "its", "their", "his", "her");

  /** Prepositions of a modifier naming whose organ the noun is ("" for none). */
  private static final Set<String> OWNER_PREPOSITIONS = Set.of("of", "from", "in", "");

  /** Relations a modifier of the role noun takes when it names whose organ the noun is. */
  private static final Set<String> OWNER_RELATIONS =
      Set.of("nmod", "nmod:poss", "amod", "compound");

  private static final int LONGEST_TERM = 4;

  private static final Set<String> SUBJECT_RELATIONS =
      Set.of("nsubj", "nsubj:pass", "csubj", "obl:agent", "root");

  private static final Set<String> DEFINITE = Set.of("the", "this", "that");

  private final ActorLookup dictionary;

  RoleNouns(ActorLookup dictionary) {
    this.dictionary = dictionary;
  }

  /** A role noun phrase and the role the agents dictionary gives it. */
  record Found(int start, int end, String role) {}

  /** The roles of a state's organs and offices. */
  static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  /**
   * Roles that are the article's country's unless the phrase says otherwise: its state's organs,
   * and its elites, which the agents dictionary and the annotation guide make of former office
   * holders ("the former president", "former governor Chris Christie").
   */
  private static final Set<String> NATIONAL_ROLES =
      Stream.concat(STATE_ROLES.stream(), Stream.of("ELI")).collect(Collectors.toUnmodifiableSet());

  /**
   * The code a role noun gets: the article's country for an organ of the state or an elite, else no
   * country.
   */
  static String countryFor(String role, String articleCountry) {
    return NATIONAL_ROLES.contains(sector(role)) && articleCountry != null ? articleCountry : "---";
  }

  /**
   * Head nouns of a state's administrative bodies, which the agents dictionary lists only inside
   * longer names ("department of civil aviation").
   */
  private static final Set<String> STATE_BODY_HEADS =
      Set.of(
          "office",
          "ministry",
          "department",
          "agency",
          "authority",
          "bureau",
          "administration",
          "directorate",
          "inspectorate");

  /** GOV for the head noun of a state body named after its country ("the Office of Germany"). */
  static Optional<String> stateBodyRole(String headLemma) {
    return STATE_BODY_HEADS.contains(headLemma) ? Optional.of("GOV") : Optional.empty();
  }

  /**
   * Plural nouns for a country's people that the agents dictionary leaves out because they name no
   * role ("U.S. personnel", "British nationals", "Chinese staff").
   */
  private static final Set<String> PEOPLE_OF_NO_ROLE = Set.of("personnel", "national", "staff");

  /**
   * "His Russian counterpart", "their French counterparts", "U.S. officials": the one holding the
   * same office in the country named, or its officials, of its government whatever the office.
   */
  static Optional<String> counterpartRole(Token noun) {
    return OFFICIALS_OF_A_GOVERNMENT.contains(noun.lemma().toLowerCase(Locale.ROOT))
            && noun.pos().startsWith("NN")
            && !noun.pos().startsWith("NNP")
        ? Optional.of("GOV")
        : Optional.empty();
  }

  /**
   * Nouns for officials of a country named before them, whatever their office: "U.S. officials",
   * "his Russian counterpart".
   */
  private static final Set<String> OFFICIALS_OF_A_GOVERNMENT = Set.of("counterpart", "official");

  /**
   * Whether a country's alias is the plural of its demonym, without "the": "asking all Americans",
   * "two Iraqis were killed", "Syrians fled" name the country's people, its civilians (CVL), as the
   * annotation guide codes "two Argentine men"; the Phoenix dictionary gives the bare country. "The
   * Russians backed him" is the state, as diplomatic reporting uses it, and stays so. Only demonyms
   * in -an and -i ("Russians", "Afghans", "Israelis", "Saudis"): "Philippines" is a country's name
   * of the same shape as "Danes" or "Turks".
   */
  static boolean namesAPeople(Sentence sentence, int start, int end) {
    boolean definite =
        start > 0 && sentence.tokens().get(start - 1).lemma().equalsIgnoreCase("the");
    return end == start + 1 && hasThePluralDemonymShape(sentence.tokens().get(start)) && !definite;
  }

  /** A plural noun in -ans or -is: "Americans", "Afghans", "Iraqis", "Saudis" (see above). */
  static boolean hasThePluralDemonymShape(Token word) {
    String text = word.word().toLowerCase(Locale.ROOT);
    boolean plural = word.pos().equals("NNPS") || word.pos().equals("NNS");
    return plural && (text.endsWith("ans") || (text.endsWith("is") && text.length() > 4));
  }

  /** Whether the noun after a country's name makes the phrase that country's people. */
  static boolean namesPeopleOfNoRole(Token noun) {
    return noun.pos().startsWith("NN")
        && !noun.pos().startsWith("NNP")
        && PEOPLE_OF_NO_ROLE.contains(noun.lemma().toLowerCase(Locale.ROOT));
  }

  /** The last three letters of a compound agent code: its most specific sector. */
  static String sector(String role) {
    return role.length() > 3 ? role.substring(role.length() - 3) : role;
  }

  /**
   * The role noun phrases of a parsed sentence that take part in the action and that no name
   * already covers or owns ("Britain's foreign secretary" is the country's, found by the dictionary
   * scan).
   */
  List<Found> find(Sentence sentence, boolean[] covered) {
    List<Found> found = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      Found phrase = phraseAt(sentence, i);
      if (phrase == null || anyCovered(covered, phrase.start(), phrase.end())) {
        i++;
        continue;
      }
      if (ClauseRoles.acts(sentence, phrase.start(), phrase.end())
          && (isSubject(sentence, phrase)
              || isDefinite(sentence, phrase)
              || isHurtOrFought(sentence, phrase))
          && !titleOfAName(sentence, phrase.end())
          && !ownedByAnActor(sentence, phrase, covered)) {
        found.add(phrase);
      }
      i = phrase.end();
    }
    return found;
  }

  /** The longest agent term starting at a token and ending a noun phrase; null when none. */
  private Found phraseAt(Sentence sentence, int start) {
    List<Token> tokens = sentence.tokens();
    if (!tokens.get(start).pos().startsWith("NN") && !tokens.get(start).pos().startsWith("JJ")) {
      return null;
    }
    if (start > 0 && tokens.get(start - 1).pos().startsWith("NNP")) {
      return null; // "Hong Kong police" is the dictionary scan's; "Smith's lawyer" is not a role.
    }
    for (int n = Math.min(LONGEST_TERM, tokens.size() - start); n >= 1; n--) {
      int end = start + n;
      Token last = tokens.get(end - 1);
      if (!last.pos().startsWith("NN")) {
        continue;
      }
      if (end < tokens.size() && tokens.get(end).pos().startsWith("NN")) {
        continue; // "the court hearing" is a hearing, not the court
      }
      Optional<String> role =
          dictionary
              .agentRole(TokenSpans.lemmas(tokens, start, end))
              .or(() -> dictionary.agentRole(TokenSpans.span(sentence, start, end)));
      if (role.isPresent()
          && !SKIPPED_ROLES.contains(sector(role.get()))
          && !SKIPPED_TERMS.contains(TokenSpans.lemmas(tokens, start, end))) {
        return new Found(start, end, role.get());
      }
    }
    return null;
  }

  /**
   * Whether the phrase is the subject or agent of its clause: "police arrested", "attacked by
   * gunmen".
   */
  private static boolean isSubject(Sentence sentence, Found phrase) {
    Dependency head = ClauseRoles.headOf(sentence, phrase.start(), phrase.end());
    return head != null && SUBJECT_RELATIONS.contains(head.relation());
  }

  /**
   * "Attacked the police", "criticised the government": a definite role noun elsewhere in the
   * clause names one body. "Deployed 100,000 soldiers" or "withdrew its troops" name the subject's
   * own people, not a party of their own.
   */
  private static boolean isDefinite(Sentence sentence, Found phrase) {
    return phrase.start() > 0
        && DEFINITE.contains(
            sentence.tokens().get(phrase.start() - 1).word().toLowerCase(Locale.ROOT));
  }

  /** Verbs whose object or "with" phrase is a party of its own: the one hurt or fought. */
  private static final Set<String> VERBS_OF_FIGHTING = Set.of("clash", "fight", "battle");

  /**
   * "Gunmen killed five soldiers", "protesters clashed with police", "police detained 30
   * protesters": the ones a verb of violence or arrest is done to, or fought with, are a party of
   * their own, though "deployed 100,000 soldiers" names the subject's own people.
   */
  private static boolean isHurtOrFought(Sentence sentence, Found phrase) {
    if (sector(phrase.role()).equals("CVL")) {
      return false; // civilians hurt are the article country's (ImpliedAgents), not of no country
    }
    Dependency head = ClauseRoles.headOf(sentence, phrase.start(), phrase.end());
    if (head == null || head.governor() < 0) {
      return false;
    }
    String verb = sentence.tokens().get(head.governor()).lemma().toLowerCase(Locale.ROOT);
    String preposition = ClauseRoles.caseWord(sentence, head.dependent());
    boolean oblique = head.relation().startsWith("obl") || head.relation().startsWith("nmod");
    return (head.relation().equals("obj")
            && (ImpliedAgents.VIOLENT_VERBS.contains(verb)
                || VERBS_OF_ARMED_ACTION.contains(verb)
                || ImpliedAgents.isVerbOfArrestOrTrial(verb)))
        || (head.relation().equals("obl") && VERBS_OF_FIGHTING.contains(verb))
        // "an offensive against rebels", "strikes against militants": the side fought
        || (oblique && preposition.equals("against"))
        // "repelled an attack by separatists": the attacker the act noun names
        || (head.relation().startsWith("nmod")
            && preposition.equals("by")
            && HostileActNouns.codeOf(new ParseTree(sentence), head.governor()) != null);
  }

  /**
   * Verbs of armed action besides the violent verbs ({@link ImpliedAgents#VIOLENT_VERBS}): their
   * object is the side struck ("warplanes bombed militants").
   */
  private static final Set<String> VERBS_OF_ARMED_ACTION =
      Set.of("bomb", "shell", "strike", "target", "raid", "ambush", "besiege", "rout", "repel");

  /** "Prime Minister Kyriakos Mitsotakis": a title before a name is the name's, not an actor. */
  private static boolean titleOfAName(Sentence sentence, int end) {
    if (end >= sentence.tokens().size()) {
      return false;
    }
    for (EntityMention entity : sentence.entities()) {
      if (entity.tokenStart() == end && entity.type().equals("PERSON")) {
        return true;
      }
    }
    return sentence.tokens().get(end).pos().startsWith("NNP");
  }

  /**
   * "The government of Greece", "Russia's troops": a modifier of the noun that an actor mention
   * covers makes the phrase that actor's, which the dictionary scan has resolved.
   */
  private static boolean ownedByAnActor(Sentence sentence, Found phrase, boolean[] covered) {
    for (Dependency dependency : sentence.dependencies()) {
      if (dependency.governor() >= phrase.start()
          && dependency.governor() < phrase.end()
          && (dependency.dependent() < phrase.start() || dependency.dependent() >= phrase.end())
          && OWNER_RELATIONS.contains(dependency.relation())
          && covered[dependency.dependent()]
          && (!dependency.relation().equals("nmod")
              // "rebels near Aleppo" are no organ of the city, "police in Aleppo" are
              || OWNER_PREPOSITIONS.contains(
                  ClauseRoles.caseWord(sentence, dependency.dependent())))) {
        return true;
      }
    }
    return phrase.start() > 0
        && covered[phrase.start() - 1]
        && !OPENERS.contains(
            sentence.tokens().get(phrase.start() - 1).word().toLowerCase(Locale.ROOT));
  }

  private static boolean anyCovered(boolean[] covered, int start, int end) {
    for (int i = start; i < end; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Countries whose legislature English news calls "Congress" (the National Congress of Brazil, the
   * Congress of the Republic of Peru, ...). "Congress" alone in an article about any other country
   * is the United States Congress: "As Congress debates the agreement limiting Iran's nuclear
   * program" was coded Iran's legislature.
   */
  private static final Set<String> CONGRESS_COUNTRIES =
      Set.of(
          "USA", "ARG", "BRA", "CHL", "COL", "DOM", "GTM", "HND", "MEX", "PRY", "PER", "PHL",
          "FSM");

  /**
   * The actor a role noun names where it stands in the sentence: the role with the article's
   * country, but "Congress" alone is the United States' (see above).
   */
  ResolvedActor actorNamed(
      String agentRole, Sentence sentence, int start, int end, String articleCountry) {
    return actor(agentRole, countryOfCongress(sentence, start, end, articleCountry));
  }

  private static String countryOfCongress(
      Sentence sentence, int start, int end, String articleCountry) {
    boolean congress = end - start == 1 && sentence.tokens().get(start).word().equals("Congress");
    return congress && (articleCountry == null || !CONGRESS_COUNTRIES.contains(articleCountry))
        ? "USA"
        : articleCountry;
  }

  /** The sector of a full actor code ("GBRPTY" gives PTY); null for a code of three letters. */
  static String sectorOfCode(String code) {
    return code.length() <= 3 ? null : sector(code.substring(3));
  }

  /** "The court", "police", "protesters": a role with the article's country or none. */
  ResolvedActor actor(String agentRole, String articleCountry) {
    String role = RoleNouns.sector(agentRole);
    String country = RoleNouns.countryFor(agentRole, articleCountry);
    Optional<ActorLookup.Known> known =
        country.equals("---") ? Optional.empty() : dictionary.country(country);
    String key = country + "_" + role;
    return new ResolvedActor(
        key,
        (known.isPresent() ? known.get().name() : country) + " (" + role + ")",
        ActorType.SECTOR.code(),
        country.equals("---") ? null : country,
        role,
        country + role,
        List.of(),
        !country.equals("---"),
        null);
  }
}
