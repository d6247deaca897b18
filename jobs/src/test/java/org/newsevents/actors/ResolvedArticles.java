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
    AnnotatedArticle article =
        NlpPipeline.get()
            .annotate(
                "t",
                List.of(paragraphs),
                IntStream.range(0, paragraphs.length).boxed().toList(),
                date,
                SentenceTriage.everySentence());
    return resolver.resolve(article, date, headline);
  }
}
