package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A subject that names no actor acts through the actors it lists ("including", "such as"), on real
 * CoreNLP parses and the bundled dictionaries (issue 14: "officials pressured X ..., including Y
 * and Z" coded nothing).
 */
class IncludedActorsTest {
  @Test
  void aSubjectActsThroughTheActorsItIncludes() {
    assertThat(
            CodedSentences.codes(
                "Many leaders, including Emmanuel Macron, criticized Vladimir Putin on Monday."))
        .containsExactly("FRAGOV -> RUSGOV 111 asserted");
  }

  @Test
  void aTrailingIncludingListNamesTheSubjectsMembersOnceForTheirKind() {
    assertThat(
            CodedSentences.codes(
                "Several officials pressured Joe Biden not to veto the bill, including senators"
                    + " Bernie Sanders and Elizabeth Warren."))
        .containsOnlyOnce("USALEG -> USAGOV 100 asserted");
  }

  @Test
  void aSubjectListingNoActorCodesNothing() {
    assertThat(
            CodedSentences.codes(
                "Many leaders, including the mayor, criticized Vladimir Putin on Monday."))
        .isEmpty();
  }
}
