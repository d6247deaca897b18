package org.newsevents.actors;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.newsevents.actors.TabariActorReader.RawActor;
import org.newsevents.actors.TabariActorReader.RawCode;

/**
 * Converts the PETRARCH-2 Phoenix dictionaries (TABARI .actors and PETRARCH .agents files, MIT,
 * Open Event Data Alliance) plus the project's curated 2019-2022 office holders and capitals into
 * the CSV files that {@link ActorDictionary} reads: actors.csv, actor_codes.csv, agents.csv and
 * seats.csv. The output is sorted, so a rerun on the same inputs gives byte-identical files. The
 * rules are documented in seeds/reference/README.md.
 *
 * <pre>
 * java -cp ... org.newsevents.actors.PhoenixConverter --phoenix ../shared/reference/petrarch2 \
 *     --curated seeds/reference/curated/actors_2019_2022.csv --out seeds/reference
 * </pre>
 */
public final class PhoenixConverter {
  /**
   * The input files: TABARI actor files, a PETRARCH agents file, and optional CAMEO country names
   * and curated files.
   */
  public record Sources(
      List<Path> actorFiles,
      Path agentsFile,
      Optional<Path> countryNamesFile,
      Optional<Path> curatedActorsFile,
      Optional<Path> curatedSeatsFile) {
    public Sources {
      actorFiles = List.copyOf(actorFiles);
    }

    /**
     * The Phoenix files in {@code phoenixDir}; countrynames.txt from ../cameo beside it when
     * present; the curated seats file (seats.csv) from the curated actors file's folder when
     * present.
     */
    public static Sources phoenix(Path phoenixDir, Optional<Path> curatedActorsFile) {
      Path countryNames = phoenixDir.resolveSibling("cameo").resolve("countrynames.txt");
      return new Sources(
          PHOENIX_ACTOR_FILES.stream().map(phoenixDir::resolve).toList(),
          phoenixDir.resolve(PHOENIX_AGENTS_FILE),
          Files.exists(countryNames) ? Optional.of(countryNames) : Optional.empty(),
          curatedActorsFile,
          curatedActorsFile
              .map(file -> file.resolveSibling(CURATED_SEATS_FILE))
              .filter(Files::exists));
    }
  }

  static final List<String> PHOENIX_ACTOR_FILES =
      List.of(
          "Phoenix.Countries.actors.txt",
          "Phoenix.International.actors.txt",
          "Phoenix.MilNonState.actors.txt");
  static final String PHOENIX_AGENTS_FILE = "Phoenix.agents.txt";
  static final String CURATED_SEATS_FILE = "seats.csv";

  /**
   * Aliases the Phoenix files give that are no name of the actor (curated, with a reason per row):
   * "Poccnr" is "Россия" typed with look-alike Latin letters, and no English text writes it.
   */
  static final String CURATED_ALIAS_EXCLUSIONS_FILE = "alias_exclusions.csv";

  /**
   * Agent terms the Phoenix agents file lacks (curated, with a reason per row): it has "troops" and
   * "armed forces" but not "forces", so "Russian forces" and "U.S. forces" named no actor.
   */
  static final String CURATED_AGENTS_FILE = "agents_extra.csv";

  /**
   * The folder, beside the curated one, of office-holder lists generated from public data by the
   * scripts in it.
   */
  static final String OFFICE_HOLDERS_FOLDER = "sources";

  static final String CURATED_SOURCE = "curated/actors_2019_2022.csv";

  static final List<String> ACTOR_COLUMNS =
      List.of("actor_key", "name", "actor_type", "country_code", "aliases", "source");
  static final List<String> CODE_COLUMNS =
      List.of("actor_key", "cameo_code", "role", "valid_from", "valid_to", "source");
  static final List<String> AGENT_COLUMNS = List.of("term", "role", "source");
  static final List<String> SEAT_COLUMNS = List.of("alias", "actor_key", "cameo_code", "kind");

