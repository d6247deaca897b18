package org.newsevents.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsevents.events.EventDate.Precision;
import org.newsevents.events.EventDeduplicator.Assignment;
import org.newsevents.events.EventDeduplicator.Merge;
import org.newsevents.events.EventDeduplicator.NewEvent;
import org.newsevents.ingest.InputReader;

/**
 * Which mentions become one event, on the Blinken–Lavrov meeting in Geneva of Friday 21 January
 * 2022 as three articles told it, and on reports that must stay apart.
 */
class EventDeduplicatorTest {
  private static final ActorRef BLINKEN = new ActorRef("a-blinken", "USA", false);
  private static final ActorRef LAVROV = new ActorRef("a-lavrov", "RUS", false);
  private static final ActorRef USA = new ActorRef("a-usa", "USA", true);
  private static final ActorRef RUSSIA = new ActorRef("a-russia", "RUS", true);
  private static final ActorRef UKRAINE = new ActorRef("a-ukraine", "UKR", true);
  private static final ActorRef SHERMAN = new ActorRef("a-sherman", "USA", false);
  private static final ActorRef UNKNOWN_ENVOY = new ActorRef("a-envoy", null, false);
  private static final LocalDate FRIDAY = LocalDate.of(2022, 1, 21);

  /** "Blinken met Lavrov in Geneva on Friday": the sentence dates it to the day. */
  private static final CodedMention BLINKEN_MET_LAVROV =
      mention("reuters-1#4", BLINKEN, LAVROV, "044").date(FRIDAY, Precision.DAY).in("CHE").build();

  /** "Lavrov met Blinken in Geneva on Friday", in an article of Saturday. */
  private static final CodedMention LAVROV_MET_BLINKEN =
      mention("tass-7#2", LAVROV, BLINKEN, "044").date(FRIDAY, Precision.DAY).in("CHE").build();

  /** "The US and Russia met on Friday": countries only, no place. */
  private static final CodedMention US_AND_RUSSIA_MET =
      mention("bbc-3#1", USA, RUSSIA, "044").date(FRIDAY, Precision.DAY).build();

  private static final List<CodedMention> GENEVA =
      List.of(BLINKEN_MET_LAVROV, LAVROV_MET_BLINKEN, US_AND_RUSSIA_MET);

  @Test
  void genevaMeetingReportedByThreeArticlesIsOneEvent() {
    Assignment assignment = EventDeduplicator.assign(List.of(), GENEVA);

    // Two reports are dated to the day by their sentence; the one naming the ministers anchors,
    // not the one naming only their countries.
    String eventId = InputReader.shortSha256(BLINKEN_MET_LAVROV.mentionId());
    assertThat(assignment.newEvents()).containsExactly(new NewEvent(eventId, BLINKEN_MET_LAVROV));
    assertThat(assignment.eventIdByMentionId())
        .containsOnlyKeys("reuters-1#4", "tass-7#2", "bbc-3#1")
        .allSatisfy((mentionId, id) -> assertThat(id).isEqualTo(eventId));
    assertThat(GENEVA.stream().map(EventDeduplicator::blockingKey).distinct())
        .containsExactly("04|RUS|USA");
  }

  @Test
  void theBestDatedMentionAnchorsTheEventWhateverComesFirst() {
    Assignment assignment =
        EventDeduplicator.assign(List.of(), List.of(LAVROV_MET_BLINKEN, BLINKEN_MET_LAVROV));

    assertThat(assignment.newEvents())
        .extracting(NewEvent::anchor)
        .containsExactly(BLINKEN_MET_LAVROV);
  }

  @Test
  void aDifferentRootDoesNotMerge() {
    CodedMention blinkenAccusedLavrov =
        mention("ap-2#5", BLINKEN, LAVROV, "112").date(FRIDAY, Precision.DAY).in("CHE").build();

    assertThat(EventDeduplicator.compatible(BLINKEN_MET_LAVROV, blinkenAccusedLavrov)).isFalse();
    assertThat(
            EventDeduplicator.assign(List.of(), List.of(BLINKEN_MET_LAVROV, blinkenAccusedLavrov))
                .newEvents())
        .hasSize(2);
  }

  @Test
  void dayDatesTwoWeeksApartDoNotMerge() {
    CodedMention twoWeeksEarlier =
        mention("reuters-0#1", BLINKEN, LAVROV, "044")
            .date(FRIDAY.minusWeeks(2), Precision.DAY)
            .in("CHE")
            .build();

    assertThat(EventDeduplicator.compatible(BLINKEN_MET_LAVROV, twoWeeksEarlier)).isFalse();
    assertThat(
            EventDeduplicator.assign(List.of(), List.of(BLINKEN_MET_LAVROV, twoWeeksEarlier))
                .newEvents())
        .hasSize(2);
  }

