package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.distinct;
import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.CountryCompounds;
import org.newsevents.actors.HostileActNouns;
import org.newsevents.actors.ImpliedAgents;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;

/**
 * Who acts on whom: the source is the verb's subject (or the subject of the verb that controls it,
 * that it is coordinated with, or the noun its relative clause hangs on), the target its object or
 * the object of a "to", "with", "against", "on" ... phrase; passives swap them.
 */
final class DyadFinder {
  /**
   * Prepositions inside an object phrase that lead to the one acted on ("an attack by X", "ties
   * with X"); not those of a topic ("talks on Ukraine", "a dispute over Crimea").
   */
  private static final Set<String> OBJECT_PHRASE_PREPOSITIONS =
      Set.of(
          "to", "with", "against", "at", "from", "into", "toward", "towards", "for", "of", "by",
          "between", "among");

  private static final Set<String> TARGET_PREPOSITIONS =
      Set.of(
          "to", "with", "against", "on", "upon", "at", "from", "into", "toward", "towards", "for",
          "over", "about", "of");
  static final Set<String> REPORTING_VERBS =
      Set.of(
          "say",
          "tell",
          "claim",
          "report",
          "state",
          "add",
          "announce",
          "write",
          "insist",
          "argue",
          "note",
          "explain",
          "declare",
          "confirm",
          "believe",
          "think",
          "allege");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  /** The resolution method of an actor reached through a pronoun ({@link PronounSubjects}). */
  static final String PRONOUN_METHOD = "pronoun";

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");

  private final Sentence sentence;
  private final ParseTree tree;
  private final ActorMention[] actorAt;
  private final PronounSubjects pronouns;
  private final ParsedSentence parsed;
  private final NonTargets nonTargets;
  private final Messages messages;

  /**
   * @param before what the sentences before named, as a pronoun subject may mean
   */
  DyadFinder(ParsedSentence parsed, PronounSubjects.Antecedents before) {
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
    this.actorAt = parsed.actorAt;
    this.pronouns = new PronounSubjects(parsed, before);
    this.parsed = parsed;
    this.nonTargets = new NonTargets(parsed);
    this.messages = new Messages(parsed);
  }

  Dyads dyads(int verb) {
    List<ActorMention> sources;
    List<ActorMention> targets = new ArrayList<>();
    int passiveSubject = tree.passiveSubject(verb);
    if (passiveSubject >= 0) {
      targets.addAll(actorsOrAntecedent(passiveSubject));
      sources = actorsOf(tree.childWithCase(verb, "obl", Set.of("by")));
      if (sources.isEmpty() && isImpliedAgent(actorAt[verb])) {
        // "Was arrested": the police the verb implies (see ImpliedAgents).
        sources = List.of(actorAt[verb]);
      }
      if (sources.isEmpty()) {
        sources = partiesToTheAttack(verb);
      }
    } else {
      sources = subjectActors(verb);
      if (sources.isEmpty()) {
        sources = misattachedSubject(verb);
      }
      targets.addAll(activeTargets(verb, true));
    }
    return new Dyads(distinct(sources), distinct(targets), reporter(verb));
  }

  /**
   * Who carried out the attack a passive of harm says it happened in: "two soldiers were killed in
   * a Taliban attack", "five people were wounded in Russian shelling". The attack's owner, named
   * before it, is the agent the passive leaves out.
   */
  private List<ActorMention> partiesToTheAttack(int verb) {
    if (!ImpliedAgents.isVerbOfHarm(lower(tree.lemma(verb)))) {
      return List.of();
    }
    int attack = tree.childWithCase(verb, "obl", Set.of("in"));
    if (attack < 0 || !HostileActNouns.namesAnAttack(tree, attack)) {
      return List.of();
    }
    List<ActorMention> owners = new ArrayList<>();
    for (int part : tree.children(attack, "compound", "amod", "nmod:poss")) {
      if (actorAt[part] != null) {
        owners.add(actorAt[part]);
      }
    }
    return owners;
  }

