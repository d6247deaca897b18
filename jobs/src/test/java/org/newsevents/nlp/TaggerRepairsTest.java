package org.newsevents.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger's mistakes that {@link TaggerRepairs} puts right, through the real pipeline. */
class TaggerRepairsTest {

  private static Sentence annotated(String text) {
    return NlpPipeline.get()
        .annotate(
            "t",
            List.of(text),
            List.of(0),
            LocalDate.of(2019, 5, 1),
            SentenceTriage.everySentence())
        .sentences()
        .get(0);
  }

  private static List<String> tags(Sentence sentence) {
    return sentence.tokens().stream().map(Token::pos).toList();
  }

  @Test
  void possessiveSubjectMilitaryTaggedAsAnAdjectiveWithItsVerbAsAParticiple() {
    Sentence sentence = annotated("Pakistan's military accused India of violating the ceasefire.");

    assertThat(tags(sentence).subList(0, 4)).containsExactly("NNP", "POS", "NN", "VBD");
    assertThat(sentence.dependencies())
        .anySatisfy(
            dependency -> {
              assertThat(dependency.relation()).isEqualTo("nsubj");
              assertThat(sentence.tokens().get(dependency.dependent()).word())
                  .isEqualTo("military");
              assertThat(sentence.tokens().get(dependency.governor()).word()).isEqualTo("accused");
            });
  }

  @Test
  void possessiveSubjectMilitaryBeforeAPastTenseVerb() {
    assertThat(tags(annotated("Turkey's military shelled Kurdish positions.")).get(2))
        .isEqualTo("NN");
  }

  @Test
  void anAdjectiveWhoseParticipleModifiesANounIsLeftAlone() {
    List<String> tags = tags(annotated("Iran's nuclear enriched uranium worries Israel."));

    assertThat(tags.get(2)).isEqualTo("JJ");
    assertThat(tags.get(3)).isNotEqualTo("VBD");
  }
}
