package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsevents.actors.ActorMention;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Token;

/**
 * The sense of a bare verb (one no pattern of the CAMEO dictionary matched) where its own clause
 * tells it from the sense the dictionary's bare code assumes. The dictionary's bare "defend" is
 * military protection (074), its bare "beat" an assault (182), its bare "warn" a threat (130) and
 * its bare "fire" force (190); in news they are as often a politician defending a decision, a team
 * winning a match, a prediction and a dismissal.
 */
final class BareVerbSenses {
  /** What the clause makes of the bare verb: the dictionary's code, another code, or no event. */
  record Reading(String code) {
    static final Reading DICTIONARY = new Reading(null);
    static final Reading NO_EVENT = new Reading("");

    boolean keepsTheDictionaryCode() {
      return code == null;
    }

    boolean isEvent() {
      return code == null || !code.isEmpty();
    }
  }

  /** CAMEO 052: defend a policy, action or actor verbally. */
  static final String DEFEND_VERBALLY = "052";

  /** CAMEO 012: make a pessimistic comment, as a warning that carries no coercion does. */
  static final String PESSIMISTIC_COMMENT = "012";

  /** CAMEO 043: host a visit. */
  static final String HOST_A_VISIT = "043";

  /** CAMEO 115: bring a lawsuit against, which the codebook's legal charges are. */
  static final String LEGAL_ACTION = "115";

  /** CAMEO 190: use conventional military force, as beating back an enemy does. */
  static final String FIGHT = "190";

  /** Sectors whose charges are legal action (115): courts, prosecutors, police. */
  private static final Set<String> LEGAL_SECTORS = Set.of("JUD", "COP");

  /** The NER tags of a place. */
  private static final Set<String> PLACE_TAGS =
      Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  /** The first CAMEO root of conflict: 11 disapprove, up to 20 mass violence. */
  private static final int HOSTILE_ROOTS = 11;