  @Test
  void twoMeetingsOfThePairOnDifferentDaysAreTwoEvents() {
    CodedMention metAgainOnSaturday =
        mention("x#1", BLINKEN, LAVROV, "044").date(FRIDAY.plusDays(1), Precision.DAY).build();
    CodedMention metOnFridayToo =
        mention("y#1", LAVROV, BLINKEN, "044").date(FRIDAY, Precision.DAY).build();

    assertThat(EventDeduplicator.compatible(BLINKEN_MET_LAVROV, metAgainOnSaturday)).isFalse();
    assertThat(EventDeduplicator.compatible(BLINKEN_MET_LAVROV, metOnFridayToo)).isTrue();
    Assignment assignment =
        EventDeduplicator.assign(
            List.of(), List.of(metAgainOnSaturday, BLINKEN_MET_LAVROV, metOnFridayToo));
    assertThat(assignment.newEvents())
        .extracting(NewEvent::anchor)
        .containsExactly(BLINKEN_MET_LAVROV, metAgainOnSaturday);
  }

  @Test
  void aMentionJoinsOnlyAnEventOfItsOwnBaseCode() {
    // "Blinken visited Lavrov" (042) and "Blinken held talks with Lavrov" (046) share root 04 only.
    CodedMention visited =
        mention("v#1", BLINKEN, LAVROV, "042").date(FRIDAY, Precision.DAY).build();
    CodedMention heldTalks =
        mention("h#1", BLINKEN, LAVROV, "046").date(FRIDAY, Precision.DAY).build();
    CodedMention heldTalksAgain =
        mention("h#2", BLINKEN, LAVROV, "0461").date(FRIDAY, Precision.DAY).build();

    assertThat(EventDeduplicator.compatible(visited, heldTalks)).isFalse();
    assertThat(EventDeduplicator.compatible(heldTalks, heldTalksAgain)).isTrue();
    assertThat(EventDeduplicator.blockingKey(visited))
        .isEqualTo(EventDeduplicator.blockingKey(heldTalks));
  }

  @Test
  void aMonthPrecisionMentionMergesWithADayInsideTheMonthOnly() {
    CodedMention inJanuary =
        mention("dw-4#9", BLINKEN, LAVROV, "044")
            .date(LocalDate.of(2022, 1, 1), Precision.MONTH)
            .build();
    CodedMention onFebruaryFifth =
        mention("dw-5#1", BLINKEN, LAVROV, "044")
            .date(LocalDate.of(2022, 2, 5), Precision.DAY)
            .build();

    assertThat(EventDeduplicator.compatible(BLINKEN_MET_LAVROV, inJanuary)).isTrue();
    assertThat(EventDeduplicator.compatible(inJanuary, onFebruaryFifth)).isFalse();
    assertThat(EventDeduplicator.blockingKey(inJanuary))
        .isEqualTo(EventDeduplicator.blockingKey(BLINKEN_MET_LAVROV));
    Assignment assignment =
        EventDeduplicator.assign(List.of(), List.of(inJanuary, BLINKEN_MET_LAVROV));
    assertThat(assignment.newEvents())
        .extracting(NewEvent::anchor)
        .containsExactly(BLINKEN_MET_LAVROV);
    assertThat(assignment.eventIdByMentionId().get("dw-4#9"))
        .isEqualTo(assignment.eventIdByMentionId().get("reuters-1#4"));
  }

  @Test
  void aWeekPrecisionMentionCoversItsIsoWeekMondayToSunday() {
    CodedMention thatWeek =
        mention("w#1", BLINKEN, LAVROV, "044")
            .date(LocalDate.of(2022, 1, 17), Precision.WEEK)
            .build();
    CodedMention tuesdayAfter =
        mention("w#2", BLINKEN, LAVROV, "044")
            .date(LocalDate.of(2022, 1, 25), Precision.DAY)
            .build();

    assertThat(EventDeduplicator.compatible(thatWeek, BLINKEN_MET_LAVROV)).isTrue();
    assertThat(EventDeduplicator.compatible(thatWeek, tuesdayAfter)).isFalse();
  }

  @Test
  void aSentenceDatedMentionNeverJoinsAnArticleDatedOne() {
    // "Lavrov met Blinken in Geneva", no date in the sentence, in an article of the next day.
    CodedMention nextDayArticle =
        mention("tass-8#2", LAVROV, BLINKEN, "044").articleDate(FRIDAY.plusDays(1)).build();
    CodedMention sameDayArticle =
        mention("ria-1#3", BLINKEN, LAVROV, "044").articleDate(FRIDAY.plusDays(1)).build();
    CodedMention nextMorningArticle =
        mention("ria-2#3", BLINKEN, LAVROV, "044").articleDate(FRIDAY.plusDays(2)).build();
    CodedMention twoDaysLaterArticle =
        mention("ria-3#3", BLINKEN, LAVROV, "044").articleDate(FRIDAY.plusDays(3)).build();

    assertThat(EventDeduplicator.compatible(BLINKEN_MET_LAVROV, nextDayArticle)).isFalse();
    // Two reports dated only by their articles match when published on the same or the next day:
    // the week before each is all they say, 8 days for one day, 9 for two.
    assertThat(EventDeduplicator.merge(nextDayArticle, sameDayArticle))
        .contains(new Merge(MergeRule.PUBLISHED_TOGETHER, 1.0 / 8));
    assertThat(EventDeduplicator.merge(nextDayArticle, nextMorningArticle))
        .contains(new Merge(MergeRule.PUBLISHED_TOGETHER, 1.0 / 9));
    assertThat(EventDeduplicator.compatible(nextDayArticle, twoDaysLaterArticle)).isFalse();
    assertThat(
            EventDeduplicator.assign(List.of(), List.of(nextDayArticle, BLINKEN_MET_LAVROV))
                .newEvents())
        .hasSize(2);
  }

