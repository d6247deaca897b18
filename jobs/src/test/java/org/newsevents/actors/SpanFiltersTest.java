package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;

/**
 * Spans that are no actor or no party ({@link SpanFilters}, {@link ClauseRoles}): outlets cited for
 * information, a country inside a longer organisation's or building's name, the noun of a law's
 * name.
 */
class SpanFiltersTest {
  private static final LocalDate DATE = LocalDate.of(2022, 1, 19);
  private final ActorResolver resolver = new ActorResolver(TinyDictionary.crisis2022());

  /** Resolves an article whose sentences went through the nightly triage's NER rule. */
  private ActorResolver.Result resolve(String... paragraphs) {
    return ResolvedArticles.resolveTriaged(
        resolver, DATE, SentenceTriage.properNounAndVerb(), paragraphs);
  }

  private static List<String> mentions(ActorResolver.Result result) {
    return ResolvedArticles.keysAndCodes(result);
  }

  /** A dictionary with the agent nouns of offices and bodies, for the cases that need them. */
  private final ActorResolver withOffices =
      new ActorResolver(TinyDictionary.crisis2022WithOffices());

  private List<String> mentionsWithOffices(String... paragraphs) {
    return ResolvedArticles.codes(
        withOffices.resolve(ResolvedArticles.annotate(DATE, paragraphs), DATE));
  }

  @Test
  void outletsCitedForInformationAreMentionedOnlyAsCitedSources() {
    var result =
        resolve(
            "According to CNN, the US government is considering sending missiles to Ukraine.",
            "Speaking to the BBC ahead of his trip, Wallace warned Moscow.",
            "The Daily Planet reported that talks had stalled, citing Reuters.",
            "Lavrov told the Kessler Herald that Russia would not invade.");
    List<ActorMention> cited =
        result.mentions().stream()
            .filter(
                m ->
                    List.of("CNN", "BBC", "Reuters", "Kessler Herald")
                        .contains(m.surface().replaceFirst("^the ", "")))
            .toList();
    assertThat(cited)
        .extracting(ActorMention::method)
        .containsOnly(ActorResolver.CITED_SOURCE)
        .isNotEmpty();
    assertThat(cited).extracting(ActorMention::surface).contains("Kessler Herald");
  }

  @Test
  void aCountryInsideALongerOrganisationNameIsPartOfThatName() {
    assertThat(
            mentions(
                resolve(
                    "The Germany Home Office today began issuing questionnaires to asylum"
                        + " seekers.")))
        .anyMatch(
            m -> m.startsWith("Germany Home Office=UNKNOWN_ORGANIZATION:germany_home_office"));
  }

  @Test
  void aCapitalsNameAtTheStartOfABuildingsNameIsNoActor() {
    // "set fire to St. John's Episcopal Church" made Antigua and Barbuda (capital St. John's) the
    // target.
    ActorResolver withAntigua =
        new ActorResolver(
            TinyDictionary.crisis2022()
                .actor(
                    "ANTIGUA", "Antigua and Barbuda", "country", "ATG", "Antigua", "St. John's"));
    var result =
        withAntigua.resolve(
            NlpPipeline.get()
                .annotate(
                    "t",
                    List.of("Rioters set fire to St. John's Episcopal Church on Monday."),
                    List.of(0),
                    DATE,
                    SentenceTriage.properNounAndVerb()),
            DATE);
    assertThat(mentions(result)).noneMatch(m -> m.contains("ANTIGUA"));
  }

  @Test
  void theBillOfALawIsNoPerson() {
    assertThat(
            mentionsWithOffices(
                "MPs are due to vote on the government's Road Safety Bill on Monday.",
                "Ukraine will oppose the Bill when it is debated."))
        .noneMatch(m -> m.startsWith("Bill="));
  }
}