  /**
   * The parties of an act named only by a "between" phrase ("the agreement signed between Turkey
   * and Libya", "talks were held between A and B"): the first as source, the others as targets;
   * none unless two or more actors are named. Only a symmetric act may be read so, as the phrase
   * does not say who acted.
   */
  Dyads partiesBetween(int verb) {
    List<ActorMention> parties =
        distinct(actorsOf(tree.childWithCase(verb, "obl", Set.of("between", "among"))));
    if (parties.size() < 2) {
      return new Dyads(List.of(), List.of(), reporter(verb));
    }
    return new Dyads(List.of(parties.get(0)), parties.subList(1, parties.size()), reporter(verb));
  }

  /** The actors a subject names, or for a pronoun the actor it stands for. */
  private List<ActorMention> actorsOrAntecedent(int subject) {
    return pronouns.isPronoun(subject) ? pronouns.antecedents(subject) : actorsOf(subject);
  }

  /** The actor keys of the verb's own subject: an object pronoun never stands for them. */
  private Set<String> subjectKeys(int verb) {
    Set<String> keys = new java.util.HashSet<>();
    int subject = tree.child(verb, "nsubj");
    if (subject >= 0) {
      for (ActorMention actor : actorsOrAntecedent(subject)) {
        keys.add(actor.actorKey());
      }
    }
    return keys;
  }

  private static boolean isImpliedAgent(ActorMention mention) {
    return mention != null && ImpliedAgents.AGENT.equals(mention.method());
  }

  /**
   * Whom an active verb acts on, nearest first: its object; an oblique with a target preposition
   * ("talks with Russia"); a modifier of the object ("imposed sanctions on Russia", "condemned an
   * attack by Osgiliath soldiers", "welcomed a resumption of ties between Eriador and Osgiliath");
   * a modifier of an oblique ("called for a boycott against Osgiliath"); and, once, the target of
   * the verb it governs ("vowed to wage war on the Rohans", "signed an accord to supply Gondor").
   */
  private List<ActorMention> activeTargets(int verb, boolean followComplement) {
    List<ActorMention> targets = new ArrayList<>();
    boolean addressing = nonTargets.addressesItsObjectOnly(verb);
    boolean moving = nonTargets.movesItsObject(verb) || nonTargets.objectIsTheTopic(verb);
    for (int object : tree.children(verb, "obj", "iobj")) {
      if (moving || nonTargets.isSubjectOfAReportedClause(verb, object)) {
        continue;
      }
      if (pronouns.isPersonalObject(object)) {
        targets.addAll(pronouns.objectAntecedents(object, subjectKeys(verb)));
      } else if (!addressing || nonTargets.namesItsActor(object)) {
        targets.addAll(actorsOf(object));
      }
    }
    List<Integer> obliques = new ArrayList<>();
    for (int oblique : tree.children(verb, "obl", "nmod")) {
      if (TARGET_PREPOSITIONS.contains(tree.caseOf(oblique))
          && !nonTargets.isOccasion(oblique)
          && !nonTargets.isPlace(verb, oblique)
          && !nonTargets.isFrontedTopic(verb, oblique)) {
        obliques.add(oblique);
      }
    }
    String targetCase = null;
    for (int oblique : obliques) {
      // "met with the IMF, then with President Trump": each phrase of the same preposition.
      if (targets.isEmpty() || tree.caseOf(oblique).equals(targetCase)) {
        List<ActorMention> found = actorsOf(oblique);
        if (!found.isEmpty() && targetCase == null) {
          targetCase = tree.caseOf(oblique);
        }
        targets.addAll(found);
      }
    }
    for (int object : tree.children(verb, "obj")) {
      if (targets.isEmpty() && !addressing && !moving) {
        targets.addAll(actorsInObjectPhrase(object, 2));
      }
    }
    for (int oblique : obliques) {
      if (targets.isEmpty()) {
        targets.addAll(actorsInObjectPhrase(oblique, 1));
      }
    }
    if (targets.isEmpty() && followComplement && !nonTargets.reactsToADecision(verb)) {
      List<Integer> complements = new ArrayList<>(tree.children(verb, "xcomp"));
      for (int object : tree.children(verb, "obj")) {
        complements.addAll(tree.children(object, "acl"));
      }
      for (int complement : complements) {
        if (targets.isEmpty() && sentence.tokens().get(complement).pos().startsWith("VB")) {
          targets.addAll(activeTargets(complement, false));
        }
      }
    }
    return targets;
  }

