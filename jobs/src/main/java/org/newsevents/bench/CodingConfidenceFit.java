package org.newsevents.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.newsevents.events.coding.CodingConfidence;
import org.newsevents.job.SparkSessions;

/**
 * Fits the weights of {@link CodingConfidence} on the gold sets used for development, and only on
 * them ({@link #FITTED_ON}: the real-news dev half and the seeds; {@link #AUDITS_FITTED_ON}: judged
 * samples of the job's mentions on news): the nightly job codes the gold sets ({@link
 * EventQuality#realNews}), every coded mention is labelled right or wrong ({@link
 * EventQuality.Labelled}), and a logistic regression of the label on the mention's evidence
 * features is fitted by Newton's method with an L2 penalty on every weight but the intercept. The
 * sets hold a few dozen mentions each, so the penalty matters: it is chosen among {@link
 * #PENALTIES} by leave-one-out log loss on them, which keeps a feature seen three times from
 * claiming certainty. Fitted on the dev half alone, the weights learned that the coder is right
 * there (it was tuned on it) and put 99 PLOVER GSR mentions at 0.8 or more, 32 of them right. The
 * weights go to seeds/reference/{@value CodingConfidence#WEIGHTS_FILE}, which the build bundles
 * into the jar.
 *
 * <pre>
 * java -cp ... org.newsevents.bench.CodingConfidenceFit [PROJECT_ROOT] [SPARK_MASTER]
 * </pre>
 */
public final class CodingConfidenceFit {
  /** The L2 penalties on each feature's weight that leave-one-out chooses from. */
  static final List<Double> PENALTIES = List.of(0.3, 1.0, 3.0, 10.0, 30.0);

  private static final int MAX_ITERATIONS = 50;

  private CodingConfidenceFit() {}

  /** One labelled mention: its evidence features and whether its coding is right. */
  record Example(List<String> features, boolean right) {}

