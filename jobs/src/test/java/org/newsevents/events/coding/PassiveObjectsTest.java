package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A passive whose subject is the thing done keeps the pattern its active form has and is aimed at
 * the actor its phrases name, on real CoreNLP parses and the bundled dictionaries (issue 14:
 * "sanctions were imposed on X by Y" coded a bare 170 against no one).
 */
class PassiveObjectsTest {
  @Test
  void sanctionsImposedOnSomeoneByAnActorAreItsSanctions() {
    assertThat(CodedSentences.codes("Sanctions were imposed on Iran by the European Union."))
        .containsExactly("IGOEUREEC -> IRN 163 asserted");
  }

  @Test
  void anInvestigationIntoSomeoneLaunchedByAnActorIsItsInvestigation() {
    assertThat(
            CodedSentences.codes("An investigation into Boris Johnson was launched by the police."))
        .containsExactly("GBRCOP -> GBRGOV 090 asserted");
  }

  @Test
  void aClauseModifyingThePassiveSubjectIsNoPartOfThePattern() {
    assertThat(
            CodedSentences.codes(
                "A man suspected to have supplied the gun was arrested by the police in Paris."))
        .noneMatch(coded -> coded.contains(" 1711 "));
  }
}
