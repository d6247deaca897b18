package org.newsevents.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ActorResolver;
import org.newsevents.events.coding.PronounSubjects;
import org.newsevents.events.coding.SentenceCoder;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.Sentence;

/**
 * Codes events, sentence by sentence, from the dependency parse: for every verb the CAMEO
 * dictionary knows, the source is its subject, the target its object (or the object of a "to",
 * "with", "against", "on" ... phrase), and the code the dictionary pattern that best fits the words
 * around the verb.
 *
 * <p>What the parse gives, and how it is read:
 *
 * <ul>
 *   <li>Passives: the passive subject is the target and the "by" phrase the source ("Russia was
 *       accused by the United States").
 *   <li>Coordination: each conjunct of a subject or object is an actor of its own, so "the US and
 *       Britain condemned Russia" gives two dyads. Coordinated subjects without an object act on
 *       each other ("the US and Russia held talks").
 *   <li>Appositions and relative clauses: "Sergei Lavrov, Russia's foreign minister, ..." reaches
 *       the actor through the apposition; in "Lavrov, who met Blinken", the relative pronoun stands
 *       for the noun the clause hangs on.
 *   <li>Control and shared subjects: "Russia threatened to invade Ukraine" takes the subject of
 *       "threatened" for "invade"; a verb coordinated with another shares its subject.
 *   <li>Reported speech: the content of a reporting verb ("said", "told", "claimed") is coded on
 *       its own, and attributed to the reporter.
 * </ul>
 *
 * <p>An action without a target is kept only for material cooperation, force posture and coercion
 * ("Sweden deploys troops", "Russia mobilised", "Russia annexed Crimea"); a statement, assault or
 * fight with no one it is aimed at is noise in every event data set.
 *
 * <p>Persons are coded with the role they held when the event happened ({@link EventTimeRoles}),
 * not on the article's day: "the 2003 invasion ordered by Bush" is USAGOV in an article of 2016.
 *
 * <p>Conditional threats: a material action against the target that the text makes conditional
 * ("Germany will respond with sanctions in the event of an invasion") is the source threatening the
 * target, CAMEO 13, and that threat happened; the action itself did not and is not coded.
 */
public final class EventCoder {
  private final CameoDictionary cameo;
  private final Gazetteer gazetteer;

  public EventCoder(CameoDictionary cameo, Gazetteer gazetteer) {
    this.cameo = cameo;
    this.gazetteer = gazetteer;
  }

  /** The coder with the bundled dictionaries. */
  public static EventCoder bundled() {
    return new EventCoder(CameoDictionary.bundled(), Gazetteer.bundled());
  }

  /**
   * @param actorMentions the actors stage's mentions of this article (any order)
   * @param articleDate the reference date for relative time expressions; the day the article's lead
   *     names dates the sentences that retell it ({@link StoryDay})
   */
  public List<EventMention> code(
      AnnotatedArticle article, ActorResolver.Result actors, LocalDate articleDate) {
    List<EventMention> out = new ArrayList<>();
    PronounSubjects.Memory antecedents = new PronounSubjects.Memory(actors.actors());
    StoryDay story = StoryDay.of(article, articleDate);
    for (Sentence sentence : article.sentences()) {
      List<ActorMention> inSentence = parties(actors, sentence);
      if (sentence.deep() && !sentence.dependencies().isEmpty()) {
        new SentenceCoder(
                cameo, gazetteer, article.articleId(), sentence, inSentence, antecedents, story)
            .codeInto(out);
      }
      antecedents.read(sentence, inSentence);
    }
    // Persons are coded as of when each act happened, which only the coded act's date tells.
    Map<Integer, Sentence> bySentenceNo = new HashMap<>();
    article.sentences().forEach(sentence -> bySentenceNo.put(sentence.sentenceNo(), sentence));
    EventTimeRoles roles = new EventTimeRoles(bySentenceNo, actors, articleDate);
    out.replaceAll(roles::recode);
    return out;
  }

  /** The actor mentions of a sentence that can be parties to its action, in text order. */
  public static List<ActorMention> parties(ActorResolver.Result actors, Sentence sentence) {
    return actors.mentions().stream()
        .filter(m -> m.sentenceNo() == sentence.sentenceNo())
        // An outlet cited for information is no party to the sentence's action.
        .filter(ActorMention::isParty)
        .sorted(java.util.Comparator.comparingInt(ActorMention::charStart))
        .toList();
  }
}
