package org.newsevents.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsevents.bench.EventScorer.Score;

/** The dedup section of QUALITY.md: the figures of {@link DedupQuality} and how they were made. */
final class DedupReport {
  private DedupReport() {}

  /** The figures as printed, and as the dedup section of QUALITY.md. */
  static String text(DedupQuality.Result result) {
    StringBuilder text = new StringBuilder();
    text.append("## Deduplication\n\n")
        .append(
            "Pairwise same-event decisions on two gold sets of pairs of Wikinews sentences, each"
                + " pair marked same event or not, over half of them hard negatives (same actors"
                + " on different days, the same day and a different act). `"
                + DedupGold.FOLDER
                + "` was used for development: the merge rules were tuned on it (the one-day"
                + " tolerance between publication days on one of its pairs), so its figures are"
                + " in-sample. `"
                + DedupGold.HELD_OUT_FOLDER
                + "` was made the same way from other articles after the rules were written and"
                + " was not used to change them: its figures are the check.\n\n")
        .append("| gold set | scored how | pairs | hard | precision | recall | TP | FP | FN |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (DedupQuality.SetScore set : result.sets()) {
      text.append(row(set.name(), "merge rules on the gold events", set.rules()))
          .append(
              row(
                  set.name(),
                  "nightly job (pairs whose two sentences got a mention)",
                  set.pipeline()));
    }
    text.append('\n')
        .append(
            "Rules: each pair's two gold events (source, target, code, date) become mentions, one"
                + " per actor the reader listed, as the coder codes conjuncts, and the deduplicator"
                + " decides (the pair is one event when a mention of each side shares one). The"
                + " reader's actor words are resolved as the nightly job's actors stage resolves"
                + " the pair's sentences: the two sentences of one article run through the job's"
                + " NLP pipeline (with its triage), actor resolver and the coder's pronoun rules as"
                + " one small article, in the article's order, dated by its date and with its"
                + " headline (a pair across two articles: each side its own article), and a"
                + " phrase is the actor of the resolved mention over its head where the sentence"
                + " repeats its words (a partial repeat only when the mention keeps the phrase's"
                + " names); a subject pronoun is the actor the coder's pronoun rules take it for."
                + " Where no resolved mention lies in the words (the reader's own words, a name"
                + " where the sentence has a pronoun, a sentence the triage left unparsed), the"
                + " stage's actor for the same words on the pair's other side stands in, else the"
                + " bundled dictionary look-up (an alias with its code on the day, a country and"
                + " an agent noun, or an agent noun alone, which takes the country of an actor of"
                + " its role that the pair names or the stage resolved)"
                + phraseCounts(result)
                + ". The gold date counts as the sentence's. Pipeline: the pairs' articles run"
                + " through the nightly job, dated by their CSV date; a pair is \"same\" when a"
                + " mention of each sentence shares an event, and it is scored only when both"
                + " sentences got a mention (coverage: ");
    List<String> coverage = new ArrayList<>();
    for (DedupQuality.SetScore set : result.sets()) {
      coverage.add(
          set.coveredPairs() + " of " + set.goldPairs() + " pairs of `" + set.folder() + "`");
    }
    text.append(String.join(", ", coverage)).append(").\n\n");
    for (DedupQuality.SetScore set : result.sets()) {
      text.append(errors("Rules on `" + set.folder() + "`", set.rules()))
          .append(errors("Pipeline on `" + set.folder() + "`", set.pipeline()));
    }
    return text.toString();
  }

  /** How the reader's phrases were resolved, set by set. */
  private static String phraseCounts(DedupQuality.Result result) {
    List<String> counts = new ArrayList<>();
    for (DedupQuality.SetScore set : result.sets()) {
      counts.add(
          String.format(
              Locale.ROOT,
              "of the %d phrases of `%s` (pair by pair), the stage resolved %d in their sentence"
                  + " and %d on the other side, the look-up %d",
              set.readerPhrases(),
              set.folder(),
              set.readerPhrasesByStage(),
              set.readerPhrasesByPairMemory(),
              set.readerPhrases() - set.readerPhrasesByStage() - set.readerPhrasesByPairMemory()));
    }
    return "; " + String.join("; ", counts);
  }

  private static String row(String set, String how, DedupQuality.PairScore score) {
    Score counts = score.score();
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d | %d | %s | %s | %d | %d | %d |%n",
        set,
        how,
        score.pairs(),
        score.hardPairs(),
        share(counts.truePositives(), counts.truePositives() + counts.falsePositives()),
        share(counts.truePositives(), counts.truePositives() + counts.falseNegatives()),
        counts.truePositives(),
        counts.falsePositives(),
        counts.falseNegatives());
  }

  /** A share with two decimals, or "-" when there is nothing to divide by (no decision made). */
  private static String share(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
  }

  private static String errors(String who, DedupQuality.PairScore score) {
    return who
        + ": false positives by kind "
        + score.falsePositivesByKind()
        + " "
        + score.falsePositives()
        + "; missed same pairs "
        + score.falseNegatives()
        + ".\n\n";
  }
}
