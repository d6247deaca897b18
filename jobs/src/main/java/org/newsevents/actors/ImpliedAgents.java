package org.newsevents.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * Actors a passive leaves unnamed but certain: whoever "was arrested" or "was detained" was taken
 * by the police, whoever "was convicted", "was sentenced" or "was jailed" by a court. The CAMEO
 * reading of such a sentence is the state's organ acting on the person, and the text says which
 * country only by what the article is about. The person it happens to, when no name says who they
 * are ("a man was arrested", "Rod Blagojevich was jailed" with no office given), is a civilian of
 * that country. So are the people an active verb of violence is done to when only a common noun
 * names them ("murdered two men"), and the protesters of protests said to go on ("protests
 * continued").
 */
public final class ImpliedAgents {
  /**
   * The sector of whoever stabbed, shot or kidnapped someone when the text does not say:
   * unidentified armed forces of no known country ("---UAF"), as CAMEO codes unknown gunmen. Only a
   * person is their patient: "was killed" is left out, as accidents kill too.
   */
  private static final String UNKNOWN_ATTACKER = "UAF";

  /** The verbs whose unnamed agent is certain, and that agent's CAMEO sector. */
  private static final Map<String, String> AGENT_BY_VERB =
      Map.ofEntries(
          Map.entry("arrest", "COP"),
          Map.entry("detain", "COP"),
          Map.entry("apprehend", "COP"),
          Map.entry("jail", "JUD"),
          Map.entry("imprison", "JUD"),
          Map.entry("convict", "JUD"),
          Map.entry("sentence", "JUD"),
          Map.entry("indict", "JUD"),
          Map.entry("prosecute", "JUD"),
          Map.entry("stab", UNKNOWN_ATTACKER),
          Map.entry("shoot", UNKNOWN_ATTACKER),
          Map.entry("murder", UNKNOWN_ATTACKER),
          Map.entry("assassinate", UNKNOWN_ATTACKER),
          Map.entry("behead", UNKNOWN_ATTACKER),
          Map.entry("kidnap", UNKNOWN_ATTACKER),
          Map.entry("abduct", UNKNOWN_ATTACKER),
          Map.entry("assault", UNKNOWN_ATTACKER));

  /** Whether the verb arrests, jails or tries someone ("detain", "imprison", "prosecute"). */
  static boolean isVerbOfArrestOrTrial(String lemma) {
    String sector = AGENT_BY_VERB.get(lemma);
    return "COP".equals(sector) || "JUD".equals(sector);
  }

  /** The auxiliaries of a passive, as tokens only show it before the parse. */
  private static final Set<String> PASSIVE_AUXILIARIES =
      Set.of("be", "get", "is", "was", "were", "are", "been", "being");

  /**
   * Common nouns for one who attacks when the text does not say who they are: "a man stabbed three
   * people", "the attacker injured two women". CAMEO codes an unknown perpetrator as unidentified
   * armed forces ("---UAF"), as the passive "was stabbed" does; "police officer" or "soldier" are
   * role nouns of their own, and "protesters" or "residents" who fight are civilians.
   */
  private static final Set<String> ATTACKER_NOUNS =
      Set.of(
          "man",
          "woman",
          "men",
          "women",
          "person",
          "suspect",
          "shooter",
          "gunman",
          "attacker",
          "assailant",
          "knifeman",
          "teenager",
          "individual");

  /**
   * Common nouns that name a person, not a thing ("the suspect", "a man", "two women"): an
   * attacker's nouns and these.
   */
  private static final Set<String> PERSON_NOUNS =
      Stream.concat(
              ATTACKER_NOUNS.stream(),
              Stream.of(
                  "people",
                  "civilian",
                  "villager",
                  "child",
                  "passenger",
                  "tourist",
                  "pedestrian",
                  "driver",
                  "boy",
                  "girl",
                  "resident",
                  "citizen",
                  "protester",
                  "activist",
                  "journalist",
                  "student",
                  "worker",
                  "inmate",
                  "prisoner",
                  "officer",
                  "doctor",
                  "father",
                  "mother",
                  "son",
                  "daughter",
                  "husband",
                  "wife"))
          .collect(Collectors.toUnmodifiableSet());

  /** Agent sectors a victim noun may have and still be a civilian ("men" PPL, "women" CVL). */
  private static final Set<String> CIVILIAN_SECTORS = Set.of("CVL", "PPL");

  /** The resolution method of an implied agent's mention (on the verb that implies it). */
  public static final String AGENT = "implied-agent";

  /** The resolution method of a patient named only by a common noun for a person. */
  public static final String PATIENT = "implied-patient";

  /** Patients the event coder reads from the person named before ("he was sentenced"). */
  private static final Set<String> PRONOUNS = Set.of("he", "she");

  /** A passive verb of one of these kinds, and the sector of its implied agent. */
  record Found(int verb, int patient, String sector) {}

  private ImpliedAgents() {}

  /**
   * Adds the implied agent of each such passive to the sentence's mentions, on the verb that
   * implies it, with the article's country; and codes the patient as that country's civilians when
   * only a common noun or an unknown person's bare name says who they are.
   *
   * @param sectorActor the actor of a country's sector ("COP", "CVL"); of no country when the
   *     country is null
   */
  static void resolve(
      Sentence sentence,
      ArticleContext context,
      boolean[] covered,
      ActorLookup dictionary,
      BiFunction<ActorLookup.Known, String, ResolvedActor> sectorActor) {
    // Only a parse shows a passive's subject: a sentence triage did not parse holds none to find,
    // and most sentences are not parsed, so no tree is built for them.
    if (sentence.dependencies().isEmpty()) {
      return;
    }
    ParseTree tree = new ParseTree(sentence);
    Optional<ActorLookup.Known> country =
        context.country == null ? Optional.empty() : dictionary.country(context.country);
    for (int weapon : unclaimedWeapons(sentence, tree, covered)) {
      // "A car bomb killed 12 soldiers", "soldiers were killed by a roadside bomb"
      context.mention(
          sectorActor.apply(null, UNKNOWN_ATTACKER), sentence, weapon, weapon + 1, AGENT);
      covered[weapon] = true;
    }
    for (int verb : killedInUnclaimedAttacks(sentence, tree, covered)) {
      // "Two police officers were killed in an attack": the agent is the attack's unnamed doer
      int patient = tree.passiveSubject(verb);
      if (country.isPresent() && !covered[patient] && isPersonNoun(tree, patient)) {
        ActorLookup.Known where =
            countryOfThePlace(sentence, tree, verb, dictionary).orElse(country.get());
        context.mention(sectorActor.apply(where, "CVL"), sentence, patient, patient + 1, PATIENT);
        covered[patient] = true;
      }
      context.mention(sectorActor.apply(null, UNKNOWN_ATTACKER), sentence, verb, verb + 1, AGENT);
      covered[verb] = true;
    }
    if (country.isEmpty()) {
      return;
    }
    for (Found passive : find(sentence, tree)) {
      int verb = passive.verb();
      int patient = passive.patient();
      if (covered[verb]) {
        continue;
      }
      boolean attack = UNKNOWN_ATTACKER.equals(passive.sector());
      if (!covered[patient] && isPersonNoun(tree, patient)) {
        context.mention(
            sectorActor.apply(country.get(), "CVL"), sentence, patient, patient + 1, PATIENT);
        covered[patient] = true;
      } else {
        ActorMention named = mentionAt(context, sentence, patient);
        if (named == null && !PRONOUNS.contains(tree.word(patient))) {
          continue; // "the bill was indicted" does not happen; a patient must be someone
        }
        ResolvedActor actor = named == null ? null : context.actors.get(named.actorKey());
        boolean person = actor != null && "person".equals(actor.actorType());
        if (attack && actor != null && !person) {
          continue; // "the building was shot" or "the film was shot": only people are attacked
        }
        if (person && !actor.known()) {
          context.describe(
              actor.actorKey(), new PersonDescriptions.Description(country.get(), "CVL"));
        }
      }
      context.mention(
          sectorActor.apply(attack ? null : country.get(), passive.sector()),
          sentence,
          verb,
          verb + 1,
          AGENT);
      covered[verb] = true;
    }
    for (int protest : ongoingProtests(sentence, tree)) {
      if (!covered[protest]) {
        context.mention(
            sectorActor.apply(country.get(), "CVL"), sentence, protest, protest + 1, AGENT);
        covered[protest] = true;
      }
    }
    for (int attacker : unnamedAttackers(sentence, tree)) {
      if (!covered[attacker]) {
        context.mention(
            sectorActor.apply(null, UNKNOWN_ATTACKER), sentence, attacker, attacker + 1, AGENT);
        covered[attacker] = true;
      }
    }
    for (int patient : activeVictims(sentence, tree)) {
      // "Police arrested Russian students": a noun the agents dictionary gives a sector of its own
      // (students EDU, journalists MED) is that sector's, not any civilian.
      Optional<String> role = dictionary.agentRole(tree.lemma(patient));
      if (role.isPresent() && !CIVILIAN_SECTORS.contains(RoleNouns.sector(role.get()))) {
        continue;
      }
      if (!covered[patient]) {
        ActorLookup.Known where =
            countryOfThePlace(sentence, tree, verbOf(tree, patient), dictionary)
                .orElse(country.get());
        context.mention(sectorActor.apply(where, "CVL"), sentence, patient, patient + 1, PATIENT);
        covered[patient] = true;
      }
    }
    for (int party : namedPartiesToViolence(sentence, tree)) {
      ActorMention named = mentionAt(context, sentence, party);
      ResolvedActor actor = named == null ? null : context.actors.get(named.actorKey());
      if (actor != null && "person".equals(actor.actorType()) && !actor.known()) {
        context.describe(
            actor.actorKey(), new PersonDescriptions.Description(country.get(), "CVL"));
      }
    }
  }

  /**
   * The subjects of active verbs of bodily violence and the objects of active verbs of arrest or
   * trial ("Usman Khan stabbed several people", "police arrested Zhukovskyy"): a person the
   * dictionary does not know, named there with no title or description, is a private person of the
   * article's country, a civilian, as in the passive "Zhukovskyy was arrested". The one soldiers
   * shoot is not: "Israeli forces shot Anwar Qudaih", in an article from Israel, is a Palestinian.
   * "Attacked" and "beat" are said of words and votes too ("Warren attacked Bloomberg").
   */
  private static final Set<String> SAID_OF_WORDS_TOO = Set.of("attack", "beat");

  private static List<Integer> namedPartiesToViolence(Sentence sentence, ParseTree tree) {
    List<Integer> parties = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      int verb = token.index();
      String lemma = lower(token.lemma());
      boolean violent = VIOLENT_VERBS.contains(lemma) && !SAID_OF_WORDS_TOO.contains(lemma);
      if (!token.pos().startsWith("VB") || tree.passiveSubject(verb) >= 0) {
        continue;
      }
      if (violent) {
        parties.addAll(tree.children(verb, "nsubj"));
      } else if (isVerbOfArrestOrTrial(lemma)) {
        parties.addAll(tree.children(verb, "obj"));
      }
    }
    return parties;
  }

  /** Nouns of a protest, whose protesters the noun implies. */
  public static final Set<String> PROTEST_NOUNS =
      Set.of("protest", "demonstration", "rally", "riot");

  /** Verbs that say a protest is going on: "protests continued", "riots erupted". */
  private static final Set<String> HAPPENING_VERBS =
      Set.of(
          "continue",
          "erupt",
          "spread",
          "occur",
          "grow",
          "intensify",
          "resume",
          "rage",
          "escalate",
          "begin",
          "start",
          "take",
          "break");

  /**
   * The nouns of protests the sentence says are going on ("protests continued across the nation",
   * "as anti-government protests continue"): the protesters they imply are the article country's
   * civilians. Only the first of coordinated nouns counts ("protests and riots" is one event).
   */
  static List<Integer> ongoingProtests(Sentence sentence, ParseTree tree) {
    List<Integer> protests = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      int noun = token.index();
      int verb = tree.head(noun);
      if (tree.isNoun(noun)
          && PROTEST_NOUNS.contains(tree.lemma(noun))
          && "nsubj".equals(tree.relation(noun))
          && verb >= 0
          && HAPPENING_VERBS.contains(tree.lemma(verb))
          && (!Set.of("take", "break").contains(tree.lemma(verb))
              || tree.hasChild(verb, "obj", Set.of("place"))
              || tree.hasChild(verb, "compound:prt", Set.of("out")))) {
        protests.add(noun);
      }
    }
    return protests;
  }

  /** Verbs of violence done to a person by whoever is their subject ("X murdered two men"). */
  static final Set<String> VIOLENT_VERBS =
      Set.of(
          "kill",
          "injure",
          "wound",
          "stab",
          "shoot",
          "murder",
          "assassinate",
          "behead",
          "kidnap",
          "abduct",
          "assault",
          "attack",
          "beat",
          "torture");

  /**
   * The objects of active verbs of violence or arrest named by a common noun for people ("murdered
   * gay men", "shot two women", "police arrested a man"): the article country's civilians, as in
   * the passive "a man was shot". The event needs a resolved subject besides, so "the storm killed
   * two men" stays no event.
   */
  static List<Integer> activeVictims(Sentence sentence, ParseTree tree) {
    return argumentsOfActiveVerbs(
        sentence,
        tree,
        lemma -> VIOLENT_VERBS.contains(lemma) || AGENT_BY_VERB.containsKey(lemma),
        "obj",
        PERSON_NOUNS);
  }

  /**
   * The subjects of active verbs of violence named only by a common noun for an attacker ("a man
   * stabbed three people"): unidentified armed forces. The event still needs a target, so "a man
   * was killed" or "the man killed himself" make none.
   */
  static List<Integer> unnamedAttackers(Sentence sentence, ParseTree tree) {
    return argumentsOfActiveVerbs(sentence, tree, VIOLENT_VERBS::contains, "nsubj", ATTACKER_NOUNS);
  }

  /**
   * Weapons and attacks that kill, wound or hit when the text names no one who used them: "a car
   * bomb killed 12 soldiers", "rockets hit the embassy", "an ambush killed three policemen". CAMEO
   * codes an unknown perpetrator as unidentified armed forces. Not a blast or an explosion, which
   * gas and accidents cause too; nor an air strike, whose air force is someone's.
   */
  private static final Set<String> WEAPON_NOUNS =
      Set.of(
          "bomb",
          "bombing",
          "rocket",
          "missile",
          "mortar",
          "shell",
          "grenade",
          "explosive",
          "ied",
          "attack",
          "ambush",
          "gunfire",
          "shelling");

  /** Verbs of harm to people done by an attack a passive names ("were killed in an attack"). */
  private static final Set<String> HARM_VERBS = Set.of("kill", "injure", "wound");

  /** Whether the verb kills, injures or wounds. */
  public static boolean isVerbOfHarm(String lemma) {
    return HARM_VERBS.contains(lemma);
  }

  /**
   * Weapon and attack nouns (see {@link #WEAPON_NOUNS}) that are the subject of an active verb of
   * harm or the "by" agent of a passive one, with no actor anywhere in their phrase: "Hamas
   * rockets", "a bomb planted by the rebels" and "an Israeli attack" are someone's.
   */
  static List<Integer> unclaimedWeapons(Sentence sentence, ParseTree tree, boolean[] covered) {
    List<Integer> weapons = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      int verb = token.index();
      if (!token.pos().startsWith("VB")
          || !HostileActNouns.HARMING_VERBS.contains(lower(token.lemma()))) {
        continue;
      }
      List<Integer> doers =
          tree.passiveSubject(verb) >= 0
              ? List.of(tree.childWithCase(verb, "obl", Set.of("by")))
              : tree.children(verb, "nsubj");
      for (int doer : doers) {
        if (doer >= 0 && isUnclaimedWeapon(tree, doer, covered)) {
          weapons.add(doer);
        }
      }
    }
    return weapons;
  }

  /**
   * The passive verbs of harm whose "in" phrase names an unclaimed attack and that name no agent:
   * "two police officers were killed in an attack", "90 civilians were wounded in the bombing".
   */
  static List<Integer> killedInUnclaimedAttacks(
      Sentence sentence, ParseTree tree, boolean[] covered) {
    List<Integer> verbs = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      int verb = token.index();
      if (!token.pos().startsWith("VB")
          || !HARM_VERBS.contains(lower(token.lemma()))
          || tree.passiveSubject(verb) < 0
          || covered[verb]
          || tree.childWithCase(verb, "obl", Set.of("by")) >= 0) {
        continue;
      }
      int attack = tree.childWithCase(verb, "obl", Set.of("in"));
      if (attack >= 0 && isUnclaimedWeapon(tree, attack, covered)) {
        verbs.add(verb);
      }
    }
    return verbs;
  }

  /** Prepositions of a phrase that says where a weapon struck, not whose it was. */
  private static final Set<String> PLACE_CASES =
      Set.of("in", "near", "at", "outside", "inside", "on", "across", "around", "along", "into");

  private static boolean isUnclaimedWeapon(ParseTree tree, int noun, boolean[] covered) {
    String lemma = lower(tree.lemma(noun));
    if (!tree.isNoun(noun)
        || covered[noun]
        || !(WEAPON_NOUNS.contains(lemma) || WEAPON_NOUNS.contains(lemma.replaceAll("s$", "")))) {
      return false; // a capitalised "Rockets" opening a sentence keeps its plural as its lemma
    }
    List<Integer> where = new ArrayList<>();
    for (int phrase : tree.children(noun, "nmod")) {
      if (PLACE_CASES.contains(lower(tree.caseOf(phrase)))) {
        where.addAll(tree.subtree(phrase)); // "an attack in Kabul" is no one's for Kabul
      }
    }
    for (int part : tree.subtree(noun)) {
      if (covered[part] && !where.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /** Prepositions of the place a clause happened in. */
  private static final Set<String> WHERE_CASES = Set.of("in", "near", "at", "outside", "inside");

  /**
   * The country named as the place of the verb's clause ("Israeli jets killed five people in
   * Gaza"): people a common noun names there are its civilians, not the article's country's. Empty
   * when the clause names no country as its place.
   */
  static Optional<ActorLookup.Known> countryOfThePlace(
      Sentence sentence, ParseTree tree, int verb, ActorLookup dictionary) {
    if (verb < 0) {
      return Optional.empty();
    }
    for (int phrase : tree.children(verb, "obl")) {
      if (!WHERE_CASES.contains(lower(tree.caseOf(phrase)))
          || !sentence.tokens().get(phrase).pos().startsWith("NNP")) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      for (int part : tree.children(phrase, "compound")) {
        if (part < phrase) {
          name.append(tree.word(part)).append(' ');
        }
      }
      name.append(tree.word(phrase));
      for (ActorLookup.Known known : dictionary.byAlias(name.toString())) {
        if ("country".equals(known.actorType()) && known.countryCode() != null) {
          return dictionary.country(known.countryCode());
        }
      }
    }
    return Optional.empty();
  }

  /** The verb a victim noun is the object of, through a counting noun ("killed dozens of ..."). */
  private static int verbOf(ParseTree tree, int patient) {
    int head = tree.head(patient);
    if (head >= 0 && !"obj".equals(tree.relation(patient)) && countedBy(tree, head) == patient) {
      head = tree.head(head);
    }
    return head;
  }

  /** Nouns that count the people their "of" phrase names: "dozens of civilians". */
  private static final Set<String> COUNTING_NOUNS =
      Set.of(
          "dozen",
          "dozens",
          "hundred",
          "hundreds",
          "thousand",
          "thousands",
          "score",
          "scores",
          "number",
          "handful",
          "million",
          "millions",
          "group",
          "couple");

  /** The noun a counting noun counts ("civilians" in "dozens of civilians"); -1 for none. */
  private static int countedBy(ParseTree tree, int noun) {
    if (!COUNTING_NOUNS.contains(lower(tree.lemma(noun)))
        && !COUNTING_NOUNS.contains(lower(tree.word(noun)))) {
      return -1;
    }
    return tree.childWithCase(noun, "nmod", Set.of("of"));
  }

  /**
   * The arguments in one relation ("obj", "nsubj") of the sentence's active verbs of the kinds
   * asked for, that a common noun of the set names.
   */
  private static List<Integer> argumentsOfActiveVerbs(
      Sentence sentence,
      ParseTree tree,
      Predicate<String> verbLemma,
      String relation,
      Set<String> nouns) {
    List<Integer> arguments = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      int verb = token.index();
      if (!token.pos().startsWith("VB")
          || !verbLemma.test(lower(token.lemma()))
          || tree.passiveSubject(verb) >= 0) {
        continue;
      }
      for (int argument : tree.children(verb, relation)) {
        int counted = countedBy(tree, argument);
        if (counted >= 0) {
          argument = counted; // "killed dozens of civilians": the civilians were killed
        }
        if (tree.isNoun(argument) && nouns.contains(tree.lemma(argument))) {
          arguments.add(argument);
        }
      }
    }
    return arguments;
  }

  /**
   * Whether the tokens alone may tell of violence or an arrest by someone a common noun names
   * ("Police arrested a man", "a gunman shot two officers", "soldiers killed five militants"): what
   * sentence triage asks before the parse, as no dictionary name is there to ask about.
   */
  static boolean mayTellOfViolenceByUnnamed(Sentence sentence) {
    boolean verb = false;
    boolean doer = false;
    for (Token token : sentence.tokens()) {
      String lemma = lower(token.lemma());
      if (token.pos().startsWith("VB")
          && (VIOLENT_VERBS.contains(lemma)
              || AGENT_BY_VERB.containsKey(lemma)
              || "clash".equals(lemma))) {
        verb = true;
      } else if (token.pos().startsWith("VB") && HostileActNouns.HARMING_VERBS.contains(lemma)) {
        verb = true;
      } else if (token.pos().startsWith("NN")
          && (ATTACKER_NOUNS.contains(lemma)
              || ARMED_AND_POLICE_NOUNS.contains(lemma)
              || WEAPON_NOUNS.contains(lemma))) {
        doer = true;
      }
    }
    return verb && doer;
  }

  /**
   * Nouns of the police, soldiers, armed groups and protesters: the doers, besides an attacker's
   * nouns, that the triage looks for before the parse.
   */
  private static final Set<String> ARMED_AND_POLICE_NOUNS =
      Set.of(
          "police",
          "policeman",
          "officer",
          "soldier",
          "troops",
          "troop",
          "force",
          "militant",
          "rebel",
          "insurgent",
          "fighter",
          "gunmen",
          "terrorist",
          "bomber",
          "army",
          "military",
          "protester");

  private static ActorMention mentionAt(ArticleContext context, Sentence sentence, int token) {
    Token word = sentence.tokens().get(token);
    for (ActorMention mention : context.mentions) {
      if (mention.sentenceNo() == sentence.sentenceNo()
          && mention.charStart() <= word.charStart()
          && mention.charEnd() >= word.charEnd()) {
        return mention;
      }
    }
    return null;
  }

  /**
   * Whether the tokens alone hold such a passive ("was arrested", "has been convicted"): what
   * sentence triage asks before the parse.
   */
  static boolean mayHold(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if ("VBN".equals(token.pos())
          && AGENT_BY_VERB.containsKey(lower(token.lemma()))
          && PASSIVE_AUXILIARIES.contains(lower(tokens.get(i - 1).lemma()))) {
        return true;
      }
    }
    return false;
  }

  /** The passives of a parsed sentence that name their patient and leave the agent unnamed. */
  static List<Found> find(Sentence sentence, ParseTree tree) {
    List<Found> found = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      String sector = AGENT_BY_VERB.get(lower(token.lemma()));
      int verb = token.index();
      if (sector == null || !token.pos().startsWith("VB")) {
        continue;
      }
      int patient = tree.passiveSubject(verb);
      boolean namedAgent =
          tree.child(verb, "obl:agent") >= 0 || tree.childWithCase(verb, "obl", Set.of("by")) >= 0;
      if (patient >= 0 && !namedAgent) {
        found.add(new Found(verb, patient, sector));
      }
    }
    return found;
  }

  /** Whether the patient is named by a common noun for a person ("a man", "the suspect"). */
  static boolean isPersonNoun(ParseTree tree, int patient) {
    return tree.isNoun(patient) && PERSON_NOUNS.contains(tree.lemma(patient));
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }
}
