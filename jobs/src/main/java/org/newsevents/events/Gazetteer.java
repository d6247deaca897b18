package org.newsevents.events;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsevents.reference.ReferenceSource;

/**
 * Places by name, for event locations: cities, capitals, regions, islands and seas from places.csv
 * (GeoNames data, CC BY 4.0, plus curated rows; see seeds/reference/README.md). A lookup ignores
 * case and accents and also finds aliases ("Kiev" → Kyiv, "Geneva" → Genève). When several places
 * share a name, the capital wins, then the most populous place.
 */
public final class Gazetteer {

  /** The gazetteer's file among the bundled reference files. */
  public static final String PLACES_FILE = "places.csv";

  /** What a place is. */
  public enum Kind {
    CITY,
    CAPITAL,
    REGION,
    ISLAND,
    SEA;

    static Kind of(String text) {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
  }

  /**
   * A place. {@code countryCode} is ISO 3166 alpha-3, empty for seas and places no single country
   * holds; {@code population} is 0 when unknown.
   */
  public record Place(
      String name,
      String countryCode,
      long population,
      double latitude,
      double longitude,
      Kind kind)
      implements java.io.Serializable {}

  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final Comparator<Place> PREFERENCE =
      Comparator.comparing((Place p) -> p.kind() != Kind.CAPITAL)
          .thenComparing(Comparator.comparingLong(Place::population).reversed());

  private final Map<String, Place> byName;
  private final int size;

  private Gazetteer(Map<String, Place> byName, int size) {
    this.byName = byName;
    this.size = size;
  }

  private static final class Bundled {
    static final Gazetteer INSTANCE = loadBundled();

    private static Gazetteer loadBundled() {
      Builder builder = new Builder();
      ReferenceSource.classpath()
          .forEachRow(PLACES_FILE, ReferenceSource.Presence.REQUIRED, builder::add);
      return builder.build();
    }
  }

  /** The gazetteer bundled in the jar, read once per JVM. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** A gazetteer from a places.csv file. */
  public static Gazetteer load(Path placesCsv) throws IOException {
    try (Reader reader = Files.newBufferedReader(placesCsv, StandardCharsets.UTF_8)) {
      return load(reader);
    }
  }

  /** A gazetteer from places.csv text (with its header). */
  public static Gazetteer load(Reader placesCsv) throws IOException {
    Builder builder = new Builder();
    for (CSVRecord row : CSV.parse(placesCsv)) {
      builder.add(row);
    }
    return builder.build();
  }

  /**
   * Collects places.csv rows under every name and alias, then keeps the preferred place per name.
   */
  private static final class Builder {
    private final Map<String, List<Place>> candidates = new HashMap<>();
    private int size;

    void add(CSVRecord row) {
      String population = row.get("population").strip();
      Place place =
          new Place(
              row.get("name"),
              row.get("country_code"),
              population.isEmpty() ? 0 : Long.parseLong(population),
              Double.parseDouble(row.get("latitude")),
              Double.parseDouble(row.get("longitude")),
              Kind.of(row.get("kind")));
      size++;
      List<String> names = new ArrayList<>();
      names.add(place.name());
      for (String alias : row.get("aliases").split("\\|")) {
        names.add(alias);
      }
      for (String name : names) {
        String key = fold(name);
        if (!key.isEmpty()) {
          List<Place> list = candidates.computeIfAbsent(key, k -> new ArrayList<>(1));
          if (!list.contains(place)) {
            list.add(place);
          }
        }
      }
    }

    Gazetteer build() {
      Map<String, Place> byName = new HashMap<>(candidates.size() * 2);
      candidates.forEach(
          (key, list) -> byName.put(key, list.stream().min(PREFERENCE).orElseThrow()));
      return new Gazetteer(byName, size);
    }
  }

  /** The preferred place called {@code name} (case- and accent-insensitive, aliases included). */
  public Optional<Place> lookup(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(fold(name)));
  }

  /** Number of places (rows) read. */
  public int size() {
    return size;
  }

  /**
   * The lookup key of a name: without accents, lower case, single spaces, typographic apostrophes
   * as '.
   */
  static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String plain = MARKS.matcher(decomposed).replaceAll("").replace('\u2019', '\'');
    return SPACES.matcher(plain).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
