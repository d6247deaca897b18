package org.newsevents.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ActorResolver;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.EventCoder;
import org.newsevents.events.EventMention;
import org.newsevents.job.ReferenceData;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;
import org.newsevents.nlp.Token;

/**
 * A developer's look at the real-news DEV half, sentence by sentence: the gold tuples beside the
 * coder's mentions, and for a sentence with gold events, what the stages saw (triage depth, the
 * resolved actors, the verbs the dictionary knows). Reads the dev half, or the seeds (in-sample
 * too) with {@code seeds} as the first argument, by construction: the test half is held out and
 * scored in aggregate by {@code ./newsevents evaluate}, or here with {@code test-counts}, which
 * prints only how many of its misses each stage lost. Run with {@code mvn -o -q exec:java} style
 * classpaths from the project root; not a test.
 */
public final class RealNewsDevDiagnostic {
  private RealNewsDevDiagnostic() {}

  public static void main(String[] args) {
    // The seeds are in-sample like the dev half; the held-out test half is never an option here.
    // "test-counts" scores the held-out half in aggregate: the stage that lost each miss is
    // counted, but no sentence, tuple or parse of it is printed, so none can be read to tune on.
    String mode = args.length > 0 ? args[0] : "dev";
    RealNewsGold.Split split =
        switch (mode) {
          case "seeds" -> RealNewsGold.Split.SEEDS;
          case "test-counts" -> RealNewsGold.Split.TEST;
          default -> RealNewsGold.Split.DEV;
        };
    COUNTS_ONLY = mode.equals("test-counts");
    RealNewsGold.Half dev = RealNewsGold.read(Path.of(""), split);
    ReferenceData reference = ReferenceData.bundled();
    CameoDictionary cameo = reference.cameo();
    ActorResolver resolver = new ActorResolver(reference.actors());
    // -Dtriage=every parses every sentence: what the triage costs the dev half's recall.
    SentenceTriage triage =
        "every".equals(System.getProperty("triage"))
            ? SentenceTriage.everySentence()
            : reference.triage();
    EventCoder coder = EventCoder.bundled();
    Map<String, List<EventTuple>> gold = new LinkedHashMap<>();
    Map<String, List<EventTuple>> coded = new LinkedHashMap<>();
    for (Map.Entry<String, List<RealNewsGold.Sentence>> article : dev.articles().entrySet()) {
      List<RealNewsGold.Sentence> sentences = article.getValue();
      List<String> paragraphs = RealNewsGold.paragraphs(sentences);
      List<Integer> english = new ArrayList<>();
      for (int i = 0; i < paragraphs.size(); i++) {
        english.add(i);
      }
      var date = sentences.get(0).articleDate();
      AnnotatedArticle annotated =
          NlpPipeline.get().annotate(article.getKey(), paragraphs, english, date, triage);
      // The job resolves actors with the feed's headline, which the gold file gives per article.
      String title = sentences.get(0).title();
      ActorResolver.Result actors =
          resolver.resolve(annotated, date, title.isEmpty() ? null : title);
      List<EventMention> mentions = coder.code(annotated, actors, date);
      // The coder resolves subject pronouns itself; a "he" it reads is a resolved actor too.
      List<org.newsevents.events.coding.ArticlePronouns.Resolved> pronouns =
          org.newsevents.events.coding.ArticlePronouns.of(annotated, actors);
      for (RealNewsGold.Sentence gs : sentences) {
        List<Sentence> parsed =
            annotated.sentences().stream()
                .filter(
                    s -> RealNewsGold.sentenceOf(sentences, s.text()).orElse("").equals(gs.id()))
                .toList();
        List<EventTuple> goldTuples =
            gs.events().stream()
                .filter(e -> EventQuality.SCORED_STATUSES.contains(e.status()))
                .map(RealNewsGold.GoldEvent::tuple)
                .toList();
        List<EventMention> inSentence =
            mentions.stream()
                .filter(
                    m ->
                        RealNewsGold.sentenceOf(sentences, m.sentence()).orElse("").equals(gs.id()))
                .toList();
        gold.put(gs.id(), goldTuples);
        coded.put(
            gs.id(),
            inSentence.stream()
                .filter(m -> EventQuality.SCORED_STATUSES.contains(m.status().code()))
                .map(m -> new EventTuple(m.actor1Code(), m.actor2Code(), m.eventCode()))
                .toList());
        tabulate(gs, goldTuples, inSentence, parsed, actors, pronouns, cameo);
        if (COUNTS_ONLY || gs.events().isEmpty() && inSentence.isEmpty()) {
          continue;
        }
        System.out.println("== " + gs.id() + "  " + gs.text());
        for (RealNewsGold.GoldEvent e : gs.events()) {
          System.out.println(
              "  GOLD  "
                  + e.tuple()
                  + " "
                  + e.status()
                  + " date="
                  + e.date()
                  + "/"
                  + e.datePrecision());
        }
        for (EventMention m : inSentence) {
          System.out.println(
              "  CODED "
                  + m.actor1Code()
                  + " -> "
                  + m.actor2Code()
                  + " "
                  + m.eventCode()
                  + " "
                  + m.status().code()
                  + " date="
                  + m.date()
                  + " verb="
                  + m.verb()
                  + " pattern="
                  + m.pattern()
                  + " cue="
                  + m.statusCue()
                  + " evidence="
                  + m.confidenceEvidence());
        }
        for (Sentence s : parsed) {
          List<ActorMention> acts =
              actors.mentions().stream().filter(a -> a.sentenceNo() == s.sentenceNo()).toList();
          System.out.println(
              "  deep="
                  + s.deep()
                  + " actors="
                  + acts.stream()
                      .map(a -> a.surface() + "=" + a.cameoCode() + "/" + a.method())
                      .toList()
                  + " pronouns="
                  + pronouns.stream()
                      .filter(p -> p.sentenceNo() == s.sentenceNo())
                      .map(p -> s.tokens().get(p.token()).word() + "=" + p.antecedent().cameoCode())
                      .toList()
                  + " verbs="
                  + s.tokens().stream()
                      .filter(t -> t.pos().startsWith("VB") && cameo.isEventVerb(t.lemma()))
                      .map(Token::lemma)
                      .toList());
          if (s.deep()) {
            System.out.println(
                "  deps="
                    + s.dependencies().stream()
                        .map(
                            d ->
                                d.relation()
                                    + "("
                                    + word(s, d.governor())
                                    + ","
                                    + word(s, d.dependent())
                                    + ")")
                        .collect(Collectors.joining(" ")));
          }
        }
      }
    }
    System.out.println(
        "ROOT  "
            + EventScorer.score(
                EventScorer.project(gold, EventScorer::rootOnly),
                EventScorer.project(coded, EventScorer::rootOnly)));
    System.out.println(
        "LOOSE "
            + EventScorer.score(
                EventScorer.project(gold, EventScorer::loose),
                EventScorer.project(coded, EventScorer::loose)));
    System.out.println("EXACT " + EventScorer.score(gold, coded));
    System.out.println("MISSES (root level) " + MISSES);
    System.out.println("FALSE POSITIVES (root level) " + FALSE_POSITIVES);
  }

