package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP, loaded once per JVM (so once per Spark executor) and only when first used.
 * Tokenize, ssplit, pos and lemma run on every English paragraph; a {@link SentenceTriage} then
 * picks the sentences that also get NER and the dependency parser, and of those the ones that also
 * get SUTime, on the same tokens, so nothing is annotated twice.
 */
public final class NlpPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);
  private static volatile NlpPipeline instance;

  private static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final StanfordCoreNLP shallow;
  private final StanfordCoreNLP ner;
  private final TimeAnnotator sutime;
  private final DependencyParser parser;

  /**
   * Tokens on each side of a time word that SUTime reads. Its rules cost time in proportion to the
   * tokens they scan, and a date sits next to its time word ("on Thursday, Feb. 24", "in the second
   * week of February"); six tokens lose 3% of the dates SUTime finds in whole sentences, nearly all
   * of them fiscal quarters and vague references ("the near future") that date no event, at half
   * its cost (measured on 600 articles of the bench corpus).
   */
  private static final int TIME_WINDOW = 6;

  private NlpPipeline() {
    Properties shallowProps = new Properties();
    shallowProps.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    shallowProps.setProperty("tokenize.language", "en");
    shallowProps.setProperty("tokenize.options", "untokenizable=noneDelete");
    shallow = new StanfordCoreNLP(shallowProps);

    ner = nerPipeline();
    sutime = new TimeAnnotator("sutime", new Properties());
    parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
  }

  /**
   * NER with one CRF model (PERSON, ORGANIZATION, LOCATION: all the resolver reads) instead of
   * CoreNLP's three, and no fine-grained regexner layer: the actor dictionary types countries,
   * nationalities and cities better for this domain, at a quarter of the cost. Nor the numeric
   * classifiers, which run SUTime over the whole sentence; {@link #timeExpressions} runs it only
   * around time words.
   */
  private static StanfordCoreNLP nerPipeline() {
    Properties props = new Properties();
    props.setProperty("annotators", "ner");
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    return new StanfordCoreNLP(props, false);
  }

  /** The JVM's pipeline; the first call loads the models (a few seconds, about 700 MB of heap). */
  public static NlpPipeline get() {
    if (instance == null) {
      synchronized (NlpPipeline.class) {
        if (instance == null) {
          long start = System.nanoTime();
          instance = new NlpPipeline();
          // One line per JVM: on a cluster, each executor's log shows that it loaded the models.
          LOG.info(
              String.format(
                  Locale.ROOT,
                  "CoreNLP pipeline loaded in %.1f s in JVM %s (pid@host), Java %s, max heap %d MB",
                  (System.nanoTime() - start) / 1e9,
                  ManagementFactory.getRuntimeMXBean().getName(),
                  System.getProperty("java.version"),
                  Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        }
      }
    }
    return instance;
  }

  /**
   * Annotates the given paragraphs of an article.
   *
   * @param paragraphs the article's paragraphs, in order, as they stand in its text (joined by
   *     blank lines)
   * @param englishParagraphs which of them to annotate (the others are skipped, not coded)
   * @param articleDate the reference date for relative time expressions, or null when unknown
   * @param triage which sentences get entities, times and dependencies
   */
  public AnnotatedArticle annotate(
      String articleId,
      List<String> paragraphs,
      List<Integer> englishParagraphs,
      LocalDate articleDate,
      SentenceTriage triage) {
    List<Sentence> sentences = new ArrayList<>();
    Map<CoreNlpStep, Long> stepNanos = new EnumMap<>(CoreNlpStep.class);
    int offset = 0;
    SentenceTriage.ArticleTriage articleTriage = triage.forArticle();
    StoryDaySentence storyDay = null;
    for (int p = 0; p < paragraphs.size(); p++) {
      String paragraph = paragraphs.get(p);
      if (englishParagraphs.contains(p)) {
        StoryDaySentence found =
            annotateParagraph(
                paragraph, p, offset, articleDate, articleTriage, sentences, stepNanos);
        if (found != null) {
          storyDay = found;
        }
      }
      offset += paragraph.length() + 2;
    }
    if (storyDay != null
        && !sentences.get(storyDay.no()).deep()
        && sentences.stream().anyMatch(Sentence::deep)) {
      parseForTheStoryDay(storyDay, articleDate, sentences, stepNanos);
    }
    return new AnnotatedArticle(articleId, sentences, stepNanos);
  }

  /**
   * The lead's sentence that may name the story's day, left unparsed by the triage: parsed at the
   * end of its article only if the article has a parsed sentence, an event the day can date.
   */
  private record StoryDaySentence(
      Annotation document,
      String paragraph,
      int paragraphNo,
      int offset,
      CoreMap sentence,
      int no) {}

  private void parseForTheStoryDay(
      StoryDaySentence lead,
      LocalDate articleDate,
      List<Sentence> out,
      Map<CoreNlpStep, Long> stepNanos) {
    long start = System.nanoTime();
    if (!isNamed(lead.sentence())) {
      annotateEntities(lead.document(), lead.paragraph(), List.of(lead.sentence()));
    }
    addNanos(stepNanos, CoreNlpStep.ENTITIES, start);
    long parseStart = System.nanoTime();
    parse(List.of(lead.sentence()));
    addNanos(stepNanos, CoreNlpStep.PARSE, parseStart);
    long timesStart = System.nanoTime();
    List<Timex> times = timeExpressions(lead.sentence(), lead.paragraph(), articleDate);
    addNanos(stepNanos, CoreNlpStep.TIMES, timesStart);
    out.set(
        lead.no(),
        toSentence(
            lead.sentence(),
            lead.no(),
            lead.paragraphNo(),
            lead.offset(),
            SentenceTriage.Depth.DEEP_WITH_TIME,
            times));
  }

  private static void addNanos(Map<CoreNlpStep, Long> stepNanos, CoreNlpStep step, long since) {
    stepNanos.merge(step, System.nanoTime() - since, Long::sum);
  }

  /**
   * Annotates one paragraph into {@code out}; returns its sentence that may name the story's day
   * and was left unparsed (see {@link SentenceTriage.ArticleTriage#mayNameTheStoryDay}), or null.
   */
  private StoryDaySentence annotateParagraph(
      String paragraph,
      int paragraphNo,
      int offset,
      LocalDate articleDate,
      SentenceTriage.ArticleTriage triage,
      List<Sentence> out,
      Map<CoreNlpStep, Long> stepNanos) {
    StoryDaySentence storyDay = null;
    long start = System.nanoTime();
    Annotation document = new Annotation(paragraph);
    shallow.annotate(document);
    addNanos(stepNanos, CoreNlpStep.TOKENIZE_TAG, start);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap sentence : sentences) {
      TaggerRepairs.repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    List<SentenceTriage.Depth> depths = new ArrayList<>(sentences.size());
    List<CoreMap> named = new ArrayList<>();
    List<CoreMap> deep = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      Sentence tokens =
          toSentence(sentence, 0, paragraphNo, offset, SentenceTriage.Depth.SHALLOW, List.of());
      SentenceTriage.Depth depth = triage.depth(tokens);
      if (triage.mayNameTheStoryDay(tokens) && !depth.parsed()) {
        storyDay =
            new StoryDaySentence(
                document, paragraph, paragraphNo, offset, sentence, out.size() + depths.size());
      }
      depths.add(depth);
      if (depth != SentenceTriage.Depth.SHALLOW) {
        named.add(sentence);
      }
      if (depth.parsed()) {
        deep.add(sentence);
      }
    }
    if (!named.isEmpty()) {
      long entitiesStart = System.nanoTime();
      annotateEntities(document, paragraph, named);
      List<CoreMap> late = deepenedByNamesOfTheParagraph(sentences, depths, paragraphNo, triage);
      named.addAll(late.stream().filter(sentence -> !named.contains(sentence)).toList());
      deep.addAll(late);
      List<CoreMap> unnamed = late.stream().filter(sentence -> !isNamed(sentence)).toList();
      if (!unnamed.isEmpty()) {
        annotateEntities(document, paragraph, unnamed);
      }
      addNanos(stepNanos, CoreNlpStep.ENTITIES, entitiesStart);
    }
    if (!deep.isEmpty()) {
      long parseStart = System.nanoTime();
      parse(deep);
      addNanos(stepNanos, CoreNlpStep.PARSE, parseStart);
    }
    for (int i = 0; i < sentences.size(); i++) {
      SentenceTriage.Depth depth = depths.get(i);
      List<Timex> times = List.of();
      if (depth == SentenceTriage.Depth.DEEP_WITH_TIME) {
        long timesStart = System.nanoTime();
        times = timeExpressions(sentences.get(i), paragraph, articleDate);
        addNanos(stepNanos, CoreNlpStep.TIMES, timesStart);
      }
      out.add(toSentence(sentences.get(i), out.size(), paragraphNo, offset, depth, times));
      triage.remember(out.get(out.size() - 1));
    }
    return storyDay;
  }

  /**
   * The sentences the triage left unparsed that it parses now NER has read their paragraph: one
   * that names by surname alone a person an earlier sentence of the same paragraph names in full
   * ("Bruce McArthur, from Toronto, admitted his guilt. McArthur pleaded guilty to each crime.").
   * Their depths are updated in place.
   */
  private static List<CoreMap> deepenedByNamesOfTheParagraph(
      List<CoreMap> sentences,
      List<SentenceTriage.Depth> depths,
      int paragraphNo,
      SentenceTriage.ArticleTriage triage) {
    List<CoreMap> deepened = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      SentenceTriage.Depth depth = depths.get(i);
      Sentence tokens = toSentence(sentences.get(i), 0, paragraphNo, 0, depth, List.of());
      if (i > 0 && !depth.parsed()) {
        SentenceTriage.Depth again = triage.againAfterEarlierNames(tokens, depth);
        if (again != depth) {
          depths.set(i, again);
          deepened.add(sentences.get(i));
        }
      }
      if (depth != SentenceTriage.Depth.SHALLOW) {
        triage.remember(tokens);
      }
    }
    return deepened;
  }

  /** Whether NER has run on the sentence (its tokens carry NER labels). */
  private static boolean isNamed(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    return !tokens.isEmpty() && tokens.get(0).ner() != null;
  }

  /**
   * The selected sentences keep their document-level token indexes, so the sub-document carries all
   * tokens.
   */
  private void annotateEntities(Annotation document, String paragraph, List<CoreMap> selected) {
    Annotation subset = new Annotation(paragraph);
    subset.set(
        CoreAnnotations.TokensAnnotation.class,
        document.get(CoreAnnotations.TokensAnnotation.class));
    subset.set(CoreAnnotations.SentencesAnnotation.class, selected);
    ner.annotate(subset);
  }

  /**
   * SUTime's time expressions in the windows of {@link #TIME_WINDOW} tokens around the sentence's
   * time words (overlapping windows merged), normalised against the article's date, with token
   * indexes in the sentence. Their tokens get the expression's type as NER label, as CoreNLP's
   * numeric classifiers would give them, so that "February 10" is not read as ten of something.
   */
  private List<Timex> timeExpressions(CoreMap sentence, String paragraph, LocalDate articleDate) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Timex> found = new ArrayList<>();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (!SentenceTriage.isTimeWord(tokens.get(i).word())) {
        i++;
        continue;
      }
      int from = Math.max(0, i - TIME_WINDOW);
      int to = Math.min(n, i + TIME_WINDOW + 1);
      for (int j = i + 1; j < to; j++) {
        if (SentenceTriage.isTimeWord(tokens.get(j).word())) {
          to = Math.min(n, j + TIME_WINDOW + 1);
        }
      }
      timeExpressionsIn(tokens, from, to, paragraph, articleDate, found);
      i = to;
    }
    return found;
  }

  private void timeExpressionsIn(
      List<CoreLabel> tokens,
      int from,
      int to,
      String paragraph,
      LocalDate articleDate,
      List<Timex> found) {
    List<CoreLabel> window = tokens.subList(from, to);
    int begin = window.get(0).beginPosition();
    int end = window.get(window.size() - 1).endPosition();
    CoreMap piece = new ArrayCoreMap();
    piece.set(CoreAnnotations.TextAnnotation.class, paragraph.substring(begin, end));
    piece.set(CoreAnnotations.TokensAnnotation.class, window);
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, window.size());
    Annotation document = new Annotation(paragraph);
    document.set(CoreAnnotations.TokensAnnotation.class, window);
    document.set(CoreAnnotations.SentencesAnnotation.class, List.of(piece));
    if (articleDate != null) {
      document.set(CoreAnnotations.DocDateAnnotation.class, articleDate.toString());
    }
    try {
      sutime.annotate(document);
    } catch (RuntimeException e) {
      // SUTime's rule engine fails on a few odd token runs; the sentence then has no dates, which
      // the event dating already allows for.
      LOG.debug("SUTime failed on \"{}\": {}", piece.get(CoreAnnotations.TextAnnotation.class), e);
      return;
    }
    List<CoreMap> expressions = document.get(TimeAnnotations.TimexAnnotations.class);
    for (CoreMap expression : expressions == null ? List.<CoreMap>of() : expressions) {
      edu.stanford.nlp.time.Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
      int charBegin = expression.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int charEnd = expression.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int start = -1;
      int stop = -1;
      for (int t = from; t < to; t++) {
        CoreLabel token = tokens.get(t);
        if (token.beginPosition() >= charBegin && token.endPosition() <= charEnd) {
          start = start < 0 ? t : start;
          stop = t + 1;
        }
      }
      if (timex == null || start < 0) {
        continue;
      }
      for (int t = start; t < stop; t++) {
        if ("O".equals(tokens.get(t).ner()) || tokens.get(t).ner() == null) {
          tokens.get(t).setNER(timex.timexType());
        }
      }
      found.add(
          new Timex(
              timex.timexType(),
              timex.value(),
              paragraph.substring(charBegin, charEnd),
              start,
              stop));
    }
  }

  /**
   * Basic dependencies from the same neural parser that CoreNLP's depparse annotator runs. The
   * annotator also derives four other graphs (collapsed, CC-processed, enhanced, enhanced++) that
   * nothing here reads, a fifth of its time; the basic graph is the same (checked on 976 news
   * sentences).
   */
  private void parse(List<CoreMap> selected) {
    for (CoreMap sentence : selected) {
      GrammaticalStructure structure = parser.predict(sentence);
      sentence.set(
          SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(
              structure, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
    }
  }

  /**
   * @param times the sentence's time expressions, which become entity mentions of their type and,
   *     when SUTime could normalise them, its timexes
   */
  private static Sentence toSentence(
      CoreMap sentence,
      int sentenceNo,
      int paragraphNo,
      int offset,
      SentenceTriage.Depth depth,
      List<Timex> times) {
    boolean named = depth != SentenceTriage.Depth.SHALLOW;
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      tokens.add(
          new Token(
              i,
              label.word(),
              label.lemma(),
              label.tag(),
              named ? label.ner() : null,
              offset + label.beginPosition(),
              offset + label.endPosition()));
    }
    List<EntityMention> entities = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<Dependency> dependencies = new ArrayList<>();
    if (named) {
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      for (CoreMap mention : mentions == null ? List.<CoreMap>of() : mentions) {
        int start = mention.get(CoreAnnotations.TokenBeginAnnotation.class) - firstToken;
        int end = mention.get(CoreAnnotations.TokenEndAnnotation.class) - firstToken;
        if (onlyPronouns(tokens, start, end)) {
          // CoreNLP's entity mentions include "he" and "her" as PERSON; they are not names, and
          // counting them
          // made up most of the PERSON false positives on Wikigold (486 of them).
          continue;
        }
        String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        String text = mention.get(CoreAnnotations.TextAnnotation.class);
        entities.add(
            new EntityMention(
                type,
                text,
                start,
                end,
                offset + mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                offset + mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
      }
      for (Timex time : times) {
        entities.add(
            new EntityMention(
                time.type(),
                time.text(),
                time.tokenStart(),
                time.tokenEnd(),
                tokens.get(time.tokenStart()).charStart(),
                tokens.get(time.tokenEnd() - 1).charEnd()));
        if (time.value() != null) {
          timexes.add(time);
        }
      }
      SemanticGraph graph =
          sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (graph != null) {
        graph
            .getRoots()
            .forEach(root -> dependencies.add(new Dependency(-1, root.index() - 1, "root")));
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
          dependencies.add(
              new Dependency(
                  edge.getGovernor().index() - 1,
                  edge.getDependent().index() - 1,
                  edge.getRelation().toString()));
        }
      }
    }
    return new Sentence(
        sentenceNo,
        paragraphNo,
        sentence.get(CoreAnnotations.TextAnnotation.class),
        offset + sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        offset + sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
        tokens,
        depth.parsed(),
        named,
        entities,
        timexes,
        dependencies);
  }

  private static boolean onlyPronouns(List<Token> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      String pos = tokens.get(i).pos();
      if (!pos.equals("PRP") && !pos.equals("PRP$") && !pos.equals("WP") && !pos.equals("WP$")) {
        return false;
      }
    }
    return true;
  }
}
