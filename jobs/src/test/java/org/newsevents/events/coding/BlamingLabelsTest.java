package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Calling someone's act by a name of blame accuses or denounces its author, on real CoreNLP parses
 * and the bundled dictionaries (issue 14: "called X's conduct a breach" coded nothing).
 */
class BlamingLabelsTest {
  @Test
  void callingSomeonesConductABreachAccusesThem() {
    assertThat(
            CodedSentences.codes(
                "Angela Merkel called Vladimir Putin's conduct a \"breach of his"
                    + " responsibilities,\" according to NBC."))
        .containsExactly("DEUELI -> RUSGOV 112 asserted");
  }

  @Test
  void callingSomeoneACriminalAccusesThem() {
    assertThat(CodedSentences.codes("Joe Biden called Vladimir Putin a war criminal."))
        .containsExactly("USAGOV -> RUSGOV 112 asserted");
  }

  @Test
  void callingSomeonesActIllegalDenouncesIt() {
    assertThat(
            CodedSentences.codes(
                "Vladimir Putin called the sanctions of the European Union illegal."))
        .containsExactly("RUSGOV -> IGOEUREEC 111 asserted");
  }

  @Test
  void aLabelThatBlamesNoOneIsNoEvent() {
    assertThat(CodedSentences.codes("Angela Merkel called the talks with France productive."))
        .isEmpty();
  }
}
