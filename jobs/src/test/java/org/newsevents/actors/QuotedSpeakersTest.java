package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;

/** "I" and "we" inside a quotation read as its named speaker, across the quotation's sentences. */
class QuotedSpeakersTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);
  private final ActorResolver resolver =
      new ActorResolver(
          TinyDictionary.crisis2022()
              .actor("FORD_MOTOR", "Ford Motor Company", "organization", "USA", "Ford")
              .code("FORD_MOTOR", "USABUS", "BUS", null, null));

  private List<String> firstPersons(String... paragraphs) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      all.add(i);
    }
    var article =
        NlpPipeline.get()
            .annotate("t", List.of(paragraphs), all, DATE, SentenceTriage.everySentence());
    return resolver.resolve(article, DATE).mentions().stream()
        .filter(m -> QuotedSpeakers.METHOD.equals(m.method()))
        .map(m -> m.sentenceNo() + ":" + m.surface() + "=" + m.actorKey())
        .toList();
  }

  @Test
  void aFirstPersonInEverySentenceOfAQuotationIsTheSpeakerNamedInOneOfThem() {
    assertThat(
            firstPersons(
                "\"I informed Lavrov last night.",
                "I disagreed with many of his ideas,\" wrote Antony Blinken on Twitter, \"and I"
                    + " asked him to leave.",
                "I thank him for his service.\""))
        .containsExactly(
            "0:I=ANTONY_BLINKEN", "1:I=ANTONY_BLINKEN", "1:I=ANTONY_BLINKEN", "2:I=ANTONY_BLINKEN");
  }

  @Test
  void aFirstPersonQuotedAfterAReportingParticipleIsTheSubjectOfItsClause() {
    assertThat(
            firstPersons(
                "In the filing Ford also made this point, writing \"we have notified the agencies."))
        .containsExactly("0:we=FORD_MOTOR");
  }

  @Test
  void ofSeveralReportingVerbsTheOneNearestTheQuotationNamesItsSpeaker() {
    assertThat(
            firstPersons(
                "Antony Blinken said that Sergei Lavrov told him: \"We will not move the troops.\""))
        .containsExactly("0:We=SERGEI_LAVROV");
  }

  @Test
  void aQuotationMarkLeftOpenDoesNotLendItsSpeakerToTheRestOfTheArticle() {
    assertThat(
            firstPersons(
                "Antony Blinken said in Geneva: \"Talks will go on.",
                "The ministers met for two hours.",
                "The talks ended at noon.",
                "Reporters waited outside.",
                "The delegations left by car.",
                "A second round is planned.",
                "We will report on it tomorrow."))
        .isEmpty();
  }

  @Test
  void aFirstPersonWhoseSpeakerIsNotNamedIsNoActor() {
    assertThat(
            firstPersons(
                "Antony Blinken arrived in Geneva.", "A spokesman said: \"We will respond soon.\""))
        .isEmpty();
  }
}
