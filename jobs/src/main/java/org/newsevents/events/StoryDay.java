package org.newsevents.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.LeadWindow;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * The day an article's story is about, the day its lead names, found once per article with what
 * dating against it needs: the article's date, and which sentences begin inside a direct quote that
 * an earlier sentence opened (a quote's "last night" counts from the story day).
 *
 * <p>The story day follows how news is written: the lead dates the act the story is about ("On
 * Friday, the Department of Transportation announced new restrictions") and later sentences retell
 * it without a date of their own ("In the letter, Pompeo cited ..."). The lead is the first
 * paragraph that tells in the past tense (the main verb of one of its sentences is): the paragraphs
 * before it are a headline, a caption or a byline, written in the present or without a verb. The
 * story day is the day the first sentence of the lead that dates a past act to a day names: its
 * main verb in the past, dated by its own time expression to a day not after the article. When the
 * parse hides the main verb (a misread "think tank"), the first sentence near the top with a verb
 * tagged past that dates it to a day of the month before the article names it. Paragraphs without a
 * verb (a map's legend, a credit) are not counted among those before the lead. An undated article,
 * or one whose lead dates nothing to a day in the past, has none.
 *
 * <p>Quotes are found simply, from the double quotation marks of the text (straight or curly;
 * single marks are apostrophes too often): a mark opens a quote when none is open and closes the
 * open one otherwise, and a sentence that opens a quote it does not close leaves the next sentence
 * inside it. A paragraph that begins with a mark opens a quote there, whatever the previous
 * paragraph left open: a quote that runs over several paragraphs reopens at each, by convention.
 *
 * @param articleDate the article's date (published or inferred), or null when undated
 * @param day the day the lead names, or null when there is none
 * @param leadSentenceNo the sentence that named it, or -1
 * @param sentencesBeginningInAQuote the sentences (sentenceNo) an earlier sentence's quote runs
 *     into
 */
public record StoryDay(
    LocalDate articleDate,
    LocalDate day,
    int leadSentenceNo,
    Set<Integer> sentencesBeginningInAQuote)
    implements Serializable {

  /** The article's date alone: no lead read, no quote carried over from another sentence. */
  public static StoryDay none(LocalDate articleDate) {
    return new StoryDay(articleDate, null, -1, Set.of());
  }

  /** Reads the article's lead for its story day, and its quotation marks. */
  public static StoryDay of(AnnotatedArticle article, LocalDate articleDate) {
    List<Sentence> sentences = article.sentences();
    Set<Integer> inQuote = sentencesBeginningInAQuote(sentences);
    if (articleDate == null || sentences.isEmpty()) {
      return new StoryDay(articleDate, null, -1, inQuote);
    }
    Lead byMainVerb = dayOfTheLeadsMainVerb(sentences, articleDate, inQuote);
    return byMainVerb.story().day() != null
        ? byMainVerb.story()
        : dayOfALeadSentenceInThePast(sentences, articleDate, inQuote, byMainVerb.paragraph());
  }

  /** What the parse shows of the lead: its story day, and its paragraph (-1 when none). */
  private record Lead(StoryDay story, int paragraph) {}

  /**
   * The lead as the parse shows it: the first paragraph whose main verb tells in the past, and the
   * day its first sentence that dates that verb to a past day names.
   */
  private static Lead dayOfTheLeadsMainVerb(
      List<Sentence> sentences, LocalDate articleDate, Set<Integer> inQuote) {
    int leadParagraph = -1;
    LeadWindow window = new LeadWindow();
    for (Sentence sentence : sentences) {
      int root = sentence.root();
      if (leadParagraph >= 0 && sentence.paragraphNo() != leadParagraph) {
        break;
      }
      if (!window.admits(sentence)) {
        break;
      }
      if (!sentence.deep() || root < 0) {
        continue;
      }
      if (leadParagraph < 0) {
        if (VerbTense.of(sentence, root) != VerbTense.Tense.PAST) {
          continue; // a headline, a caption or a byline, told in the present or without a verb
        }
        leadParagraph = sentence.paragraphNo();
      }
      EventDate date = EventDateResolver.resolve(sentence, root, articleDate);
      if (isAPastDay(date, articleDate) && VerbTense.of(sentence, root) == VerbTense.Tense.PAST) {
        return new Lead(
            new StoryDay(articleDate, date.date(), sentence.sentenceNo(), inQuote), leadParagraph);
      }
    }
    return new Lead(new StoryDay(articleDate, null, -1, inQuote), leadParagraph);
  }

  /**
   * How far before its article a lead's day can lie when the parse did not show the lead's main
   * verb: a day further back dates background ("On 24 February 2022 Russia invaded"), not the news.
   */
  static final int DAYS_A_LEAD_REPORTS_BACK = 31;

  /**
   * The lead when the parse hides its main verb (it took "think tank" for a verb in "In his Tuesday
   * talk at the think tank, Mitsotakis reaffirmed ...", or hung "Late on Sunday" on a participle):
   * the first sentence of the lead window, outside a quote, that has a verb the tagger put in the
   * past tense and dates one such verb to a day of the month before the article. It reads no
   * further than the paragraph the parse took for the lead ({@code leadParagraph}, -1 when none): a
   * day named after a lead that dates nothing ("protests that erupted on January 5") is background,
   * not the story's.
   */
  private static StoryDay dayOfALeadSentenceInThePast(
      List<Sentence> sentences, LocalDate articleDate, Set<Integer> inQuote, int leadParagraph) {
    LeadWindow window = new LeadWindow();
    StoryDay quotes = new StoryDay(articleDate, null, -1, inQuote);
    for (Sentence sentence : sentences) {
      if (!window.admits(sentence)
          || (leadParagraph >= 0 && sentence.paragraphNo() > leadParagraph)) {
        break;
      }
      if (!sentence.deep() || sentence.timexes().isEmpty()) {
        continue;
      }
      for (Token token : sentence.tokens()) {
        if (!token.pos().equals("VBD") || quotes.inQuote(sentence, token.index())) {
          continue;
        }
        EventDate date = EventDateResolver.resolve(sentence, token.index(), articleDate);
        if (isAPastDay(date, articleDate)
            && !date.date().isBefore(articleDate.minusDays(DAYS_A_LEAD_REPORTS_BACK))) {
          return new StoryDay(articleDate, date.date(), sentence.sentenceNo(), inQuote);
        }
      }
    }
    return quotes;
  }

  private static boolean isAPastDay(EventDate date, LocalDate articleDate) {
    return "sentence".equals(date.source())
        && date.isKnown()
        && date.precision() == EventDate.Precision.DAY
        && !date.date().isAfter(articleDate);
  }

  /**
   * Whether a sentence can take the story day: one after the lead, or the lead itself, whose other
   * acts the parse may not tie to the lead's time expression.
   */
  boolean retellsTheLead(Sentence sentence) {
    return day != null && sentence.sentenceNo() >= leadSentenceNo;
  }

  /** Whether the token lies inside a direct quote (see the class comment). */
  boolean inQuote(Sentence sentence, int token) {
    boolean open = sentencesBeginningInAQuote.contains(sentence.sentenceNo());
    int until = sentence.tokens().get(token).charStart() - sentence.charStart();
    String text = sentence.text();
    for (int i = 0; i < Math.min(until, text.length()); i++) {
      open = afterMark(text, i, open);
    }
    return open;
  }

  private static Set<Integer> sentencesBeginningInAQuote(List<Sentence> sentences) {
    Set<Integer> inQuote = new HashSet<>();
    boolean open = false;
    int paragraph = Integer.MIN_VALUE;
    for (Sentence sentence : sentences) {
      String text = sentence.text().strip();
      if (sentence.paragraphNo() != paragraph && !text.isEmpty() && isMark(text.charAt(0))) {
        open = false; // the mark that begins the paragraph (re)opens the quote
      }
      paragraph = sentence.paragraphNo();
      if (open) {
        inQuote.add(sentence.sentenceNo());
      }
      for (int i = 0; i < text.length(); i++) {
        open = afterMark(text, i, open);
      }
    }
    return Set.copyOf(inQuote);
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }

  /** Whether a quote is open after the character at {@code i}, given whether one was before it. */
  private static boolean afterMark(String text, int i, boolean open) {
    return switch (text.charAt(i)) {
      case '\u201C', '\u201E' -> true;
      case '\u201D' -> false;
      case '"' -> afterStraightMark(text, i, open);
      default -> open;
    };
  }

  /**
   * A straight mark says by its spaces which side of a quote it is on: one after a space (or at the
   * start) and before a word opens a quote ({@code said "We}), one after a word and before a space,
   * a punctuation mark or the end closes it ({@code law", he}); only one that says neither toggles.
   * So a quote left open by a sentence the text does not give (a selection, a cut) does not turn
   * the next quote inside out.
   */
  private static boolean afterStraightMark(String text, int i, boolean open) {
    boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
    boolean spaceAfter =
        i + 1 >= text.length()
            || Character.isWhitespace(text.charAt(i + 1))
            || ".,;:!?)".indexOf(text.charAt(i + 1)) >= 0;
    if (spaceBefore && !spaceAfter) {
      return true;
    }
    if (!spaceBefore && spaceAfter) {
      return false;
    }
    return !open;
  }
}
