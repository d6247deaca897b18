package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dyads that are no interaction between actors, on real CoreNLP parses (issue 14). */
class DyadsTest {
  @Test
  void aCountryActingOnItsOwnGovernmentIsNoInteraction() {
    assertThat(CodedSentences.codes("Poland expects an apology from Warsaw."))
        .noneMatch(coded -> coded.startsWith("POL -> POLGOV"));
  }
}
