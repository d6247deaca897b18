package org.newsevents.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CoreNLP as the later stages see it: real models, one pipeline per JVM. */
class NlpPipelineTest {
  private static AnnotatedArticle article;

  @BeforeAll
  static void annotate() {
    List<String> paragraphs =
        List.of(
            "US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov agreed to meet again next Friday in Geneva.",
            "Ceci est un paragraphe en français que le pipeline ne doit pas annoter.",
            "It was cold. Moscow denies the accusation.");
    article =
        NlpPipeline.get()
            .annotate(
                "a1",
                paragraphs,
                List.of(0, 2),
                LocalDate.of(2022, 1, 19),
                SentenceTriage.properNounAndVerb());
  }

  @Test
  void annotatesOnlyTheEnglishParagraphsWithOffsetsIntoTheText() {
    String text =
        String.join(
            "\n\n",
            List.of(
                "US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov agreed to meet again next Friday in Geneva.",
                "Ceci est un paragraphe en français que le pipeline ne doit pas annoter.",
                "It was cold. Moscow denies the accusation."));
    assertThat(article.sentences()).extracting(Sentence::paragraphNo).containsExactly(0, 2, 2);
    for (Sentence sentence : article.sentences()) {
      assertThat(text.substring(sentence.charStart(), sentence.charEnd()))
          .isEqualTo(sentence.text());
      for (Token token : sentence.tokens()) {
        assertThat(text.substring(token.charStart(), token.charEnd())).isEqualTo(token.word());
      }
    }
  }

  @Test
  void sendsOnlySentencesWithAnActorCandidateAndAVerbToTheExpensiveAnnotators() {
    assertThat(article.sentences()).extracting(Sentence::deep).containsExactly(true, false, true);
    Sentence cold = article.sentences().get(1);
    assertThat(cold.entities()).isEmpty();
    assertThat(cold.dependencies()).isEmpty();
    assertThat(cold.tokens()).extracting(Token::pos).containsExactly("PRP", "VBD", "JJ", ".");
  }

  @Test
  void findsEntitiesTimesAndDependencies() {
    Sentence first = article.sentences().get(0);
    assertThat(first.entities())
        .extracting(EntityMention::type, EntityMention::text)
        .contains(
            org.assertj.core.groups.Tuple.tuple("PERSON", "Antony Blinken"),
            org.assertj.core.groups.Tuple.tuple("PERSON", "Sergei Lavrov"),
            org.assertj.core.groups.Tuple.tuple("LOCATION", "Geneva"));
    assertThat(first.timexes()).extracting(Timex::value).contains("2022-01-28");
    Sentence moscow = article.sentences().get(2);
    assertThat(moscow.dependencies())
        .contains(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"));
  }

  @Test
  void timesEachCoreNlpStepAndSpendsNothingOnTheDeepStepsForShallowText() {
    assertThat(article.nanos(CoreNlpStep.TOKENIZE_TAG)).isPositive();
    assertThat(article.nanos(CoreNlpStep.ENTITIES)).isPositive();
    assertThat(article.nanos(CoreNlpStep.PARSE)).isPositive();
    assertThat(article.nanos(CoreNlpStep.TIMES)).isPositive();
    AnnotatedArticle shallow =
        NlpPipeline.get()
            .annotate(
                "a4",
                List.of("It was cold. It rained."),
                List.of(0),
                null,
                SentenceTriage.properNounAndVerb());
    assertThat(shallow.nanos(CoreNlpStep.TOKENIZE_TAG)).isPositive();
    assertThat(shallow.nanos(CoreNlpStep.ENTITIES)).isZero();
    assertThat(shallow.nanos(CoreNlpStep.PARSE)).isZero();
    assertThat(shallow.nanos(CoreNlpStep.TIMES)).isZero();
  }

  @Test
  void annotatesEverySentenceDeeplyWhenTriageIsOff() {
    AnnotatedArticle untriaged =
        NlpPipeline.get()
            .annotate(
                "a2",
                List.of("It was cold. Moscow denies the accusation."),
                List.of(0),
                null,
                SentenceTriage.everySentence());
    assertThat(untriaged.sentences()).extracting(Sentence::deep).containsExactly(true, true);
    assertThat(untriaged.sentences().get(0).tokens()).extracting(Token::ner).containsOnly("O");
    assertThat(untriaged.sentences().get(0).dependencies()).isNotEmpty();
  }

  @Test
  void datesAreReadAroundTheirTimeWordsAndTheirTokensLabelledDate() {
    Sentence sentence =
        NlpPipeline.get()
            .annotate(
                "a3",
                List.of(
                    "Russian forces, which had massed for months along the border with Ukraine and"
                        + " in Belarus, attacked Kyiv, Kharkiv and Odesa early on Thursday,"
                        + " February 24, 2022, the Ukrainian government said in a statement."),
                List.of(0),
                LocalDate.of(2022, 3, 1),
                SentenceTriage.everySentence())
            .sentences()
            .get(0);
    assertThat(sentence.timexes())
        .extracting(Timex::type, Timex::value)
        .contains(org.assertj.core.groups.Tuple.tuple("DATE", "2022-02-24"));
    Timex date =
        sentence.timexes().stream()
            .filter(t -> t.value().equals("2022-02-24"))
            .findFirst()
            .orElseThrow();
    assertThat(sentence.tokens().subList(date.tokenStart(), date.tokenEnd()))
        .extracting(Token::ner)
        .containsOnly("DATE");
    assertThat(sentence.entities())
        .extracting(EntityMention::type, EntityMention::text)
        .contains(org.assertj.core.groups.Tuple.tuple("DATE", date.text()));
  }
}
