package org.newsevents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.bench.EventGold.GoldRecord;
import org.newsevents.bench.EventGold.GoldSet;
import org.newsevents.ingest.InputReader;
import org.newsevents.ingest.RawItem;
import org.newsevents.testing.SharedData;

/** The gold readers on the real files in ../shared, and the JSONL they write for the job. */
class EventGoldTest {
  @TempDir Path dir;

  private static GoldSet petrarch() {
    return EventGold.readPetrarchUnitTests(
        SharedData.require("reference/petrarch2/PETR.UnitTest.records.xml"));
  }

  private static GoldSet plover() {
    return EventGold.readPloverGsr(SharedData.require("reference/plover/PLOVER_GSR_CAMEO.txt"));
  }

  private static Map<String, GoldRecord> byId(GoldSet gold) {
    return gold.records().stream().collect(Collectors.toMap(GoldRecord::id, Function.identity()));
  }

  @Test
  void petrarchUnitTestsScore276Of284SentencesWith350GoldEvents() {
    GoldSet gold = petrarch();

    assertThat(gold.records()).hasSize(284);
    assertThat(gold.scored()).hasSize(276);
    assertThat(gold.scoredEvents()).isEqualTo(350);
    assertThat(gold.exclusions())
        .containsOnly(
            Map.entry("sentence=\"false\": a feature PETRARCH does not implement", 5L),
            Map.entry("category COMPOUNDx is not in the file's <Include> list", 1L),
            Map.entry(
                "error=\"bad_input_parse\": tests a broken parse tree given in the record", 2L));
  }

  @Test
  void petrarchRecordCarriesItsDateOneLineTextAndCodings() {
    GoldRecord demo = byId(petrarch()).get("DEMO-00");

    assertThat(demo.date()).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(demo.text())
        .isEqualTo(
            "Arnor is about to restore full diplomatic ties with Gondor almost five years after"
                + " crowds trashed its embassy.");
    assertThat(demo.events()).containsExactly(new EventTuple("ARN", "GON", "064"));
    assertThat(demo.isScored()).isTrue();
  }

  @Test
  void petrarchNoEventsAndRejectionsAreScoredWithoutGoldTuples() {
    Map<String, GoldRecord> records = byId(petrarch());

    GoldRecord dateline = records.get("ERROR-01");
    assertThat(dateline.isScored()).isTrue();
    assertThat(dateline.events()).isEmpty();
    assertThat(records.get("DISCARD-01").isScored()).isTrue();
    assertThat(records.get("DISCARD-01").events()).isEmpty();
    assertThat(records.get("ERROR-02").exclusion()).get().asString().contains("bad_input_parse");
    assertThat(records.get("DEMO-04").exclusion()).get().asString().contains("sentence=\"false\"");
    assertThat(records.get("COMPOUND-36").exclusion()).get().asString().contains("COMPOUNDx");
    assertThat(petrarch().scored().stream().filter(r -> r.events().isEmpty())).hasSize(25);
  }

  @Test
  void petrarchNewActorCodesLoseTheirQuotesAndRepeatedIdsAreNumbered() {
    GoldSet gold = petrarch();

    assertThat(gold.records().stream().flatMap(r -> r.events().stream()))
        .contains(new EventTuple("INJURY TOLL", "OSG", "223"));
    assertThat(gold.records().stream().map(GoldRecord::id))
        .contains("AGENTS-18", "AGENTS-18#2")
        .doesNotHaveDuplicates();
  }

  @Test
  void ploverGsrHas322RecordsWhoseActorListsExpandTo363Tuples() {
    GoldSet gold = plover();

    assertThat(gold.records()).hasSize(322);
    assertThat(gold.scored()).hasSize(322);
    assertThat(gold.scoredEvents()).isEqualTo(363);
    Map<String, GoldRecord> records = byId(gold);
    assertThat(records.get("PLOVER-GSR01-AGREE-0001").events())
        .containsExactly(new EventTuple("HUN", "", "AGREE"), new EventTuple("ROU", "", "AGREE"));
    assertThat(records.get("PLOVER-GSR01-AGREE-0028").events())
        .extracting(EventTuple::target)
        .containsExactly("IRN", "LBY", "PRK", "SDN", "CUB");
    assertThat(records.get("PLOVER-GSR01-AGREE-0001").date()).isEqualTo(LocalDate.of(2000, 1, 1));
  }

  @Test
  void ploverGsrEventNamesAreThoseOfThe2021CameoTable() {
    GoldSet gold = plover();

    GoldRecord demand =
        gold.records().stream().filter(r -> r.category().equals("DEMAND")).findFirst().get();
    assertThat(demand.events()).extracting(EventTuple::event).containsOnly("REQUEST");
    assertThat(gold.records().stream().flatMap(r -> r.events().stream()).map(EventTuple::event))
        .doesNotContain("DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "DOCUMENT");
    assertThat(byId(gold)).containsKeys("PLOVER-GSR01-COERCE-0004", "PLOVER-GSR01-COERCE-0004#2");
  }

  @Test
  void theJsonlIsReadByTheInputReaderWithIdAsReferenceAndTheGoldDate() {
    GoldRecord record =
        new GoldRecord(
            "DEMO-00",
            LocalDate.of(1995, 1, 1),
            "Arnor is about to restore \"full\" diplomatic ties with Gondor.",
            "DEMO",
            List.of(new EventTuple("ARN", "GON", "064")),
            Optional.empty());
    Path jsonl = dir.resolve("gold.jsonl");

    EventGold.writeJsonl(List.of(record), jsonl);
    InputReader.Result read = InputReader.read(jsonl);

    assertThat(read.rejected()).isEmpty();
    RawItem item = read.items().get(0);
    assertThat(item.inputRef()).isEqualTo("DEMO-00");
    assertThat(item.givenPublished()).isEqualTo("1995-01-01");
    assertThat(item.givenTitle()).isNull();
    assertThat(item.text()).isEqualTo(record.text());
  }
}