  @Test
  void aHypotheticalSeizureDoesNotJoinTheAnnexationOfCrimea() {
    // 001 (dated 2022-01-19): "Russia annexed the Ukrainian peninsula of Crimea in 2014."
    CodedMention annexedIn2014 =
        mention("001#41", RUSSIA, UKRAINE, "171")
            .date(LocalDate.of(2014, 1, 1), Precision.YEAR)
            .build();
    // 003 (undated): "... a response if Russia took that step."
    CodedMention ifRussiaTookThatStep = mention("003#9", RUSSIA, UKRAINE, "171").undated().build();
    // 004 (undated): "... has continued to take provocative military measures".
    CodedMention continuedToTakeMeasures =
        mention("004#71", RUSSIA, UKRAINE, "171").undated().build();
    // The same sentence in a dated article, dated by it only.
    CodedMention inADatedArticle =
        mention("005#9", RUSSIA, UKRAINE, "171").articleDate(LocalDate.of(2022, 1, 22)).build();

    Assignment assignment =
        EventDeduplicator.assign(
            List.of(),
            List.of(annexedIn2014, ifRussiaTookThatStep, continuedToTakeMeasures, inADatedArticle));

    assertThat(assignment.newEvents()).hasSize(4);
    assertThat(assignment.mergeByMentionId().values()).containsOnly(Merge.ANCHOR);
  }

  @Test
  void targetlessMentionsOfUndatedArticlesDoNotMerge() {
    ActorRef blair = new ActorRef("a-blair", "GBR", false);
    // "Tony Blair pledged aid", in eight unrelated undated articles.
    List<CodedMention> undated = new ArrayList<>();
    for (int article = 0; article < 8; article++) {
      undated.add(mention("bbc-" + article + "#1", blair, null, "070").undated().build());
    }
    assertThat(EventDeduplicator.assign(List.of(), undated).newEvents()).hasSize(8);

    // Dated articles of one day without a date in the sentence: still too little to go on.
    CodedMention monday = mention("a#1", blair, null, "070").articleDate(FRIDAY).build();
    CodedMention mondayToo = mention("b#1", blair, null, "070").articleDate(FRIDAY).build();
    assertThat(EventDeduplicator.compatible(monday, mondayToo)).isFalse();
    // Both sentences name the day and the code is the same: one act.
    CodedMention onFriday = mention("c#1", blair, null, "070").date(FRIDAY, Precision.DAY).build();
    CodedMention onFridayToo =
        mention("d#4", blair, null, "070").date(FRIDAY, Precision.DAY).build();
    CodedMention otherCodeOnFriday =
        mention("e#4", blair, null, "0700").date(FRIDAY, Precision.DAY).build();
    assertThat(EventDeduplicator.merge(onFriday, onFridayToo))
        .contains(new Merge(MergeRule.SAME_DAY, 1.0));
    assertThat(EventDeduplicator.compatible(onFriday, otherCodeOnFriday)).isFalse();
  }

  @Test
  void withinOneArticleAnUndatedSentenceRetellsTheActItsLeadDated() {
    ActorRef lam = new ActorRef("a-lam", "HKG", false);
    ActorRef protesters = new ActorRef("a-protesters", "HKG", false);
    // "On Wednesday, Carrie Lam announced that her government will withdraw the bill."
    CodedMention lead =
        mention("hk-1#0", lam, protesters, "0832").date(FRIDAY.minusDays(2), Precision.DAY).build();
    // "'The government will fully withdraw the bill,' Lam said in a televised announcement."
    CodedMention quote = mention("hk-1#3", lam, protesters, "083").articleDate(FRIDAY).build();
    // The same words in another article.
    CodedMention elsewhere = mention("hk-2#3", lam, protesters, "083").articleDate(FRIDAY).build();

    assertThat(EventDeduplicator.merge(lead, quote))
        .contains(new Merge(MergeRule.SAME_ARTICLE, 1.0));
    assertThat(EventDeduplicator.compatible(lead, elsewhere)).isFalse();
  }

  /**
   * On the 10k bench, an undated article's "Gorbachev and Reagan signed the INF treaty in 1987" and
   * its "the US and Russia have signed a range of agreements" were one event, as were a meeting "on
   * Friday", one planned "on Monday" and the undated sentences between them, chained.
   */
  @Test
  void anUndatedSentenceNeverJoinsADatedOneOfItsArticle() {
    CodedMention signedIn1987 =
        mention("bbc-9#8", RUSSIA, USA, "057")
            .date(LocalDate.of(1987, 1, 1), Precision.YEAR)
            .build();
    CodedMention haveSigned = mention("bbc-9#10", USA, RUSSIA, "057").noDate().build();
    CodedMention signedToo = mention("bbc-9#12", USA, RUSSIA, "057").noDate().build();

    assertThat(EventDeduplicator.compatible(signedIn1987, haveSigned)).isFalse();
    assertThat(EventDeduplicator.compatible(haveSigned, signedIn1987)).isFalse();
    assertThat(EventDeduplicator.merge(haveSigned, signedToo))
        .contains(new Merge(MergeRule.SAME_ARTICLE, 0.0));
    assertThat(
            EventDeduplicator.assign(List.of(), List.of(signedIn1987, haveSigned, signedToo))
                .newEvents())
        .hasSize(2);
  }

