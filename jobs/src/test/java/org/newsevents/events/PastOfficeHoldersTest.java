package org.newsevents.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.events.coding.CodedSentences;

/**
 * Issues 15 and 16: a person is coded with the office held when the event happened, also when that
 * is years before the article. Real parses, the bundled dictionary, an article of 15 August 2016.
 */
class PastOfficeHoldersTest {
  private static final LocalDate AUGUST_2016 = LocalDate.of(2016, 8, 15);

  private static List<EventMention> code(String sentence) {
    return CodedSentences.mentions(sentence, AUGUST_2016);
  }

  private static String codes(EventMention m) {
    return m.actor1Code() + " -> " + m.actor2Code() + " " + m.eventCode();
  }

  @Test
  void aYearDatedActCodesThePersonWithTheOfficeHeldThatYear() {
    List<EventMention> events = code("George W. Bush invaded Iraq in 2003.");
    assertThat(events)
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("USAGOV -> IRQ 192");
    assertThat(events.get(0).date().date()).isEqualTo(LocalDate.of(2003, 1, 1));
  }

  @Test
  void aMonthDatedActCodesEachPersonWithTheOfficeHeldThatMonth() {
    assertThat(code("In May 2008, George W. Bush met Putin in Sochi."))
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("USAGOV -> RUSGOV 040");
  }

  @Test
  void aYearDatedActOfSomeoneNotYetInOfficeClaimsNoOffice() {
    // Obama was in the Senate in 2007, an office the dictionary does not date, and Netanyahu led
    // the opposition: neither is the government the article's day makes them.
    assertThat(code("Obama and Netanyahu first met in 2007 in Washington."))
        .extracting(PastOfficeHoldersTest::codes)
        .isNotEmpty()
        .allSatisfy(dyad -> assertThat(dyad).doesNotContain("GOV"));
  }

  @Test
  void anUndatedPastActOfOfficeByAFormerLeaderTakesHisLastOfficeAndNoDay() {
    List<EventMention> events = code("Nixon signed the Paris accords with North Vietnam.");
    assertThat(events)
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("USAGOV -> VNM 057");
    // It happened while he was president, years before the article: not on the article's day.
    assertThat(events.get(0).date().isKnown()).isFalse();
    assertThat(events.get(0).date().precisionCode()).isEqualTo("unknown");
  }

  @Test
  void aPastPassiveActOfOfficeByAFormerLeaderTakesHisLastOffice() {
    assertThat(code("The Paris accords were signed by Richard Nixon and North Vietnam."))
        .extracting(PastOfficeHoldersTest::codes)
        .contains("USAGOV -> VNM 057");
  }

  @Test
  void aPresentPerfectActOfAFormerLeaderStaysAsOfTheArticle() {
    // "has negotiated" reports a recent act bearing on the present, as a former leader does one.
    List<EventMention> events =
        code("Jimmy Carter has negotiated the release of two prisoners with North Korea.");
    assertThat(events)
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("USAELI -> PRK 0831");
    assertThat(events.get(0).date().date()).isEqualTo(AUGUST_2016);
  }

  @Test
  void anUndatedPastSanctionByAFormerLeaderTakesHisLastOffice() {
    assertThat(code("George W. Bush imposed sanctions on Iran."))
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("USAGOV -> IRN 163");
  }

  @Test
  void anActOfAFormerLeadersAdministrationTakesHisLastOffice() {
    assertThat(code("The Bush administration negotiated the timetable with Iraq."))
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("USAGOV -> IRQ 046");
    assertThat(code("George W. Bush's government sanctioned Iran."))
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("USAGOV -> IRN 163");
  }

  @Test
  void aThenTitleCodesTheOfficeHeldThenWhateverTheAct() {
    assertThat(
            code(
                "Weeks after the attacks, then-Iranian President Mahmoud Ahmadinejad falsely"
                    + " accused the US of organizing them."))
        .extracting(PastOfficeHoldersTest::codes)
        .contains("IRNGOV -> USA 112");
    assertThat(code("Then President George W. Bush criticised Iran."))
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("USAGOV -> IRN 111");
  }

  @Test
  void aThenOfSequenceBeforeAFutureActIsNoPastTitle() {
    assertThat(code("Then President George W. Bush will visit Iran."))
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("USAELI -> IRN 042");
  }

  @Test
  void anUndatedStatementOfAFormerLeaderStaysAsOfTheArticle() {
    List<EventMention> events = code("George W. Bush criticised Iran.");
    assertThat(events)
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("USAELI -> IRN 111");
    assertThat(events.get(0).date().date()).isEqualTo(AUGUST_2016);
  }

  @Test
  void aTargetOfAnUndatedPastActIsNotRecodedForTheActAlone() {
    // Mubarak was tried and jailed after he left office: an act against him is no act against
    // the office he once held.
    assertThat(code("An Egyptian court jailed Mubarak."))
        .extracting(PastOfficeHoldersTest::codes)
        .isNotEmpty()
        .allSatisfy(dyad -> assertThat(dyad).contains("EGYELI"));
  }

  @Test
  void aLeaderInOfficeOnTheArticlesDayKeepsItsCodeAndTheArticlesDay() {
    List<EventMention> events = code("Obama imposed sanctions on Russia.");
    assertThat(events)
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("USAGOV -> RUS 163");
    assertThat(events.get(0).date().date()).isEqualTo(AUGUST_2016);
  }

  @Test
  void countriesKeepTheirCodesAtAnyDate() {
    assertThat(code("Iraq invaded Kuwait in 1990."))
        .extracting(PastOfficeHoldersTest::codes)
        .containsExactly("IRQ -> KWT 192");
  }
}
