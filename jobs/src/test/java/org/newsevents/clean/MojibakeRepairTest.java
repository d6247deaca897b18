package org.newsevents.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {

  private static final String THAI =
      "ภาษาไทยเป็นภาษาราชการของประเทศไทย กรุงเทพมหานคร อ.เมือง จ.ขอนแก่น";

  @Test
  void repairsThaiCp874QuotesFromTheSeedArticle() {
    String seed =
        "Lavrov asked to stop the โ€œspeculationsโ€ about a Russian invasion of Ukraine in a phone call with"
            + " Blinken.\nStoltenberg considers it โ€œabsolutely possibleโ€ that a Russian invasion is imminent.";

    Repaired repaired = MojibakeRepair.repair(seed);

    assertThat(repaired.text())
        .isEqualTo(
            "Lavrov asked to stop the “speculations” about a Russian invasion of Ukraine in a phone call with"
                + " Blinken.\nStoltenberg considers it “absolutely possible” that a Russian invasion is imminent.");
    assertThat(repaired.repairs()).containsExactly("mojibake:utf8-as-cp874", "mojibake:lossy");
  }

  @Test
  void repairsCp1252() {
    Repaired repaired =
        MojibakeRepair.repair("The Mona Lisa doesnâ€™t have eyebrows. CafÃ© au lait.");

    assertThat(repaired.text()).isEqualTo("The Mona Lisa doesn’t have eyebrows. Café au lait.");
    assertThat(repaired.repairs()).containsExactly("mojibake:utf8-as-cp1252");
  }

  @Test
  void repairsLatin1WithC1Controls() {
    Repaired repaired =
        MojibakeRepair.repair(
            "Ecuadorâ\u0080\u0099s â\u0080\u0098purely political decisionâ\u0080\u0099");

    assertThat(repaired.text()).isEqualTo("Ecuador’s ‘purely political decision’");
    assertThat(repaired.repairs()).containsExactly("mojibake:utf8-as-latin1");
  }

  @Test
  void replacesStrayC1ControlsWithTheirWindows1252Meaning() {
    Repaired repaired =
        MojibakeRepair.repair("\u0084Handwerk bringt dich überall hin\u0093: Von der YOU");

    assertThat(repaired.text()).isEqualTo("„Handwerk bringt dich überall hin“: Von der YOU");
    assertThat(repaired.repairs()).containsExactly("mojibake:cp1252-as-latin1");
  }

  @Test
  void repairsMacRoman() {
    assertThat(
            MojibakeRepair.repair("Le Schtroumpf conseille g√¢teaux pour un r√©gime √©quilibr√©.")
                .text())
        .isEqualTo("Le Schtroumpf conseille gâteaux pour un régime équilibré.");
    Repaired repaired = MojibakeRepair.repair("wei√ü");
    assertThat(repaired.text()).isEqualTo("weiß");
    assertThat(repaired.repairs()).containsExactly("mojibake:utf8-as-macroman");
  }

  @Test
  void repairsCp1251() {
    Repaired repaired = MojibakeRepair.repair("РґРѕСЂРѕРіРµ #С„СѓС‚Р±РѕР» вЂ“ Broadcast");

    assertThat(repaired.text()).isEqualTo("дороге #футбол – Broadcast");
    assertThat(repaired.repairs()).containsExactly("mojibake:utf8-as-cp1251");
  }

  @Test
  void repairsDoubleMojibake() {
    Repaired repaired =
        MojibakeRepair.repair("Iggy Pop (nÃƒÂ© Jim Osterberg) said Ã¢â‚¬Å“helloÃ¢â‚¬Â\u009d");

    assertThat(repaired.text()).isEqualTo("Iggy Pop (né Jim Osterberg) said “hello”");
    assertThat(repaired.repairs()).contains("mojibake:utf8-as-cp1252", "mojibake:multi-layer");
  }

  @Test
  void repairsTripleMacRomanMojibake() {
    assertThat(MojibakeRepair.repair("Merci de t‚Äö√†√∂¬¨¬©l‚Äö√†√∂¬¨¬©charger le plug-in").text())
        .isEqualTo("Merci de télécharger le plug-in");
  }

  @Test
  void repairsCesu8Emoji() {
    assertThat(MojibakeRepair.repair("Hi guys í\u00a0½í¸\u008d").text()).isEqualTo("Hi guys 😍");
  }

  @Test
  void keepsALostByteAsReplacementCharacterWhenSeveralCharactersFit() {
    Repaired repaired =
        MojibakeRepair.repair("SlovenÄ\uFFFDina, upgraded to â€œbb+â€? from â€œbbâ€?");

    assertThat(repaired.text()).isEqualTo("Sloven\uFFFDina, upgraded to “bb+\uFFFD from “bb\uFFFD");
    assertThat(repaired.repairs()).containsExactly("mojibake:utf8-as-cp1252", "mojibake:lossy");
  }

  @Test
  void infersTheRightQuoteThatJavasWindows1252DecoderReplaced() {
    // Java maps the undefined byte 0x9D to U+FFFD, so every right double quote comes out as "â€�".
    String original = "He called it “a turning point” in the talks.";
    String mojibake =
        new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));

    Repaired repaired = MojibakeRepair.repair(mojibake);

    assertThat(mojibake).contains("â€\uFFFD");
    assertThat(repaired.text()).isEqualTo(original);
    assertThat(repaired.repairs()).containsExactly("mojibake:utf8-as-cp1252", "mojibake:lossy");
  }

  @Test
  void infersADroppedRightQuoteInCp1252() {
    assertThat(MojibakeRepair.repair("He said â€œnoâ€ twice.").text())
        .isEqualTo("He said “no” twice.");
  }

  @Test
  void repairsOnlyTheGarbledSpansOfMixedText() {
    String text = "Café owner Zoë said â€œhelloâ€\u009d.\nПривет, мир! Київ — столиця України.";

    Repaired repaired = MojibakeRepair.repair(text);

    assertThat(repaired.text())
        .isEqualTo("Café owner Zoë said “hello”.\nПривет, мир! Київ — столиця України.");
  }

  @Test
  void repairsWordsSeparatelyInsideOneParagraph() {
    assertThat(MojibakeRepair.repair("DivisÃ£o - SÃ©rie F > Jornadas Classificação").text())
        .isEqualTo("Divisão - Série F > Jornadas Classificação");
  }

  @Test
  void restoresThaiDecodedAsLatin1() {
    String mojibake =
        new String(THAI.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

    Repaired repaired = MojibakeRepair.repair(mojibake);

    assertThat(repaired.text()).isEqualTo(THAI);
  }

  @Test
  void restoresThaiDecodedAsCp874() {
    String mojibake = decodeLikeWindows874WithFallback(THAI.getBytes(StandardCharsets.UTF_8));

    Repaired repaired = MojibakeRepair.repair(mojibake);

    assertThat(repaired.text()).isEqualTo(THAI);
    assertThat(repaired.repairs()).containsExactly("mojibake:utf8-as-cp874");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        THAI,
        "Привет, мир! Київ — столиця України. «ГАЗПРОМ» и ВІКІ.",
        "Größe, Übung, weiß: À l’école, ça coûte 5 €… « Déjà vu ».",
        "NESTLÉ® requiere personal; ESSE CARA AI QUEM É¿",
        "(-1/2)! = √π and ∆° and 2012—∞ and 4288×… and Offering 5×£35",
        "C O N C L U S Ã O",
        "Bremer/Mccoy – DrÃ¥ber",
        "There are a lot of Ã’s in mojibake text",
        "SELKÄ\u00a0EDELLÄ\u00a0MAAHAN via @YouTube",
        "higher values (“+” and “×” curves) in the superficial region",
        "I'm not such a fan of Charlotte Brontë…”",
        "├┤a┼┐a┼┐a┼┐a┼┐a",
        "Η ¨ανατροφή¨ δυστυχώς από τους προπονητές",
        "SÃO PAULO – “NÃO” IRMÃ…",
        "Tiếng Việt, 日本語, 한국어, עברית, العربية"
      })
  void leavesLegitimateTextUntouched(String text) {
    Repaired repaired = MojibakeRepair.repair(text);

    assertThat(repaired.text()).isEqualTo(text);
    assertThat(repaired.repairs()).isEmpty();
  }

  @Test
  void c1EllipsisAfterAnAccentIsNotReadThroughTheFollowingSpace() {
    // "é\u0085 " also reads as E9 85 A0, a Chinese character glued to a French word.
    assertThat(MojibakeRepair.repair("beaucoup parlé\u0085 Tu sais").text())
        .isEqualTo("beaucoup parlé… Tu sais");
  }

  @Test
  void returnsCleanAsciiTextItself() {
    String text =
        "Plain ASCII news text, with \"straight quotes\" and a question? Yes.".repeat(1000);

    Repaired repaired = MojibakeRepair.repair(text);

    assertThat(repaired.text()).isSameAs(text);
    assertThat(repaired.repairs()).isEmpty();
  }

  // Regression tests, one per bug found while building the repair.

  @Test
  void droppedRightQuoteBeforeASpaceIsNotReadAsADagger() {
    // "โ€ " also reads as E2 80 A0 (a dagger) when the space stands for a no-break space.
    assertThat(MojibakeRepair.repair("stop the โ€œspeculationsโ€ about").text())
        .isEqualTo("stop the “speculations” about");
  }

  @Test
  void oneLetterThaiAbbreviationIsRepaired() {
    // "อ." (for อำเภอ) alone between spaces was vetoed as a one-letter word in a foreign script.
    String thai = "ห้วยแม่ตาว อ.แม่สอด จ.ตาก";
    String mojibake = decodeLikeWindows874WithFallback(thai.getBytes(StandardCharsets.UTF_8));

    assertThat(MojibakeRepair.repair(mojibake).text()).isEqualTo(thai);
  }

  @Test
  void brailleBlankUsedAsFillerIsRepaired() {
    // U+2800 belongs to the Braille script, which was missing from the plausible scripts.
    assertThat(MojibakeRepair.repair("â € Boa sorte, atÃ© Ã s 19h").text())
        .isEqualTo("⠀ Boa sorte, até às 19h");
  }

  @Test
  void cp437CzechIsRepaired() {
    // Two two-byte candidates did not reach the evidence first asked of CP437.
    Repaired repaired = MojibakeRepair.repair("─îe┼ítina");

    assertThat(repaired.text()).isEqualTo("Čeština");
    assertThat(repaired.repairs()).containsExactly("mojibake:utf8-as-cp437");
  }

  @Test
  void capitalACircumflexBeforeASignIsRepaired() {
    // "Â" + sign had no more evidence than any capital before punctuation.
    assertThat(MojibakeRepair.repair("Speedway news Â»").text()).isEqualTo("Speedway news »");
    assertThat(MojibakeRepair.repair("the nation.Â\u00a0Blankenship").text())
        .isEqualTo("the nation.\u00a0Blankenship");
  }

  @Test
  void thaiAndCyrillicMojibakeOfLatin1SignsIsRepaired() {
    // Two-byte signs were too weak outside Windows-1252, however foreign the letters around them.
    assertThat(MojibakeRepair.repair("ยซ Previous").text()).isEqualTo("« Previous");
    assertThat(MojibakeRepair.repair("taking $36.5m (ยฃ19m) on release").text())
        .isEqualTo("taking $36.5m (£19m) on release");
    assertThat(MojibakeRepair.repair("won ВЈ150,000 in libel damages").text())
        .isEqualTo("won £150,000 in libel damages");
  }

  @Test
  void feminineOrdinalCountsAsASignNotALetter() {
    assertThat(MojibakeRepair.repair("Vous Ãªtes ici:").text()).isEqualTo("Vous êtes ici:");
  }

  @Test
  void okinaIsNotVetoedAsAModifierLetter() {
    assertThat(MojibakeRepair.repair("the capital, NukuÊ»alofa, to").text())
        .isEqualTo("the capital, Nukuʻalofa, to");
  }

  @Test
  void oneLetterArabicWordAmongArabicIsRepaired() {
    String farsi = "افتاده است و منافع ملی ما";
    String mojibake =
        new String(farsi.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

    assertThat(MojibakeRepair.repair(mojibake).text()).isEqualTo(farsi);
  }

  @Test
  void florinSignInsideAWordIsAMacRomanLead() {
    assertThat(MojibakeRepair.repair("invasion. Erdoƒüan said").text())
        .isEqualTo("invasion. Erdoğan said");
  }

  @Test
  void multiplicationSignBetweenDigitsIsRepaired() {
    assertThat(MojibakeRepair.repair("mass of Sun = about 2Ã—1030 kg").text())
        .isEqualTo("mass of Sun = about 2×1030 kg");
  }

  @Test
  void noBreakSpaceBeforePunctuationAfterCapitalATildeIsRepaired() {
    assertThat(MojibakeRepair.repair("reported to OIE vis-Ã\u00a0-vis outbreaks").text())
        .isEqualTo("reported to OIE vis-à-vis outbreaks");
  }

  @Test
  void droppedByteIsNotInferredRightBeforeMoreGarble() {
    // "â\u0080" before "â\u0080\u009c" was read as a right quote, giving "”“" where a dash was
    // meant.
    assertThat(MojibakeRepair.repair("pre-season friendly â\u0080â\u0080\u009c live!").text())
        .doesNotContain("”");
  }

  @Test
  void longThaiParagraphWithoutSpacesTakesLinearTime() {
    // Every candidate used to rescan its whole word, and Thai runs words together.
    String paragraph = THAI.replace(" ", "").repeat(3000);

    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> MojibakeRepair.repair(paragraph));
    assertThat(MojibakeRepair.repair(paragraph).text()).isEqualTo(paragraph);
  }

  /**
   * Windows-874 as the garbling decoders apply it: Windows-1252 for its undefined bytes, then C1
   * controls.
   */
  private static String decodeLikeWindows874WithFallback(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes) {
      String c = decodeStrictly(Charset.forName("x-windows-874"), b);
      if (c == null) {
        c = decodeStrictly(Charset.forName("windows-1252"), b);
      }
      text.append(c != null ? c : String.valueOf((char) (b & 0xFF)));
    }
    return text.toString();
  }

  private static String decodeStrictly(Charset charset, byte b) {
    try {
      return charset
          .newDecoder()
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(new byte[] {b}))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
