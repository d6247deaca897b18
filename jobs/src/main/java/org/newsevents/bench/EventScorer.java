package org.newsevents.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Precision and recall of coded events against gold tuples, record by record.
 *
 * <p>Matching is per record and counts multiplicity (multiset semantics): a tuple the coder gives
 * twice where the gold has it once is one true positive and one false positive; a tuple the gold
 * has twice and the coder once is one true positive and one false negative. Predictions for records
 * the gold set does not score are ignored.
 *
 * <p>The levels compare tuples reduced by {@link #project}: {@link Level#EXACT} as coded, {@link
 * Level#LOOSE} by {@link #country} and {@link #root}, {@link Level#PLOVER} by country and PLOVER
 * event.
 */
public final class EventScorer {

  /** What a tuple is reduced to before it is compared. */
  public enum Level {
    EXACT("exact", "source code, target code, CAMEO code"),
    LOOSE("loose", "source country, target country, CAMEO root"),
    ROOT("root", "CAMEO root alone, any actors"),
    PLOVER("PLOVER", "source country, target country, PLOVER event");

    private final String label;
    private final String compares;

    Level(String label, String compares) {
      this.label = label;
      this.compares = compares;
    }

    public String label() {
      return label;
    }

    /** The fields the level compares, for tables and QUALITY.md. */
    public String compares() {
      return compares;
    }
  }

  /** True and false positives and false negatives, with the ratios they give. */
  public record Score(long truePositives, long falsePositives, long falseNegatives) {
    /** TP / (TP + FP); 0 when nothing was predicted. */
    public double precision() {
      long predicted = truePositives + falsePositives;
      return predicted == 0 ? 0.0 : (double) truePositives / predicted;
    }

    /** TP / (TP + FN); 0 when the gold is empty. */
    public double recall() {
      long gold = truePositives + falseNegatives;
      return gold == 0 ? 0.0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Score plus(Score other) {
      return new Score(
          truePositives + other.truePositives,
          falsePositives + other.falsePositives,
          falseNegatives + other.falseNegatives);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "P %.2f R %.2f F1 %.2f (TP %d, FP %d, FN %d)",
          precision(),
          recall(),
          f1(),
          truePositives,
          falsePositives,
          falseNegatives);
    }
  }

  /** One kind of error, how often it occurs, and the first record it occurs in. */
  public record ErrorKind(String kind, long count, String example) {}

  private EventScorer() {}

  /** Scores every record of {@code gold} against its predictions (none when absent). */
  public static Score score(
      Map<String, List<EventTuple>> gold, Map<String, List<EventTuple>> predicted) {
    Score total = new Score(0, 0, 0);
    for (Map.Entry<String, List<EventTuple>> record : gold.entrySet()) {
      total =
          total.plus(
              scoreRecord(record.getValue(), predicted.getOrDefault(record.getKey(), List.of())));
    }
    return total;
  }

  /** One record: true positives are the multiset intersection. */
  static Score scoreRecord(List<EventTuple> gold, List<EventTuple> predicted) {
    Map<EventTuple, Integer> unmatchedGold = counts(gold);
    long truePositives = 0;
    for (EventTuple tuple : predicted) {
      Integer left = unmatchedGold.get(tuple);
      if (left != null && left > 0) {
        unmatchedGold.put(tuple, left - 1);
        truePositives++;
      }
    }
    return new Score(truePositives, predicted.size() - truePositives, gold.size() - truePositives);
  }

  /**
   * Every record's tuples reduced by {@code level}, e.g. {@code project(gold, EventScorer::loose)}.
   */
  public static Map<String, List<EventTuple>> project(
      Map<String, List<EventTuple>> tuples, UnaryOperator<EventTuple> level) {
    Map<String, List<EventTuple>> projected = new LinkedHashMap<>();
    tuples.forEach((id, list) -> projected.put(id, list.stream().map(level).toList()));
    return projected;
  }

  /** The CAMEO root code alone: was a real event of the right kind coded, whoever its actors. */
  public static EventTuple rootOnly(EventTuple tuple) {
    return new EventTuple("", "", root(tuple.event()));
  }

  /** Source country, target country and CAMEO root code. */
  public static EventTuple loose(EventTuple tuple) {
    return new EventTuple(country(tuple.source()), country(tuple.target()), root(tuple.event()));
  }

  /**
   * The country of a CAMEO actor code: its first three characters ("USAGOV" is USA, "IGOUNO" is
   * IGO), or the code itself when shorter.
   */
  public static String country(String actorCode) {
    return actorCode.length() > 3 ? actorCode.substring(0, 3) : actorCode;
  }

  /** The root of a CAMEO event code: its first two digits ("0411" is 04, "190" is 19). */
  public static String root(String cameoCode) {
    return cameoCode.length() > 2 ? cameoCode.substring(0, 2) : cameoCode;
  }

  /**
   * The most frequent kinds of error, at most {@code limit}. Within a record, the gold and coded
   * tuples left after matching are paired by the most fields they share (source, target, event); a
   * pair names the fields that differ ("wrong event", "no source", "source and target swapped"), an
   * unpaired gold tuple is a miss and an unpaired coded tuple a spurious event.
   */
  public static List<ErrorKind> errorKinds(
      Map<String, List<EventTuple>> gold, Map<String, List<EventTuple>> predicted, int limit) {
    Map<String, long[]> counts = new HashMap<>();
    Map<String, String> examples = new HashMap<>();
    for (Map.Entry<String, List<EventTuple>> record : gold.entrySet()) {
      String id = record.getKey();
      List<EventTuple> coded = predicted.getOrDefault(id, List.of());
      List<EventTuple> goldLeft = new ArrayList<>(record.getValue());
      List<EventTuple> codedLeft = new ArrayList<>();
      for (EventTuple tuple : coded) {
        if (!goldLeft.remove(tuple)) {
          codedLeft.add(tuple);
        }
      }
      for (EventTuple missed : goldLeft) {
        int best = -1;
        int bestShared = 0;
        for (int i = 0; i < codedLeft.size(); i++) {
          int shared = shared(missed, codedLeft.get(i));
          if (shared > bestShared) {
            best = i;
            bestShared = shared;
          }
        }
        if (best < 0) {
          String kind =
              coded.isEmpty()
                  ? "missed: nothing coded in the sentence"
                  : "missed: gold event not coded (the sentence has other coded events)";
          note(counts, examples, kind, id + ": gold " + missed);
        } else {
          EventTuple pair = codedLeft.remove(best);
          note(
              counts,
              examples,
              difference(missed, pair),
              id + ": gold " + missed + ", coded " + pair);
        }
      }
      for (EventTuple spurious : codedLeft) {
        String kind =
            record.getValue().isEmpty()
                ? "spurious: event coded where the gold has none"
                : "spurious: extra event beside the gold ones";
        note(counts, examples, kind, id + ": coded " + spurious);
      }
    }
    return counts.entrySet().stream()
        .map(e -> new ErrorKind(e.getKey(), e.getValue()[0], examples.get(e.getKey())))
        .sorted(
            Comparator.comparingLong(ErrorKind::count).reversed().thenComparing(ErrorKind::kind))
        .limit(limit)
        .toList();
  }

  private static void note(
      Map<String, long[]> counts, Map<String, String> examples, String kind, String example) {
    counts.computeIfAbsent(kind, unused -> new long[1])[0]++;
    examples.putIfAbsent(kind, example);
  }

  private static int shared(EventTuple a, EventTuple b) {
    int direct =
        (a.source().equals(b.source()) ? 1 : 0)
            + (a.target().equals(b.target()) ? 1 : 0)
            + (a.event().equals(b.event()) ? 1 : 0);
    int swapped =
        (a.source().equals(b.target()) && a.target().equals(b.source()) && !a.source().isEmpty()
                ? 2
                : 0)
            + (a.event().equals(b.event()) ? 1 : 0);
    return Math.max(direct, swapped);
  }

  private static String difference(EventTuple gold, EventTuple coded) {
    if (!gold.source().equals(gold.target())
        && gold.source().equals(coded.target())
        && gold.target().equals(coded.source())) {
      return gold.event().equals(coded.event())
          ? "source and target swapped"
          : "source and target swapped, wrong event";
    }
    List<String> parts = new ArrayList<>();
    parts.add(field("source", gold.source(), coded.source()));
    parts.add(field("target", gold.target(), coded.target()));
    parts.add(field("event", gold.event(), coded.event()));
    parts.removeIf(String::isEmpty);
    return String.join(", ", parts);
  }

  private static String field(String name, String gold, String coded) {
    if (gold.equals(coded)) {
      return "";
    }
    if (coded.isEmpty()) {
      return "no " + name;
    }
    return gold.isEmpty() ? name + " where the gold has none" : "wrong " + name;
  }

  private static Map<EventTuple, Integer> counts(List<EventTuple> tuples) {
    Map<EventTuple, Integer> counts = new HashMap<>();
    tuples.forEach(tuple -> counts.merge(tuple, 1, Integer::sum));
    return counts;
  }
}
