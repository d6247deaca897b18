package org.newsevents.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Decides how deeply a sentence is annotated once it has tokens, POS tags and lemmas. NER, SUTime
 * and the dependency parser cost 10 to 100 times tokenising and tagging, so the nightly job sends
 * them only the sentences that can hold a coded event: a sentence that may name an actor (a
 * dictionary actor, a role noun such as "the court", a "he" or "she", a name before its verb) and
 * has a verb the CAMEO dictionary codes. Of those, only the ones with a word that can start a time
 * expression also go through SUTime.
 */
public final class SentenceTriage {
  /** How far a sentence is annotated. */
  public enum Depth {
    /** Tokens, POS and lemmas only. */
    SHALLOW,
    /** Also named entities and dependencies. */
    DEEP,
    /** Also time expressions (SUTime, around each time word). */
    DEEP_WITH_TIME
  }

  /**
   * Words without which SUTime finds no date to place an event on: day and month names, days
   * relative to today, and the units of "last week", "next month", "two years ago".
   */
  private static final Set<String> TIME_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "today",
          "tonight",
          "yesterday",
          "tomorrow",
          "ago",
          "week",
          "weeks",
          "weekend",
          "month",
          "months",
          "year",
          "years",
          "morning",
          "afternoon",
          "evening",
          "night",
          "spring",
          "summer",
          "autumn",
          "winter",
          "christmas",
          "easter");

  /** A year ("in 2019") or a year-first date ("2022-01-19"). */
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d(\\D.*)?");

  private final Predicate<Sentence> selects;
  private final boolean timeOnlyWithCue;

  private SentenceTriage(Predicate<Sentence> selects, boolean timeOnlyWithCue) {
    this.selects = selects;
    this.timeOnlyWithCue = timeOnlyWithCue;
  }

  /**
   * The nightly job's triage: a sentence that names a known actor and has a verb the event coder
   * can code.
   *
   * @param namesKnownActor whether the actor resolver may find an actor in the sentence
   * @param isEventVerb whether a verb lemma (or word form) has a CAMEO code
   */
  public static SentenceTriage forEvents(
      Predicate<Sentence> namesKnownActor, Predicate<String> isEventVerb) {
    return new SentenceTriage(
        sentence -> hasEventVerb(sentence.tokens(), isEventVerb) && namesKnownActor.test(sentence),
        true);
  }

  /**
   * Every sentence, with every annotator: for evaluations that measure what triage costs and for
   * tests of the annotators themselves.
   */
  public static SentenceTriage everySentence() {
    return new SentenceTriage(sentence -> true, false);
  }

  /**
   * A sentence with a proper noun (or a capitalised word past its first token, which the tagger
   * sometimes calls JJ: "Russian") and a verb: the looser rule for finding names, which the NER
   * evaluation measures.
   */
  public static SentenceTriage properNounAndVerb() {
    return new SentenceTriage(sentence -> properNounAndVerb(sentence.tokens()), false);
  }

  /** How deeply to annotate a sentence that has tokens, POS tags and lemmas. */
  public Depth depth(Sentence sentence) {
    if (!selects.test(sentence)) {
      return Depth.SHALLOW;
    }
    return !timeOnlyWithCue || mayHoldTime(sentence.tokens()) ? Depth.DEEP_WITH_TIME : Depth.DEEP;
  }

  static boolean mayHoldTime(List<Token> tokens) {
    for (Token token : tokens) {
      if (isTimeWord(token.word())) {
        return true;
      }
    }
    return false;
  }

  /** A word that can start or anchor a time expression: a day or month name, a unit, a year. */
  static boolean isTimeWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (YEAR.matcher(lower).matches()) {
      return true;
    }
    // "mid-February" and "Jan." are one token each.
    for (String part : lower.split("[-.]")) {
      if (TIME_WORDS.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasEventVerb(List<Token> tokens, Predicate<String> isEventVerb) {
    for (Token token : tokens) {
      if (token.pos().startsWith("VB")
          && (isEventVerb.test(token.lemma()) || isEventVerb.test(token.word()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean properNounAndVerb(List<Token> tokens) {
    boolean actorCandidate = false;
    boolean verb = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String pos = token.pos();
      if (pos.startsWith("NNP") || (i > 0 && startsUpperCase(token.word()) && !pos.equals("PRP"))) {
        actorCandidate = true;
      }
      if (pos.startsWith("VB") || pos.equals("MD")) {
        verb = true;
      }
      if (actorCandidate && verb) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsUpperCase(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
