package org.newsevents.events;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsevents.ingest.InputReader;

/**
 * Decides which coded mentions report the same real-world event, and gives each event a stable id.
 * The job groups mentions by {@link #articleBlockingKeys} and the events of earlier runs by {@link
 * #blockingKey}, then calls {@link #assign} once per block.
 *
 * <p>A mention joins an event when it <b>matches</b> the event's anchor (its best-dated report that
 * names a target, see {@link #BEST_DATED_FIRST}), which takes all of these:
 *
 * <ol>
 *   <li><b>Same base code</b>, the three CAMEO digits: "provide economic aid" (071) and "provide
 *       economic aid for development" (0711) can be one act told at two depths; "seize" (171) and
 *       "occupy" (174), or "visited" (042) and "held talks" (046), are different acts. The root
 *       alone (17, 04) merged them: on 300 BBC articles, 27 of 49 multi-mention events mixed verbs.
 *   <li><b>Same actors.</b> Two actors match when they have the same id, or when one of them is a
 *       country and the other belongs to that country: "Russia" and "Lavrov (RUS)", because a
 *       report that names only the countries ("US and Russia held talks") is about the same meeting
 *       as the one that names the ministers. Within one article, a body and a member of it, or two
 *       names of one body, match by their sector code ("the House" and "Schiff", both USALEG),
 *       though two people with one code do not. So all the sources of an event's mentions share one
 *       country level (the country, or the actor id when the country is unknown), and so do the
 *       targets; {@code sql/tests/fct_events__one_source_and_base_code.sql} checks it. Actor2 must
 *       be absent from both or present in both and matching, except within one article, where a
 *       retelling without the target is the act that named it ({@link #articleBlockingKeys}). Where
 *       the order of the two actors does not matter, the swapped pairing also matches ("A met B" is
 *       "B met A"):
 *       <ul>
 *         <li>in the roots of {@link #SYMMETRIC_ROOTS}, 04 CONSULT (meetings, calls, negotiations,
 *             and a visit by A to B (042) is B hosting A (043)) and 06 MATERIAL COOPERATION (joint
 *             economic, military, judicial or intelligence work);
 *         <li>between two codes of {@link #RECIPROCAL_CODES}, 036 "express intent to meet or
 *             negotiate" and 057 "sign formal agreement", the reciprocal acts of roots 03 and 05,
 *             whose other codes are directed: "A praised B" and "B praised A" on one day are two
 *             events, not one.
 *       </ul>
 *   <li><b>Places that can be the same.</b> Either location country is unknown, or they are equal:
 *       an unnamed place is no evidence against a match, two named countries are.
 *   <li><b>Dates that are the same</b>, by the first rule that applies ({@link MergeRule}):
 *       <ul>
 *         <li>{@link MergeRule#SAME_ARTICLE}: two sentences of one article match when their dates
 *             can be the same: a sentence's date stands for its day, week, month or year, and a
 *             sentence without one for the week before the article's date. In an undated article,
 *             sentences without a date of their own match one another but never a dated one
 *             ("signed the INF treaty in 1987" is not "have signed a range of agreements"). An
 *             article tells one story: its lead dates an act and later sentences retell it ("Lam
 *             said in a televised announcement") without a date of their own; a year named
 *             ("annexed Crimea in 2014") still keeps an act of that year apart. A sentence that
 *             retells the lead's act in the simple past and so took the day the lead names ({@link
 *             DateBasis#ARTICLE_LEAD}) stands for that day, as a sentence naming it would.
 *         <li>Across articles (or against an event of an earlier run), what dated each report must
 *             agree. Sentence against sentence: two days are the same day ({@link
 *             MergeRule#SAME_DAY}), so two meetings of one pair on different days are two events; a
 *             week, month or year matches a day or period inside it ({@link
 *             MergeRule#WITHIN_PERIOD}). Article against article: published on the same or the next
 *             day ({@link MergeRule#PUBLISHED_TOGETHER}, {@link #PUBLICATION_DAY_TOLERANCE}); a
 *             date the lead's day gave ({@link DateBasis#ARTICLE_LEAD}) counts here as its
 *             article's date, the lead's day standing for the day of publication, since it is
 *             inferred from the lead. A mention dated by its sentence never joins one dated only by
 *             its article: "Russia annexed Crimea in 2014" is not what a 2022 article calls "if
 *             Russia took that step".
 *         <li>{@link MergeRule#UNDATED_ARTICLE}: a mention of an undated article joins another
 *             article's event only when its sentence names a day ("met in Geneva on Friday") and a
 *             dated article's sentence dated the event to the day. Otherwise its date, the run's,
 *             is no evidence, and every undated report would match every other.
 *         <li>A report without a target matches another article's only with the same full code and
 *             both sentences dating it to the same day: "Blair provided aid" names too little to be
 *             the same act on the strength of a publication date.
 *       </ul>
 *       "Same day" allows no day either side: {@link #DAY_TOLERANCE} says why.
 * </ol>
 *
 * <p>Matching is neither transitive nor checked against every member of an event: a mention joins
 * an event when it matches the event's anchor, or a mention of its own article that joined it (by
 * {@link MergeRule#SAME_ARTICLE}: the undated sentences of an undated article follow its sentence
 * that named the day). A country-level anchor ("US and Russia held talks") can therefore collect
 * two different ministers' meetings of the same day; a person-level anchor keeps them apart, which
 * is why people anchor first.
 *
 * <p>Each match gets a score ({@link Merge#score}): 1 / the number of days the two reports leave
 * open for the event (1 for the same day, 1/7 for a week, 1/8 for two articles of the same day
 * without a date in the sentence, which stand for the week before, 1/9 a day apart), halved when an
 * actor matched only through its country or its sector code, and halved when one date is no
 * evidence (an undated article).
 */
