package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.HostileActNouns;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.EventDate;
import org.newsevents.events.EventDateResolver;
import org.newsevents.events.EventDeduplicator;
import org.newsevents.events.EventMention;
import org.newsevents.events.Gazetteer;
import org.newsevents.events.MentionStatus;
import org.newsevents.events.Quantity;
import org.newsevents.events.StoryDay;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * The coding of one parsed sentence: for every verb the CAMEO dictionary knows, the dyads {@link
 * DyadFinder} finds, the code {@link PatternMatcher} picks, and the status {@link StatusClassifier}
 * gives.
 *
 * <p>An action without a target is kept only for material cooperation, force posture, coercion and
 * occupation ("Sweden deploys troops", "Russia mobilised", "Russia annexed Crimea"); a statement,
 * assault or fight with no one it is aimed at is noise in every event data set.
 */
public final class SentenceCoder {
  private final CameoDictionary cameo;
  private final String articleId;
  private final Sentence sentence;
  private final StoryDay story;
  private final ParseTree tree;
  private final DyadFinder dyadFinder;
  private final PatternMatcher matcher;
  private final ConditionalThreats threats;
  private final EventCircumstances circumstances;
  private final Intents intents;
  private final Appeals appeals;
  private final NonTargets nonTargets;
  private final BareVerbSenses senses;
  private final CourtRulings rulings;
  private final Messages messages;
  private final NominalEvents nominals;
  private final Denials denials;
  private final CarrierVerbs carriers;
  private final ReceivedActs receivedActs;
  private final PurposeClauses purposes;
  private final HabitualActs habits;
  private final BlamingLabels blamingLabels;
  private final IncludedActors includedActors;
  private final ParticipialAdjuncts participles;
  private final PassiveObjects passiveObjects;
  private final Refusals refusals;
  private final CodingConfidence confidence = CodingConfidence.bundled();

  /**
   * @param mentions the actor mentions of this sentence
   * @param antecedents what the article's sentences before this one named, as a pronoun subject in
   *     it may mean
   */
  public SentenceCoder(
      CameoDictionary cameo,
      Gazetteer gazetteer,
      String articleId,
      Sentence sentence,
      List<ActorMention> mentions,
      PronounSubjects.Memory antecedents,
      StoryDay story) {
    this.cameo = cameo;
    this.articleId = articleId;
    this.sentence = sentence;
    this.story = story;
    ParsedSentence parsed = new ParsedSentence(sentence, mentions);
    this.tree = parsed.tree;
    this.dyadFinder = new DyadFinder(parsed, antecedents.antecedents());
    this.matcher = new PatternMatcher(cameo, parsed);
    this.threats = new ConditionalThreats(cameo, parsed, dyadFinder);
    this.circumstances = new EventCircumstances(gazetteer, parsed);
    this.intents = new Intents(parsed, matcher);
    this.appeals = new Appeals(parsed, dyadFinder, matcher);
    this.nonTargets = new NonTargets(parsed);
    this.senses = new BareVerbSenses(parsed, matcher);
    this.rulings = new CourtRulings(parsed, dyadFinder, matcher);
    this.messages = new Messages(parsed);
    this.nominals = new NominalEvents(parsed, dyadFinder);
    this.denials = new Denials(parsed);
    this.carriers = new CarrierVerbs(cameo, parsed, matcher);
    this.receivedActs = new ReceivedActs(parsed, dyadFinder);
    this.purposes = new PurposeClauses(parsed);
    this.habits = new HabitualActs(parsed);
    this.blamingLabels = new BlamingLabels(parsed, dyadFinder, matcher);
    this.includedActors = new IncludedActors(parsed, dyadFinder);
    this.participles = new ParticipialAdjuncts(parsed, dyadFinder);
    this.passiveObjects = new PassiveObjects(parsed, dyadFinder);
    this.refusals = new Refusals(parsed);
  }

