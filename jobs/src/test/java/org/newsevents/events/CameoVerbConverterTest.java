package org.newsevents.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.testing.SharedData;

/**
 * The converter on small slices of the PETRARCH verb format and of the GDELT and PLOVER code files,
 * written inline, with the exact CSV rows it must produce.
 */
class CameoVerbConverterTest {
  private static final String VERBS =
      """
      # CAMEO VERB PATTERN DICTIONARY (slice)
      ####### SYNONYM SETS #######

      &CURRENCY
      # a comment inside a set
      +DOLLAR
      +EURO

      ####### VERB PATTERNS #######

      ---  ADD   [---]  ---
      ADD  # OY 14 Mar 2006
      - * SANCTIONS [163]
      - * (TO  {BANNED PARTIES} ) $     [1722]  # ADD

      ---  ASK   [020]  ---
      +ASK_FOR {+ASKED_FOR +ASKS_FOR} [020]
      ASK     [020]
      GRILL [110]
      PLEAD {PLEADS PLEADED};shan   8/30/93
      - * (FOR &CURRENCY)    [:071]   # ASK

      ---  DISGRACE   [110]---  ---
      DISGRACE
      """;

  private static final String EVENT_CODES =
      """
      CAMEOEVENTCODE\tEVENTDESCRIPTION
      01\tMAKE PUBLIC STATEMENT
      044\tMeet at a \u00d2hird\u00d3location
      0312\tExpress intent to cooperate militarily
      190\tUse conventional military force, not specified below
      """;

  private static final String GOLDSTEIN =
      """
      CAMEOEVENTCODE\tGOLDSTEINSCALE
      01\t0.0
      044\t2.5
      0312\t3.0
      190\t-10.0
      """;

  private static final String PLOVER =
      """
      # CAMEO to PLOVER conversion table
      03: AGREE
      0312: AGREE,  ,   military # Express intent to cooperate militarily

      08: CONCEDE
      08: RETREAT
      0841: RETREAT, release,   legal # Return, release person(s)
      175: ASSAULT, pro_autocracy , military # Use violent repression
      175: ASSAULT, pro_autocracy , military # Use tactics of violent repression
      ~~~~~
      """;

  @TempDir Path dir;

  private CameoVerbConverter.Report convertSlices(Path out) throws IOException {
    Path verbs = Files.writeString(dir.resolve("CAMEO.2.0.txt"), VERBS);
    Path codes = Files.writeString(dir.resolve("codes.txt"), EVENT_CODES, StandardCharsets.UTF_8);
    Path goldstein = Files.writeString(dir.resolve("goldstein.txt"), GOLDSTEIN);
    Path plover = Files.writeString(dir.resolve("plover.txt"), PLOVER);
    return CameoVerbConverter.convert(verbs, goldstein, codes, plover, out);
  }

  private static List<String> rows(Path file) throws IOException {
    return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
  }

  @Test
  void verbBlocksBecomeOneRowPerVerbAndPattern() throws IOException {
    Path out = dir.resolve("out");
    CameoVerbConverter.Report report = convertSlices(out);

    assertThat(report.verbBlocks()).isEqualTo(3);
    assertThat(report.patternLines()).isEqualTo(3);
    assertThat(rows(out.resolve("cameo_verbs.csv")))
        .containsExactly(
            "verb_lemma,pattern,cameo_code,source",
            "add,,---,CAMEO.2.0.txt:ADD",
            "add,* (to {banned parties}) $,1722,CAMEO.2.0.txt:ADD",
            "add,* sanctions,163,CAMEO.2.0.txt:ADD",
            "ask,,020,CAMEO.2.0.txt:ASK",
            "ask,* (for &currency),:071,CAMEO.2.0.txt:ASK",
            "ask for,,020,CAMEO.2.0.txt:ASK",
            "disgrace,,110,CAMEO.2.0.txt:DISGRACE",
            "grill,,110,CAMEO.2.0.txt:ASK",
            "plead,,020,CAMEO.2.0.txt:ASK",
            "plead,* (for &currency),:071,CAMEO.2.0.txt:ASK");
    assertThat(rows(out.resolve("cameo_synsets.csv")))
        .containsExactly("synset,word", "&currency,dollar", "&currency,euro");
  }

