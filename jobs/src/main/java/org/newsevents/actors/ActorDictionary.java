package org.newsevents.actors;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsevents.reference.ReferenceSource;

/**
 * The actor dictionary: named actors with their aliases and dated CAMEO codes, agent nouns
 * ("foreign minister") with their sector codes, and capitals and seats of government ("Moscow",
 * "the Kremlin") that stand for a government.
 *
 * <p>It reads the four CSV files that {@link PhoenixConverter} writes (see
 * seeds/reference/README.md): from the classpath with {@link #bundled()}, or from any folder with
 * {@link #load(Path)}, so another dictionary (the PETRARCH validation one, say) can be swapped in.
 */
public final class ActorDictionary {
  /**
   * One canonical actor. {@code aliases} are in display form; look them up with {@link
   * #byAlias(String)}.
   */
  public record Entry(
      String key, String name, ActorType type, String countryCode, List<String> aliases) {
    public Entry {
      aliases = List.copyOf(aliases);
      // actors.csv leaves the field empty for actors of no country (regions, groups, companies):
      // one value for "none" in dim_actors, NULL, not NULL beside empty strings (issue 15).
      countryCode = countryCode == null || countryCode.isBlank() ? null : countryCode;
    }
  }

  /**
   * A CAMEO code and the days it applies, both ends inclusive; a null end is open. Both null: the
   * actor's default code, used when no dated period covers the day.
   */
  public record Code(String cameoCode, String role, LocalDate validFrom, LocalDate validTo) {
    boolean isUndated() {
      return validFrom == null && validTo == null;
    }

    boolean covers(LocalDate day) {
      return (validFrom == null || !day.isBefore(validFrom))
          && (validTo == null || !day.isAfter(validTo));
    }
  }

  /** A place name that stands for a government in political sentences ("Moscow said"). */
  public record Seat(String alias, String actorKey, String cameoCode, SeatKind kind) {}

