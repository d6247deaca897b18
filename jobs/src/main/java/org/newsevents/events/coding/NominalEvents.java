package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.distinct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.HostileActNouns;
import org.newsevents.actors.ImpliedAgents;
import org.newsevents.events.MentionStatus;
import org.newsevents.nlp.ParseTree;

/**
 * Meetings, talks, calls and visits named by a noun rather than a verb (issue 14's nominal events):
 * "X's visit to Y", "after a meeting with Y, X declared ...", "during a phone call with Y, X ...",
 * "a meeting between X and Y". PETRARCH codes nouns only beside a verb of its dictionary; these
 * phrases say who met whom as plainly as "X met Y" does.
 *
 * <p>The one who meets is the noun's possessor ("X's talks with Y"), else, for a phrase that tells
 * when the clause happened ("after", "during", "following"), the clause's subject, who took part in
 * what the phrase names; the other party is the noun's "with" phrase (for a visit its "to" phrase).
 * A phrase that looks ahead ("ahead of talks with Y", "before his visit to Y") names a planned
 * meeting. Protests said to go on ("protests continued") are coded from the protesters the resolver
 * found the noun implies.
 */
final class NominalEvents {
  /** CAMEO codes of the nouns that name a meeting with someone ("a meeting with X"). */
  private static final Map<String, String> MEETING_NOUNS =
      Map.of(
          "meeting", "040",
          "consultation", "040",
          "discussion", "040",
          "conversation", "040",
          "summit", "040",
          "talk", "046",
          "talks", "046",
          "negotiation", "046",
          "call", "041");

  /** CAMEO 041: a meeting noun under "phone" or "telephone" is a talk on the telephone. */
  private static final String TELEPHONE = "041";

  private static final Set<String> TELEPHONE_WORDS = Set.of("phone", "telephone");

  /** A noun naming a journey to a place: a visit of its host (CAMEO 042). */
  private static final Set<String> VISIT_NOUNS = Set.of("visit", "trip");

  private static final String VISIT = "042";

  /**
   * Nouns of fighting whose parties a "between" phrase names ("clashes between the army and the
   * rebels"): CAMEO 190, as the verbs "clash", "fight" and "battle" are coded.
   */
  private static final Set<String> FIGHTING_NOUNS =
      Set.of(
          "fighting",
          "fight",
          "clash",
          "skirmish",
          "battle",
          "firefight",
          "gunfight",
          "gunbattle",
          "hostility",
          "hostilities",
          "combat");

  private static final String FIGHT = "190";

  /** CAMEO 141 demonstrate or rally, 145 violent protest. */
  private static final String DEMONSTRATE = "141";

  private static final String RIOT = "145";

  /** The CAMEO media sector. */
  private static final String MEDIA = "MED";

  /** Prepositions of a phrase that dates the clause by an event its subject took part in. */
  private static final Set<String> TAKEN_PART_IN =
      Set.of("after", "during", "following", "in", "at", "since", "before", "ahead");

  /** Prepositions and modifiers that put the named event after the clause: a plan. */
  private static final Set<String> LOOKING_AHEAD = Set.of("before", "ahead");

  private static final Set<String> PLANNED_MODIFIERS =
      Set.of("planned", "upcoming", "forthcoming", "scheduled", "proposed", "expected", "future");

  /** One event a noun names. */
  record Nominal(
      int noun,
      List<ActorMention> sources,
      List<ActorMention> targets,
      String code,
      String pattern,
      MentionStatus plannedStatus) {}

  private final ParseTree tree;
  private final ActorMention[] actorAt;
  private final DyadFinder dyadFinder;
  private final ParsedSentence parsed;

  NominalEvents(ParsedSentence parsed, DyadFinder dyadFinder) {
    this.parsed = parsed;
    this.tree = parsed.tree;
    this.actorAt = parsed.actorAt;
    this.dyadFinder = dyadFinder;
  }

