package org.newsevents.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.actors.ActorDictionary;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ActorResolver;
import org.newsevents.actors.DictionaryLookup;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.EventCoder;
import org.newsevents.events.EventMention;
import org.newsevents.events.Gazetteer;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;

/**
 * A developer's look at the PETRARCH-2 unit tests (in-sample), record by record: every exact false
 * positive with the verb, pattern and actor resolution behind it, so a rule's cost there can be
 * seen. Not a test. Argument: the ../shared/reference folder.
 */
public final class PetrarchUnitTestDiagnostic {
  private PetrarchUnitTestDiagnostic() {}

  public static void main(String[] args) throws Exception {
    Path reference = Path.of(args[0]);
    Path dictionaries = Files.createTempDirectory("petrarch-reference");
    PetrarchReference.build(reference, dictionaries);
    EventGold.GoldSet gold =
        EventGold.readPetrarchUnitTests(reference.resolve("petrarch2/PETR.UnitTest.records.xml"));
    DictionaryLookup lookup = new DictionaryLookup(ActorDictionary.load(dictionaries));
    CameoDictionary cameo = CameoDictionary.load(dictionaries);
    ActorResolver resolver = new ActorResolver(lookup);
    SentenceTriage triage =
        SentenceTriage.forEvents(
            resolver::namesKnownActor, cameo::isEventVerb, resolver::mayNameUnknownActor);
    EventCoder coder = new EventCoder(cameo, Gazetteer.bundled());
    long tp = 0;
    long fp = 0;
    for (EventGold.GoldRecord record : gold.scored()) {
      AnnotatedArticle article =
          NlpPipeline.get()
              .annotate(record.id(), List.of(record.text()), List.of(0), record.date(), triage);
      ActorResolver.Result actors = resolver.resolve(article, record.date());
      List<EventMention> mentions = coder.code(article, actors, record.date());
      List<EventTuple> unmatched = new ArrayList<>(record.events());
      for (EventMention m : mentions) {
        if (!EventQuality.SCORED_STATUSES.contains(m.status().code())) {
          continue;
        }
        EventTuple tuple = new EventTuple(m.actor1Code(), m.actor2Code(), m.eventCode());
        if (unmatched.remove(tuple)) {
          tp++;
          continue;
        }
        fp++;
        List<String> methods =
            actors.mentions().stream()
                .filter(
                    a -> a.actorKey().equals(m.actor1Key()) || a.actorKey().equals(m.actor2Key()))
                .map(ActorMention::method)
                .distinct()
                .toList();
        System.out.println(
            "FP "
                + record.id()
                + " "
                + tuple
                + " verb="
                + m.verb()
                + " pattern="
                + m.pattern()
                + " cue="
                + m.statusCue()
                + " methods="
                + methods
                + " gold="
                + record.events()
                + " | "
                + record.text());
      }
    }
    System.out.println("exact TP " + tp + " FP " + fp);
  }
}
