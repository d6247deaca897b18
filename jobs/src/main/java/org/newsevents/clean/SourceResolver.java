package org.newsevents.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which outlet published an article, and which agencies it credits. In order of trust: the
 * inline "Source: domain" line, the feed's source field, the url's host, and last the outlet's own
 * signature in the text ("Consult the RFE/RL live briefing", "View on Euronews"). An outlet that is
 * only cited ("according to CNN", "told the BBC") is not the publisher, and "With reports from AFP,
 * AP and Reuters" names agencies, not the outlet.
 */
public final class SourceResolver {
  public static final String UNKNOWN_ID = "unknown";

  /** Phrases in which an outlet speaks about itself: promotion boxes and "view on" links. */
  private static final List<String> SELF_PROMOTION =
      List.of(
          "(?:consult|follow|read|visit|subscribe to|sign up for|download|listen to|watch|join) (?:the |our )?%s\\b",
          "\\bview (?:it )?on %s\\b",
          "\\b%s(?:'s|’s)? (?:live briefing|live blog|newsletter|app|podcast)\\b");

  private static final Pattern AGENCY_CREDIT =
      Pattern.compile(
          "^(?:with (?:additional )?(?:reports|reporting|information) (?:from|by)|reporting by|sources?:)\\s+(.+)$",
          Pattern.CASE_INSENSITIVE);

  private final Outlets outlets;

  /**
   * One pattern per self-promotion phrase, with every outlet name as an alternative in group
   * "name".
   */
  private final List<Pattern> signatures = new ArrayList<>();

  public SourceResolver(Outlets outlets) {
    this.outlets = outlets;
    List<String> names = new ArrayList<>();
    for (Outlets.Outlet outlet : outlets.all()) {
      if (outlet.kind() == Outlets.Kind.OUTLET) {
        names.addAll(outlet.aliases());
      }
    }
    // Longest first, so "Radio Free Europe/Radio Liberty" wins over "Radio Free Europe".
    names.sort(java.util.Comparator.comparingInt(String::length).reversed());
    String alternatives =
        names.stream()
            // The phrase is case-insensitive; an acronym ("RT", "FT") must still match in capitals.
            .map(
                name ->
                    name.length() <= 4 ? "(?-i:" + Pattern.quote(name) + ")" : Pattern.quote(name))
            .collect(java.util.stream.Collectors.joining("|", "(?<name>", ")"));
    for (String form : SELF_PROMOTION) {
      signatures.add(Pattern.compile(String.format(form, alternatives), Pattern.CASE_INSENSITIVE));
    }
  }

  /**
   * The source an article is filed under: its id (a domain, or a slug of a name), display name and
   * domain.
   */
  public record Source(String sourceId, String sourceName, String domain) {
    public static final Source UNKNOWN = new Source(UNKNOWN_ID, "Unknown source", null);
  }

  public Source resolve(
      String inlineDomain, String givenSource, String givenUrl, List<String> rawParagraphs) {
    if (inlineDomain != null) {
      return fromHost(inlineDomain);
    }
    if (givenSource != null && !givenSource.isBlank()) {
      return fromGiven(givenSource.strip());
    }
    Optional<String> host = host(givenUrl);
    if (host.isPresent()) {
      return fromHost(host.get());
    }
    return fromSignature(rawParagraphs).orElse(Source.UNKNOWN);
  }

  /**
   * Agencies named in a credit line such as "With reports from AFP, AP and Reuters", in order of
   * appearance.
   */
  public List<String> creditedAgencies(List<String> rawParagraphs) {
    Set<String> agencies = new LinkedHashSet<>();
    for (String paragraph : rawParagraphs) {
      Matcher credit = AGENCY_CREDIT.matcher(paragraph.strip());
      if (!credit.matches()) {
        continue;
      }
      for (String name : credit.group(1).split("\\s*(?:,|\\band\\b|&|/)\\s*")) {
        String cleaned = name.replaceAll("[.;]+$", "").strip();
        outlets
            .byName(cleaned)
            .filter(o -> o.kind() == Outlets.Kind.AGENCY)
            .ifPresent(o -> agencies.add(o.name()));
      }
    }
    return new ArrayList<>(agencies);
  }

  private Source fromHost(String host) {
    String domain = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    String name = outlets.byHost(domain).map(Outlets.Outlet::name).orElse(domain);
    return new Source(domain, name, domain);
  }

  private Source fromGiven(String given) {
    if (given.matches("(?i)(?:https?://)?(?:[a-z0-9-]+\\.)+[a-z]{2,}(?:/.*)?")) {
      return host(given.contains("://") ? given : "http://" + given)
          .map(this::fromHost)
          .orElse(Source.UNKNOWN);
    }
    return outlets
        .byName(given)
        .map(o -> new Source(o.domain(), o.name(), o.domain()))
        .orElseGet(() -> new Source(slug(given), given, null));
  }

  private Optional<Source> fromSignature(List<String> rawParagraphs) {
    for (Pattern signature : signatures) {
      for (String paragraph : rawParagraphs) {
        Matcher match = signature.matcher(paragraph);
        if (match.find()) {
          Optional<Outlets.Outlet> outlet = outlets.byName(match.group("name"));
          if (outlet.isPresent()) {
            return Optional.of(
                new Source(outlet.get().domain(), outlet.get().name(), outlet.get().domain()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> host(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(URI.create(url.strip()).getHost()).filter(h -> h.contains("."));
    } catch (IllegalArgumentException notAUrl) {
      return Optional.empty();
    }
  }

  static String slug(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? UNKNOWN_ID : slug;
  }
}
