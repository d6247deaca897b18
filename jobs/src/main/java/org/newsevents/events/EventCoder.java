package org.newsevents.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ActorResolver;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * Codes events, sentence by sentence, from the dependency parse: for every verb the CAMEO
 * dictionary knows, the source is its subject, the target its object (or the object of a "to",
 * "with", "against", "on" ... phrase), and the code the dictionary pattern that best fits the words
 * around the verb.
 *
 * <p>What the parse gives, and how it is read:
 *
 * <ul>
 *   <li>Passives: the passive subject is the target and the "by" phrase the source ("Russia was
 *       accused by the United States").
 *   <li>Coordination: each conjunct of a subject or object is an actor of its own, so "the US and
 *       Britain condemned Russia" gives two dyads. Coordinated subjects without an object act on
 *       each other ("the US and Russia held talks").
 *   <li>Appositions and relative clauses: "Sergei Lavrov, Russia's foreign minister, ..." reaches
 *       the actor through the apposition; in "Lavrov, who met Blinken", the relative pronoun stands
 *       for the noun the clause hangs on.
 *   <li>Control and shared subjects: "Russia threatened to invade Ukraine" takes the subject of
 *       "threatened" for "invade"; a verb coordinated with another shares its subject.
 *   <li>Reported speech: the content of a reporting verb ("said", "told", "claimed") is coded on
 *       its own, and attributed to the reporter.
 * </ul>
 *
 * <p>An action without a target is kept only for material cooperation, force posture and coercion
 * ("Sweden deploys troops", "Russia mobilised", "Russia annexed Crimea"); a statement, assault or
 * fight with no one it is aimed at is noise in every event data set.
 *
 * <p>Conditional threats: a material action against the target that the text makes conditional
 * ("Germany will respond with sanctions in the event of an invasion") is the source threatening the
 * target, CAMEO 13, and that threat happened; the action itself did not and is not coded.
 */
public final class EventCoder {
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
  private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "at", "near", "outside");
  private static final Set<String> REPORTING_VERBS =
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
  private static final Set<String> INFLECTIONS = Set.of("s", "es", "ed", "d", "ing", "ies");
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
  private static final Set<String> NOUN_PHRASE_PARTS =
      Set.of("compound", "flat", "amod", "nmod:poss", "appos", "nmod");

  private final CameoDictionary cameo;
  private final Gazetteer gazetteer;

  public EventCoder(CameoDictionary cameo, Gazetteer gazetteer) {
    this.cameo = cameo;
    this.gazetteer = gazetteer;
  }

  /** The coder with the bundled dictionaries. */
  public static EventCoder bundled() {
    return new EventCoder(CameoDictionary.bundled(), Gazetteer.bundled());
  }

  /**
   * @param actorMentions the actors stage's mentions of this article (any order)
   * @param articleDate the reference date for relative time expressions
   */
  public List<EventMention> code(
      AnnotatedArticle article, ActorResolver.Result actors, LocalDate articleDate) {
    List<EventMention> out = new ArrayList<>();
    Set<String> persons = new java.util.HashSet<>();
    actors
        .actors()
        .forEach(
            (key, actor) -> {
              if ("person".equals(actor.actorType())) {
                persons.add(key);
              }
            });
    ActorMention lastPerson = null;
    for (Sentence sentence : article.sentences()) {
      List<ActorMention> inSentence =
          actors.mentions().stream()
              .filter(m -> m.sentenceNo() == sentence.sentenceNo())
              .sorted(java.util.Comparator.comparingInt(ActorMention::charStart))
              .toList();
      if (sentence.deep() && !sentence.dependencies().isEmpty()) {
        new SentenceCoder(
                article.articleId(), sentence, inSentence, persons, lastPerson, articleDate)
            .codeInto(out);
      }
      for (ActorMention mention : inSentence) {
        if (persons.contains(mention.actorKey())) {
          lastPerson = mention;
        }
      }
    }
    return out;
  }

  /** The coding of one parsed sentence. */
  private final class SentenceCoder {
    private final String articleId;
    private final Sentence sentence;
    private final LocalDate articleDate;
    private final ParseTree tree;
    private final ActorMention[] actorAt;
    private final ActorMention personBefore;
    private final Set<String> persons;

    /**
     * @param personBefore the last person named before this sentence, whom a "he" or "she" at its
     *     start most likely means
     */
    SentenceCoder(
        String articleId,
        Sentence sentence,
        List<ActorMention> mentions,
        Set<String> persons,
        ActorMention personBefore,
        LocalDate articleDate) {
      this.articleId = articleId;
      this.personBefore = personBefore;
      this.persons = persons;
      this.sentence = sentence;
      this.articleDate = articleDate;
      this.tree = new ParseTree(sentence);
      List<Token> tokens = sentence.tokens();
      this.actorAt = new ActorMention[tokens.size()];
      for (ActorMention mention : mentions) {
        for (Token token : tokens) {
          if (token.charStart() >= mention.charStart() && token.charEnd() <= mention.charEnd()) {
            actorAt[token.index()] = mention;
          }
        }
      }
    }

    void codeInto(List<EventMention> out) {
      for (Token token : sentence.tokens()) {
        if (!token.pos().startsWith("VB") || tree.isAuxiliary(token.index())) {
          continue;
        }
        List<CameoDictionary.VerbPattern> patterns = cameo.patternsFor(lower(token.lemma()));
        if (patterns.isEmpty()) {
          // Some dictionaries list a verb as written ("MET", "KILLED").
          patterns = cameo.patternsFor(lower(token.word()));
        }
        if (!patterns.isEmpty()) {
          codeVerb(token.index(), patterns, out);
        }
      }
    }

    private void codeVerb(
        int verb, List<CameoDictionary.VerbPattern> patterns, List<EventMention> out) {
      Dyads dyads = dyads(verb);
      if (dyads.sources().isEmpty()) {
        return;
      }
      StatusClassifier.Classification status = StatusClassifier.classify(sentence, verb);
      Optional<CameoDictionary.CameoCode> code =
          bestPattern(verb, patterns).flatMap(match -> knownCode(match.code()));
      String pattern = bestPattern(verb, patterns).map(Match::pattern).orElse("");
      Optional<CameoDictionary.CameoCode> threat = conditionalThreat(verb, status, code);
      boolean isThreat = threat.isPresent();
      if (isThreat) {
        code = threat;
        pattern = "conditional threat" + (pattern.isEmpty() ? "" : ": " + pattern);
        status =
            new StatusClassifier.Classification(
                MentionStatus.ASSERTED, "conditional threat", status.confidence());
        if (dyads.targets().isEmpty()) {
          dyads = new Dyads(dyads.sources(), conditionActors(verb), dyads.reporter());
        }
      }
      if (code.isEmpty()) {
        return;
      }
      CameoDictionary.CameoCode cameoCode = code.get();
      List<ActorMention> targets = dyads.targets();
      if (targets.isEmpty() && !isThreat) {
        if (dyads.sources().size() > 1 && isSymmetric(cameoCode, verb)) {
          // "The US and Russia held talks": the conjuncts act on each other; one dyad is enough,
          // as dedup treats the reversed dyad of a symmetric event as the same event.
          targets = List.of(dyads.sources().get(1));
          dyads = new Dyads(List.of(dyads.sources().get(0)), targets, dyads.reporter());
        } else if (!actsWithoutTarget(cameoCode)) {
          return;
        }
      }
      EventDate date = EventDateResolver.resolve(sentence, verb, articleDate);
      Gazetteer.Place place = location(verb, targets);
      Quantity quantity = quantity(verb);
      boolean past = isPastTense(verb);
      for (ActorMention source : dyads.sources()) {
        for (ActorMention target : targets.isEmpty() ? nullTarget() : targets) {
          if (target != null && target.actorKey().equals(source.actorKey())) {
            continue;
          }
          out.add(
              new EventMention(
                  articleId,
                  sentence.sentenceNo(),
                  verb,
                  lower(sentence.tokens().get(verb).lemma()),
                  source.actorKey(),
                  target == null ? null : target.actorKey(),
                  dyads.reporter() == null ? null : dyads.reporter().actorKey(),
                  source.cameoCode(),
                  target == null ? null : target.cameoCode(),
                  cameoCode.code(),
                  pattern,
                  status.status(),
                  status.cue(),
                  status.confidence(),
                  date,
                  place,
                  quantity,
                  past,
                  sentence.text()));
        }
      }
    }

    private static List<ActorMention> nullTarget() {
      List<ActorMention> none = new ArrayList<>();
      none.add(null);
      return none;
    }

    // ---- who acts on whom

    private record Dyads(
        List<ActorMention> sources, List<ActorMention> targets, ActorMention reporter) {}

    private Dyads dyads(int verb) {
      List<ActorMention> sources;
      List<ActorMention> targets = new ArrayList<>();
      int passiveSubject = tree.child(verb, "nsubj:pass");
      if (passiveSubject >= 0) {
        targets.addAll(actorsOf(passiveSubject));
        sources = actorsOf(tree.childWithCase(verb, "obl", Set.of("by")));
      } else {
        sources = subjectActors(verb);
        targets.addAll(activeTargets(verb, true));
      }
      return new Dyads(distinct(sources), distinct(targets), reporter(verb));
    }

    /**
     * Whom an active verb acts on, nearest first: its object; an oblique with a target preposition
     * ("talks with Russia"); a modifier of the object ("imposed sanctions on Russia", "condemned an
     * attack by Osgiliath soldiers", "welcomed a resumption of ties between Eriador and
     * Osgiliath"); a modifier of an oblique ("called for a boycott against Osgiliath"); and, once,
     * the target of the verb it governs ("vowed to wage war on the Rohans", "signed an accord to
     * supply Gondor").
     */
    private List<ActorMention> activeTargets(int verb, boolean followComplement) {
      List<ActorMention> targets = new ArrayList<>();
      for (int object : tree.children(verb, "obj", "iobj")) {
        targets.addAll(actorsOf(object));
      }
      List<Integer> obliques = new ArrayList<>();
      for (int oblique : tree.children(verb, "obl", "nmod")) {
        if (TARGET_PREPOSITIONS.contains(tree.caseOf(oblique))) {
          obliques.add(oblique);
        }
      }
      for (int oblique : obliques) {
        if (targets.isEmpty()) {
          targets.addAll(actorsOf(oblique));
        }
      }
      for (int object : tree.children(verb, "obj")) {
        if (targets.isEmpty()) {
          targets.addAll(actorsInObjectPhrase(object, 2));
        }
      }
      for (int oblique : obliques) {
        if (targets.isEmpty()) {
          targets.addAll(actorsInObjectPhrase(oblique, 1));
        }
      }
      if (targets.isEmpty() && followComplement) {
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
        if (possessive || OBJECT_PHRASE_PREPOSITIONS.contains(tree.caseOf(modifier))) {
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

    /** The subject of the verb, or of the verb that controls it or that it is coordinated with. */
    private List<ActorMention> subjectActors(int verb) {
      int node = verb;
      for (int step = 0; step < 4 && node >= 0; step++) {
        int subject = tree.child(node, "nsubj");
        if (subject >= 0) {
          if (RELATIVE_PRONOUNS.contains(lower(sentence.tokens().get(subject).word()))
              && "acl:relcl".equals(tree.relation(node))) {
            return actorsOf(tree.head(node));
          }
          if (PERSONAL_PRONOUNS.contains(lower(sentence.tokens().get(subject).word()))) {
            ActorMention person = personBefore(subject);
            return person == null ? List.of() : List.of(person);
          }
          return actorsOf(subject);
        }
        if (tree.child(node, "nsubj:pass") >= 0) {
          return List.of();
        }
        String relation = tree.relation(node);
        if ("acl:relcl".equals(relation)) {
          return actorsOf(tree.head(node));
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

    private List<ActorMention> objectController(int verb) {
      for (int object : tree.children(verb, "obj")) {
        List<ActorMention> actors = actorsOf(object);
        if (!actors.isEmpty()) {
          return actors;
        }
      }
      return actorsOf(tree.childWithCase(verb, "obl", Set.of("on", "upon")));
    }

    /**
     * Whom "he" or "she" means: the last person named before it in the sentence, else in an earlier
     * one. A small rule, not coreference; "it" and "they" are left alone, as their antecedents are
     * too often not actors.
     */
    private ActorMention personBefore(int pronoun) {
      int start = sentence.tokens().get(pronoun).charStart();
      ActorMention found = null;
      for (ActorMention mention : actorAt) {
        if (mention != null
            && mention.charEnd() <= start
            && persons.contains(mention.actorKey())
            && (found == null || mention.charStart() > found.charStart())) {
          found = mention;
        }
      }
      return found != null ? found : personBefore;
    }

    /** Whose reported speech the verb is in, when it is the content of a reporting verb. */
    private ActorMention reporter(int verb) {
      int node = verb;
      for (int step = 0; step < 4; step++) {
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
     * The actors a noun phrase names: the actor covering its head, else one in its compound,
     * adjective, possessive, apposition or "of" modifier; plus those of its conjuncts.
     */
    private List<ActorMention> actorsOf(int head) {
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
        ActorMention other = nounPhraseActor(conjunct);
        if (other != null) {
          found.add(other);
        }
      }
      return found;
    }

    /**
     * A country's sector named through an agent noun ("Russian troops", "soldiers from Gondor"), as
     * the resolver marks it.
     */
    private static boolean isSector(ActorMention mention) {
      return mention != null && "demonym-agent".equals(mention.method());
    }

    private ActorMention nounPhraseActor(int head) {
      ActorMention own = actorAt[head];
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
          if (relation.equals("nmod")
              && !"of".equals(tree.caseOf(part))
              && !isSector(actorAt[part])) {
            continue; // "in Geneva" is where; but "soldiers from Gondor" are Gondor's soldiers
          }
          ActorMention inside =
              actorAt[part] != null
                  ? actorAt[part]
                  : relation.equals("appos") ? nounPhraseActor(part) : null;
          if (inside != null) {
            return inside;
          }
        }
      }
      return null;
    }

    // ---- which code

    private record Match(String pattern, String code, int score) {}

    /**
     * The pattern whose words best fit the verb's own words: the most pattern words found, in
     * order, on the right side of the verb; the bare verb when none fits. A pattern whose codes are
     * empty ("---") says the verb makes no event in that context.
     */
    private Optional<Match> bestPattern(int verb, List<CameoDictionary.VerbPattern> patterns) {
      List<Token> before = new ArrayList<>();
      List<Token> after = new ArrayList<>();
      for (int index : tree.subtree(verb)) {
        Token token = sentence.tokens().get(index);
        if (index < verb) {
          before.add(token);
        } else if (index > verb) {
          after.add(token);
        }
      }
      Match best = null;
      Match bare = null;
      for (CameoDictionary.VerbPattern pattern : patterns) {
        String code = pattern.codes().isEmpty() ? "" : pattern.codes().get(0);
        if (pattern.bare()) {
          if (bare == null) {
            bare = new Match("", code, 0);
          }
          continue;
        }
        int score = score(pattern.pattern(), before, after);
        if (score > 0 && (best == null || score > best.score())) {
          best = new Match(pattern.pattern(), code, score);
        }
      }
      Match chosen = best != null ? best : bare;
      return chosen == null || chosen.code().isEmpty() ? Optional.empty() : Optional.of(chosen);
    }

    /** How many words of the pattern fit, or 0 when one of them is missing. */
    private int score(String pattern, List<Token> before, List<Token> after) {
      String[] sides = pattern.split("\\*", 2);
      String left = sides.length == 2 ? sides[0] : "";
      String right = sides.length == 2 ? sides[1] : sides[0];
      int leftScore = fit(words(left), before);
      int rightScore = fit(words(right), after);
      if (leftScore < 0 || rightScore < 0) {
        return 0;
      }
      return leftScore + rightScore;
    }

    private static List<String> words(String side) {
      List<String> words = new ArrayList<>();
      for (String word : side.replaceAll("[(){}]", " ").trim().split("\\s+")) {
        if (!word.isEmpty() && !Set.of("+", "$", "^", "%").contains(word)) {
          words.add(lower(word));
        }
      }
      return words;
    }

    /** The number of words matched in order, or -1 when one is missing. */
    private int fit(List<String> words, List<Token> tokens) {
      int position = 0;
      int matched = 0;
      for (String word : words) {
        int found = -1;
        for (int i = position; i < tokens.size() && found < 0; i++) {
          if (matches(word, tokens.get(i))) {
            found = i;
          }
        }
        if (found < 0) {
          return -1;
        }
        matched++;
        position = found + 1;
      }
      return matched;
    }

    private boolean matches(String word, Token token) {
      if (word.startsWith("&")) {
        for (String member : cameo.synset(word)) {
          String[] parts = member.split("_");
          if (parts.length > 0 && !parts[0].isEmpty() && matches(parts[0], token)) {
            return true;
          }
        }
        return false;
      }
      String text = lower(token.word());
      String lemma = lower(token.lemma());
      if (word.endsWith("_")) {
        String exact = word.substring(0, word.length() - 1);
        return text.equals(exact) || lemma.equals(exact);
      }
      return text.equals(word) || lemma.equals(word) || isStemOf(word, text);
    }

    /**
     * PETRARCH writes stems ("restor" for restore, restored, restoring). A stem of five letters or
     * more matches any word it begins; a shorter one only with an inflection after it, so that
     * "war" matches "wars" but not "Warsaw".
     */
    private static boolean isStemOf(String stem, String word) {
      if (!word.startsWith(stem)) {
        return false;
      }
      String rest = word.substring(stem.length());
      return stem.length() >= 5 || INFLECTIONS.contains(rest);
    }

    private Optional<CameoDictionary.CameoCode> knownCode(String code) {
      for (String candidate = code;
          candidate.length() >= 2;
          candidate = candidate.substring(0, candidate.length() - 1)) {
        Optional<CameoDictionary.CameoCode> known = cameo.code(candidate);
        if (known.isPresent()) {
          return known;
        }
      }
      return Optional.empty();
    }

    // ---- conditional threats

    /**
     * The threat a conditional consequent makes: "will respond with sanctions in the event of an
     * invasion", "will impose sanctions if Russia invades". It needs a future modal, a condition
     * the verb depends on, and something threatening: a conflictual code of its own, or sanctions
     * or force as its instrument or object.
     */
    private Optional<CameoDictionary.CameoCode> conditionalThreat(
        int verb,
        StatusClassifier.Classification status,
        Optional<CameoDictionary.CameoCode> code) {
      if (status.status() != MentionStatus.HYPOTHETICAL
          || !tree.hasAuxiliary(verb, Set.of("will", "would", "shall", "'ll"))
          || isInsideCondition(verb)
          || conditionNode(verb) < 0) {
        return Optional.empty();
      }
      if (code.isPresent()
          && (code.get().quadClass() == 4
              || code.get().rootCode().equals("16")
              || code.get().rootCode().equals("17"))) {
        return threatFor(code.get());
      }
      for (int argument : tree.children(verb, "obj", "obl")) {
        String noun = tree.lemma(argument);
        if (noun.startsWith("sanction") || noun.equals("embargo") || noun.equals("boycott")) {
          return cameo.code("1312");
        }
        if (noun.equals("force") || noun.equals("strike") || noun.equals("attack")) {
          return cameo.code("138");
        }
      }
      return Optional.empty();
    }

    /**
     * The condition the verb depends on: an "if"/"unless" clause, or "in the event of"/"in case of"
     * a nominal; -1 when there is none.
     */
    private int conditionNode(int verb) {
      for (int clause : tree.children(verb, "advcl")) {
        if (tree.hasMarker(clause, Set.of("if", "unless"))) {
          return clause;
        }
      }
      for (int node : tree.subtree(verb)) {
        if (Set.of("event", "case", "eventuality").contains(tree.lemma(node))
            && "in".equals(tree.caseOf(node))) {
          List<Integer> of = tree.children(node, "nmod");
          return of.isEmpty() ? node : of.get(0);
        }
      }
      return -1;
    }

    /** The actors of the condition: the subject of "if Russia invades", or "a Russian invasion". */
    private List<ActorMention> conditionActors(int verb) {
      int condition = conditionNode(verb);
      if (condition < 0) {
        return List.of();
      }
      List<ActorMention> subject = subjectActors(condition);
      if (!subject.isEmpty()) {
        return subject;
      }
      List<ActorMention> found = new ArrayList<>();
      for (int index : tree.subtree(condition)) {
        if (actorAt[index] != null) {
          found.add(actorAt[index]);
        }
      }
      return distinct(found);
    }

    /** True when the verb is itself the condition ("if Russia invades"), not what follows it. */
    private boolean isInsideCondition(int verb) {
      return tree.hasMarker(verb, Set.of("if", "unless", "should"));
    }

    /** The CAMEO threat (13) that names a threatened action of the given code. */
    private Optional<CameoDictionary.CameoCode> threatFor(CameoDictionary.CameoCode code) {
      String threat =
          switch (code.rootCode()) {
            case "16" -> code.baseCode().equals("163") ? "1312" : "131";
            case "17" -> "137";
            case "15", "18", "19", "20" -> "138";
            default -> "130";
          };
      return cameo.code(threat);
    }

    /**
     * Material cooperation (QuadClass 2: "Sweden deploys troops"), force posture (15: "Russia
     * mobilised") and coercion (17: "Russia annexed Crimea") make sense without a target; a
     * statement, an assault or a fight without anyone it is aimed at is too vague to count.
     */
    private static boolean actsWithoutTarget(CameoDictionary.CameoCode code) {
      return code.quadClass() == 2 || code.rootCode().equals("15") || code.rootCode().equals("17");
    }

    /**
     * Whether coordinated subjects act on each other when no target is named: meetings and joint
     * work ("Israel and Lebanon renewed negotiations", roots 04 and 06), the reciprocal codes
     * (intent to meet, signed agreements), settling a dispute (037), and whatever "A and B agreed"
     * to, as an agreement is between its parties. "The US and Britain promised aid" is not: each
     * promised it to someone else.
     */
    private boolean isSymmetric(CameoDictionary.CameoCode code, int verb) {
      return EventDeduplicator.SYMMETRIC_ROOTS.contains(code.rootCode())
          || EventDeduplicator.RECIPROCAL_CODES.stream().anyMatch(code.code()::startsWith)
          || code.code().startsWith("037")
          || "agree".equals(lower(sentence.tokens().get(verb).lemma()));
    }

    // ---- where, how many, when

    private Gazetteer.Place location(int verb, List<ActorMention> targets) {
      List<Integer> candidates = new ArrayList<>();
      for (int oblique : tree.children(verb, "obl", "nmod")) {
        candidates.add(oblique);
      }
      for (int object : tree.children(verb, "obj")) {
        candidates.addAll(tree.children(object, "nmod"));
      }
      boolean whereClause =
          "acl:relcl".equals(tree.relation(verb)) && tree.hasChild(verb, "advmod", Set.of("where"));
      for (int candidate : candidates) {
        if (!LOCATION_PREPOSITIONS.contains(tree.caseOf(candidate))) {
          continue;
        }
        ActorMention actor = actorAt[candidate];
        if (actor != null && targets.contains(actor)) {
          continue;
        }
        Optional<Gazetteer.Place> place = gazetteer.lookup(nameAt(candidate));
        if (place.isPresent()) {
          return place.get();
        }
      }
      if (whereClause) {
        // "Geneva, where he will meet Lavrov": the place is the noun the clause describes, or a
        // name compounded with it ("Geneva Friday, where ...").
        int described = tree.head(verb);
        List<Integer> names = new ArrayList<>(List.of(described));
        names.addAll(tree.children(described, "compound"));
        for (int name : names) {
          Optional<Gazetteer.Place> place = gazetteer.lookup(sentence.tokens().get(name).word());
          if (place.isPresent()) {
            return place.get();
          }
        }
      }
      return null;
    }

    /** The proper name the token belongs to ("New York" for "York"). */
    private String nameAt(int head) {
      List<Integer> parts = new ArrayList<>(tree.children(head, "compound", "flat"));
      parts.add(head);
      parts.sort(Integer::compare);
      StringBuilder name = new StringBuilder();
      for (int index : parts) {
        if (!name.isEmpty()) {
          name.append(' ');
        }
        name.append(sentence.tokens().get(index).word());
      }
      return name.toString();
    }

    private Quantity quantity(int verb) {
      List<Quantity> quantities = QuantityExtractor.extract(sentence);
      if (quantities.isEmpty()) {
        return null;
      }
      Set<String> words = new LinkedHashSet<>();
      for (int index : tree.subtree(verb)) {
        words.add(sentence.tokens().get(index).word());
      }
      for (Quantity quantity : quantities) {
        if (words.containsAll(List.of(quantity.text().split("\\s+")))) {
          return quantity;
        }
      }
      return null;
    }

    private boolean isPastTense(int verb) {
      String pos = sentence.tokens().get(verb).pos();
      return pos.equals("VBD")
          || (pos.equals("VBN") && tree.hasAuxiliary(verb, Set.of("have", "has", "had")));
    }
  }

  private static List<ActorMention> distinct(List<ActorMention> mentions) {
    List<ActorMention> out = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (ActorMention mention : mentions) {
      if (keys.add(mention.actorKey())) {
        out.add(mention);
      }
    }
    return out;
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }
}
