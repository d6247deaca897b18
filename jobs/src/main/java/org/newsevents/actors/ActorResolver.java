package org.newsevents.actors;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.EntityMention;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;
import org.newsevents.nlp.Token;

/**
 * Resolves the people, organisations and countries acting in an article's sentences to canonical
 * actors. Plain Java: the dictionary scan finds known names (longest alias first), NER finds the
 * names the dictionary lacks, and the article's own context resolves short forms ("Lavrov", "Mr.
 * Blinken", "Baerboks") to the full names used earlier. A place is an actor only where it acts
 * (subject, object, "talks with Moscow"), never where it is only where something happened ("in
 * Moscow").
 *
 * <p>This class holds the order of the routes and what the rest of the job asks of them; each route
 * is a class of its own: {@link DictionaryMentions} (dictionary names, countries and seats), {@link
 * PersonMentions} and {@link OrganizationMentions} (NER's names), {@link RoleNouns} and {@link
 * ImpliedAgents} (nouns and passives of the parse), {@link ArticleNames}, {@link QuotedSpeakers}
 * and {@link ArticleContext} (what the whole article tells), with {@link SpanFilters} for the spans
 * that are no party.
 */
public final class ActorResolver {

  /**
   * The method of a mention of an outlet or an organisation cited for information ("according to
   * the Kessler Herald", "told Sky News"): a named actor of the article, but no party to the action
   * the sentence reports, so the event coder leaves it out.
   */
  public static final String CITED_SOURCE = "cited-source";

  /**
   * The method of a mention of a state body named with capitals where it does not act ("a petition
   * to the Supreme Court"): a named actor of the article, left out of event coding as it was before
   * it was mentioned.
   */
  public static final String NAMED_BODY = "named-body";

  /**
   * The method of a mention of a building named for the government it houses ("the White House",
   * "the Kremlin"): the event coder reads it as a place where words are said, not their addressee.
   */
  public static final String SEAT = "seat";

  /** Methods of mentions that name an actor of the article but no party to a sentence's action. */
  public static final Set<String> NO_PARTY_METHODS = Set.of(CITED_SOURCE, NAMED_BODY);

  private final ActorLookup dictionary;
  private final AliasScan aliases;
  private final DictionaryActors actors;
  private final RoleNouns roleNouns;
  private final AgentHeadedNames agentHeadedNames;
  private final DictionaryMentions dictionaryMentions;
  private final PersonMentions personMentions;
  private final OrganizationMentions organizationMentions;
  private final LearnedActors learned;
  private final OfficeHistory offices;

  public ActorResolver(ActorLookup dictionary) {
    this(dictionary, LearnedActors.none());
  }

  /**
   * @param learned what earlier nights learned about actors the dictionary lacks
   */
  public ActorResolver(ActorLookup dictionary, LearnedActors learned) {
    this.dictionary = dictionary;
    this.aliases = new AliasScan(dictionary);
    this.actors = new DictionaryActors(dictionary);
    this.roleNouns = new RoleNouns(dictionary);
    this.agentHeadedNames = new AgentHeadedNames(dictionary);
    PersonDescriptions descriptions = new PersonDescriptions(dictionary);
    this.dictionaryMentions =
        new DictionaryMentions(dictionary, aliases, actors, descriptions, agentHeadedNames);
    this.personMentions =
        new PersonMentions(dictionary, actors, descriptions, new NameIntroductions(dictionary));
    this.organizationMentions =
        new OrganizationMentions(dictionary, descriptions, roleNouns, agentHeadedNames);
    this.learned = learned;
    this.offices = new OfficeHistory(dictionary);
  }

  /**
   * The mentions found in one article and the actors they point to, keyed by actor key, with the
   * dictionary's dated roles, which the event coder reads at the time each event happened.
   */
  public record Result(
      List<ActorMention> mentions, Map<String, ResolvedActor> actors, OfficeHistory offices) {}