  private static boolean COUNTS_ONLY;
  private static final Map<String, Integer> MISSES = new java.util.TreeMap<>();
  private static final Map<String, Integer> FALSE_POSITIVES = new java.util.TreeMap<>();

  /**
   * The stage that lost each missed gold event, and the kind of each false positive (root level).
   */
  private static void tabulate(
      RealNewsGold.Sentence gs,
      List<EventTuple> goldTuples,
      List<EventMention> inSentence,
      List<Sentence> parsed,
      ActorResolver.Result actors,
      List<org.newsevents.events.coding.ArticlePronouns.Resolved> pronouns,
      CameoDictionary cameo) {
    List<String> codedRoots = new ArrayList<>();
    List<String> unscoredRoots = new ArrayList<>();
    for (EventMention m : inSentence) {
      (EventQuality.SCORED_STATUSES.contains(m.status().code()) ? codedRoots : unscoredRoots)
          .add(EventScorer.root(m.eventCode()));
    }
    List<String> goldRoots =
        new ArrayList<>(goldTuples.stream().map(t -> EventScorer.root(t.event())).toList());
    List<String> unmatchedCoded = new ArrayList<>();
    for (String root : codedRoots) {
      if (!goldRoots.remove(root)) {
        unmatchedCoded.add(root);
      }
    }
    java.util.Set<String> countries = new java.util.HashSet<>();
    String uncodedName = null;
    boolean deep = parsed.stream().anyMatch(Sentence::deep);
    boolean verb = false;
    for (Sentence s : parsed) {
      actors.mentions().stream()
          .filter(a -> a.sentenceNo() == s.sentenceNo() && a.cameoCode() != null)
          .forEach(a -> countries.add(EventScorer.country(a.cameoCode())));
      for (ActorMention a : actors.mentions()) {
        if (a.sentenceNo() == s.sentenceNo() && a.cameoCode() == null && uncodedName == null) {
          var actor = actors.actors().get(a.actorKey());
          uncodedName = (actor == null ? "?" : actor.actorType()) + "/" + a.method();
        }
      }
      pronouns.stream()
          .filter(p -> p.sentenceNo() == s.sentenceNo() && p.antecedent().cameoCode() != null)
          .forEach(p -> countries.add(EventScorer.country(p.antecedent().cameoCode())));
      verb |=
          s.tokens().stream()
              .anyMatch(t -> t.pos().startsWith("VB") && cameo.isEventVerb(t.lemma()));
    }
    for (EventTuple g : goldTuples) {
      String root = EventScorer.root(g.event());
      if (!goldRoots.contains(root)) {
        continue;
      }
      goldRoots.remove(root);
      String cause;
      if (!deep) {
        cause = "1 triage: sentence not parsed";
      } else if (!verb) {
        cause = "2 no dictionary verb in sentence";
      } else if (!countries.contains(EventScorer.country(g.source()))) {
        cause =
            uncodedName != null
                ? "3a source actor not resolved, a name in the sentence has no code: " + uncodedName
                : "3b source actor not resolved, no uncoded name";
      } else if (!g.target().isEmpty() && !countries.contains(EventScorer.country(g.target()))) {
        cause = "4 target actor not resolved";
      } else if (unscoredRoots.contains(root)) {
        cause = "5 coded, status not asserted/claimed";
      } else if (!unmatchedCoded.isEmpty()) {
        cause = "6 coded with another root";
      } else {
        cause = "7 actors and verb present, nothing coded";
      }
      MISSES.merge(cause, 1, Integer::sum);
      if (COUNTS_ONLY) {
        continue;
      }
      System.out.println(
          "MISS " + cause.substring(0, 1) + " " + gs.id() + " " + g + " | " + gs.text());
    }
    for (String root : unmatchedCoded) {
      if (!COUNTS_ONLY) {
        System.out.println("FP " + gs.id() + " root " + root + " | " + gs.text());
      }
      FALSE_POSITIVES.merge(
          goldTuples.isEmpty() ? "sentence has no gold event" : "wrong root for the gold event",
          1,
          Integer::sum);
    }
  }

  private static String word(Sentence s, int index) {
    return index < 0 || index >= s.tokens().size() ? "ROOT" : s.tokens().get(index).word();
  }
}