  /** The fitted weights by feature, {@link CodingConfidence#INTERCEPT} first. */
  static Map<String, Double> fit(List<Example> examples, double penalty) {
    List<String> names = new ArrayList<>();
    names.add(CodingConfidence.INTERCEPT);
    TreeSet<String> features = new TreeSet<>();
    examples.forEach(example -> features.addAll(example.features()));
    names.addAll(features);
    int n = names.size();
    double[][] x = new double[examples.size()][n];
    double[] y = new double[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      x[i][0] = 1;
      for (String feature : examples.get(i).features()) {
        x[i][names.indexOf(feature)] = 1;
      }
      y[i] = examples.get(i).right() ? 1 : 0;
    }
    double[] w = new double[n];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = new double[n];
      double[][] hessian = new double[n][n];
      for (int j = 1; j < n; j++) {
        gradient[j] = penalty * w[j];
        hessian[j][j] = penalty;
      }
      for (int i = 0; i < x.length; i++) {
        double p = 1 / (1 + Math.exp(-dot(w, x[i])));
        for (int j = 0; j < n; j++) {
          gradient[j] += (p - y[i]) * x[i][j];
          for (int k = 0; k < n; k++) {
            hessian[j][k] += p * (1 - p) * x[i][j] * x[i][k];
          }
        }
      }
      double[] step = solve(hessian, gradient);
      double largest = 0;
      for (int j = 0; j < n; j++) {
        w[j] -= step[j];
        largest = Math.max(largest, Math.abs(step[j]));
      }
      if (largest < 1e-9) {
        break;
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int j = 0; j < n; j++) {
      weights.put(names.get(j), w[j]);
    }
    return weights;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /**
   * Solves {@code a x = b} by Gaussian elimination with partial pivoting. An intercept-only column
   * with no examples makes the matrix singular; a pivot that small leaves that unknown at 0.
   */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      if (Math.abs(m[col][col]) < 1e-12) {
        continue;
      }
      for (int row = 0; row < n; row++) {
        if (row != col) {
          double factor = m[row][col] / m[col][col];
          for (int k = col; k <= n; k++) {
            m[row][k] -= factor * m[col][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
    }
    return x;
  }

  /**
   * The penalty of {@code candidates} whose fits predict each example best when it is left out (the
   * lowest summed log loss; the smaller penalty on a tie).
   */
  static double leaveOneOutPenalty(List<Example> examples, List<Double> candidates) {
    double best = candidates.get(0);
    double bestLoss = Double.POSITIVE_INFINITY;
    for (double penalty : candidates) {
      double loss = 0;
      for (int i = 0; i < examples.size(); i++) {
        List<Example> rest = new ArrayList<>(examples);
        Example held = rest.remove(i);
        Map<String, Double> weights = fit(rest, penalty);
        double p = new CodingConfidence(weights).confidence(held.features());
        p = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
        loss -= held.right() ? Math.log(p) : Math.log(1 - p);
      }
      if (loss < bestLoss - 1e-9) {
        best = penalty;
        bestLoss = loss;
      }
    }
    return best;
  }

  /** The labelled examples of the coded mentions of a gold half. */
  static List<Example> examples(EventQuality.Calibration calibration) {
    return calibration.mentions().stream()
        .map(
            labelled ->
                new Example(
                    CodingConfidence.features(labelled.mention().confidenceEvidence()),
                    labelled.right()))
        .toList();
  }

  /**
   * The weights file: one row per feature with its weight and how many dev mentions had it (and how
   * many of those were right); the note on the intercept row says how and on what it was fitted.
   */
  /**
   * The sets the weights are fitted on: those used for development (the dev half, on which the
   * coder is tuned, so its mentions are right more often than unseen news's, and the seeds). The
   * test half and the PLOVER GSR stay out, so that their calibration figures are held out.
   */
  static final List<RealNewsGold.Split> FITTED_ON =
      List.of(RealNewsGold.Split.DEV, RealNewsGold.Split.SEEDS);

  /**
   * Audits of the nightly job's mentions on real news, each mention judged right or wrong by a
   * careful reader (seeds/gold/news-audit): a random sample of what the job codes on news no rule
   * was written against, where the coder is right far less often than on the dev half. Without them
   * the weights learned from the dev half alone that a bare verb with a target from the article's
   * memory is right (12 of 14 there); on the 10k bench's news all 10 such mentions at 0.8 or more
   * were wrong.
   */
  static final List<String> AUDITS_FITTED_ON =
      List.of("seeds/gold/news-audit/judged-bench-10k-a.csv");

  /**
   * The judged mentions of an audit file: the mention's evidence (confidence_evidence) and whether
   * the reader found all of it right (all_right: the event, its root, both actors' codes and the
   * status). That label is stricter than the gold halves' (countries, root and status), and the
   * evidence is what the coder of the audit's day gave, mentions it has since stopped coding
   * included: both pull the weights towards caution, the side a confidence should err on.
   */
  static List<Example> auditExamples(Path file) throws IOException {
    List<Example> examples = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser rows =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      for (CSVRecord row : rows) {
        String verdict = row.get("all_right");
        if (!verdict.equals("true") && !verdict.equals("false")) {
          throw new IllegalArgumentException(
              file
                  + " line "
                  + row.getRecordNumber()
                  + ": all_right is '"
                  + verdict
                  + "', where the reader's verdict must be true or false");
        }
        examples.add(
            new Example(
                CodingConfidence.features(row.get("confidence_evidence")), verdict.equals("true")));
      }
    }
    return examples;
  }

  /** The files the weights are fitted on, as the weights file names them. */
  static List<String> fittedOnFiles() {
    List<String> files = new ArrayList<>();
    FITTED_ON.forEach(split -> files.addAll(split.files()));
    files.addAll(AUDITS_FITTED_ON);
    return files;
  }

  static String weightsCsv(
      Map<String, Double> weights, double penalty, List<Example> examples, LocalDate on) {
    StringBuilder csv = new StringBuilder("feature,weight,dev_mentions,dev_right,note\n");
    long right = examples.stream().filter(Example::right).count();
    weights.forEach(
        (feature, weight) -> {
          List<Example> with =
              feature.equals(CodingConfidence.INTERCEPT)
                  ? examples
                  : examples.stream().filter(e -> e.features().contains(feature)).toList();
          String note =
              feature.equals(CodingConfidence.INTERCEPT)
                  ? String.format(
                      Locale.ROOT,
                      "logistic regression with an L2 penalty of %.1f (chosen by leave-one-out"
                          + " among %s) on every weight but the intercept; fitted by"
                          + " org.newsevents.bench.CodingConfidenceFit on %s alone (the sets used"
                          + " for development; %d coded mentions; %d right) on %s",
                      penalty,
                      PENALTIES.toString().replace(",", ""),
                      String.join(" and ", fittedOnFiles()),
                      examples.size(),
                      right,
                      on)
                  : "";
          csv.append(
              String.format(
                  Locale.ROOT,
                  "%s,%.4f,%d,%d,%s%n",
                  feature,
                  weight,
                  with.size(),
                  with.stream().filter(Example::right).count(),
                  note.isEmpty() ? "" : "\"" + note + "\""));
        });
    return csv.toString();
  }

  public static void main(String[] args) throws IOException, java.sql.SQLException {
    Path root = Path.of(args.length > 0 ? args[0] : "");
    String master = args.length > 1 ? args[1] : "local[*]";
    SparkSession spark = SparkSessions.create(master);
    List<Example> examples = new ArrayList<>();
    try {
      for (RealNewsGold.Split split : FITTED_ON) {
        EventQuality.Result result =
            new EventQuality(
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .realNews(spark, RealNewsGold.read(root, split));
        examples.addAll(examples(result.calibration().orElseThrow()));
      }
    } finally {
      spark.stop();
    }
    for (String audit : AUDITS_FITTED_ON) {
      examples.addAll(auditExamples(root.resolve(audit)));
    }
    double penalty = leaveOneOutPenalty(examples, PENALTIES);
    Map<String, Double> weights = fit(examples, penalty);
    Path file = root.resolve("seeds/reference").resolve(CodingConfidence.WEIGHTS_FILE);
    String csv = weightsCsv(weights, penalty, examples, LocalDate.now());
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    System.out.print(csv);
    System.out.println("written to " + file);
  }
}
