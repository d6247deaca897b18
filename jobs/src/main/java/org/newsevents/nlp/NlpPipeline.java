package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  private final StanfordCoreNLP deep;
  private final StanfordCoreNLP deepWithTime;

  private NlpPipeline() {
    Properties shallowProps = new Properties();
    shallowProps.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    shallowProps.setProperty("tokenize.language", "en");
    shallowProps.setProperty("tokenize.options", "untokenizable=noneDelete");
    shallow = new StanfordCoreNLP(shallowProps);

    deep = deepPipeline(false);
    deepWithTime = deepPipeline(true);
  }

  /**
   * NER and the dependency parser. NER uses one CRF model (PERSON, ORGANIZATION, LOCATION: all the
   * resolver reads) instead of CoreNLP's three, and no fine-grained regexner layer: the actor
   * dictionary types countries, nationalities and cities better for this domain, at a quarter of
   * the cost. SUTime and the numeric classifiers are half of what is left, so only sentences with a
   * time word get them.
   */
  private static StanfordCoreNLP deepPipeline(boolean withTime) {
    Properties props = new Properties();
    props.setProperty("annotators", "ner,depparse");
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", String.valueOf(withTime));
    props.setProperty("ner.useSUTime", String.valueOf(withTime));
    props.setProperty("ner.docdate.usePresent", "false");
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
    int offset = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      String paragraph = paragraphs.get(p);
      if (englishParagraphs.contains(p)) {
        annotateParagraph(paragraph, p, offset, articleDate, triage, sentences);
      }
      offset += paragraph.length() + 2;
    }
    return new AnnotatedArticle(articleId, sentences);
  }

  private void annotateParagraph(
      String paragraph,
      int paragraphNo,
      int offset,
      LocalDate articleDate,
      SentenceTriage triage,
      List<Sentence> out) {
    Annotation document = new Annotation(paragraph);
    shallow.annotate(document);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<SentenceTriage.Depth> depths = new ArrayList<>(sentences.size());
    List<CoreMap> withTime = new ArrayList<>();
    List<CoreMap> withoutTime = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      SentenceTriage.Depth depth =
          triage.depth(toSentence(sentence, 0, paragraphNo, offset, false));
      depths.add(depth);
      if (depth == SentenceTriage.Depth.DEEP_WITH_TIME) {
        withTime.add(sentence);
      } else if (depth == SentenceTriage.Depth.DEEP) {
        withoutTime.add(sentence);
      }
    }
    annotateDeeply(deepWithTime, document, paragraph, withTime, articleDate);
    annotateDeeply(deep, document, paragraph, withoutTime, articleDate);
    for (int i = 0; i < sentences.size(); i++) {
      out.add(
          toSentence(
              sentences.get(i),
              out.size(),
              paragraphNo,
              offset,
              depths.get(i) != SentenceTriage.Depth.SHALLOW));
    }
  }

  /**
   * The selected sentences keep their document-level token indexes, so the sub-document carries all
   * tokens.
   */
  private static void annotateDeeply(
      StanfordCoreNLP pipeline,
      Annotation document,
      String paragraph,
      List<CoreMap> selected,
      LocalDate articleDate) {
    if (selected.isEmpty()) {
      return;
    }
    Annotation subset = new Annotation(paragraph);
    subset.set(
        CoreAnnotations.TokensAnnotation.class,
        document.get(CoreAnnotations.TokensAnnotation.class));
    subset.set(CoreAnnotations.SentencesAnnotation.class, selected);
    if (articleDate != null) {
      subset.set(CoreAnnotations.DocDateAnnotation.class, articleDate.toString());
    }
    pipeline.annotate(subset);
  }

  private static Sentence toSentence(
      CoreMap sentence, int sentenceNo, int paragraphNo, int offset, boolean deep) {
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
              deep ? label.ner() : null,
              offset + label.beginPosition(),
              offset + label.endPosition()));
    }
    List<EntityMention> entities = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<Dependency> dependencies = new ArrayList<>();
    if (deep) {
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
        edu.stanford.nlp.time.Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null && timex.value() != null) {
          timexes.add(new Timex(timex.timexType(), timex.value(), text, start, end));
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
        deep,
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
