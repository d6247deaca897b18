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
    return articleSentences(paragraphs).stream().map(Sentence::deep).toList();
  }

  @Test
  void aSurnameAloneGoesDeepOnceAnEarlierParagraphNamedThePersonInFull() {
    assertThat(
            deepInArticle(
                "Russia accused Ivan Petrenko of spying.",
                "Petrenko accused the guards of beating him."))
        .containsExactly(true, true);
  }

  /** Regression: NER reads a paragraph at once, and the surname was known only from the next. */
  @Test
  void aSurnameAloneGoesDeepWhenAnEarlierSentenceOfItsOwnParagraphNamedThePersonInFull() {
    assertThat(
            deepInArticle(
                "Russia accused Ivan Petrenko of spying. Petrenko accused the guards of beating"
                    + " him."))
        .containsExactly(true, true);
  }

  /**
   * Regression: a lead that names no dictionary actor ("A road accident on Thursday killed five
   * children") was not parsed, so the story's day was never read from it and every later event of
   * the article took the article's date. The first sentence of the lead that may date a past act to
   * a day is parsed, with its time expressions; no other.
   */
  @Test
  void theFirstLeadSentenceThatDatesAPastActToADayIsParsedWhateverItNames() {
    List<Sentence> sentences =
        articleSentences(
            "A storm on Thursday destroyed the old village.",
            "A second storm on Friday destroyed a bridge.",
            RUSSIA_ACCUSED);
    assertThat(sentences).extracting(Sentence::deep).containsExactly(true, false, true);
    assertThat(sentences.get(0).timexes()).extracting(Timex::text).containsExactly("Thursday");
    assertThat(sentences.get(0).dependencies()).isNotEmpty();
    assertThat(
            deepInArticle(
                "The old bridge, built on 4 April 1901, was closed.",
                "It rained all week.",
                RUSSIA_ACCUSED))
        .containsExactly(true, false, true);
  }

  @Test
  void aLeadSentenceIsNotParsedForTheStoryDayWhenTheArticleHasNoEventToDate() {
    assertThat(deepInArticle("A storm on Thursday destroyed the old village.", "It rained."))
        .containsExactly(false, false);
  }

  @Test
  void aLeadSentenceDatedTodayOrInThePresentIsNotParsedForTheStoryDay() {
    assertThat(deepInArticle("A storm destroyed the old village today.", RUSSIA_ACCUSED))
        .containsExactly(false, true);
    assertThat(deepInArticle("Storms destroy villages every Thursday.", RUSSIA_ACCUSED))
        .containsExactly(false, true);
  }

  @Test
  void aDatedSentenceBelowTheLeadWindowIsNotParsedForTheStoryDay() {
    assertThat(
            deepInArticle(
                "It rained.",
                "It rained again.",
                "The river rose.",
                "The roads closed.",
                "A storm on Thursday destroyed the old village.",
                RUSSIA_ACCUSED))
        .containsExactly(false, false, false, false, false, true);
  }

  private static final String RUSSIA_ACCUSED = "Russia accused Ukraine of provocations.";

  private static List<Sentence> articleSentences(String... paragraphs) {
    return NlpPipeline.get()
        .annotate(
            "t",
            List.of(paragraphs),
            java.util.stream.IntStream.range(0, paragraphs.length).boxed().toList(),
            LocalDate.of(2022, 1, 19),
            TRIAGE)
        .sentences();
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
