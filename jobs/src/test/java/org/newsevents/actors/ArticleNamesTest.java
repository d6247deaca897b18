package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;

/**
 * Names the article gave its actors, found again where NER did not run or missed them: only the
 * first paragraph of each made-up article goes through NER, as triage sends few sentences there.
 */
class ArticleNamesTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);
  private final ActorResolver resolver = new ActorResolver(TinyDictionary.crisis2022());

  /** Mentions as "surface=actor key/method", NER on the first paragraph only. */
  private List<String> mentions(String... paragraphs) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      all.add(i);
    }
    SentenceTriage firstParagraphOnly =
        SentenceTriage.forEvents(
            sentence -> false, verb -> false, sentence -> sentence.paragraphNo() == 0);
    AnnotatedArticle article =
        NlpPipeline.get().annotate("t", List.of(paragraphs), all, DATE, firstParagraphOnly);
    assertThat(article.sentences().get(article.sentences().size() - 1).named()).isFalse();
    return resolver.resolve(article, DATE).mentions().stream()
        .map(m -> m.surface() + "=" + m.actorKey() + "/" + m.method())
        .toList();
  }

  @Test
  void aLoneFirstNameNerNeverSawIsThePersonNamedInFullBefore() {
    assertThat(
            mentions(
                "Gloria Hendry, a nine-month-old girl from Sydney, died in May.",
                "Gloria also became unable to move her legs."))
        .contains("Gloria=UNKNOWN_PERSON:gloria_hendry/first-name");
  }

  @Test
  void aSurnameAfterAnHonorificNerNeverSawIsThePersonNamedInFullBefore() {
    assertThat(
            mentions(
                "The prosecutor, Paul Tedeschi, addressed the court on Monday.",
                "Mr. Tedeschi also told the court that the parents had ignored advice."))
        .contains("Tedeschi=UNKNOWN_PERSON:paul_tedeschi/surname");
  }

  @Test
  void anOrganisationsNameWrittenAgainIsThatOrganisationWhereNerDidNotRun() {
    List<String> found =
        mentions(
            "The Kessler Institute published the study on Monday.",
            "Researchers at the Kessler Institute measured ozone in forty cities.");
    assertThat(found)
        .contains("Kessler Institute=UNKNOWN_ORGANIZATION:kessler_institute/unknown")
        .contains("Kessler Institute=UNKNOWN_ORGANIZATION:kessler_institute/article-name");
  }

  @Test
  void anAcronymInBracketsAfterAnOrganisationIsItsShortNameForTheRestOfTheArticle() {
    List<String> found =
        mentions(
            "The Kessler Health Agency (KHA) recommends that every country iodise salt.",
            "A report by KHA found that children lacked iodine.");
    assertThat(found)
        .contains("KHA=UNKNOWN_ORGANIZATION:kessler_health_agency/acronym")
        .filteredOn(m -> m.startsWith("KHA="))
        .hasSize(2);
  }

  @Test
  void aNameItsOfficialsOrMembersAreCalledAfterIsAnOrganisation() {
    List<String> found =
        mentions(
            "Nobody was hurt.",
            "Vantorism officials went to the station on Monday.",
            "He was helped by former members of Vantorism.",
            "Vantorism said nothing.");
    assertThat(found)
        .contains("Vantorism=UNKNOWN_ORGANIZATION:vantorism/member-noun")
        .filteredOn(m -> m.startsWith("Vantorism="))
        .hasSize(3);
  }

  @Test
  void aNameAfterMembersOfTheIsAnOrganisationButNotWhenItOnlyModifiesANoun() {
    List<String> found =
        mentions(
            "Nobody was hurt.",
            "Members of the Vantor Order live a strict life.",
            "He met officials of the Kestrel administration.");
    assertThat(found).contains("Vantor Order=UNKNOWN_ORGANIZATION:vantor_order/member-noun");
    assertThat(found).noneMatch(m -> m.startsWith("Kestrel="));
  }

  @Test
  void aNationalityInAListOfModifiersBeforeMembersIsNoOrganisation() {
    assertThat(
            mentions(
                "Nobody was hurt.",
                "Moscow opposed the accession of Central and Eastern European members to the"
                    + " alliance."))
        .noneMatch(m -> m.endsWith("/member-noun"));
  }

  @Test
  void aCapitalisedWordNoOneWasNamedAfterIsNoActor() {
    assertThat(
            mentions(
                "Gloria Hendry died in May.",
                "Hendry Park was closed and Gloria Street stayed empty on Tuesday."))
        .noneMatch(m -> m.startsWith("Hendry=") || m.startsWith("Gloria="));
  }

  @Test
  void aSurnameInTheHeadlineIsThePersonTheArticleNamesInFullLater() {
    SentenceTriage thirdParagraphOnly =
        SentenceTriage.forEvents(
            sentence -> false, verb -> false, sentence -> sentence.paragraphNo() == 2);
    AnnotatedArticle article =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of(
                    "Kestrel defector arrested after leaving the order.",
                    "Nobody was hurt.",
                    "Tom Kestrel, a former member, was arrested on Monday."),
                List.of(0, 1, 2),
                DATE,
                thirdParagraphOnly);
    assertThat(article.sentences().get(0).named()).isFalse();
    assertThat(resolver.resolve(article, DATE).mentions())
        .anyMatch(
            m ->
                m.sentenceNo() == article.sentences().get(0).sentenceNo()
                    && m.surface().equals("Kestrel")
                    && m.actorKey().equals("UNKNOWN_PERSON:tom_kestrel"));
  }

  @Test
  void aNameTheArticleGivesAnOrganisationLaterIsThatOrganisationInTheLead() {
    List<String> found =
        mentions(
            "Nobody was hurt.",
            "He left the elite group called the Vantor Order in May.",
            "Members of the Vantor Order live a strict life.");
    assertThat(found)
        .filteredOn(m -> m.startsWith("Vantor Order=UNKNOWN_ORGANIZATION:vantor_order/"))
        .hasSize(2);
  }

  @Test
  void aCapitalisedWordInsideTheSentenceTheTaggerCallsAVerbIsStillANameOfTheArticle() {
    assertThat(
            mentions(
                "The defender Dries Vantorp left the club on Sunday.",
                "He traveled to meet Dries on Monday."))
        .contains("Dries=UNKNOWN_PERSON:dries_vantorp/first-name");
  }

  @Test
  void aCapitalisedCommonWordInsideTheSentenceNamesNoOne() {
    assertThat(
            mentions(
                "The defender Dries Vantorp left the club on Sunday.",
                "She had known Fearless personally and liked English tea."))
        .noneMatch(m -> m.startsWith("Fearless=") || m.startsWith("English="));
  }

  @Test
  void anAcronymTheTaggerReadsAsAPronounIsStillTheOrganisationItNamed() {
    assertThat(
            mentions(
                "The Wexford Health Organisation (WHO) recommends that every country iodise salt.",
                "WHO say iodine deficiency is the most common cause."))
        .filteredOn(m -> m.startsWith("WHO=UNKNOWN_ORGANIZATION:wexford_health_organisation/"))
        .hasSize(2);
  }

  @Test
  void aFirstNameBeforeASurnameAlreadyResolvedIsNoNameOfItsOwn() {
    // NER reads "Dries" in the third sentence as no part of the name; the surname resolves alone.
    List<String> found =
        mentions(
            "The defender Dries Vantorp left the club on Sunday. On Monday, Dries Vantorp scored"
                + " twice. Later, Dries Vantorp's attempt failed.",
            "Nobody was hurt.");
    assertThat(found).contains("Vantorp=UNKNOWN_PERSON:dries_vantorp/surname");
    assertThat(found).noneMatch(m -> m.startsWith("Dries="));
  }

  @Test
  void aNameRightAfterANounForAKindOfOrganisationIsThatOrganisation() {
    assertThat(
            mentions(
                "Nobody was hurt.",
                "The secularist magazine Vantorfield called the ruling historic.",
                "He toured with the rock band Kestrel Hollow in May."))
        .contains(
            "Vantorfield=UNKNOWN_ORGANIZATION:vantorfield/kind-noun",
            "Kestrel Hollow=UNKNOWN_ORGANIZATION:kestrel_hollow/kind-noun");
  }

  @Test
  void anOfficeAfterANounForAKindOfOrganisationNamesItsHolderNotTheOrganisation() {
    assertThat(
            mentions(
                "Nobody was hurt.", "The party General Secretary Kestrel Vantor spoke on Monday."))
        .noneMatch(m -> m.endsWith("/kind-noun"));
  }
}
