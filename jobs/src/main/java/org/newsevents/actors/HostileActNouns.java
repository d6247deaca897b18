package org.newsevents.actors;

import java.util.Map;
import java.util.Set;
import org.newsevents.nlp.ParseTree;

/**
 * Nouns that name a hostile act on someone ("the Russian attack on Kharkiv", "US sanctions on
 * Iran", "an Israeli air strike on Gaza"), with the CAMEO code of the act. The resolver reads the
 * countries around such a noun as its parties, not as places or topics, and the coder codes the act
 * (issue 14's nominal events).
 */
public final class HostileActNouns {
  private HostileActNouns() {}

  private static final Map<String, String> CODES =
      Map.of(
          "attack", "190",
          "assault", "190",
          "offensive", "190",
          "invasion", "190",
          "airstrike", "195",
          "bombardment", "195",
          "shelling", "194",
          "sanction", "163",
          "sanctions", "163");

  /**
   * "strike" is a hostile act only as an air, drone or missile strike (a workers' strike is not).
   */
  private static final Set<String> AERIAL_KINDS =
      Set.of("air", "drone", "missile", "rocket", "aerial");

  private static final String AERIAL_ATTACK = "195";

  /** The prepositions of the one a hostile act is aimed at. */
  private static final Set<String> TARGET_CASES = Set.of("on", "upon", "against");

  /** The CAMEO code of the hostile act the noun names, or null when it names none. */
  public static String codeOf(ParseTree tree, int noun) {
    String lemma = tree.lemma(noun).toLowerCase(java.util.Locale.ROOT);
    String code = lemma.equals("strike") ? null : CODES.get(lemma);
    if (lemma.equals("strike") || "190".equals(code)) {
      for (int modifier : tree.children(noun, "compound", "amod")) {
        String kind = tree.lemma(modifier).toLowerCase(java.util.Locale.ROOT);
        if (AERIAL_KINDS.contains(kind)) {
          return AERIAL_ATTACK; // "air strikes", "drone attacks", "air assaults"
        }
        if (kind.equals("military") && lemma.equals("strike")) {
          return "190";
        }
      }
    }
    return code;
  }

  /**
   * Whether a preposition after the noun names the one acted on: "on", "upon", "against"; "of" only
   * for an invasion ("the invasion of Ukraine", while "the attack of the Taliban" is theirs).
   */
  public static boolean namesTheTarget(ParseTree tree, int noun, String preposition) {
    return TARGET_CASES.contains(preposition)
        || (preposition.equals("of") && tree.lemma(noun).equalsIgnoreCase("invasion"));
  }

  /**
   * Verbs that tell whom a hostile act or a weapon named by their subject harmed: "the Russian
   * attack on Kharkiv killed five", "a car bomb killed 12 soldiers", "rockets hit the embassy".
   */
  public static final Set<String> HARMING_VERBS =
      Set.of(
          "kill",
          "hit",
          "strike",
          "wound",
          "injure",
          "destroy",
          "damage",
          "target",
          "hurt",
          "cripple",
          "devastate",
          "level",
          "flatten");

  /**
   * Adjectives that make an attack one of words: "a blistering attack on Iran", "a verbal attack".
   */
  private static final Set<String> OF_WORDS =
      Set.of("blistering", "scathing", "stinging", "withering", "verbal", "rhetorical", "personal");

  /** Nouns of a military act that name one only as the object of a verb ("carried out strikes"). */
  private static final Set<String> ACTS_AS_OBJECTS = Set.of("strike", "raid");

  /** Attacks besides those {@link #codeOf} codes that a passive of harm happens in. */
  private static final Set<String> ATTACKS_HARM_HAPPENS_IN =
      Set.of("bombing", "ambush", "raid", "strike");

