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

  @Test
  void outletsCitedForInformationAreMentionedOnlyAsCitedSources() {
    var result =
        ResolvedArticles.resolveCrisis(
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
            ResolvedArticles.keysAndCodes(
                ResolvedArticles.resolveCrisis(
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
    assertThat(ResolvedArticles.keysAndCodes(result)).noneMatch(m -> m.contains("ANTIGUA"));
  }

  @Test
  void aCountrysNameAtTheEndOfAnotherPlacesNameIsNoActorButAfterACompassWordItIs() {
    // "the parliament of New South Wales" was the British parliament (a Wikinews dev article).
    ActorResolver withWales =
        new ActorResolver(
            TinyDictionary.crisis2022()
                .actor("KINGDOM_OF_TEST", "Kingdom of Test", "country", "GBR", "Wales", "Ireland"));
    var result =
        withWales.resolve(
            NlpPipeline.get()
                .annotate(
                    "t",
                    List.of(
                        "The government of New South Wales banned the protest on Monday.",
                        "Police in Western Ireland arrested two men."),
                    List.of(0, 1),
                    DATE,
                    SentenceTriage.properNounAndVerb()),
            DATE);
    assertThat(ResolvedArticles.keysAndCodes(result))
        .noneMatch(m -> m.startsWith("Wales"))
        .anyMatch(m -> m.contains("GBR")); // the men arrested in Western Ireland
  }

  @Test
  void theBillOfALawIsNoPerson() {
    assertThat(
            ResolvedArticles.codesWithOffices(
                "MPs are due to vote on the government's Road Safety Bill on Monday.",
                "Ukraine will oppose the Bill when it is debated."))
        .noneMatch(m -> m.startsWith("Bill="));
  }
}