  public static final String ACTORS_FILE = "actors.csv";
  public static final String ACTOR_CODES_FILE = "actor_codes.csv";
  public static final String AGENTS_FILE = "agents.csv";
  public static final String SEATS_FILE = "seats.csv";

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bc\u02bb\u00b4]");
  private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");

  /**
   * Which dated code wins when several cover a day: the one that began last, then the narrower one.
   */
  private static final Comparator<Code> MOST_SPECIFIC_FIRST =
      Comparator.comparing(
              Code::validFrom, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
          .reversed()
          .thenComparing(Code::validTo, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

  private final Map<String, Entry> entriesByKey;
  private final Map<String, List<Entry>> entriesByAlias;
  private final Map<String, List<Code>> codesByKey;
  private final Map<String, String> agentRoles;
  private final Map<String, Seat> seatsByAlias;
  private final int maxAliasTokens;

  private ActorDictionary(
      Map<String, Entry> entriesByKey,
      Map<String, List<Code>> codesByKey,
      Map<String, String> agentRoles,
      Map<String, Seat> seatsByAlias) {
    this.entriesByKey = entriesByKey;
    this.codesByKey = codesByKey;
    this.agentRoles = agentRoles;
    this.seatsByAlias = seatsByAlias;
    Map<String, List<Entry>> byAlias = new HashMap<>(entriesByKey.size() * 4);
    int longest = 0;
    for (Entry entry : entriesByKey.values()) {
      for (String alias : entry.aliases()) {
        String normalized = normalizeAlias(alias);
        if (normalized.isEmpty()) {
          continue;
        }
        List<Entry> entries = byAlias.computeIfAbsent(normalized, unused -> new ArrayList<>(1));
        if (!entries.contains(entry)) {
          entries.add(entry);
        }
        longest = Math.max(longest, tokenCount(normalized));
      }
    }
    byAlias.replaceAll((alias, entries) -> List.copyOf(entries));
    this.entriesByAlias = byAlias;
    this.maxAliasTokens = longest;
  }

  private static final class BundledHolder {
    // Loaded on first use, once per JVM: the class-holder idiom makes that thread-safe without
    // locking.
    static final ActorDictionary INSTANCE = loadFromClasspath();
  }

  /** The dictionary bundled in the jar under reference/, loaded once per JVM. */
  public static ActorDictionary bundled() {
    return BundledHolder.INSTANCE;
  }

  /**
   * The dictionary in {@code dir}: actors.csv, actor_codes.csv, agents.csv and seats.csv (agents
   * and seats optional).
   */
  public static ActorDictionary load(Path dir) {
    return read(ReferenceSource.folder(dir));
  }

  private static ActorDictionary loadFromClasspath() {
    return read(ReferenceSource.classpath());
  }

  private static ActorDictionary read(ReferenceSource source) {
    Map<String, Entry> entries = new HashMap<>();
    source.forEachRow(
        ACTORS_FILE,
        ReferenceSource.Presence.REQUIRED,
        row -> {
          String aliases = row.get("aliases");
          Entry entry =
              new Entry(
                  row.get("actor_key"),
                  row.get("name"),
                  ActorType.fromCode(row.get("actor_type")),
                  row.get("country_code"),
                  aliases.isEmpty() ? List.of() : List.of(aliases.split("\\|")));
          entries.put(entry.key(), entry);
        });
    Map<String, List<Code>> codes = new HashMap<>(entries.size() * 2);
    source.forEachRow(
        ACTOR_CODES_FILE,
        ReferenceSource.Presence.REQUIRED,
        row ->
            codes
                .computeIfAbsent(row.get("actor_key"), unused -> new ArrayList<>(2))
                .add(
                    new Code(
                        row.get("cameo_code"),
                        row.get("role"),
                        parseDate(row.get("valid_from")),
                        parseDate(row.get("valid_to")))));
    codes.replaceAll((key, list) -> List.copyOf(list));
    Map<String, String> agents = new HashMap<>();
    source.forEachRow(
        AGENTS_FILE,
        ReferenceSource.Presence.OPTIONAL,
        row -> agents.putIfAbsent(normalizeAlias(row.get("term")), row.get("role")));
    Map<String, Seat> seats = new HashMap<>();
    source.forEachRow(
        SEATS_FILE,
        ReferenceSource.Presence.OPTIONAL,
        row -> {
          Seat seat =
              new Seat(
                  row.get("alias"),
                  row.get("actor_key"),
                  row.get("cameo_code"),
                  SeatKind.fromCode(row.get("kind")));
          seats.putIfAbsent(normalizeAlias(seat.alias()), seat);
        });
    return new ActorDictionary(entries, codes, agents, seats);
  }

  /**
   * yyyy-MM-dd, read by hand: LocalDate.parse's formatter costs more than the rest of a cold load.
   */
  private static LocalDate parseDate(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return LocalDate.parse(
          text); // an unusual form: let the standard parser accept it or say what is wrong
    }
    return LocalDate.of(
        Integer.parseInt(text, 0, 4, 10),
        Integer.parseInt(text, 5, 7, 10),
        Integer.parseInt(text, 8, 10, 10));
  }

  /**
   * The form aliases are compared in: lowercase, accents removed ("Wörner" = "Worner"), dots and
   * apostrophes dropped ("U.S." = "US", "Lord's" = "Lords"), hyphens, underscores and other
   * separators turned into single spaces ("Ki-moon" = "Ki moon"). Spelling variants stay distinct:
   * "Zelenskiy" is not "Zelensky"; the dictionary lists both.
   */
  public static String normalizeAlias(String surface) {
    if (surface == null || surface.isEmpty()) {
      return "";
    }
    String text = surface;
    if (!isAscii(text)) {
      // Only accented or typographic text pays for Unicode decomposition; most aliases are plain
      // ASCII.
      text = Normalizer.normalize(text, Normalizer.Form.NFKD);
      text = COMBINING_MARKS.matcher(text).replaceAll("");
      text = APOSTROPHES.matcher(text).replaceAll("'");
      text = DASHES.matcher(text).replaceAll("-");
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '\'' || c == '`' || c == '#') {
        continue; // U.S. = US, Lord's = Lords, the hashtag #US = US
      }
      if (Character.isWhitespace(c)
          || c == '_'
          || c == '-'
          || c == ','
          || c == ';'
          || c == ':'
          || c == '/') {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7e) {
        return false;
      }
    }
    return true;
  }

  private static int tokenCount(String normalized) {
    int count = 1;
    for (int i = 0; i < normalized.length(); i++) {
      if (normalized.charAt(i) == ' ') {
        count++;
      }
    }
    return count;
  }

  /**
   * The actors one of whose aliases is exactly this text (after {@link #normalizeAlias}); usually
   * zero or one.
   */
  public List<Entry> byAlias(String surface) {
    return entriesByAlias.getOrDefault(normalizeAlias(surface), List.of());
  }

  /** The actors one of whose aliases is exactly this token sequence. */
  public List<Entry> byAlias(List<String> tokens) {
    return byAlias(String.join(" ", tokens));
  }

  /**
   * The most tokens any alias has once normalised: a longest-match scan needs look no further
   * ahead.
   */
  public int maxAliasTokens() {
    return maxAliasTokens;
  }

  /** The actor with this key, or null. */
  public Entry byKey(String actorKey) {
    return entriesByKey.get(actorKey);
  }

  /** Every actor, in no particular order. */
  public java.util.Collection<Entry> entries() {
    return java.util.Collections.unmodifiableCollection(entriesByKey.values());
  }

  public int size() {
    return entriesByKey.size();
  }

  /** All code periods of an actor, as in actor_codes.csv. */
  public List<Code> codes(String actorKey) {
    return codesByKey.getOrDefault(actorKey, List.of());
  }

  /**
   * The code that applies to the actor on {@code date}: among the dated periods covering that day,
   * the one that began last (then the narrower one); else the undated default. With a null date:
   * the open-ended period that began last, else the period that ended last, else the default.
   */
  public Optional<Code> codeOn(String actorKey, LocalDate date) {
    List<Code> codes = codes(actorKey);
    if (date == null) {
      return latest(codes);
    }
    Optional<Code> dated =
        codes.stream()
            .filter(code -> !code.isUndated() && code.covers(date))
            .min(MOST_SPECIFIC_FIRST);
    return dated.isPresent() ? dated : codes.stream().filter(Code::isUndated).findFirst();
  }

  private static Optional<Code> latest(List<Code> codes) {
    Optional<Code> open =
        codes.stream()
            .filter(code -> !code.isUndated() && code.validTo() == null)
            .min(MOST_SPECIFIC_FIRST);
    if (open.isPresent()) {
      return open;
    }
    Optional<Code> ended =
        codes.stream()
            .filter(code -> code.validTo() != null)
            .max(Comparator.comparing(Code::validTo).thenComparing(MOST_SPECIFIC_FIRST.reversed()));
    return ended.isPresent() ? ended : codes.stream().filter(Code::isUndated).findFirst();
  }

  /** The sector code of an agent noun ("army" gives MIL), matched on the whole normalised term. */
  public Optional<String> agentRole(String term) {
    return Optional.ofNullable(agentRoles.get(normalizeAlias(term)));
  }

  /** The government a capital or seat of government stands for ("Kremlin" gives RUSGOV). */
  public Optional<Seat> seat(String alias) {
    return Optional.ofNullable(seatsByAlias.get(normalizeAlias(alias)));
  }
}
