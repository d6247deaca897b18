package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ActorResolver;
import org.newsevents.clean.Outlets;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;

/**
 * Phrases of a verb that name an actor the verb does not act on: the outlet a statement is given to
 * ("told CNN", "said to the Associated Press": the outlet is the channel, not the addressee), the
 * occasion an act happens at ("announced his plan at the Democratic Party's debate"), the candidate
 * an outlet calls a contest for ("called the election for Biden"), the actor itself ("Ford
 * announced investigating itself": an act on oneself is no interaction), and the one a decided act
 * concerns when the verb reacts to the decision ("defended his decision to pull U.S. troops").
 */
final class NonTargets {
  /** Verbs whose addressee receives words: an outlet there carries them to the public. */
  private static final Set<String> SPEAKING_VERBS =
      Set.of(
          "say",
          "tell",
          "speak",
          "talk",
          "state",
          "announce",
          "confirm",
          "explain",
          "add",
          "write",
          "insist",
          "claim",
          "note",
          "declare");

  /**
   * Verbs whose object is the one addressed ("told Scholz", "informed the minister"): an actor
   * owning something in the object ("told local media Adamowicz's heart was restarted", where the
   * parser makes "heart" the object) is what is said, not the addressee.
   */
  private static final Set<String> ADDRESSING_VERBS =
      Set.of("tell", "inform", "notify", "brief", "assure", "reassure", "remind");

  /** Nouns of a gathering: "at the debate", "at a summit" says when and where, not at whom. */
  private static final Set<String> OCCASIONS =
      Set.of(
          "debate",
          "conference",
          "summit",
          "meeting",
          "rally",
          "convention",
          "ceremony",
          "forum",
          "session",
          "hearing",
          "event",
          "congress",
          "assembly",
          "briefing",
          "dinner",
          "reception",
          "gathering");

  /** What an outlet calls for a candidate: "called the election for Biden". */
  /** Texts that lay down rules: as a subject they state a rule, and no one acts. */
  private static final Set<String> LEGAL_TEXTS =
      Set.of(
          "constitution",
          "charter",
          "treaty",
          "law",
          "statute",
          "regulation",
          "rule",
          "clause",
          "provision",
          "article",
          "convention");

  private static final Set<String> CONTESTS =
      Set.of("election", "race", "contest", "state", "primary", "vote", "seat");

  private static final Set<String> REFLEXIVES =
      Set.of("itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself");

  /** An actor of the CAMEO media sector ("USAMED", "MED"). */
  private static final String MEDIA_ROLE = "MED";

  private final Sentence sentence;
  private final ParseTree tree;
  private final ActorMention[] actorAt;
  private final Outlets outlets = Outlets.bundled();

  NonTargets(ParsedSentence parsed) {
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
    this.actorAt = parsed.actorAt;
  }

  /**
   * Whether an oblique of a verb names the occasion the act happens at ("at the Party's debate"):
   * an "at" phrase headed by a gathering noun. An actor it names is the host of the occasion, not
   * the one acted on; an "at" phrase headed by the actor itself ("fired at the police") still is.
   */
  boolean isOccasion(int oblique) {
    return "at".equals(tree.caseOf(oblique))
        && actorAt[oblique] == null
        && OCCASIONS.contains(lower(tree.lemma(oblique)));
  }