  private static final CSVFormat CSV_IN =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
  private static final Pattern PARENTHESES = Pattern.compile("^(.*?)\\((.*?)\\)(.*)$");
  private static final Pattern JUNK_CHARACTERS = Pattern.compile("[,;:\"?!()\\[\\]{}<>=*/\\\\|#+]");
  private static final Pattern LETTERS_ONLY = Pattern.compile("^[A-Z]+$");
  private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]");
  private static final Pattern KEY_SEPARATORS = Pattern.compile("[\\s_]+");
  private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
  private static final Pattern NON_CAPITALS = Pattern.compile("[^A-Z]");
  private static final Pattern TWO_LETTERS = Pattern.compile("\\p{L}.*\\p{L}");

  /**
   * Words of an institution's name: an entry named with one is not a person even when its codes are
   * dated.
   */
  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "MINISTRY",
          "MINISTRIES",
          "DEPARTMENT",
          "COUNCIL",
          "PARTY",
          "ASSEMBLY",
          "PARLIAMENT",
          "SOVIET",
          "COMMITTEE",
          "ARMY",
          "FORCES",
          "FORCE",
          "GOVERNMENT",
          "AGENCY",
          "SERVICE",
          "SERVICES",
          "COURT",
          "BANK",
          "UNION",
          "ORGANIZATION",
          "ORGANISATION",
          "ASSOCIATION",
          "FRONT",
          "MOVEMENT",
          "COMMISSION",
          "OFFICE",
          "CONGRESS",
          "SENATE",
          "POLICE",
          "GUARD",
          "GUARDS",
          "BUREAU",
          "INSTITUTE",
          "UNIVERSITY",
          "COMPANY",
          "CORPORATION",
          "REPUBLIC",
          "KINGDOM",
          "FEDERATION",
          "STATE",
          "STATES",
          "EMPIRE",
          "AUTHORITY",
          "CABINET",
          "REGIME",
          "JUNTA",
          "ADMINISTRATION",
          "MILITARY",
          "NAVY",
          "BRIGADE",
          "BRIGADES",
          "BATTALION",
          "DIVISION",
          "COMMAND",
          "LEAGUE",
          "ALLIANCE",
          "COALITION",
          "CONFERENCE",
          "FUND",
          "FOUNDATION",
          "GROUP",
          "NETWORK",
          "CENTER",
          "CENTRE",
          "SOCIETY",
          "CHURCH",
          "DUMA",
          "PRESIDENCY",
          "SECRETARIAT",
          "TRIBUNAL",
          "MISSION",
          "DIRECTORATE",
          "EMBASSY",
          "PROVINCE",
          "REGION",
          "TERRITORY",
          "ISLANDS",
          "SFSR",
          "SSR",
          "POLITBURO",
          "PRESIDIUM",
          "OPPOSITION",
          "COMMUNITY",
          "PROGRAMME",
          "PROGRAM",
          "COUNCILS",
          "CORPS",
          "MILITIA",
          "MILITIAS",
          "REBELS",
          "INC",
          "LTD");

  /**
   * Words too common in country names to tell a country's name from a place's (NEW York is not NEW
   * Zealand).
   */
  private static final Set<String> GENERIC_NAME_WORDS =
      Set.of(
          "republic",
          "democratic",
          "people",
          "peoples",
          "islamic",
          "united",
          "kingdom",
          "states",
          "state",
          "federation",
          "federal",
          "arab",
          "socialist",
          "union",
          "islands",
          "island",
          "north",
          "south",
          "east",
          "west",
          "central",
          "saint",
          "great",
          "former",
          "occupied",
          "territory",
          "territories",
          "commonwealth",
          "principality",
          "grand",
          "duchy",
          "sultanate",
          "emirates",
          "independent",
          "sovereign",
          "plurinational",
          "bolivarian",
          "equatorial",
          "new",
          "city",
          "holy",
          "see");

  private PhoenixConverter() {}

  /**
   * Converts the Phoenix files in {@code phoenixDir} and the curated file into the four CSV files
   * in {@code outDir}.
   */
  public static ConversionReport convert(Path phoenixDir, Path curatedActorsFile, Path outDir) {
    return convert(Sources.phoenix(phoenixDir, Optional.of(curatedActorsFile)), outDir);
  }

  /**
   * Converts any TABARI actor files and PETRARCH agents file (the PETR.Validate toy dictionaries,
   * say).
   */
  public static ConversionReport convert(Sources sources, Path outDir) {
    ConversionReport report = new ConversionReport();
    new Conversion(sources, report).run(outDir);
    return report;
  }

  public static void main(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        System.out.println(usage());
        return;
      }
      if (!Set.of("--phoenix", "--curated", "--out", "--country-names").contains(option)
          || i + 1 >= args.length) {
        System.err.println("Unknown option or missing value: " + option + "\n" + usage());
        System.exit(2);
      }
      options.put(option, args[++i]);
    }
    if (!options.containsKey("--phoenix") || !options.containsKey("--out")) {
      System.err.println("--phoenix and --out are required\n" + usage());
      System.exit(2);
    }
    Path phoenixDir = Path.of(options.get("--phoenix"));
    Optional<Path> curated = Optional.ofNullable(options.get("--curated")).map(Path::of);
    Sources sources = Sources.phoenix(phoenixDir, curated);
    if (options.containsKey("--country-names")) {
      sources =
          new Sources(
              sources.actorFiles(),
              sources.agentsFile(),
              Optional.of(Path.of(options.get("--country-names"))),
              sources.curatedActorsFile(),
              sources.curatedSeatsFile());
    }
    ConversionReport report = convert(sources, Path.of(options.get("--out")));
    System.out.print(report.summary());
  }

  private static String usage() {
    return "Usage: PhoenixConverter --phoenix DIR [--curated FILE] --out DIR [--country-names FILE]\n"
        + "  --phoenix DIR        folder with Phoenix.{Countries,International,MilNonState}.actors.txt and Phoenix.agents.txt\n"
        + "  --curated FILE       curated actors CSV (seats.csv beside it is read too)\n"
        + "  --out DIR            where actors.csv, actor_codes.csv, agents.csv and seats.csv are written\n"
        + "  --country-names FILE CAMEO countrynames.txt (default: DIR/../cameo/countrynames.txt)";
  }

  /** One code period as written to actor_codes.csv. */
  private record CodeRow(
      String cameoCode, String role, LocalDate from, LocalDate to, String source) {
    boolean isUndated() {
      return from == null && to == null;
    }
  }

  private static final Comparator<CodeRow> CODE_ORDER =
      Comparator.comparing(
              CodeRow::from, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(CodeRow::to, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(CodeRow::cameoCode)
          .thenComparing(CodeRow::source);

  /** An actor being assembled. */
  private static final class Actor {
    final String key;
    String name;
    ActorType type;
    String countryCode;
    final Map<String, String> aliasesByNormalForm = new LinkedHashMap<>();
    final List<CodeRow> codes = new ArrayList<>();
    final Set<String> sources = new LinkedHashSet<>();

    Actor(String key) {
      this.key = key;
    }

    void addAlias(String alias) {
      String normalized = ActorDictionary.normalizeAlias(alias);
      if (!normalized.isEmpty()) {
        aliasesByNormalForm.putIfAbsent(normalized, alias);
      }
    }
  }

  private record CuratedSeat(String alias, String countryCode, String cameoCode, SeatKind kind) {}

  /** One run of the converter. */
  private static final class Conversion {
    private final Sources sources;
    private final ConversionReport report;
    private final Map<String, List<String>> countryNames = new HashMap<>();
    private final List<CuratedSeat> curatedSeats = new ArrayList<>();
    private final Map<String, Set<String>> capitalsByCountry = new HashMap<>();
    private final Set<String> seatAliases = new HashSet<>();
    private final Set<String> excludedAliases = new HashSet<>();
    private final Set<String> curatedAgents = new HashSet<>();
    private CameoCodes cameo;

    Conversion(Sources sources, ConversionReport report) {
      this.sources = sources;
      this.report = report;
    }

    void run(Path outDir) {
      sources.countryNamesFile().ifPresent(this::readCountryNames);
      sources.curatedSeatsFile().ifPresent(this::readCuratedSeats);
      curatedFile(CURATED_ALIAS_EXCLUSIONS_FILE).ifPresent(this::readAliasExclusions);
      TabariActorReader reader = new TabariActorReader(report);
      List<RawActor> rawActors = new ArrayList<>();
      for (Path file : sources.actorFiles()) {
        List<RawActor> read = reader.read(file);
        report.count("actors: entries read from " + file.getFileName(), read.size());
        rawActors.addAll(read);
      }
      cameo = new CameoCodes(knownCountries(rawActors));
      Map<String, Actor> actors = new TreeMap<>();
      for (RawActor raw : rawActors) {
        toActor(raw).ifPresent(actor -> add(actors, actor));
      }
      sources.curatedActorsFile().ifPresent(file -> mergeCurated(file, actors));
      for (Path file : officeHolderFiles()) {
        mergeOfficeHolders(file, actors);
      }
      actors
          .values()
          .removeIf(
              actor -> {
                if (actor.aliasesByNormalForm.isEmpty()) {
                  report.count("actors dropped: no alias left (all junk, places or seats)");
                  return true;
                }
                return false;
              });
      Map<String, String> agents = new AgentReader(report).read(sources.agentsFile());
      curatedFile(CURATED_AGENTS_FILE).ifPresent(file -> readCuratedAgents(file, agents));
      report.count("agents: terms written", agents.size());
      try {
        Files.createDirectories(outDir);
        writeActors(outDir.resolve(ActorDictionary.ACTORS_FILE), actors);
        writeCodes(outDir.resolve(ActorDictionary.ACTOR_CODES_FILE), actors);
        writeAgents(outDir.resolve(ActorDictionary.AGENTS_FILE), agents);
        writeSeats(outDir.resolve(ActorDictionary.SEATS_FILE), actors);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not write the dictionary into " + outDir, e);
      }
    }

    private void readCountryNames(Path file) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] fields = line.split("\t");
          if (fields.length >= 2 && LETTERS_ONLY.matcher(fields[1].strip()).matches()) {
            countryNames
                .computeIfAbsent(fields[1].strip(), unused -> new ArrayList<>())
                .add(fields[0].strip());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + file, e);
      }
    }

    /**
     * The office-holder lists generated from public data ({@value #OFFICE_HOLDERS_FOLDER}/*.csv
     * beside the curated folder, e.g. the US Congress), in name order.
     */
    private List<Path> officeHolderFiles() {
      Optional<Path> folder =
          sources
              .curatedActorsFile()
              .map(file -> file.toAbsolutePath().getParent().resolveSibling(OFFICE_HOLDERS_FOLDER))
              .filter(Files::isDirectory);
      if (folder.isEmpty()) {
        return List.of();
      }
      try (var files = Files.list(folder.get())) {
        return files.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not list " + folder.get(), e);
      }
    }

    /**
     * Office holders generated from public data, in the curated file's columns. Unlike curated rows
     * they never replace what the Phoenix or curated files say of an actor: an existing actor of
     * the same key and country gains their aliases and periods (a period covering a day loses to
     * one that began later, such as a Speaker's USAGOVLEG inside years in the House); an existing
     * actor of another country is someone else ("John Carter", a New Zealand minister and a Texan
     * congressman), so the office holder's key takes the country as a suffix.
     */
    private void mergeOfficeHolders(Path file, Map<String, Actor> actors) {
      String label = OFFICE_HOLDERS_FOLDER + "/" + file.getFileName();
      Map<String, String> keys = new HashMap<>();
      for (CSVRecord row : readCsv(file)) {
        String where = file.getFileName() + ":" + row.getRecordNumber();
        String rowKey = row.get("actor_key").strip();
        // A row without a name adds a period to the actor an earlier row of this file named.
        Actor actor = keys.containsKey(rowKey) ? actors.get(keys.get(rowKey)) : null;
        if (!row.get("name").isBlank()) {
          actor = actors.get(rowKey);
          String countryCode = row.get("country_code").strip();
          String key = rowKey;
          if (actor != null && !countryCode.equals(actor.countryCode)) {
            key = rowKey + "_" + countryCode;
            actor = actors.get(key);
          }
          keys.put(rowKey, key);
          if (actor == null) {
            actor = new Actor(key);
            actor.name = row.get("name").strip();
            actor.type = ActorType.fromCode(row.get("actor_type"));
            actor.countryCode = countryCode;
            actors.put(key, actor);
            report.count("office holders: actors added (" + label + ")");
          } else {
            report.count("office holders: existing actors extended (" + label + ")");
          }
          actor.sources.add(label);
          actor.addAlias(row.get("name").strip());
          for (String alias : row.get("aliases").split("\\|")) {
            actor.addAlias(alias.strip());
          }
        }
        if (actor == null) {
          throw new IllegalArgumentException(where + ": a period of an actor no earlier row named");
        }
        LocalDate from = LocalDate.parse(row.get("valid_from").strip());
        LocalDate to = LocalDate.parse(row.get("valid_to").strip());
        String cameoCode = row.get("cameo_code").strip();
        actor.codes.add(
            new CodeRow(cameoCode, cameo.role(cameoCode), from, to, row.get("source").strip()));
        report.count("office holders: code periods (" + label + ")");
      }
    }

    /** A curated file beside the curated actors file, when there is one. */
    private Optional<Path> curatedFile(String name) {
      return sources
          .curatedActorsFile()
          .map(file -> file.resolveSibling(name))
          .filter(Files::exists);
    }

    /** Adds the curated agent terms the Phoenix file lacks; a Phoenix term is never overridden. */
    private void readCuratedAgents(Path file, Map<String, String> agents) {
      for (CSVRecord row : readCsv(file)) {
        String term = row.get("term").strip().toLowerCase(java.util.Locale.ROOT);
        if (agents.putIfAbsent(term, row.get("role").strip()) == null) {
          curatedAgents.add(term);
          report.count("agents: curated terms added (" + CURATED_AGENTS_FILE + ")");
        }
      }
    }

    private void readAliasExclusions(Path file) {
      for (CSVRecord row : readCsv(file)) {
        excludedAliases.add(ActorDictionary.normalizeAlias(row.get("alias").strip()));
      }
    }

    private void readCuratedSeats(Path file) {
      for (CSVRecord row : readCsv(file)) {
        CuratedSeat seat =
            new CuratedSeat(
                row.get("alias").strip(),
                row.get("country_code").strip(),
                row.get("cameo_code").strip(),
                SeatKind.fromCode(row.get("kind")));
        curatedSeats.add(seat);
        String normalized = ActorDictionary.normalizeAlias(seat.alias());
        seatAliases.add(normalized);
        if (seat.kind() == SeatKind.CAPITAL) {
          capitalsByCountry
              .computeIfAbsent(seat.countryCode(), unused -> new HashSet<>())
              .add(normalized);
        }
      }
    }

    /**
     * Country codes: CAMEO's country list, plus bare location codes the files use for countries
     * (SUN, DDR, YUG).
     */
    private Set<String> knownCountries(List<RawActor> rawActors) {
      Set<String> countries = new HashSet<>(countryNames.keySet());
      for (RawActor raw : rawActors) {
        for (RawCode code : raw.codes()) {
          String value = code.code();
          boolean locationOnly =
              (value.length() == 3
                      || (value.length() == 6 && !CameoCodes.ROLES.contains(value.substring(3))))
                  && LETTERS_ONLY.matcher(value).matches()
                  && !CameoCodes.ROLES.contains(value.substring(0, 3))
                  && !CameoCodes.REGIONS.contains(value.substring(0, 3));
          if (locationOnly) {
            countries.add(value);
          }
        }
      }
      return countries;
    }

    private Optional<Actor> toActor(RawActor raw) {
      String source = raw.marker().isEmpty() ? raw.file() : raw.file() + " (" + raw.marker() + ")";
      List<CodeRow> codes = new ArrayList<>();
      for (RawCode code : raw.codes()) {
        if (!code.isNull()) {
          codes.add(
              new CodeRow(
                  code.code(), cameo.role(code.code()), code.from(), code.to(), raw.file()));
        }
      }
      if (codes.isEmpty()) {
        report.count(
            raw.codes().isEmpty()
                ? "actors dropped: no code (and no later entry to take it from)"
                : "actors dropped: only the null code [---]");
        return Optional.empty();
      }
      Actor actor = new Actor(key(raw.primaryNames().get(0)));
      actor.codes.addAll(codes);
      actor.sources.add(source);
      actor.type = type(raw, codes);
      actor.countryCode = countryCode(codes);
      List<String> phrases = new ArrayList<>(raw.primaryNames());
      phrases.addAll(raw.synonyms());
      List<String> aliases = cleanAliases(phrases);
      if (actor.type == ActorType.COUNTRY) {
        aliases = countryNamesOnly(aliases, actor.countryCode, raw.primaryNames().get(0));
      }
      Set<String> acronyms = acronyms(actor.type, aliases);
      actor.name = displayName(actor, raw.primaryNames().get(0), aliases, acronyms);
      actor.addAlias(actor.name);
      for (String alias : aliases) {
        String normalized = ActorDictionary.normalizeAlias(alias);
        if (excludedAliases.contains(normalized)) {
          report.count(
              "aliases dropped: curated exclusions (" + CURATED_ALIAS_EXCLUSIONS_FILE + ")");
          continue;
        }
        if (seatAliases.contains(normalized)) {
          report.count("aliases moved to seats.csv (capitals and seats of government)");
          continue;
        }
        actor.addAlias(DisplayNames.normalCase(alias, acronyms));
      }
      if (seatAliases.contains(ActorDictionary.normalizeAlias(actor.name))) {
        // The actor's own name is a seat (KREMLIN): the entry is only a metonym and seats.csv
        // replaces it.
        actor.aliasesByNormalForm.remove(ActorDictionary.normalizeAlias(actor.name));
        if (actor.aliasesByNormalForm.isEmpty()) {
          report.count("actors dropped: only a seat of government (in seats.csv instead)");
          return Optional.empty();
        }
      }
      return Optional.of(actor);
    }

    private ActorType type(RawActor raw, List<CodeRow> codes) {
      if (raw.file().contains("MilNonState")) {
        return ActorType.GROUP;
      }
      if (cameo.isBareCountry(currentCode(codes).cameoCode())) {
        return ActorType.COUNTRY; // UKRAINE_: [USRUKR <910824] [UKRUNR 910824-911221] [UKR >911221]
      }
      boolean institution = isInstitutionName(raw.primaryNames().get(0));
      boolean personCue =
          !raw.marker().isEmpty()
              || codes.stream().anyMatch(code -> code.role().equals("ELI"))
              || codes.stream().anyMatch(code -> !code.isUndated());
      if (personCue && !institution) {
        return ActorType.PERSON;
      }
      return currentCode(codes).cameoCode().startsWith("IGO")
          ? ActorType.IGO
          : ActorType.ORGANIZATION;
    }

    private static boolean isInstitutionName(String phrase) {
      for (String word : KEY_SEPARATORS.split(phrase.toUpperCase(Locale.ROOT))) {
        if (INSTITUTION_WORDS.contains(NON_CAPITALS.matcher(word).replaceAll(""))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The code in force last: the open-ended period that began last, else the one that ended last,
     * else the default.
     */
    private static CodeRow currentCode(List<CodeRow> codes) {
      Comparator<CodeRow> byStart =
          Comparator.comparing(CodeRow::from, Comparator.nullsFirst(Comparator.naturalOrder()));
      Optional<CodeRow> open =
          codes.stream().filter(code -> !code.isUndated() && code.to() == null).max(byStart);
      if (open.isPresent()) {
        return open.get();
      }
      Optional<CodeRow> ended =
          codes.stream()
              .filter(code -> code.to() != null)
              .max(Comparator.comparing(CodeRow::to).thenComparing(byStart));
      return ended.orElseGet(() -> codes.get(0));
    }

    private String countryCode(List<CodeRow> codes) {
      String current = cameo.countryCode(currentCode(codes).cameoCode());
      if (!current.isEmpty()) {
        return current;
      }
      for (CodeRow code : codes) {
        String country = cameo.countryCode(code.cameoCode());
        if (!country.isEmpty()) {
          return country;
        }
      }
      return "";
    }

    /**
     * Spaced aliases. "X_(Y)" gives X, and Y too when Y is X's acronym
     * (ANIMAL_LIBERATION_FRONT_(ALF)); otherwise Y is a qualifier (VIRGIN_ISLANDS_(US)) and is not
     * a name. Aliases with other punctuation or without letters are dropped.
     */
    private List<String> cleanAliases(List<String> phrases) {
      List<String> aliases = new ArrayList<>();
      for (String phrase : phrases) {
        Matcher parentheses = PARENTHESES.matcher(phrase);
        List<String> parts = List.of(phrase);
        if (parentheses.matches()) {
          String outside = parentheses.group(1) + " " + parentheses.group(3);
          String inside = parentheses.group(2);
          parts = isAcronymOf(inside, outside) ? List.of(outside, inside) : List.of(outside);
        }
        for (String part : parts) {
          String spaced = DisplayNames.spaced(part);
          if (spaced.isEmpty()
              || JUNK_CHARACTERS.matcher(spaced).find()
              || !TWO_LETTERS.matcher(spaced).find()) {
            report.count("aliases dropped: junk (punctuation, fewer than two letters)");
            continue;
          }
          aliases.add(spaced);
        }
      }
      return aliases;
    }

    private static boolean isAcronymOf(String candidate, String phrase) {
      StringBuilder initials = new StringBuilder();
      for (String word : DisplayNames.spaced(phrase).split(" ")) {
        if (!word.isEmpty()) {
          initials.append(Character.toUpperCase(word.charAt(0)));
        }
      }
      String compact = candidate.replace("_", "").replace(".", "").toUpperCase(Locale.ROOT);
      return !compact.isEmpty() && initials.toString().equals(compact);
    }

    /**
     * A country entry lists its names, then (in CountryInfo's order) its capital, cities, regions
     * and landmarks. Names listed before the capital are kept; from the capital on, an alias is
     * kept only when it reads as the country's name. Capitals and seats go to seats.csv. Without a
     * known capital in the entry, every alias is kept.
     */
    private List<String> countryNamesOnly(
        List<String> aliases, String countryCode, String primaryName) {
      Set<String> capitals = capitalsByCountry.getOrDefault(countryCode, Set.of());
      int capitalAt = -1;
      for (int i = 0; i < aliases.size() && capitalAt < 0; i++) {
        if (capitals.contains(ActorDictionary.normalizeAlias(aliases.get(i)))) {
          capitalAt = i;
        }
      }
      if (capitalAt < 0) {
        return aliases;
      }
      List<String> referenceNames =
          new ArrayList<>(countryNames.getOrDefault(countryCode, List.of()));
      referenceNames.add(DisplayNames.spaced(primaryName));
      List<String> kept = new ArrayList<>(aliases.subList(0, capitalAt));
      for (String alias : aliases.subList(capitalAt, aliases.size())) {
        if (seatAliases.contains(ActorDictionary.normalizeAlias(alias))
            || readsAsCountryName(alias, referenceNames)) {
          kept.add(alias); // seats are taken out later, with the same count for every actor type
        } else {
          report.count("aliases dropped: places in country entries (cities, regions, landmarks)");
        }
      }
      return kept;
    }

    private static boolean readsAsCountryName(String alias, List<String> referenceNames) {
      String normalized = withoutArticle(ActorDictionary.normalizeAlias(alias));
      String letters = NON_LETTERS.matcher(normalized).replaceAll("");
      if (letters.length() <= 3 || (letters.length() <= 5 && !VOWELS.matcher(letters).find())) {
        return true; // an acronym: US, UK, USSR, DPRK
      }
      Set<String> stems = new HashSet<>();
      for (String reference : referenceNames) {
        String referenceForm = withoutArticle(ActorDictionary.normalizeAlias(reference));
        if (referenceForm.equals(normalized)) {
          return true;
        }
        for (String word : referenceForm.split(" ")) {
          if (word.length() >= 4 && !GENERIC_NAME_WORDS.contains(word)) {
            stems.add(word.substring(0, 4));
          }
        }
      }
      for (String word : normalized.split(" ")) {
        if (word.length() >= 4
            && !GENERIC_NAME_WORDS.contains(word)
            && stems.contains(word.substring(0, 4))) {
          return true;
        }
      }
      return false;
    }

    private static String withoutArticle(String normalized) {
      return normalized.startsWith("the ") ? normalized.substring(4) : normalized;
    }

    /**
     * Short one-word aliases are acronyms, kept in capitals wherever the word appears in the
     * actor's names: up to five letters for an organisation (NATO, ANSF), up to three for a country
     * (USA, UK; not IRAN).
     */
    private static Set<String> acronyms(ActorType type, List<String> aliases) {
      if (type == ActorType.PERSON) {
        return Set.of();
      }
      int longest = type == ActorType.COUNTRY ? 3 : 5;
      Set<String> acronyms = new HashSet<>();
      for (String alias : aliases) {
        for (String word : alias.toUpperCase(Locale.ROOT).split(" ")) {
          boolean wholeAlias = !alias.contains(" ");
          boolean shortWord = word.length() <= longest && LETTERS_ONLY.matcher(word).matches();
          if (shortWord && (wholeAlias || (type == ActorType.COUNTRY && word.length() <= 2))) {
            acronyms.add(word);
          }
        }
      }
      return acronyms;
    }

    private String displayName(
        Actor actor, String primaryName, List<String> aliases, Set<String> acronyms) {
      Set<String> distinctCodes = new HashSet<>();
      actor.codes.forEach(code -> distinctCodes.add(code.cameoCode()));
      List<String> names =
          countryNames.get(distinctCodes.size() == 1 ? distinctCodes.iterator().next() : "");
      if (actor.type == ActorType.COUNTRY && names != null) {
        // CAMEO lists several names for some codes (Russian Federation, Russia; Jersey under GBR):
        // the shortest of those
        // the entry itself uses is the everyday one.
        Set<String> ownAliases = new HashSet<>();
        for (String alias : aliases) {
          ownAliases.add(ActorDictionary.normalizeAlias(alias));
        }
        List<String> own =
            names.stream()
                .filter(n -> ownAliases.contains(ActorDictionary.normalizeAlias(n)))
                .toList();
        List<String> candidates = own.isEmpty() ? names : own;
        String best = candidates.get(0);
        for (String name : candidates) {
          if (name.length() < best.length()) {
            best = name;
          }
        }
        return best;
      }
      // The first clean alias is the primary phrase without junk: ANIMAL_LIBERATION_FRONT_(ALF)_
      // reads Animal Liberation Front.
      return DisplayNames.normalCase(aliases.isEmpty() ? primaryName : aliases.get(0), acronyms);
    }

    /** A stable key: the primary phrase in capitals, words joined by single underscores. */
    static String key(String primaryName) {
      String key =
          KEY_SEPARATORS.matcher(primaryName.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
      return EDGE_UNDERSCORES.matcher(key).replaceAll("");
    }

    /**
     * Adds an actor, merging it into an earlier one with the same key and country (the same person
     * listed twice); a namesake from another country gets the key KEY__CCC.
     */
    private void add(Map<String, Actor> actors, Actor actor) {
      Actor existing = actors.get(actor.key);
      if (existing == null) {
        actors.put(actor.key, actor);
        return;
      }
      if (existing.countryCode.equals(actor.countryCode)) {
        merge(existing, actor);
        report.count("actors merged: same key and country listed again");
        return;
      }
      String namesakeKey =
          actor.key + "__" + (actor.countryCode.isEmpty() ? "XXX" : actor.countryCode);
      Actor namesake = actors.get(namesakeKey);
      Actor renamed = new Actor(namesakeKey);
      renamed.name = actor.name;
      renamed.type = actor.type;
      renamed.countryCode = actor.countryCode;
      renamed.aliasesByNormalForm.putAll(actor.aliasesByNormalForm);
      renamed.codes.addAll(actor.codes);
      renamed.sources.addAll(actor.sources);
      if (namesake == null) {
        actors.put(namesakeKey, renamed);
        report.count("actors keyed KEY__CCC: namesakes in another country");
      } else {
        merge(namesake, renamed);
        report.count("actors merged: same key and country listed again");
      }
    }

    private static void merge(Actor into, Actor from) {
      from.aliasesByNormalForm.forEach(into.aliasesByNormalForm::putIfAbsent);
      for (CodeRow code : from.codes) {
        if (!into.codes.contains(code)) {
          into.codes.add(code);
        }
      }
      into.sources.addAll(from.sources);
    }

    /**
     * Curated rows win: their name, type, country and aliases replace or extend the Phoenix entry
     * of the same key, and their code periods are added. A curated period with the same code and
     * start as a Phoenix period replaces it: that is how an open-ended Phoenix period ("USAGOV
     * >090120") is closed when the office ended.
     */
    private void mergeCurated(Path file, Map<String, Actor> actors) {
      for (CSVRecord row : readCsv(file)) {
        String key = row.get("actor_key").strip();
        String where = file.getFileName() + ":" + row.getRecordNumber();
        if (key.isEmpty()) {
          throw new IllegalArgumentException(where + ": actor_key is empty");
        }
        Actor actor = actors.get(key);
        boolean isNew = actor == null;
        if (isNew) {
          actor = new Actor(key);
          actors.put(key, actor);
          report.count("curated: actors added");
        } else if (!actor.sources.contains(CURATED_SOURCE)) {
          report.count("curated: Phoenix actors updated");
        }
        Set<String> previousSources = new LinkedHashSet<>(actor.sources);
        actor.sources.clear();
        actor.sources.add(CURATED_SOURCE);
        actor.sources.addAll(previousSources);
        if (!row.get("name").isBlank()) {
          String name = row.get("name").strip();
          Map<String, String> aliases = new LinkedHashMap<>();
          aliases.put(ActorDictionary.normalizeAlias(name), name);
          actor.aliasesByNormalForm.forEach(aliases::putIfAbsent);
          actor.aliasesByNormalForm.clear();
          actor.aliasesByNormalForm.putAll(aliases);
          actor.name = name;
        }
        if (!row.get("actor_type").isBlank()) {
          actor.type = ActorType.fromCode(row.get("actor_type"));
        }
        if (!row.get("country_code").isBlank()) {
          actor.countryCode = row.get("country_code").strip();
        }
        if (!row.get("aliases").isBlank()) {
          Map<String, String> aliases = new LinkedHashMap<>();
          if (actor.name != null) {
            aliases.put(ActorDictionary.normalizeAlias(actor.name), actor.name);
          }
          for (String alias : row.get("aliases").split("\\|")) {
            if (!alias.isBlank()) {
              aliases.putIfAbsent(ActorDictionary.normalizeAlias(alias), alias.strip());
            }
          }
          actor.aliasesByNormalForm.forEach(aliases::putIfAbsent);
          actor.aliasesByNormalForm.clear();
          actor.aliasesByNormalForm.putAll(aliases);
        }
        if (actor.name == null || actor.type == null || actor.countryCode == null) {
          throw new IllegalArgumentException(
              where + ": a new actor needs name, actor_type and country_code");
        }
        String cameoCode = row.get("cameo_code").strip();
        if (!cameoCode.isEmpty()) {
          addCuratedCode(actor, row, cameoCode, where);
        }
      }
    }

    private void addCuratedCode(Actor actor, CSVRecord row, String cameoCode, String where) {
      String source = row.get("source").strip();
      if (source.isEmpty()) {
        throw new IllegalArgumentException(where + ": every curated code needs a source");
      }
      LocalDate from =
          row.get("valid_from").isBlank() ? null : LocalDate.parse(row.get("valid_from").strip());
      LocalDate to =
          row.get("valid_to").isBlank() ? null : LocalDate.parse(row.get("valid_to").strip());
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException(where + ": valid_to is before valid_from");
      }
      CodeRow curated =
          new CodeRow(cameoCode, cameo.role(cameoCode), from, to, "curated: " + source);
      boolean replaced =
          actor.codes.removeIf(
              code ->
                  code.cameoCode().equals(cameoCode)
                      && Objects.equals(code.from(), from)
                      && !code.source().startsWith("curated: "));
      if (replaced) {
        report.count("curated: Phoenix periods restated (closed or corrected)");
      }
      actor.codes.add(curated);
      report.count("curated: code periods");
    }

    private List<CSVRecord> readCsv(Path file) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return CSV_IN.parse(reader).getRecords();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + file, e);
      }
    }

    private void writeActors(Path file, Map<String, Actor> actors) throws IOException {
      try (CSVPrinter printer = printer(file, ACTOR_COLUMNS)) {
        for (Actor actor : actors.values()) {
          printer.printRecord(
              actor.key,
              actor.name,
              actor.type.code(),
              actor.countryCode,
              String.join("|", actor.aliasesByNormalForm.values()),
              String.join("; ", actor.sources));
        }
      }
      report.count("written: actors.csv rows", actors.size());
    }

    private void writeCodes(Path file, Map<String, Actor> actors) throws IOException {
      int rows = 0;
      try (CSVPrinter printer = printer(file, CODE_COLUMNS)) {
        for (Actor actor : actors.values()) {
          List<CodeRow> codes = new ArrayList<>(new LinkedHashSet<>(actor.codes));
          codes.sort(CODE_ORDER);
          for (CodeRow code : codes) {
            printer.printRecord(
                actor.key,
                code.cameoCode(),
                code.role(),
                isoOrEmpty(code.from()),
                isoOrEmpty(code.to()),
                code.source());
            rows++;
          }
        }
      }
      report.count("written: actor_codes.csv rows", rows);
    }

    private void writeAgents(Path file, Map<String, String> agents) throws IOException {
      String source = sources.agentsFile().getFileName().toString();
      try (CSVPrinter printer = printer(file, AGENT_COLUMNS)) {
        for (Map.Entry<String, String> agent : new TreeMap<>(agents).entrySet()) {
          printer.printRecord(
              agent.getKey(),
              agent.getValue(),
              curatedAgents.contains(agent.getKey()) ? "curated/" + CURATED_AGENTS_FILE : source);
        }
      }
    }

    private void writeSeats(Path file, Map<String, Actor> actors) throws IOException {
      // The country actor a capital stands for: the one whose own bare code is in force now
      // (RUSSIAN_FEDERATION, not
      // the RUSSIAN_SFSR of 1917-1993), then the shorter key.
      Map<String, Actor> countryActors = new HashMap<>();
      Comparator<Actor> preference =
          Comparator.comparing((Actor actor) -> isCurrentCountry(actor) ? 0 : 1)
              .thenComparing(actor -> actor.key.length())
              .thenComparing(actor -> actor.key);
      for (Actor actor : actors.values()) {
        if (actor.type == ActorType.COUNTRY && !actor.countryCode.isEmpty()) {
          countryActors.merge(
              actor.countryCode,
              actor,
              (first, second) -> preference.compare(first, second) <= 0 ? first : second);
        }
      }
      Map<String, String> countryKeys = new HashMap<>();
      countryActors.forEach((code, actor) -> countryKeys.put(code, actor.key));
      Map<String, List<Object>> rows = new TreeMap<>();
      for (CuratedSeat seat : curatedSeats) {
        String key = countryKeys.get(seat.countryCode());
        if (key == null) {
          report.count("seats skipped: no country actor for the code");
          report.problem(
              CURATED_SEATS_FILE,
              0,
              "no country actor for " + seat.countryCode() + " (" + seat.alias() + ")");
          continue;
        }
        rows.putIfAbsent(
            seat.alias(), List.of(seat.alias(), key, seat.cameoCode(), seat.kind().code()));
      }
      try (CSVPrinter printer = printer(file, SEAT_COLUMNS)) {
        for (List<Object> row : rows.values()) {
          printer.printRecord(row);
        }
      }
      report.count("written: seats.csv rows", rows.size());
    }

    private static boolean isCurrentCountry(Actor actor) {
      CodeRow current = currentCode(actor.codes);
      return current.to() == null && current.cameoCode().equals(actor.countryCode);
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
      Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      return CSVFormat.RFC4180
          .builder()
          .setHeader(header.toArray(String[]::new))
          .get()
          .print(writer);
    }

    private static String isoOrEmpty(LocalDate date) {
      return date == null ? "" : date.toString();
    }
  }
}
