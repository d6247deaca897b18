package org.newsevents.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.SentenceTriage;

/** Made-up articles annotated with every annotator and resolved, for the resolver's tests. */
final class ResolvedArticles {
  private ResolvedArticles() {}

  /** The actor mentions the resolver finds in an article of these paragraphs and headline. */
  static List<ActorMention> mentions(
      ActorResolver resolver, LocalDate date, String headline, String... paragraphs) {
    return resolve(resolver, date, headline, paragraphs).mentions();
  }

  /** What the resolver makes of an article of these paragraphs and headline (null: none). */
  static ActorResolver.Result resolve(
      ActorResolver resolver, LocalDate date, String headline, String... paragraphs) {
    return resolver.resolve(annotate(date, paragraphs), date, headline);
  }

  /** An article of these paragraphs, every sentence annotated with every annotator. */
  static AnnotatedArticle annotate(LocalDate date, String... paragraphs) {
    return annotateTriaged(date, SentenceTriage.everySentence(), paragraphs);
  }

  /**
   * What the resolver makes of an article whose sentences the triage sent on as the nightly job
   * does (a triage such as {@link SentenceTriage#properNounAndVerb()}), without a headline.
   */
  static ActorResolver.Result resolveTriaged(
      ActorResolver resolver, LocalDate date, SentenceTriage triage, String... paragraphs) {
    return resolver.resolve(annotateTriaged(date, triage, paragraphs), date);
  }

  private static AnnotatedArticle annotateTriaged(
      LocalDate date, SentenceTriage triage, String... paragraphs) {
    return NlpPipeline.get()
        .annotate(
            "t",
            List.of(paragraphs),
            IntStream.range(0, paragraphs.length).boxed().toList(),
            date,
            triage);
  }

  /** Each mention as "surface=actor key/code". */
  static List<String> keysAndCodes(ActorResolver.Result result) {
    return result.mentions().stream()
        .map(m -> m.surface() + "=" + m.actorKey() + "/" + m.cameoCode())
        .toList();
  }

  /** Each mention as "surface=code". */
  static List<String> codes(ActorResolver.Result result) {
    return result.mentions().stream().map(m -> m.surface() + "=" + m.cameoCode()).toList();
  }

  /** The day the 2022 crisis dictionary's tests are resolved on. */
  private static final LocalDate CRISIS_DATE = LocalDate.of(2022, 1, 19);

  /** A resolver with the 2022 crisis dictionary. */
  static final ActorResolver CRISIS = new ActorResolver(TinyDictionary.crisis2022());

  /**
   * The same dictionary with the agent nouns of offices and bodies, for the cases that need them.
   */
  private static final ActorResolver CRISIS_WITH_OFFICES =
      new ActorResolver(TinyDictionary.crisis2022WithOffices());

  /**
   * Resolves with the 2022 crisis dictionary, on 19 January 2022, an article whose sentences went
   * through the nightly triage's NER rule.
   */
  static ActorResolver.Result resolveCrisis(String... paragraphs) {
    return resolveTriaged(CRISIS, CRISIS_DATE, SentenceTriage.properNounAndVerb(), paragraphs);
  }

  /** The codes of an article's mentions under the crisis dictionary with offices. */
  static List<String> codesWithOffices(String... paragraphs) {
    return codes(CRISIS_WITH_OFFICES.resolve(annotate(CRISIS_DATE, paragraphs), CRISIS_DATE));
  }
}
