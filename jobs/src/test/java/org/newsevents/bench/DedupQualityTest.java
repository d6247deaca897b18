package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.bench.DedupGold.GoldEvent;
import org.newsevents.bench.DedupGold.Pair;
import org.newsevents.bench.DedupGold.Side;

/**
 * How the rule-level dedup score turns a reader's actor words into the actors the nightly job would
 * give the deduplicator: the dictionary look-up that stands in where the actors stage resolved no
 * mention in the words ({@link ActorNames}). Made-up pairs of one article.
 */
class DedupQualityTest {
  private static final LocalDate DAY = LocalDate.of(2019, 10, 1);
  private static final Side LEAD = new Side("https://example.org/a", DAY, "lead");
  private static final Side LATER = new Side("https://example.org/a", DAY, "later");

  @Test
  void aBareAgentNounIsTheSectorOfThatRoleThePairNames() {
    Pair pair =
        pair(
            new GoldEvent("Hong Kong police", "protester", "193", "2019-10-01"),
            new GoldEvent("police officer", "protester", "193", "2019-10-01"));

    assertThat(lookUp(pair).score().truePositives()).isEqualTo(1);
  }

  @Test
  void twoBareAgentNounsOfOneRoleAreOneActor() {
    Pair pair =
        pair(
            new GoldEvent("protesting legislators", "Iran", "140", "2019-10-01"),
            new GoldEvent("pro-democracy lawmakers", "Iran", "140", "2019-10-01"));

    assertThat(lookUp(pair).score().truePositives()).isEqualTo(1);
  }

  @Test
  void aListOfSourcesIsOneMentionPerMemberAsTheCoderCodesConjuncts() {
    Pair pair =
        pair(
            new GoldEvent("Iran; Russia", "Syria", "051", "2019-10-01"),
            new GoldEvent("Russia", "Syria", "051", "2019-10-01"));

    assertThat(lookUp(pair).score().truePositives()).isEqualTo(1);
  }

  @Test
  void aBareAgentNounOfAnotherRoleStaysApart() {
    Pair pair =
        pair(
            new GoldEvent("Hong Kong police", "protester", "193", "2019-10-01"),
            new GoldEvent("soldiers", "protester", "193", "2019-10-01"));

    assertThat(lookUp(pair).score().falseNegatives()).isEqualTo(1);
  }

  @Test
  void aBareAgentNounTakesTheCountryOfADictionaryActorOfItsRoleThePairNames() {
    // "The House subpoenaed Pompeo", "the subpoena was issued by Schiff": the House is USALEG, as
    // the actors stage gives a role noun its article's country.
    Pair pair =
        pair(
            new GoldEvent("House of Representatives", "Mike Pompeo", "1014", "2019-10-01"),
            new GoldEvent("Adam Schiff", "Mike Pompeo", "1014", "2019-10-01"));

    assertThat(lookUp(pair).score().truePositives()).isEqualTo(1);
  }

  @Test
  void anAgentNounFollowedByAnOfPhraseIsThatAgent() {
    Pair pair =
        pair(
            new GoldEvent(
                "attorneys general of sixteen states", "Donald Trump", "115", "2019-10-01"),
            new GoldEvent("attorneys general", "Donald Trump", "115", "2019-10-01"));

    assertThat(lookUp(pair).score().truePositives()).isEqualTo(1);
  }

  @Test
  void withinOneArticleARetellingWithoutTheTargetIsTheActThatNamedIt() {
    Pair pair =
        pair(
            new GoldEvent("Mohammad bin Salman", "Jamal Khashoggi", "015", "2018-12"),
            new GoldEvent("Mohammad bin Salman", "", "015", "2018-12"));

    assertThat(lookUp(pair).score().truePositives()).isEqualTo(1);
  }

  /** The rules with the reader's words resolved by the dictionary look-up alone. */
  private static DedupQuality.PairScore lookUp(Pair pair) {
    return DedupQuality.rules(
        List.of(pair), new ReaderActors(ReaderActors.Source.DICTIONARY, Map.of()));
  }

  private static Pair pair(GoldEvent a, GoldEvent b) {
    return new Pair("t1", "same", true, LEAD, LATER, a, b);
  }
}