  /** Issue 16, on the dedup gold: "the House subpoenaed Pompeo" and "Engel issued the subpoena". */
  @Test
  void withinOneArticleABodyAndAMemberWithItsSectorCodeTellOneAct() {
    ActorRef house = new ActorRef("a-house", "USA", false, "USALEG", false);
    ActorRef engel = new ActorRef("a-engel", "USA", false, "USALEG", true);
    ActorRef pompeo = new ActorRef("a-pompeo", "USA", false, "USAGOV", true);
    CodedMention houseSubpoenaed =
        mention("dc-1#0", house, pompeo, "1014").date(FRIDAY, Precision.DAY).build();
    CodedMention engelIssued = mention("dc-1#5", engel, pompeo, "1014").articleDate(FRIDAY).build();
    CodedMention engelElsewhere =
        mention("dc-2#5", engel, pompeo, "1014").date(FRIDAY, Precision.DAY).build();

    // the sector code stands for the member: half the score
    assertThat(EventDeduplicator.merge(houseSubpoenaed, engelIssued))
        .contains(new Merge(MergeRule.SAME_ARTICLE, 0.5));
    // Across articles a shared code is too little.
    assertThat(EventDeduplicator.compatible(houseSubpoenaed, engelElsewhere)).isFalse();
  }

  /**
   * Dedup dev reading through the actors stage: Congress is "USAGOVLEG" in the Phoenix dictionary
   * and its members "USALEG", so a chamber and its member never matched.
   */
  @Test
  void regressionACompositeCodeMatchesItsLastSector() {
    assertThat(new ActorRef("a-congress", "USA", false, "USAGOVLEG", false).sectorCode())
        .isEqualTo("USALEG");
    ActorRef congress = new ActorRef("a-congress", "USA", false, "USAGOVLEG", false);
    ActorRef engel = new ActorRef("a-engel", "USA", false, "USALEG", true);
    ActorRef pompeo = new ActorRef("a-pompeo", "USA", false, "USAGOV", true);
    CodedMention congressSubpoenaed =
        mention("dc-1#0", congress, pompeo, "1014").date(FRIDAY, Precision.DAY).build();
    CodedMention engelIssued = mention("dc-1#5", engel, pompeo, "1014").articleDate(FRIDAY).build();
    assertThat(EventDeduplicator.merge(congressSubpoenaed, engelIssued)).isPresent();
  }

  @Test
  void twoPeopleWithOneSectorCodeAreTwoActorsEvenInOneArticle() {
    ActorRef schiff = new ActorRef("a-schiff", "USA", false, "USALEG", true);
    ActorRef engel = new ActorRef("a-engel", "USA", false, "USALEG", true);
    ActorRef pompeo = new ActorRef("a-pompeo", "USA", false, "USAGOV", true);
    CodedMention schiffCriticised =
        mention("dc-1#2", schiff, pompeo, "111").date(FRIDAY, Precision.DAY).build();
    CodedMention engelCriticised =
        mention("dc-1#3", engel, pompeo, "111").date(FRIDAY, Precision.DAY).build();

    assertThat(EventDeduplicator.compatible(schiffCriticised, engelCriticised)).isFalse();
  }

  @Test
  void aCodeWithoutACountryIsNoSectorToMatchBy() {
    assertThat(new ActorRef("a-police", null, false, "---COP", false).sectorCode()).isNull();
    assertThat(new ActorRef("a-us", "USA", true, "USA", false).sectorCode()).isNull();
    assertThat(new ActorRef("a-hk-police", "HKG", false, "HKGCOP", false).sectorCode())
        .isEqualTo("HKGCOP");
  }

  @Test
  void theMergeRuleAndScoreSayWhyEachMentionJoined() {
    Assignment assignment = EventDeduplicator.assign(List.of(), GENEVA);

    assertThat(assignment.mergeByMentionId())
        .containsEntry("reuters-1#4", Merge.ANCHOR)
        .containsEntry("tass-7#2", new Merge(MergeRule.SAME_DAY, 1.0))
        // the countries stand for the ministers: half the score
        .containsEntry("bbc-3#1", new Merge(MergeRule.SAME_DAY, 0.5));
  }

  @Test
  void differentLocationCountriesDoNotMerge() {
    CodedMention inVienna =
        mention("orf-1#2", BLINKEN, LAVROV, "044").date(FRIDAY, Precision.DAY).in("AUT").build();

    assertThat(EventDeduplicator.compatible(BLINKEN_MET_LAVROV, inVienna)).isFalse();
    assertThat(EventDeduplicator.compatible(US_AND_RUSSIA_MET, inVienna)).isTrue();
  }