public final class EventDeduplicator {

  /**
   * How many days apart two day-precise sentence dates may be and still be the same day: none. The
   * day either side that outlets' time zones were once thought to need changed no decision on the
   * Wikinews dedup gold set (rule-level score of {@code ./newsevents evaluate --suite dedup}: P
   * 0.98 R 0.68 with or without it), and it would make two meetings of one pair on consecutive days
   * one event.
   */
  public static final int DAY_TOLERANCE = 0;

  /** Roots in which every code is an exchange between the two actors, so their order is noise. */
  public static final Set<String> SYMMETRIC_ROOTS = Set.of("04", "06");

  /**
   * Reciprocal codes (prefixes) in otherwise directed roots: "agreed to meet" (036), "signed an
   * agreement" (057). Both mentions need one for their swapped pairing to match.
   */
  public static final Set<String> RECIPROCAL_CODES = Set.of("036", "057");

  /**
   * Roots whose blocking key does not depend on the actors' order: the symmetric roots and the
   * roots of the reciprocal codes.
   */
  private static final Set<String> UNORDERED_KEY_ROOTS =
      Stream.concat(SYMMETRIC_ROOTS.stream(), RECIPROCAL_CODES.stream().map(c -> c.substring(0, 2)))
          .collect(Collectors.toUnmodifiableSet());

  /**
   * How many days apart two articles may have been published for their undated sentences to tell
   * one act: one. An outlet's story of the evening and another's of the next morning report the
   * same expulsion (on the dedup gold, Greece expelling Libya's ambassador, told by articles of 10
   * and 11 January 2020); the sentences give no day to tell them apart by.
   */
  public static final int PUBLICATION_DAY_TOLERANCE = 1;

  /** The days a date given only by the article stands for: the week before it, and its day. */
  private static final int ARTICLE_DATE_DAYS_BEFORE = 7;

