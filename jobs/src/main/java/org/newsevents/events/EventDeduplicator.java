package org.newsevents.events;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsevents.ingest.InputReader;

/**
 * Decides which coded mentions report the same real-world event, and gives each event a stable id.
 * The job groups mentions and the events of earlier runs by {@link #blockingKey}, then calls {@link
 * #assign} once per block.
 *
 * <p>Two reports (mentions, or a mention and a known event) are <b>compatible</b> when all of these
 * hold:
 *
 * <ol>
 *   <li><b>Same root code.</b> Articles code one meeting as "met" (040), "held talks" (046) or
 *       "visited" (042): the root is as precise as news reports agree on, the full code is not.
 *   <li><b>Same actors.</b> Two actors match when they have the same id, or when one of them is a
 *       country and the other belongs to that country: "Russia" and "Lavrov (RUS)", because a
 *       report that names only the countries ("US and Russia held talks") is about the same meeting
 *       as the one that names the ministers. Actor2 must be absent from both or present in both and
 *       matching: a report without a target only meets others without a target (the blocking key
 *       could not stay exact otherwise, see {@link #blockingKey}). Where the order of the two
 *       actors does not matter, the swapped pairing also matches ("A met B" is "B met A"):
 *       <ul>
 *         <li>in the roots of {@link #SYMMETRIC_ROOTS}, 04 CONSULT (meetings, calls, negotiations,
 *             and a visit by A to B (042) is B hosting A (043)) and 06 MATERIAL COOPERATION (joint
 *             economic, military, judicial or intelligence work);
 *         <li>between two codes of {@link #RECIPROCAL_CODES}, 036 "express intent to meet or
 *             negotiate" and 057 "sign formal agreement", the reciprocal acts of roots 03 and 05,
 *             whose other codes are directed: "A praised B" and "B praised A" on one day are two
 *             events, not one.
 *       </ul>
 *   <li><b>Dates that can be the same.</b> Each report stands for an interval of days, and the
 *       intervals must overlap:
 *       <ul>
 *         <li>a day d: [d-1, d+1], because time zones and "overnight" shift a day between outlets;
 *         <li>a week: its ISO week, Monday to Sunday; a month: the month; a year: the year, since a
 *             coarse date says no more than that;
 *         <li>a date that did not come from the sentence (the article's date stood in): [d-7, d],
 *             because news reports the recent past, not the future;
 *         <li>a mention in an undated article, or with no date at all: every day, since its date is
 *             not evidence.
 *       </ul>
 *   <li><b>Places that can be the same.</b> Either location country is unknown, or they are equal:
 *       an unnamed place is no evidence against a match, two named countries are.
 * </ol>
 *
 * <p>Compatibility is neither transitive nor checked against every member of an event: a mention
 * joins an event when it is compatible with the event's anchor, its best-dated report. A country
 * level anchor ("US and Russia held talks") can therefore collect two different ministers' meetings
 * of the same week; a person-level anchor keeps them apart.
 */
