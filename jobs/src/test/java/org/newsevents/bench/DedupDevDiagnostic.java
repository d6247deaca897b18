package org.newsevents.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsevents.bench.DedupGold.GoldEvent;
import org.newsevents.bench.DedupGold.Pair;
import org.newsevents.bench.DedupGold.Side;
import org.newsevents.events.EventDate;

/**
 * A developer's look at the rule-level dedup score on the DEVELOPMENT set only, pair by pair: each
 * reader phrase, the mention the actors stage resolved in it (or the look-up standing in), the
 * actor the deduplicator gets, and the decision. The held-out set is never an option here: it is
 * scored in aggregate by {@code ./newsevents evaluate --suite dedup}. Not a test; after {@code mvn
 * test-compile}, from the project root: {@code java -Xmx4g -cp
 * "jobs/target/classes:jobs/target/test-classes:jobs/target/lib/*"
 * org.newsevents.bench.DedupDevDiagnostic ../shared}.
 */
public final class DedupDevDiagnostic {
  private DedupDevDiagnostic() {}

  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Map<String, DedupGold.Article> articles = DedupGold.articles(shared);
    List<Pair> pairs = DedupGold.read(Path.of(DedupGold.FOLDER));
    ReaderActors actors = new ReaderActors(ReaderActors.Source.ACTOR_STAGE, articles);
    for (Pair pair : pairs) {
      EventScorer.Score score = DedupQuality.rules(List.of(pair), actors).score();
      String verdict =
          score.falsePositives() > 0 ? "MERGED" : score.falseNegatives() > 0 ? "MISSED" : "ok";
      System.out.println("== " + pair.pairId() + " " + pair.kind() + " " + verdict);
      ReaderActors.OfPair ofPair = actors.of(pair);
      side("a", pair.a(), pair.eventA(), ofPair);
      side("b", pair.b(), pair.eventB(), ofPair);
    }
    System.out.println(
        "stage resolved " + actors.phrasesByStage() + " of " + actors.phrases() + " phrases");
  }

  private static void side(String name, Side side, GoldEvent event, ReaderActors.OfPair ofPair) {
    System.out.println("  " + name + ": " + side.sentence());
    for (String role : List.of(event.source(), event.target())) {
      for (String phrase : ActorNames.members(role)) {
        if (phrase.isEmpty()) {
          continue;
        }
        System.out.println(
            "     "
                + phrase
                + " -> "
                + ofPair
                    .stageMention(side, phrase)
                    .map(
                        m ->
                            m.surface()
                                + " "
                                + m.actorKey()
                                + " "
                                + m.cameoCode()
                                + " "
                                + m.method())
                    .orElse("(look-up)")
                + " => "
                + ofPair.actor(side, phrase, side.articleDate(), EventDate.Precision.DAY));
      }
    }
  }
}
