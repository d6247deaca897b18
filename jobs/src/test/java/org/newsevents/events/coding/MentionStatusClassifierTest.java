package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.events.MentionStatus;
import org.newsevents.events.coding.StatusClassifier.Classification;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.Dependency;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;
import org.newsevents.nlp.Token;

/**
 * The status of event mentions on sentences parsed by the real CoreNLP pipeline (one paragraph per
 * sentence, article date 2022-01-19), then on hand-built parses for single cues.
 *
 * <p>The sentences are annotated with triage off so that "They could provoke a provocation." (no
 * proper noun, which triage would not parse) has a parse too.
 */
class MentionStatusClassifierTest {
  private static final List<String> SENTENCES =
      List.of(
          "Germany will not supply weapons to the Ukrainian army.",
          "Russia has no intention of invading Ukraine.",
          "Moscow denies preparing an invasion.",
          "If Russia invades Ukraine, the West will impose sanctions.",
          "They could provoke a provocation.",
          "NATO fears a Russian invasion of Ukraine.",
          "Blinken will meet Lavrov next Friday in Geneva.",
          "Defense Secretary Ben Wallace is expected in Moscow on February 11.",
          "Ukraine allegedly stationed military personnel near the border.",
          "US officials say Russia has increased its deployment.",
          "Russia started deploying soldiers to Belarus.",
          "Blinken and Lavrov met in Geneva on Friday.",
          "Germany will respond with strong sanctions in the event of a Russian invasion.",
          "Mr Blinken warned his Russian colleague of a united response if Russia took that step.",
          "Lavrov said that NATO threatens Russia.",
          "Russia has no plans to invade Ukraine.",
          "Russia no longer supplies gas to Poland.",
          "Russia refused to withdraw its troops.",
          "Kyiv rejects claims that Moscow withdrew troops.",
          "Western leaders discussed a possible invasion of Ukraine.",
          "The exercises could be a prelude to an invasion.",
          "Experts warned of the risk of armed conflict in Europe.",
          "Scholz is set to visit Kyiv next week.",
          "Russia is due to hold talks with NATO on Wednesday.",
          "Moscow accused Kyiv of shelling Donetsk.",
          "Russian troops reportedly entered Donetsk.",
          "Ukraine condemned the alleged attack on its embassy.",
          "Biden called on Putin to withdraw troops.",
          "Moscow denied that it had sent troops to Belarus.",
          "Olaf Scholz is to visit Kyiv next week.",
          "The council was to meet on Monday to discuss the treaty.",
          "Warsaw said Berlin should impose sanctions on Moscow.",
          "Russia must withdraw its troops from the border.",
          "Russia appears to be preparing an invasion of Ukraine.",
          "The rebels are believed to be holding two hostages.",
          "Russia does plan on attacking the Ukrainian army.",
          "Russia is thinking about invading the territory of Ukraine.",
          "Russia is thought to have fired the missile at Ukraine.");

  private static List<Sentence> parsed;

  @BeforeAll
  static void annotate() {
    AnnotatedArticle article =
        NlpPipeline.get()
            .annotate(
                "status",
                SENTENCES,
                IntStream.range(0, SENTENCES.size()).boxed().toList(),
                LocalDate.of(2022, 1, 19),
                SentenceTriage.everySentence());
    parsed = article.sentences();
    assertThat(parsed).hasSize(SENTENCES.size());
  }

  private static Sentence sentence(String text) {
    return parsed.get(SENTENCES.indexOf(text));
  }