public final class EventDeduplicator {

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
   * The order in which {@link #assign} reads mentions, best-dated first, so that an event's anchor
   * is its most reliable date: dated articles first, then dates given by the sentence, then finer
   * precision, then date, article and mention id (a total order, for determinism).
   */
  public static final Comparator<CodedMention> BEST_DATED_FIRST =
      Comparator.comparing((CodedMention m) -> !m.articleDated())
          .thenComparing(m -> !m.dateFromSentence())
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

  /** Which event each mention of a block reports, and the events the block created. */
  public record Assignment(Map<String, String> eventIdByMentionId, List<NewEvent> newEvents)
      implements Serializable {}

  /** An event first seen in this run, with the mention that anchors it (its id's source). */
  public record NewEvent(String eventId, CodedMention anchor) implements Serializable {}

  /**
   * The key the job groups by: two reports that can be the same event always have the same key, so
   * {@link #assign} per key loses no match. It is the root code and the country level of each actor
   * (its country code, or its id when the country is unknown), because actors match by id or by
   * country. For roots where the actors' order can be swapped ({@link #SYMMETRIC_ROOTS} and the
   * roots of {@link #RECIPROCAL_CODES}) the pair is sorted, so "A met B" and "B met A" share a key.
   * A report without a target has a key of its own shape (root and one level), and only meets
   * others without a target.
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

  public static String blockingKey(KnownEvent event) {
    return blockingKey(event.actor1(), event.actor2(), event.rootCode());
  }

  /**
   * Assigns the mentions of ONE block to events, the same way whatever the order of either list.
   * Mentions are read {@link #BEST_DATED_FIRST}; each one joins the first known event (by event id)
   * it is compatible with, else the first new event (in creation order) whose anchor it is
   * compatible with, else it anchors a new event whose id is the short SHA-256 of its mention id. A
   * mention that anchored a known event in an earlier run (its own id is that event's id) rejoins
   * it first, so an id is never published twice.
   *
   * @throws IllegalArgumentException when two mentions share a mention id
   */
  public static Assignment assign(List<KnownEvent> known, List<CodedMention> mentions) {
    List<Anchor> knownAnchors =
        known.stream()
            .sorted(Comparator.comparing(KnownEvent::eventId))
            .map(e -> new Anchor(e.eventId(), Report.of(e)))
            .toList();
    Set<String> knownIds = new HashSet<>();
    known.forEach(e -> knownIds.add(e.eventId()));

    List<CodedMention> ordered = new ArrayList<>(mentions);
    ordered.sort(BEST_DATED_FIRST);

    Map<String, String> eventIdByMentionId = new LinkedHashMap<>();
    List<NewEvent> newEvents = new ArrayList<>();
    List<Anchor> newAnchors = new ArrayList<>();
    for (CodedMention mention : ordered) {
      Report report = Report.of(mention);
      String ownId = eventIdOf(mention);
      String eventId = knownIds.contains(ownId) ? ownId : firstCompatible(knownAnchors, report);
      if (eventId == null) {
        eventId = firstCompatible(newAnchors, report);
      }
      if (eventId == null) {
        eventId = ownId;
        newEvents.add(new NewEvent(ownId, mention));
        newAnchors.add(new Anchor(ownId, report));
      }
      if (eventIdByMentionId.put(mention.mentionId(), eventId) != null) {
        throw new IllegalArgumentException("mention id " + mention.mentionId() + " occurs twice");
      }
    }
    return new Assignment(
        Collections.unmodifiableMap(eventIdByMentionId), Collections.unmodifiableList(newEvents));
  }

  /** The id of the event a mention anchors. */
  public static String eventIdOf(CodedMention anchor) {
    return InputReader.shortSha256(anchor.mentionId());
  }

  /** Whether two mentions can report the same event (see the class comment for the rules). */
  public static boolean compatible(CodedMention a, CodedMention b) {
    return Report.of(a).compatible(Report.of(b));
  }

  /** Whether a mention can report an event published by an earlier run. */
  public static boolean compatible(KnownEvent event, CodedMention mention) {
    return Report.of(event).compatible(Report.of(mention));
  }

  private static String firstCompatible(List<Anchor> anchors, Report report) {
    for (Anchor anchor : anchors) {
      if (anchor.report().compatible(report)) {
        return anchor.eventId();
      }
    }
    return null;
  }

  private static String countryLevel(ActorRef actor) {
    return actor.countryCode() != null ? actor.countryCode() : actor.actorId();
  }

  private static boolean sameActor(ActorRef a, ActorRef b) {
    if (a.actorId().equals(b.actorId())) {
      return true;
    }
    return (a.isCountry() || b.isCountry())
        && a.countryCode() != null
        && a.countryCode().equals(b.countryCode());
  }

  private static boolean isReciprocal(String eventCode) {
    return eventCode != null && RECIPROCAL_CODES.stream().anyMatch(eventCode::startsWith);
  }

  private record Anchor(String eventId, Report report) {}

  /** What compatibility reads of a mention or a known event. */
  private record Report(
      ActorRef actor1,
      ActorRef actor2,
      String eventCode,
      String rootCode,
      DateRange dates,
      String locationCountryCode) {

    static Report of(CodedMention m) {
      DateRange dates =
          !m.articleDated() || m.eventDate() == null
              ? DateRange.ANY
              : m.dateFromSentence()
                  ? DateRange.of(m.eventDate(), m.precision())
                  : new DateRange(m.eventDate().minusDays(7), m.eventDate());
      return new Report(
          m.actor1(), m.actor2(), m.eventCode(), m.rootCode(), dates, m.locationCountryCode());
    }

    static Report of(KnownEvent e) {
      DateRange dates =
          e.eventDate() == null ? DateRange.ANY : DateRange.of(e.eventDate(), e.precision());
      return new Report(
          e.actor1(), e.actor2(), e.eventCode(), e.rootCode(), dates, e.locationCountryCode());
    }

    boolean compatible(Report other) {
      return rootCode.equals(other.rootCode)
          && actorsMatch(other)
          && dates.overlaps(other.dates)
          && (locationCountryCode == null
              || other.locationCountryCode == null
              || locationCountryCode.equals(other.locationCountryCode));
    }

    private boolean actorsMatch(Report other) {
      boolean sameTarget =
          actor2 == null
              ? other.actor2 == null
              : other.actor2 != null && sameActor(actor2, other.actor2);
      if (sameActor(actor1, other.actor1) && sameTarget) {
        return true;
      }
      boolean orderIsNoise =
          SYMMETRIC_ROOTS.contains(rootCode)
              || (isReciprocal(eventCode) && isReciprocal(other.eventCode));
      return orderIsNoise
          && actor2 != null
          && other.actor2 != null
          && sameActor(actor1, other.actor2)
          && sameActor(actor2, other.actor1);
    }
  }

  /** The days an event can have happened on, both ends included. */
  private record DateRange(LocalDate first, LocalDate last) {
    static final DateRange ANY = new DateRange(LocalDate.MIN, LocalDate.MAX);

    /** A date read with its precision; a missing precision reads as a day. */
    static DateRange of(LocalDate date, EventDate.Precision precision) {
      return switch (precision == null ? EventDate.Precision.DAY : precision) {
        case DAY -> new DateRange(date.minusDays(1), date.plusDays(1));
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

    boolean overlaps(DateRange other) {
      return !first.isAfter(other.last) && !other.first.isAfter(last);
    }
  }
}
