package org.newsevents.nlp;

/**
 * The paragraphs an article's lead can be in, read sentence by sentence in order: the first {@link
 * #PARAGRAPHS_BEFORE_THE_LEAD} + 1 that have a verb. A paragraph without one (a map's legend, a
 * photo credit, a dateline) is not counted. The story day is read from it ({@code
 * org.newsevents.events.StoryDay}), and the triage parses the sentence in it that may name that day
 * ({@link SentenceTriage}).
 */
public final class LeadWindow {
  /**
   * How many paragraphs can come before the lead: a headline, a caption, and a byline or dateline.
   * A past-tense paragraph further down tells of something else than the story's day.
   */
  public static final int PARAGRAPHS_BEFORE_THE_LEAD = 3;

  private int paragraph = Integer.MIN_VALUE;
  private int paragraphsWithAVerb;

  /** Whether the sentence lies in the window; call it for the article's sentences in order. */
  public boolean admits(Sentence sentence) {
    if (sentence.paragraphNo() != paragraph
        && sentence.tokens().stream().anyMatch(t -> t.pos().startsWith("VB"))) {
      paragraph = sentence.paragraphNo();
      paragraphsWithAVerb++;
    }
    return paragraphsWithAVerb <= PARAGRAPHS_BEFORE_THE_LEAD + 1;
  }
}
