package org.newsevents.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newsevents.clean.Article;
import org.newsevents.clean.ArticleCleaner;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.EventDate;
import org.newsevents.events.EventDateResolver;
import org.newsevents.events.StoryDay;
import org.newsevents.ingest.InputFormat;
import org.newsevents.ingest.RawItem;
import org.newsevents.job.ReferenceData;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;

/**
 * The date stage alone, on every gold event of the real-news set that has a day-precise date,
 * whether or not the coder coded it: each such event's sentence is dated as the nightly job dates a
 * mention of it, and the day compared with the gold day.
 *
 * <p>Each gold article goes through what the job does before coding, in plain Java and without
 * Spark: the whole article from the Wikinews corpus (its body, one paragraph a line, without the
 * dateline), with its gold date and its headline as a feed gives them (without a headline, cleaning
 * takes a short first sentence, often the lead, for the headline), is cleaned ({@link
 * ArticleCleaner}) and annotated with the job's triage ({@link ReferenceData#triage()}); the
 * article's {@link StoryDay} (the day its lead names, its quotes) is read from that annotation, as
 * {@code EventCoder} reads it. A gold sentence the triage did not parse is annotated again with
 * every annotator (its paragraph alone, numbered as in the article), as the job would have
 * annotated it had it found an event there. Then {@link EventDateResolver#resolve(Sentence, int,
 * StoryDay)} dates it at the event's action, found by {@link GoldEventVerb}: the verb of the
 * sentence whose CAMEO dictionary entry codes the gold event's root (the clause of the gold event's
 * verb), else the sentence's main verb (its main clause).
 *
 * <p>A date is right when it is day-precise and the gold day. A gold sentence that cleaning dropped
 * (as a headline or furniture) is dated by nothing and counts as wrong.
 */
public final class DateQuality {
  /** Where the action's token was found. */
  public enum Anchor {
    /** The verb whose dictionary entry codes the gold event's CAMEO root. */
    EVENT_VERB,
    /** No such verb: the sentence's main verb. */
    MAIN_CLAUSE,
    /** The sentence is not in the job's text, or has no parse: nothing dates it. */
    NONE
  }

  /**
   * One day-precise gold event and the date the date stage gives it.
   *
   * @param dated the date the stage gives, or null when none
   */
  public record Judged(
      String sentenceId,
      String text,
      LocalDate articleDate,
      LocalDate goldDate,
      EventDate dated,
      Anchor anchor,
      String actionWord,
      LocalDate storyDay,
      String timeExpressions) {
    public boolean right() {
      return dated != null
          && dated.isKnown()
          && dated.precision() == EventDate.Precision.DAY
          && dated.date().equals(goldDate);
    }
  }

  /** The judged events of one half. */
  public record Result(RealNewsGold.Split split, List<Judged> events) {
    public long right() {
      return events.stream().filter(Judged::right).count();
    }

    public double share() {
      return events.isEmpty() ? 0 : (double) right() / events.size();
    }

    /** How many events each anchor dated, and how many of them right. */
    Map<Anchor, long[]> byAnchor() {
      Map<Anchor, long[]> counts = new TreeMap<>();
      for (Judged event : events) {
        long[] count = counts.computeIfAbsent(event.anchor(), anchor -> new long[2]);
        count[0]++;
        if (event.right()) {
          count[1]++;
        }
      }
      return counts;
    }

    /**
     * A wrong date's source, and for one the article's date gave whether the lead named a day: the
     * two call for different fixes (reading the lead's day; when a later sentence retells it).
     */
    private static String sourceAndLead(Judged event) {
      String source = event.dated().source();
      if (!"article".equals(source)) {
        return source;
      }
      return event.storyDay() == null ? "article, lead names no day" : "article, lead names a day";
    }

    /**
     * How many wrong dates came from each source (sentence, article-lead, article (whether the lead
     * named a day), none).
     */
    Map<String, Long> wrongBySource() {
      return events.stream()
          .filter(event -> !event.right())
          .collect(
              Collectors.groupingBy(
                  event -> event.dated() == null ? "none" : sourceAndLead(event),
                  TreeMap::new,
                  Collectors.counting()));
    }
  }

