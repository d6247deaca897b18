package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.nlp.Dependency;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * How a span takes part in its clause, read from the dependency parse: whether a place-like name
 * acts ("Moscow denies", "talks with Russia") or only says where ("in Moscow").
 */
final class ClauseRoles {
  private ClauseRoles() {}

  /**
   * Relations through which a place-like name (country, capital, seat) takes part in the action.
   */
  static final Set<String> ACTING_RELATIONS =
      Set.of(
          "nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "nmod:poss", "appos", "root", "csubj");

  /**
   * Prepositions that make an oblique a participant ("talks with Russia") rather than a place.
   * "Into" is "to" going inside: "sent troops into Poland", "an investigation into Volkswagen".
   */
  static final Set<String> PARTICIPANT_PREPOSITIONS =
      Set.of("with", "against", "by", "from", "between", "toward", "towards", "to", "into");

  /**
   * Prepositions that make a participant only after a verb: "imposed sanctions on Russia", "called
   * on Moscow"; after a noun they give the topic ("talks on Ukraine").
   */
  static final Set<String> VERB_PARTICIPANT_PREPOSITIONS = Set.of("on", "upon");

  /** Head nouns that end the proper name of a building, a site or a place of learning. */
  private static final Set<String> PLACE_NAME_HEADS =
      Set.of(
          "church",
          "cathedral",
          "mosque",
          "temple",
          "synagogue",
          "hospital",
          "school",
          "college",
          "university",
          "airport",
          "station",
          "stadium",
          "square",
          "street",
          "bridge",
          "park",
          "hotel",
          "museum");

  /**
   * Whether the proper nouns right after a name end in the head of a place's name: "St. John's
   * Episcopal Church", "Moscow State University".
   */
  static boolean beginsTheNameOfAPlace(Sentence sentence, int end) {
    List<Token> tokens = sentence.tokens();
    int i = end;
    while (i < tokens.size() && tokens.get(i).pos().startsWith("NNP")) {
      if (PLACE_NAME_HEADS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
          && (i + 1 == tokens.size() || !tokens.get(i + 1).pos().startsWith("NNP"))) {
        return true;
      }
      i++;
    }
    return false;
  }

  /** The participle of "X-held", "X-controlled", "X-occupied", modifying the place it names. */
  private static boolean holdsAPlace(Sentence sentence, int participle) {
    if (participle < 0) {
      return false;
    }
    Dependency modifier = relationOf(sentence, participle);
    return modifier != null
        && modifier.relation().equals("amod")
        && HostileActNouns.isHoldingParticiple(sentence.tokens().get(participle).lemma());
  }

  /** Verbs that judge an act: whose act it is, is the one judged. */
  private static final Set<String> JUDGING_VERBS =
      Set.of(
          "criticize",
          "criticise",
          "condemn",
          "denounce",
          "reject",
          "welcome",
          "praise",
          "hail",
          "applaud",
          "support",
          "oppose",
          "endorse",
          "slam",
          "blast",
          "dismiss",
          "accept");

  /** Nouns of an act or a stance a state takes, that others judge. */
  private static final Set<String> ACT_NOUNS =
      Set.of(
          "decision",
          "proposal",
          "initiative",
          "plan",
          "move",
          "policy",
          "offer",
          "request",
          "demand",
          "action",
          "approach",
          "stance",
          "position",
          "statement",
          "remark",
          "comment",
          "response",
          "effort",
          "intervention",
          "withdrawal",
          "deployment",
          "announcement",
          "threat",
          "measure",
          "ban",
          "strike");

  /**
   * Whether the noun is the object of a verb that judges it and names an act ("criticized the US
   * decision", "welcomed the French initiative"): the country before it is the act's author, whom
   * CAMEO codes as the one criticised or praised.
   */
  private static boolean isAJudgedAct(ParseTree tree, int noun) {
    int verb = noun < 0 ? -1 : tree.head(noun);
    return verb >= 0
        && "obj".equals(tree.relation(noun))
        && ACT_NOUNS.contains(tree.lemma(noun).toLowerCase(Locale.ROOT))
        && JUDGING_VERBS.contains(tree.lemma(verb).toLowerCase(Locale.ROOT));
  }

  private static boolean namesAHostileAct(Sentence sentence, ParseTree tree, int noun) {
    return noun >= 0
        && sentence.tokens().get(noun).pos().startsWith("NN")
        && HostileActNouns.codeOf(tree, noun) != null;
  }

  private static boolean aimedAtByAHostileAct(
      Sentence sentence, Dependency phrase, String preposition) {
    ParseTree tree = new ParseTree(sentence);
    int noun = phrase.governor();
    if (noun < 0 || !sentence.tokens().get(noun).pos().startsWith("NN")) {
      return false;
    }
    // "carried out strikes on Syria", or "the attack on Syria" whatever governs it
    return HostileActNouns.namesTheTargetOfAnObject(tree, noun, preposition)
        || (HostileActNouns.codeOf(tree, noun) != null
            && HostileActNouns.namesTheTarget(tree, noun, preposition));
  }

  static String caseWord(Sentence sentence, int token) {
    for (Dependency dependency : sentence.dependencies()) {
      if (dependency.governor() == token && dependency.relation().equals("case")) {
        return sentence.tokens().get(dependency.dependent()).word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /**
   * Whether a place-like span takes part in the action, judged by its head token's dependency
   * relation.
   */
  static boolean acts(Sentence sentence, int start, int end) {
    Dependency phrase = phraseOf(sentence, start, end);
    if (phrase == null) {
      return false;
    }
    String relation = phrase.relation();
    if (ACTING_RELATIONS.contains(relation)) {
      return true;
    }
    if (HostileActNouns.HOLDER_RELATIONS.contains(relation)
        && holdsAPlace(sentence, phrase.governor())) {
      return true; // "Russian-occupied Donetsk": the country holds the place an act may aim at
    }
    if (relation.equals("compound") || relation.equals("amod")) {
      // "the Russian attack", "US sanctions": the country carries out the act the noun names;
      // "criticized the US decision": the country whose act is judged is the one judged.
      ParseTree tree = new ParseTree(sentence);
      return namesAHostileAct(sentence, tree, phrase.governor())
          || isAJudgedAct(tree, phrase.governor());
    }
    if (relation.startsWith("obl") || relation.startsWith("nmod")) {
      String preposition = caseWord(sentence, phrase.dependent());
      return PARTICIPANT_PREPOSITIONS.contains(preposition)
          // "sanctions on Iran", "the invasion of Ukraine": the one the act is aimed at
          || (relation.startsWith("nmod") && aimedAtByAHostileAct(sentence, phrase, preposition))
          || (VERB_PARTICIPANT_PREPOSITIONS.contains(preposition) && relation.startsWith("obl"))
          || (preposition.equals("at") && aimedAt(sentence, phrase))
          || (preposition.equals("such") && example(sentence, phrase));
    }
    return false;
  }

  /**
   * The dependency that ties a span into its sentence; for a conjunct, that of the first conjunct,
   * as "between Eriador and Osgiliath" takes part as "between Eriador" does. Null when there is
   * none.
   */
  static Dependency phraseOf(Sentence sentence, int start, int end) {
    Dependency head = headOf(sentence, start, end);
    if (head != null && head.relation().equals("conj")) {
      return relationOf(sentence, head.governor());
    }
    return head;
  }

  /**
   * "Encouraged allies such as Germany", "countries such as France imposed": an example of a noun
   * that takes part names who takes part; "in places such as Germany" stays a place.
   */
  static boolean example(Sentence sentence, Dependency phrase) {
    Dependency noun = relationOf(sentence, phrase.governor());
    return noun != null && ACTING_RELATIONS.contains(noun.relation());
  }

  /**
   * "fired two shells at Seoul", "threw stones at the embassy": "at" after a verb with an object
   * names what the object was aimed at; "met at the Kremlin" or "in talks at Geneva" stay places.
   */
  static boolean aimedAt(Sentence sentence, Dependency phrase) {
    if (!phrase.relation().equals("obl")) {
      return false;
    }
    for (Dependency dependency : sentence.dependencies()) {
      if (dependency.governor() == phrase.governor() && dependency.relation().equals("obj")) {
        return true;
      }
    }
    return false;
  }

  static Dependency headOf(Sentence sentence, int start, int end) {
    for (Dependency dependency : sentence.dependencies()) {
      int dependent = dependency.dependent();
      if (dependent >= start
          && dependent < end
          && (dependency.governor() < start || dependency.governor() >= end)) {
        return dependency;
      }
    }
    return null;
  }

  static Dependency relationOf(Sentence sentence, int token) {
    for (Dependency dependency : sentence.dependencies()) {
      if (dependency.dependent() == token) {
        return dependency;
      }
    }
    return null;
  }
}
