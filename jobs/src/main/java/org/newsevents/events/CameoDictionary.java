package org.newsevents.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.newsevents.reference.ReferenceSource;

/**
 * The CAMEO verb patterns and event codes written by {@link CameoVerbConverter} (see
 * seeds/reference/README.md): from the classpath with {@link #bundled()}, or from any folder with
 * {@link #load(Path)}.
 */
public final class CameoDictionary {
  /**
   * Hand-written verb patterns beside the generated ones (see seeds/reference/README.md): a curated
   * bare-verb row replaces the generated bare rows of its verb (the null code "---" makes a generic
   * verb need a pattern), and curated patterns win over generated ones that fit as well.
   */
  public static final String CURATED_VERBS_FILE = "cameo_verbs_curated.csv";

  /**
   * One row of cameo_verbs.csv. {@code pattern} is empty for the bare verb; {@code cameoCode} is
   * the PETRARCH code field as written (see {@link #codes()}).
   */
  public record VerbPattern(String verbLemma, String pattern, String cameoCode, String source) {
    /** True for the row that codes the verb alone, without a pattern. */
    public boolean bare() {
      return pattern.isEmpty();
    }

    /** True for a row of the hand-written file rather than of the generated one. */
    public boolean curated() {
      return source.startsWith("curated");
    }

    /**
     * The CAMEO codes in the code field: "163" -> [163], "042:043" -> [042, 043], ":173" -> [173],
     * "---" (PETRARCH's null code: the verb makes no event) -> [], "080!" -> [080].
     */
    public List<String> codes() {
      List<String> codes = new ArrayList<>();
      for (String part : cameoCode.split(":")) {
        String digits = part.replaceAll("[^0-9]", "");
        if (!digits.isEmpty()) {
          codes.add(digits);
        }
      }
      return List.copyOf(codes);
    }

    /**
     * Whether the code field gives the same code both ways ("exchange * fire" 193:193, "sign *
     * &amp;treaty" 057:057): PETRARCH's mark of an act the parties do to each other.
     */
    public boolean mutual() {
      List<String> codes = codes();
      return codes.size() == 2 && codes.get(0).equals(codes.get(1));
    }
  }

  /** One row of cameo_plover.csv: a PLOVER event, with mode and context when the table has them. */
  public record PloverMapping(String event, String mode, String context) {}

  /**
   * One CAMEO code with the GDELT description and Goldstein value, GDELT's QuadClass (1 verbal
   * cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and its PLOVER
   * mappings (usually one; root 08 has two).
   */
  public record CameoCode(
      String code,
      String description,
      String rootCode,
      String baseCode,
      OptionalDouble goldstein,
      int quadClass,
      List<PloverMapping> plover) {
    public CameoCode {
      plover = List.copyOf(plover);
    }

    /** The first PLOVER event, when the code has a mapping. */
    public Optional<String> ploverEvent() {
      return plover.stream().map(PloverMapping::event).findFirst();
    }

    public Optional<String> ploverMode() {
      return plover.stream().map(PloverMapping::mode).filter(m -> !m.isEmpty()).findFirst();
    }

    public Optional<String> ploverContext() {
      return plover.stream().map(PloverMapping::context).filter(c -> !c.isEmpty()).findFirst();
    }
  }

  private final Map<String, List<VerbPattern>> patternsByVerb;
  private final Map<String, CameoCode> codes;
  private final Map<String, List<String>> synsets;

  /** Verbs with at least one coded pattern; triage asks this for every verb of every sentence. */
  private final Set<String> eventVerbs;

  private CameoDictionary(
      Map<String, List<VerbPattern>> patternsByVerb,
      Map<String, CameoCode> codes,
      Map<String, List<String>> synsets) {
    this.patternsByVerb = patternsByVerb;
    this.codes = codes;
    this.synsets = synsets;
    this.eventVerbs =
        patternsByVerb.entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(p -> !p.codes().isEmpty()))
            .map(Map.Entry::getKey)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static final class BundledHolder {
    // Loaded on first use, once per JVM: the class-holder idiom makes that thread-safe without
    // locking.
    static final CameoDictionary INSTANCE = loadFromClasspath();
  }

  /** The dictionary bundled in the jar under reference/, loaded once per JVM. */
  public static CameoDictionary bundled() {
    return BundledHolder.INSTANCE;
  }

  /** The dictionary in {@code dir}: cameo_verbs.csv and cameo_codes.csv, the others optional. */
  public static CameoDictionary load(Path dir) {
    return read(ReferenceSource.folder(dir));
  }

