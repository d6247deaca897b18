package org.newsevents.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.SentenceTriage.Depth;

/** Which sentences get NER, SUTime and the parser: only those that can hold a coded event. */
class SentenceTriageTest {
  private static final Set<String> KNOWN_ACTORS = Set.of("Russia", "Ukraine", "NATO");
  private static final Set<String> EVENT_VERBS = Set.of("accuse", "meet", "attack");

  private static final SentenceTriage TRIAGE =
      SentenceTriage.forEvents(
          sentence -> sentence.tokens().stream().anyMatch(t -> KNOWN_ACTORS.contains(t.word())),
          EVENT_VERBS::contains,
          sentence ->
              sentence.tokens().stream()
                  .anyMatch(t -> t.pos().startsWith("NNP") && !KNOWN_ACTORS.contains(t.word())));

  private static Depth depthOf(String sentence) {
    List<Sentence> sentences =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of(sentence),
                List.of(0),
                LocalDate.of(2022, 1, 19),
                SentenceTriage.everySentence())
            .sentences();
    return TRIAGE.depth(sentences.get(0));
  }

  @Test
  void aKnownActorAndACodedVerbGoDeep() {
    assertThat(depthOf("Russia accused Ukraine of provocations.")).isEqualTo(Depth.DEEP);
  }

  @Test
  void aTimeWordAlsoSendsTheSentenceThroughSutime() {
    assertThat(depthOf("Russia accused Ukraine of provocations on Friday."))
        .isEqualTo(Depth.DEEP_WITH_TIME);
    assertThat(depthOf("NATO met envoys in 2019.")).isEqualTo(Depth.DEEP_WITH_TIME);
  }

  @Test
  void aNumberThatIsNoYearIsNoTimeWord() {
    assertThat(depthOf("NATO met 30 envoys.")).isEqualTo(Depth.DEEP);
  }

  @Test
  void aCodedVerbWithoutAKnownActorStaysShallow() {
    assertThat(depthOf("The company accused its rival of copying.")).isEqualTo(Depth.SHALLOW);
  }

  @Test
  void aKnownActorWithoutACodedVerbStaysShallow() {
    assertThat(depthOf("Russia is a large country.")).isEqualTo(Depth.SHALLOW);
  }

  @Test
  void onlySelectedSentencesGetEntitiesAndDependencies() {
    List<Sentence> sentences =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of("It rained all week. Russia accused Ukraine of shelling on Friday."),
                List.of(0),
                LocalDate.of(2022, 1, 19),
                TRIAGE)
            .sentences();
    assertThat(sentences).extracting(Sentence::deep).containsExactly(false, true);
    assertThat(sentences.get(0).dependencies()).isEmpty();
    assertThat(sentences.get(1).dependencies()).isNotEmpty();
    assertThat(sentences.get(1).timexes()).extracting(Timex::type).containsExactly("DATE");
  }

  @Test
  void withoutATimeWordTheSentenceStillGetsNamesAndDependencies() {
    Sentence sentence =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of("Russia accused Ukraine and Volodymyr Zelensky of provocations."),
                List.of(0),
                LocalDate.of(2022, 1, 19),
                TRIAGE)
            .sentences()
            .get(0);
    assertThat(sentence.deep()).isTrue();
    assertThat(sentence.entities()).extracting(EntityMention::type).contains("PERSON");
    assertThat(sentence.dependencies()).isNotEmpty();
    assertThat(sentence.timexes()).isEmpty();
  }

  private static List<Boolean> deepInArticle(String... paragraphs) {
    return NlpPipeline.get()
        .annotate(
            "t",
            List.of(paragraphs),
            java.util.stream.IntStream.range(0, paragraphs.length).boxed().toList(),
            LocalDate.of(2022, 1, 19),
            TRIAGE)
        .sentences()
        .stream()
        .map(Sentence::deep)
        .toList();
  }

  @Test
  void aSurnameAloneGoesDeepOnceAnEarlierParagraphNamedThePersonInFull() {
    assertThat(
            deepInArticle(
                "Russia accused Ivan Petrenko of spying.",
                "Petrenko accused the guards of beating him."))
        .containsExactly(true, true);
  }

  @Test
  void aSurnameAloneThatTheArticleNeverWroteInFullStaysShallow() {
    assertThat(deepInArticle("It rained.", "Petrenko accused the guards of beating him."))
        .containsExactly(false, false);
  }

  @Test
  void aHeOrSheRightAfterAParsedSentenceGoesDeep() {
    assertThat(
            deepInArticle(
                "Russia accused Ukraine of provocations.",
                "She accused the guards of beating her."))
        .containsExactly(true, true);
  }

  @Test
  void aHeOrSheAfterAnUnparsedSentenceStaysShallow() {
    assertThat(deepInArticle("It rained all week.", "He accused the guards of beating him."))
        .containsExactly(false, false);
  }

  @Test
  void theArticleMemoryNeedsACodedVerbToo() {
    assertThat(deepInArticle("Russia accused Ivan Petrenko of spying.", "Petrenko is a tall man."))
        .containsExactly(true, false);
  }

  @Test
  void aNameTheDictionaryLacksWithoutAnEventGetsNamedEntitiesButNoParse() {
    Sentence sentence =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of("Ivan Petrenko spent the winter in a village."),
                List.of(0),
                LocalDate.of(2022, 1, 19),
                TRIAGE)
            .sentences()
            .get(0);
    assertThat(sentence.named()).isTrue();
    assertThat(sentence.deep()).isFalse();
    assertThat(sentence.entities()).extracting(EntityMention::type).contains("PERSON");
    assertThat(sentence.dependencies()).isEmpty();
  }

  @Test
  void aSentenceThatNamesOnlyKnownActorsAndNoEventGetsNoNamedEntities() {
    Sentence sentence =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of("Russia is a large country."),
                List.of(0),
                LocalDate.of(2022, 1, 19),
                TRIAGE)
            .sentences()
            .get(0);
    assertThat(sentence.named()).isFalse();
    assertThat(sentence.entities()).isEmpty();
  }

  @Test
  void withEntitiesOnEverySentenceAnUnparsedSentenceWithoutAnUnknownNameGetsNamedEntitiesToo() {
    List<Sentence> sentences =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of("Russia accused Ukraine of provocations. Russia is a large country."),
                List.of(0),
                LocalDate.of(2022, 1, 19),
                TRIAGE.withEntitiesOnEverySentence())
            .sentences();
    assertThat(sentences).extracting(Sentence::deep).containsExactly(true, false);
    assertThat(sentences).extracting(Sentence::named).containsExactly(true, true);
    assertThat(sentences.get(1).entities()).extracting(EntityMention::type).contains("LOCATION");
    assertThat(sentences.get(1).dependencies()).isEmpty();
  }
}