  /** The gold articles whole, by url: the job reads an article whole, not its gold sentences. */
  private final Map<String, DedupGold.Article> wholeArticles;

  /**
   * Dates the gold events in their whole articles, read from the Wikinews corpus of {@code shared}
   * (../shared): the gold holds an article's first eight sentences, and a day the job would read
   * from the rest of the article (the lead's "on Monday" retold with its date further down) must be
   * there to read.
   */
  public DateQuality(Path shared) {
    this.wholeArticles = DedupGold.articles(shared);
  }

  private final ArticleCleaner cleaner = ArticleCleaner.withBundledReferenceData();
  private final SentenceTriage triage = ReferenceData.bundled().triage();
  private final CameoDictionary cameo = ReferenceData.bundled().cameo();

  /** Dates every day-precise gold event of the half {@code split} under {@code projectRoot}. */
  public Result run(Path projectRoot, RealNewsGold.Split split) {
    List<Judged> judged = new ArrayList<>();
    RealNewsGold.Half half = RealNewsGold.read(projectRoot, split);
    for (Map.Entry<String, List<RealNewsGold.Sentence>> article : half.articles().entrySet()) {
      List<RealNewsGold.Sentence> sentences = article.getValue();
      boolean anyDayPrecise =
          sentences.stream().flatMap(s -> s.events().stream()).anyMatch(DateQuality::dayPrecise);
      if (anyDayPrecise) {
        judged.addAll(judgeArticle(article.getKey(), sentences));
      }
    }
    return new Result(split, judged);
  }

  static boolean dayPrecise(RealNewsGold.GoldEvent event) {
    return "day".equals(event.datePrecision()) && !event.date().isEmpty();
  }

  private List<Judged> judgeArticle(String articleId, List<RealNewsGold.Sentence> gold) {
    LocalDate published = gold.get(0).articleDate();
    DedupGold.Article whole = wholeArticles.get(gold.get(0).url());
    if (whole == null) {
      throw new IllegalArgumentException(
          "The gold article "
              + articleId
              + " ("
              + gold.get(0).url()
              + ") is in none of "
              + DedupGold.ARTICLE_FILES
              + ", so its whole text cannot be dated");
    }
    String text = String.join("\n\n", whole.bodyParagraphs());
    Article cleaned =
        cleaner
            .clean(
                new RawItem(
                    articleId,
                    "gold:" + articleId,
                    InputFormat.JSONL,
                    text,
                    "UTF-8",
                    ArticleCleaner.fingerprint(text),
                    articleId,
                    null,
                    // The feed's headline, as a news feed gives it: without it, cleaning would
                    // take a short first sentence (often the lead) for the headline.
                    gold.get(0).title().isEmpty() ? null : gold.get(0).title(),
                    published == null ? null : published.toString(),
                    null))
            .article();
    List<Judged> out = new ArrayList<>();
    if (cleaned == null) {
      for (RealNewsGold.Sentence sentence : gold) {
        for (RealNewsGold.GoldEvent event : sentence.events()) {
          if (dayPrecise(event)) {
            out.add(undated(sentence, event, null));
          }
        }
      }
      return out;
    }
    LocalDate articleDate = cleaned.publishedDate();
    List<String> paragraphs = List.of(cleaned.text().split("\n\n", -1));
    List<Integer> english = new ArrayList<>();
    for (int i = 0; i < paragraphs.size() && i < cleaned.paragraphLanguages().size(); i++) {
      if ("en".equals(cleaned.paragraphLanguages().get(i))) {
        english.add(i);
      }
    }
    NlpPipeline nlp = NlpPipeline.get();
    AnnotatedArticle annotated = nlp.annotate(articleId, paragraphs, english, articleDate, triage);
    StoryDay story = StoryDay.of(annotated, articleDate);
    for (RealNewsGold.Sentence sentence : gold) {
      List<RealNewsGold.GoldEvent> events =
          sentence.events().stream().filter(DateQuality::dayPrecise).toList();
      if (events.isEmpty()) {
        continue;
      }
      int paragraph = paragraphOf(paragraphs, sentence.text());
      List<Sentence> inParagraph =
          annotated.sentences().stream().filter(s -> s.paragraphNo() == paragraph).toList();
      if (paragraph < 0 || inParagraph.isEmpty()) {
        events.forEach(event -> out.add(undated(sentence, event, story.day())));
        continue;
      }
      // The gold sentence's own sentences of the job, when its paragraph holds others too.
      List<Sentence> parsed =
          parsed(articleId, paragraphs, paragraph, articleDate, inParagraph).stream()
              .filter(s -> RealNewsGold.sentenceOf(gold, s.text()).orElse("").equals(sentence.id()))
              .toList();
      for (RealNewsGold.GoldEvent event : events) {
        GoldEventVerb.Action action = GoldEventVerb.find(parsed, event, cameo);
        if (action.anchor() == Anchor.NONE) {
          out.add(undated(sentence, event, story.day()));
          continue;
        }
        Sentence at = action.sentence();
        out.add(
            new Judged(
                sentence.id(),
                sentence.text(),
                articleDate,
                LocalDate.parse(event.date()),
                EventDateResolver.resolve(at, action.token(), story),
                action.anchor(),
                at.tokens().get(action.token()).word(),
                story.day(),
                at.timexes().stream()
                    .map(t -> t.text() + "=" + t.value())
                    .collect(Collectors.joining("; "))));
      }
    }
    return out;
  }

