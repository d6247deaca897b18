package org.newsevents.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsevents.reference.ReferenceSource;

/** The known outlets and wire agencies, from the bundled reference file reference/outlets.csv. */
public final class Outlets {
  /** One outlet or agency, its domain (which is its source id) and the names text uses for it. */
  public record Outlet(String domain, String name, Kind kind, List<String> aliases) {}

  /**
   * An outlet publishes articles; an agency supplies them. "With reports from AFP" names an agency.
   */
  public enum Kind {
    OUTLET,
    AGENCY
  }

  private static final String FILE = "outlets.csv";
  private static volatile Outlets bundled;

  private final List<Outlet> outlets;

  Outlets(List<Outlet> outlets) {
    this.outlets = List.copyOf(outlets);
  }

  /** The bundled list, loaded once per JVM. */
  public static Outlets bundled() {
    if (bundled == null) {
      synchronized (Outlets.class) {
        if (bundled == null) {
          bundled = load();
        }
      }
    }
    return bundled;
  }

  public List<Outlet> all() {
    return outlets;
  }

  /**
   * The outlet whose domain is this host or a parent of it (fr.euronews.com belongs to
   * euronews.com).
   */
  public Optional<Outlet> byHost(String host) {
    String normalized = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    return outlets.stream()
        .filter(o -> normalized.equals(o.domain()) || normalized.endsWith("." + o.domain()))
        .max(Comparator.comparingInt(o -> o.domain().length()));
  }

  /**
   * The outlet one of whose names is exactly this (case-insensitive for names longer than an
   * acronym).
   */
  public Optional<Outlet> byName(String name) {
    String wanted = name.strip();
    return outlets.stream()
        .filter(o -> o.aliases().stream().anyMatch(alias -> sameName(alias, wanted)))
        .findFirst();
  }

  static boolean sameName(String alias, String text) {
    // Acronyms must match in case: "AP" is the agency, "ap" is not; full names may be written in
    // any case.
    return alias.length() <= 4 ? alias.equals(text) : alias.equalsIgnoreCase(text);
  }

  private static Outlets load() {
    List<Outlet> outlets = new ArrayList<>();
    ReferenceSource.classpath()
        .forEachRow(
            FILE,
            ReferenceSource.Presence.REQUIRED,
            row ->
                outlets.add(
                    new Outlet(
                        row.get("domain"),
                        row.get("source_name"),
                        Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)),
                        List.of(row.get("aliases").split("\\|")))));
    return new Outlets(outlets);
  }
}