  @Test
  void aKnownEventFromAnEarlierRunIsJoinedAndKeepsItsId() {
    KnownEvent published =
        new KnownEvent(
            "e0123456789abcdef",
            BLINKEN,
            LAVROV,
            "044",
            "04",
            FRIDAY,
            Precision.DAY,
            DateBasis.SENTENCE,
            "CHE");
    KnownEvent otherMeeting =
        new KnownEvent(
            "e0000000000000000",
            SHERMAN,
            LAVROV,
            "044",
            "04",
            FRIDAY,
            Precision.DAY,
            DateBasis.SENTENCE,
            "CHE");

    Assignment assignment = EventDeduplicator.assign(List.of(otherMeeting, published), GENEVA);

    assertThat(assignment.newEvents()).isEmpty();
    assertThat(assignment.eventIdByMentionId())
        .containsEntry("reuters-1#4", "e0123456789abcdef")
        .containsEntry("tass-7#2", "e0123456789abcdef")
        // the country-level report fits both meetings and joins the first by event id
        .containsEntry("bbc-3#1", "e0000000000000000");
    assertThat(EventDeduplicator.blockingKey(published))
        .isEqualTo(EventDeduplicator.blockingKey(BLINKEN_MET_LAVROV));
  }

  @Test
  void aMentionThatAnchoredAKnownEventRejoinsItSoNoIdIsPublishedTwice() {
    String ownId = EventDeduplicator.eventIdOf(BLINKEN_MET_LAVROV);
    KnownEvent anchoredEarlier =
        new KnownEvent(
            ownId, BLINKEN, LAVROV, "044", "04", FRIDAY, Precision.DAY, DateBasis.SENTENCE, "CHE");
    KnownEvent smallerIdSameMeeting =
        new KnownEvent(
            "0", BLINKEN, LAVROV, "044", "04", FRIDAY, Precision.DAY, DateBasis.SENTENCE, "CHE");

    Assignment assignment =
        EventDeduplicator.assign(
            List.of(smallerIdSameMeeting, anchoredEarlier), List.of(BLINKEN_MET_LAVROV));

    assertThat(assignment.eventIdByMentionId()).containsEntry("reuters-1#4", ownId);
    assertThat(assignment.newEvents()).isEmpty();
  }

  @Test
  void idsAreStableWhenTheInputOrderIsShuffled() {
    List<CodedMention> mentions = new ArrayList<>(GENEVA);
    mentions.add(mention("ap-2#5", BLINKEN, LAVROV, "112").date(FRIDAY, Precision.DAY).build());
    mentions.add(
        mention("reuters-0#1", BLINKEN, LAVROV, "044")
            .date(FRIDAY.minusWeeks(2), Precision.DAY)
            .build());
    mentions.add(mention("dw-4#9", BLINKEN, LAVROV, "044").date(FRIDAY, Precision.MONTH).build());
    mentions.add(mention("undated-1#1", LAVROV, BLINKEN, "044").undated().build());
    mentions.add(
        mention("sherman#1", SHERMAN, LAVROV, "040")
            .date(FRIDAY.minusDays(10), Precision.DAY)
            .build());
    mentions.add(
        mention("vienna#1", USA, RUSSIA, "046")
            .date(FRIDAY.minusDays(9), Precision.DAY)
            .in("AUT")
            .build());
    List<KnownEvent> known =
        new ArrayList<>(
            List.of(
                new KnownEvent(
                    "e1",
                    SHERMAN,
                    LAVROV,
                    "040",
                    "04",
                    FRIDAY.minusDays(10),
                    Precision.DAY,
                    DateBasis.SENTENCE,
                    null),
                new KnownEvent(
                    "e2",
                    RUSSIA,
                    USA,
                    "046",
                    "04",
                    FRIDAY.minusDays(9),
                    Precision.DAY,
                    DateBasis.SENTENCE,
                    null)));
    Assignment expected = EventDeduplicator.assign(known, mentions);

    Random random = new Random(20220121);
    for (int i = 0; i < 50; i++) {
      Collections.shuffle(mentions, random);
      Collections.shuffle(known, random);
      assertThat(EventDeduplicator.assign(known, mentions)).isEqualTo(expected);
    }
    // Geneva, the 112, the meeting two weeks earlier, and the undated report that names no day.
    assertThat(expected.newEvents()).hasSize(4);
    assertThat(expected.eventIdByMentionId())
        .containsEntry("sherman#1", "e1")
        .containsEntry("vienna#1", "e2")
        // a month holds both the Friday and the meeting two weeks before: the first event made
        .containsEntry("dw-4#9", InputReader.shortSha256("reuters-0#1"))
        .containsEntry("undated-1#1", InputReader.shortSha256("undated-1#1"))
        .containsEntry("tass-7#2", EventDeduplicator.eventIdOf(BLINKEN_MET_LAVROV))
        .containsEntry("reuters-1#4", EventDeduplicator.eventIdOf(BLINKEN_MET_LAVROV));
  }

  @Test
  void anUndatedArticlesMentionJoinsADatedEventOnlyWhenItsSentenceNamesADay() {
    // 003 (undated): "On Friday, Blinken and Lavrov met in Geneva": the day, resolved against the
    // run date, is not the event's, but it says the sentence tells one dated meeting.
    CodedMention onFriday =
        mention("blog-9#3", LAVROV, BLINKEN, "044")
            .undated()
            .date(LocalDate.of(2022, 6, 24), Precision.DAY)
            .in("CHE")
            .build();
    CodedMention noDay = mention("blog-9#5", LAVROV, BLINKEN, "044").undated().in("CHE").build();

    Assignment assignment =
        EventDeduplicator.assign(List.of(), List.of(onFriday, noDay, BLINKEN_MET_LAVROV));

    assertThat(assignment.eventIdByMentionId().get("blog-9#3"))
        .isEqualTo(EventDeduplicator.eventIdOf(BLINKEN_MET_LAVROV));
    assertThat(assignment.mergeByMentionId().get("blog-9#3"))
        .isEqualTo(new Merge(MergeRule.UNDATED_ARTICLE, 0.5));
    // Within its own article it retells the meeting its article dated: one story.
    assertThat(assignment.mergeByMentionId().get("blog-9#5").rule())
        .isEqualTo(MergeRule.SAME_ARTICLE);
    assertThat(assignment.newEvents()).hasSize(1);
    assertThat(EventDeduplicator.blockingKey(onFriday))
        .isEqualTo(EventDeduplicator.blockingKey(BLINKEN_MET_LAVROV));
  }