  /** The meetings, talks, calls and visits the sentence's nouns name, with coded actors only. */
  List<Nominal> find() {
    List<Nominal> found = new ArrayList<>();
    for (int noun = 0; noun < tree.size(); noun++) {
      if (isOngoingProtest(noun)) {
        found.add(protest(noun));
        continue;
      }
      if (!tree.isNoun(noun) || actorAt[noun] != null) {
        continue;
      }
      String code = codeOf(noun);
      Nominal nominal;
      if (code != null) {
        nominal = read(noun, code);
      } else if (FIGHTING_NOUNS.contains(tree.lemma(noun).toLowerCase(java.util.Locale.ROOT))) {
        nominal = fightingBetween(noun);
      } else {
        String act = HostileActNouns.codeOf(tree, noun);
        nominal = act == null ? null : readAct(noun, act);
      }
      if (nominal != null) {
        found.add(nominal);
      }
    }
    return found;
  }

  /**
   * A protest the resolver found going on, its protesters implied by the noun ({@link
   * ImpliedAgents#ongoingProtests}).
   */
  private boolean isOngoingProtest(int noun) {
    return actorAt[noun] != null
        && ImpliedAgents.AGENT.equals(actorAt[noun].method())
        && ImpliedAgents.PROTEST_NOUNS.contains(tree.lemma(noun));
  }

  /**
   * Protests against someone (CAMEO 141, a riot 145) by the protesters the noun implies; a protest
   * against no one named is coded without a target, as an act of its own.
   */
  private Nominal protest(int noun) {
    List<ActorMention> against = new ArrayList<>();
    for (int phrase : tree.children(noun, "nmod")) {
      if (tree.caseOf(phrase).equals("against")) {
        against.addAll(dyadFinder.actorsOf(phrase));
      }
    }
    String code = tree.lemma(noun).equals("riot") ? RIOT : DEMONSTRATE;
    return new Nominal(
        noun,
        List.of(actorAt[noun]),
        coded(distinct(against)),
        code,
        tree.lemma(noun) + " going on",
        plannedStatus(noun));
  }

  private String codeOf(int noun) {
    String lemma = tree.lemma(noun);
    if (VISIT_NOUNS.contains(lemma)) {
      return VISIT;
    }
    String code = MEETING_NOUNS.get(lemma);
    // "a phone call", "a telephone interview": an interview is a meeting only on the telephone.
    boolean spoken = code != null || lemma.equals("interview");
    return spoken && isOnTheTelephone(noun) ? TELEPHONE : code;
  }

  private boolean isOnTheTelephone(int noun) {
    for (int modifier : tree.children(noun, "compound", "amod")) {
      if (TELEPHONE_WORDS.contains(tree.lemma(modifier))) {
        return true;
      }
    }
    return false;
  }

