package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dated roles of persons read over the period an event's date names (issue 16). */
class OfficeHistoryTest {
  private static final TinyDictionary DICTIONARY =
      new TinyDictionary()
          .actor("HOSNI_MUBARAK", "Hosni Mubarak", "person", "EGY", "Mubarak")
          .code("HOSNI_MUBARAK", "EGYELI", "ELI", null, null)
          .code("HOSNI_MUBARAK", "EGYGOV", "GOV", "1981-10-14", "2011-02-11")
          .actor("DONALD_TRUMP", "Donald Trump", "person", "USA", "Trump")
          .code("DONALD_TRUMP", "USAGOV", "GOV", "2017-01-20", "2021-01-20")
          .actor("TSAI_ING_WEN", "Tsai Ing-wen", "person", "TWN", "Tsai")
          .code("TSAI_ING_WEN", "TWNGOV", "GOV", "2006-12-01", "2008-02-28")
          .actor("VLADIMIR_PUTIN", "Vladimir Putin", "person", "RUS", "Putin")
          .code("VLADIMIR_PUTIN", "RUSGOV", "GOV", "2000-05-07", null);

  private static final OfficeHistory HISTORY = new OfficeHistory(DICTIONARY);

  private static ResolvedActor person(String key, String country) {
    return new ResolvedActor(key, key, "person", country, null, null, List.of(), true, null);
  }

  private static String codeIn(String key, String country, String articleCode, int year) {
    return HISTORY
        .codeDuring(
            person(key, country),
            articleCode,
            LocalDate.of(2018, 6, 1),
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31))
        .orElse(articleCode);
  }

  @Test
  void aYearTakesTheRoleHeldOnMostOfItsDays() {
    assertThat(codeIn("HOSNI_MUBARAK", "EGY", "EGYELI", 2003)).isEqualTo("EGYGOV");
    // Out of office from 11 February: 2011 was mostly not his presidency's year.
    assertThat(codeIn("HOSNI_MUBARAK", "EGY", "EGYELI", 2011)).isEqualTo("EGYELI");
    // In office from 20 January: 2017 was.
    assertThat(codeIn("DONALD_TRUMP", "USA", "USAGOV", 2017)).isEqualTo("USAGOV");
  }

  @Test
  void aDatedOfficeOfTheArticlesDayDoesNotReachBackToYearsItDoesNotCover() {
    assertThat(codeIn("DONALD_TRUMP", "USA", "USAGOV", 2005)).isEqualTo("USA");
  }

  @Test
  void aCodeTheDictionaryDoesNotDateForThePeriodStands() {
    // "President Tsai" in 2016: the title gave the code, the dictionary's role ended in 2008.
    assertThat(codeIn("TSAI_ING_WEN", "TWN", "TWNGOV", 2016)).isEqualTo("TWNGOV");
  }

  @Test
  void aFormerOfficeHolderHasHisLastOfficeBeforeTheArticle() {
    assertThat(HISTORY.lastOfficeBefore("HOSNI_MUBARAK", LocalDate.of(2013, 7, 4)))
        .contains("EGYGOV");
    assertThat(HISTORY.lastOfficeBefore("DONALD_TRUMP", LocalDate.of(2022, 1, 19)))
        .contains("USAGOV");
  }

  @Test
  void aPersonInOfficeOnTheArticlesDayOrNeverInOfficeHasNoPastOffice() {
    assertThat(HISTORY.lastOfficeBefore("VLADIMIR_PUTIN", LocalDate.of(2016, 8, 15))).isEmpty();
    assertThat(HISTORY.lastOfficeBefore("DONALD_TRUMP", LocalDate.of(2016, 8, 15))).isEmpty();
  }
}