  /**
   * The order in which {@link #assign} reads mentions, best-dated first, so that an event's anchor
   * is its most reliable date: a report naming its target first (the only order that differs from
   * dates, and only in the blocks where {@link #articleBlockingKeys} put an article's retelling
   * without a target), then dated articles, then dates given by the sentence, then by the article's
   * lead, then finer precision, then date, article and mention id (a total order, for determinism).
   */
  public static final Comparator<CodedMention> BEST_DATED_FIRST =
      // A report that names its target anchors before one that does not, so the event keeps its
      // target; the two share a block only within one article (articleBlockingKeys).
      Comparator.comparing((CodedMention m) -> m.actor2() == null)
          .thenComparing(m -> !m.articleDated())
          .thenComparing(m -> !m.dateFromSentence())
          .thenComparing(m -> !m.dateFromLead())
          .thenComparing(CodedMention::precision, Comparator.nullsLast(Comparator.naturalOrder()))
          // A report naming people anchors before one naming only their countries: a country-level
          // anchor would also take in a different meeting of other officials of the same pair.
          .thenComparing(EventDeduplicator::countryLevelActors)
          .thenComparing(CodedMention::eventDate, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(CodedMention::articleId, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(CodedMention::mentionId);

  private EventDeduplicator() {}

  private static int countryLevelActors(CodedMention mention) {
    return (mention.actor1().isCountry() ? 1 : 0)
        + (mention.actor2() != null && mention.actor2().isCountry() ? 1 : 0);
  }

  /**
   * Which event each mention of a block reports, why ({@code mergeByMentionId}), and the events the
   * block created.
   */
  public record Assignment(
      Map<String, String> eventIdByMentionId,
      Map<String, Merge> mergeByMentionId,
      List<NewEvent> newEvents)
      implements Serializable {}

  /** An event first seen in this run, with the mention that anchors it (its id's source). */
  public record NewEvent(String eventId, CodedMention anchor) implements Serializable {}

  /**
   * Why a mention joined its event: the rule, and a score from 0 to 1 of how closely it agrees with
   * the event's anchor (see the class comment); the anchor itself scores 1.
   */
  public record Merge(MergeRule rule, double score) implements Serializable {
    static final Merge ANCHOR = new Merge(MergeRule.ANCHOR, 1.0);
  }

  /**
   * The key of a report on its own: two reports that can be the same event, both with or both
   * without a target, always have the same key, so {@link #assign} per key loses no such match (the
   * job groups an article's reports by {@link #articleBlockingKeys}, which moves retellings without
   * a target to the block of the act they retell). It is the root code and the country level of
   * each actor (its country code, or its id when the country is unknown), because actors match by
   * id or by country. The root is coarser than the rules (which want the same base code): that only
   * makes a block larger, and keeps the keys of events published by earlier runs valid. For roots
   * where the actors' order can be swapped ({@link #SYMMETRIC_ROOTS} and the roots of {@link
   * #RECIPROCAL_CODES}) the pair is sorted, so "A met B" and "B met A" share a key. A report
   * without a target has a key of its own shape (root and one level), and only meets others without
   * a target, unless its article gives it the key of the act it retells ({@link
   * #articleBlockingKeys}).
   *
   * <p>The key is exact on one assumption: an actor id always comes with the same country code (the
   * job takes both from dim_actors). Two different keys that happen to be equal strings only make a
   * block larger, never lose a match.
   */
  public static String blockingKey(ActorRef actor1, ActorRef actor2, String rootCode) {
    String first = countryLevel(actor1);
    if (actor2 == null) {
      return rootCode + "|" + first;
    }
    String second = countryLevel(actor2);
    if (UNORDERED_KEY_ROOTS.contains(rootCode) && second.compareTo(first) < 0) {
      return rootCode + "|" + second + "|" + first;
    }
    return rootCode + "|" + first + "|" + second;
  }

  public static String blockingKey(CodedMention mention) {
    return blockingKey(mention.actor1(), mention.actor2(), mention.rootCode());
  }

  /** What {@link #articleBlockingKeys} reads of one coded act of an article. */
  public record ArticleAct(ActorRef actor1, ActorRef actor2, String baseCode, String rootCode) {
    /** The act of a coded mention. */
    public static ArticleAct of(CodedMention mention) {
      return new ArticleAct(
          mention.actor1(),
          mention.actor2(),
          baseCodeOf(mention.eventCode(), mention.rootCode()),
          mention.rootCode());
    }
  }

  /**
   * The blocking keys of one article's acts, in their order: each act's {@link #blockingKey},
   * except that the acts without a target whose source shares a country level and a base code take,
   * together, the key of the article's first act with a target whose source matches one of theirs
   * (as {@link #actorMatch} matches actors). An article names the target once and retells the act
   * without it ("Mohammed bin Salman accepted responsibility for the murder of Khashoggi", then "he
   * said it happened under my watch"), and {@link MergeRule#SAME_ARTICLE} can only join the two if
   * they share a block. Moving the whole group keeps together the retellings that match one another
   * ("Saudi Arabia" and "Jubeir", by country), so that only a match with a second targeted act of
   * another key is lost: a retelling joins the first. A group with no such act keeps its own key,
   * and still meets other articles' reports without a target; one that moved meets only its
   * article's (dates and places are checked by the match, not here).
   */
  public static List<String> articleBlockingKeys(List<ArticleAct> acts) {
    Map<String, List<ArticleAct>> retellingsByGroup = new LinkedHashMap<>();
    for (ArticleAct act : acts) {
      if (act.actor2() == null) {
        retellingsByGroup.computeIfAbsent(retellingGroup(act), group -> new ArrayList<>()).add(act);
      }
    }
    Map<String, String> keyOfGroup = new HashMap<>();
    retellingsByGroup.forEach(
        (group, retellings) ->
            firstActRetold(acts, retellings)
                .ifPresent(
                    act ->
                        keyOfGroup.put(
                            group, blockingKey(act.actor1(), act.actor2(), act.rootCode()))));
    List<String> keys = new ArrayList<>();
    for (ArticleAct act : acts) {
      String own = blockingKey(act.actor1(), act.actor2(), act.rootCode());
      keys.add(act.actor2() != null ? own : keyOfGroup.getOrDefault(retellingGroup(act), own));
    }
    return keys;
  }

  /**
   * The article's first act with a target, of the retellings' base code, whose source matches one
   * of theirs; or empty.
   */
  private static Optional<ArticleAct> firstActRetold(
      List<ArticleAct> acts, List<ArticleAct> retellings) {
    for (ArticleAct targeted : acts) {
      if (targeted.actor2() == null || !targeted.baseCode().equals(retellings.get(0).baseCode())) {
        continue;
      }
      for (ArticleAct retelling : retellings) {
        if (actorMatch(targeted.actor1(), retelling.actor1()) != ActorMatch.NONE) {
          return Optional.of(targeted);
        }
      }
    }
    return Optional.empty();
  }

  /** Which retellings of {@link #articleBlockingKeys} move together: source level and base code. */
  private static String retellingGroup(ArticleAct act) {
    return countryLevel(act.actor1()) + "|" + act.baseCode();
  }

  public static String blockingKey(KnownEvent event) {
    return blockingKey(event.actor1(), event.actor2(), event.rootCode());
  }

  /**
   * Assigns the mentions of ONE block to events, the same way whatever the order of either list.
   * Mentions are read {@link #BEST_DATED_FIRST}; each one joins the first known event (by event id)
   * it matches, else the first new event (in creation order) it matches, else it anchors a new
   * event whose id is the short SHA-256 of its mention id. A mention that anchored a known event in
   * an earlier run (its own id is that event's id) rejoins it first, so an id is never published
   * twice.
   *
   * @throws IllegalArgumentException when two mentions share a mention id
   */
  public static Assignment assign(List<KnownEvent> known, List<CodedMention> mentions) {
    List<Anchor> knownAnchors =
        known.stream()
            .sorted(Comparator.comparing(KnownEvent::eventId))
            .map(e -> new Anchor(e.eventId(), Report.of(e), new ArrayList<>()))
            .toList();
    Map<String, Anchor> anchorsById = new HashMap<>();
    knownAnchors.forEach(anchor -> anchorsById.put(anchor.eventId(), anchor));
    Set<String> knownIds = new HashSet<>();
    known.forEach(e -> knownIds.add(e.eventId()));

    List<CodedMention> ordered = new ArrayList<>(mentions);
    ordered.sort(BEST_DATED_FIRST);

    Map<String, String> eventIdByMentionId = new LinkedHashMap<>();
    Map<String, Merge> mergeByMentionId = new LinkedHashMap<>();
    List<NewEvent> newEvents = new ArrayList<>();
    List<Anchor> newAnchors = new ArrayList<>();
    for (CodedMention mention : ordered) {
      Report report = Report.of(mention);
      String ownId = eventIdOf(mention);
      Joined joined =
          knownIds.contains(ownId)
              ? new Joined(ownId, Merge.ANCHOR)
              : firstMatching(knownAnchors, report);
      if (joined == null) {
        joined = firstMatching(newAnchors, report);
      }
      if (joined == null) {
        joined = new Joined(ownId, Merge.ANCHOR);
        newEvents.add(new NewEvent(ownId, mention));
        Anchor created = new Anchor(ownId, report, new ArrayList<>());
        newAnchors.add(created);
        anchorsById.put(ownId, created);
      }
      Anchor event = anchorsById.get(joined.eventId());
      if (event != null && joined.merge() != Merge.ANCHOR) {
        event.members().add(report);
      }
      if (eventIdByMentionId.put(mention.mentionId(), joined.eventId()) != null) {
        throw new IllegalArgumentException("mention id " + mention.mentionId() + " occurs twice");
      }
      mergeByMentionId.put(mention.mentionId(), joined.merge());
    }
    return new Assignment(
        Collections.unmodifiableMap(eventIdByMentionId),
        Collections.unmodifiableMap(mergeByMentionId),
        Collections.unmodifiableList(newEvents));
  }

  /** The id of the event a mention anchors. */
  public static String eventIdOf(CodedMention anchor) {
    return InputReader.shortSha256(anchor.mentionId());
  }

  /** Whether two mentions can report the same event (see the class comment for the rules). */
  public static boolean compatible(CodedMention a, CodedMention b) {
    return Report.of(a).match(Report.of(b)) != null;
  }

  /** Whether a mention can report an event published by an earlier run. */
  public static boolean compatible(KnownEvent event, CodedMention mention) {
    return Report.of(event).match(Report.of(mention)) != null;
  }

  /**
   * Why {@code mention} would join an event anchored by {@code anchor}, or empty if it would not.
   */
  public static Optional<Merge> merge(CodedMention anchor, CodedMention mention) {
    return Optional.ofNullable(Report.of(anchor).match(Report.of(mention)));
  }

  private static Joined firstMatching(List<Anchor> anchors, Report report) {
    for (Anchor anchor : anchors) {
      Merge merge = anchor.match(report);
      if (merge != null) {
        return new Joined(anchor.eventId(), merge);
      }
    }
    return null;
  }

  private static String countryLevel(ActorRef actor) {
    return actor.countryCode() != null ? actor.countryCode() : actor.actorId();
  }

  /** How two actors match, strongest first ({@link #both} keeps the weaker). */
  private enum ActorMatch {
    BY_ID,
    BY_COUNTRY,
    /** Only within one article: see {@link #actorMatch}. */
    BY_SECTOR,
    NONE
  }

  /**
   * Same id; or one is a country and the other belongs to it; or, within one article only, both
   * have the same sector code and at least one is not a person: an article retells its act naming
   * the body once and a member or its spokesman once ("the House of Representatives subpoenaed
   * Pompeo", "the subpoena was issued by Engel, Schiff and Cummings"; "Hong Kong police" and "the
   * police"). Across articles a shared code is too little: two outlets' "US officials" are anyone.
   */
  private static ActorMatch actorMatch(ActorRef a, ActorRef b) {
    if (a.actorId().equals(b.actorId())) {
      return ActorMatch.BY_ID;
    }
    if ((a.isCountry() || b.isCountry())
        && a.countryCode() != null
        && a.countryCode().equals(b.countryCode())) {
      return ActorMatch.BY_COUNTRY;
    }
    return a.sectorCode() != null
            && a.sectorCode().equals(b.sectorCode())
            && !(a.isPerson() && b.isPerson())
        ? ActorMatch.BY_SECTOR
        : ActorMatch.NONE;
  }

  /** The weaker of two actor matches. */
  private static ActorMatch both(ActorMatch first, ActorMatch second) {
    return first.compareTo(second) >= 0 ? first : second;
  }

  private static boolean isReciprocal(String eventCode) {
    return eventCode != null && RECIPROCAL_CODES.stream().anyMatch(eventCode::startsWith);
  }

  private static String baseCodeOf(String eventCode, String rootCode) {
    return eventCode == null || eventCode.length() < 3 ? rootCode : eventCode.substring(0, 3);
  }

  /**
   * An event as {@link #assign} matches against it: its anchor, and the mentions that joined it in
   * this block, which count only for other sentences of their own article.
   */
  private record Anchor(String eventId, Report report, List<Report> members) {
    Merge match(Report candidate) {
      Merge merge = report.match(candidate);
      if (merge != null) {
        return merge;
      }
      for (Report member : members) {
        if (member.articleId() != null && member.articleId().equals(candidate.articleId())) {
          Merge sameArticle = member.match(candidate);
          if (sameArticle != null) {
            return sameArticle;
          }
        }
      }
      return null;
    }
  }

  private record Joined(String eventId, Merge merge) {}

  /** What matching reads of a mention or a known event. */
  private record Report(
      ActorRef actor1,
      ActorRef actor2,
      String eventCode,
      String baseCode,
      String rootCode,
      String articleId,
      DateBasis basis,
      LocalDate date,
      EventDate.Precision precision,
      boolean sentenceGaveDate,
      boolean leadGaveDate,
      String locationCountryCode) {

    static Report of(CodedMention m) {
      return new Report(
          m.actor1(),
          m.actor2(),
          m.eventCode(),
          baseCodeOf(m.eventCode(), m.rootCode()),
          m.rootCode(),
          m.articleId(),
          m.dateBasis(),
          m.eventDate(),
          m.precision() == null ? EventDate.Precision.DAY : m.precision(),
          m.dateFromSentence(),
          m.dateFromLead(),
          m.locationCountryCode());
    }

    static Report of(KnownEvent e) {
      return new Report(
          e.actor1(),
          e.actor2(),
          e.eventCode(),
          baseCodeOf(e.eventCode(), e.rootCode()),
          e.rootCode(),
          null,
          e.dateBasis(),
          e.eventDate(),
          e.precision() == null ? EventDate.Precision.DAY : e.precision(),
          e.dateBasis() == DateBasis.SENTENCE,
          e.dateBasis() == DateBasis.ARTICLE_LEAD,
          e.locationCountryCode());
    }

    /** Why {@code other} is the same event as this anchor, or null when it is not. */
    Merge match(Report other) {
      if (!baseCode.equals(other.baseCode) || !placesCanBeTheSame(other)) {
        return null;
      }
      ActorMatch actors = actorsMatch(other);
      boolean sameArticle = articleId != null && articleId.equals(other.articleId);
      if (actors == ActorMatch.NONE || (actors == ActorMatch.BY_SECTOR && !sameArticle)) {
        return null;
      }
      Merge byDate = sameArticle ? sameArticle(other) : acrossArticles(other);
      if (byDate == null) {
        return null;
      }
      return actors != ActorMatch.BY_ID ? new Merge(byDate.rule(), byDate.score() / 2) : byDate;
    }

    private boolean placesCanBeTheSame(Report other) {
      return locationCountryCode == null
          || other.locationCountryCode == null
          || locationCountryCode.equals(other.locationCountryCode);
    }

    private Merge sameArticle(Report other) {
      // An undated article's sentences that name no date of their own may tell one act; a
      // sentence that names one ("signed the treaty in 1987") says nothing of the undated one.
      if (date == null || other.date == null) {
        return date == null && other.date == null ? new Merge(MergeRule.SAME_ARTICLE, 0.0) : null;
      }
      DateRange mine = withinArticle();
      DateRange theirs = other.withinArticle();
      if (!mine.widened().overlaps(theirs.widened())) {
        return null;
      }
      return new Merge(MergeRule.SAME_ARTICLE, 1.0 / mine.daysOpenWith(theirs));
    }

    private Merge acrossArticles(Report other) {
      if (actor2 == null) {
        if (date == null || other.date == null) {
          return null;
        }
        boolean sameDay =
            eventCode != null
                && eventCode.equals(other.eventCode)
                && dayFromSentence()
                && other.dayFromSentence()
                && daysApart(other) <= DAY_TOLERANCE;
        return sameDay ? new Merge(MergeRule.SAME_DAY, 1.0 / (1 + daysApart(other))) : null;
      }
      // Before the dates: an undated article's day ("met on Friday") has no date to compare.
      boolean undatedNamesADay =
          (undatedNamingADay() && other.dayFromSentence())
              || (other.undatedNamingADay() && dayFromSentence());
      if (undatedNamesADay) {
        return new Merge(MergeRule.UNDATED_ARTICLE, 0.5);
      }
      if (date == null || other.date == null) {
        return null;
      }
      if (basis == DateBasis.SENTENCE && other.basis == DateBasis.SENTENCE) {
        if (precision == EventDate.Precision.DAY && other.precision == EventDate.Precision.DAY) {
          return daysApart(other) <= DAY_TOLERANCE
              ? new Merge(MergeRule.SAME_DAY, 1.0 / (1 + daysApart(other)))
              : null;
        }
        DateRange mine = DateRange.of(date, precision);
        DateRange theirs = DateRange.of(other.date, other.precision);
        return mine.overlaps(theirs)
            ? new Merge(MergeRule.WITHIN_PERIOD, 1.0 / mine.daysOpenWith(theirs))
            : null;
      }
      if (datedByArticle() && other.datedByArticle()) {
        return daysApart(other) <= PUBLICATION_DAY_TOLERANCE
            ? new Merge(
                MergeRule.PUBLISHED_TOGETHER,
                1.0 / (ARTICLE_DATE_DAYS_BEFORE + 1 + daysApart(other)))
            : null;
      }
      return null;
    }

    /**
     * Dated by its article, across articles: the article's date, or the day its lead names, which
     * is inferred from the lead and so counts as no more than the article's date.
     */
    private boolean datedByArticle() {
      return basis == DateBasis.ARTICLE || basis == DateBasis.ARTICLE_LEAD;
    }

    /** Dated to the day by a sentence of a dated article. */
    private boolean dayFromSentence() {
      return basis == DateBasis.SENTENCE && date != null && precision == EventDate.Precision.DAY;
    }

    /** From an undated article, whose sentence names a day of its own. */
    private boolean undatedNamingADay() {
      return basis == DateBasis.UNDATED_ARTICLE
          && sentenceGaveDate
          && precision == EventDate.Precision.DAY;
    }

    private long daysApart(Report other) {
      return Math.abs(ChronoUnit.DAYS.between(date, other.date));
    }

    /**
     * The days this report stands for among the sentences of its own article: the sentence's
     * period, the day the lead names (a sentence that retells the lead's act), or the week before
     * the article's date.
     */
    private DateRange withinArticle() {
      return sentenceGaveDate || leadGaveDate
          ? DateRange.of(date, precision)
          : new DateRange(date.minusDays(ARTICLE_DATE_DAYS_BEFORE), date);
    }

    private ActorMatch actorsMatch(Report other) {
      // Within one article, a retelling without the target is the act that named it (see
      // articleBlockingKeys): the same source suffices.
      if ((actor2 == null) != (other.actor2 == null)) {
        return articleId != null && articleId.equals(other.articleId)
            ? actorMatch(actor1, other.actor1)
            : ActorMatch.NONE;
      }
      ActorMatch inOrder = pairMatch(actor1, actor2, other.actor1, other.actor2);
      if (inOrder != ActorMatch.NONE) {
        return inOrder;
      }
      boolean orderIsNoise =
          SYMMETRIC_ROOTS.contains(rootCode)
              || (isReciprocal(eventCode) && isReciprocal(other.eventCode));
      return orderIsNoise && actor2 != null && other.actor2 != null
          ? pairMatch(actor1, actor2, other.actor2, other.actor1)
          : ActorMatch.NONE;
    }

    private static ActorMatch pairMatch(
        ActorRef source, ActorRef target, ActorRef otherSource, ActorRef otherTarget) {
      ActorMatch sources = actorMatch(source, otherSource);
      if (target == null || otherTarget == null) {
        return target == null && otherTarget == null ? sources : ActorMatch.NONE;
      }
      return both(sources, actorMatch(target, otherTarget));
    }
  }

  /** The days an event can have happened on, both ends included. */
  private record DateRange(LocalDate first, LocalDate last) {

    /** A date read with its precision. */
    static DateRange of(LocalDate date, EventDate.Precision precision) {
      return switch (precision) {
        case DAY -> new DateRange(date, date);
        case WEEK ->
            new DateRange(
                date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        case MONTH ->
            new DateRange(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
        case YEAR ->
            new DateRange(date.withDayOfYear(1), date.with(TemporalAdjusters.lastDayOfYear()));
      };
    }

    /** The range with {@link #DAY_TOLERANCE} days either side. */
    DateRange widened() {
      return new DateRange(first.minusDays(DAY_TOLERANCE), last.plusDays(DAY_TOLERANCE));
    }

    boolean overlaps(DateRange other) {
      return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    /**
     * How many days the two ranges leave open together: the days they share, or, when they only
     * meet within the tolerance, the days from one to the other.
     */
    long daysOpenWith(DateRange other) {
      LocalDate from = first.isAfter(other.first) ? first : other.first;
      LocalDate to = last.isBefore(other.last) ? last : other.last;
      return Math.abs(ChronoUnit.DAYS.between(from, to)) + 1;
    }
  }
}