  private Nominal read(int noun, String code) {
    boolean timeOfClause = isTimeOfClause(noun);
    if (!timeOfClause && !(tree.relation(noun).equals("nsubj") && !code.equals(VISIT))) {
      // "details emerged about Trump's call with X", "arranged a meeting between X and Y": a
      // meeting only mentioned, sought or arranged, whose happening the clause does not assert.
      return null;
    }
    String preposition = code.equals(VISIT) ? "to" : "with";
    List<ActorMention> targets = new ArrayList<>();
    for (int phrase : tree.children(noun, "nmod")) {
      if (tree.caseOf(phrase).equals(preposition)) {
        targets.addAll(dyadFinder.actorsOf(phrase));
      }
    }
    // "After his talks with X, ...", and "Putin's meeting with Erdogan lasted three hours": the
    // owner met.
    List<ActorMention> sources = possessor(noun);
    String pattern = tree.lemma(noun) + " " + preposition;
    if (targets.isEmpty() && !code.equals(VISIT)) {
      // "a meeting between Giuliani and Yermak": the parties, the first as source.
      List<ActorMention> parties = partiesBetween(noun);
      if (parties.isEmpty()) {
        parties.addAll(compoundParties(noun)); // "US-Iran talks resumed"
      }
      parties = coded(distinct(parties));
      if (!timeOfClause && tree.relation(noun).equals("nsubj") && parties.size() >= 2) {
        // "Talks between A and B resumed": the subject names its parties.
        return betweenParties(noun, parties, code);
      }
      if (parties.size() < 2) {
        return null;
      }
      sources = parties.subList(0, 1);
      targets = parties.subList(1, parties.size());
      pattern = tree.lemma(noun) + " between";
    }
    if (sources.isEmpty() && timeOfClause) {
      sources = dyadFinder.subjectActors(clauseOf(noun));
    }
    sources = coded(distinct(sources));
    // "in an interview with the BBC": the outlet carries the words, it is not met.
    targets =
        coded(distinct(targets)).stream().filter(t -> !t.cameoCode().contains(MEDIA)).toList();
    if (sources.isEmpty() || targets.isEmpty()) {
      return null;
    }
    return new Nominal(noun, sources, targets, code, pattern, plannedStatus(noun));
  }

  /**
   * A hostile act a noun names, coded only where the clause says what the act did ("the Russian
   * attack on Kharkiv killed five": the noun is its verb's subject) or dates the clause by it
   * ("after the invasion of Ukraine by Russia, ..."); an act only feared, condemned or discussed
   * ("fears of a Russian invasion") is not asserted by the sentence. The one who acts is the noun's
   * owner, its "by" phrase or the actor named in its modifier ("Russian", "US"); the one acted on
   * is its "on" or "against" phrase (an invasion's "of" phrase). Both must be named.
   */
  private Nominal readAct(int noun, String code) {
    if (!isTimeOfClause(noun) && !tree.relation(noun).equals("nsubj")) {
      return null;
    }
    List<ActorMention> sources = new ArrayList<>(possessor(noun));
    List<ActorMention> targets = new ArrayList<>();
    boolean invasion = tree.lemma(noun).equals("invasion");
    String pattern = tree.lemma(noun) + (invasion ? " of" : " on");
    for (int phrase : tree.children(noun, "nmod")) {
      String preposition = tree.caseOf(phrase);
      if (preposition.equals("by")) {
        sources.addAll(dyadFinder.actorsOf(phrase));
      } else if (HostileActNouns.namesTheTarget(tree, noun, preposition)) {
        targets.addAll(dyadFinder.actorsOf(phrase));
      }
    }
    if (sources.isEmpty()) {
      for (int modifier : tree.children(noun, "amod", "compound")) {
        if (actorAt[modifier] != null) {
          sources.add(actorAt[modifier]);
        }
      }
    }
    if (targets.isEmpty()
        && tree.relation(noun).equals("nsubj")
        && HostileActNouns.HARMING_VERBS.contains(tree.lemma(tree.head(noun)))) {
      // "Israeli air strikes killed a Hamas commander": the act fell on whom its verb harmed.
      targets.addAll(dyadFinder.dyads(tree.head(noun)).targets());
      pattern = tree.lemma(noun) + " " + tree.lemma(tree.head(noun));
    }
    sources = coded(distinct(sources));
    targets = coded(distinct(targets));
    if (sources.isEmpty() || targets.isEmpty()) {
      return null;
    }
    return new Nominal(noun, sources, targets, code, pattern, plannedStatus(noun));
  }

  /**
   * Fighting between parties the sentence says took place: "clashes between the army and the rebels
   * erupted", "there were skirmishes between A and B", "after fighting between A and B, ..."; the
   * first party named is the source. Fighting only feared, called off or called for ("calls for an
   * end to the fighting between A and B") is not the subject of its clause and is not coded.
   */
  private Nominal fightingBetween(int noun) {
    boolean existential = tree.relation(noun).equals("root") && tree.child(noun, "expl") >= 0;
    if (!existential && !isTimeOfClause(noun) && !tree.relation(noun).equals("nsubj")) {
      return null;
    }
    List<ActorMention> parties = coded(distinct(partiesBetween(noun)));
    return parties.size() < 2 ? null : betweenParties(noun, parties, FIGHT);
  }