  private static CameoDictionary loadFromClasspath() {
    return read(ReferenceSource.classpath());
  }

  private static CameoDictionary read(ReferenceSource source) {
    Map<String, List<VerbPattern>> patterns = new HashMap<>();
    source.forEachRow(
        CameoVerbConverter.VERBS_FILE,
        ReferenceSource.Presence.REQUIRED,
        r ->
            patterns
                .computeIfAbsent(r.get("verb_lemma"), k -> new ArrayList<>())
                .add(
                    new VerbPattern(
                        r.get("verb_lemma"),
                        r.get("pattern"),
                        r.get("cameo_code"),
                        r.get("source"))));
    Map<String, List<VerbPattern>> curated = new HashMap<>();
    source.forEachRow(
        CURATED_VERBS_FILE,
        ReferenceSource.Presence.OPTIONAL,
        r ->
            curated
                .computeIfAbsent(r.get("verb_lemma"), k -> new ArrayList<>())
                .add(
                    new VerbPattern(
                        r.get("verb_lemma"),
                        r.get("pattern"),
                        r.get("cameo_code"),
                        "curated:" + r.get("source"))));
    curated.forEach(
        (verb, rows) -> {
          List<VerbPattern> merged = new ArrayList<>(rows);
          boolean curatedBare = rows.stream().anyMatch(VerbPattern::bare);
          for (VerbPattern generated : patterns.getOrDefault(verb, List.of())) {
            if (!(curatedBare && generated.bare())) {
              merged.add(generated);
            }
          }
          patterns.put(verb, merged);
        });
    Map<String, List<PloverMapping>> plover = new HashMap<>();
    source.forEachRow(
        CameoVerbConverter.PLOVER_FILE,
        ReferenceSource.Presence.OPTIONAL,
        r ->
            plover
                .computeIfAbsent(r.get("cameo_code"), k -> new ArrayList<>())
                .add(
                    new PloverMapping(
                        r.get("plover_event"), r.get("plover_mode"), r.get("plover_context"))));
    Map<String, CameoCode> codes = new HashMap<>();
    source.forEachRow(
        CameoVerbConverter.CODES_FILE,
        ReferenceSource.Presence.REQUIRED,
        r -> {
          String goldstein = r.get("goldstein");
          codes.put(
              r.get("cameo_code"),
              new CameoCode(
                  r.get("cameo_code"),
                  r.get("description"),
                  r.get("root_code"),
                  r.get("base_code"),
                  goldstein.isEmpty()
                      ? OptionalDouble.empty()
                      : OptionalDouble.of(Double.parseDouble(goldstein)),
                  Integer.parseInt(r.get("quad_class")),
                  plover.getOrDefault(r.get("cameo_code"), List.of())));
        });
    Map<String, List<String>> synsets = new HashMap<>();
    source.forEachRow(
        CameoVerbConverter.SYNSETS_FILE,
        ReferenceSource.Presence.OPTIONAL,
        r -> synsets.computeIfAbsent(r.get("synset"), k -> new ArrayList<>()).add(r.get("word")));
    patterns.replaceAll((k, v) -> List.copyOf(v));
    synsets.replaceAll((k, v) -> List.copyOf(v));
    return new CameoDictionary(Map.copyOf(patterns), Map.copyOf(codes), Map.copyOf(synsets));
  }

  /**
   * The bare-verb row and the patterns of a verb lemma ("threaten", "ask for"), in file order
   * (sorted by pattern); empty for an unknown verb.
   */
  public List<VerbPattern> patternsFor(String verbLemma) {
    return patternsByVerb.getOrDefault(verbLemma.strip().toLowerCase(Locale.ROOT), List.of());
  }

  /** Whether some pattern of the verb (lemma or word form) carries an event code. */
  public boolean isEventVerb(String verb) {
    return eventVerbs.contains(verb.strip().toLowerCase(Locale.ROOT));
  }

  /** A CAMEO code as a string with its leading zeros ("036", "1312"). */
  public Optional<CameoCode> code(String cameoCode) {
    return Optional.ofNullable(codes.get(cameoCode.strip()));
  }

  /** The members of a synonym set as patterns name it ("&currency"). */
  /** Every event code, in code order. */
  public List<CameoCode> codes() {
    return codes.values().stream().sorted(java.util.Comparator.comparing(CameoCode::code)).toList();
  }

  public List<String> synset(String name) {
    return synsets.getOrDefault(name.strip().toLowerCase(Locale.ROOT), List.of());
  }

  public int verbCount() {
    return patternsByVerb.size();
  }

  public int codeCount() {
    return codes.size();
  }
}