  public void codeInto(List<EventMention> out) {
    int codedBefore = out.size();
    for (Token token : sentence.tokens()) {
      if (!token.pos().startsWith("VB") || tree.isAuxiliary(token.index())) {
        continue;
      }
      List<CameoDictionary.VerbPattern> patterns = cameo.patternsFor(lower(token.lemma()));
      if (patterns.isEmpty()) {
        // Some dictionaries list a verb as written ("MET", "KILLED").
        patterns = cameo.patternsFor(lower(token.word()));
      }
      if (!patterns.isEmpty()
          && !sendsAMessageThatSpeaks(token.index())
          && !carriers.carriesAnotherAct(token.index())
          && !habits.isHabit(token.index())) {
        codeVerb(token.index(), patterns, out);
      }
    }
    // A copy, not a view of out: coding a nominal adds to out, which broke a view of it on the next
    // nominal of the sentence (ConcurrentModificationException; the job kept such an article
    // without its events).
    List<EventMention> codedByVerbs = List.copyOf(out.subList(codedBefore, out.size()));
    for (NominalEvents.Nominal nominal : nominals.find()) {
      codeNominal(nominal, codedByVerbs, out);
    }
  }

  /**
   * A meeting, call or visit a noun names ({@link NominalEvents}), unless a verb of the sentence
   * coded the same dyad and root already: one clause gives one coding.
   */
  private void codeNominal(
      NominalEvents.Nominal nominal, List<EventMention> codedByVerbs, List<EventMention> out) {
    Optional<CameoDictionary.CameoCode> known = matcher.knownCode(nominal.code());
    if (known.isEmpty()) {
      return;
    }
    CameoDictionary.CameoCode cameoCode = known.get();
    int noun = nominal.noun();
    StatusClassifier.Classification status = StatusClassifier.classify(sentence, noun);
    if (nominal.plannedStatus() != null
        && status.status().rank() < nominal.plannedStatus().rank()) {
      status =
          new StatusClassifier.Classification(
              nominal.plannedStatus(), tree.word(noun), status.confidence());
    }
    int clause = nominals.clauseOf(noun) >= 0 ? nominals.clauseOf(noun) : noun;
    ActorMention reporter = dyadFinder.dyads(clause).reporter();
    EventDate date = EventDateResolver.resolve(sentence, noun, story);
    status = StatusClassifier.plannedIfDatedLater(status, date, story.articleDate());
    // "An Israeli air strike on Gaza killed three people": the verb already coded the strike, on
    // whom it fell; the noun's "on Gaza" is the same act, not a second one.
    boolean hostileAct = HostileActNouns.codeOf(tree, noun) != null;
    for (ActorMention source : nominal.sources()) {
      for (ActorMention target : nominal.targets().isEmpty() ? nullTarget() : nominal.targets()) {
        String targetKey = target == null ? null : target.actorKey();
        if (source.actorKey().equals(targetKey)
            || codedByVerbs.stream()
                .anyMatch(
                    m ->
                        m.sentenceNo() == sentence.sentenceNo()
                            && source.actorKey().equals(m.actor1Key())
                            && (hostileAct || Objects.equals(targetKey, m.actor2Key()))
                            && m.eventCode().startsWith(cameoCode.rootCode()))) {
          continue;
        }
        CodingConfidence.Evidence evidence =
            new CodingConfidence.Evidence(
                CodingConfidence.PatternEvidence.CURATED,
                CodingConfidence.ActorEvidence.of(source),
                CodingConfidence.ActorEvidence.of(target),
                CodingConfidence.ClauseEvidence.of(status, reporter),
                CodingConfidence.LengthEvidence.of(sentence.tokens().size()));
        out.add(
            new EventMention(
                articleId,
                sentence.sentenceNo(),
                noun,
                lower(sentence.tokens().get(noun).lemma()),
                source.actorKey(),
                targetKey,
                reporter == null ? null : reporter.actorKey(),
                source.cameoCode(),
                target == null ? null : target.cameoCode(),
                cameoCode.code(),
                "noun: " + nominal.pattern(),
                status.status(),
                status.cue(),
                confidence.confidence(evidence),
                evidence.text(),
                date,
                circumstances.location(noun, target == null ? List.of() : List.of(target)),
                circumstances.quantity(noun),
                circumstances.isPastTense(clause),
                sentence.text()));
      }
    }
  }

