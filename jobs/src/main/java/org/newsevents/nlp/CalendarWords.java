package org.newsevents.nlp;

/**
 * The names of months as news writes them, in one place for the readers of days: the triage, which
 * parses a lead that may date its story ({@link SentenceTriage}), and the date stage, which dates a
 * month and day by the tense of its verb ({@code org.newsevents.events.DaysByTense}).
 */
public final class CalendarWords {
  private CalendarWords() {}

  /**
   * A month's name, whole or cut short, with an optional full stop ("January", "Jan.", "Sept"), as
   * a case-insensitive regular expression without groups that capture.
   */
  public static final String MONTH_NAME =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
}