  @Test
  void aDirectedRootDoesNotMatchTheSwappedPair() {
    CodedMention russiaAccusedUs =
        mention("r#1", RUSSIA, USA, "112").date(FRIDAY, Precision.DAY).build();
    CodedMention usAccusedRussia =
        mention("u#1", USA, RUSSIA, "112").date(FRIDAY, Precision.DAY).build();

    assertThat(EventDeduplicator.compatible(russiaAccusedUs, usAccusedRussia)).isFalse();
    assertThat(EventDeduplicator.blockingKey(russiaAccusedUs)).isEqualTo("11|RUS|USA");
    assertThat(EventDeduplicator.blockingKey(usAccusedRussia)).isEqualTo("11|USA|RUS");
  }

  @Test
  void signingAnAgreementIsReciprocalButPraiseIsNot() {
    CodedMention russiaSignedWithUkraine =
        mention("s#1", RUSSIA, UKRAINE, "057").date(FRIDAY, Precision.DAY).build();
    CodedMention ukraineSignedWithRussia =
        mention("s#2", UKRAINE, RUSSIA, "057").date(FRIDAY, Precision.DAY).build();
    CodedMention russiaPraisedUkraine =
        mention("p#1", RUSSIA, UKRAINE, "051").date(FRIDAY, Precision.DAY).build();
    CodedMention ukrainePraisedRussia =
        mention("p#2", UKRAINE, RUSSIA, "051").date(FRIDAY, Precision.DAY).build();

    assertThat(EventDeduplicator.compatible(russiaSignedWithUkraine, ukraineSignedWithRussia))
        .isTrue();
    assertThat(EventDeduplicator.compatible(russiaPraisedUkraine, ukrainePraisedRussia)).isFalse();
    assertThat(EventDeduplicator.compatible(ukraineSignedWithRussia, russiaPraisedUkraine))
        .isFalse();
    assertThat(
            Stream.of(
                    russiaSignedWithUkraine,
                    ukraineSignedWithRussia,
                    russiaPraisedUkraine,
                    ukrainePraisedRussia)
                .map(EventDeduplicator::blockingKey)
                .distinct())
        .containsExactly("05|RUS|UKR");
  }

  @Test
  void aReportWithoutATargetOnlyMeetsOthersWithoutATarget() {
    CodedMention blinkenHeldTalks =
        mention("t#1", BLINKEN, null, "046").date(FRIDAY, Precision.DAY).in("CHE").build();
    CodedMention usHeldTalks = mention("t#2", USA, null, "046").date(FRIDAY, Precision.DAY).build();

    assertThat(EventDeduplicator.compatible(blinkenHeldTalks, usHeldTalks)).isTrue();
    assertThat(EventDeduplicator.compatible(blinkenHeldTalks, BLINKEN_MET_LAVROV)).isFalse();
    assertThat(EventDeduplicator.blockingKey(blinkenHeldTalks))
        .isEqualTo(EventDeduplicator.blockingKey(usHeldTalks))
        .isEqualTo("04|USA");
  }

  @Test
  void withinOneArticleARetellingWithoutTheTargetJoinsTheActThatNamedIt() {
    // "The crown prince accepted responsibility for the murder of Khashoggi in December", then
    // "he said it happened under my watch": one acknowledgement, the target named once.
    ActorRef crownPrince = new ActorRef("a-mbs", "SAU", false);
    ActorRef journalist = new ActorRef("a-khashoggi", "SAU", false);
    LocalDate december = LocalDate.of(2018, 12, 1);
    CodedMention retold =
        mention("pbs-1#2", crownPrince, null, "015")
            .date(december.plusDays(4), Precision.DAY)
            .build();
    CodedMention named =
        mention("pbs-1#1", crownPrince, journalist, "015").date(december, Precision.MONTH).build();
    CodedMention otherArticle =
        mention("pbs-2#1", crownPrince, null, "015").date(december, Precision.MONTH).build();

    List<String> keys = EventDeduplicator.articleBlockingKeys(List.of(act(retold), act(named)));
    EventDeduplicator.Assignment assignment =
        EventDeduplicator.assign(List.of(), List.of(retold, named));

    assertThat(keys.get(0)).isEqualTo(keys.get(1)).isEqualTo("01|SAU|SAU");
    assertThat(assignment.eventIdByMentionId().get("pbs-1#2"))
        .isEqualTo(assignment.eventIdByMentionId().get("pbs-1#1"))
        .as("the act that names its target anchors the event, though worse dated")
        .isEqualTo(EventDeduplicator.eventIdOf(named));
    assertThat(EventDeduplicator.compatible(named, otherArticle))
        .as("another article's retelling without the target stays apart")
        .isFalse();
  }

