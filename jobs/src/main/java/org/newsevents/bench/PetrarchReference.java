package org.newsevents.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.newsevents.actors.ConversionReport;
import org.newsevents.actors.PhoenixConverter;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.CameoVerbConverter;

/**
 * A reference folder like seeds/reference in which the PETRARCH validation dictionaries replace the
 * actors, agents and verbs, so that the pipeline codes the PETRARCH unit-test records with the
 * dictionaries they were written for ({@code NightlyJob.Options.referenceDir}).
 *
 * <ul>
 *   <li>actors.csv, actor_codes.csv, agents.csv, seats.csv (empty): {@link PhoenixConverter} on
 *       PETR.Validate.actors.txt and PETR.Validate.agents.txt;
 *   <li>cameo_verbs.csv, cameo_synsets.csv, cameo_codes.csv, cameo_plover.csv: {@link
 *       CameoVerbConverter} on PETR.Validate.verbs.txt with the GDELT code and Goldstein files and
 *       the 2021 CAMEO-to-PLOVER table;
 *   <li>the codes the toy verbs use that CAMEO lacks (WEIS leftovers and test codes such as 223,
 *       345, 903, 1717) are added to cameo_codes.csv with their root and base code, no Goldstein
 *       value and the QuadClass their root gives (0 outside 01-20), so that a coder that looks its
 *       codes up keeps them: the gold records expect them;
 *   <li>places.csv and outlets.csv: copied from the bundled reference files, which have no toy
 *       version.
 * </ul>
 */
public final class PetrarchReference {
  /** The bundled files the toy dictionaries do not replace. */
  static final List<String> COPIED_BUNDLED_FILES = List.of("places.csv", "outlets.csv");

  static final String TOY_CODE_DESCRIPTION = "PETR.Validate.verbs.txt code, not in CAMEO";

  /** What the build read and wrote. */
  public record Report(
      ConversionReport actors,
      CameoVerbConverter.Report verbs,
      List<String> toyCodesAdded,
      List<String> copiedFiles) {
    public String summary() {
      return actors.summary()
          + verbs
          + "\n"
          + toyCodesAdded.size()
          + " toy codes added to cameo_codes.csv: "
          + String.join(" ", toyCodesAdded)
          + "\ncopied from the bundled reference files: "
          + String.join(", ", copiedFiles)
          + "\n";
    }
  }

  private PetrarchReference() {}

  /**
   * Builds the folder {@code outDir} from the files under {@code sharedReference} (the
   * ../shared/reference folder: petrarch2/, gdelt/ and plover/).
   */
  public static Report build(Path sharedReference, Path outDir) {
    Path petrarch = sharedReference.resolve("petrarch2");
    Path gdelt = sharedReference.resolve("gdelt");
    ConversionReport actors =
        PhoenixConverter.convert(
            new PhoenixConverter.Sources(
                List.of(petrarch.resolve("PETR.Validate.actors.txt")),
                petrarch.resolve("PETR.Validate.agents.txt"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            outDir);
    CameoVerbConverter.Report verbs =
        CameoVerbConverter.convert(
            petrarch.resolve("PETR.Validate.verbs.txt"),
            gdelt.resolve("CAMEO.goldsteinscale.txt"),
            gdelt.resolve("CAMEO.eventcodes.txt"),
            sharedReference.resolve("plover/CAMEO2PLOVER-2021.txt"),
            outDir);
    List<String> added = addToyCodes(outDir);
    for (String file : COPIED_BUNDLED_FILES) {
      copyBundled(file, outDir.resolve(file));
    }
    return new Report(actors, verbs, added, COPIED_BUNDLED_FILES);
  }

  /** Adds the plain codes of cameo_verbs.csv that cameo_codes.csv lacks; returns them, sorted. */
  static List<String> addToyCodes(Path dir) {
    Path codesFile = dir.resolve(CameoVerbConverter.CODES_FILE);
    TreeMap<String, List<String>> rows = new TreeMap<>();
    List<String> header;
    try (Reader reader = Files.newBufferedReader(codesFile, StandardCharsets.UTF_8)) {
      var parser = csvIn().parse(reader);
      header = parser.getHeaderNames();
      for (CSVRecord row : parser) {
        rows.put(row.get("cameo_code"), row.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + codesFile, e);
    }
    TreeSet<String> used = new TreeSet<>();
    Path verbsFile = dir.resolve(CameoVerbConverter.VERBS_FILE);
    try (Reader reader = Files.newBufferedReader(verbsFile, StandardCharsets.UTF_8)) {
      for (CSVRecord row : csvIn().parse(reader)) {
        CameoDictionary.VerbPattern pattern =
            new CameoDictionary.VerbPattern(
                row.get("verb_lemma"),
                row.get("pattern"),
                row.get("cameo_code"),
                row.get("source"));
        used.addAll(pattern.codes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + verbsFile, e);
    }
    List<String> added = new ArrayList<>();
    for (String code : used) {
      if (code.length() >= 2 && code.length() <= 4 && !rows.containsKey(code)) {
        String root = code.substring(0, 2);
        rows.put(
            code,
            List.of(
                code,
                TOY_CODE_DESCRIPTION,
                root,
                code.length() <= 3 ? code : code.substring(0, 3),
                "",
                Integer.toString(CameoVerbConverter.quadClass(root))));
        added.add(code);
      }
    }
    try (Writer writer = Files.newBufferedWriter(codesFile, StandardCharsets.UTF_8);
        CSVPrinter printer =
            CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(writer)) {
      for (List<String> row : rows.values()) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + codesFile, e);
    }
    return added;
  }

  private static CSVFormat csvIn() {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
  }

  private static void copyBundled(String name, Path target) {
    try (InputStream in =
        PetrarchReference.class.getClassLoader().getResourceAsStream("reference/" + name)) {
      if (in == null) {
        throw new IllegalStateException("The bundled reference file " + name + " is missing");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy the bundled " + name + " to " + target, e);
    }
  }
}
