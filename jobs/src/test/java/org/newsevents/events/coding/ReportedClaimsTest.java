package org.newsevents.events.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Acts one party reports of another are its claims (issue 14: status too often asserted). */
class ReportedClaimsTest {
  /**
   * Stop 28: "McMaster said Russia was supporting a murderous regime", "Pompeo said that Kim had
   * promised Trump" were asserted (an audit of unseen AllSides articles: 3 of 163 mentions).
   */
  @Test
  void regressionAnotherPartysReportOfAnActIsAClaim() {
    assertThat(CodedSentences.codes("US officials say Russia has increased its troops in Belarus."))
        .containsExactly("RUS -> null 154 claimed");
  }

  @Test
  void anActorReportingItsOwnCountrysActOrAnOutletsReportIsAsserted() {
    assertThat(CodedSentences.codes("Lavrov said Russia had withdrawn its troops from Belarus."))
        .containsExactly("RUS -> BLR 0874 asserted");
    assertThat(CodedSentences.codes("CNN reported that Russia attacked Ukraine."))
        .containsExactly("RUS -> UKR 190 asserted");
  }
}