  /** The actors of the noun's "between" and "among" phrases: "talks between A and B". */
  private List<ActorMention> partiesBetween(int noun) {
    List<ActorMention> parties = new ArrayList<>();
    for (int phrase : tree.children(noun, "nmod")) {
      if (Set.of("between", "among").contains(tree.caseOf(phrase))) {
        parties.addAll(dyadFinder.actorsOf(phrase));
      }
    }
    return parties;
  }

  /** The event between parties, in the order named: the first the source, the others targets. */
  private Nominal betweenParties(int noun, List<ActorMention> parties, String code) {
    return new Nominal(
        noun,
        parties.subList(0, 1),
        parties.subList(1, parties.size()),
        code,
        tree.lemma(noun) + " between",
        plannedStatus(noun));
  }

  /** The actor that owns the noun ("Russia's talks with"); none for "his" or "its". */
  private List<ActorMention> possessor(int noun) {
    List<ActorMention> owners = new ArrayList<>();
    for (int owner : tree.children(noun, "nmod:poss")) {
      owners.addAll(dyadFinder.actorsOf(owner));
    }
    return owners;
  }

  /**
   * Whether the noun heads a phrase of a verb that tells when the verb's clause happened ("after a
   * meeting with X, Y said"), so that the verb's subject took part in it.
   */
  private boolean isTimeOfClause(int noun) {
    int verb = clauseOf(noun);
    return verb >= 0
        && tree.relation(noun).equals("obl")
        && !tree.isNoun(verb)
        && TAKEN_PART_IN.contains(firstCaseWord(noun));
  }

  /** The verb a phrase of time hangs on, past an "ahead" the parser made its head. */
  int clauseOf(int noun) {
    int head = tree.head(noun);
    return head >= 0 && isAhead(head) ? tree.head(head) : head;
  }

  /** "ahead of a meeting": the parser makes "ahead" an adverb and the meeting its oblique. */
  private boolean isAhead(int token) {
    return tree.lemma(token).equals("ahead") && tree.relation(token).equals("advmod");
  }

  private String firstCaseWord(int noun) {
    if (tree.head(noun) >= 0 && isAhead(tree.head(noun))) {
      return "ahead";
    }
    List<Integer> markers = tree.children(noun, "case");
    return markers.isEmpty() ? "" : tree.word(markers.get(0));
  }

  private MentionStatus plannedStatus(int noun) {
    if (LOOKING_AHEAD.contains(firstCaseWord(noun))) {
      return MentionStatus.PLANNED;
    }
    for (int modifier : tree.children(noun, "amod")) {
      if (PLANNED_MODIFIERS.contains(tree.word(modifier))) {
        return MentionStatus.PLANNED;
      }
    }
    return null;
  }

  private static List<ActorMention> coded(List<ActorMention> mentions) {
    return new Dyads(mentions, List.of(), null).withCodedActorsOnly().sources();
  }

  /**
   * The countries a compound before the noun names as its parties ("US-Iran talks"), in the order
   * written; none when no such compound modifies it.
   */
  private List<ActorMention> compoundParties(int noun) {
    for (int modifier : tree.children(noun, "amod", "compound")) {
      ActorMention party = actorAt[modifier];
      List<ActorMention> partners = parsed.compoundPartners(party);
      if (!partners.isEmpty()) {
        List<ActorMention> parties = new ArrayList<>(partners);
        parties.add(party);
        parties.sort(java.util.Comparator.comparingInt(ActorMention::charStart));
        return parties;
      }
    }
    return List.of();
  }
}
