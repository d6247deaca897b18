package org.newsevents.events.coding;

import java.time.LocalDate;
import java.util.List;
import org.newsevents.actors.ActorResolver;
import org.newsevents.actors.DictionaryLookup;
import org.newsevents.events.EventCoder;
import org.newsevents.events.EventMention;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;

/** One made-up sentence through the real parser, resolver and coder, as the rule tests read it. */
public final class CodedSentences {
  private static final LocalDate WEDNESDAY_19_JANUARY = LocalDate.of(2022, 1, 19);

  private CodedSentences() {}

  /**
   * The coder's mentions of one sentence, fully annotated by CoreNLP and coded with the bundled
   * dictionaries as of Wednesday 19 January 2022.
   */
  public static List<EventMention> mentions(String sentence) {
    return mentions(sentence, WEDNESDAY_19_JANUARY);
  }

  /** The coder's mentions of one sentence of an article of the given day. */
  public static List<EventMention> mentions(String sentence, LocalDate articleDate) {
    AnnotatedArticle article =
        NlpPipeline.get()
            .annotate(
                "a1", List.of(sentence), List.of(0), articleDate, SentenceTriage.everySentence());
    ActorResolver.Result actors =
        new ActorResolver(DictionaryLookup.bundled()).resolve(article, articleDate);
    return EventCoder.bundled().code(article, actors, articleDate);
  }

  /** "source code -> target code event code status" for each coded mention of the sentence. */
  static List<String> codes(String sentence) {
    return mentions(sentence).stream().map(CodedSentences::codes).toList();
  }

  private static String codes(EventMention m) {
    return m.actor1Code() + " -> " + m.actor2Code() + " " + m.eventCode() + " " + m.status();
  }
}
