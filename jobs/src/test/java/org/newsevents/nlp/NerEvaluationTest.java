package org.newsevents.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.NerEvaluation.Annotations;
import org.newsevents.nlp.NerEvaluation.CharRange;
import org.newsevents.nlp.NerEvaluation.Counts;
import org.newsevents.nlp.NerEvaluation.Document;
import org.newsevents.nlp.NerEvaluation.EntityBracket;
import org.newsevents.nlp.NerEvaluation.GoldMention;
import org.newsevents.nlp.NerEvaluation.GoldMentions;
import org.newsevents.nlp.NerEvaluation.Prediction;
import org.newsevents.nlp.NerEvaluation.Score;
import org.newsevents.nlp.NerEvaluation.Span;
import org.newsevents.nlp.NerEvaluation.Triage;
import org.newsevents.testing.SharedData;

class NerEvaluationTest {

  // ---------------------------------------------------------------------------------------------------------------
  // CoNLL-U entity brackets (GUM)

  @Test
  void splitsEntityValuesIntoOpeningAndClosingBrackets() {
    assertThat(NerEvaluation.parseEntityBrackets("(8-time-new-nnnnn-cf2-1-coref)7)"))
        .containsExactly(
            new EntityBracket("8", "time", true, true), new EntityBracket("7", null, false, true));
    assertThat(
            NerEvaluation.parseEntityBrackets(
                "(34-organization-new-nnnnn-cf2-1,2,3-sgl-United_States_Navy(18-place-giv:inact-snsns-cf1-1,2-coref"
                    + "-United_States"))
        .containsExactly(
            new EntityBracket("34", "organization", true, false),
            new EntityBracket("18", "place", true, false));
    assertThat(NerEvaluation.parseEntityBrackets("16)12)"))
        .containsExactly(
            new EntityBracket("16", null, false, true), new EntityBracket("12", null, false, true));
    assertThatThrownBy(() -> NerEvaluation.parseEntityBrackets("(3"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A CoNLL-U word line; {@code _} fills the columns the evaluation does not read. */
  private static String word(int id, String form, String upos, String xpos, int head, String misc) {
    return String.join(
        "\t",
        String.valueOf(id),
        form,
        "_",
        upos,
        xpos,
        "_",
        String.valueOf(head),
        "dep",
        "_",
        misc);
  }

  private static final List<String> GUM_SNIPPET =
      List.of(
          "# newdoc id = GUM_news_toy",
          "# meta::dateCreated = 2017-07-18",
          "# meta::summary2 = (some-llm) Not part of the text.",
          "# newpar",
          "# text = The U.S. President Donald Trump's visit",
          word(1, "The", "DET", "DT", 3, "Entity=(1-person-new-sssss-cf1-1-coref"),
          word(
              2, "U.S.", "PROPN", "NNP", 3, "Entity=(2-place-new-nnnnn-cf2-1-coref-United_States)"),
          word(3, "President", "PROPN", "NNP", 4, "_"),
          word(4, "Donald", "PROPN", "NNP", 7, "Entity=(3-person-new-nnnnn-cf3-1-coref"),
          "5-6\tTrump's\t_\t_\t_\t_\t_\t_\t_\t_",
          word(5, "Trump", "PROPN", "NNP", 4, "Entity=3)"),
          word(6, "'s", "PART", "POS", 4, "Entity=1)"),
          word(7, "visit", "NOUN", "NN", 0, "_"),
          "",
          "# text = (It rained.)",
          word(1, "(", "PUNCT", "-LRB-", 3, "SpaceAfter=No"),
          word(2, "It", "PRON", "PRP", 3, "Entity=(4-abstract-new-nnnnn-cf4-1-sgl)"),
          word(3, "rained", "VERB", "VBD", 0, "SpaceAfter=No"),
          "3.1\trained\train\tVERB\tVBD\t_\t_\t_\t3:conj\tCopyOf=3",
          word(4, ".", "PUNCT", ".", 3, "SpaceAfter=No"),
          word(5, ")", "PUNCT", "-RRB-", 3, "_"),
          "",
          "# newpar",
          "# text = the president of Kabul's team",
          word(1, "the", "DET", "DT", 2, "Entity=(5-person-new-nnnnn-cf5-1-coref"),
          word(2, "president", "NOUN", "NN", 0, "_"),
          word(3, "of", "ADP", "IN", 6, "_"),
          word(
              4,
              "Kabul",
              "PROPN",
              "NNP",
              6,
              "Entity=(6-organization-new-nnnnn-cf6-1-coref(7-place-new-nnnnn-cf7-1-coref)|SpaceAfter=No"),
          word(5, "'s", "PART", "POS", 4, "_"),
          word(6, "team", "NOUN", "NN", 2, "Entity=6)5)"),
          "");

  @Test
  void rebuildsGumTextWithItsSpacingAndFindsNestedMentions() {
    Document document = NerEvaluation.parseGum("fallback", GUM_SNIPPET);
    assertThat(document.id()).isEqualTo("GUM_news_toy");
    assertThat(document.date()).isEqualTo(LocalDate.of(2017, 7, 18));
    assertThat(document.paragraphs())
        .containsExactly(
            "The U.S. President Donald Trump's visit (It rained.)",
            "the president of Kabul's team");
    assertThat(document.tokens()).isEqualTo(18);
    String text = document.text();
    assertThat(document.gold())
        .extracting(g -> g.span().type() + " " + text.substring(g.span().start(), g.span().end()))
        .containsExactlyInAnyOrder(
            "LOC U.S.",
            "PER Donald Trump",
            "PER The U.S. President Donald Trump's",
            "abstract It",
            "LOC Kabul",
            "ORG Kabul's team",
            "PER the president of Kabul's team");
  }

  @Test
  void marksGumMentionsWithAProperNounAndThoseHeadedByOne() {
    Document document = NerEvaluation.parseGum("toy", GUM_SNIPPET);
    String text = document.text();
    assertThat(document.goldSpans(GoldMentions.WITH_PROPER_NOUN))
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactlyInAnyOrder(
            "U.S.",
            "Donald Trump",
            "The U.S. President Donald Trump's",
            "Kabul",
            "Kabul's team",
            "the president of Kabul's team");
    // "Kabul's team" and "the president of Kabul's team" are headed by common nouns.
    assertThat(document.goldSpans(GoldMentions.PROPER_NOUN_HEAD))
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactlyInAnyOrder(
            "U.S.", "Donald Trump", "The U.S. President Donald Trump's", "Kabul");
    assertThat(document.goldSpans(GoldMentions.ALL)).hasSize(7);
  }

  @Test
  void rejectsBracketsThatDoNotPair() {
    List<String> unclosed =
        List.of(word(1, "Kabul", "PROPN", "NNP", 0, "Entity=(1-place-new-n-cf1-1-sgl"), "");
    assertThatThrownBy(() -> NerEvaluation.parseGum("bad", unclosed))
        .hasMessageContaining("never closed");
    List<String> unopened = List.of(word(1, "Kabul", "PROPN", "NNP", 0, "Entity=1)"), "");
    assertThatThrownBy(() -> NerEvaluation.parseGum("bad", unopened))
        .hasMessageContaining("closed but not open");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // IO spans (Wikigold)

  @Test
  void readsWikigoldDocumentsAndMaximalRunsOfOneTag() {
    List<String> lines =
        List.of(
            "The O",
            "Mad I-ORG",
            "Capsule I-ORG",
            "Markets I-ORG",
            "played I-MISC",
            "in O",
            "Tokyo I-LOC",
            "Japan I-LOC",
            ". O",
            "",
            "Hideki I-PER",
            "Kyoto I-LOC",
            "",
            "-DOCSTART- O",
            "",
            "Osc-Dis I-MISC",
            "",
            "-DOCSTART- O",
            "");
    List<Document> documents = NerEvaluation.parseWikigold(lines);
    assertThat(documents).extracting(Document::id).containsExactly("wikigold-1", "wikigold-2");
    Document first = documents.get(0);
    assertThat(first.paragraphs())
        .containsExactly("The Mad Capsule Markets played in Tokyo Japan .", "Hideki Kyoto");
    assertThat(first.tokens()).isEqualTo(11);
    assertThat(first.date()).isNull();
    String text = first.text();
    // IO tags cannot separate "Tokyo" from "Japan": one run, one span.
    assertThat(first.gold())
        .extracting(GoldMention::span)
        .containsExactly(
            new Span("ORG", 4, 23),
            new Span("MISC", 24, 30),
            new Span("LOC", 34, 45),
            new Span("PER", 49, 55),
            new Span("LOC", 56, 61));
    assertThat(first.gold())
        .extracting(g -> text.substring(g.span().start(), g.span().end()))
        .containsExactly("Mad Capsule Markets", "played", "Tokyo Japan", "Hideki", "Kyoto");
    assertThat(documents.get(1).gold())
        .extracting(GoldMention::span)
        .containsExactly(new Span("MISC", 0, 7));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Scoring

  @Test
  void scoresExactAndOverlappingMatchesPerTypeAndMicroAveraged() {
    List<Span> gold =
        List.of(
            new Span("PER", 0, 12), // "Donald Trump": found exactly
            new Span("PER", 20, 35), // found as a shorter span: overlap only
            new Span("LOC", 40, 46), // found as ORG: wrong on both counts
            new Span("ORG", 50, 55), // missed
            new Span("MISC", 60, 65)); // not scored
    List<Span> predicted =
        List.of(
            new Span("PER", 0, 12),
            new Span("PER", 27, 35),
            new Span("ORG", 40, 46),
            new Span("LOC", 70, 75), // spurious
            new Span("DATE", 80, 84), // not scored
            new Span("MISC", 60, 65)); // not scored
    Score score = NerEvaluation.compare("toy", List.of(gold), List.of(predicted), 100, 1.5);

    assertThat(score.exact().get("PER")).isEqualTo(new Counts(1, 1, 1));
    assertThat(score.exact().get("ORG")).isEqualTo(new Counts(0, 1, 1));
    assertThat(score.exact().get("LOC")).isEqualTo(new Counts(0, 1, 1));
    assertThat(score.microExact()).isEqualTo(new Counts(1, 3, 3));
    assertThat(score.microExact().precision()).isEqualTo(0.25);
    assertThat(score.microExact().recall()).isEqualTo(0.25);
    assertThat(score.microExact().f1()).isEqualTo(0.25);

    assertThat(score.overlap().get("PER")).isEqualTo(new Counts(2, 0, 0));
    assertThat(score.microOverlap()).isEqualTo(new Counts(2, 2, 2));
    assertThat(score.microOverlap().f1()).isEqualTo(0.5);
    assertThat(new Counts(0, 0, 0).f1()).isZero();

    assertThat(score.format())
        .contains("toy", "1 documents, 100 tokens, 1.5 s")
        .contains(
            "  PER    0.500  0.500  0.500     1     1     1   1.000  1.000  1.000     2     0     0")
        .contains(
            "  micro  0.250  0.250  0.250     1     3     3   0.500  0.500  0.500     2     2     2");
  }

  @Test
  void pairsOverlapsOneToOneWithTheLargestSharedPart() {
    // Two predictions inside one gold span: only one may count.
    List<Span> gold = List.of(new Span("ORG", 0, 30));
    List<Span> predicted = List.of(new Span("ORG", 0, 5), new Span("ORG", 10, 30));
    assertThat(NerEvaluation.match(gold, predicted, true)).containsExactly(-1, 0);
    assertThat(NerEvaluation.match(gold, predicted, false)).containsExactly(-1, -1);
  }

  @Test
  void sortsErrorsByKind() {
    List<String> paragraphs = List.of("Moscow said he met Anna Lee in Oslo .", "Paris .");
    String text = String.join("\n\n", paragraphs);
    List<GoldMention> gold =
        List.of(
            gold("LOC", text, "Moscow"),
            gold("PER", text, "Anna Lee"),
            gold("LOC", text, "Oslo"),
            gold("LOC", text, "Paris"));
    Document document = new Document("d1", paragraphs, null, 11, gold);
    Span he = span("PER", text, "he");
    Prediction prediction =
        new Prediction(
            List.of(
                span("ORG", text, "Moscow"),
                he,
                span("PER", text, "Lee"),
                span("LOC", text, "Oslo")),
            Set.of(he),
            List.of(new CharRange(text.indexOf("Paris"), text.length())));
    Annotations annotations =
        new Annotations(Triage.SELECTED_SENTENCES, List.of(prediction), 2, 1, 11, 9, 0.1);

    String report =
        NerEvaluation.errorReport("toy", List.of(document), GoldMentions.ALL, annotations, 2);
    assertThat(report)
        .containsPattern("missed: sentence skipped by triage +1\n      d1: gold LOC \"Paris\"\n")
        .contains("d1: gold LOC \"Moscow\", predicted ORG \"Moscow\"")
        .contains("d1: gold PER \"Anna Lee\", predicted PER \"Lee\"")
        .contains("d1: predicted PER \"he\"")
        .containsPattern("missed: nothing predicted there +0\n");
    assertThat(annotations.describe())
        .contains("NER on 1 of 2 sentences (50%) and 9 of 11 tokens (82%)");
  }

  private static Span span(String type, String text, String words) {
    int start = text.indexOf(words);
    return new Span(type, start, start + words.length());
  }

  private static GoldMention gold(String type, String text, String words) {
    return new GoldMention(span(type, text, words), true, true);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The real corpora, through the real pipeline

  @Test
  void gumNewsTextIsRebuiltSentenceBySentence() throws IOException {
    Path gumDir = SharedData.require("corpora/gum-news");
    List<Document> documents = NerEvaluation.readGum(gumDir);
    assertThat(documents).hasSize(24);
    assertThat(documents.stream().mapToInt(Document::tokens).sum()).isEqualTo(17_182);
    for (Document document : documents) {
      String text = document.text();
      assertThat(document.date()).isNotNull();
      for (String line :
          Files.readAllLines(gumDir.resolve(document.id() + ".conllu"), StandardCharsets.UTF_8)) {
        if (line.startsWith("# text = ")) {
          assertThat(text).contains(line.substring("# text = ".length()));
        }
      }
    }
  }

  @Test
  void gumNewsScoresWithAndWithoutTriage() {
    Path gumDir = SharedData.require("corpora/gum-news");
    Score product = NerEvaluation.evaluateGum(gumDir);
    Score untriaged =
        NerEvaluation.evaluateGum(gumDir, Triage.ALL_SENTENCES, GoldMentions.WITH_PROPER_NOUN);
    System.out.println(product.format());
    System.out.println(untriaged.format());

    // Floors just below the figures measured when this test was written (see NerEvaluation's main
    // for all of them).
    assertThat(product.microExact().f1()).isGreaterThan(0.34);
    assertThat(product.microOverlap().f1()).isGreaterThan(0.60);
    assertThat(product.microOverlap().recall()).isGreaterThan(0.52);
    assertThat(product.overlap().get("PER").f1()).isGreaterThan(0.61);
    assertThat(product.overlap().get("LOC").f1()).isGreaterThan(0.63);
    assertThat(untriaged.microOverlap().recall()).isGreaterThan(0.57);
    // Triage only takes sentences away from NER: it cannot find more.
    assertThat(untriaged.microOverlap().truePositives())
        .isGreaterThan(product.microOverlap().truePositives());
  }

  /**
   * Every third Wikigold document (49 of 145, about 13,000 tokens), triage on: the full set takes
   * about 30 s per mode even with a warm JIT, and surefire runs with C1 only. {@code
   * NerEvaluation.main} scores all 145 both ways.
   */
  @Test
  void wikigoldScoresOnEveryThirdDocument() {
    List<Document> all = NerEvaluation.readWikigold(SharedData.require("corpora/wikigold"));
    assertThat(all).hasSize(145);
    List<Document> subset =
        IntStream.range(0, all.size()).filter(i -> i % 3 == 0).mapToObj(all::get).toList();
    Score product =
        NerEvaluation.score(
            NerEvaluation.wikigoldLabel("every 3rd document", Triage.SELECTED_SENTENCES),
            subset,
            GoldMentions.ALL,
            NerEvaluation.annotate(subset, Triage.SELECTED_SENTENCES));
    System.out.println(product.format());

    assertThat(product.documents()).isEqualTo(49);
    assertThat(product.microExact().f1()).isGreaterThan(0.60);
    assertThat(product.microOverlap().f1()).isGreaterThan(0.64);
    assertThat(product.exact().get("LOC").f1()).isGreaterThan(0.70);
  }
}
