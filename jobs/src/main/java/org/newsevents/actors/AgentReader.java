package org.newsevents.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH .agents file into agent terms and their sector codes.
 *
 * <p>Format: {@code PHRASE {optional plural} [~CODE]}, where the code is added after the actor's
 * code ({@code ~GOV}) or before it ({@code NGO~}); either way the role written is the code without
 * the tilde. {@code !NAME! = A, B, C} defines a substitution set, and a phrase containing {@code
 * !NAME!} stands for one phrase per member, with no plural added. Without braces a regular plural
 * is added (+S, Y→IES after a consonant, S/SH/CH/X/Z→+ES; none for a phrase already ending in a
 * single S); {@code {}} means no plural, {@code {FORM}} gives the plural. A phrase ending in the
 * stem {@code MINIST} (a TABARI leftover that PETRARCH no longer stems) is read as if it were
 * written {@code !MINIST!}: minister, ministers, ministry, ministries. When a term is defined
 * twice, the first definition wins.
 */
final class AgentReader {
  private static final Pattern MACRO_DEFINITION =
      Pattern.compile("^\\s*!([A-Za-z0-9_]+)!\\s*=(.*)$");
  private static final Pattern MACRO_USE = Pattern.compile("!([A-Za-z0-9_]+)!");
  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)[\\]}]");
  private static final Pattern BRACES = Pattern.compile("\\{([^}]*)\\}");
  private static final Pattern TRAILING_MINIST_STEM = Pattern.compile("(?i)(^|[_ ])MINIST$");
  private static final Pattern NON_CODE = Pattern.compile("[^A-Z0-9]");
  private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");
  private static final List<String> MINIST_FORMS =
      List.of("MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES");

  private final ConversionReport report;

  AgentReader(ConversionReport report) {
    this.report = report;
  }

  /** Term (lowercase, spaced) to role, in the order the file defines them. */
  Map<String, String> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
    String fileName = file.getFileName().toString();
    Map<String, List<String>> macros = new HashMap<>();
    Map<String, String> roles = new LinkedHashMap<>();
    boolean inXmlComment = false;
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      if (inXmlComment || line.contains("<!--")) {
        inXmlComment = !line.contains("-->");
        continue;
      }
      int hash = line.indexOf('#');
      String body = hash < 0 ? line : line.substring(0, hash);
      if (body.isBlank()) {
        continue;
      }
      int lineNumber = index + 1;
      Matcher definition = MACRO_DEFINITION.matcher(body);
      if (definition.matches()) {
        List<String> members = new ArrayList<>();
        for (String member : definition.group(2).split(",")) {
          if (!member.isBlank()) {
            members.add(member.strip());
          }
        }
        macros.put(definition.group(1).toUpperCase(Locale.ROOT), members);
        report.count("agents: substitution sets");
        continue;
      }
      Matcher bracket = BRACKET.matcher(body);
      if (!bracket.find()) {
        report.problem(fileName, lineNumber, "agent without a [code]");
        continue;
      }
      String role = NON_CODE.matcher(bracket.group(1).toUpperCase(Locale.ROOT)).replaceAll("");
      if (role.isEmpty()) {
        report.problem(fileName, lineNumber, "agent with an empty code");
        continue;
      }
      String phrase = body.substring(0, bracket.start());
      report.count("agents: source lines");
      for (String term : expand(phrase, macros, fileName, lineNumber)) {
        String normalized = term(term);
        if (normalized.isEmpty()) {
          continue;
        }
        String previous = roles.putIfAbsent(normalized, role);
        if (previous != null && !previous.equals(role)) {
          report.count("agents: terms defined again with another role (first kept)");
        }
      }
    }
    return roles;
  }

  private List<String> expand(
      String phrase, Map<String, List<String>> macros, String fileName, int lineNumber) {
    Matcher macro = MACRO_USE.matcher(phrase);
    if (macro.find()) {
      List<String> members = macros.get(macro.group(1).toUpperCase(Locale.ROOT));
      if (members == null) {
        report.problem(fileName, lineNumber, "undefined substitution set !" + macro.group(1) + "!");
        return List.of();
      }
      String withoutBraces = BRACES.matcher(phrase).replaceAll("");
      List<String> terms = new ArrayList<>();
      for (String member : members) {
        String substituted =
            withoutBraces.substring(0, macro.start())
                + member
                + withoutBraces.substring(macro.end());
        // Members are full forms (MAN, MEN): no plural is added to them.
        terms.addAll(
            MACRO_USE.matcher(substituted).find()
                ? expand(substituted, macros, fileName, lineNumber)
                : List.of(substituted));
      }
      return terms;
    }
    Matcher braces = BRACES.matcher(phrase);
    String singular = braces.replaceAll("").strip();
    if (TRAILING_MINIST_STEM.matcher(trimUnderscores(singular)).find()) {
      String stem = trimUnderscores(singular);
      String prefix = stem.substring(0, stem.length() - "MINIST".length());
      return MINIST_FORMS.stream().map(form -> prefix + form).toList();
    }
    List<String> terms = new ArrayList<>();
    terms.add(singular);
    braces.reset();
    if (braces.find()) {
      String plural = braces.group(1).strip();
      if (!plural.isEmpty()) {
        terms.add(plural);
      }
    } else {
      regularPlural(trimUnderscores(singular)).ifPresent(terms::add);
    }
    return terms;
  }

  private static Optional<String> regularPlural(String singular) {
    String upper = singular.toUpperCase(Locale.ROOT);
    if (upper.isEmpty() || !Character.isLetter(upper.charAt(upper.length() - 1))) {
      return Optional.empty();
    }
    if (upper.endsWith("S") && !upper.endsWith("SS")) {
      return Optional.empty(); // already plural (ARMED_TROOPS) or a name
    }
    if (upper.endsWith("Y")
        && upper.length() > 1
        && "AEIOU".indexOf(upper.charAt(upper.length() - 2)) < 0) {
      return Optional.of(singular.substring(0, singular.length() - 1) + "IES");
    }
    if (upper.endsWith("SS")
        || upper.endsWith("SH")
        || upper.endsWith("CH")
        || upper.endsWith("X")
        || upper.endsWith("Z")) {
      return Optional.of(singular + "ES");
    }
    return Optional.of(singular + "S");
  }

  private static String trimUnderscores(String text) {
    return EDGE_UNDERSCORES.matcher(text.strip()).replaceAll("");
  }

  /** Lowercase, underscores and blanks as single spaces. */
  static String term(String phrase) {
    return SEPARATORS.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
