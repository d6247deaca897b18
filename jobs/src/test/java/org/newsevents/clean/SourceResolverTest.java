package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceResolverTest {
  private final SourceResolver resolver = new SourceResolver(Outlets.bundled());

  @Test
  void inlineDomainIsTheSourceAndNamedFromTheParentDomain() {
    assertThat(resolver.resolve("fr.euronews.com", null, null, List.of()))
        .isEqualTo(new SourceResolver.Source("fr.euronews.com", "Euronews", "fr.euronews.com"));
  }

  @Test
  void feedSourceNameMapsToTheOutletDomain() {
    assertThat(resolver.resolve(null, "Reuters", null, List.of()).sourceId())
        .isEqualTo("reuters.com");
    assertThat(resolver.resolve(null, "The Daily Planet", null, List.of()))
        .isEqualTo(new SourceResolver.Source("the-daily-planet", "The Daily Planet", null));
    assertThat(
            resolver.resolve(null, "https://www.politico.com/news/x", null, List.of()).sourceId())
        .isEqualTo("politico.com");
  }

  @Test
  void urlHostIsUsedWhenNothingElseNamesTheSource() {
    assertThat(
            resolver.resolve(
                null, null, "https://www.nytimes.com/2022/01/19/world/europe/x.html", List.of()))
        .isEqualTo(new SourceResolver.Source("nytimes.com", "The New York Times", "nytimes.com"));
  }

  @Test
  void outletSignatureInAPromotionBoxNamesTheOutlet() {
    List<String> text =
        List.of("Troops moved.", "Consult the RFE/RL new live briefing on the build-up.");
    assertThat(resolver.resolve(null, null, null, text).sourceId()).isEqualTo("rferl.org");
  }

  @Test
  void citedOutletsAndCreditedAgenciesAreNotTheSource() {
    List<String> text =
        List.of(
            "According to CNN, the US is considering aid.",
            "Wallace told the BBC on Friday.",
            "With reports from AFP, AP and Reuters");
    assertThat(resolver.resolve(null, null, null, text)).isEqualTo(SourceResolver.Source.UNKNOWN);
    assertThat(resolver.creditedAgencies(text))
        .containsExactly("Agence France-Presse", "Associated Press", "Reuters");
  }

  @Test
  void acronymsMatchOnlyInCapitals() {
    assertThat(resolver.creditedAgencies(List.of("With reports from ap and afp"))).isEmpty();
  }
}
