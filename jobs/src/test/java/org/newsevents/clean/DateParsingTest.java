package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DateParsingTest {
  private static final LocalDate JAN_19 = LocalDate.of(2022, 1, 19);

  @Test
  void readsTheFormsFeedsUse() {
    assertThat(DateParsing.parsePublished("2022-01-19")).contains(JAN_19);
    assertThat(DateParsing.parsePublished("2022-01-19T23:30:00+02:00")).contains(JAN_19);
    assertThat(DateParsing.parsePublished("Wed, 19 Jan 2022 03:11:00 GMT")).contains(JAN_19);
    assertThat(DateParsing.parsePublished("19 january 2022")).contains(JAN_19);
    assertThat(DateParsing.parsePublished("January 19, 2022")).contains(JAN_19);
    assertThat(DateParsing.parsePublished("Jan. 19th 2022")).contains(JAN_19);
    assertThat(DateParsing.parsePublished("2022/01/19")).contains(JAN_19);
  }

  @Test
  void guessesNothingWithoutAYearOrForImpossibleDates() {
    assertThat(DateParsing.parsePublished("9/16")).isEmpty();
    assertThat(DateParsing.parsePublished("2022-02-30")).isEmpty();
    assertThat(DateParsing.parsePublished("")).isEmpty();
    assertThat(DateParsing.parsePublished(null)).isEmpty();
  }

  @Test
  void findsMonthsAndDaysWrittenWithoutAYearButNotFullDatesOrLowercaseMay() {
    String text =
        "Truss met Lavrov on February 10 and 14 Feb. in Moscow; talks on 12 January 2022 and"
            + " January 21, 2022 came first. Officials may 10 times repeat it; 30,000 March troops.";
    assertThat(DateParsing.findAllMonthDays(text))
        .extracting(DateParsing.FoundMonthDay::monthDay)
        .containsExactly(MonthDay.of(2, 10), MonthDay.of(2, 14));
  }
}
