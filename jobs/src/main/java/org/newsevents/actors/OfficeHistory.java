package org.newsevents.actors;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dated roles of the dictionary's actors, read for the time an event happened rather than for
 * the article's day: "the 2003 invasion ordered by Bush" is an act of USAGOV, whatever year the
 * article was written (issue 16: roles at the event's date, falling back to the article's).
 *
 * <p>Only an actor whose dictionary entry dates at least one role has a history here; for any other
 * the caller keeps the code the actors stage gave, which may rest on more than the dictionary (a
 * title, the article's country).
 */
public final class OfficeHistory {
  /**
   * The sectors that are an office of state: what a former president, prime minister, minister,
   * general, judge or legislator held and no longer holds. Elites (ELI), parties, companies and
   * groups are not offices a person leaves in this sense.
   */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "SPY", "COP");

  /** The days no dated role covers, counted as one more code. */
  private static final String NO_DATED_ROLE = "";

  private final ActorLookup dictionary;

  public OfficeHistory(ActorLookup dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The code the actor held over the days {@code first} to {@code last} (both inclusive): the dated
   * role the dictionary gives on most of those days. A year- or month-precise date names a period,
   * not a day; the role held on most of it is the likeliest on the day the act took place, and a
   * role held for a few weeks of a year ("Mubarak in 2011", out of office from February) does not
   * claim the year.
   *
   * <p>Where most of the period lies outside every dated role, the dictionary says nothing of that
   * time and the actors stage's code stands (it may rest on a title: "President Tsai" in 2016,
   * whose dictionary role ended in 2008), unless that code is a dated role of the article's day
   * that the actor did not hold then: Trump's presidency in an article of 2018 says nothing of
   * 2005, when he is his undated code, else his country. Empty when the stage's code stands, and
   * for an actor whose roles the dictionary does not date.
   *
   * @param articleCode the code the actors stage gave the actor, as of the article's day
   */
  public Optional<String> codeDuring(
      ResolvedActor actor,
      String articleCode,
      LocalDate articleDate,
      LocalDate first,
      LocalDate last) {
    String actorKey = actor.actorKey();
    if (first == null || last == null || last.isBefore(first) || !datesRoles(actorKey)) {
      return Optional.empty();
    }
    // The days the roles change inside the period cut it into spans of one code each, so a year
    // is read with one look-up per span, not per day.
    TreeSet<LocalDate> cuts = new TreeSet<>();
    cuts.add(first);
    for (ActorLookup.Code code : dictionary.codes(actorKey)) {
      for (LocalDate cut :
          new LocalDate[] {
            code.validFrom(),
            code.validTo(),
            code.validTo() == null ? null : code.validTo().plusDays(1)
          }) {
        if (cut != null && cut.isAfter(first) && !cut.isAfter(last)) {
          cuts.add(cut);
        }
      }
    }
    Map<String, Long> daysByCode = new HashMap<>();
    LocalDate spanStart = null;
    for (LocalDate cut : cuts) {
      if (spanStart != null) {
        count(daysByCode, actorKey, spanStart, cut);
      }
      spanStart = cut;
    }
    count(daysByCode, actorKey, spanStart, last.plusDays(1));
    String most =
        daysByCode.entrySet().stream()
            .max(
                Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse(NO_DATED_ROLE);
    if (!most.equals(NO_DATED_ROLE)) {
      return Optional.of(most);
    }
    Optional<ActorLookup.Code> onArticleDay = dictionary.datedCodeOn(actorKey, articleDate);
    if (onArticleDay.isEmpty() || !onArticleDay.get().cameoCode().equals(articleCode)) {
      return Optional.empty();
    }
    return Optional.of(
        dictionary.codes(actorKey).stream()
            .filter(code -> code.validFrom() == null && code.validTo() == null)
            .map(ActorLookup.Code::cameoCode)
            .findFirst()
            .orElse(actor.countryCode() == null ? articleCode : actor.countryCode()));
  }

  /** The days from {@code from} until (not including) {@code until} count for one code. */
  private void count(
      Map<String, Long> daysByCode, String actorKey, LocalDate from, LocalDate until) {
    String code =
        dictionary
            .datedCodeOn(actorKey, from)
            .map(ActorLookup.Code::cameoCode)
            .orElse(NO_DATED_ROLE);
    daysByCode.merge(code, ChronoUnit.DAYS.between(from, until), Long::sum);
  }

  /**
   * The code of the last office of state the actor held before the day, when it holds none on the
   * day: Bush's USAGOV in an article of 2016, Mubarak's EGYGOV in one of 2013. Empty for an actor
   * in office on the day (its own code on the day stands) and for one that never held a dated
   * office before it.
   */
  public Optional<String> lastOfficeBefore(String actorKey, LocalDate day) {
    if (day == null || holdsOfficeOn(actorKey, day)) {
      return Optional.empty();
    }
    return dictionary.codes(actorKey).stream()
        .filter(code -> code.validFrom() != null && code.validFrom().isBefore(day))
        .filter(code -> code.validTo() != null && isStateOffice(code))
        .max(
            java.util.Comparator.comparing(ActorLookup.Code::validTo)
                .thenComparing(ActorLookup.Code::validFrom))
        .map(ActorLookup.Code::cameoCode);
  }

  private boolean holdsOfficeOn(String actorKey, LocalDate day) {
    return dictionary.datedCodeOn(actorKey, day).filter(OfficeHistory::isStateOffice).isPresent();
  }

  private boolean datesRoles(String actorKey) {
    return dictionary.codes(actorKey).stream().anyMatch(ActorLookup.Code::dated);
  }

  private static boolean isStateOffice(ActorLookup.Code code) {
    String role = code.role() == null ? "" : code.role();
    // A compound role names its most specific sector last (USAGOVLEG is a legislator).
    return role.length() >= 3 && STATE_SECTORS.contains(role.substring(role.length() - 3));
  }
}
