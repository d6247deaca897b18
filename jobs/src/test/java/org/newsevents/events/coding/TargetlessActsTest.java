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
}
