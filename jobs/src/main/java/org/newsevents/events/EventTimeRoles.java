package org.newsevents.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ActorResolver;
import org.newsevents.actors.OfficeHistory;
import org.newsevents.actors.ResolvedActor;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * A person's code in an event is the role the person held when the event happened, not on the
 * article's day (issue 16): the actors stage codes each name as of the article, and this recodes
 * the persons of each coded event once its date is known. Countries and organisations keep their
 * codes; only persons change office.
 *
 * <ul>
 *   <li><b>A dated event</b> ("in 2003", "in May 2018", "on 12 March") codes each person by the
 *       role held on most days of what the date names ({@link OfficeHistory#codeDuring}): a year or
 *       a month is a period, and the role held over most of it is the likeliest on the day.
 *   <li><b>An undated past act of a former office holder</b> ("Nixon signed the Paris accords",
 *       "the Bush administration negotiated the timetable", in an article years later) is coded
 *       with the last office the person held before the article's day, when the act is a material
 *       act of state (CAMEO roots 06-09 and 15-20, and negotiating or signing an accord, 046 and
 *       057: only an office orders an invasion, signs an accord or imposes sanctions) or done by
 *       the person's administration or government (which acts only while the person holds the
 *       office). Such an act predates the article by an unknown span, so the article's day no
 *       longer stands for its date: the date becomes unknown rather than a day it is known not to
 *       be. A statement in an undated sentence ("Bush said") stays as of the article: former
 *       leaders mostly comment on the present.
 * </ul>
 */
final class EventTimeRoles {
  /** Material acts: cooperation, aid, yielding, investigation, and every kind of coercion. */
  private static final Set<String> MATERIAL_ROOTS =
      Set.of("06", "07", "08", "09", "15", "16", "17", "18", "19", "20");

  /**
   * Acts of state under the verbal roots: negotiating (046) and signing an accord (057) are done
   * for a state by those in office, where a statement or a meeting is something a former leader
   * still does.
   */
  private static final Set<String> ACTS_OF_OFFICE = Set.of("046", "057");

  /** Nouns for the body a person leads while in office: "the Bush administration". */
  private static final Set<String> LED_BODIES =
      Set.of("administration", "government", "cabinet", "regime");

  /** "then-" and the words of a title before a name: "then-Iranian President". */
  private static final Pattern HYPHENATED_THEN =
      Pattern.compile("(?i)(?:^|[^\\p{L}])then-[\\p{L}. -]*$");

  /** "then" and nothing else right before a mention. */
  private static final Pattern BARE_THEN = Pattern.compile("(?i)(?:^|[^\\p{L}])then\\s+$");

  /**
   * Date sources that stand in for a sentence that dates nothing: the article's day or its lead's.
   */
  private static final Set<String> STAND_IN_SOURCES = Set.of("article", "article-lead");

  /** Auxiliaries of a past participle that make it a past act ("was signed", "had signed"). */
  private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had");

  /** Auxiliaries that bring a participle into the present or future ("has been signed"). */
  private static final Set<String> PRESENT_AUXILIARIES =
      Set.of("has", "have", "will", "would", "shall", "may", "might", "can", "could", "must");

  private final Map<Integer, Sentence> sentences;
  private final ActorResolver.Result actors;
  private final LocalDate articleDate;

  EventTimeRoles(
      Map<Integer, Sentence> sentences, ActorResolver.Result actors, LocalDate articleDate) {
    this.sentences = sentences;
    this.actors = actors;
    this.articleDate = articleDate;
  }

  /** The mention with its persons coded as of when it happened, and its date as far as known. */
  EventMention recode(EventMention mention) {
    OfficeHistory offices = actors.offices();
    EventDate date = mention.date();
    if (offices == null || !date.isKnown()) {
      return mention;
    }
    // A date the article stands in for (its own, or its lead's day) says nothing of an act of a
    // past office: that act happened before it.
    if (STAND_IN_SOURCES.contains(date.source())) {
      Optional<String> office1 = pastOffice(offices, mention, mention.actor1Key(), Party.SOURCE);
      Optional<String> office2 = pastOffice(offices, mention, mention.actor2Key(), Party.TARGET);
      if (office1.isPresent() || office2.isPresent()) {
        return withCodes(
            mention,
            office1.orElse(mention.actor1Code()),
            office2.orElse(mention.actor2Code()),
            EventDate.unknown("article", null));
      }
    }
    if ("article".equals(date.source())) {
      // The actors stage coded the persons on this very day.
      return mention;
    }
    return withCodes(
        mention,
        codeDuring(offices, mention.actor1Key(), mention.actor1Code(), date),
        codeDuring(offices, mention.actor2Key(), mention.actor2Code(), date),
        date);
  }

  private String codeDuring(OfficeHistory offices, String actorKey, String code, EventDate date) {
    ResolvedActor person = person(actorKey);
    if (person == null || code == null) {
      return code;
    }
    return offices.codeDuring(person, code, articleDate, date.date(), date.lastDay()).orElse(code);
  }

  /** Which side of the act a person is on. */
  private enum Party {
    SOURCE,
    TARGET
  }

  /**
   * The last office the person held before the article, when the person holds none on the article's
   * day and the act is one the person did in the past as an office holder, or one the sentence ties
   * to an office held then (its administration's, a "then-" title), done or suffered. A target of
   * an undated past act is not recoded for the act alone: prisoners released years after "Bush had
   * praised" their jailer are no act against the president Bush was.
   */
  private Optional<String> pastOffice(
      OfficeHistory offices, EventMention mention, String actorKey, Party party) {
    if (person(actorKey) == null || articleDate == null) {
      return Optional.empty();
    }
    Sentence sentence = sentences.get(mention.sentenceNo());
    boolean toldInThePast = isToldInThePast(sentence, mention);
    boolean byOfficeHeldThen =
        sentence != null && namesOfficeHeldThen(sentence, actorKey, toldInThePast);
    boolean pastMaterialAct =
        party == Party.SOURCE && isActOfOffice(mention.eventCode()) && toldInThePast;
    if (!byOfficeHeldThen && !pastMaterialAct) {
      return Optional.empty();
    }
    return offices.lastOfficeBefore(actorKey, articleDate);
  }

  private ResolvedActor person(String actorKey) {
    ResolvedActor actor = actorKey == null ? null : actors.actors().get(actorKey);
    return actor != null && "person".equals(actor.actorType()) ? actor : null;
  }

  /**
   * Whether the sentence names the person by an office held then: as the head of a body ("the Bush
   * administration", which the dictionary's alias match may take in, "Bush's government"), or by a
   * title marked as past ("then-Secretary of State Hillary Clinton", "Then President Bush"). Either
   * way the office is the one held when the act took place, whatever the act.
   */
  private boolean namesOfficeHeldThen(Sentence sentence, String actorKey, boolean toldInThePast) {
    for (ActorMention mention : actors.mentions()) {
      if (mention.sentenceNo() == sentence.sentenceNo()
          && actorKey.equals(mention.actorKey())
          && (namesLedBody(sentence, mention) || hasPastTitle(sentence, mention, toldInThePast))) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesLedBody(Sentence sentence, ActorMention mention) {
    List<Token> tokens = sentence.tokens();
    int next = 0;
    while (next < tokens.size() && tokens.get(next).charStart() < mention.charEnd()) {
      if (tokens.get(next).charStart() >= mention.charStart() && isLedBody(tokens.get(next))) {
        return true;
      }
      next++;
    }
    if (next < tokens.size() && tokens.get(next).pos().equals("POS")) {
      next++;
    }
    return next < tokens.size() && isLedBody(tokens.get(next));
  }

  /**
   * "then-" before the title ("then-Iranian President Ahmadinejad"), or "then" right before a
   * mention that begins with a title in a sentence told in the past ("Then President George W. Bush
   * criticised"); a bare "then" before a bare name, or before a future act, is the adverb of
   * sequence ("and then Bush signed", "Then President Bush will visit").
   */
  private boolean hasPastTitle(Sentence sentence, ActorMention mention, boolean toldInThePast) {
    int end = mention.charStart() - sentence.charStart();
    if (end <= 0 || end > sentence.text().length()) {
      return false;
    }
    String before = sentence.text().substring(Math.max(0, end - 40), end);
    if (HYPHENATED_THEN.matcher(before).find()) {
      return true;
    }
    ResolvedActor person = actors.actors().get(mention.actorKey());
    boolean titled =
        person != null
            && mention.surface().length() > person.name().length()
            && !mention.surface().startsWith(person.name());
    return titled && toldInThePast && BARE_THEN.matcher(before).find();
  }

  private static boolean isLedBody(Token token) {
    return LED_BODIES.contains(token.word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the act is told in a past that reaches no further than the past: the simple past
   * ("signed"), the past perfect ("had signed"), a past passive ("was ordered by Bush") or a
   * reduced relative ("the invasion ordered by Bush"). Not the present perfect: "has signed"
   * reports a recent act bearing on the present, which a former office holder may do as such.
   */
  private static boolean isToldInThePast(Sentence sentence, EventMention mention) {
    int verb = mention.actionToken();
    if (sentence == null || verb < 0 || verb >= sentence.tokens().size()) {
      return false;
    }
    String pos = sentence.tokens().get(verb).pos();
    if (pos.equals("VBD")) {
      return true;
    }
    if (!pos.equals("VBN")) {
      return false;
    }
    ParseTree tree = new ParseTree(sentence);
    List<Integer> auxiliaries = new java.util.ArrayList<>(tree.children(verb, "aux"));
    auxiliaries.addAll(tree.children(verb, "aux:pass"));
    return auxiliaries.isEmpty()
        || (tree.hasAuxiliary(verb, PAST_AUXILIARIES)
            && auxiliaries.stream()
                .noneMatch(
                    aux -> PRESENT_AUXILIARIES.contains(tree.word(aux).toLowerCase(Locale.ROOT))));
  }

  private static boolean isActOfOffice(String eventCode) {
    return eventCode != null
        && eventCode.length() >= 3
        && (MATERIAL_ROOTS.contains(eventCode.substring(0, 2))
            || ACTS_OF_OFFICE.contains(eventCode.substring(0, 3)));
  }

  private static EventMention withCodes(
      EventMention m, String actor1Code, String actor2Code, EventDate date) {
    return new EventMention(
        m.articleId(),
        m.sentenceNo(),
        m.actionToken(),
        m.verb(),
        m.actor1Key(),
        m.actor2Key(),
        m.attributedToKey(),
        actor1Code,
        actor2Code,
        m.eventCode(),
        m.pattern(),
        m.status(),
        m.statusCue(),
        m.confidence(),
        m.confidenceEvidence(),
        date,
        m.location(),
        m.quantity(),
        m.pastTense(),
        m.sentence());
  }
}