  /**
   * The paragraph of the cleaned text that holds a gold sentence: the one equal to it, else the one
   * that shares the most of its words (cleaning normalises spaces and punctuation), at least half;
   * -1 when cleaning dropped it.
   */
  static int paragraphOf(List<String> paragraphs, String sentence) {
    int exact = paragraphs.indexOf(sentence.strip());
    if (exact >= 0) {
      return exact;
    }
    List<String> words = words(sentence);
    int best = -1;
    double bestShare = 0.5;
    for (int i = 0; i < paragraphs.size(); i++) {
      java.util.Set<String> paragraphWords = java.util.Set.copyOf(words(paragraphs.get(i)));
      double share =
          words.isEmpty()
              ? 0
              : (double) words.stream().filter(paragraphWords::contains).count() / words.size();
      if (share >= bestShare) {
        best = i;
        bestShare = share;
      }
    }
    return best;
  }

  private static List<String> words(String text) {
    return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty())
        .toList();
  }

  /**
   * The paragraph's sentences as the job would have annotated them had it coded one: those the
   * triage parsed as they are, the others annotated with every annotator and numbered as in the
   * article.
   */
  private static List<Sentence> parsed(
      String articleId,
      List<String> paragraphs,
      int paragraph,
      LocalDate articleDate,
      List<Sentence> inParagraph) {
    if (inParagraph.stream().allMatch(Sentence::deep)) {
      return inParagraph;
    }
    List<Sentence> again =
        NlpPipeline.get()
            .annotate(
                articleId,
                paragraphs,
                List.of(paragraph),
                articleDate,
                SentenceTriage.everySentence())
            .sentences();
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < inParagraph.size(); i++) {
      Sentence job = inParagraph.get(i);
      if (job.deep() || i >= again.size()) {
        out.add(job);
        continue;
      }
      Sentence deep = again.get(i);
      out.add(
          new Sentence(
              job.sentenceNo(),
              job.paragraphNo(),
              deep.text(),
              deep.charStart(),
              deep.charEnd(),
              deep.tokens(),
              deep.deep(),
              deep.named(),
              deep.entities(),
              deep.timexes(),
              deep.dependencies()));
    }
    return out;
  }

  private static Judged undated(
      RealNewsGold.Sentence sentence, RealNewsGold.GoldEvent event, LocalDate storyDay) {
    return new Judged(
        sentence.id(),
        sentence.text(),
        sentence.articleDate(),
        LocalDate.parse(event.date()),
        null,
        Anchor.NONE,
        "",
        storyDay,
        "");
  }

  /** The figure QUALITY.md reports for a half. */
  public static String line(Result result) {
    return String.format(
        Locale.ROOT,
        "day-precise gold dates right in %d of %d (%.2f)",
        result.right(),
        result.events().size(),
        result.share());
  }

  /** The section of QUALITY.md (inside the events section) on the date stage. */
  public static String section(List<Result> results, LocalDate measuredOn, String command) {
    StringBuilder md = new StringBuilder();
    md.append("### Event dates\n\n");
    md.append(
        "The date stage alone, on every gold event of the real-news halves whose date is"
            + " day-precise (any status), whether or not the coder coded it"
            + " (`org.newsevents.bench.DateQuality`, no Spark): each gold article, whole (its"
            + " headline, its body from the Wikinews corpus in ../shared, not only the gold"
            + " sentences, its article_date), is cleaned and"
            + " annotated as the job does, with the job's triage (a gold sentence the triage left"
            + " unparsed is parsed on its own, as it would be had it held a coded verb), its lead's"
            + " day is read from it (`StoryDay`), and each such sentence is dated by"
            + " `EventDateResolver` as a mention of it is: at the verb whose CAMEO dictionary entry"
            + " codes the gold event's root (the event's own clause; among several, the one whose"
            + " subject is the gold source or a pronoun, then the exact code, then the one nearest"
            + " the root; an intent, 03x, at the verb that said it, as the coder dates intents), else"
            + " at the sentence's main verb (its main clause). A date is right when it is the gold"
            + " day, day-precise. The dates of the events the job coded are judged above (the"
            + " same-root figure of each half).\n\n");
    for (Result result : results) {
      md.append("- ").append(result.split().goldSetName()).append(": ").append(line(result));
      md.append(
          String.format(
              Locale.ROOT,
              "; right %s dated at the event's verb, %s at the main clause, %s with no"
                  + " sentence to date (cleaning dropped it).\n",
              anchorCount(result, Anchor.EVENT_VERB),
              anchorCount(result, Anchor.MAIN_CLAUSE),
              anchorCount(result, Anchor.NONE)));
    }
    md.append('\n')
        .append("Measured on ")
        .append(measuredOn)
        .append(" with `")
        .append(command)
        .append("`.\n");
    return md.toString();
  }

  private static String anchorCount(Result result, Anchor anchor) {
    long[] count = result.byAnchor().getOrDefault(anchor, new long[2]);
    return count[1] + " of " + count[0];
  }

  /**
   * Prints the figures of each half; the dev half's wrong dates one by one (it is for development),
   * the test half's only in aggregate (reading them would tune on it).
   */
  public static void print(Result result, PrintStream out) {
    out.println(result.split().goldSetName() + ": " + line(result));
    out.println("  wrong dates by where they came from: " + result.wrongBySource());
    if (result.split() != RealNewsGold.Split.DEV) {
      out.println(
          "  (the held-out half's wrong dates are not shown: reading them would tune on it)");
      return;
    }
    for (Judged event : result.events()) {
      if (event.right()) {
        continue;
      }
      EventDate dated = event.dated();
      out.printf(
          Locale.ROOT,
          "  %s article %s story %s gold %s got %s (%s, %s, \"%s\") at %s \"%s\" [%s]%n    %s%n",
          event.sentenceId(),
          event.articleDate(),
          event.storyDay(),
          event.goldDate(),
          dated == null ? "-" : dated.date(),
          dated == null ? "-" : dated.precisionCode(),
          dated == null ? "-" : dated.source(),
          dated == null ? "" : dated.expression(),
          event.anchor(),
          event.actionWord(),
          event.timeExpressions(),
          event.text());
    }
  }

  /** Both real-news halves. */
  public List<Result> run(Path projectRoot) {
    return List.of(
        run(projectRoot, RealNewsGold.Split.DEV), run(projectRoot, RealNewsGold.Split.TEST));
  }

  /**
   * Prints the figures: {@code DateQuality [PROJECT_ROOT [SHARED]]} (default: the working
   * directory, and ../shared beside it).
   *
   * <pre>
   * java -cp ... org.newsevents.bench.DateQuality . ../shared
   * </pre>
   */
  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : "").toAbsolutePath();
    Path shared = args.length > 1 ? Path.of(args[1]) : root.resolveSibling("shared");
    for (Result result : new DateQuality(shared).run(root)) {
      print(result, System.out);
    }
  }
}
