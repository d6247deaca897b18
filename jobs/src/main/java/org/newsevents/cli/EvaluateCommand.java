package org.newsevents.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsevents.bench.ActorQuality;
import org.newsevents.bench.DateQuality;
import org.newsevents.bench.DedupGold;
import org.newsevents.bench.DedupQuality;
import org.newsevents.bench.EntityQuality;
import org.newsevents.bench.EventQuality;
import org.newsevents.bench.QualityFile;
import org.newsevents.job.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `newsevents evaluate`: quality figures of the NLP and actors stages. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Prints NER and named-actor precision/recall/F1 on GUM news and Wikigold under the nightly"
            + " job's triage, how the seeds' actors resolve, the"
            + " seeds' events per status, and event-coding precision/recall on the project's real-news"
            + " gold set (dev and test halves), the PLOVER gold records and the PETRARCH-2 unit"
            + " tests, and deduplication's pairwise precision/recall on the Wikinews dedup gold"
            + " set; rewrites the entities, events and dedup sections of QUALITY.md.")
public final class EvaluateCommand implements Callable<Integer> {
  /** Which evaluations to run. */
  enum Suite {
    all,
    actors,
    events,
    /** Only the real-news halves of the event gold; prints, and leaves QUALITY.md as it is. */
    real_news,
    /** Deduplication on the Wikinews dedup gold pairs; rewrites the dedup section of QUALITY.md. */
    dedup,
    /**
     * The date stage alone on every day-precise gold event of the real-news halves; rewrites the
     * dates part of the events section of QUALITY.md. Needs no ../shared.
     */
    dates
  }

  @picocli.CommandLine.Option(
      names = "--suite",
      defaultValue = "all",
      description =
          "all (default), actors (NER and named actors, rewriting the entities section of"
              + " QUALITY.md, and the seeds' actors), events (event coding and"
              + " deduplication), real_news (event coding on the real-news gold halves only;"
              + " QUALITY.md is not rewritten), dedup (deduplication on the Wikinews dedup gold"
              + " pairs) or dates (the date stage on every day-precise gold event of the real-news"
              + " halves, rewriting the dates part of the events section; needs no ../shared).")
  Suite suite;

  @picocli.CommandLine.Option(
      names = "--quality-file",
      description = "The QUALITY.md to update (default: QUALITY.md in the project folder).")
  Path qualityFile;

  @Mixin SharedDataOption sharedData;

  @Mixin SparkMasterOption sparkMaster;

  @Override
  public Integer call() throws Exception {
    String master = sparkMaster.validated();
    Path target = qualityFile != null ? qualityFile : Paths.home().resolve("QUALITY.md");
    if (suite == Suite.dates) {
      QualityFile.update(
          target,
          DATES_SECTION,
          datesSection(
              sharedData.requireFolders("evaluation", DedupGold.WIKINEWS_FOLDER),
              "./newsevents evaluate --suite dates"));
      System.out.println("Updated " + target);
      return ExitCodes.OK;
    }
    if (suite == Suite.dedup) {
      dedup(sharedData.requireFolders("evaluation", DedupGold.WIKINEWS_FOLDER), master, target);
      return ExitCodes.OK;
    }
    Path sharedDir =
        sharedData.requireFolders(
            "evaluation",
            "corpora/gum-news",
            "corpora/wikigold",
            "reference/petrarch2",
            "reference/plover",
            DedupGold.WIKINEWS_FOLDER);
    java.util.Map<String, Long> seedEvents = java.util.Map.of();
    if (suite == Suite.real_news) {
      new EventQuality(System.out)
          .run(sharedDir, Paths.home(), master, EventQuality.GoldSets.REAL_NEWS);
      return ExitCodes.OK;
    }
    if (suite != Suite.events) {
      String entities =
          EntityQuality.qualitySection(
              EntityQuality.run(sharedDir),
              java.time.LocalDate.now(java.time.ZoneOffset.UTC),
              "./newsevents evaluate --suite actors");
      System.out.println(entities);
      QualityFile.update(target, "entities", entities);
      System.out.println("Updated " + target);
      seedEvents = new ActorQuality(System.out).run(Paths.defaultInput(), master);
    }
    if (suite != Suite.actors) {
      java.util.List<EventQuality.Result> results =
          new EventQuality(System.out).run(sharedDir, Paths.home(), master);
      String section =
          EventQuality.qualitySection(
              results, java.time.LocalDate.now(java.time.ZoneOffset.UTC), "./newsevents evaluate");
      if (!seedEvents.isEmpty()) {
        section +=
            "\nSeeds (`seeds/articles`, run date 2022-02-11): events per status "
                + seedEvents
                + ".\n";
      }
      section +=
          "\n"
              + QualityFile.section(DATES_SECTION, datesSection(sharedDir, "./newsevents evaluate"))
              + "\n";
      QualityFile.update(target, "events", section);
      System.out.println("Updated " + target);
      dedup(sharedDir, master, target);
    }
    return ExitCodes.OK;
  }

  /** The part of the events section the date stage's figures fill. */
  private static final String DATES_SECTION = "dates";

  /** Dates every day-precise gold event of the real-news halves, prints and returns the figures. */
  private static String datesSection(Path sharedDir, String command) {
    java.util.List<DateQuality.Result> results = new DateQuality(sharedDir).run(Paths.home());
    results.forEach(result -> DateQuality.print(result, System.out));
    return DateQuality.section(results, java.time.LocalDate.now(java.time.ZoneOffset.UTC), command);
  }

  /** Scores deduplication, prints the figures and rewrites the dedup section of {@code target}. */
  private static void dedup(Path sharedDir, String master, Path target) throws Exception {
    SparkSession spark = SparkSessions.create(master);
    try {
      DedupQuality.Result result = new DedupQuality(System.out).run(sharedDir, Paths.home(), spark);
      QualityFile.update(
          target,
          "dedup",
          DedupQuality.text(result)
              + "Measured "
              + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
              + " by `./newsevents evaluate --suite dedup`.\n");
      System.out.println("Updated " + target);
    } finally {
      spark.stop();
    }
  }
}