  public Result resolve(AnnotatedArticle article, LocalDate articleDate) {
    return resolve(article, articleDate, null);
  }

  /**
   * @param headline the article's headline, which the annotated text does not hold; null when it
   *     has none. It tells the country the article is about.
   */
  public Result resolve(AnnotatedArticle article, LocalDate articleDate, String headline) {
    ArticleContext context =
        new ArticleContext(
            article.articleId(),
            articleDate,
            ArticleCountry.mostNamed(article, headline, dictionary, aliases::longestAt));
    List<boolean[]> coveredBySentence = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      if (sentence.named()) {
        coveredBySentence.add(resolveSentence(sentence, context));
      } else {
        // Triage keeps many sentences from NER and the parser, but dictionary names need only
        // tokens: they still count as mentions, and a full name read here resolves a later surname.
        boolean[] covered = new boolean[sentence.tokens().size()];
        dictionaryMentions.scan(sentence, context, covered);
        ArticleNames.scan(sentence, context, covered);
        coveredBySentence.add(covered);
      }
    }
    // A headline or a lead names an actor before the sentence that introduces it in full
    // ("Devocht" before "Tom Devocht", "Scientology" before "Scientology officials"): once the
    // whole article is read, its names are looked for again where nothing resolved.
    for (int s = 0; s < article.sentences().size(); s++) {
      ArticleNames.recallNamedLater(article.sentences().get(s), context, coveredBySentence.get(s));
    }
    QuotedSpeakers.resolve(article.sentences(), context);
    HeadlineTitles.describe(headline, context, dictionary);
    context.describeUnknownPersons();
    context.recallLearned(learned);
    return new Result(context.mentions, context.actors, offices);
  }

  /** Returns which of the sentence's tokens a mention covers. */
  private boolean[] resolveSentence(Sentence sentence, ArticleContext context) {
    List<Token> tokens = sentence.tokens();
    boolean[] covered = new boolean[tokens.size()];
    dictionaryMentions.scan(sentence, context, covered);
    for (EntityMention entity : sentence.entities()) {
      // "Ms Kelly told the committee", "Tory Dominic Grieve": NER sometimes takes an honorific or
      // a party into the name; neither is part of it ("Ms Kelly" is the article's "Ruth Kelly").
      NamePrefixes.Stripped prefixes =
          entity.type().equals("PERSON")
              ? NamePrefixes.strip(sentence, entity, dictionary, context.date)
              : null;
      if (TokenSpans.overlaps(covered, entity.tokenStart(), entity.tokenEnd())
          && !(prefixes != null && prefixes.onlyThePrefixIsCovered(entity, covered))) {
        continue;
      }
      switch (entity.type()) {
        case "PERSON" -> personMentions.resolve(sentence, entity, prefixes, context);
        case "ORGANIZATION" -> organizationMentions.resolve(sentence, entity, context);
        case "LOCATION" -> {
          int bodyEnd = BodyHeads.bodyAfterPlace(tokens, entity.tokenEnd(), covered);
          if (bodyEnd > 0) {
            BodyHeads.mentionBodyOfAPlace(sentence, entity.tokenStart(), bodyEnd, context, covered);
          } else {
            agentHeadedNames.mentionNamedAfterPlace(
                sentence,
                entity.tokenStart(),
                entity.tokenEnd(),
                ArticleCountry.countryNamed(entity.text(), dictionary)
                    .map(ActorLookup.Known::countryCode)
                    .orElse(null),
                context,
                covered);
          }
          // Otherwise a place the dictionary does not know is where something happens, no actor.
        }
        default -> {
          // MISC names are adjectives or works, not actors.
        }
      }
      TokenSpans.mark(covered, entity.tokenStart(), entity.tokenEnd());
    }
    ArticleNames.scan(sentence, context, covered);
    if (!sentence.deep()) {
      return covered; // role nouns and implied agents act only through the parse
    }
    for (RoleNouns.Found phrase : roleNouns.find(sentence, covered)) {
      context.mention(
          roleNouns.actorNamed(
              phrase.role(), sentence, phrase.start(), phrase.end(), context.country),
          sentence,
          phrase.start(),
          phrase.end(),
          "role-noun");
      TokenSpans.mark(covered, phrase.start(), phrase.end());
    }
    ImpliedAgents.resolve(
        sentence,
        context,
        covered,
        dictionary,
        (country, sector) ->
            country == null
                ? roleNouns.actor(sector, null)
                : DictionaryActors.sectorActor(country, sector));
    return covered;
  }

  /**
   * Whether the sentence may name an actor the resolver can code: a dictionary actor or seat of
   * government, a role noun of a state or armed body ("the court", "police"), a "he" or "she" the
   * event coder gives the person named before, or a proper noun right before its verb. What
   * sentence triage asks before sending a sentence to the expensive annotators. Needs only tokens,
   * so it works on a sentence that has not been deeply annotated.
   */
  public boolean namesKnownActor(Sentence sentence) {
    for (int i = 0; i < sentence.tokens().size(); i++) {
      Token token = sentence.tokens().get(i);
      if (aliases.longestAt(sentence, i) != null
          // A known person named by surname alone ("Pelosi said") resolves only once NER has
          // called it a person.
          || (token.pos().startsWith("NNP")
              && !dictionary.personsWithSurname(normalize(token.word())).isEmpty())) {
        return true;
      }
    }
    // "Was arrested", "was convicted": the passive names its agent by implication (ImpliedAgents).
    if (ImpliedAgents.mayHold(sentence)) {
      return true;
    }
    // "Police arrested a man", "a gunman shot two officers": violence or an arrest by someone a
    // common noun names, which crime and conflict news tells without a dictionary name.
    if (ImpliedAgents.mayTellOfViolenceByUnnamed(sentence)) {
      return true;
    }
    // Role nouns ("the court"), he/she and unknown names before a verb also name actors, but
    // sending their sentences to the parser too took the parsed share of 171 Wikinews articles
    // from 42% to 61% (about one more floor of parse time at 10k) for no gain on the real-news
    // dev half; they are coded where a sentence is parsed for a dictionary actor.
    return false;
  }

  /**
   * Whether the sentence has a proper noun that no dictionary alias covers (not a day or month
   * name, and not a lone capitalised first word): a name only NER can tell a person, an
   * organisation or a place. A first word counts when a proper noun, a verb or a possessive follows
   * it: news names its subject first ("Chambliss said", "FCS said", "Xie was quoted", "BET's net
   * debt"), while a first word that stands alone is mostly a dateline or signature ("Reuter").
   * Needs only tokens.
   */
  public boolean mayNameUnknownActor(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      AliasMatch match = aliases.longestAt(sentence, i);
      if (match != null) {
        i = match.end();
        continue;
      }
      Token token = tokens.get(i);
      if (token.pos().startsWith("NNP")
          && TokenSpans.startsUpperCase(token.word())
          && !SentenceTriage.isTimeWord(token.word())
          && (i > 0 || (tokens.size() > 1 && mayFollowAFirstName(tokens.get(1))))) {
        return true;
      }
      i++;
    }
    return false;
  }

  /** Whether a sentence's second token shows its capitalised first word to be a name. */
  private static boolean mayFollowAFirstName(Token second) {
    String pos = second.pos();
    return pos.startsWith("NNP") || pos.startsWith("VB") || pos.equals("MD") || pos.equals("POS");
  }

  /** Lowercase, without accents or punctuation: the form names are compared in. */
  static String normalize(String text) {
    String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return stripped
        .toLowerCase(Locale.ROOT)
        .replaceAll("['’`]s\\b", "")
        .replaceAll("[^\\p{L}\\p{N} ]+", "")
        .strip()
        .replaceAll(" +", " ");
  }
}