  private static int token(Sentence sentence, String lemma) {
    return sentence.tokens().stream()
        .filter(t -> t.lemma().equalsIgnoreCase(lemma))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + lemma + " in " + sentence.text()))
        .index();
  }

  private static MentionStatus status(String text, String lemma) {
    Sentence sentence = sentence(text);
    return StatusClassifier.classify(sentence, token(sentence, lemma)).status();
  }

  private static boolean speechAct(String text, String lemma) {
    Sentence sentence = sentence(text);
    return StatusClassifier.isSpeechAct(sentence, token(sentence, lemma));
  }

  // -------------------------------------------------------------------------------------------
  // Real parses

  @Test
  void notOnTheVerbNegatesIt() {
    Sentence sentence = sentence("Germany will not supply weapons to the Ukrainian army.");
    Classification result = StatusClassifier.classify(sentence, token(sentence, "supply"));
    assertThat(result.status()).isEqualTo(MentionStatus.NEGATED);
    assertThat(result.cue()).isEqualTo("not");
  }

  @Test
  void noIntentionOfDoingNegatesTheDoing() {
    assertThat(status("Russia has no intention of invading Ukraine.", "invade"))
        .isEqualTo(MentionStatus.NEGATED);
  }

  @Test
  void denyingAnActionNegatesIt() {
    assertThat(status("Moscow denies preparing an invasion.", "prepare"))
        .isEqualTo(MentionStatus.NEGATED);
  }

  @Test
  void bothSidesOfAConditionalAreHypothetical() {
    String text = "If Russia invades Ukraine, the West will impose sanctions.";
    assertThat(status(text, "invade")).isEqualTo(MentionStatus.HYPOTHETICAL);
    // The consequent is conditional too; hypothetical outranks the planned "will".
    assertThat(status(text, "impose")).isEqualTo(MentionStatus.HYPOTHETICAL);
  }

  @Test
  void couldMakesTheActionHypothetical() {
    assertThat(status("They could provoke a provocation.", "provoke"))
        .isEqualTo(MentionStatus.HYPOTHETICAL);
  }

  @Test
  void aFearedEventIsHypothetical() {
    assertThat(status("NATO fears a Russian invasion of Ukraine.", "invasion"))
        .isEqualTo(MentionStatus.HYPOTHETICAL);
  }

  @Test
  void willWithAFutureDateIsPlanned() {
    assertThat(status("Blinken will meet Lavrov next Friday in Geneva.", "meet"))
        .isEqualTo(MentionStatus.PLANNED);
  }

  /** News audit B: "ISIS does plan on attacking the United States" was an asserted attack. */
  @Test
  void aGerundAfterPlanOnIsPlannedAsAnInfinitiveIs() {
    assertThat(status("Russia does plan on attacking the Ukrainian army.", "attack"))
        .isEqualTo(MentionStatus.PLANNED);
    assertThat(status("Russia is thinking about invading the territory of Ukraine.", "invade"))
        .isEqualTo(MentionStatus.HYPOTHETICAL);
    assertThat(status("Russia is thought to have fired the missile at Ukraine.", "fire"))
        .as("what someone is thought to have done is not wished for")
        .isNotEqualTo(MentionStatus.HYPOTHETICAL);
  }

  @Test
  void isExpectedIsPlanned() {
    assertThat(
            status("Defense Secretary Ben Wallace is expected in Moscow on February 11.", "expect"))
        .isEqualTo(MentionStatus.PLANNED);
  }

  @Test
  void allegedlyMakesTheActionClaimed() {
    assertThat(status("Ukraine allegedly stationed military personnel near the border.", "station"))
        .isEqualTo(MentionStatus.CLAIMED);
  }

  @Test
  void attributedButUnhedgedSpeechIsAsserted() {
    // The clause alone: "say" attributes without disputing; claimed needs an explicit hedge. The
    // coder, which knows who reports whose act, makes it a claim (ReportedClaimsTest).
    assertThat(status("US officials say Russia has increased its deployment.", "increase"))
        .isEqualTo(MentionStatus.ASSERTED);
  }

  @Test
  void regressionBeToArrangesAPlannedActNotAnAssertedOne() {
    // Issue 14: "The Senate was to meet Monday" was coded as a meeting that took place.
    assertThat(status("Olaf Scholz is to visit Kyiv next week.", "visit"))
        .isEqualTo(MentionStatus.PLANNED);
    assertThat(status("The council was to meet on Monday to discuss the treaty.", "meet"))
        .isEqualTo(MentionStatus.PLANNED);
  }

  /** Review of the "be to" rule: an infinitive's bare "be" after its "to" arranged nothing. */
  @Test
  void regressionAnInfinitiveUnderAnotherVerbIsNoArrangedAct() {
    assertThat(status("Russia appears to be preparing an invasion of Ukraine.", "prepare"))
        .isEqualTo(MentionStatus.ASSERTED);
    assertThat(status("The rebels are believed to be holding two hostages.", "hold"))
        .isEqualTo(MentionStatus.ASSERTED);
  }

  @Test
  void regressionShouldAndMustSayWhatOughtToBeDoneNotWhatWasDone() {
    // Issue 14: "said the president should accept the election outcome" was the president's act.
    assertThat(status("Warsaw said Berlin should impose sanctions on Moscow.", "impose"))
        .isEqualTo(MentionStatus.HYPOTHETICAL);
    assertThat(status("Warsaw said Berlin should impose sanctions on Moscow.", "say"))
        .isEqualTo(MentionStatus.ASSERTED);
    assertThat(status("Russia must withdraw its troops from the border.", "withdraw"))
        .isEqualTo(MentionStatus.HYPOTHETICAL);
  }

  @Test
  void plainPastActionsAreAsserted() {
    String text = "Russia started deploying soldiers to Belarus.";
    assertThat(status(text, "deploy")).isEqualTo(MentionStatus.ASSERTED);
    assertThat(status(text, "start")).isEqualTo(MentionStatus.ASSERTED);
    assertThat(status("Blinken and Lavrov met in Geneva on Friday.", "meet"))
        .isEqualTo(MentionStatus.ASSERTED);
  }

  @Test
  void aResponseInTheEventOfAnInvasionIsConditionalAndNoSpeechAct() {
    String text = "Germany will respond with strong sanctions in the event of a Russian invasion.";
    // Decision: the condition (hung by the parser on "sanctions") makes the response hypothetical.
    assertThat(status(text, "respond")).isEqualTo(MentionStatus.HYPOTHETICAL);
    assertThat(speechAct(text, "respond")).isFalse();
    assertThat(status(text, "invasion")).isEqualTo(MentionStatus.HYPOTHETICAL);
  }

  @Test
  void aWarningIsAssertedWhileWhatItWarnsOfIsHypothetical() {
    String text =
        "Mr Blinken warned his Russian colleague of a united response if Russia took that step.";
    assertThat(status(text, "warn")).isEqualTo(MentionStatus.ASSERTED);
    assertThat(speechAct(text, "warn")).isTrue();
    assertThat(status(text, "take")).isEqualTo(MentionStatus.HYPOTHETICAL);
  }

  @Test
  void reportedSpeechKeepsTheEmbeddedActionAsserted() {
    String text = "Lavrov said that NATO threatens Russia.";
    assertThat(status(text, "threaten")).isEqualTo(MentionStatus.ASSERTED);
    assertThat(speechAct(text, "threaten")).isTrue();
  }

  @Test
  void noPlansToAndNoLongerNegate() {
    assertThat(status("Russia has no plans to invade Ukraine.", "invade"))
        .isEqualTo(MentionStatus.NEGATED);
    assertThat(status("Russia no longer supplies gas to Poland.", "supply"))
        .isEqualTo(MentionStatus.NEGATED);
  }

  @Test
  void refusingDenyingAndRejectingClaimsNegate() {
    assertThat(status("Russia refused to withdraw its troops.", "withdraw"))
        .isEqualTo(MentionStatus.NEGATED);
    assertThat(status("Russia refused to withdraw its troops.", "refuse"))
        .isEqualTo(MentionStatus.ASSERTED);
    assertThat(status("Kyiv rejects claims that Moscow withdrew troops.", "withdraw"))
        .isEqualTo(MentionStatus.NEGATED);
    assertThat(status("Moscow denied that it had sent troops to Belarus.", "send"))
        .isEqualTo(MentionStatus.NEGATED);
  }

  @Test
  void possibleEventsPreludesAndRisksAreHypothetical() {
    assertThat(status("Western leaders discussed a possible invasion of Ukraine.", "invasion"))
        .isEqualTo(MentionStatus.HYPOTHETICAL);
    assertThat(status("Western leaders discussed a possible invasion of Ukraine.", "discuss"))
        .isEqualTo(MentionStatus.ASSERTED);
    assertThat(status("The exercises could be a prelude to an invasion.", "invasion"))
        .isEqualTo(MentionStatus.HYPOTHETICAL);
    assertThat(status("Experts warned of the risk of armed conflict in Europe.", "conflict"))
        .isEqualTo(MentionStatus.HYPOTHETICAL);
  }

  @Test
  void setToAndDueToArePlanned() {
    assertThat(status("Scholz is set to visit Kyiv next week.", "visit"))
        .isEqualTo(MentionStatus.PLANNED);
    assertThat(status("Russia is due to hold talks with NATO on Wednesday.", "hold"))
        .isEqualTo(MentionStatus.PLANNED);
  }

  @Test
  void accusationsAndHedgesAreClaimedWhileTheAccusingIsAsserted() {
    String accused = "Moscow accused Kyiv of shelling Donetsk.";
    assertThat(status(accused, "shell")).isEqualTo(MentionStatus.CLAIMED);
    assertThat(status(accused, "accuse")).isEqualTo(MentionStatus.ASSERTED);
    assertThat(speechAct(accused, "accuse")).isTrue();
    assertThat(status("Russian troops reportedly entered Donetsk.", "enter"))
        .isEqualTo(MentionStatus.CLAIMED);
    String alleged = "Ukraine condemned the alleged attack on its embassy.";
    assertThat(status(alleged, "attack")).isEqualTo(MentionStatus.CLAIMED);
    assertThat(status(alleged, "condemn")).isEqualTo(MentionStatus.ASSERTED);
  }

  @Test
  void aDemandIsAssertedWhileWhatItDemandsIsNot() {
    String text = "Biden called on Putin to withdraw troops.";
    assertThat(status(text, "call")).isEqualTo(MentionStatus.ASSERTED);
    assertThat(speechAct(text, "call")).isTrue();
    assertThat(status(text, "withdraw")).isEqualTo(MentionStatus.HYPOTHETICAL);
  }

  // -------------------------------------------------------------------------------------------
  // Hand-built parses: one cue each

  /** Tokens as "word/lemma/POS", dependencies as {governor, dependent} with their relations. */
  private static Sentence built(String tokens, Object... dependencies) {
    String[] parts = tokens.split(" ");
    List<Token> list = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < parts.length; i++) {
      String[] f = parts[i].split("/");
      list.add(new Token(i, f[0], f[1], f[2], "O", offset, offset + f[0].length()));
      offset += f[0].length() + 1;
    }
    List<Dependency> deps = new ArrayList<>();
    for (int i = 0; i < dependencies.length; i += 3) {
      deps.add(
          new Dependency(
              (Integer) dependencies[i],
              (Integer) dependencies[i + 1],
              (String) dependencies[i + 2]));
    }
    return new Sentence(0, 0, tokens, 0, offset, list, true, true, List.of(), List.of(), deps);
  }

  @Test
  void noLongerNegates() {
    Sentence s =
        built(
            "Russia/Russia/NNP no/no/RB longer/longer/RB supplies/supply/VBZ gas/gas/NN ././.",
            -1,
            3,
            "root",
            3,
            0,
            "nsubj",
            3,
            2,
            "advmod",
            2,
            1,
            "advmod",
            3,
            4,
            "obj",
            3,
            5,
            "punct");
    Classification result = StatusClassifier.classify(s, 3);
    assertThat(result.status()).isEqualTo(MentionStatus.NEGATED);
    assertThat(result.cue()).isEqualTo("no longer");
  }

  @Test
  void rejectingClaimsNegatesTheClaimedAction() {
    Sentence s =
        built(
            "Kyiv/Kyiv/NNP rejects/reject/VBZ claims/claim/NNS that/that/IN Moscow/Moscow/NNP"
                + " withdrew/withdraw/VBD troops/troop/NNS ././.",
            -1,
            1,
            "root",
            1,
            0,
            "nsubj",
            1,
            2,
            "obj",
            2,
            5,
            "acl",
            5,
            3,
            "mark",
            5,
            4,
            "nsubj",
            5,
            6,
            "obj",
            1,
            7,
            "punct");
    assertThat(StatusClassifier.classify(s, 5).status()).isEqualTo(MentionStatus.NEGATED);
  }

  @Test
  void claimsThatMakeTheContentClaimed() {
    Sentence s =
        built(
            "Kyiv/Kyiv/NNP claims/claim/VBZ that/that/IN Moscow/Moscow/NNP"
                + " withdrew/withdraw/VBD troops/troop/NNS ././.",
            -1,
            1,
            "root",
            1,
            0,
            "nsubj",
            1,
            4,
            "ccomp",
            4,
            2,
            "mark",
            4,
            3,
            "nsubj",
            4,
            5,
            "obj",
            1,
            6,
            "punct");
    Classification result = StatusClassifier.classify(s, 4);
    assertThat(result.status()).isEqualTo(MentionStatus.CLAIMED);
    assertThat(result.cue()).isEqualTo("claims");
  }

  @Test
  void refusedToNegates() {
    Sentence s =
        built(
            "Russia/Russia/NNP refused/refuse/VBD to/to/TO withdraw/withdraw/VB ././.",
            -1,
            1,
            "root",
            1,
            0,
            "nsubj",
            1,
            3,
            "xcomp",
            3,
            2,
            "mark",
            1,
            4,
            "punct");
    assertThat(StatusClassifier.classify(s, 3).status()).isEqualTo(MentionStatus.NEGATED);
    assertThat(StatusClassifier.classify(s, 1).status()).isEqualTo(MentionStatus.ASSERTED);
  }

  @Test
  void isDueToIsPlanned() {
    Sentence s =
        built(
            "Scholz/Scholz/NNP is/be/VBZ due/due/JJ to/to/TO visit/visit/VB Kyiv/Kyiv/NNP ././.",
            -1,
            2,
            "root",
            2,
            0,
            "nsubj",
            2,
            1,
            "cop",
            2,
            4,
            "xcomp",
            4,
            3,
            "mark",
            4,
            5,
            "obj",
            2,
            6,
            "punct");
    assertThat(StatusClassifier.classify(s, 4).status()).isEqualTo(MentionStatus.PLANNED);
  }

  @Test
  void accusedOfDoingIsClaimed() {
    Sentence s =
        built(
            "Moscow/Moscow/NNP accused/accuse/VBD Kyiv/Kyiv/NNP of/of/IN shelling/shell/VBG"
                + " Donetsk/Donetsk/NNP ././.",
            -1,
            1,
            "root",
            1,
            0,
            "nsubj",
            1,
            2,
            "obj",
            1,
            4,
            "advcl",
            4,
            3,
            "mark",
            4,
            5,
            "obj",
            1,
            6,
            "punct");
    assertThat(StatusClassifier.classify(s, 4).status()).isEqualTo(MentionStatus.CLAIMED);
    assertThat(StatusClassifier.classify(s, 1).status()).isEqualTo(MentionStatus.ASSERTED);
    assertThat(StatusClassifier.isSpeechAct(s, 1)).isTrue();
  }

  @Test
  void negationOutranksTheFutureAuxiliary() {
    Sentence s =
        built(
            "Moscow/Moscow/NNP will/will/MD not/not/RB invade/invade/VB ././.",
            -1,
            3,
            "root",
            3,
            0,
            "nsubj",
            3,
            1,
            "aux",
            3,
            2,
            "advmod",
            3,
            4,
            "punct");
    Classification result = StatusClassifier.classify(s, 3);
    assertThat(result.status()).isEqualTo(MentionStatus.NEGATED);
    assertThat(result.cue()).isEqualTo("not");
  }

  @Test
  void aConditionalThreatIsAssertedButWhatItThreatensIsHypothetical() {
    Sentence s =
        built(
            "Germany/Germany/NNP threatens/threaten/VBZ sanctions/sanction/NNS if/if/IN"
                + " Russia/Russia/NNP invades/invade/VBZ ././.",
            -1,
            1,
            "root",
            1,
            0,
            "nsubj",
            1,
            2,
            "obj",
            1,
            5,
            "advcl",
            5,
            3,
            "mark",
            5,
            4,
            "nsubj",
            1,
            6,
            "punct");
    assertThat(StatusClassifier.classify(s, 1).status()).isEqualTo(MentionStatus.ASSERTED);
    assertThat(StatusClassifier.classify(s, 2).status()).isEqualTo(MentionStatus.HYPOTHETICAL);
    assertThat(StatusClassifier.classify(s, 5).status()).isEqualTo(MentionStatus.HYPOTHETICAL);
  }

  @Test
  void evenIfDoesNotMakeTheMainClauseConditional() {
    Sentence s =
        built(
            "Russia/Russia/NNP attacked/attack/VBD even/even/RB if/if/IN NATO/NATO/NNP"
                + " objected/object/VBD ././.",
            -1,
            1,
            "root",
            1,
            0,
            "nsubj",
            1,
            5,
            "advcl",
            5,
            2,
            "advmod",
            5,
            3,
            "mark",
            5,
            4,
            "nsubj",
            1,
            6,
            "punct");
    assertThat(StatusClassifier.classify(s, 1).status()).isEqualTo(MentionStatus.ASSERTED);
  }

  @Test
  void callingOnIsASpeechAct() {
    Sentence s =
        built(
            "NATO/NATO/NNP called/call/VBD on/on/IN Russia/Russia/NNP to/to/TO"
                + " withdraw/withdraw/VB ././.",
            -1,
            1,
            "root",
            1,
            0,
            "nsubj",
            1,
            3,
            "obl",
            3,
            2,
            "case",
            1,
            5,
            "xcomp",
            5,
            4,
            "mark",
            1,
            6,
            "punct");
    assertThat(StatusClassifier.isSpeechAct(s, 1)).isTrue();
    assertThat(StatusClassifier.isSpeechAct(s, 5)).isFalse();
  }

  @Test
  void aSentenceWithoutAParseIsAssertedWithLowConfidence() {
    Sentence s = built("It/it/PRP was/be/VBD cold/cold/JJ ././.");
    Classification result = StatusClassifier.classify(s, 1);
    assertThat(result.status()).isEqualTo(MentionStatus.ASSERTED);
    assertThat(result.confidence()).isLessThan(0.5);
  }

  @Test
  void codesAreLowercase() {
    assertThat(MentionStatus.values())
        .extracting(MentionStatus::code)
        .containsExactly("asserted", "negated", "hypothetical", "planned", "claimed");
    assertThat(MentionStatus.fromCode("planned")).isEqualTo(MentionStatus.PLANNED);
  }
}
