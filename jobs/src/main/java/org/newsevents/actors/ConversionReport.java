package org.newsevents.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a conversion read, kept, dropped and could not parse; printed by the converter so nothing is
 * lost silently.
 */
public final class ConversionReport {
  private static final int EXAMPLES_KEPT = 40;

  private final Map<String, Integer> counts = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();
  private int problemCount;

  void count(String what) {
    count(what, 1);
  }

  void count(String what, int amount) {
    counts.merge(what, amount, Integer::sum);
  }

  void problem(String file, int line, String what) {
    problemCount++;
    if (problems.size() < EXAMPLES_KEPT) {
      problems.add(file + ":" + line + ": " + what);
    }
  }

  /** One counter, 0 when nothing was counted under that name. */
  public int get(String what) {
    return counts.getOrDefault(what, 0);
  }

  /** The counters by name, sorted. */
  public Map<String, Integer> counts() {
    return Map.copyOf(counts);
  }

  public int problemCount() {
    return problemCount;
  }

  /** The first problems found, file:line: what. */
  public List<String> problemExamples() {
    return List.copyOf(problems);
  }

  /** A readable summary, one counter per line, then the problems. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    counts.forEach((what, amount) -> text.append(String.format("%8d  %s%n", amount, what)));
    text.append(
        String.format(
            "%8d  source lines or codes that could not be read (first %d below)%n",
            problemCount, problems.size()));
    problems.forEach(problem -> text.append("          ").append(problem).append('\n'));
    return text.toString();
  }
}