  /**
   * Whether the noun names an attack whose owner carried it out ("were killed in a Taliban attack",
   * "in a Taliban ambush"): a hostile act {@link #codeOf} codes, a strike, a raid, a bombing or an
   * ambush.
   */
  public static boolean namesAnAttack(ParseTree tree, int noun) {
    return codeOf(tree, noun) != null
        || ATTACKS_HARM_HAPPENS_IN.contains(tree.lemma(noun).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Verbs that carry out, widen, ease or end the act their object names: "launched air strikes on
   * Iraq", "imposed sanctions on Russia", "extended its sanctions on Russia", "lifted sanctions on
   * Iran". Not those that speak of it: the attack someone "condemned" or the sanctions they
   * "supported" are aimed at another than the speaker's target, and "officials say their strikes on
   * Hamas ..." is the parser's misreading of a reported clause.
   */
  private static final Set<String> CARRYING_OUT =
      Set.of(
          "launch",
          "conduct",
          "carry",
          "mount",
          "stage",
          "wage",
          "unleash",
          "impose",
          "order",
          "step",
          "intensify",
          "escalate",
          "resume",
          "perform",
          "execute",
          "begin",
          "start",
          "continue",
          "make",
          "announce",
          "approve",
          "authorize",
          "authorise",
          "extend",
          "renew",
          "expand",
          "tighten",
          "broaden",
          "lift",
          "ease",
          "relax",
          "suspend",
          "end",
          "halt");

  /**
   * Whether a preposition after the object of a verb that carries out the act the object names
   * names the one the act is aimed at: "launched air strikes on Iraq", "carried out raids against
   * ISIS". A bare "strike" counts here: carried out, it is a military strike, not a workers'. The
   * acts may be counted ("launched a wave of air strikes on Kyiv"), the phrase hanging on either
   * noun.
   */
  public static boolean namesTheTargetOfAnObject(ParseTree tree, int object, String preposition) {
    int counting = countingNounOf(tree, object);
    int carried = counting >= 0 ? counting : object;
    int acts = counting >= 0 ? object : countedActs(tree, object);
    if (!"obj".equals(tree.relation(carried))
        || !CARRYING_OUT.contains(
            tree.lemma(tree.head(carried)).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    boolean act =
        codeOf(tree, acts) != null
            || ACTS_AS_OBJECTS.contains(tree.lemma(acts).toLowerCase(java.util.Locale.ROOT));
    for (int modifier : tree.children(acts, "amod")) {
      if (OF_WORDS.contains(tree.lemma(modifier).toLowerCase(java.util.Locale.ROOT))) {
        return false; // "Pompeo launched a blistering attack on Iran in remarks at ..." (AllSides)
      }
    }
    return act && namesTheTarget(tree, acts, preposition);
  }

  /**
   * Nouns that count the acts of their "of" phrase: "launched a wave of air strikes on Kyiv",
   * "staged a series of attacks on checkpoints". The acts are carried out as if they were the
   * object.
   */
  private static final Set<String> COUNTING_NOUNS =
      Set.of(
          "wave",
          "series",
          "round",
          "spate",
          "string",
          "barrage",
          "salvo",
          "volley",
          "flurry",
          "succession",
          "number",
          "dozen",
          "dozens");

  /** The counting noun whose "of" phrase the noun is ("a wave of strikes"), or -1. */
  private static int countingNounOf(ParseTree tree, int noun) {
    int head = tree.head(noun);
    return head >= 0
            && "nmod".equals(tree.relation(noun))
            && "of".equals(tree.caseOf(noun))
            && COUNTING_NOUNS.contains(tree.lemma(head).toLowerCase(java.util.Locale.ROOT))
        ? head
        : -1;
  }

  /** The acts a counting noun counts ("a wave of strikes": strikes), else the noun itself. */
  private static int countedActs(ParseTree tree, int noun) {
    if (COUNTING_NOUNS.contains(tree.lemma(noun).toLowerCase(java.util.Locale.ROOT))) {
      for (int counted : tree.children(noun, "nmod")) {
        if ("of".equals(tree.caseOf(counted))) {
          return counted;
        }
      }
    }
    return noun;
  }

  /** The participles of "X-held", "X-controlled", "X-occupied" as the tagger lemmatises them. */
  private static final Set<String> HOLDING =
      Set.of(
          "hold",
          "held",
          "control",
          "controlled",
          "occupy",
          "occupied",
          "besiege",
          "besieged",
          "run");

  /**
   * How the parser ties the holder to the participle of "X-held": "ISIS - held" (obl), "Russian -
   * occupied" (amod), "Turkish - controlled" (dep), and as subject or compound.
   */
  public static final Set<String> HOLDER_RELATIONS =
      Set.of("obl", "nsubj", "amod", "dep", "compound");

  /**
   * Whether the word is the participle of "ISIS-held towns", "Russian-occupied Donetsk": the place
   * is the holder's, and an act on it is aimed at them (issue 14: targets in "X-held").
   */
  public static boolean isHoldingParticiple(String lemma) {
    return HOLDING.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }
}