  /**
   * Actors in the object's prepositional and possessive modifiers, up to {@code depth} deep, and
   * the agent of a participle on it ("memos sent by Bree").
   */
  private List<ActorMention> actorsInObjectPhrase(int object, int depth) {
    List<ActorMention> found = new ArrayList<>();
    for (int modifier : tree.children(object, "nmod", "nmod:poss")) {
      boolean possessive = "nmod:poss".equals(tree.relation(modifier));
      String preposition = tree.caseOf(modifier);
      if (possessive
          || OBJECT_PHRASE_PREPOSITIONS.contains(preposition)
          || HostileActNouns.namesTheTargetOfAnObject(tree, object, preposition)) {
        found.addAll(actorsOf(modifier));
      }
    }
    for (int participle : tree.children(object, "acl")) {
      if (found.isEmpty()) {
        found.addAll(actorsOf(tree.childWithCase(participle, "obl", Set.of("by"))));
      }
    }
    if (found.isEmpty() && depth > 1) {
      for (int modifier : tree.children(object, "nmod")) {
        found.addAll(actorsInObjectPhrase(modifier, depth - 1));
      }
    }
    return found;
  }

  /**
   * The subject the parser hung on a fronted phrase: in "Later on Tuesday Mitsotakis met the IMF"
   * the name is parsed as part of "on Tuesday Mitsotakis", and "met" has no subject. Taken only
   * when unambiguous: a main-clause verb with no subject of any kind, a proper name right before
   * it, inside a phrase that modifies the verb from the left, and no other actor in that phrase.
   */
  private List<ActorMention> misattachedSubject(int verb) {
    String relation = tree.relation(verb);
    if (!"root".equals(relation)
        || tree.child(verb, "csubj") >= 0
        || tree.child(verb, "expl") >= 0
        || verb == 0) {
      return List.of();
    }
    int name = verb - 1;
    if (!sentence.tokens().get(name).pos().startsWith("NNP") || actorAt[name] == null) {
      return List.of();
    }
    int phrase = name;
    for (int steps = 0; phrase >= 0 && tree.head(phrase) != verb && steps < tree.size(); steps++) {
      phrase = tree.head(phrase);
    }
    if (phrase < 0
        || phrase > verb
        || !Set.of("advmod", "obl", "obl:tmod", "nmod:tmod").contains(tree.relation(phrase))) {
      return List.of();
    }
    ActorMention candidate = actorAt[name];
    for (int index : tree.subtree(phrase)) {
      if (actorAt[index] != null && actorAt[index] != candidate) {
        return List.of();
      }
    }
    return List.of(candidate);
  }

  /** The subject of the verb, or of the verb that controls it or that it is coordinated with. */
  List<ActorMention> subjectActors(int verb) {
    int node = verb;
    for (int step = 0; step < 4 && node >= 0; step++) {
      int subject = tree.child(node, "nsubj");
      if (subject >= 0) {
        if (RELATIVE_PRONOUNS.contains(lower(sentence.tokens().get(subject).word()))
            && "acl:relcl".equals(tree.relation(node))) {
          return actorsOf(tree.head(node));
        }
        if (FIRST_PERSON.contains(lower(sentence.tokens().get(subject).word()))) {
          if (actorAt[subject] != null) {
            return List.of(actorAt[subject]); // the resolver found the quotation's speaker
          }
          // '"We will send aid," Scholz said': the speaker of the quotation.
          ActorMention speaker = reporter(node);
          return speaker == null ? List.of() : List.of(PronounSubjects.throughPronoun(speaker));
        }
        return actorsOrAntecedent(subject);
      }
      if (tree.child(node, "nsubj:pass") >= 0) {
        return List.of();
      }
      String relation = tree.relation(node);
      if (("conj".equals(relation) || "acl:relcl".equals(relation))
          && tree.child(node, "aux:pass") >= 0) {
        // "A suspect attacked a guard and has been detained", "Obama, whose approach has been
        // criticized": a passive conjunct or relative clause is done to whom it shares, not by.
        return List.of();
      }
      if ("acl:relcl".equals(relation)) {
        return actorsOf(tree.head(node));
      }
      if ("acl".equals(relation) || messages.isContent(node)) {
        // "Pompeo sent a letter requesting the rules": the sender of the message speaks.
        int sender = messages.sendingVerb(node);
        return sender < 0 ? List.of() : subjectActors(sender);
      }
      if (!"xcomp".equals(relation) && !"conj".equals(relation)) {
        return List.of();
      }
      if ("xcomp".equals(relation)) {
        // Object control: in "urged Russia to withdraw" and "called on Russia to withdraw" it is
        // Russia that would withdraw, not the one urging.
        List<ActorMention> controller = objectController(tree.head(node));
        if (!controller.isEmpty()) {
          return controller;
        }
      }
      node = tree.head(node);
    }
    return List.of();
  }