  @Test
  void retellingsThatMatchOneAnotherMoveTogetherToTheBlockOfTheActTheyRetell() {
    // "Saudi Arabia" matches the crown prince by country, "Jubeir" matches "Saudi Arabia" but not
    // the crown prince: split between two blocks, the two retellings could no longer meet.
    ActorRef crownPrince = new ActorRef("a-mbs", "SAU", false, "SAUGOV", true);
    ActorRef saudiArabia = new ActorRef("a-sau", "SAU", true);
    ActorRef jubeir = new ActorRef("a-jubeir", "SAU", false, "SAUGOV", true);
    ActorRef journalist = new ActorRef("a-khashoggi", "SAU", false);
    List<CodedMention> article =
        List.of(
            mention("sa-1#1", crownPrince, journalist, "015").build(),
            mention("sa-1#2", saudiArabia, null, "015").build(),
            mention("sa-1#3", jubeir, null, "015").build());

    assertThat(
            EventDeduplicator.articleBlockingKeys(
                article.stream().map(EventDeduplicatorTest::act).toList()))
        .containsExactly("01|SAU|SAU", "01|SAU|SAU", "01|SAU|SAU");
    assertThat(EventDeduplicator.assign(List.of(), article).eventIdByMentionId().get("sa-1#2"))
        .isEqualTo(EventDeduplicator.eventIdOf(article.get(0)));
  }

  @Test
  void anActWithoutATargetKeepsItsOwnKeyWhenItsArticleNamesNoneForItsSourceAndCode() {
    CodedMention blinkenSpoke = mention("r-9#1", BLINKEN, null, "010").build();
    CodedMention blinkenMetLavrov = mention("r-9#2", BLINKEN, LAVROV, "040").build();
    CodedMention lavrovSpoke = mention("r-9#3", LAVROV, null, "040").build();

    assertThat(
            EventDeduplicator.articleBlockingKeys(
                List.of(act(blinkenSpoke), act(blinkenMetLavrov), act(lavrovSpoke))))
        .containsExactly("01|USA", "04|RUS|USA", "04|RUS");
  }

  private static EventDeduplicator.ArticleAct act(CodedMention mention) {
    return EventDeduplicator.ArticleAct.of(mention);
  }

  @Test
  void twoPeopleOfOneCountryAreNotTheSameActor() {
    CodedMention shermanMetLavrov =
        mention("s#1", SHERMAN, LAVROV, "044").date(FRIDAY, Precision.DAY).in("CHE").build();

    assertThat(EventDeduplicator.compatible(BLINKEN_MET_LAVROV, shermanMetLavrov)).isFalse();
  }

  @Test
  void anActorWithoutACountryMatchesOnlyItselfAndIsKeyedByItsId() {
    CodedMention envoyMetLavrov =
        mention("e#1", UNKNOWN_ENVOY, LAVROV, "044").date(FRIDAY, Precision.DAY).build();
    CodedMention envoyMetRussia =
        mention("e#2", RUSSIA, UNKNOWN_ENVOY, "044").date(FRIDAY, Precision.DAY).build();

    assertThat(EventDeduplicator.compatible(envoyMetLavrov, envoyMetRussia)).isTrue();
    assertThat(EventDeduplicator.compatible(envoyMetLavrov, BLINKEN_MET_LAVROV)).isFalse();
    assertThat(EventDeduplicator.blockingKey(envoyMetLavrov))
        .isEqualTo(EventDeduplicator.blockingKey(envoyMetRussia))
        .isEqualTo("04|RUS|a-envoy");
  }

  @Test
  void everyCompatiblePairOfThisTestsReportsSharesABlockingKey() {
    List<CodedMention> all = new ArrayList<>(GENEVA);
    int variant = 0;
    for (CodedMention base : List.copyOf(GENEVA)) {
      for (ActorRef[] pair :
          new ActorRef[][] {
            {USA, RUSSIA},
            {RUSSIA, USA},
            {BLINKEN, RUSSIA},
            {RUSSIA, BLINKEN},
            {LAVROV, USA},
            {SHERMAN, LAVROV},
            {UNKNOWN_ENVOY, RUSSIA},
            {LAVROV, UNKNOWN_ENVOY},
            {USA, null},
            {BLINKEN, null},
            {RUSSIA, UKRAINE},
            {UKRAINE, RUSSIA}
          }) {
        for (String code : List.of("040", "057", "051", "112", "036", "062")) {
          all.add(
              new CodedMention(
                  base.mentionId() + "/" + variant++,
                  base.articleId(),
                  base.articleDated(),
                  pair[0],
                  pair[1],
                  code,
                  code.substring(0, 2),
                  base.eventDate(),
                  base.precision(),
                  base.dateFromSentence(),
                  base.locationCountryCode(),
                  base.dateFromLead()));
        }
      }
    }
    int compatiblePairs = 0;
    for (CodedMention a : all) {
      for (CodedMention b : all) {
        // A report without a target meets one with a target only within its article, through
        // articleBlockingKeys (its own test above).
        boolean oneTargetless = (a.actor2() == null) != (b.actor2() == null);
        if (!oneTargetless && EventDeduplicator.compatible(a, b)) {
          compatiblePairs++;
          assertThat(EventDeduplicator.blockingKey(a))
              .as("%s ~ %s", a.mentionId(), b.mentionId())
              .isEqualTo(EventDeduplicator.blockingKey(b));
        }
      }
    }
    assertThat(compatiblePairs).isGreaterThan(all.size());
  }