  @Test
  void aPatternWrittenForOneVerbOfABlockDoesNotReachAVerbOfAnotherSense() throws IOException {
    // CAMEO.2.0's CONFINE block joins "detain" (173) and "hold": the comment says which verb a
    // pattern was written for, and "hold * conference" (040) is no detention. "confine" takes the
    // block's code: no sense of its own to keep apart.
    String confine =
        """
        ---  CONFINE   [170]  ---
        DETAIN [173]
        HOLD {HOLDS HOLDING HELD } [---] # HUX 10/10/97
        JAIL  [173]
        - * CONFERENCE                                        [040]         # HOLD
        - * &HOSTAGE                                          [181]         # HELD
        - * (IN CONNECTION)                                   [173]         # DETAIN
        - * PROTEST                                           [141]         # HOLD , DETAIN
        - * FOR DAY                                           [173]
        """;
    Path verbs = Files.writeString(dir.resolve("CAMEO.2.0.txt"), confine);
    Path out = dir.resolve("out");
    CameoVerbConverter.convert(
        verbs,
        Files.writeString(dir.resolve("goldstein.txt"), GOLDSTEIN),
        Files.writeString(dir.resolve("codes.txt"), EVENT_CODES, StandardCharsets.UTF_8),
        Files.writeString(dir.resolve("plover.txt"), PLOVER),
        out);
    List<String> rows = rows(out.resolve("cameo_verbs.csv"));
    assertThat(rows)
        .as("a pattern of the verb's own family, or one written for it, reaches it")
        .contains(
            "jail,* (in connection),173,CAMEO.2.0.txt:CONFINE",
            "detain,* protest,141,CAMEO.2.0.txt:CONFINE",
            "jail,* for day,173,CAMEO.2.0.txt:CONFINE",
            "hold,* conference,040,CAMEO.2.0.txt:CONFINE",
            "hold,* (in connection),173,CAMEO.2.0.txt:CONFINE",
            "hold,* &hostage,181,CAMEO.2.0.txt:CONFINE",
            "confine,* conference,040,CAMEO.2.0.txt:CONFINE")
        .as("one written for a verb of another sense does not")
        .doesNotContain(
            "detain,* conference,040,CAMEO.2.0.txt:CONFINE",
            "jail,* conference,040,CAMEO.2.0.txt:CONFINE",
            "jail,* protest,141,CAMEO.2.0.txt:CONFINE",
            "jail,* &hostage,181,CAMEO.2.0.txt:CONFINE");
  }

  @Test
  void codesGetRootBaseGoldsteinQuadClassAndTheRepairedDescription() throws IOException {
    Path out = dir.resolve("out");
    convertSlices(out);

    assertThat(rows(out.resolve("cameo_codes.csv")))
        .containsExactly(
            "cameo_code,description,root_code,base_code,goldstein,quad_class",
            "01,MAKE PUBLIC STATEMENT,01,01,0.0,1",
            "0312,Express intent to cooperate militarily,03,031,3.0,1",
            "044,Meet at a third location,04,044,2.5,1",
            "190,\"Use conventional military force, not specified below\",19,190,-10.0,4");
    assertThat(rows(out.resolve("cameo_plover.csv")))
        .containsExactly(
            "cameo_code,plover_event,plover_mode,plover_context",
            "03,AGREE,,",
            "0312,AGREE,,military",
            "08,CONCEDE,,",
            "08,RETREAT,,",
            "0841,RETREAT,release,legal",
            "175,ASSAULT,pro_autocracy,military");
  }

  @Test
  void quadClassFollowsGdeltRootRanges() {
    assertThat(CameoVerbConverter.quadClass("01")).isEqualTo(1);
    assertThat(CameoVerbConverter.quadClass("05")).isEqualTo(1);
    assertThat(CameoVerbConverter.quadClass("06")).isEqualTo(2);
    assertThat(CameoVerbConverter.quadClass("09")).isEqualTo(2);
    assertThat(CameoVerbConverter.quadClass("10")).isEqualTo(3);
    assertThat(CameoVerbConverter.quadClass("14")).isEqualTo(3);
    assertThat(CameoVerbConverter.quadClass("15")).isEqualTo(4);
    assertThat(CameoVerbConverter.quadClass("20")).isEqualTo(4);
    assertThat(CameoVerbConverter.quadClass("21")).isZero();
  }

