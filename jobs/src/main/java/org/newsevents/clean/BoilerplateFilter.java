package org.newsevents.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page furniture from an article's paragraphs: photo captions and credits, embed and widget
 * leftovers, teaser and promo boxes, author boxes, comment threads, navigation, and repeated or
 * near-duplicate paragraphs.
 *
 * <p>Input is an article after encoding repair and normalisation: paragraph 0 is the title, the
 * others are blank-line-separated paragraphs, each possibly holding several lines. Every rule is a
 * general rule about how news pages are built; the filter would rather keep a piece of furniture
 * than lose a real sentence, so rules that remove whole paragraphs look at shape (length,
 * punctuation, neighbours) as well as wording. The title line is never removed.
 *
 * <p>Rules run in a fixed order, each on what the previous ones left: inline cuts first (runs of
 * question marks, repeated card headlines, embed leftovers, credits with their captions), then
 * whole lines (captions, credits, embeds, promos), then blocks that a marker line opens (teasers,
 * author boxes, comments, promo boxes), comment threads, navigation and link lists, and last
 * duplicates, so that a duplicate is judged on cleaned text.
 *
 * <p>Reason codes: {@link #CAPTION}, {@link #CREDIT}, {@link #EXIT_MOBILE}, {@link #TEASER}, {@link
 * #AUTHOR_BOX}, {@link #COMMENT}, {@link #QUESTION_MARKS}, {@link #EMBED}, {@link #PROMO}, {@link
 * #REPEATED_TEASER}, {@link #NEAR_DUPLICATE}, and {@link #MENU} for navigation, which full pages
 * (not crawler article text) bring.
 *
 * <p>Plain Java with precompiled patterns and cheap pre-checks before them; about linear in the
 * text (duplicates are found through an index of content words).
 */
public final class BoilerplateFilter {
  private BoilerplateFilter() {}

  /**
   * A paragraph, or the part of one, that was removed, and why ("caption", "teaser", "comment",
   * ...).
   */
  public record Removed(int paragraphIndex, String reason, String text) {}

  /**
   * The paragraphs kept (possibly with inline furniture cut out), in order, and what was removed.
   */
  public record Result(List<String> kept, List<Removed> removed) {
    public Result {
      kept = List.copyOf(kept);
      removed = List.copyOf(removed);
    }
  }

  /** A photo caption, with its credit when the two come together. */
  public static final String CAPTION = "caption";

  /** A photo credit, agency credit line, byline or copyright notice. */
  public static final String CREDIT = "credit";

  /** The "Exit mobile version" link of mobile themes. */
  public static final String EXIT_MOBILE = "exit-mobile";

  /** "Related" / "Read more" boxes and lists of other articles' headlines. */
  public static final String TEASER = "teaser";

  /** "About &lt;author&gt;" boxes and the short biography under them. */
  public static final String AUTHOR_BOX = "author-box";

  /** Comment widgets and reader comments. */
  public static final String COMMENT = "comment";

  /** Runs of question marks left where a charset could not represent the text. */
  public static final String QUESTION_MARKS = "question-marks";

  /** What is left of video, social media and other embeds. */
  public static final String EMBED = "embed";

  /** Advertising, newsletter, subscription, app and sharing prompts. */
  public static final String PROMO = "promo";

  /** A card headline repeated at the start of the card's text on aggregator pages. */
  public static final String REPEATED_TEASER = "repeated-teaser";

  /** A paragraph that repeats, or nearly repeats, another one. */
  public static final String NEAR_DUPLICATE = "near-duplicate";

  /** Navigation menus and link bars (short link lines in runs, "A | B | C" lines). */
  public static final String MENU = "menu";

  /**
   * A page's "Story highlights": bullet points that sum the article up above its first paragraph,
   * telling its events a second time in headline grammar.
   */
  public static final String HIGHLIGHTS = "highlights";

  public static Result filter(List<String> paragraphs) {
    List<Unit> units = splitIntoLines(paragraphs);
    for (Unit unit : units) {
      cutQuestionMarkRuns(unit);
    }
    cutRepeatedCardHeadlines(units);
    for (Unit unit : units) {
      cutInlineEmbeds(unit);
      cutCreditsAndCaptions(unit);
      cutTrailingFurniture(unit);
      unit.dropIfNothingLeft();
    }
    for (Unit unit : units) {
      if (unit.isKept()) {
        String reason = wholeLineReason(unit.text, unit.words());
        if (reason != null) {
          unit.remove(reason);
        }
      }
    }
    markEmbedLeadIns(units);
    shieldHeadlines(units);
    markMarkerBlocks(units);
    markCommentThreads(units);
    markNameCaptions(units);
    markNavigation(units);
    markDuplicates(units);
    return assemble(units, paragraphs.size());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Units: the lines of the paragraphs. Rules work line by line because crawlers often glue a
  // widget line ("usr: 0")
  // to the paragraph above it with a single newline.

  private static final class Unit {
    final int paragraph;
    final boolean title;
    String text;
    String reason;
    boolean cut;

    /**
     * Set on a line taken for the headline or standfirst of a body of text: later rules leave it
     * alone.
     */
    boolean shielded;

    final List<Removed> cuts = new ArrayList<>();

    /** Word count of {@link #text}, computed when first needed; -1 until then or after a cut. */
    private int words = -1;

    Unit(int paragraph, boolean title, String text) {
      this.paragraph = paragraph;
      this.title = title;
      this.text = text;
    }

    boolean isKept() {
      return reason == null;
    }

    int words() {
      if (words < 0) {
        words = TextShape.wordCount(text);
      }
      return words;
    }

    void remove(String why) {
      if (reason == null && !title && !shielded) {
        reason = why;
      }
    }

    void cut(int start, int end, String why) {
      String piece = text.substring(start, end).strip();
      if (piece.isEmpty()) {
        return;
      }
      cuts.add(new Removed(paragraph, why, piece));
      String before = text.substring(0, start).stripTrailing();
      String after = text.substring(end).stripLeading();
      text = before.isEmpty() || after.isEmpty() ? before + after : before + " " + after;
      words = -1;
      cut = true;
    }

    /** After cuts, a line with no letters left ("", " .", " - ") goes with the last cut. */
    void dropIfNothingLeft() {
      if (cut && !title && reason == null && !TextShape.hasLetter(text)) {
        String lastReason = cuts.get(cuts.size() - 1).reason();
        if (!text.isBlank()) {
          cuts.add(new Removed(paragraph, lastReason, text.strip()));
        }
        text = "";
        words = -1;
        reason = lastReason;
      }
    }
  }

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private static List<Unit> splitIntoLines(List<String> paragraphs) {
    List<Unit> units = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      String paragraph = paragraphs.get(p) == null ? "" : paragraphs.get(p);
      boolean first = true;
      for (String line : LINE_BREAK.split(paragraph)) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty()) {
          units.add(new Unit(p, p == 0 && first, trimmed));
          first = false;
        }
      }
    }
    return units;
  }

  private static Result assemble(List<Unit> units, int paragraphCount) {
    List<String> kept = new ArrayList<>();
    List<Removed> removed = new ArrayList<>();
    int u = 0;
    for (int p = 0; p < paragraphCount; p++) {
      StringBuilder paragraph = new StringBuilder();
      while (u < units.size() && units.get(u).paragraph == p) {
        Unit unit = units.get(u++);
        removed.addAll(unit.cuts);
        if (unit.isKept()) {
          if (!unit.text.isBlank()) {
            paragraph.append(paragraph.length() > 0 ? "\n" : "").append(unit.text);
          }
        } else if (!unit.text.isBlank()) {
          removed.add(new Removed(p, unit.reason, unit.text));
        }
      }
      if (paragraph.length() > 0) {
        kept.add(paragraph.toString());
      }
    }
    return new Result(kept, removed);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Inline cuts.

  /**
   * Five or more question marks: text a legacy charset could not hold, with the dash or bullet that
   * led it.
   */
  private static final Pattern QUESTION_MARK_RUN =
      Pattern.compile("\\?{5,}(?:\\s*\\?+)*(?:\\s*[-–—•|:](?=\\s|$))?");

  private static void cutQuestionMarkRuns(Unit unit) {
    Matcher m = QUESTION_MARK_RUN.matcher(unit.text);
    while (m.find()) {
      unit.cut(m.start(), m.end(), QUESTION_MARKS);
      m = QUESTION_MARK_RUN.matcher(unit.text);
    }
    unit.dropIfNothingLeft();
  }

  /**
   * Aggregator pages show cards as a headline paragraph followed by the card text, which starts by
   * repeating the headline, in full or cut off ("Å Brest, the European Defense and the © AFP ...").
   * The repeated words are cut when the paragraph above is headline-shaped (short, not a finished
   * sentence) and what follows the repeat starts a new sentence or a credit: a paragraph that
   * merely opens with the same words as a subheading reads on in lower case.
   */
  private static void cutRepeatedCardHeadlines(List<Unit> units) {
    for (int i = 1; i < units.size(); i++) {
      Unit headline = units.get(i - 1);
      Unit card = units.get(i);
      if (!headline.isKept()
          || !card.isKept()
          || card.title
          || !startsWithFirstWordOf(card.text, headline.text)) {
        continue;
      }
      String[] headlineWords = TextShape.whitespaceWords(headline.text);
      if (headlineWords.length < 3
          || headlineWords.length > 30
          || (TextShape.endsLikeSentence(headline.text) && !headline.text.endsWith("?"))) {
        continue;
      }
      String[] cardWords = TextShape.whitespaceWords(card.text);
      int shared = 0;
      while (shared < headlineWords.length
          && shared < cardWords.length
          && headlineWords[shared].equalsIgnoreCase(cardWords[shared])) {
        shared++;
      }
      boolean fullRepeat = shared == headlineWords.length && shared >= 3;
      boolean cutOffRepeat = shared >= 4;
      if (shared == cardWords.length || !(fullRepeat || cutOffRepeat)) {
        continue;
      }
      int end = offsetAfterWords(card.text, shared);
      char next = card.text.charAt(end);
      if (Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘«(©".indexOf(next) >= 0) {
        card.cut(0, end, REPEATED_TEASER);
      }
    }
  }

  private static boolean startsWithFirstWordOf(String text, String other) {
    int space = other.indexOf(' ');
    int length = space < 0 ? other.length() : space;
    return length > 0
        && text.length() > length
        && text.charAt(length) == ' '
        && text.regionMatches(true, 0, other, 0, length);
  }

  /** Offset of the first character of word {@code count} (0-based), skipping whitespace. */
  private static int offsetAfterWords(String text, int count) {
    int i = 0;
    int n = text.length();
    for (int w = 0; w < count; w++) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
    }
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * "View on Euronews" / "Watch on YouTube" link text of an embed, ending its line or running into
   * a credit.
   */
  private static final Pattern VIEW_ON_LINK =
      Pattern.compile(
          "(?:^|(?<=[.!?…\"”»)]\\s))(?:View|Watch)(?: this (?:post|video|photo|tweet))? on \\p{Lu}[\\p{L}\\d.-]*"
              + "(?=\\s*(?:$|©|\\|))");

  private static final Pattern TWITTER_PIC_LINK =
      Pattern.compile("\\s*\\bpic\\.twitter\\.com/\\w+");

  /** The signature under an embedded tweet: "— Name (@handle) January 19, 2022". */
  private static final Pattern TWEET_SIGNATURE =
      Pattern.compile(
          "[—–-]\\s*[^—–\\n]{1,80}?\\(@\\w{1,15}\\)\\s*"
              + "(?:\\p{L}+\\.? \\d{1,2}, \\d{4}|\\d{1,2} \\p{L}+ \\d{4})");

  private static void cutInlineEmbeds(Unit unit) {
    if (!unit.isKept()) {
      return;
    }
    if (unit.text.contains(" on ")) {
      Matcher view = VIEW_ON_LINK.matcher(unit.text);
      if (view.find()) {
        unit.cut(view.start(), view.end(), EMBED);
      }
    }
    Matcher tweet = TWEET_SIGNATURE.matcher(unit.text);
    if (unit.text.contains("(@") && tweet.find()) {
      // A tweet is its own block; only when it was glued to a long paragraph is the signature cut
      // alone.
      if (unit.words() <= 90) {
        unit.remove(EMBED);
        return;
      }
      unit.cut(tweet.start(), tweet.end(), EMBED);
    }
    Matcher pic = TWITTER_PIC_LINK.matcher(unit.text);
    while (unit.text.contains("pic.twitter.com") && pic.find()) {
      unit.cut(pic.start(), pic.end(), EMBED);
      pic = TWITTER_PIC_LINK.matcher(unit.text);
    }
  }

  /**
   * Credits that lead their caption: "© AFP - Name Caption sentence.", "Photo: DPA / AP / Name
   * Caption.", "Photo by Name/Agency". The cut runs from the marker to the end of the caption
   * sentence.
   */
  private static final Pattern LEADING_CREDIT =
      Pattern.compile(
          "©|(?<!\\p{L})(?:Photo|PHOTO|Photos|PHOTOS|Photograph|Photographs|Picture|PICTURE|Pictures|Pic|Image|IMAGE"
              + "|Credit|CREDIT|Credits|Photo credit|Image credit|Picture credit|Foto|FOTO)\\s*:\\s*(?=\\S)"
              + "|(?<!\\p{L})(?:Photo|Photograph|Picture|Image)s? (?:by|courtesy of|courtesy)\\s+(?=\\p{Lu})");

  /**
   * Credits that close their caption: "Caption. (AP Photo/Name)", "Name/Getty Images",
   * "REUTERS/Name". A bare "(Reuters)" is not one: it is the dateline of an agency story.
   */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "\\([^()]{0,40}\\b(?:Photo|PHOTO|photo|Pic|Picture|picture)\\b[^()]{0,60}\\)"
              + "|\\([^()]{0,40}\\b(?:Getty Images|Getty|Shutterstock|Alamy|Corbis|iStock)\\b[^()]{0,30}\\)"
              + "|\\((?:AP|AFP|EPA|REUTERS|Reuters|AAP|PA|UPI|Xinhua|Bloomberg)\\s*/[^()]{1,60}\\)"
              + "|\\b(?:AP Photo|AP PHOTO|AFP PHOTO|AFP Photo|REUTERS|AFP|EPA)\\s*/\\s*\\p{Lu}[\\p{L}.'’-]*"
              + "(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3}"
              + "(?:\\s*/\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3})?"
              + "|\\b\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*/\\s*(?:Getty Images|AFP|AP|EPA)"
              + "(?: via Getty Images)?\\b"
              + "|\\b(?:via|for) Getty Images\\b");

  /**
   * A copyright notice runs to the end of its line: "© 2008 The Associated Press. All rights
   * reserved. ...".
   */
  private static final Pattern COPYRIGHT_NOTICE =
      Pattern.compile(
          "(?:©|(?<![\\p{L}(])(?:Copyright|COPYRIGHT)\\b)\\s*(?:©\\s*)?(?:\\d{4}|Copyright)");

  private static final int MAX_CAPTION_WORDS = 40;

  /**
   * More credits than this in one line is not a caption block but a page gone wrong; the rest is
   * left as it is.
   */
  private static final int MAX_CREDITS_PER_LINE = 20;

  /**
   * Words one of which every credit pattern needs (besides "©" and "/"), so the patterns only run
   * where useful.
   */
  private static final List<String> CREDIT_HINTS =
      List.of(
          "Photo",
          "PHOTO",
          "Pic",
          "PIC",
          "Image",
          "IMAGE",
          "Credit",
          "CREDIT",
          "Foto",
          "FOTO",
          "Getty",
          "Copyright",
          "COPYRIGHT");

  private static boolean mayHoldCredit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '©' || c == '/') {
        return true;
      }
      if ("PICFG".indexOf(c) >= 0) {
        for (String hint : CREDIT_HINTS) {
          if (text.startsWith(hint, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void cutCreditsAndCaptions(Unit unit) {
    if (!unit.isKept() || unit.title || !mayHoldCredit(unit.text)) {
      return;
    }
    int from = 0;
    for (int credits = 0; credits < MAX_CREDITS_PER_LINE && from < unit.text.length(); credits++) {
      String text = unit.text;
      int notice = startOf(COPYRIGHT_NOTICE.matcher(text), from);
      Matcher leading = LEADING_CREDIT.matcher(text);
      Matcher trailing = TRAILING_CREDIT.matcher(text);
      int leadingStart = startOf(leading, from);
      int trailingStart = startOf(trailing, from);
      int first = Math.min(notice, Math.min(leadingStart, trailingStart));
      if (first == Integer.MAX_VALUE) {
        return;
      }
      if (first == notice) {
        unit.cut(notice, text.length(), CREDIT);
        return;
      }
      Matcher credit = first == leadingStart ? leading : trailing;
      int start = credit.start();
      // A closing-style credit that opens its sentence ("REUTERS/Name Caption sentence.") leads
      // that caption.
      boolean leads =
          first == leadingStart
              || text.charAt(start) != '('
                  && !TextShape.hasLetter(
                      text.substring(TextShape.sentenceStartBefore(text, start), start))
                  && TextShape.hasLetter(text.substring(credit.end()));
      int end = leads ? TextShape.sentenceEnd(text, credit.end()) : credit.end();
      String reason =
          leads && TextShape.wordCount(text.substring(credit.end(), end)) > 6 ? CAPTION : CREDIT;

      // A caption written before the credit without a full stop is part of the same caption block
      // ("Name, minister (left), convoy in Crimea (centre) © Agency ..."), and so is, for a closing
      // credit, the one
      // sentence before it when the two make up the whole line.
      int sentenceStart = TextShape.sentenceStartBefore(text, start);
      String before = text.substring(sentenceStart, start);
      boolean atLineEnd = text.substring(end).isBlank();
      if (TextShape.hasLetter(before)
          && !TextShape.endsOutsideBrackets(before)
          && TextShape.wordCount(before) <= MAX_CAPTION_WORDS) {
        start = sentenceStart;
        reason = CAPTION;
      } else if (!leads
          && atLineEnd
          && !TextShape.hasLetter(before)
          && sentenceStart > 0
          && TextShape.sentenceStartBefore(text, sentenceStart - 1) == 0
          && TextShape.wordCount(text.substring(0, sentenceStart)) <= MAX_CAPTION_WORDS) {
        start = 0;
        reason = CAPTION;
      }
      unit.cut(start, end, reason);
      from = start;
    }
  }

  /** Start of the next match from {@code from}, or {@link Integer#MAX_VALUE} when there is none. */
  private static int startOf(Matcher matcher, int from) {
    return matcher.find(from) ? matcher.start() : Integer.MAX_VALUE;
  }

  private static final Pattern EXIT_MOBILE_LINK =
      Pattern.compile("(?i)\\s*\\bexit mobile version\\s*$");
  private static final Pattern RIGHTS_RESERVED =
      Pattern.compile("(?i)(?<=^|[.!?)]\\s)all rights reserved\\.?");

  private static void cutTrailingFurniture(Unit unit) {
    if (!unit.isKept() || unit.title) {
      return;
    }
    String lower = unit.text.toLowerCase(Locale.ROOT);
    if (lower.endsWith("exit mobile version")) {
      Matcher exit = EXIT_MOBILE_LINK.matcher(unit.text);
      if (exit.find()) {
        unit.cut(exit.start(), exit.end(), EXIT_MOBILE);
      }
    }
    if (lower.contains("all rights reserved")) {
      Matcher rights = RIGHTS_RESERVED.matcher(unit.text);
      if (rights.find()) {
        unit.cut(rights.start(), rights.end(), CREDIT);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Whole lines.

  private static final Pattern EXIT_MOBILE_LINE = Pattern.compile("(?i)exit mobile version");

  /**
   * Where a person sits in a photo: the mark of a caption. "(pictured)" is left out: tabloids use
   * it in text.
   */
  private static final Pattern POSITION_IN_PHOTO =
      Pattern.compile(
          "\\((?:(?i:(?:far |second |third |top |bottom |front |back )?(?:left|right|centre|center)"
              + "|left to right|l to r|from (?:left|right)|clockwise from (?:top )?left|top|bottom|foreground|inset"
              + "|file(?: photo| picture| image)?|archive(?: photo| picture| image)?)"
              + "|(?:2nd |3rd |4th )?[LRC]|L-R|L to R)\\)");

  private static final Pattern SPEECH =
      Pattern.compile("(?i)\\b(?:said|says|told|according to)\\b|[\"“”]");

  /**
   * The labels a broadcaster's page puts before a picture's or a video's caption, kept when the
   * page is saved as text: "Image copyright AFP Image caption Mr Gorbachev and Mr Reagan signed the
   * INF treaty in 1987", "Media caption ...", and a gallery's "Hide Caption 63 of 73 Photos: ...".
   * Such a line is the caption, however it reads.
   */
  private static final Pattern CAPTION_LABEL_LINE =
      Pattern.compile(
          "(?:(?:Image|Media|Video) (?:copyright|caption)|(?:Hide|Show) Caption)\\s+\\S.*");

  /**
   * "With reports from AFP and Reuters", "Additional reporting by ...", "(Reporting by X; Editing
   * by Y)". A line that merely opens with "Reports from ..." is a sentence, so the bare forms need
   * brackets, a semicolon or a short line.
   */
  private static final Pattern AGENCY_CREDIT_LINE =
      Pattern.compile(
          "(?i)(?:with|additional) (?:reports?|reporting|input|information|contributions?|writing|editing)"
              + " (?:from|by)\\s.{1,150}");

  private static final Pattern BARE_CREDIT_LINE =
      Pattern.compile(
          "(?i)\\(?(?:reporting|writing|editing|compiled|written|edited|produced) by\\s.{1,150}");

  private static final Pattern SOURCES_LINE = Pattern.compile("(?i)sources?:\\s.{1,80}");

  private static boolean isCreditLine(String text, int words) {
    if (words <= 25 && AGENCY_CREDIT_LINE.matcher(text).matches()) {
      return true;
    }
    if (words <= 25 && BARE_CREDIT_LINE.matcher(text).matches()) {
      return text.startsWith("(") && text.endsWith(")")
          || text.contains(";")
          || words <= 8 && !TextShape.endsLikeSentence(text);
    }
    return words <= 8 && SOURCES_LINE.matcher(text).matches();
  }

  /**
   * "By Jane Smith", "BY JANE SMITH, Staff Writer": a byline, which L3S and readers treat as
   * credit.
   */
  private static final Pattern BYLINE =
      Pattern.compile("(?:By|BY)\\s+\\p{Lu}[\\p{L}.'’-]*(?:[\\s,]+\\S+){0,8}");

  /**
   * A copyright line: "©", "(c) 2008", "Copyright 2008", "Copyright © ...", not a sentence about
   * copyright.
   */
  private static final Pattern COPYRIGHT_LINE =
      Pattern.compile("(?i)(?:©|\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\(c\\)|\\d{4})).*");

  /** The fixed wording of publishers' notices, which a news sentence does not use. */
  private static final Pattern FOOTER_NOTICE =
      Pattern.compile(
          "(?i)\\ball rights reserved\\b|\\bmay not be (?:re)?published, broadcast\\b"
              + "|\\b(?:reproduction|republication|redistribution) (?:in whole or in part|of (?:this|any) (?:material"
              + "|content))\\b|\\bwithout (?:the )?(?:prior )?(?:express )?written (?:permission|consent) (?:of|from)"
              + " [^.]{1,60}\\b(?:prohibited|forbidden|not permitted)\\b");

  /** The title line of a video, gallery or audio embed. */
  private static final Pattern EMBED_TITLE =
      Pattern.compile(
          "(?:Video|VIDEO|Watch|WATCH|Photos|PHOTOS|Gallery|GALLERY|Slideshow|SLIDESHOW|Listen|LISTEN|Audio|AUDIO"
              + "|Podcast|PODCAST|In pictures|In Pictures|IN PICTURES)\\s*[:|].*");

  private static final Pattern EMBED_SOURCE =
      Pattern.compile(
          ".*\\((?:Dailymotion|YouTube|Youtube|Vimeo|Twitter|Instagram|Facebook|TikTok|Streamable|SoundCloud"
              + "|Spotify|Telegram)\\)\\s*");

  /**
   * A video card of a news site's player, saved with the page: "JUST WATCHED Should the U.S. cut
   * off aid to Egypt? Replay More Videos ... MUST WATCH Should the U.S. cut off aid to Egypt?
   * 06:22".
   */
  private static final Pattern VIDEO_CARD = Pattern.compile("JUST WATCHED\\s.+");

  /** Player and embed placeholders. */
  private static final Pattern EMBED_PLACEHOLDER =
      Pattern.compile(
          "(?i)(?:view|watch) (?:this (?:post|video|photo|tweet) |the (?:full )?video )?on \\p{L}[\\p{L}.]*"
              + "|an? (?:post|photo|video) shared by .*"
              + "|(?:this|the) (?:video|content|embed|media|tweet) (?:is (?:not|no longer) available|cannot be"
              + " (?:played|displayed)).*"
              + "|media playback is (?:not supported|unsupported) on (?:this|your) device"
              + "|your browser does not support.*|(?:please )?enable javascript.*|to view this (?:video|content).*"
              + "|embedded (?:content|video|tweet|media)|play video|loading(?: video)?\\.{0,3}"
              + "|(?:click|tap) to (?:play|watch|enlarge|expand|unmute).*");

  private static final Pattern AD_LABEL =
      Pattern.compile(
          "(?i)(?:advertisements?|advert|ads?|sponsored(?: content| links?| stories)?|paid (?:content|post)"
              + "|promoted(?: content| stories)?|partner content|(?:story|article) continues below(?: advertisement)?"
              + "|continue reading(?: below| the main story)?|scroll to continue(?: with content)?"
              + "|skip (?:this )?ad(?:vertisement)?)[\\s:.]*");

  private static final Pattern NEWSLETTER_PROMPT =
      Pattern.compile(
          "(?i)(?:.*[.!?]\\s+)?(?:sign up|signup|subscribe|register|get|download)\\b.{0,80}\\b(?:newsletters?|alerts?"
              + "|app|briefings?|digest|inbox|e-?mail updates)\\b.*");

  private static final Pattern SUBSCRIBE_LINE =
      Pattern.compile(
          "(?i)(?:subscribe|sign up|sign in|log ?in|newsletters?|follow us|like us|download (?:our|the) app"
              + "|get the app|support (?:our|independent) journalism)\\b.*");

  /**
   * Words of sharing and article tool bars ("E-mail Article | Print-Friendly | Subscribe to RSS
   * Feed"). A line made only of these, with at least one {@link #TOOLBAR_ACTIONS} word, is a
   * toolbar.
   */
  private static final Set<String> TOOLBAR_WORDS =
      Set.of(
          "share",
          "this",
          "on",
          "via",
          "with",
          "article",
          "articles",
          "story",
          "stories",
          "page",
          "post",
          "link",
          "tweet",
          "email",
          "e",
          "mail",
          "send",
          "to",
          "a",
          "friend",
          "print",
          "printer",
          "friendly",
          "printable",
          "version",
          "format",
          "view",
          "facebook",
          "twitter",
          "linkedin",
          "whatsapp",
          "pinterest",
          "reddit",
          "digg",
          "it",
          "delicious",
          "del",
          "icio",
          "us",
          "stumbleupon",
          "newsvine",
          "technorati",
          "fark",
          "google",
          "yahoo",
          "buzz",
          "bookmark",
          "save",
          "text",
          "font",
          "size",
          "reprint",
          "reprints",
          "permalink",
          "rss",
          "feed",
          "feeds",
          "recommend",
          "larger",
          "smaller",
          "normal",
          "increase",
          "decrease",
          "single",
          "easy",
          "return",
          "back",
          "top",
          "subscribe",
          "newsletter",
          "newsletters",
          "search",
          "comment",
          "comments",
          "add",
          "respond",
          "alerts",
          "submit",
          "the",
          "your",
          "our",
          "and",
          "or");

  private static final Set<String> TOOLBAR_ACTIONS =
      Set.of(
          "share",
          "tweet",
          "email",
          "mail",
          "print",
          "printer",
          "printable",
          "bookmark",
          "reprint",
          "reprints",
          "rss",
          "subscribe",
          "digg",
          "facebook",
          "twitter",
          "linkedin",
          "whatsapp",
          "pinterest",
          "reddit",
          "delicious",
          "stumbleupon",
          "newsvine",
          "permalink",
          "recommend",
          "size",
          "text");

  private static final int MAX_TOOLBAR_WORDS = 20;

  private static final Pattern CLICK_HERE = Pattern.compile("(?i).*\\bclick here\\b.*");

  /** A teaser whose last words are the link to the full story: "... a report says. Full Story". */
  private static final Pattern TEASER_LINK_TAIL =
      Pattern.compile(
          ".*[.!?…\"”]\\s*(?:Full Story|Full story|FULL STORY|Read more|Read More|READ MORE|More|MORE"
              + "|Continue reading|Read the full (?:story|article))\\s*[»›>.…]*\\s*");

  private static final Pattern INLINE_TEASER =
      Pattern.compile(
          "(?i)(?:read more|read also|also read|related|see also|more on this|recommended|also watch|watch also)"
              + "\\s*:\\s*\\S.*");

  /** No whole-line rule removes a line longer than this: a paragraph that long is text. */
  private static final int MAX_WHOLE_LINE_RULE_WORDS = 70;

  /** What a line says once a rule knows its shape, or null to keep it. */
  private static String wholeLineReason(String text, int words) {
    if (words > MAX_WHOLE_LINE_RULE_WORDS) {
      return null;
    }
    if (EXIT_MOBILE_LINE.matcher(text).matches()) {
      return EXIT_MOBILE;
    }
    if (words <= 12 && COMMENT_ACTIONS.matcher(text).matches()) {
      return COMMENT;
    }
    if (COMMENT_MARKER.matcher(text).matches()
        || isTeaserMarker(text)
        || AUTHOR_BOX_HEADING.matcher(text).matches()) {
      // Left for the block rules, which also look at what follows.
      return null;
    }
    if (words <= 45 && CAPTION_LABEL_LINE.matcher(text).matches()) {
      return CAPTION;
    }
    if (words <= 45
        && POSITION_IN_PHOTO.matcher(text).find()
        && !SPEECH.matcher(text).find()
        && TextShape.sentenceCount(text) <= 2) {
      return CAPTION;
    }
    if (isCreditLine(text, words)
        || words <= 10 && BYLINE.matcher(text).matches() && !TextShape.endsLikeSentence(text)
        || words <= 60 && COPYRIGHT_LINE.matcher(text).matches()
        || words <= 70 && FOOTER_NOTICE.matcher(text).find()) {
      return CREDIT;
    }
    if (words <= 25 && EMBED_TITLE.matcher(text).matches() && TextShape.sentenceCount(text) <= 1
        || words <= 25 && EMBED_SOURCE.matcher(text).matches()
        || words <= 25 && EMBED_PLACEHOLDER.matcher(text).matches()
        || words <= 60 && VIDEO_CARD.matcher(text).matches()) {
      return EMBED;
    }
    if (AD_LABEL.matcher(text).matches()
        || words <= 40 && NEWSLETTER_PROMPT.matcher(text).matches()
        || words <= 10 && SUBSCRIBE_LINE.matcher(text).matches()
        || words <= 30 && CLICK_HERE.matcher(text).matches()
        || words <= 12 && PROMO_HEADING.matcher(text).matches()
        || words <= MAX_TOOLBAR_WORDS && isToolbar(text)) {
      return PROMO;
    }
    if (words <= 60 && TEASER_LINK_TAIL.matcher(text).matches()
        || words <= 30 && INLINE_TEASER.matcher(text).matches()) {
      return TEASER;
    }
    return null;
  }

  private static boolean isToolbar(String text) {
    boolean action = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && Character.isLetter(text.charAt(end))) {
        end++;
      }
      String word = text.substring(i, end).toLowerCase(Locale.ROOT);
      if (!TOOLBAR_WORDS.contains(word)) {
        return false;
      }
      action |= TOOLBAR_ACTIONS.contains(word);
      i = end;
    }
    return action;
  }

  /**
   * Words that say a colon-ended line introduced a picture, video or post that the text extraction
   * dropped.
   */
  private static final Pattern MEDIA_WORDS =
      Pattern.compile(
          "(?i)\\b(?:videos?|footage|clips?|images?|photos?|photographs?|pictures?|tweets?|tweeted|social media"
              + "|twitter|instagram|facebook|youtube|tiktok|telegram|map|graphics?|chart|infographic|timeline"
              + "|podcast|livestream|watch)\\b");

  /**
   * "This video explains what is at stake:" followed by ordinary text: the embed it introduced is
   * gone. A lead-in followed by a quotation or a list is kept, as it introduces text that is still
   * there.
   */
  private static void markEmbedLeadIns(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      if (!unit.isKept()
          || !unit.text.endsWith(":")
          || unit.words() > 30
          || !MEDIA_WORDS.matcher(unit.text).find()) {
        continue;
      }
      String next = i + 1 < units.size() ? units.get(i + 1).text : "";
      boolean introducesText =
          !next.isEmpty() && "\"“‘«'-–—•*0123456789".indexOf(next.charAt(0)) >= 0;
      if (!introducesText) {
        unit.remove(EMBED);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Headlines. On a full page the headline is a short line among short lines (menus, toolbars,
  // related links), but
  // it sits right above the byline or the dateline, or right above the text, and that is what gives
  // it away. Shielded
  // lines are left alone by the block, navigation and duplicate rules that run after this.

  private static final Pattern DATE =
      Pattern.compile(
          "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
              + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
              + "|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:19|20)\\d{6}\\b");

  /**
   * What else a dateline holds besides the date: weekdays, times, zones, "Published", "Updated".
   */
  private static final Pattern DATELINE_NOISE =
      Pattern.compile(
          "(?i)\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
              + "[a-z]*\\b|\\b\\d+(?:st|nd|rd|th)?\\b|\\b\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?\\b|\\b(?:a\\.?m|p\\.?m)\\b"
              + "|\\b(?:[ecmpg][sd]t|gmt|bst|cet|utc|ist|aest|aedt|et|pt)\\b|\\b(?:published|updated|posted|last"
              + "|modified|created|on|at|date|page)\\b");

  private static final int MAX_DATELINE_WORDS = 14;
  private static final int HEADLINE_REACH = 3;
  private static final int ANCHOR_REACH = 15;

  private static boolean isDateline(String text) {
    if (TextShape.wordCount(text) > MAX_DATELINE_WORDS || !DATE.matcher(text).find()) {
      return false;
    }
    return TextShape.wordCount(DATELINE_NOISE.matcher(text).replaceAll(" ")) <= 4;
  }

  /**
   * Shields the headline lines above each body of article text (two or more text lines in a row,
   * after a line that is not text): the headline-shaped lines just above a byline or dateline that
   * sits above the body, and the nearest headline-shaped line above the body itself. A list of
   * story cards, which alternates headline and summary, opens no body.
   */
  private static void shieldHeadlines(List<Unit> units) {
    boolean previousIsText = false;
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      if (!unit.isKept()) {
        continue;
      }
      boolean text = !unit.title && isArticleText(unit);
      boolean startsBody = text && !previousIsText && leadingArticleText(units, i) >= BODY_MIN_TEXT;
      previousIsText = text;
      if (!startsBody) {
        continue;
      }
      for (int a = i - 1; a >= Math.max(0, i - ANCHOR_REACH); a--) {
        String anchor = units.get(a).text;
        if ((BYLINE.matcher(anchor).lookingAt() || isDateline(anchor))
            && !isCommentSignature(anchor)) {
          shieldHeadlinesAboveAnchor(units, a);
        }
      }
      shieldNearestHeadlineAbove(units, i);
    }
  }

  /**
   * Shields the headline-shaped lines among the {@link #HEADLINE_REACH} kept lines above a byline
   * or dateline.
   */
  private static void shieldHeadlinesAboveAnchor(List<Unit> units, int anchor) {
    int looked = 0;
    for (int k = anchor - 1; k >= 0 && looked < HEADLINE_REACH; k--) {
      Unit unit = units.get(k);
      if (unit.isKept()) {
        looked++;
        unit.shielded |= isHeadlineShaped(unit);
      }
    }
  }

  /**
   * Shields the nearest headline-shaped line of more than {@link #MAX_MENU_ITEM_WORDS} words among
   * the {@link #HEADLINE_WINDOW} kept lines above a body, skipping the menu-sized ones (toolbar and
   * section links).
   */
  private static void shieldNearestHeadlineAbove(List<Unit> units, int body) {
    int looked = 0;
    for (int k = body - 1; k >= 0 && looked < HEADLINE_WINDOW; k--) {
      Unit unit = units.get(k);
      if (!unit.isKept()) {
        continue;
      }
      looked++;
      if (unit.words() > MAX_MENU_ITEM_WORDS && isHeadlineShaped(unit)) {
        unit.shielded = true;
        return;
      }
    }
  }

  private static boolean isHeadlineShaped(Unit unit) {
    return unit.words() >= 3
        && (isMenuItem(unit) || isHeadlineItem(unit))
        && !TextShape.looksTruncated(unit.text)
        && !isLinkBar(unit.text)
        && !isDateline(unit.text);
  }

  /**
   * How many kept lines from {@code from} on are article text before the first that is not (removed
   * lines are skipped). A body opens with paragraph after paragraph; a list of story cards
   * alternates headline and summary.
   */
  private static int leadingArticleText(List<Unit> units, int from) {
    int count = 0;
    for (int k = from; k < units.size() && count < BODY_MIN_TEXT; k++) {
      Unit unit = units.get(k);
      if (!unit.isKept()) {
        continue;
      }
      if (!isArticleText(unit)) {
        break;
      }
      count++;
    }
    return count;
  }

  /** A body of article text starts with this many text lines in a row. */
  private static final int BODY_MIN_TEXT = 2;

  // ---------------------------------------------------------------------------------------------------------------
  // Blocks opened by a marker line.

  private static final Pattern TEASER_MARKER =
      Pattern.compile(
          "(?i)(?:check (?:also|this out)|related(?: (?:articles?|stories|story|news|content|posts?|coverage|links?"
              + "|topics|videos?|reading|items))?|more (?:related )?(?:articles|stories|news|headlines|videos)"
              + "(?: (?:in|from|on|about) .{1,40})?|read (?:more|also|next)|also read|see also"
              + "|you (?:may|might) also (?:like|enjoy|be interested in)|(?:more )?from (?:around )?the web"
              + "|recommended(?: for you| stories| articles| reading)?"
              + "|most (?:read|popular|viewed|emailed|e-mailed|shared|commented|watched)(?: (?:stories|articles|news))?"
              + "|trending(?: now| stories| news)?|don'?t miss(?: this)?|further reading|top (?:stories|news|headlines)"
              + "|latest (?:news|stories|headlines|articles)|editors?'? ?picks?|in other news"
              + "|more on (?:this|the) (?:story|topic)|(?:previous|next) (?:article|post|story)"
              + "|popular (?:stories|articles|now)|what to read next|more coverage)[\\s:.…»>|-]*");

  private static final Pattern AUTHOR_BOX_HEADING =
      Pattern.compile(
          "About (?:(?i:the author)|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})");

  private static final Pattern BIOGRAPHY_WORDS =
      Pattern.compile(
          "(?i)\\b(?:is an?|has been|writes|covers|reporter|journalist|editor|correspondent|writer|columnist"
              + "|contributor|author|freelance)\\b");

  private static final Pattern COMMENT_MARKER =
      Pattern.compile(
          "(?i)(?:usr:\\s*\\d+|\\d+\\s+comments?|comments?(?:\\s*\\(\\d+\\))?|leave a (?:reply|comment)"
              + "|post (?:a )?comment|add (?:a |your )?comment|write a comment|your comments?|reader comments"
              + "|readers'? comments|(?:show|view|read)(?: all)? comments|join the (?:discussion|conversation|debate)"
              + "|have your say|be the first to comment.*|comments? (?:are|is) (?:now )?closed.*"
              + "|comments have (?:now )?been closed.*|no comments(?: yet)?|discuss this (?:article|story)"
              + "|what do you think\\??|\\d+ responses?(?: to .{1,100})?|\\d+ thoughts? on .{1,120}"
              + "|(?:user |reader )?responses|talkback|comments? \\(\\d+\\).*|comments?\\s*\\|.*)[\\s:.!]*");

  /**
   * A comment widget's heading or counter, and not the end of a sentence that a hard wrap left on a
   * line of its own ("... officials were not available for" / "comment.").
   */
  private static boolean isCommentMarker(List<Unit> units, int i) {
    return COMMENT_MARKER.matcher(units.get(i).text).matches() && !endsWrappedSentence(units, i);
  }

  /**
   * A line in lower case that closes a sentence the line above left open (it ends in a word or a
   * comma). Widget lines either start with a capital or a number, or close no sentence ("usr: 0").
   */
  private static boolean endsWrappedSentence(List<Unit> units, int i) {
    String text = units.get(i).text;
    if (i == 0
        || !Character.isLowerCase(text.codePointAt(0))
        || !TextShape.endsLikeSentence(text)) {
      return false;
    }
    String above = units.get(i - 1).text;
    if (above.isEmpty()) {
      return false;
    }
    char last = above.charAt(above.length() - 1);
    return Character.isLetterOrDigit(last) || last == ',';
  }

  private static final Pattern PROMO_HEADING =
      Pattern.compile("(?i)live (?:briefing|blog|updates|coverage|page)\\s*:.*");

  private static final Pattern PROMO_BLURB =
      Pattern.compile(
          "(?i)(?:consult|follow|read|click|sign up|subscribe|visit|check out|download|get|watch|listen|join|stay"
              + "|find)\\b.*|.*\\blive (?:briefing|blog|updates|coverage)\\b.*");

  private static final int MAX_TEASERS_AFTER_MARKER = 8;

  /** More bullets than a highlights box holds; past them the lines are the article's. */
  private static final int MAX_HIGHLIGHTS = 6;

  private static final int MAX_HIGHLIGHT_WORDS = 30;
  private static final int MAX_COMMENT_LINES_AFTER_MARKER = 8;

  private static void markMarkerBlocks(List<Unit> units) {
    int firstText = firstArticleText(units);
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      if (unit.title || unit.text.isEmpty()) {
        continue;
      }
      String text = unit.text;
      if (isTeaserMarker(text)) {
        unit.remove(TEASER);
        removeTeasersAfter(units, i);
      } else if (i <= firstText
          && text.startsWith("Story highlights")
          && unit.words() <= MAX_HIGHLIGHT_WORDS + 2) {
        // The first bullet shares the marker's line.
        removeHighlights(units, i);
      } else if (AUTHOR_BOX_HEADING.matcher(text).matches()) {
        unit.remove(AUTHOR_BOX);
        Unit next = nextKept(units, i);
        if (next != null && looksLikeBiography(next.text, text)) {
          next.remove(AUTHOR_BOX);
        }
      } else if (isCommentMarker(units, i)) {
        unit.remove(COMMENT);
        // A comment counter in a toolbar above or inside the article says nothing about the lines
        // after it: the
        // widget is taken to be the comment section only once the article text is behind it.
        if (i > firstText && keptWords(units, i + 1, units.size()) <= keptWords(units, 0, i)) {
          int taken = 0;
          for (int j = i + 1; j < units.size() && taken < MAX_COMMENT_LINES_AFTER_MARKER; j++) {
            Unit next = units.get(j);
            if (!next.isKept()) {
              continue;
            }
            if (next.words() > 30 && !isCommentSignature(next.text)) {
              break;
            }
            next.remove(COMMENT);
            taken++;
          }
        }
      } else if (PROMO_HEADING.matcher(text).matches() && TextShape.wordCount(text) <= 12) {
        unit.remove(PROMO);
        Unit next = nextKept(units, i);
        if (next != null && next.words() <= 60 && PROMO_BLURB.matcher(next.text).matches()) {
          next.remove(PROMO);
        }
      }
    }
  }

  /**
   * Removes a "Story highlights" line and the bullets under it: short lines without a full stop, up
   * to the first line that ends like a sentence, which is the article's first paragraph.
   */
  private static void removeHighlights(List<Unit> units, int marker) {
    units.get(marker).remove(HIGHLIGHTS);
    int bullets = 0;
    for (int j = marker + 1; j < units.size() && bullets < MAX_HIGHLIGHTS; j++) {
      Unit next = units.get(j);
      if (!next.isKept()) {
        continue;
      }
      if (next.title
          || next.words() > MAX_HIGHLIGHT_WORDS
          || TextShape.endsLikeSentence(next.text)) {
        return;
      }
      // The last bullet sits right above the body, where a standfirst would be.
      next.shielded = false;
      next.remove(HIGHLIGHTS);
      bullets++;
    }
  }

  private static int keptWords(List<Unit> units, int from, int to) {
    int words = 0;
    for (int k = from; k < to; k++) {
      if (units.get(k).isKept()) {
        words += units.get(k).words();
      }
    }
    return words;
  }

  /**
   * Section links that head a list of other stories: "World »", "B.C. Headlines", "More Canada
   * headlines ›". A line with an opening guillemet is a quotation ("« Nous resterons »"), not a
   * link.
   */
  private static final Pattern SECTION_LINK =
      Pattern.compile(
          "(?i)(?:.{1,40}\\s*(?:»|›|>>)|(?:more |top |latest )?.{0,30}\\bheadlines\\s*(?:»|›|>>|:)?)");

  private static final int MAX_SECTION_LINK_WORDS = 6;

  /**
   * Longer than any teaser marker or section link can be; spares the patterns on ordinary
   * paragraphs.
   */
  private static final int MAX_MARKER_CHARS = 80;

  private static boolean isTeaserMarker(String text) {
    return text.length() <= MAX_MARKER_CHARS
        && (TEASER_MARKER.matcher(text).matches()
            || TextShape.wordCount(text) <= MAX_SECTION_LINK_WORDS
                && text.indexOf('«') < 0
                && text.indexOf('‹') < 0
                && SECTION_LINK.matcher(text).matches());
  }

  /**
   * Removes the teasers under a marker: headlines and cut-off summaries, and also a full-sentence
   * summary when it sits between two teaser headlines (a list of cards). A summary that is followed
   * by ordinary text is kept, since the box may have been a single link inside the article.
   */
  private static void removeTeasersAfter(List<Unit> units, int marker) {
    int headlines = 0;
    boolean afterHeadline = false;
    for (int j = marker + 1; j < units.size() && headlines < MAX_TEASERS_AFTER_MARKER; j++) {
      Unit next = units.get(j);
      if (!next.isKept()) {
        continue;
      }
      if (next.shielded) {
        return;
      }
      if (looksLikeTeaser(next)) {
        next.remove(TEASER);
        headlines++;
        afterHeadline = true;
      } else if (afterHeadline && isCardSummary(next.text) && cardListGoesOn(units, j)) {
        next.remove(TEASER);
        afterHeadline = false;
      } else {
        return;
      }
    }
  }

  private static final int MAX_CARD_SUMMARY_WORDS = 60;

  private static boolean isCardSummary(String text) {
    return TextShape.wordCount(text) <= MAX_CARD_SUMMARY_WORDS
        && TextShape.sentenceCount(text) <= 3;
  }

  private static boolean cardListGoesOn(List<Unit> units, int summary) {
    Unit next = nextKept(units, summary);
    return next != null && !next.shielded && (looksLikeTeaser(next) || isTeaserMarker(next.text));
  }

  /** A related-article headline (no closing full stop) or a summary the page cut off. */
  private static boolean looksLikeTeaser(Unit unit) {
    String text = unit.text;
    int words = unit.words();
    return words <= 25 && !TextShape.endsLikeSentence(text)
        || words <= 80 && TextShape.looksTruncated(text);
  }

  private static boolean looksLikeBiography(String text, String heading) {
    if (TextShape.wordCount(text) > 80) {
      return false;
    }
    if (BIOGRAPHY_WORDS.matcher(text).find()) {
      return true;
    }
    Set<String> words = TextShape.wordSet(text);
    for (String name : TextShape.wordSet(heading)) {
      if (name.length() >= 3 && !name.equals("about") && words.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static Unit nextKept(List<Unit> units, int index) {
    for (int j = index + 1; j < units.size(); j++) {
      if (units.get(j).isKept()) {
        return units.get(j);
      }
    }
    return null;
  }

  /** Index of the first line that reads as article text, or the size of the list when none does. */
  private static int firstArticleText(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      if (!unit.title && unit.isKept() && isArticleText(unit)) {
        return i;
      }
    }
    return units.size();
  }

  private static boolean isArticleText(Unit unit) {
    String text = unit.text;
    int words = unit.words();
    return words >= 10 && TextShape.endsLikeSentence(text) && !TextShape.looksTruncated(text)
        || words >= 25;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Comment threads: reader comments are full sentences, so they are found by the signatures and
  // action links
  // between them ("Posted by: name | January 7 2008 at 03:06 PM", "Report this comment").

  private static final Pattern COMMENT_SIGNATURE =
      Pattern.compile(
          "(?i)(?:posted|submitted|written|added|commented|replied)\\s+(?:by|on|at)\\b.{0,120}"
              + "|by\\s+\\S+(?:\\s+\\S+){0,4}\\s+(?:at|on)\\s+\\S*\\d.{0,40}"
              + "|comment (?:no\\.?|#|number)\\s*\\d+");

  /**
   * The links under each comment: "[Offensive? Unsuitable? Report this comment.]", "Quote | Report
   * this post".
   */
  private static final Pattern COMMENT_ACTIONS =
      Pattern.compile(
          "(?i)\\[?\\s*(?:offensive\\?.*|report (?:this )?(?:comment|post|abuse).*"
              + "|(?:quote|reply)\\s*\\|\\s*report.*|inappropriate\\?.*|alert us\\.?|reply(?: to this(?: comment)?)?"
              + "|recommend(?:ed)?(?:\\s*\\(\\d+\\))?|flag(?: as inappropriate)?|permalink)\\s*]?\\.?");

  /** "Name - Place (12/19/2007 16:36)". */
  private static final Pattern DATED_COMMENTER =
      Pattern.compile(".{1,60}\\(\\d{1,2}/\\d{1,2}/\\d{2,4}[^)]*\\)");

  private static boolean isCommentSignature(String text) {
    return COMMENT_SIGNATURE.matcher(text).matches()
        || COMMENT_ACTIONS.matcher(text).matches()
        || text.endsWith(")") && DATED_COMMENTER.matcher(text).matches()
        || text.endsWith("wrote:") && TextShape.wordCount(text) <= 8;
  }

  private static final int MAX_SIGNATURE_GAP = 20;

  private static void markCommentThreads(List<Unit> units) {
    List<Integer> signatures = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      if (!unit.title && unit.words() <= 25 && isCommentSignature(unit.text)) {
        signatures.add(i);
      }
    }
    int first = 0;
    while (first < signatures.size()) {
      int last = first;
      while (last + 1 < signatures.size()
          && signatures.get(last + 1) - signatures.get(last) <= MAX_SIGNATURE_GAP) {
        last++;
      }
      markThread(units, signatures.subList(first, last + 1));
      first = last + 1;
    }
  }

  private static void markThread(List<Unit> units, List<Integer> signatures) {
    int marker = -1;
    int firstSignature = signatures.get(0);
    int secondSignature = signatures.size() > 1 ? signatures.get(1) : firstSignature;
    for (int i = Math.max(0, firstSignature - 6); i < secondSignature; i++) {
      if (isCommentMarker(units, i)) {
        marker = i;
        break;
      }
    }
    List<Integer> inThread = new ArrayList<>();
    for (int s : signatures) {
      if (s > marker) {
        inThread.add(s);
      }
    }
    if (inThread.size() < 2) {
      return;
    }
    int smallestGap = Integer.MAX_VALUE;
    for (int k = 1; k < inThread.size(); k++) {
      smallestGap = Math.min(smallestGap, inThread.get(k) - inThread.get(k - 1));
    }
    // With a marker the thread starts there; without one, only the one body line above the first
    // signature can be
    // told apart from the article with some confidence.
    int start = marker >= 0 ? marker : inThread.get(0) - Math.min(smallestGap - 1, 1);
    boolean signatureFirst = marker >= 0 && inThread.get(0) - marker <= 1;
    int end =
        inThread.get(inThread.size() - 1) + (signatureFirst ? Math.min(smallestGap - 1, 3) : 0);
    for (int i = Math.max(start, 0); i <= end && i < units.size(); i++) {
      units.get(i).remove(COMMENT);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Captions that are only a name.

  private static final Pattern NAME_ONLY =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3}");

  /**
   * Capitalised words that make a title-case line a headline ("Kidman Is Pregnant") rather than a
   * name.
   */
  private static final Set<String> NOT_IN_NAMES =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "is", "are", "was",
          "were", "with", "from", "by", "as", "be", "has", "have", "will", "not", "no", "new",
          "more", "how", "why", "what", "who");

  private static boolean looksLikeName(String text) {
    if (!NAME_ONLY.matcher(text).matches() || text.equals(text.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (String word : TextShape.wordSet(text)) {
      if (NOT_IN_NAMES.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line that is only a name (2 to 4 capitalised words) is the caption of a portrait when it sits
   * right under the headline or next to another caption; elsewhere it may be a subheading and is
   * kept.
   */
  private static void markNameCaptions(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      if (!unit.isKept() || unit.title || !looksLikeName(unit.text)) {
        continue;
      }
      boolean underTitle = i > 0 && units.get(i - 1).title;
      boolean besideCaption =
          i > 0 && CAPTION.equals(units.get(i - 1).reason)
              || i + 1 < units.size() && CAPTION.equals(units.get(i + 1).reason);
      if (underTitle || besideCaption) {
        unit.remove(CAPTION);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Navigation and link lists.

  private static final Pattern LINK_SEPARATOR = Pattern.compile("\\s*(?:\\||•|·|»|›|::)\\s*");
  private static final int MAX_MENU_ITEM_WORDS = 4;
  private static final int MAX_HEADLINE_WORDS = 20;
  private static final int MIN_RUN = 3;

  /**
   * Headline-shaped lines this close above the article text may be its headline, standfirst or
   * byline.
   */
  private static final int HEADLINE_WINDOW = 8;

  private static void markNavigation(List<Unit> units) {
    for (Unit unit : units) {
      if (unit.isKept()
          && !unit.title
          && (isLinkBar(unit.text) || !TextShape.hasLetter(unit.text) || isNameList(unit))) {
        unit.remove(MENU);
      }
    }
    markRuns(units, BoilerplateFilter::isMenuItem, MENU);
    markStrandedLines(units);

    int articleStart = articleStart(units);
    List<Integer> run = new ArrayList<>();
    for (int i = 0; i <= units.size(); i++) {
      Unit unit = i < units.size() ? units.get(i) : null;
      if (unit != null && !unit.isKept() && !unit.title) {
        continue;
      }
      if (unit != null && !unit.title && (isMenuItem(unit) || isHeadlineItem(unit))) {
        run.add(i);
        continue;
      }
      long headlines =
          run.stream()
              .filter(
                  k -> isHeadlineItem(units.get(k)) && !TextShape.looksTruncated(units.get(k).text))
              .count();
      if (run.size() >= MIN_RUN && headlines >= 2 && !isListInText(units, run, i)) {
        for (int k : run) {
          boolean nearArticleStart = k < articleStart && k >= articleStart - HEADLINE_WINDOW;
          // A cut-off line that opens the run is the end of the text above running into the list
          // ("...
          // Continued..."), not a card.
          boolean textIntoList = k == run.get(0) && TextShape.looksTruncated(units.get(k).text);
          if (!nearArticleStart && !textIntoList) {
            units.get(k).remove(isHeadlineItem(units.get(k)) ? TEASER : MENU);
          }
        }
      }
      run.clear();
    }
  }

  /**
   * A link or label left alone between removed furniture: a line of one to three words with
   * furniture right above and below, or a headline-shaped line (no full stop) with two removed
   * lines on each side.
   */
  private static void markStrandedLines(List<Unit> units) {
    boolean[] removed = new boolean[units.size()];
    for (int i = 0; i < units.size(); i++) {
      removed[i] = !units.get(i).isKept();
    }
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      if (removed[i] || unit.title) {
        continue;
      }
      int words = unit.words();
      int above = 0;
      while (i - above - 1 >= 0 && removed[i - above - 1]) {
        above++;
      }
      int below = 0;
      while (i + below + 1 < units.size() && removed[i + below + 1]) {
        below++;
      }
      boolean lastLine = i + below + 1 == units.size();
      if (words <= MAX_STRANDED_LINK_WORDS && above >= 1 && (below >= 1 || lastLine)) {
        unit.remove(MENU);
      } else if (words <= MAX_HEADLINE_WORDS
          && !TextShape.endsLikeSentence(unit.text)
          && above >= 2
          && (below >= 2 || lastLine)) {
        unit.remove(TEASER);
      }
    }
  }

  private static final int MAX_STRANDED_LINK_WORDS = 3;

  /**
   * Removes every run of at least {@link #MIN_RUN} kept lines matching {@code item}; removed lines
   * do not break it.
   */
  private static void markRuns(List<Unit> units, Predicate<Unit> item, String reason) {
    List<Integer> run = new ArrayList<>();
    for (int i = 0; i <= units.size(); i++) {
      Unit unit = i < units.size() ? units.get(i) : null;
      if (unit != null && !unit.isKept() && !unit.title) {
        continue;
      }
      if (unit != null && !unit.title && item.test(unit)) {
        run.add(i);
        continue;
      }
      if (run.size() >= MIN_RUN && !isListInText(units, run, i)) {
        for (int k : run) {
          units.get(k).remove(reason);
        }
      }
      run.clear();
    }
  }

  private static final int MIN_LIST_LEAD_IN_WORDS = 5;

  /**
   * A run of short lines that belongs to the text: a list the line above introduces with a colon
   * ("The mayors listed three demands:"), or an unbroken list with article text right above and
   * right below it.
   */
  private static boolean isListInText(List<Unit> units, List<Integer> run, int after) {
    int first = run.get(0);
    int last = run.get(run.size() - 1);
    Unit before = first > 0 ? units.get(first - 1) : null;
    if (before == null || !before.isKept()) {
      return false;
    }
    if (before.text.endsWith(":") && TextShape.wordCount(before.text) >= MIN_LIST_LEAD_IN_WORDS) {
      return true;
    }
    Unit next = after < units.size() ? units.get(after) : null;
    return last - first + 1 == run.size()
        && after == last + 1
        && next != null
        && isArticleText(before)
        && isArticleText(next);
  }

  private static boolean isLinkBar(String text) {
    boolean hasSeparator = text.contains("::");
    for (int i = 0; i < text.length() && !hasSeparator; i++) {
      hasSeparator = "|•·»›".indexOf(text.charAt(i)) >= 0;
    }
    if (!hasSeparator) {
      return false;
    }
    String[] segments = LINK_SEPARATOR.split(text.strip());
    int filled = 0;
    int words = 0;
    int longest = 0;
    for (String segment : segments) {
      int w = TextShape.wordCount(segment);
      if (w > 0) {
        filled++;
        words += w;
        longest = Math.max(longest, w);
      }
    }
    return filled >= 3 && segments.length >= 3 && words <= 4.5 * filled && longest <= 8;
  }

  /**
   * A line of up to four words that is not a sentence; "More..." counts, the dots being a link's,
   * not a stop's.
   */
  private static boolean isMenuItem(Unit unit) {
    return unit.words() <= MAX_MENU_ITEM_WORDS
        && (!TextShape.endsLikeSentence(unit.text) || TextShape.looksTruncated(unit.text));
  }

  /** A stretch this long between stops, nearly all capitalised, is a list of names. */
  private static final int MIN_NAME_LIST_WORDS = 25;

  private static final Pattern STOP = Pattern.compile("[.!?;:\"“”]");

  private static final Set<String> NAME_JOINERS = Set.of("and", "of", "the", "your", "a", "&");

  /**
   * A line holding a long run of capitalised names between two stops: a country picker ("Choose
   * your country United States of America Afghanistan Albania ..."), a tag cloud. No sentence runs
   * 25 words without a stop with nine in ten of them capitalised, nor does a headline.
   */
  private static boolean isNameList(Unit unit) {
    if (unit.words() < MIN_NAME_LIST_WORDS) {
      return false;
    }
    for (String stretch : STOP.split(unit.text)) {
      String[] words = stretch.strip().split("[\\s,]+");
      if (words.length < MIN_NAME_LIST_WORDS) {
        continue;
      }
      long lower =
          java.util.Arrays.stream(words)
              .filter(w -> !w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)))
              .filter(w -> !NAME_JOINERS.contains(w))
              .count();
      if (lower * 10 < words.length) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHeadlineItem(Unit unit) {
    String text = unit.text;
    int words = unit.words();
    return words > MAX_MENU_ITEM_WORDS
        && (words <= MAX_HEADLINE_WORDS && !TextShape.endsLikeSentence(text)
            || words <= 40 && TextShape.looksTruncated(text));
  }

  /** The first line of article text that has more article text within the next three lines. */
  private static int articleStart(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      if (unit.title || !unit.isKept() || !isArticleText(unit)) {
        continue;
      }
      for (int j = i + 1; j < units.size() && j <= i + 3; j++) {
        if (units.get(j).isKept() && isArticleText(units.get(j))) {
          return i;
        }
      }
    }
    return units.size();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Duplicates.

  /**
   * Function words left out when comparing two paragraphs, so that shared grammar does not pass for
   * shared content.
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
          "with", "from", "as", "into", "about", "over", "after", "before", "than", "then", "that",
          "this", "these", "those", "is", "are", "was", "were", "be", "been", "being", "has",
          "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may",
          "might", "must", "it", "its", "he", "she", "they", "them", "his", "her", "their", "we",
          "our", "you", "your", "i", "not", "no", "so", "also", "said", "says", "which", "who",
          "what", "when", "where", "while", "there", "here", "up", "out", "more", "most", "other",
          "such", "only", "just", "very", "all", "some", "any", "each", "many", "much");

  private static final int MIN_EXACT_DUPLICATE_WORDS = 4;
  private static final int MIN_CONTENT_WORDS = 8;
  private static final double MIN_CONTAINMENT = 0.7;
  private static final double MIN_JACCARD = 0.5;

  private static void markDuplicates(List<Unit> units) {
    Map<String, Integer> seen = new HashMap<>();
    // Content word -> indexes of the kept long lines holding it, so each line is compared only with
    // lines it shares
    // words with.
    Map<String, List<Integer>> linesByWord = new HashMap<>();
    Map<Integer, Set<String>> contentWords = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      if (!unit.isKept()) {
        continue;
      }
      String key = TextShape.normalisedKey(unit.text);
      if (key.isEmpty()) {
        continue;
      }
      Integer earlier = seen.get(key);
      if (earlier != null && unit.words() >= MIN_EXACT_DUPLICATE_WORDS) {
        removeWorseOf(units.get(earlier), unit);
        if (!unit.isKept()) {
          continue;
        }
        seen.put(key, i);
      }
      seen.putIfAbsent(key, i);
      Set<String> content = TextShape.wordSet(unit.text);
      content.removeAll(FUNCTION_WORDS);
      if (content.size() < MIN_CONTENT_WORDS) {
        continue;
      }
      Map<Integer, Integer> sharedWords = new HashMap<>();
      for (String word : content) {
        for (int other : linesByWord.getOrDefault(word, List.of())) {
          sharedWords.merge(other, 1, Integer::sum);
        }
      }
      for (Map.Entry<Integer, Integer> entry : sharedWords.entrySet()) {
        Unit other = units.get(entry.getKey());
        if (other.isKept()
            && unit.isKept()
            && nearlySame(contentWords.get(entry.getKey()), content, entry.getValue())) {
          removeWorseOf(other, unit);
        }
      }
      if (unit.isKept()) {
        contentWords.put(i, content);
        for (String word : content) {
          linesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
        }
      }
    }
  }

  private static boolean nearlySame(Set<String> a, Set<String> b, int shared) {
    double containment = (double) shared / Math.min(a.size(), b.size());
    double jaccard = (double) shared / (a.size() + b.size() - shared);
    return containment >= MIN_CONTAINMENT && jaccard >= MIN_JACCARD;
  }

  /**
   * Keeps the first of two duplicates unless it is the damaged or cut-off copy and the later one is
   * whole.
   */
  private static void removeWorseOf(Unit earlier, Unit later) {
    boolean earlierWorse =
        !earlier.title
            && (earlier.cut && !later.cut
                || TextShape.looksTruncated(earlier.text) && !TextShape.looksTruncated(later.text));
    (earlierWorse ? earlier : later).remove(NEAR_DUPLICATE);
  }
}
