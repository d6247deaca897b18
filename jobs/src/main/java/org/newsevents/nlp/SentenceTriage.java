package org.newsevents.nlp;

import java.util.HashSet;
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
 *
 * <p>Read through an article ({@link #forArticle()}), the event triage also parses a sentence with
 * a coded verb that names by surname alone a person NER found by full name in an earlier paragraph
 * ("McArthur pleaded guilty" after "Bruce McArthur, from Toronto"), or whose he or she follows a
 * parsed sentence ("He later apologized"): the actor resolver's article memory and antecedents code
 * them, but only in a parsed sentence. It also tells the first sentence of the lead that may date a
 * past act to a day, whatever it names ({@link ArticleTriage#mayNameTheStoryDay}): the story day is
 * read from it. A sentence it does not parse that has a proper noun the dictionary lacks goes
 * through NER alone ({@link Depth#NAMES}), so that every person and organisation the article names
 * is an actor mention.
 */
public final class SentenceTriage {
  /** How far a sentence is annotated. */
  public enum Depth {
    /** Tokens, POS and lemmas only. */
    SHALLOW,
    /**
     * Also named entities, but no dependencies: a sentence with a name the dictionary lacks and no
     * event to code, so that every person and organisation an article names is an actor mention.
     */
    NAMES,
    /** Also named entities and dependencies. */
    DEEP,
    /** Also time expressions (SUTime, around each time word). */
    DEEP_WITH_TIME;

    /** Whether the parser (and NER) ran: the sentence can hold a coded event. */
    public boolean parsed() {
      return this == DEEP || this == DEEP_WITH_TIME;
    }
  }

  /**
   * Words without which SUTime finds no date to place an event on: day and month names, days
   * relative to today, and the units of "last week", "next month", "two years ago".
   */
  private static final Set<String> TIME_WORDS =
      java.util.stream.Stream.concat(
              weekdays(),
              java.util.stream.Stream.of(
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
                  "easter"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static java.util.stream.Stream<String> weekdays() {
    return java.util.Arrays.stream(java.time.DayOfWeek.values())
        .map(day -> day.name().toLowerCase(Locale.ROOT));
  }

  /** A year ("in 2019") or a year-first date ("2022-01-19"). */
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d(\\D.*)?");

  private final Predicate<Sentence> selects;
  private final boolean timeOnlyWithCue;

  /** Whether a sentence has a coded verb; null for the triages that do not look for events. */
  private final Predicate<Sentence> hasEventVerb;

  /**
   * Whether a sentence the event triage leaves shallow names someone only NER can find (a name the
   * dictionary lacks); null for the triages that do not look for events.
   */
  private final Predicate<Sentence> mayNameUnknownActor;

  private SentenceTriage(
      Predicate<Sentence> selects,
      boolean timeOnlyWithCue,
      Predicate<Sentence> hasEventVerb,
      Predicate<Sentence> mayNameUnknownActor) {
    this.selects = selects;
    this.timeOnlyWithCue = timeOnlyWithCue;
    this.hasEventVerb = hasEventVerb;
    this.mayNameUnknownActor = mayNameUnknownActor;
  }

  /**
   * The nightly job's triage: a sentence that names a known actor and has a verb the event coder
   * can code.
   *
   * @param namesKnownActor whether the actor resolver may find an actor in the sentence
   * @param isEventVerb whether a verb lemma (or word form) has a CAMEO code
   * @param mayNameUnknownActor whether the sentence has a proper noun the dictionary lacks: such a
   *     sentence, when not parsed, still goes through NER ({@link Depth#NAMES})
   */
  public static SentenceTriage forEvents(
      Predicate<Sentence> namesKnownActor,
      Predicate<String> isEventVerb,
      Predicate<Sentence> mayNameUnknownActor) {
    Predicate<Sentence> hasEventVerb = sentence -> hasEventVerb(sentence.tokens(), isEventVerb);
    return new SentenceTriage(
        sentence -> hasEventVerb.test(sentence) && namesKnownActor.test(sentence),
        true,
        hasEventVerb,
        mayNameUnknownActor);
  }

  /**
   * Every sentence, with every annotator: for evaluations that measure what triage costs and for
   * tests of the annotators themselves.
   */
  public static SentenceTriage everySentence() {
    return new SentenceTriage(sentence -> true, false, null, null);
  }

  /**
   * A sentence with a proper noun (or a capitalised word past its first token, which the tagger
   * sometimes calls JJ: "Russian") and a verb: the looser rule for finding names, which the NER
   * evaluation measures.
   */
  public static SentenceTriage properNounAndVerb() {
    return new SentenceTriage(sentence -> properNounAndVerb(sentence.tokens()), false, null, null);
  }

  /**
   * This triage with NER on every sentence it does not parse ({@link Depth#NAMES} instead of {@link
   * Depth#SHALLOW}), the parser and SUTime where it sends them: what the job's triage loses to
   * named actors, measured rather than guessed (GumDevDiagnostic). Not the job's triage: it found
   * no person or organisation more on GUM news, and 7 more of 1,832 on Wikigold, for about 0.15 of
   * a floor more NER on 2,000 bench articles (NER 0.85 of the tokenize-and-tag time instead of
   * 0.70); of the 1,484 actor mentions it added there, 1,396 were the "Reuter" signature that
   * closes each Reuters-21578 story.
   */
  public SentenceTriage withEntitiesOnEverySentence() {
    return new SentenceTriage(selects, timeOnlyWithCue, hasEventVerb, sentence -> true);
  }

  /**
   * How deeply to annotate a sentence that has tokens, POS tags and lemmas, on its own: without
   * what the sentences before it in its article named.
   */
  public Depth depth(Sentence sentence) {
    return selects.test(sentence) ? deepDepth(sentence) : Depth.SHALLOW;
  }

  private Depth deepDepth(Sentence sentence) {
    return !timeOnlyWithCue || mayHoldTime(sentence.tokens()) ? Depth.DEEP_WITH_TIME : Depth.DEEP;
  }

  /** A triage that reads one article's sentences in order and remembers what they named. */
  public ArticleTriage forArticle() {
    return new ArticleTriage();
  }

  /** The triage of one article, sentence by sentence in reading order. */
  public final class ArticleTriage {
    /**
     * The last words of the persons' full names ("Bruce McArthur") that NER found in the article's
     * paragraphs so far.
     */
    private final Set<String> surnames = new HashSet<>();

    private boolean previousDeep;

    /** The paragraphs the lead can be in. */
    private final LeadWindow leadWindow = new LeadWindow();

    /** Whether the lead's sentence that may name the story's day has been found. */
    private boolean storyDaySentenceFound;

    private ArticleTriage() {}

    /** How deeply to annotate the article's next sentence. */
    public Depth depth(Sentence sentence) {
      Depth depth = SentenceTriage.this.depth(sentence);
      if (depth == Depth.SHALLOW
          && hasEventVerb != null
          && (namesSurnameWrittenInFullBefore(sentence.tokens())
              || (previousDeep && hasPersonalPronoun(sentence.tokens())))
          && hasEventVerb.test(sentence)) {
        depth = deepDepth(sentence);
      }
      if (depth == Depth.SHALLOW
          && mayNameUnknownActor != null
          && mayNameUnknownActor.test(sentence)) {
        depth = Depth.NAMES;
      }
      previousDeep = depth.parsed();
      return depth;
    }

    /**
     * Whether the sentence is the first of the lead that may date a past act to a day: the story
     * day is read from its parse and time expressions, and the later sentences that retell the
     * story take it. A lead that names no dictionary actor ("A road accident on Thursday killed
     * five children", "On Thursday, the journal published ...") is not parsed for itself, which
     * left every event of its article dated by the article's day; the pipeline parses this one
     * sentence when the article has a parsed sentence, an event to date. Call it for each of the
     * article's sentences, in order.
     */
    public boolean mayNameTheStoryDay(Sentence sentence) {
      boolean inLead = leadWindow.admits(sentence);
      if (!inLead
          || hasEventVerb == null
          || storyDaySentenceFound
          || !mayDateAPastActToADay(sentence.tokens())) {
        return false;
      }
      storyDaySentenceFound = true;
      return true;
    }

    /**
     * The depth of a sentence its first look left unparsed, once NER has read the sentences before
     * it in its own paragraph: one with a coded verb that names by surname alone a person named in
     * full before is parsed (see {@link #remember}).
     */
    public Depth againAfterEarlierNames(Sentence sentence, Depth depth) {
      if (!depth.parsed()
          && hasEventVerb != null
          && namesSurnameWrittenInFullBefore(sentence.tokens())
          && hasEventVerb.test(sentence)) {
        return deepDepth(sentence);
      }
      return depth;
    }

    /**
     * Remembers the surnames of the persons an annotated sentence names in full: a later sentence
     * that names one of them alone may then be parsed. NER runs a paragraph at a time, after the
     * first look at its sentences: what a paragraph names counts for its own later sentences in the
     * second look ({@link #againAfterEarlierNames}), and for the next paragraphs in the first.
     */
    public void remember(Sentence sentence) {
      for (EntityMention entity : sentence.entities()) {
        if (entity.type().equals("PERSON") && entity.tokenEnd() - entity.tokenStart() >= 2) {
          surnames.add(sentence.tokens().get(entity.tokenEnd() - 1).word());
        }
      }
    }

    private boolean namesSurnameWrittenInFullBefore(List<Token> tokens) {
      for (Token token : tokens) {
        if (token.pos().startsWith("NNP") && surnames.contains(token.word())) {
          return true;
        }
      }
      return false;
    }
  }

  /** The weekdays, and the day before the article, that a lead dates its story by. */
  private static final Set<String> DAY_WORDS =
      java.util.stream.Stream.concat(weekdays(), java.util.stream.Stream.of("yesterday"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** A month's name, whole or cut short ("Jan.", "Sept"), which a day's number may stand beside. */
  private static final Pattern MONTH =
      Pattern.compile(CalendarWords.MONTH_NAME, Pattern.CASE_INSENSITIVE);

  private static final Pattern DAY_OF_MONTH =
      Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");

  /**
   * Whether a sentence may tell of an act in the past tense (a verb tagged VBD) on a day it names:
   * a weekday, "yesterday", or a month with the number of a day beside it ("on 4 April", "March
   * 3"). Not "today": the article's own day needs no reading.
   */
  static boolean mayDateAPastActToADay(List<Token> tokens) {
    boolean pastVerb = false;
    boolean day = false;
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      pastVerb |= tokens.get(i).pos().equals("VBD");
      day |=
          DAY_WORDS.contains(word)
              || (MONTH.matcher(word).matches()
                  && ((i > 0 && DAY_OF_MONTH.matcher(tokens.get(i - 1).word()).matches())
                      || (i + 1 < tokens.size()
                          && DAY_OF_MONTH.matcher(tokens.get(i + 1).word()).matches())));
    }
    return pastVerb && day;
  }

  private static boolean hasPersonalPronoun(List<Token> tokens) {
    for (Token token : tokens) {
      String word = token.word().toLowerCase(Locale.ROOT);
      if (token.pos().equals("PRP") && (word.equals("he") || word.equals("she"))) {
        return true;
      }
    }
    return false;
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
  public static boolean isTimeWord(String word) {
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