  /** Prepositions of a place an act happens at or comes from. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "from", "on", "in");

  /**
   * Nouns of a part of a building or its grounds: "on the Senate floor", "on the Capitol steps".
   */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "floor",
          "steps",
          "lawn",
          "grounds",
          "headquarters",
          "building",
          "premises",
          "gate",
          "gates",
          "chamber",
          "compound");

  /**
   * Whether an oblique of a verb names where the act happens, not whom it is aimed at: a seat of
   * government after a verb of speaking ("told reporters at the White House", "spoke from the
   * Kremlin", where the dictionary knows the building as its government; "fired at the White House"
   * still aims at it) or a part of a building ("speaking on the Senate floor"). Unseen AllSides
   * news: both were coded as statements to the government or the legislature.
   */
  boolean isPlace(int verb, int oblique) {
    if (!PLACE_PREPOSITIONS.contains(tree.caseOf(oblique))) {
      return false;
    }
    ActorMention named = actorAt[oblique];
    return (named != null
            && ActorResolver.SEAT.equals(named.method())
            && SPEAKING_VERBS.contains(lower(tree.lemma(verb))))
        || (named == null && PLACE_NOUNS.contains(lower(tree.lemma(oblique))));
  }

  /**
   * Whether an oblique of a verb is a "for" phrase fronted before the clause and set off by a comma
   * ("For the Green Party, Ventura joined the race"): the one the news is about, as "as for" says,
   * not the one acted on ("voted for the Green Party" still names it).
   */
  boolean isFrontedTopic(int verb, int oblique) {
    if (!"for".equals(tree.caseOf(oblique))
        || oblique > verb
        || !lower(sentence.tokens().get(0).word()).equals("for")) {
      return false;
    }
    for (int i = oblique + 1; i < verb; i++) {
      if (sentence.tokens().get(i).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns of a decision about another act: "defended his decision to pull U.S. troops", "defended a
   * plan to sell the Naval Petroleum Reserves". Whom the decided act concerns is that act's target,
   * not the target of a reaction to the decision (news audit B). An agreement to act ("signed an
   * accord to supply Gondor") still names its counterpart.
   */
  private static final Set<String> DECISIONS =
      Set.of(
          "decision",
          "plan",
          "policy",
          "move",
          "proposal",
          "idea",
          "choice",
          "order",
          "bid",
          "attempt",
          "effort",
          "push",
          "intention",
          "strategy");

  /** Verbs of a verbal reaction to what someone decided: "defended", "criticized", "welcomed". */
  private static final Set<String> REACTIONS =
      Set.of(
          "defend",
          "criticize",
          "criticise",
          "praise",
          "welcome",
          "support",
          "oppose",
          "condemn",
          "reject",
          "back",
          "question",
          "slam",
          "hail",
          "applaud",
          "endorse",
          "denounce",
          "justify",
          "attack",
          "blast",
          "fault");

  /**
   * Whether the verb reacts to a decision about another act ("defended his decision to pull U.S.
   * troops"), whose infinitive, on the object or, as the parser often hangs it, on the verb, names
   * no target of the reaction.
   */
  boolean reactsToADecision(int verb) {
    if (!REACTIONS.contains(lower(tree.lemma(verb)))) {
      return false;
    }
    for (int object : tree.children(verb, "obj")) {
      if (DECISIONS.contains(lower(tree.lemma(object)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Verbs that move their object out of somewhere: "withdrew its ambassador from", "pulled troops
   * out of".
   */
  private static final Set<String> MOVING_VERBS =
      Set.of("withdraw", "pull", "remove", "evacuate", "relocate", "redeploy", "move", "recall");

  /**
   * Whether the verb's object is what it moves out of somewhere, not whom it acts on: "Trump
   * withdrew the U.S. from the deal with Iran" acts on Iran, not on the U.S.; "Russia withdrew its
   * ambassador from London" on Britain. Only with the "from" or "out of" phrase that says whence.
   */
  boolean movesItsObject(int verb) {
    if (!MOVING_VERBS.contains(lower(tree.lemma(verb)))) {
      return false;
    }
    for (int oblique : tree.children(verb, "obl")) {
      String preposition = tree.caseOf(oblique);
      if ("from".equals(preposition) || "of".equals(preposition)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs whose object is what is talked about; the partners are named by "with". */
  private static final Set<String> TOPIC_VERBS = Set.of("discuss", "debate");

  /**
   * Whether the verb's object is the topic, not a partner: "We will discuss Libya, Syria, Ukraine
   * and Iran," Macron said before meeting Trump (seen on an AllSides article, five wrong targets);
   * "Putin and Erdogan discussed Syria". The partner is in the "with" phrase.
   */
  boolean objectIsTheTopic(int verb) {
    return TOPIC_VERBS.contains(lower(tree.lemma(verb)));
  }

  /** Verbs that report what was said, whose clause the parser may split after its subject. */
  private static final Set<String> REPORTING_VERBS =
      Set.of("say", "mention", "note", "add", "announce", "state", "confirm", "write", "warn");

  /**
   * Whether the object of a reporting verb is the subject of the reported clause, which the parser
   * split off: in "Pelosi mentioned the House will appoint managers" it makes "the House" the
   * object of "mentioned" and "appoint" a subjectless dependent. The House is not addressed; it is
   * who will appoint. Only a finite or modal clause right after the object ("told Russia to
   * withdraw" is an appeal to Russia, an infinitive).
   */
  boolean isSubjectOfAReportedClause(int verb, int object) {
    if (!REPORTING_VERBS.contains(lower(tree.lemma(verb))) || object < verb) {
      return false;
    }
    for (int clause : tree.children(verb, "dep", "ccomp")) {
      String tag = sentence.tokens().get(clause).pos();
      boolean finite =
          tag.equals("VBD")
              || tag.equals("VBZ")
              || tag.equals("VBP")
              || tree.child(clause, "aux") >= 0;
      if (clause > object
          && tag.startsWith("VB")
          && finite
          && tree.child(clause, "mark") < 0
          && tree.child(clause, "nsubj") < 0
          && tree.child(clause, "nsubj:pass") < 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb's target is its object itself, never an actor inside the object's phrase. */
  boolean addressesItsObjectOnly(int verb) {
    return ADDRESSING_VERBS.contains(lower(tree.lemma(verb)));
  }

  /** The targets less those a speaking verb only speaks through: outlets and the media. */
  List<ActorMention> withoutChannels(int verb, List<ActorMention> targets) {
    if (!SPEAKING_VERBS.contains(lower(tree.lemma(verb)))) {
      return targets;
    }
    List<Integer> addressees = new ArrayList<>(tree.children(verb, "obj", "iobj"));
    for (int oblique : tree.children(verb, "obl")) {
      if ("to".equals(tree.caseOf(oblique))) {
        addressees.add(oblique);
      }
    }
    List<ActorMention> kept = new ArrayList<>();
    for (ActorMention target : targets) {
      if (!isMedia(target) && !addressees.stream().anyMatch(a -> namesOutletAround(a, target))) {
        kept.add(target);
      }
    }
    return kept;
  }

  /**
   * Whether the verb calls a contest for a candidate ("the Associated Press called the election for
   * Biden", "networks called Pennsylvania for Trump"): a projection of who won, not a phone call
   * (041) nor a call for early elections (0831).
   */
  boolean callsAContest(int verb) {
    if (!"call".equals(lower(tree.lemma(verb)))) {
      return false;
    }
    for (int object : tree.children(verb, "obj")) {
      boolean contest = CONTESTS.contains(lower(tree.lemma(object))) || actorAt[object] != null;
      List<Integer> forPhrases = new ArrayList<>(tree.children(verb, "obl"));
      forPhrases.addAll(tree.children(object, "nmod"));
      for (int phrase : forPhrases) {
        if (contest && "for".equals(tree.caseOf(phrase)) && actorAt[phrase] != null) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the verb calls something by a name or a quality ("called the decision unacceptable",
   * "called Trump's conduct a breach"): a label, not a phone call (041). The parser gives the label
   * as a predicate (xcomp) or as a noun hung on the object (dep, or a second obj).
   */
  boolean labelsWhatItCalls(int verb) {
    if (!"call".equals(lower(tree.lemma(verb)))) {
      return false;
    }
    for (int predicate : tree.children(verb, "xcomp")) {
      // "called on Moscow to withdraw" has a verb there: an appeal, not a label.
      if (!sentence.tokens().get(predicate).pos().startsWith("VB")) {
        return true;
      }
    }
    if (tree.children(verb, "obj").size() > 1) {
      return true;
    }
    for (int object : tree.children(verb, "obj")) {
      if (!tree.children(object, "dep").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb's subject is a legal text ("Interpol's constitution prohibits political
   * activities", "the treaty bans testing"): a rule stated, not an act of the text's owner, whom
   * the possessive would otherwise make the source.
   */
  boolean subjectIsALegalText(int verb) {
    int subject = tree.child(verb, "nsubj");
    return subject >= 0
        && actorAt[subject] == null
        && LEGAL_TEXTS.contains(lower(tree.lemma(subject)));
  }

  /** Whether the verb's object is a reflexive pronoun: "investigating itself". */
  boolean actsOnItself(int verb) {
    for (int object : tree.children(verb, "obj")) {
      if (REFLEXIVES.contains(lower(sentence.tokens().get(object).word()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the noun itself, or a name beside it, is an actor ("told Scholz", "told the German
   * chancellor Olaf Scholz"), not only an owner of it ("told local media Adamowicz's heart was
   * restarted": the one told is not Adamowicz).
   */
  boolean namesItsActor(int noun) {
    if (actorAt[noun] != null) {
      return true;
    }
    for (int named : tree.children(noun, "appos", "dep", "flat", "compound")) {
      if (actorAt[named] != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether the actor is of the CAMEO media sector (an outlet, a journalist). */
  static boolean isMedia(ActorMention mention) {
    String code = mention.cameoCode();
    return code != null && code.length() >= 3 && code.endsWith(MEDIA_ROLE);
  }

  /**
   * Whether the addressee phrase holds the target and names an outlet ("CNN Philippines": the
   * resolver read the country in the outlet's name).
   */
  private boolean namesOutletAround(int addressee, ActorMention target) {
    List<Integer> phrase = tree.subtree(addressee);
    if (phrase.stream().noneMatch(index -> actorAt[index] == target)) {
      return false;
    }
    for (int start = 0; start < phrase.size(); start++) {
      StringBuilder name = new StringBuilder();
      for (int end = start; end < phrase.size() && end < start + 6; end++) {
        if (end > start) {
          name.append(' ');
        }
        name.append(sentence.tokens().get(phrase.get(end)).word());
        if (outlets.byName(name.toString()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Things that are sent and go places without visiting anyone. */
  private static final Set<String> MOVED_THINGS =
      Set.of(
          "aid",
          "assistance",
          "money",
          "funding",
          "fund",
          "weapon",
          "arm",
          "oil",
          "gas",
          "equipment",
          "shipment",
          "supply",
          "good",
          "export",
          "import",
          "cash",
          "loan");

  /**
   * Whether the verb's subject is a thing that moves ("the American military aid that goes to
   * Egypt"), named by a noun the resolver gave no actor: it visits no one, whoever sent it.
   */
  boolean subjectIsAMovedThing(int verb) {
    int subject = tree.child(verb, "nsubj");
    if (subject >= 0
        && Set.of("that", "which").contains(lower(tree.word(subject)))
        && "acl:relcl".equals(tree.relation(verb))) {
      subject = tree.head(verb);
    }
    return subject >= 0
        && actorAt[subject] == null
        && MOVED_THINGS.contains(lower(tree.lemma(subject)));
  }
}
