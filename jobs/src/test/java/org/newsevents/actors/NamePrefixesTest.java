package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;

/**
 * Honorifics and party prefixes come off a person's name; a party codes its member as the party is
 * coded on the day (issue 15: "Lib Dem Norman Baker", "Tory" as a person). Bundled dictionary.
 */
class NamePrefixesTest {
  private static final LocalDate MARCH_2005 = LocalDate.of(2005, 3, 1);
  private final ActorResolver resolver = new ActorResolver(DictionaryLookup.bundled());

  private List<String> mentions(String... paragraphs) {
    List<Integer> all = java.util.stream.IntStream.range(0, paragraphs.length).boxed().toList();
    return resolver
        .resolve(
            NlpPipeline.get()
                .annotate(
                    "t", List.of(paragraphs), all, MARCH_2005, SentenceTriage.everySentence()),
            MARCH_2005)
        .mentions()
        .stream()
        .map(m -> m.surface() + "=" + m.cameoCode())
        .toList();
  }

  @Test
  void aPartyBeforeAPersonsNameIsTheirAffiliationNotPartOfTheName() {
    assertThat(
            mentions(
                "Tory Dominic Grieve and Lib Dem Norman Baker criticised the plan on Monday.",
                "Grieve said the plan would fail."))
        .contains("Dominic Grieve=GBROPP", "Norman Baker=GBROPP", "Grieve=GBROPP", "Tory=GBROPP")
        .noneMatch(m -> m.startsWith("Tory Dominic"));
  }

  @Test
  void aCountrysForcesAreItsMilitary() {
    assertThat(mentions("U.S. forces and Russian forces exchanged fire near the border on Monday."))
        .contains("U.S. forces=USAMIL", "Russian forces=RUSMIL");
  }

  @Test
  void anOfficeAfterThePartySaysTheRole() {
    assertThat(mentions("Labour MP Emily Fenwick criticised the plan on Monday."))
        .contains("Emily Fenwick=GBRLEG");
  }
}