  @Test
  void aSentenceRetellingTheLeadIsTheLeadsDayWithinItsArticle() {
    // "On Friday, Blinken met Lavrov in Geneva." ... "Blinken met Lavrov for ninety minutes.",
    // in an article of Sunday: the retelling stands for the Friday, not the week before Sunday.
    CodedMention retold =
        mention("reuters-1#7", BLINKEN, LAVROV, "044").leadDate(FRIDAY).in("CHE").build();
    // "Blinken also met Lavrov on Wednesday": another meeting of the same article, two days before.
    CodedMention wednesday =
        mention("reuters-1#9", BLINKEN, LAVROV, "044")
            .date(FRIDAY.minusDays(2), Precision.DAY)
            .in("CHE")
            .build();

    assertThat(EventDeduplicator.merge(BLINKEN_MET_LAVROV, retold))
        .contains(new Merge(MergeRule.SAME_ARTICLE, 1.0));
    assertThat(EventDeduplicator.compatible(wednesday, retold)).isFalse();
    assertThat(retold.dateBasis()).isEqualTo(DateBasis.ARTICLE_LEAD);
    // A sentence's own date anchors before the lead's day.
    assertThat(EventDeduplicator.assign(List.of(), List.of(retold, BLINKEN_MET_LAVROV)).newEvents())
        .extracting(NewEvent::anchor)
        .containsExactly(BLINKEN_MET_LAVROV);
  }

  @Test
  void theLeadsDayCountsAsTheArticlesDateAcrossArticles() {
    CodedMention retold =
        mention("reuters-1#7", BLINKEN, LAVROV, "044").leadDate(FRIDAY).in("CHE").build();
    CodedMention tassUndated =
        mention("tass-9#3", BLINKEN, LAVROV, "044").articleDate(FRIDAY.plusDays(1)).build();

    // Never joins another article's sentence date, even of the same day: it is inferred.
    assertThat(EventDeduplicator.compatible(LAVROV_MET_BLINKEN, retold)).isFalse();
    // Joins another article's undated report published the same or the next day.
    assertThat(EventDeduplicator.merge(retold, tassUndated).map(Merge::rule))
        .contains(MergeRule.PUBLISHED_TOGETHER);
    assertThat(DateBasis.of("article-lead")).isEqualTo(DateBasis.ARTICLE_LEAD);
  }

  @Test
  void aMentionIdGivenTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                EventDeduplicator.assign(
                    List.of(), List.of(BLINKEN_MET_LAVROV, BLINKEN_MET_LAVROV)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reuters-1#4");
  }

  private static MentionBuilder mention(
      String mentionId, ActorRef actor1, ActorRef actor2, String eventCode) {
    return new MentionBuilder(mentionId, actor1, actor2, eventCode);
  }

  /**
   * A mention told by article "articleId#sentence", dated by its sentence unless told otherwise.
   */
  private static final class MentionBuilder {
    private final String mentionId;
    private final ActorRef actor1;
    private final ActorRef actor2;
    private final String eventCode;
    private boolean articleDated = true;
    private boolean fromSentence = true;
    private boolean fromLead = false;
    private LocalDate date = FRIDAY;
    private Precision precision = Precision.DAY;
    private String location;

    MentionBuilder(String mentionId, ActorRef actor1, ActorRef actor2, String eventCode) {
      this.mentionId = mentionId;
      this.actor1 = actor1;
      this.actor2 = actor2;
      this.eventCode = eventCode;
    }

    /** The sentence dates it (in an undated article, against the run date). */
    MentionBuilder date(LocalDate date, Precision precision) {
      this.date = date;
      this.precision = precision;
      this.fromSentence = true;
      return this;
    }

    /** No date in the sentence: the article's published date stands in. */
    MentionBuilder articleDate(LocalDate published) {
      this.date = published;
      this.precision = Precision.DAY;
      this.fromSentence = false;
      return this;
    }

    /**
     * No date in the sentence, which retells in the simple past the act the article's lead dates:
     * the day the lead names stands in.
     */
    MentionBuilder leadDate(LocalDate storyDay) {
      this.date = storyDay;
      this.precision = Precision.DAY;
      this.fromSentence = false;
      this.fromLead = true;
      return this;
    }

    /** The article had no published date; the run date stood in, far from the event. */
    MentionBuilder undated() {
      this.articleDated = false;
      this.fromSentence = false;
      this.date = LocalDate.of(2022, 6, 30);
      return this;
    }

    /** An undated article's sentence that names no date: nothing dates it. */
    MentionBuilder noDate() {
      this.articleDated = false;
      this.fromSentence = false;
      this.date = null;
      this.precision = null;
      return this;
    }

    MentionBuilder in(String countryCode) {
      this.location = countryCode;
      return this;
    }

    CodedMention build() {
      return new CodedMention(
          mentionId,
          mentionId.substring(0, mentionId.indexOf('#')),
          articleDated,
          actor1,
          actor2,
          eventCode,
          eventCode.substring(0, 2),
          date,
          precision,
          fromSentence,
          location,
          fromLead);
    }
  }
}
