package org.newsevents.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.events.CameoDictionary.CameoCode;
import org.newsevents.events.CameoDictionary.PloverMapping;
import org.newsevents.events.CameoDictionary.VerbPattern;

/** The bundled CAMEO dictionary (classpath reference/) answers what the source files say. */
class CameoDictionaryTest {
  private final CameoDictionary dictionary = CameoDictionary.bundled();

  private static List<String> codesOf(List<VerbPattern> patterns) {
    return patterns.stream().flatMap(p -> p.codes().stream()).toList();
  }

  @Test
  void loadsOncePerJvm() {
    assertThat(CameoDictionary.bundled()).isSameAs(dictionary);
    assertThat(dictionary.codeCount()).isEqualTo(311);
    assertThat(dictionary.verbCount()).isGreaterThan(1_000);
  }

  @Test
  void sanctionsPatternsCode16x() {
    // CAMEO.2.0.txt has no verb SANCTION (the noun follows verbs such as IMPOSE: "- * SANCTIONS");
    // cameo_verbs_curated.csv adds the bare verb.
    assertThat(dictionary.patternsFor("sanction"))
        .filteredOn(VerbPattern::bare)
        .extracting(VerbPattern::cameoCode)
        .containsExactly("163");
    assertThat(dictionary.patternsFor("impose"))
        .filteredOn(p -> p.pattern().equals("* sanctions"))
        .extracting(VerbPattern::cameoCode)
        .containsExactly("163");
    assertThat(codesOf(dictionary.patternsFor("add"))).anyMatch(c -> c.startsWith("16"));
  }

  @Test
  void aCuratedNullBareRowMakesAGenericVerbNeedItsPattern() {
    // cameo_verbs_curated.csv: "lead" alone coded 060 cooperation ("Biden led Trump in the polls").
    List<VerbPattern> lead = dictionary.patternsFor("lead");
    assertThat(lead)
        .filteredOn(VerbPattern::bare)
        .extracting(VerbPattern::cameoCode)
        .containsExactly("---");
    assertThat(lead).filteredOn(p -> !p.bare() && !p.curated()).isNotEmpty();
    // A light verb the generated file lacks is an event verb through its curated patterns.
    assertThat(dictionary.patternsFor("have")).isNotEmpty().allMatch(VerbPattern::curated);
    assertThat(dictionary.isEventVerb("have")).isTrue();
  }

  @Test
  void threatenIs13x() {
    List<VerbPattern> threaten = dictionary.patternsFor("threaten");
    assertThat(threaten)
        .filteredOn(VerbPattern::bare)
        .extracting(VerbPattern::cameoCode)
        .containsExactly("130");
    assertThat(codesOf(threaten)).allMatch(c -> c.startsWith("13"));
  }

  @Test
  void meetIsConsultWithMeetingPatterns() {
    List<VerbPattern> meet = dictionary.patternsFor("meet");
    assertThat(meet)
        .filteredOn(VerbPattern::bare)
        .extracting(VerbPattern::cameoCode)
        .containsExactly("040");
    // CAMEO.2.0 codes "meet * (for talks)" as an intent to meet (036); the curated row, read
    // first, makes it the meeting it is (040), held or planned as its grammar says.
    assertThat(meet)
        .filteredOn(p -> p.pattern().equals("* (for talks)"))
        .extracting(VerbPattern::cameoCode, p -> p.source().startsWith("curated"))
        .containsExactly(tuple("040", true), tuple("036:036", false));
  }

  @Test
  void multiWordVerbsAndSynsets() {
    assertThat(dictionary.patternsFor("ask for")).isNotEmpty();
    assertThat(dictionary.synset("&currency")).contains("dollar", "euro", "yen");
  }

  @Test
  void codesCarryGoldsteinQuadClassAndPlover() {
    CameoCode force = dictionary.code("190").orElseThrow();
    assertThat(force.goldstein()).hasValue(-10.0);
    assertThat(force.quadClass()).isEqualTo(4);
    assertThat(force.rootCode()).isEqualTo("19");
    assertThat(force.baseCode()).isEqualTo("190");

    CameoCode meet = dictionary.code("036").orElseThrow();
    assertThat(meet.goldstein()).hasValue(4.0);
    assertThat(meet.quadClass()).isEqualTo(1);

    assertThat(dictionary.code("044").orElseThrow().description())
        .isEqualTo("Meet at a third location");

    CameoCode military = dictionary.code("0312").orElseThrow();
    assertThat(military.baseCode()).isEqualTo("031");
    assertThat(military.ploverEvent()).contains("AGREE");
    assertThat(military.ploverContext()).contains("military");

    assertThat(dictionary.code("08").orElseThrow().plover())
        .extracting(PloverMapping::event)
        .containsExactly("CONCEDE", "RETREAT");
    assertThat(dictionary.code("1312").orElseThrow().quadClass()).isEqualTo(3);
    assertThat(dictionary.code("999")).isEmpty();
  }
}
