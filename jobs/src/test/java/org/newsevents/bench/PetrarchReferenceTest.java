package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.actors.ActorDictionary;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.Gazetteer;
import org.newsevents.testing.SharedData;

/** The swapped reference folder for the PETRARCH unit tests, built from the real files. */
class PetrarchReferenceTest {
  @TempDir static Path dir;
  static PetrarchReference.Report report;
  static ActorDictionary actors;
  static CameoDictionary cameo;

  @BeforeAll
  static void build() {
    Path reference = SharedData.require("reference/petrarch2").getParent();
    report = PetrarchReference.build(reference, dir);
    actors = ActorDictionary.load(dir);
    cameo = CameoDictionary.load(dir);
  }

  @Test
  void theActorLoaderReadsTheValidationActorsAndAgents() {
    assertThat(actors.size()).isEqualTo(report.actors().get("written: actors.csv rows"));
    assertThat(actors.size()).isEqualTo(126);
    assertThat(report.actors().get("agents: terms written")).isEqualTo(164);
    assertThat(report.actors().problemExamples())
        .singleElement()
        .asString()
        .contains("[+++]"); // ISILDUR's code is not a code
    ActorDictionary.Entry arnor = actors.byAlias("Arnor").get(0);
    assertThat(actors.codeOn(arnor.key(), LocalDate.of(1995, 1, 1)))
        .map(ActorDictionary.Code::cameoCode)
        .contains("ARN");
    assertThat(actors.byAlias("Sam Gamgee"))
        .extracting(ActorDictionary.Entry::key)
        .containsExactly("SAM_GAMGEE");
    assertThat(actors.codeOn("SAM_GAMGEE", LocalDate.of(2010, 1, 10)))
        .map(ActorDictionary.Code::cameoCode)
        .contains("ORCHOB");
    assertThat(actors.codes("THE_SHIRE"))
        .extracting(ActorDictionary.Code::cameoCode)
        .containsExactlyInAnyOrder("FRO", "BIL", "SAM");
    assertThat(actors.agentRole("foreign minister")).contains("GOVFRM");
  }

  @Test
  void theCameoLoaderReadsTheValidationVerbsWithTheirToyCodes() {
    assertThat(report.verbs().verbBlocks()).isEqualTo(260);
    assertThat(cameo.patternsFor("restore"))
        .extracting(CameoDictionary.VerbPattern::pattern)
        .contains("", "* diplomatic", "* ties");
    assertThat(cameo.patternsFor("wire tap")).isNotEmpty();
    assertThat(cameo.synset("&accordsyn")).contains("closer", "&tietypes");
    assertThat(report.toyCodesAdded()).contains("223", "345", "903", "1717").doesNotContain("064");
    assertThat(cameo.codeCount()).isEqualTo(311 + report.toyCodesAdded().size());
    CameoDictionary.CameoCode toy = cameo.code("345").orElseThrow();
    assertThat(toy.description()).isEqualTo(PetrarchReference.TOY_CODE_DESCRIPTION);
    assertThat(toy.rootCode()).isEqualTo("34");
    assertThat(toy.quadClass()).isZero();
    assertThat(cameo.code("064").orElseThrow().ploverEvent()).contains("COOPERATE");
  }

  @Test
  void theBundledGazetteerAndOutletsAreCopied() throws java.io.IOException {
    assertThat(Gazetteer.load(dir.resolve("places.csv")).lookup("Geneva"))
        .map(Gazetteer.Place::countryCode)
        .contains("CHE");
    assertThat(dir.resolve("outlets.csv")).isNotEmptyFile();
  }
}