  /** Sectors and groups that bear arms: their defence of someone is military protection (074). */
  private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "UAF", "INS");

  /**
   * Nouns of a contest: "Ireland have beaten Wales in the final", "Clinton beats Cruz in the poll"
   * is a win, not an assault. Nouns only: "in the final hours" or "at one point" tell of no
   * contest.
   */
  private static final Set<String> CONTEST_WORDS =
      Set.of(
          "match",
          "game",
          "final",
          "semi-final",
          "semifinal",
          "quarter-final",
          "election",
          "poll",
          "race",
          "vote",
          "primary",
          "championship",
          "tournament",
          "cup",
          "league",
          "goal",
          "seat",
          "margin",
          "competition",
          "contest",
          "candidate",
          "nomination",
          "ballot",
          "win",
          "victory");

  /** A score written as "33-15". */
  private static final Pattern SCORE = Pattern.compile("\\d+-\\d+");

  /**
   * Nouns of coercion: a warning of a response, of consequences or of sanctions is a threat (CAMEO
   * 13x, "a warning backed by coercion or force"); a warning that something bad may happen is not.
   */
  private static final Set<String> COERCION_WORDS =
      Set.of(
          "response",
          "respond",
          "retaliation",
          "retaliate",
          "reprisal",
          "consequence",
          "action",
          "measure",
          "countermeasure",
          "sanction",
          "force",
          "price",
          "punishment",
          "punish",
          "strike",
          "war",
          "attack",
          "military",
          "ultimatum");

  private final ParseTree tree;
  private final PatternMatcher matcher;
  private final ActorMention[] actorAt;
  private final List<Token> tokens;

  BareVerbSenses(ParsedSentence parsed, PatternMatcher matcher) {
    this.tree = parsed.tree;
    this.matcher = matcher;
    this.actorAt = parsed.actorAt;
    this.tokens = parsed.sentence.tokens();
  }

  /** How the clause of the verb reads its bare code; patterns are never second-guessed here. */
  Reading reading(int verb, Optional<PatternMatcher.Match> match, List<ActorMention> sources) {
    if (match.isEmpty() || !match.get().isBare()) {
      return Reading.DICTIONARY;
    }
    if (misreadByItsObject(verb)) {
      return Reading.NO_EVENT;
    }
    String lemma = lower(tree.lemma(verb));
    if (Intents.COMMITMENTS.contains(lemma)) {
      return commitment(verb);
    }
    return switch (lemma) {
      case "defend" -> defence(verb, sources);
      case "beat", "defeat" -> beating(verb);
      case "warn" -> warning(verb, sources);
      case "welcome" -> welcome(verb);
      case "charge" -> charge(verb, sources);
      case "capture" -> capture(verb);
      case "blast", "hammer", "rip", "lash", "bash" -> verbalAttack(sources);
      default -> Reading.DICTIONARY;
    };
  }

  /** CAMEO 111: criticize or denounce. */
  static final String CRITICIZE = "111";

  /**
   * The dictionary's bare "blast", "hammer", "rip", "lash" are force or assault (190, 180), but
   * said of a politician, a government or an outlet they are words: "Nikki Haley blasted the
   * Russians", "Clinton hammered Trump" criticize (seen on AllSides articles). Armed forces keep
   * the dictionary's code; "blasted the Russians" by an ambassador bombs no one.
   */
  private static Reading verbalAttack(List<ActorMention> sources) {
    return anyArmed(sources) ? Reading.DICTIONARY : new Reading(CRITICIZE);
  }

  /** CAMEO 173: arrest or detain a person. */
  static final String DETAIN = "173";

  /** CAMEO 192: occupy territory. */
  static final String OCCUPY = "192";

  /** Object pronouns that stand for persons. */
  private static final Set<String> PERSONAL_OBJECTS = Set.of("him", "her", "them");

  /**
   * The dictionary's bare "capture" seizes property (171), but news captures people and places:
   * "Turkish intelligence captured him in Kenya" detains a person (173), "Israel captured the West
   * Bank" occupies territory (192) (both seen on AllSides articles). A person is a personal
   * pronoun, a coded actor NER tags as one, or an actor of a sector ("captured two soldiers"); a
   * place is what NER tags as one and the dictionary knows, if at all, as a country.
   */
  private Reading capture(int verb) {
    int object = tree.child(verb, "obj");
    if (object < 0) {
      return Reading.DICTIONARY;
    }
    if (isPlace(object)) {
      return new Reading(OCCUPY);
    }
    boolean pronoun = PERSONAL_OBJECTS.contains(lower(tree.word(object)));
    // A coded actor only: NER takes an unknown town ("captured Raqqa") for a person too.
    String code = actorAt[object] == null ? null : actorAt[object].cameoCode();
    boolean person = code != null && "PERSON".equals(tokens.get(object).ner());
    boolean ofASector = code != null && code.length() > 3;
    return pronoun || person || ofASector ? new Reading(DETAIN) : Reading.DICTIONARY;
  }

  /**
   * CAMEO's bare "fire" (190, force) shoots: "Trump fired Comey", an actor as the object, dismisses
   * a person (shots are fired at, on or into someone, or a weapon is fired, which its patterns
   * code). Its bare "release" (084) frees persons: "the White House released a strategy", an object
   * that is no actor, is a publication. Its bare "call" (041) telephones someone: "called the
   * decision a mistake" calls nobody, nor does "called Pence a dummy", which names what he is, nor
   * a call with no one called.
   */
  private boolean misreadByItsObject(int verb) {
    int object = tree.child(verb, "obj");
    String lemma = lower(tree.lemma(verb));
    if (object < 0) {
      // "Schroeder and Chirac have called for the embargo to be lifted": no one was telephoned.
      return lemma.equals("call") && tree.passiveSubject(verb) < 0;
    }
    boolean actorObject = actorAt[object] != null;
    int complement = tree.child(verb, "xcomp");
    return (lemma.equals("fire") && actorObject)
        || ((lemma.equals("release") || lemma.equals("call")) && !actorObject)
        || (lemma.equals("call") && complement >= 0 && !isToInfinitive(complement));
  }

  /**
   * "Obama called Netanyahu to discuss the deal": a call made for a purpose, not a name given as in
   * "called the decision a mistake" (an unseen AllSides article, stop 29).
   */
  private boolean isToInfinitive(int verb) {
    return tokens.get(verb).pos().startsWith("VB") && tree.hasChild(verb, "mark", Set.of("to"));
  }

  /**
   * "Carter defended Trump", "Pompeo defended the administration's support for Saudi Arabia": a
   * politician's defence is verbal (052). Armed forces defending someone, a defence against
   * someone, of a place or of oneself protects by force (074, the dictionary's code).
   */
  private Reading defence(int verb, List<ActorMention> sources) {
    boolean armedSource = anyArmed(sources);
    int object = tree.child(verb, "obj");
    boolean placeObject = object >= 0 && isPlace(object);
    boolean reflexive =
        object >= 0 && lower(tree.word(object)).matches("(it|them|our|your|him|her|my)sel(f|ves)");
    boolean against = tree.childWithCase(verb, "obl", Set.of("against")) >= 0;
    return armedSource || placeObject || reflexive || against
        ? Reading.DICTIONARY
        : new Reading(DEFEND_VERBALLY);
  }

  /**
   * "Ireland have beaten Wales", "Clinton beats Cruz by 3 points in the poll", "Biden defeats Trump
   * with an electoral count of 319": a contest won is no assault (182) or fight (190). A country
   * beaten is a team. "Beat back the Islamic State" repels it by force (190).
   */
  private Reading beating(int verb) {
    int particle = tree.child(verb, "compound:prt");
    if (particle >= 0 && lower(tree.word(particle)).equals("back")) {
      return new Reading(FIGHT);
    }
    for (var token : tokens) {
      if ((token.pos().startsWith("NN") && CONTEST_WORDS.contains(lower(token.lemma())))
          || SCORE.matcher(token.word()).matches()
          || lower(token.word()).equals("electoral")) {
        return Reading.NO_EVENT;
      }
    }
    int beaten = tree.child(verb, "obj");
    if (beaten < 0) {
      beaten = tree.passiveSubject(verb);
    }
    ActorMention actor = beaten < 0 ? null : actorAt[beaten];
    // A country is beaten only as a team; one defeated may be so in war ("defeated Georgia").
    return lower(tree.lemma(verb)).equals("beat")
            && actor != null
            && actor.cameoCode() != null
            && actor.cameoCode().length() == 3
        ? Reading.NO_EVENT
        : Reading.DICTIONARY;
  }

  /**
   * A warning is a threat (130) when coercion backs it: a response, sanctions or force it names, a
   * condition ("if Russia took that step"), or an act it warns someone against ("warned Iran
   * against", "warned the U.S. not to interfere"). "Warned that the economy could collapse" only
   * foresees harm (012).
   */
  private Reading warning(int verb, List<ActorMention> sources) {
    if (warnsItsOwnPeople(verb, sources)) {
      return new Reading(Appeals.APPEAL);
    }
    if (tree.childWithCase(verb, "obl", Set.of("against")) >= 0) {
      return Reading.DICTIONARY;
    }
    for (int child : tree.dependents(verb)) {
      if (lower(tree.word(child)).equals("against") || tree.hasMarker(child, Set.of("against"))) {
        return Reading.DICTIONARY; // "warned Assad against using chemical weapons"
      }
    }
    int asked = tree.child(verb, "xcomp");
    if (asked >= 0 && tree.hasChild(asked, "advmod", Set.of("not", "never"))) {
      return Reading.DICTIONARY;
    }
    for (int token : tree.subtree(verb)) {
      if (token == verb) {
        continue;
      }
      if (COERCION_WORDS.contains(lower(tree.lemma(token)))
          || (lower(tree.word(token)).equals("if") && "mark".equals(tree.relation(token)))) {
        return Reading.DICTIONARY;
      }
    }
    return new Reading(PESSIMISTIC_COMMENT);
  }

  /**
   * A government that warns its own people ("the State Department warned Americans not to travel to
   * Iraq") advises them, an appeal (020), as the codebook codes a travel warning; it threatens no
   * one. Its own people are its civilians, or its country named by a plural noun ("Americans"),
   * told what to do.
   */
  private boolean warnsItsOwnPeople(int verb, List<ActorMention> sources) {
    int object = tree.child(verb, "obj");
    ActorMention warned = object < 0 ? null : actorAt[object];
    if (warned == null || warned.cameoCode() == null || warned.cameoCode().length() < 3) {
      return false;
    }
    String code = warned.cameoCode();
    // "Americans", "its citizens": a people named by a plural noun, not a state ("warned Iran");
    // and told what to do, not that something is so ("warned Iran had a plan").
    String pos = tokens.get(object).pos();
    boolean people =
        code.substring(3).startsWith("CVL")
            || (code.length() == 3 && (pos.equals("NNS") || pos.equals("NNPS")));
    return people
        && tree.child(verb, "xcomp") >= 0
        && sources.stream()
            .map(ActorMention::cameoCode)
            .anyMatch(source -> source != null && source.startsWith(code.substring(0, 3)));
  }

  /**
   * CAMEO's bare "welcome" praises (051). A visitor welcomed to or at a place is hosted (043):
   * "Putin welcomed Erdogan to the Kremlin", "Trump welcomed Netanyahu at the White House".
   */
  private Reading welcome(int verb) {
    int object = tree.child(verb, "obj");
    if (object >= 0
        && actorAt[object] != null
        && tree.childWithCase(verb, "obl", Set.of("to", "at")) >= 0) {
      return new Reading(HOST_A_VISIT);
    }
    return Reading.DICTIONARY;
  }

  /**
   * The dictionary's bare "plan", "promise", "want" are an intent to cooperate (030). "Putin wants
   * to defeat Clinton", "Saudi Arabia was planning to burn Lebanon" commit to harm: the harmful act
   * is coded on its own verb, planned, and the commitment adds no cooperation. "Wants to meet Kim"
   * is coded on "meet", as the intent it expresses ({@link CarrierVerbs}); wanting someone else to
   * act is a demand ({@link Appeals}).
   */
  private Reading commitment(int verb) {
    int committed = tree.child(verb, "xcomp");
    if (committed < 0
        || tree.child(verb, "obj") >= 0
        || !tokens.get(committed).pos().startsWith("VB")) {
      return Reading.DICTIONARY;
    }
    Optional<String> act = matcher.actCode(committed);
    return act.isPresent() && Integer.parseInt(act.get().substring(0, 2)) >= HOSTILE_ROOTS
        ? Reading.NO_EVENT
        : Reading.DICTIONARY;
  }

  /**
   * The dictionary's bare "charge" accuses (112). Charges brought by a court, prosecutors or
   * police, or by "the authorities" of a passive ("have since been charged by the Greek
   * authorities"), are legal action (115); "charging massive tariffs" asks a price of no one.
   */
  private Reading charge(int verb, List<ActorMention> sources) {
    int object = tree.child(verb, "obj");
    if (object >= 0 && actorAt[object] == null && !isPronoun(object)) {
      return Reading.NO_EVENT;
    }
    boolean legal =
        sources.stream().anyMatch(source -> hasSector(source.cameoCode(), LEGAL_SECTORS));
    return legal || tree.passiveSubject(verb) >= 0 ? new Reading(LEGAL_ACTION) : Reading.DICTIONARY;
  }

  private boolean isPronoun(int token) {
    return tokens.get(token).pos().startsWith("PRP");
  }

  /** Whether any of the actors is an armed force or group (ISIS, rebels, an army). */
  static boolean anyArmed(List<ActorMention> sources) {
    return sources.stream().anyMatch(source -> isArmed(source.cameoCode()));
  }

  private static boolean isArmed(String code) {
    return code != null && (code.startsWith("IMG") || hasSector(code, ARMED_SECTORS));
  }

  /**
   * Whether a full code carries one of the sectors among the three-letter parts after its country
   * ("USAGOVMIL" carries MIL; "GRCOPP", the Greek opposition, carries no COP).
   */
  private static boolean hasSector(String code, Set<String> sectors) {
    if (code == null) {
      return false;
    }
    for (int at = 3; at + 3 <= code.length(); at += 3) {
      if (sectors.contains(code.substring(at, at + 3))) {
        return true;
      }
    }
    return false;
  }

  private boolean isPlace(int token) {
    String ner = tokens.get(token).ner();
    return ner != null
        && PLACE_TAGS.contains(ner)
        && (actorAt[token] == null || actorAt[token].cameoCode().length() == 3);
  }
}