  /** Who is asked to act: the object of "urged Russia to", or the "on" phrase of "called on". */
  List<ActorMention> objectController(int verb) {
    for (int object : tree.children(verb, "obj")) {
      List<ActorMention> actors = actorsOf(object);
      if (!actors.isEmpty()) {
        return actors;
      }
    }
    return actorsOf(tree.childWithCase(verb, "obl", Set.of("on", "upon")));
  }

  /** Whose reported speech the verb is in, when it is the content of a reporting verb. */
  private ActorMention reporter(int verb) {
    int node = verb;
    for (int step = 0; step < 4; step++) {
      ActorMention quoting = quotingReporter(node);
      if (quoting != null) {
        return quoting;
      }
      int head = tree.head(node);
      if (head < 0) {
        return null;
      }
      String relation = tree.relation(node);
      if ("ccomp".equals(relation)
          && REPORTING_VERBS.contains(lower(sentence.tokens().get(head).lemma()))) {
        List<ActorMention> reporters = subjectActors(head);
        return reporters.isEmpty() ? null : reporters.get(0);
      }

      if (!"conj".equals(relation) && !"xcomp".equals(relation)) {
        return null;
      }
      node = head;
    }
    return null;
  }

  /**
   * The speaker of a quotation the parser made the main clause: in '"The government will withdraw
   * the bill," Lam said' the reporting verb hangs on the quoted verb as parataxis.
   */
  private ActorMention quotingReporter(int node) {
    for (int parataxis : tree.children(node, "parataxis")) {
      if (parataxis > node
          && REPORTING_VERBS.contains(lower(sentence.tokens().get(parataxis).lemma()))
          && tree.child(parataxis, "nsubj") >= 0) {
        List<ActorMention> reporters = subjectActors(parataxis);
        return reporters.isEmpty() ? null : reporters.get(0);
      }
    }
    return null;
  }

  /**
   * The actors a noun phrase names: the actor covering its head, else one in its compound,
   * adjective, possessive, apposition or "of" modifier; plus those of its conjuncts.
   */
  List<ActorMention> actorsOf(int head) {
    if (head < 0) {
      return List.of();
    }
    List<ActorMention> found = new ArrayList<>();
    ActorMention own = nounPhraseActor(head);
    if (own != null) {
      found.add(own);
      // "Lawmakers in Fornost and Gondor": the resolver gave each country the agent's sector.
      for (int place : tree.children(head, "nmod")) {
        if (actorAt[place] == own) {
          for (int conjunct : tree.children(place, "conj")) {
            if (isSector(actorAt[conjunct])) {
              found.add(actorAt[conjunct]);
            }
          }
        }
      }
    }
    for (int conjunct : tree.children(head, "conj")) {
      ActorMention other = startsAClause(conjunct, head) ? null : nounPhraseActor(conjunct);
      if (other != null) {
        found.add(other);
      }
    }
    return found;
  }

  /**
   * A country of a compound that names the parties of a noun ("the Turkish-Libyan agreement"): no
   * actor of the noun's phrase, which would make one of the parties the target of whatever is done
   * to the agreement; read only where the parties of a symmetric act are looked for.
   */
  private static boolean partyOfACompound(ActorMention mention) {
    return mention != null && CountryCompounds.PARTY_COMPOUND.equals(mention.method());
  }

