package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.events.coding.CodedSentences.codes;

import org.junit.jupiter.api.Test;

/**
 * Which acts are coded with no target, on real CoreNLP parses and the bundled dictionaries (issue
 * 14): aid goes to someone and an investigation is of someone; a deployment or a guilty plea needs
 * no one.
 */
class TargetlessActsTest {
  @Test
  void aidWithNoOneItGoesToIsNoEvent() {
    assertThat(codes("Russia transports weapons across the Middle East."))
        .noneMatch(coded -> coded.contains(" 07"));
  }

  @Test
  void anInvestigationOfNoOneIsNoEvent() {
    assertThat(codes("The police of Germany launched an investigation on Monday.")).isEmpty();
  }

  @Test
  void aidToSomeoneIsStillCoded() {
    assertThat(codes("Russia sent aid to Syria.")).containsExactly("RUS -> SYR 070 asserted");
  }

  @Test
  void regressionReleasingDocumentsIsNoReleaseOfAPerson() {
    // Unseen news, issue 14: "The White House released more than 100 pages of e-mails" was 084
    // (release a person) from the CAMEO dictionary's bare verb, with no one released.
    assertThat(codes("The White House released more than 100 pages of e-mails on Wednesday."))
        .isEmpty();
  }

  @Test
  void aSeizureOrCaptureNeedsNoTargetToBeCoded() {
    // The curated coercive verbs say what they are alone: the town and the documents have no actor,
    // the acts are real (capturing a town occupies territory, 192).
    assertThat(codes("Syrian rebels captured the central town of Khanaser on Monday."))
        .containsExactly("SYRREB -> null 192 asserted");
    assertThat(codes("Iran seized the documents on Friday."))
        .containsExactly("IRN -> null 171 asserted");
  }
}