  @Test
  void theLoaderReadsWhatTheConverterWrites() throws IOException {
    Path out = dir.resolve("out");
    convertSlices(out);
    CameoDictionary dictionary = CameoDictionary.load(out);

    assertThat(dictionary.patternsFor("Ask"))
        .extracting(CameoDictionary.VerbPattern::pattern)
        .containsExactly("", "* (for &currency)");
    assertThat(dictionary.patternsFor("Ask For"))
        .extracting(CameoDictionary.VerbPattern::pattern)
        .containsExactly("");
    assertThat(dictionary.patternsFor("ask").get(1).codes()).containsExactly("071");
    assertThat(dictionary.patternsFor("add").get(0).codes()).isEmpty();
    assertThat(dictionary.synset("&CURRENCY")).containsExactly("dollar", "euro");
    assertThat(dictionary.code("08")).isEmpty();
    assertThat(dictionary.code("0312").orElseThrow().ploverContext()).contains("military");
  }

  /**
   * The PETRARCH validation verbs file (PETR.Validate.verbs.txt) defines synonym sets between verb
   * blocks, has a header with two codes, a multi-word verb whose "+" marks the inner verb and XML
   * comments. The converter used to read such sets as verbs of the block before them ("&revolt",
   * "revolution"), the header's name as "delay [120]" and the verb as "wire +tap".
   */
  @Test
  void readsThePetrarchValidationFilesSynsetsHeadersAndCompoundVerbs() throws IOException {
    Path verbs =
        Files.writeString(
            dir.resolve("PETR.Validate.verbs.txt"),
            """
            <!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY -->
            &TIETYPES
            +MILITARY

            --- ADMIT  [013:012] ---
            ADMIT
            - WERE * TO  [064]  # tony  3/9/91

            &REVOLT
            +REVOLUTION
            +&TIETYPES

            --- DELAY [120]  [031:031]  ---
            DELAY
            POSTPONE    # -PAS 2/9/96
            - * &REVOLT  [802]
            <!-- TABARI allowed synsets inside multi-word patterns -->

            --- CONFISCATE  [1711] ---
            WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
            """);
    Path codes = Files.writeString(dir.resolve("codes.txt"), EVENT_CODES, StandardCharsets.UTF_8);
    Path goldstein = Files.writeString(dir.resolve("goldstein.txt"), GOLDSTEIN);
    Path plover = Files.writeString(dir.resolve("plover.txt"), PLOVER);
    Path out = dir.resolve("validate");

    CameoVerbConverter.Report report =
        CameoVerbConverter.convert(verbs, goldstein, codes, plover, out);

    assertThat(report.verbBlocks()).isEqualTo(3);
    assertThat(rows(out.resolve("cameo_verbs.csv")))
        .containsExactly(
            "verb_lemma,pattern,cameo_code,source",
            "admit,,013:012,PETR.Validate.verbs.txt:ADMIT",
            "admit,were * to,064,PETR.Validate.verbs.txt:ADMIT",
            "confiscate,,1711,PETR.Validate.verbs.txt:CONFISCATE",
            "delay,,120,PETR.Validate.verbs.txt:DELAY",
            "delay,* &revolt,802,PETR.Validate.verbs.txt:DELAY",
            "postpone,,120,PETR.Validate.verbs.txt:DELAY",
            "postpone,* &revolt,802,PETR.Validate.verbs.txt:DELAY",
            "wire tap,,1711,PETR.Validate.verbs.txt:CONFISCATE");
    assertThat(rows(out.resolve("cameo_synsets.csv")))
        .containsExactly(
            "synset,word", "&revolt,&tietypes", "&revolt,revolution", "&tietypes,military");
  }

  /** The committed seeds/reference files are exactly what the converter makes of the real files. */
  @Test
  void theCommittedFilesAreWhatTheConverterMakesOfTheReferenceFiles() throws IOException {
    Path reference = SharedData.require("reference/petrarch2").getParent();
    Path seeds = SharedData.projectRoot().resolve("seeds/reference");
    Path regenerated = dir.resolve("regenerated");
    CameoVerbConverter.convert(
        reference.resolve("petrarch2/CAMEO.2.0.txt"),
        reference.resolve("gdelt/CAMEO.goldsteinscale.txt"),
        reference.resolve("gdelt/CAMEO.eventcodes.txt"),
        reference.resolve("plover/CAMEO2PLOVER-2021.txt"),
        regenerated);
    for (String file :
        List.of("cameo_verbs.csv", "cameo_synsets.csv", "cameo_codes.csv", "cameo_plover.csv")) {
      assertThat(Files.readAllBytes(regenerated.resolve(file)))
          .as(
              "seeds/reference/%s differs from the converter's output: regenerate it (see seeds/reference/README.md)",
              file)
          .isEqualTo(Files.readAllBytes(seeds.resolve(file)));
    }
  }
}
