package org.newsevents.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.nlp.Dependency;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Timex;

/**
 * Dates an event by the time expression that belongs to its action, as SUTime normalised it against
 * the article's date ("next Friday" in an article of 2022-01-19 is 2022-01-28), keeping the
 * precision the text gives. Among several time expressions the one closest to the action in the
 * dependency tree wins ("Russia annexed Crimea in 2014" in a 2022 article is dated 2014). The
 * article's date stands in only when the sentence has none: GDELT's habit of dating every event by
 * publication is the failure this avoids.
 */
public final class EventDateResolver {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{1,2})(?:-WE)?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern PART_OF_MONTH =
      Pattern.compile(
          "^(?:(?:early|mid|late|the end of|the beginning of)[- ]?)?(january|february|march|april|may|june|july"
              + "|august|september|october|november|december)$",
          Pattern.CASE_INSENSITIVE);

  private EventDateResolver() {}

  /**
   * @param actionToken the token of the event's verb or noun
   * @param articleDate the article's date (published or inferred), used when the sentence has none
   *     and to resolve relative expressions; null when the article is undated, and then only a
   *     sentence that writes its date out dates the event
   */
  public static EventDate resolve(Sentence sentence, int actionToken, LocalDate articleDate) {
    return resolve(sentence, actionToken, StoryDay.none(articleDate));
  }

  /**
   * As {@link #resolve(Sentence, int, LocalDate)}, with what the article's lead and quotes add:
   *
   * <ul>
   *   <li>A sentence after the lead whose action is told in the simple past ("Pompeo cited", "Lam
   *       did not accede", "the rules were released") and that has no time expression of its own
   *       retells the story: it takes the day the lead names, with day precision and source
   *       "article-lead", rather than the article's date; so does a to-infinitive that completes
   *       such a verb ("continued to attack others"). One in the present, present perfect or past
   *       perfect ("had made threats") does not: it tells of a state or of something before.
   *   <li>Words inside a direct quote, with no time expression of their own, whatever their tense
   *       ("We appreciate the response", "Its status will change"), were said on the day the lead
   *       names, and take it as a simple past sentence does.
   *   <li>"yesterday", "last night", "this morning", "today", "tonight" and "tomorrow" inside a
   *       direct quote count from the day the quote was said, taken to be the story day, not from
   *       the day the article was published ("I informed Bolton last night", tweeted on the Tuesday
   *       the lead names, is the Monday).
   * </ul>
   */
  public static EventDate resolve(Sentence sentence, int actionToken, StoryDay story) {
    LocalDate articleDate = story.articleDate();
    EventDate nearest = nearestDate(sentence, actionToken, story);
    // A verb in the past tense tells of an act done by the time the article was written: a date
    // after the article belongs to another clause ("agreed to meet next Friday" dates the meeting,
    // not the agreement), and the act takes the article's date.
    if (articleDate != null
        && nearest.isKnown()
        && nearest.date().isAfter(articleDate)
        && "sentence".equals(nearest.source())
        && VerbTense.of(sentence, actionToken) == VerbTense.Tense.PAST) {
      nearest = new EventDate(articleDate, EventDate.Precision.DAY, "article", null);
    }
    if ("article".equals(nearest.source())
        && nearest.isKnown()
        && story.retellsTheLead(sentence)
        && (VerbTense.isSimplePast(sentence, actionToken)
            || VerbTense.isComplementOfASimplePast(sentence, actionToken)
            || VerbTense.isPresentPerfectOfAnAct(sentence, actionToken)
            || story.inQuote(sentence, actionToken))) {
      return new EventDate(story.day(), EventDate.Precision.DAY, "article-lead", null);
    }
    return nearest;
  }

  /** Said of the day the speaker spoke: a day before, the same day, or a day after it. */
  private static final Pattern DEICTIC_DAY =
      Pattern.compile(
          "^(?:(yesterday|today|tomorrow)(?: (?:morning|afternoon|evening|night))?"
              + "|(tonight)|(last) night|this (?:morning|afternoon|evening))$",
          Pattern.CASE_INSENSITIVE);

  /**
   * The day a deictic expression ({@link #DEICTIC_DAY}) inside a direct quote names, counted from
   * the story day; empty outside a quote, for other expressions, or without a story day.
   */
  private static Optional<LocalDate> quotedDeicticDay(
      Sentence sentence, Timex timex, StoryDay story) {
    Matcher deictic = DEICTIC_DAY.matcher(timex.text().strip());
    if (story.day() == null || !deictic.matches() || !story.inQuote(sentence, timex.tokenStart())) {
      return Optional.empty();
    }
    String word = deictic.group(1) != null ? deictic.group(1).toLowerCase(Locale.ROOT) : "";
    int offset =
        word.equals("yesterday") || deictic.group(3) != null ? -1 : word.equals("tomorrow") ? 1 : 0;
    return Optional.of(story.day().plusDays(offset));
  }

  /** The date of the time expression nearest the action, else the article's. */
  private static EventDate nearestDate(Sentence sentence, int actionToken, StoryDay story) {
    LocalDate articleDate = story.articleDate();
    Timex best = null;
    EventDate fallback = null;
    int bestDistance = Integer.MAX_VALUE;
    List<Timex> eligible = new java.util.ArrayList<>();
    for (Timex timex : sentence.timexes()) {
      // A TIME that names its day ("Monday night", "this morning") dates the event as a DATE does.
      if (!("DATE".equals(timex.type()) || "TIME".equals(timex.type()))
          || (parse(timex.value()).isEmpty()
              && !DaysByTense.WEEKDAY_BY_TENSE.matcher(timex.text().strip()).matches()
              && !DaysByTense.MONTH_DAY.matcher(timex.text().strip()).matches())) {
        continue; // durations ("for eight years"), sets ("every week") and vague references do not
        // date an event
      }
      if (datesANestedNoun(sentence, actionToken, timex.tokenStart(), timex.tokenEnd())) {
        continue;
      }
      eligible.add(timex);
      int distance = treeDistance(sentence, actionToken, timex.tokenStart(), timex.tokenEnd());
      if (distance < bestDistance) {
        best = timex;
        bestDistance = distance;
      }
    }
    if (best == null) {
      // SUTime leaves some month mentions unnormalised or untagged ("mid-February" as one token);
      // a bare month is read here, from DATE mentions and from single tokens, in the year that
      // puts it nearest the article's date.
      List<org.newsevents.nlp.EntityMention> monthMentions = new java.util.ArrayList<>();
      for (org.newsevents.nlp.EntityMention entity : sentence.entities()) {
        if ("DATE".equals(entity.type())) {
          monthMentions.add(entity);
        }
      }
      for (org.newsevents.nlp.Token token : sentence.tokens()) {
        if (!token.word().contains("-") && !token.pos().startsWith("NNP")) {
          continue; // "may" and "march" are verbs far more often than months
        }
        monthMentions.add(
            new org.newsevents.nlp.EntityMention(
                "DATE",
                token.word(),
                token.index(),
                token.index() + 1,
                token.charStart(),
                token.charEnd()));
      }
      for (org.newsevents.nlp.EntityMention entity : monthMentions) {
        Matcher month = PART_OF_MONTH.matcher(entity.text());
        if (month.matches()
            && articleDate != null
            && !datesANestedNoun(sentence, actionToken, entity.tokenStart(), entity.tokenEnd())) {
          int distance =
              treeDistance(sentence, actionToken, entity.tokenStart(), entity.tokenEnd());
          if (distance < bestDistance) {
            bestDistance = distance;
            int number = java.time.Month.valueOf(monthName(month.group(1))).getValue();
            LocalDate first = LocalDate.of(articleDate.getYear(), number, 1);
            if (first.isBefore(articleDate.minusMonths(6).withDayOfMonth(1))) {
              first = first.plusYears(1);
            } else if (first.isAfter(articleDate.plusMonths(6))) {
              first = first.minusYears(1);
            }
            fallback = new EventDate(first, EventDate.Precision.MONTH, "sentence", entity.text());
          }
        }
      }
      if (fallback != null) {
        return fallback;
      }
      if (articleDate == null) {
        // Without a document date SUTime tags no relative day ("next Friday"), yet the sentence
        // names one: a day of its own, unknown, which the deduplicator can still match.
        for (org.newsevents.nlp.Token token : sentence.tokens()) {
          if (token.pos().startsWith("NNP") && WEEKDAY.matcher(token.word()).matches()) {
            int first = token.index();
            if (first > 0
                && RELATIVE_WORD.matcher(sentence.tokens().get(first - 1).word()).matches()) {
              first--;
            }
            String words =
                sentence
                    .text()
                    .substring(
                        sentence.tokens().get(first).charStart() - sentence.charStart(),
                        token.charEnd() - sentence.charStart());
            return EventDate.unknown("sentence", words);
          }
        }
      }
      return articleDate == null
          ? EventDate.unknown("article", null)
          : new EventDate(articleDate, EventDate.Precision.DAY, "article", null);
    }
    EventDate dated = dateOf(sentence, actionToken, best, story);
    // "Earlier this week on Wednesday": a day inside the week or month the nearest expression
    // names narrows it.
    if (dated.isKnown() && dated.precision() != EventDate.Precision.DAY) {
      LocalDate end =
          switch (dated.precision()) {
            case WEEK -> dated.date().plusWeeks(1);
            case MONTH -> dated.date().plusMonths(1);
            default -> dated.date().plusYears(1);
          };
      for (Timex other : eligible) {
        EventDate day = other == best ? dated : dateOf(sentence, actionToken, other, story);
        if (day.isKnown()
            && day.precision() == EventDate.Precision.DAY
            && !day.date().isBefore(dated.date())
            && day.date().isBefore(end)) {
          return day;
        }
      }
    }
    return dated;
  }

  /**
   * The verb of the clause a time expression stands in, whose tense places a weekday or a day
   * without a year: the first verb above the expression ("has indicated the trial could commence on
   * Tuesday, January 21" reads the day in the tense of "could commence", not of "indicated"); the
   * action when the parse gives none.
   */
  static int clauseOf(Sentence sentence, Timex expression, int actionToken) {
    int token = -1;
    for (int i = expression.tokenStart(); i < expression.tokenEnd() && token < 0; i++) {
      int governor = governorOf(sentence, i);
      if (governor < expression.tokenStart() || governor >= expression.tokenEnd()) {
        token = governor; // the word the expression hangs on
      }
    }
    for (int steps = 0; token >= 0 && steps < sentence.tokens().size(); steps++) {
      if (sentence.tokens().get(token).pos().startsWith("VB")) {
        return token;
      }
      token = governorOf(sentence, token);
    }
    return actionToken;
  }

  private static int governorOf(Sentence sentence, int token) {
    for (Dependency edge : sentence.dependencies()) {
      if (edge.dependent() == token) {
        return edge.governor();
      }
    }
    return -1;
  }

  /** The date one time expression of the sentence gives the action. */
  private static EventDate dateOf(Sentence sentence, int actionToken, Timex best, StoryDay story) {
    LocalDate articleDate = story.articleDate();
    Optional<LocalDate> quoted = quotedDeicticDay(sentence, best, story);
    if (quoted.isPresent()) {
      return new EventDate(quoted.get(), EventDate.Precision.DAY, "sentence", best.text());
    }
    String text = best.text().strip();
    if (DaysByTense.WEEKDAY_BY_TENSE.matcher(text).matches()) {
      Optional<LocalDate> weekday =
          DaysByTense.bareWeekday(
              sentence, clauseOf(sentence, best, actionToken), best, articleDate);
      return weekday.isPresent()
          ? new EventDate(weekday.get(), EventDate.Precision.DAY, "sentence", best.text())
          : EventDate.unknown("sentence", best.text());
    }
    Matcher monthDay = DaysByTense.MONTH_DAY.matcher(text);
    if (monthDay.matches()) {
      Optional<LocalDate> day =
          DaysByTense.monthDay(
              sentence, clauseOf(sentence, best, actionToken), best, monthDay, articleDate);
      return day.isPresent()
          ? new EventDate(day.get(), EventDate.Precision.DAY, "sentence", best.text())
          : EventDate.unknown("sentence", best.text());
    }
    Parsed parsed = parse(best.value()).orElseThrow();
    return new EventDate(parsed.date(), parsed.precision(), "sentence", best.text());
  }

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
          Pattern.CASE_INSENSITIVE);

  /** A word that counts a weekday from the article's day ("next Friday", "on Monday"). */
  private static final Pattern RELATIVE_WORD =
      Pattern.compile("^(?:next|last|this|coming|following|on)$", Pattern.CASE_INSENSITIVE);

  private static final Pattern BARE_WEEKDAY =
      Pattern.compile(
          "^(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "(?: (?:morning|afternoon|evening|night))?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NEXT_WEEKDAY =
      Pattern.compile(
          "^next (monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A day on which an article can have written {@code expression} of a planned act that happened on
   * {@code eventDate}, for the forms whose reading is fixed: "tomorrow" the day before; "Friday" or
   * "on Friday" (future, the first such day not before the article) the day before, when the event
   * is on that weekday; "next Friday" (the Friday of the following week, SUTime's reading) the same
   * weekday a week before. Empty for other expressions, whose reading depends on more than the two
   * dates.
   */
  public static Optional<LocalDate> writtenBefore(String expression, LocalDate eventDate) {
    if (expression == null || eventDate == null) {
      return Optional.empty();
    }
    String text = expression.strip();
    if (text.equalsIgnoreCase("tomorrow")) {
      return Optional.of(eventDate.minusDays(1));
    }
    Matcher bare = BARE_WEEKDAY.matcher(text);
    if (bare.matches()) {
      return eventDate.getDayOfWeek().name().equalsIgnoreCase(bare.group(1))
          ? Optional.of(eventDate.minusDays(1))
          : Optional.empty();
    }
    Matcher next = NEXT_WEEKDAY.matcher(text);
    if (next.matches()) {
      return eventDate.getDayOfWeek().name().equalsIgnoreCase(next.group(1))
          ? Optional.of(eventDate.minusWeeks(1))
          : Optional.empty();
    }
    return Optional.empty();
  }

  private static String monthName(String name) {
    return name.toUpperCase(Locale.ROOT);
  }

  private record Parsed(LocalDate date, EventDate.Precision precision) {}

  /**
   * A SUTime value as a date and precision; empty for values that do not name a calendar period.
   */
  private static Optional<Parsed> parse(String value) {
    try {
      Matcher day = DAY.matcher(value);
      if (day.matches()) {
        return Optional.of(
            new Parsed(LocalDate.parse(value.substring(0, 10)), EventDate.Precision.DAY));
      }
      Matcher week = WEEK.matcher(value);
      if (week.matches()) {
        LocalDate monday =
            LocalDate.of(Integer.parseInt(week.group(1)), 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(new Parsed(monday, EventDate.Precision.WEEK));
      }
      Matcher month = MONTH.matcher(value);
      if (month.matches()) {
        return Optional.of(
            new Parsed(
                LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1),
                EventDate.Precision.MONTH));
      }
      Matcher year = YEAR.matcher(value);
      if (year.matches()) {
        return Optional.of(
            new Parsed(LocalDate.of(Integer.parseInt(value), 1, 1), EventDate.Precision.YEAR));
      }
    } catch (java.time.DateTimeException | NumberFormatException impossible) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * True when the time expression hangs on a noun inside a noun the action governs: in "welcomed a
   * report on the attack of 19 September" the date is the attack's, two nouns away from "welcomed",
   * not the welcome's. One noun between is allowed: "held talks on Friday" often attaches "on
   * Friday" to "talks".
   */
  static boolean datesANestedNoun(Sentence sentence, int action, int spanStart, int spanEnd) {
    int tokens = sentence.tokens().size();
    int[] parent = new int[tokens];
    java.util.Arrays.fill(parent, -2);
    Deque<Integer> queue = new ArrayDeque<>();
    parent[action] = -1;
    queue.add(action);
    while (!queue.isEmpty()) {
      int token = queue.poll();
      if (token >= spanStart && token < spanEnd) {
        int nouns = 0;
        for (int step = parent[token]; step >= 0 && step != action; step = parent[step]) {
          if (sentence.tokens().get(step).pos().startsWith("NN")
              && !(step >= spanStart && step < spanEnd)) {
            nouns++;
          }
        }
        return nouns >= 2;
      }
      for (Dependency edge : sentence.dependencies()) {
        int next =
            edge.governor() == token
                ? edge.dependent()
                : edge.dependent() == token ? edge.governor() : -1;
        if (next >= 0 && parent[next] == -2) {
          parent[next] = token;
          queue.add(next);
        }
      }
    }
    return false;
  }

  /**
   * Edges between the action and the nearest token of the span, in the undirected dependency tree.
   */
  private static int treeDistance(Sentence sentence, int from, int spanStart, int spanEnd) {
    int tokens = sentence.tokens().size();
    int[] distance = new int[tokens];
    java.util.Arrays.fill(distance, -1);
    Deque<Integer> queue = new ArrayDeque<>();
    distance[from] = 0;
    queue.add(from);
    while (!queue.isEmpty()) {
      int token = queue.poll();
      if (token >= spanStart && token < spanEnd) {
        return distance[token];
      }
      for (Dependency edge : sentence.dependencies()) {
        int next =
            edge.governor() == token
                ? edge.dependent()
                : edge.dependent() == token ? edge.governor() : -1;
        if (next >= 0 && distance[next] < 0) {
          distance[next] = distance[token] + 1;
          queue.add(next);
        }
      }
    }
    // Not connected (no parse): fall back to how far apart the words are, after every connected
    // candidate.
    return tokens + Math.min(Math.abs(spanStart - from), Math.abs(spanEnd - 1 - from));
  }
}
