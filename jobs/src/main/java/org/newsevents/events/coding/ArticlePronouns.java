package org.newsevents.events.coding;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ActorResolver;
import org.newsevents.events.EventCoder;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * The subject pronouns of an article that the coder resolves ({@link PronounSubjects}), for a
 * reader of the coder's actors outside the coder: the dedup evaluation resolves a gold reader's
 * "he" as the job would.
 */
public final class ArticlePronouns {
  private ArticlePronouns() {}

  /** A subject pronoun ("he", "she", "they") and the actor the coder takes it to stand for. */
  public record Resolved(int sentenceNo, int token, ActorMention antecedent) {}

  /**
   * The subject pronouns of the article's parsed sentences that the coder's rules resolve, the
   * article read in order with the same memory as {@link EventCoder#code}.
   */
  public static List<Resolved> of(AnnotatedArticle article, ActorResolver.Result actors) {
    List<Resolved> resolved = new ArrayList<>();
    PronounSubjects.Memory memory = new PronounSubjects.Memory(actors.actors());
    for (Sentence sentence : article.sentences()) {
      List<ActorMention> parties = EventCoder.parties(actors, sentence);
      if (sentence.deep() && !sentence.dependencies().isEmpty()) {
        ParsedSentence parsed = new ParsedSentence(sentence, parties);
        PronounSubjects pronouns = new PronounSubjects(parsed, memory.antecedents());
        for (Token token : sentence.tokens()) {
          String relation = parsed.tree.relation(token.index());
          // The coder reads a pronoun only as a subject, active or passive (DyadFinder).
          if (pronouns.isPronoun(token.index())
              && ("nsubj".equals(relation) || "nsubj:pass".equals(relation))) {
            for (ActorMention antecedent : pronouns.antecedents(token.index())) {
              resolved.add(new Resolved(sentence.sentenceNo(), token.index(), antecedent));
            }
          }
        }
      }
      memory.read(sentence, parties);
    }
    return resolved;
  }
}