  /**
   * Whether the verb sends a message whose own verb the dictionary codes ("issued a statement
   * condemning X", "sent a letter urging Y"): the message's content is the event, and a clause
   * gives one coding, not a statement or a meeting besides.
   */
  private boolean sendsAMessageThatSpeaks(int verb) {
    return messages.contents(verb).stream()
        .anyMatch(content -> !cameo.patternsFor(lower(tree.lemma(content))).isEmpty());
  }

  private void codeVerb(
      int verb, List<CameoDictionary.VerbPattern> patterns, List<EventMention> out) {
    Dyads found = dyadFinder.dyads(verb).withCodedActorsOnly();
    Dyads dyads =
        new Dyads(
            found.sources(), nonTargets.withoutChannels(verb, found.targets()), found.reporter());
    if (nonTargets.callsAContest(verb) || nonTargets.subjectIsALegalText(verb)) {
      return;
    }
    Optional<BlamingLabels.Blame> blame = Optional.empty();
    if (nonTargets.labelsWhatItCalls(verb)) {
      blame = blamingLabels.blame(verb);
      if (blame.isEmpty()) {
        return;
      }
    }
    boolean readFromBetween = false;
    if (dyads.targets().isEmpty()) {
      dyads =
          new Dyads(dyads.sources(), passiveObjects.targets(verb), dyads.reporter())
              .withCodedActorsOnly();
    }
    List<ActorMention> doers = dyads.sources().isEmpty() ? participles.doers(verb) : List.of();
    if (!doers.isEmpty()) {
      dyads = new Dyads(doers, dyads.targets(), dyads.reporter()).withCodedActorsOnly();
    }
    List<ActorMention> listed =
        dyads.sources().isEmpty() ? includedActors.sources(verb) : List.of();
    if (!listed.isEmpty()) {
      List<ActorMention> others =
          dyads.targets().stream()
              .filter(t -> listed.stream().noneMatch(l -> l.actorKey().equals(t.actorKey())))
              .toList();
      dyads = new Dyads(listed, others, dyads.reporter()).withCodedActorsOnly();
    }
    if (dyads.sources().isEmpty()) {
      dyads = dyadFinder.partiesBetween(verb).withCodedActorsOnly();
      readFromBetween = true;
    }
    if (dyads.sources().isEmpty()) {
      return;
    }
    StatusClassifier.Classification status = StatusClassifier.classify(sentence, verb);
    Optional<PatternMatcher.Match> match = matcher.bestPattern(verb, patterns);
    Optional<CameoDictionary.CameoCode> code = match.flatMap(m -> matcher.knownCode(m.code()));
    String pattern = match.map(PatternMatcher.Match::pattern).orElse("");
    if (code.isEmpty() || match.get().isBare()) {
      Optional<String> denial = denials.denial(verb);
      if (denial.isPresent()) {
        code = matcher.knownCode(denial.get());
        pattern = "denial";
      }
    }
    if (match.isPresent() && ReceivedActs.isReceived(match.get(), patterns)) {
      Optional<Dyads> received = receivedActs.giversToReceivers(verb, dyads);
      if (received.isEmpty()) {
        return;
      }
      dyads = received.get();
    }
    Optional<Appeals.Appeal> appeal = appeals.appeal(verb, code);
    if (appeal.isPresent()) {
      code = Optional.of(appeal.get().code());
      dyads =
          new Dyads(dyads.sources(), appeal.get().asked(), dyads.reporter()).withCodedActorsOnly();
    }
    if (blame.isPresent()) {
      code = Optional.of(blame.get().code());
      pattern = "called * " + blame.get().label();
      dyads =
          new Dyads(dyads.sources(), blame.get().blamed(), dyads.reporter()).withCodedActorsOnly();
    }
    Optional<CourtRulings.Ruling> ruling = rulings.ruling(verb, dyads.sources());
    if (ruling.isPresent()) {
      code = Optional.of(ruling.get().code());
      pattern = "ruling against";
      dyads =
          new Dyads(dyads.sources(), ruling.get().against(), dyads.reporter())
              .withCodedActorsOnly();
    }
    Optional<CameoDictionary.CameoCode> threat = threats.conditionalThreat(verb, status, code);
    boolean isThreat = threat.isPresent();
    CodingConfidence.PatternEvidence patternEvidence =
        isThreat
            ? CodingConfidence.PatternEvidence.CONDITIONAL_THREAT
            : ruling.isPresent() || blame.isPresent()
                ? CodingConfidence.PatternEvidence.CURATED
                : CodingConfidence.PatternEvidence.of(match);
    if (isThreat) {
      code = threat;
      pattern = "conditional threat" + (pattern.isEmpty() ? "" : ": " + pattern);
      status =
          new StatusClassifier.Classification(
              MentionStatus.ASSERTED, "conditional threat", status.confidence());
      if (dyads.targets().isEmpty()) {
        dyads =
            new Dyads(dyads.sources(), threats.conditionActors(verb), dyads.reporter())
                .withCodedActorsOnly();
      }
    }
    if (code.isPresent() && blame.isEmpty() && ruling.isEmpty() && !isThreat) {
      BareVerbSenses.Reading reading = senses.reading(verb, match, dyads.sources());
      if (!reading.isEvent()) {
        return;
      }
      if (!reading.keepsTheDictionaryCode()) {
        code = matcher.knownCode(reading.code());
        pattern = "sense";
      }
    }
    if (code.isEmpty()) {
      return;
    }
    CameoDictionary.CameoCode cameoCode = code.get();
    if (cameoCode.rootCode().equals("04") && nonTargets.subjectIsAMovedThing(verb)) {
      return; // "the aid that goes to Egypt" is no visit to Egypt
    }
    Optional<CameoDictionary.CameoCode> refusal =
        status.status() == MentionStatus.NEGATED && !isThreat
            ? refusals.refusal(verb, cameoCode.code()).flatMap(matcher::knownCode)
            : Optional.empty();
    if (refusal.isPresent()) {
      // "Did not accede to the demands": declining to yield is itself an act (12x), asserted.
      cameoCode = refusal.get();
      pattern = "refusal" + (pattern.isEmpty() ? "" : ": " + pattern);
      status =
          new StatusClassifier.Classification(
              MentionStatus.ASSERTED, "refusal", status.confidence());
    }
    if (readFromBetween && (appeal.isPresent() || !isSymmetric(cameoCode, verb, match))) {
      return;
    }
    // A source's own country is no target of its act (Dyads.ownCountry): where it is every
    // source's, the act has none, and is coded only where it needs none, as any act without a
    // target is; where other sources act on it ("getting Iran, Russia and Britain to agree"),
    // only their dyads are coded.
    List<ActorMention> sources = dyads.sources();
    List<ActorMention> targets =
        dyads.targets().stream()
            .filter(target -> !sources.stream().allMatch(s -> Dyads.ownCountry(s, target)))
            .toList();
    if (targets.isEmpty() && !isThreat) {
      if (nonTargets.actsOnItself(verb)) {
        return;
      }
      if (dyads.sources().size() > 1
          && isSymmetric(cameoCode, verb, match)
          // "A coalition which was joined by Australia and Bahrain": the agents acted on what the
          // passive's subject names, not on each other; "talks were held by A and B" still says
          // so through its pattern.
          && !(tree.passiveSubject(verb) >= 0 && (match.isEmpty() || match.get().isBare()))) {
        // "The US and Russia held talks": the conjuncts act on each other; one dyad is enough,
        // as dedup treats the reversed dyad of a symmetric event as the same event.
        targets = List.of(dyads.sources().get(1));
        dyads = new Dyads(List.of(dyads.sources().get(0)), targets, dyads.reporter());
      } else if (!actsWithoutTarget(cameoCode) || isGeneratedBareVerb(match)) {
        // "The White House released the e-mails", "Mr. Trump said he could still withdraw": a
        // material act with no one acted on is coded only where a pattern or a curated verb says
        // what it is; the CAMEO dictionary's bare verb alone guesses (084 release a person).
        return;
      }
    }
    // Whether the act needs a target was settled on the act; its intent keeps that answer.
    Optional<Intents.Recoded> intent =
        isThreat ? Optional.empty() : intents.recode(verb, cameoCode, status, dyads);
    if (intent.isPresent()) {
      cameoCode = intent.get().code();
      status = intent.get().status();
      pattern = "intent" + (pattern.isEmpty() ? "" : ": " + pattern);
    } else {
      status = purposes.statusOf(verb, status);
    }
    // An intent is dated, and its tense read, where it was said.
    int said = intent.map(Intents.Recoded::saidAt).orElse(verb);
    EventDate date = EventDateResolver.resolve(sentence, said, story);
    status = StatusClassifier.plannedIfDatedLater(status, date, story.articleDate());
    Gazetteer.Place place = circumstances.location(verb, targets);
    Quantity quantity = circumstances.quantity(verb);
    boolean past = circumstances.isPastTense(said);
    StatusClassifier.Classification clauseStatus = status;
    for (ActorMention source : dyads.sources()) {
      status = ReportedClaims.statusOf(clauseStatus, source, dyads.reporter());
      for (ActorMention target : targets.isEmpty() ? nullTarget() : targets) {
        if (target != null
            && (target.actorKey().equals(source.actorKey()) || Dyads.ownCountry(source, target))) {
          continue;
        }
        CodingConfidence.Evidence evidence =
            new CodingConfidence.Evidence(
                patternEvidence,
                CodingConfidence.ActorEvidence.of(source),
                CodingConfidence.ActorEvidence.of(target),
                CodingConfidence.ClauseEvidence.of(clauseStatus, dyads.reporter()),
                CodingConfidence.LengthEvidence.of(sentence.tokens().size()));
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
                confidence.confidence(evidence),
                evidence.text(),
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

  /** Provide aid (07) and investigate (09): acts on someone, whatever their QuadClass. */
  private static final Set<String> NEEDS_RECIPIENT = Set.of("07", "09");

  /** CAMEO 015: admitting guilt or claiming an act is an act of its own, aimed at no one. */
  private static final String ACKNOWLEDGE_RESPONSIBILITY = "015";

  /** CAMEO 192: occupying or annexing territory names the territory, not always its owner. */
  private static final String OCCUPY_TERRITORY = "192";

  /**
   * Material cooperation (QuadClass 2: "Sweden deploys troops"), force posture (15: "Russia
   * mobilised"), coercion (17: "Russia seized the tanker"), occupation (192: "Russia annexed
   * Crimea") and owning up to an act (015: "pleaded guilty") make sense without a target; a
   * statement, an assault or a fight without anyone it is aimed at is too vague to count. So is aid
   * (07) with no one it goes to ("the airline transports weapons across the region") and an
   * investigation (09) of no one ("investigating itself").
   */
  private static boolean isGeneratedBareVerb(Optional<PatternMatcher.Match> match) {
    return match.isPresent() && match.get().isBare() && !match.get().isCurated();
  }

  private static boolean actsWithoutTarget(CameoDictionary.CameoCode code) {
    return (code.quadClass() == 2 && !NEEDS_RECIPIENT.contains(code.rootCode()))
        || code.rootCode().equals("15")
        || code.rootCode().equals("17")
        || code.code().startsWith(ACKNOWLEDGE_RESPONSIBILITY)
        || code.code().startsWith(Denials.DENY_RESPONSIBILITY)
        || code.code().startsWith(OCCUPY_TERRITORY);
  }

  /** Verbs whose coordinated subjects act on each other in whatever they do so. */
  private static final Set<String> MUTUAL_VERBS = Set.of("agree", "sign");

  /**
   * Whether coordinated subjects act on each other when no target is named: meetings and joint work
   * ("Israel and Lebanon renewed negotiations", roots 04 and 06), the reciprocal codes (intent to
   * meet, signed agreements), settling a dispute (037), and whatever "A and B agreed" to, as an
   * agreement is between its parties, and whatever they signed together ("China and Japan signed a
   * trade agreement"), and what the dictionary codes alike both ways ("India and Pakistan exchanged
   * fire", 193:193). "The US and Britain promised aid" is not: each promised it to someone else.
   */
  private boolean isSymmetric(
      CameoDictionary.CameoCode code, int verb, Optional<PatternMatcher.Match> match) {
    return EventDeduplicator.SYMMETRIC_ROOTS.contains(code.rootCode())
        || match.filter(m -> m.mutual() && m.code().equals(code.code())).isPresent()
        || EventDeduplicator.RECIPROCAL_CODES.stream().anyMatch(code.code()::startsWith)
        || code.code().startsWith("037")
        || MUTUAL_VERBS.contains(lower(sentence.tokens().get(verb).lemma()));
  }
}