  /**
   * "US troops had defeated ISIS and Turkey would be moving in": a noun right before a modal or a
   * finite verb of another clause is that clause's subject, however the parser joined it to the
   * phrase before ("Russia and Ukraine will meet" is one subject: "will" serves its own verb).
   */
  private boolean startsAClause(int noun, int phraseHead) {
    int next = noun + 1;
    if (next >= sentence.tokens().size()) {
      return false;
    }
    String pos = sentence.tokens().get(next).pos();
    int governor = tree.head(phraseHead);
    boolean finite =
        pos.equals("MD") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    return finite
        && next != governor
        && tree.head(next) != governor
        // "The agreement signed between Turkey and Libya was criticised": the noun sits inside the
        // subject of the verb after it, so it starts no clause of its own.
        && !insideSubjectOf(tree.head(next), phraseHead)
        // "Talks between A and B resumed": the noun sits inside the subject of the verb itself.
        && !insideSubjectOf(next, phraseHead);
  }

  /** Whether a token lies inside the noun-phrase subject of a verb. */
  private boolean insideSubjectOf(int verb, int token) {
    if (verb < 0) {
      return false;
    }
    for (int at = token, steps = 0;
        at >= 0 && steps < sentence.tokens().size();
        at = tree.head(at), steps++) {
      if (tree.head(at) == verb) {
        // The parser gives "the agreement signed between ..." as a clausal subject: a participle's
        // clause is a noun phrase's ("Russian troops attacked Kharkiv and Ukraine would ..." is
        // parsed so too, but "attacked" is finite).
        String pos = sentence.tokens().get(at).pos();
        return tree.relation(at).startsWith("nsubj")
            || (tree.relation(at).startsWith("csubj") && (pos.equals("VBN") || pos.equals("VBG")));
      }
    }
    return false;
  }

  /**
   * A country's sector named through an agent noun ("Russian troops", "soldiers from Gondor"), as
   * the resolver marks it.
   */
  private static boolean isSector(ActorMention mention) {
    return mention != null && "demonym-agent".equals(mention.method());
  }

  private ActorMention nounPhraseActor(int head) {
    // "US sanctions will hit Iran": the country that modifies an act is its party, no actor of the
    // verb the act governs; the act is coded from the noun ({@link NominalEvents}).
    boolean act = actorAt[head] == null && HostileActNouns.codeOf(tree, head) != null;
    ActorMention own = partyOfACompound(actorAt[head]) ? null : actorAt[head];
    if (own != null && !isSector(own)) {
      return own;
    }
    // "his Russian counterpart Sergei Lavrov": a name beside a generic agent says who it is.
    for (int named : tree.children(head, "appos", "dep", "flat")) {
      if (actorAt[named] != null && !isSector(actorAt[named])) {
        return actorAt[named];
      }
    }
    if (own != null) {
      return own;
    }
    for (String relation : List.of("compound", "flat", "amod", "appos", "nmod:poss", "nmod")) {
      for (int part : tree.children(head, relation)) {
        if (act
            && (relation.equals("compound")
                || relation.equals("amod")
                || HostileActNouns.namesTheTarget(tree, head, tree.caseOf(part)))) {
          continue; // nor is the one it is aimed at ("attacks on the Saudi embassy damaged ...")
        }
        if (relation.equals("nmod")
            && !Set.of("of", "such").contains(tree.caseOf(part))
            && !isSector(actorAt[part])) {
          continue; // "in Geneva" is where; but "soldiers from Gondor" are Gondor's soldiers
        }
        ActorMention inside =
            actorAt[part] != null
                ? actorAt[part]
                : relation.equals("appos")
                    ? nounPhraseActor(part)
                    : relation.equals("amod") ? parsed.holderOf(part) : null;
        if (partyOfACompound(inside)) {
          continue; // the parties of "the Turkish-Libyan agreement" are read as parties only
        }
        if (inside != null) {
          return inside;
        }
      }
    }
    return null;
  }
}
