package org.newsevents.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Converts the CAMEO reference files into the CSV files that {@link CameoDictionary} reads:
 *
 * <ul>
 *   <li>the PETRARCH-2 verb dictionary CAMEO.2.0.txt (MIT) into cameo_verbs.csv and
 *       cameo_synsets.csv;
 *   <li>the GDELT lookups CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt into cameo_codes.csv;
 *   <li>the PLOVER table CAMEO2PLOVER-2021.txt (CC BY-SA 4.0) into cameo_plover.csv, kept apart so
 *       that share-alike covers only that file.
 * </ul>
 *
 * The output is sorted, so a rerun on the same inputs gives byte-identical files. The rules are
 * documented in seeds/reference/README.md.
 *
 * <pre>
 * java -cp ... org.newsevents.events.CameoVerbConverter \
 *     --cameo ../shared/reference/petrarch2/CAMEO.2.0.txt \
 *     --goldstein ../shared/reference/gdelt/CAMEO.goldsteinscale.txt \
 *     --eventcodes ../shared/reference/gdelt/CAMEO.eventcodes.txt \
 *     --plover ../shared/reference/plover/CAMEO2PLOVER-2021.txt --out seeds/reference
 * </pre>
 */
public final class CameoVerbConverter {
  public static final String VERBS_FILE = "cameo_verbs.csv";
  public static final String SYNSETS_FILE = "cameo_synsets.csv";
  public static final String CODES_FILE = "cameo_codes.csv";
  public static final String PLOVER_FILE = "cameo_plover.csv";

  static final List<String> VERB_COLUMNS = List.of("verb_lemma", "pattern", "cameo_code", "source");
  static final List<String> SYNSET_COLUMNS = List.of("synset", "word");
  static final List<String> CODE_COLUMNS =
      List.of("cameo_code", "description", "root_code", "base_code", "goldstein", "quad_class");
  static final List<String> PLOVER_COLUMNS =
      List.of("cameo_code", "plover_event", "plover_mode", "plover_context");

  /**
   * Known damage in the GDELT lookup, repaired by code. In 044 the curly quotes around "third" went
   * through a Mac Roman / Latin-1 mix-up (“ ” became Ò Ó) and took the "t" and a blank with them.
   */
  private static final Map<String, String> DESCRIPTION_REPAIRS =
      Map.of("044", "Meet at a third location");

  /** What a conversion read and wrote. */
  public record Report(
      int verbBlocks,
      int patternLines,
      int verbRows,
      int synsetRows,
      int codeRows,
      int ploverRows) {
    @Override
    public String toString() {
      return "verb blocks %d, pattern lines %d -> %s %d rows, %s %d rows, %s %d rows, %s %d rows"
          .formatted(
              verbBlocks,
              patternLines,
              VERBS_FILE,
              verbRows,
              SYNSETS_FILE,
              synsetRows,
              CODES_FILE,
              codeRows,
              PLOVER_FILE,
              ploverRows);
    }
  }

  private CameoVerbConverter() {}

  /** Converts the four reference files into the four CSV files in {@code outDir}. */
  public static Report convert(
      Path cameoVerbs, Path goldstein, Path eventCodes, Path plover, Path outDir) {
    try {
      Files.createDirectories(outDir);
      VerbDictionary verbs =
          readVerbDictionary(
              Files.readAllLines(cameoVerbs, LATIN1), cameoVerbs.getFileName().toString());
      List<List<String>> codes =
          codeRows(
              Files.readAllLines(eventCodes, StandardCharsets.UTF_8),
              Files.readAllLines(goldstein, StandardCharsets.UTF_8));
      List<List<String>> ploverRows = ploverRows(Files.readAllLines(plover, LATIN1));
      write(outDir.resolve(VERBS_FILE), VERB_COLUMNS, verbs.verbRows());
      write(outDir.resolve(SYNSETS_FILE), SYNSET_COLUMNS, verbs.synsetRows());
      write(outDir.resolve(CODES_FILE), CODE_COLUMNS, codes);
      write(outDir.resolve(PLOVER_FILE), PLOVER_COLUMNS, ploverRows);
      return new Report(
          verbs.blocks(),
          verbs.patternLines(),
          verbs.verbRows().size(),
          verbs.synsetRows().size(),
          codes.size(),
          ploverRows.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The PETRARCH and PLOVER files are ASCII; reading them as ISO-8859-1 never fails on a stray
  // byte.
  private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;

  public static void main(String[] args) {
    Map<String, String> options = new HashMap<>();
    Set<String> known = Set.of("--cameo", "--goldstein", "--eventcodes", "--plover", "--out");
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        System.out.println(usage());
        return;
      }
      if (!known.contains(option) || i + 1 >= args.length) {
        System.err.println("Unknown option or missing value: " + option + "\n" + usage());
        System.exit(2);
      }
      options.put(option, args[++i]);
    }
    if (!options.keySet().containsAll(known)) {
      System.err.println("All of " + new TreeSet<>(known) + " are required\n" + usage());
      System.exit(2);
    }
    Report report =
        convert(
            Path.of(options.get("--cameo")),
            Path.of(options.get("--goldstein")),
            Path.of(options.get("--eventcodes")),
            Path.of(options.get("--plover")),
            Path.of(options.get("--out")));
    System.out.println(report);
  }

  private static String usage() {
    return "usage: CameoVerbConverter --cameo CAMEO.2.0.txt --goldstein CAMEO.goldsteinscale.txt"
        + " --eventcodes CAMEO.eventcodes.txt --plover CAMEO2PLOVER-2021.txt --out DIR";
  }

  // ---- PETRARCH verb dictionary ----

  /** The parsed verb dictionary as sorted CSV rows. */
  record VerbDictionary(
      int blocks, int patternLines, List<List<String>> verbRows, List<List<String>> synsetRows) {}

  // "---  ACCELERATE   [---]  ---"; four headers lack the blank before the closing dashes. The
  // PETRARCH validation file has one header with two codes ("--- DELAY [120]  [031:031] ---"):
  // the first is the block's, as PETRARCH reads it.
  private static final Pattern BLOCK_HEADER =
      Pattern.compile("^---\\s+(\\S.*?)\\s+\\[([^\\]]*)\\](?:\\s*\\[[^\\]]*\\])*[\\s-]*$");
  // "- * (TO BORDER)   [154]   # RUSH"
  private static final Pattern PATTERN_LINE =
      Pattern.compile("^-\\s+(.*?)\\s*\\[([^\\]]*)\\]\\s*(#.*)?$");
  // "HURRY {HURRIES HURRYING HURRIED }  [020]  # comment"; forms in braces are inflections. Two
  // old verb lines use the TABARI ";" comment ("SCRAP {...};shan 8/30/93").
  private static final Pattern VERB_LINE =
      Pattern.compile("^(\\+?[^\\s{\\[#;]+)\\s*(\\{[^}]*\\})?\\s*(\\[([^\\]]*)\\])?\\s*([#;].*)?$");

  /**
   * Reads a PETRARCH verb dictionary. {@code sourceName} (the file's name) prefixes the block name
   * in the {@code source} column.
   *
   * <p>Synonym sets ({@code &NAME} then {@code +WORD} lines) may stand anywhere, as PETRARCH
   * allows: CAMEO.2.0.txt defines them all before the first verb block, the PETRARCH validation
   * file between blocks; a set ends at its first line that is not a {@code +} member. Lines that
   * begin with {@code <!} are comments, as in PETRARCH.
   */
  static VerbDictionary readVerbDictionary(List<String> lines, String sourceName) {
    Set<List<String>> verbRows = new TreeSet<>(ROW_ORDER);
    Set<List<String>> synsetRows = new TreeSet<>(ROW_ORDER);
    boolean inVerbs = false;
    String synset = null;
    VerbBlock block = null;
    int blocks = 0;
    int patternLines = 0;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("<!")) {
        continue;
      }
      if (line.startsWith("&")) {
        synset = stripComment(line).toLowerCase(Locale.ROOT);
        continue;
      }
      if (synset != null && line.startsWith("+")) {
        synsetRows.add(
            List.of(synset, stripComment(line).substring(1).strip().toLowerCase(Locale.ROOT)));
        continue;
      }
      synset = null;
      Matcher header = BLOCK_HEADER.matcher(line);
      if (header.matches()) {
        if (block != null) {
          block.writeRows(sourceName, verbRows);
        }
        inVerbs = true;
        blocks++;
        block = new VerbBlock(header.group(1).strip(), header.group(2).strip());
        continue;
      }
      if (!inVerbs) {
        continue; // the header lines before the first verb block
      }
      Matcher pattern = PATTERN_LINE.matcher(line);
      if (line.startsWith("-") && pattern.matches()) {
        patternLines++;
        block.patterns.add(
            new BlockPattern(
                simplifyPattern(pattern.group(1)),
                pattern.group(2).strip(),
                pattern.group(3) == null ? "" : pattern.group(3)));
        continue;
      }
      Matcher verb = VERB_LINE.matcher(line);
      if (block != null && verb.matches()) {
        block.addVerb(
            verb.group(1), verb.group(2), verb.group(4) == null ? null : verb.group(4).strip());
      }
    }
    if (block != null) {
      block.writeRows(sourceName, verbRows);
    }
    return new VerbDictionary(blocks, patternLines, List.copyOf(verbRows), List.copyOf(synsetRows));
  }

  /** A pattern line of a verb block: the pattern, its code, and its comment ("# HOLD , DETAIN"). */
  private record BlockPattern(String pattern, String code, String comment) {}

  private static final Pattern COMMENT_WORD = Pattern.compile("[A-Za-z][A-Za-z_+-]*");

  /**
   * One verb block as read so far: its verbs and patterns. PETRARCH applies a block's patterns to
   * every verb of the block, so each verb gets each pattern; the bare verb gets its own code, or
   * the block's. One exception: a pattern whose comment names the verbs it was written for ("- *
   * PROTEST [141] # HOLD , DETAIN") does not reach another verb of the block that its line gives a
   * code of another root ("DETAIN [173]"), unless the block's code has the pattern's root.
   * CAMEO.2.0's blocks join verbs of different senses: CONFINE holds "detain" (173) beside "hold",
   * whose "hold * conference" (040) made "detained the conference organisers" a consultation; GRANT
   * holds "donate" (070) beside "issue", whose "issue * statement" (010) made "donated a statement"
   * a comment. A verb that takes the block's code has no sense of its own to keep apart ("supply"
   * in GRANT [060] takes "give * &weapon", 072), and a pattern whose comment names no verb of the
   * block reaches every verb.
   */
  private static final class VerbBlock {
    private final String name;
    private final String code;
    // verb lemma -> its own code (or the block's)
    private final Map<String, String> verbs = new TreeMap<>();
    // the verbs whose line gives them a code of their own ("DETAIN [173]")
    private final Set<String> ownCoded = new TreeSet<>();
    // every written form of the block's verbs (lemma, inflections), upper case -> lemma
    private final Map<String, String> forms = new HashMap<>();
    private final List<BlockPattern> patterns = new ArrayList<>();

    VerbBlock(String name, String code) {
      this.name = name;
      this.code = code;
      verbs.put(lemma(name), code);
      addForm(name, lemma(name));
    }

    /** A verb line: the verb as written, its inflections in braces (or null), its code or null. */
    void addVerb(String written, String inflections, String ownCode) {
      String lemma = lemma(written);
      verbs.put(lemma, ownCode != null ? ownCode : code);
      if (ownCode != null) {
        ownCoded.add(lemma);
      }
      addForm(written, lemma);
      if (inflections != null) {
        for (String form : inflections.replaceAll("[{}]", " ").strip().split("\\s+")) {
          addForm(form, lemma);
        }
      }
    }

    private void addForm(String written, String lemma) {
      forms.put(written.replace("+", "").toUpperCase(Locale.ROOT), lemma);
    }

    void writeRows(String sourceName, Set<List<String>> rows) {
      String source = sourceName + ":" + name;
      for (Map.Entry<String, String> verb : verbs.entrySet()) {
        rows.add(List.of(verb.getKey(), "", verb.getValue(), source));
        for (BlockPattern pattern : patterns) {
          if (!writtenForAnotherSense(pattern, verb.getKey())) {
            rows.add(List.of(verb.getKey(), pattern.pattern(), pattern.code(), source));
          }
        }
      }
    }

    private boolean writtenForAnotherSense(BlockPattern pattern, String lemma) {
      if (!ownCoded.contains(lemma)) {
        return false;
      }
      Set<String> writtenFor = new TreeSet<>();
      Matcher word = COMMENT_WORD.matcher(pattern.comment());
      while (word.find()) {
        String named = forms.get(word.group().replace("+", "").toUpperCase(Locale.ROOT));
        if (named != null) {
          writtenFor.add(named);
        }
      }
      if (writtenFor.isEmpty() || writtenFor.contains(lemma)) {
        return false;
      }
      String patternRoot = rootOf(pattern.code());
      String verbRoot = rootOf(verbs.get(lemma));
      return patternRoot != null
          && verbRoot != null
          && !patternRoot.equals(verbRoot)
          && !patternRoot.equals(rootOf(code));
    }
  }

  /** The two-digit root of a code's first plain code ("046:046", ":046" -> "04"), or null. */
  private static String rootOf(String code) {
    for (String part : code.split(":", -1)) {
      if (part.strip().matches("\\d{2,4}")) {
        return part.strip().substring(0, 2);
      }
    }
    return null; // "---"
  }

  /**
   * "+ASK_FOR" -> "ask for", "WIRE_+TAP" -> "wire tap", "RE-ACTIVATE" -> "re-activate". The "+"
   * marks which word of a multi-word verb the parser tags as the verb; the lemma is the phrase.
   */
  static String lemma(String word) {
    return word.replace("+", "")
        .replace('_', ' ')
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  /** Lowercase, single blanks, no blanks inside brackets: "* (TO BORDER )" -> "* (to border)". */
  static String simplifyPattern(String pattern) {
    return pattern
        .strip()
        .replaceAll("\\s+", " ")
        .replaceAll("([({]) ", "$1")
        .replaceAll(" ([)}])", "$1")
        .toLowerCase(Locale.ROOT);
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).strip();
  }

  // ---- GDELT codes and Goldstein scale ----

  static List<List<String>> codeRows(List<String> eventCodeLines, List<String> goldsteinLines) {
    Map<String, String> descriptions = readTsv(eventCodeLines);
    Map<String, String> goldstein = readTsv(goldsteinLines);
    Set<String> codes = new TreeSet<>(descriptions.keySet());
    codes.addAll(goldstein.keySet());
    List<List<String>> rows = new ArrayList<>();
    for (String code : codes) {
      String description =
          DESCRIPTION_REPAIRS.getOrDefault(code, descriptions.getOrDefault(code, ""));
      String root = code.substring(0, 2);
      String base = code.length() <= 3 ? code : code.substring(0, 3);
      rows.add(
          List.of(
              code,
              description,
              root,
              base,
              goldstein.getOrDefault(code, ""),
              Integer.toString(quadClass(root))));
    }
    return rows;
  }

  /** GDELT's QuadClass of a two-digit root code: 1-4, or 0 for an unknown root. */
  public static int quadClass(String rootCode) {
    int root;
    try {
      root = Integer.parseInt(rootCode);
    } catch (NumberFormatException e) {
      return 0;
    }
    if (root >= 1 && root <= 5) {
      return 1;
    } else if (root <= 9 && root >= 6) {
      return 2;
    } else if (root >= 10 && root <= 14) {
      return 3;
    } else if (root >= 15 && root <= 20) {
      return 4;
    }
    return 0;
  }

  // Header line "CAMEOEVENTCODE\t..." is skipped; codes stay strings (leading zeros).
  private static Map<String, String> readTsv(List<String> lines) {
    Map<String, String> values = new TreeMap<>();
    for (String line : lines) {
      String[] fields = line.split("\t", 2);
      String code = fields[0].strip();
      if (fields.length < 2 || !code.matches("\\d{2,4}")) {
        continue;
      }
      values.put(code, fields[1].strip());
    }
    return values;
  }

  // ---- PLOVER ----

  // "0312: AGREE,  ,   military # Express intent to cooperate militarily"; "03: AGREE"
  private static final Pattern PLOVER_LINE = Pattern.compile("^(\\d{2,4}):\\s*([^#]*)(#.*)?$");

  // A code can map to several PLOVER events (root 08 is both CONCEDE and RETREAT), so rows are
  // unique per (code, event, mode, context); lines that differ only in their comment collapse.
  static List<List<String>> ploverRows(List<String> lines) {
    Set<List<String>> rows = new TreeSet<>(ROW_ORDER);
    for (String line : lines) {
      Matcher m = PLOVER_LINE.matcher(line.strip());
      if (!m.matches()) {
        continue;
      }
      String[] fields = m.group(2).split(",", -1);
      List<String> row = new ArrayList<>(List.of(m.group(1), "", "", ""));
      for (int i = 0; i < 3 && i < fields.length; i++) {
        row.set(i + 1, fields[i].strip());
      }
      rows.add(List.copyOf(row));
    }
    return List.copyOf(rows);
  }

  // ---- output ----

  private static final Comparator<List<String>> ROW_ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = a.get(i).compareTo(b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  private static void write(Path file, List<String> header, List<List<String>> rows)
      throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer =
            CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(writer)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
  }
}
