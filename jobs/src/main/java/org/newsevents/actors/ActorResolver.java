package org.newsevents.actors;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.Dependency;
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
 */
public final class ActorResolver {

  /**
   * Words right before a name that make it a source of information rather than a party to the
   * action.
   */
  private static final java.util.regex.Pattern CITED_SOURCE_CUE =
      java.util.regex.Pattern.compile(
          "(?:according to|told|speaking to|in an interview with|quoted by|reported by|cited by|citing)(?: the)? $");

  /**
   * The method of a mention of an outlet or an organisation cited for information ("according to
   * the Kessler Herald", "told Sky News"): a named actor of the article, but no party to the action
   * the sentence reports, so the event coder leaves it out.
   */
  public static final String CITED_SOURCE = "cited-source";

  /** The prefix of the keys of persons the dictionary does not know, before their name. */
  static final String UNKNOWN_PERSON_KEY = "UNKNOWN_PERSON:";

  /**
   * The method of a mention of a state body named with capitals where it does not act ("a petition
   * to the Supreme Court"): a named actor of the article, left out of event coding as it was before
   * it was mentioned.
   */
  public static final String NAMED_BODY = "named-body";

  /** Methods of mentions that name an actor of the article but no party to a sentence's action. */
  public static final Set<String> NO_PARTY_METHODS = Set.of(CITED_SOURCE, NAMED_BODY);

  /**
   * Nouns that name a piece of legislation: NER tags the last word of "the Road Safety Bill" or
   * "when the Bill is debated" as a person.
   */
  private static final Set<String> LEGISLATION_NOUNS = Set.of("bill", "act");

  /**
   * How far before a name titles ("Russian Deputy Defence Minister") are read for country and role.
   */
  private static final int TITLE_WINDOW = 5;

  private final ActorLookup dictionary;

  private final RoleNouns roleNouns;
  private final PersonDescriptions descriptions;
  private final NameIntroductions introductions;
  private final AgentHeadedNames agentHeadedNames;
  private final CountryCompounds compounds;
  private final LearnedActors learned;

  public ActorResolver(ActorLookup dictionary) {
    this(dictionary, LearnedActors.none());
  }

  /**
   * @param learned what earlier nights learned about actors the dictionary lacks
   */
  public ActorResolver(ActorLookup dictionary, LearnedActors learned) {
    this.dictionary = dictionary;
    this.roleNouns = new RoleNouns(dictionary);
    this.descriptions = new PersonDescriptions(dictionary);
    this.introductions = new NameIntroductions(dictionary);
    this.agentHeadedNames = new AgentHeadedNames(dictionary);
    this.compounds = new CountryCompounds(dictionary, this::longestAliasAt);
    this.learned = learned;
  }

  /** The mentions found in one article and the actors they point to, keyed by actor key. */
  public record Result(List<ActorMention> mentions, Map<String, ResolvedActor> actors) {}

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
            ArticleCountry.mostNamed(article, headline, dictionary, this::longestAliasAt));
    List<boolean[]> coveredBySentence = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      if (sentence.named()) {
        coveredBySentence.add(resolveSentence(sentence, context));
      } else {
        // Triage keeps many sentences from NER and the parser, but dictionary names need only
        // tokens: they still count as mentions, and a full name read here resolves a later surname.
        boolean[] covered = new boolean[sentence.tokens().size()];
        scanDictionary(sentence, context, covered);
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
    return new Result(context.mentions, context.actors);
  }

  /** Returns which of the sentence's tokens a mention covers. */
  private boolean[] resolveSentence(Sentence sentence, ArticleContext context) {
    List<Token> tokens = sentence.tokens();
    boolean[] covered = new boolean[tokens.size()];
    scanDictionary(sentence, context, covered);
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
        case "PERSON" -> resolvePerson(sentence, entity, prefixes, context);
        case "ORGANIZATION" -> resolveOrganization(sentence, entity, context);
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
          roleNouns.actor(phrase.role(), context.country),
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
                : sectorActor(country, sector, context.date));
    return covered;
  }

  /** Greedy longest-alias scan over capitalised token windows. */
  private void scanDictionary(Sentence sentence, ArticleContext context, boolean[] covered) {
    int i = 0;
    while (i < sentence.tokens().size()) {
      AliasMatch match = longestAliasAt(sentence, i);
      if (match == null) {
        i++;
        continue;
      }
      Optional<CountryCompounds.Compound> compound = compounds.at(sentence, i, covered);
      if (compound.isPresent()) {
        mentionCompound(compound.get(), sentence, context);
        TokenSpans.mark(covered, i, compound.get().end());
        i = compound.get().end();
        continue;
      }
      int mentionsBefore = context.mentions.size();
      if (ClauseRoles.beginsTheNameOfAPlace(sentence, match.end())) {
        // "St. John's Episcopal Church", "Moscow State University": part of a building's or an
        // institution's name, not the country or its capital.
      } else if (match.seat().isPresent()) {
        resolveSeat(match.seat().get(), sentence, i, match.end(), context);
      } else {
        resolveKnown(
            preferByNer(match.known(), sentence, i, match.end()),
            sentence,
            i,
            match.end(),
            context);
      }
      if (context.mentions.size() == mentionsBefore
          && match.seat().isEmpty()
          && BodyHeads.bodyAfterPlace(sentence.tokens(), match.end(), covered) > 0) {
        // "The Malaysia Tourism board": a country that is no actor of its own names a body.
        BodyHeads.mentionBodyOfAPlace(
            sentence,
            i,
            BodyHeads.bodyAfterPlace(sentence.tokens(), match.end(), covered),
            context,
            covered);
      }
      if (context.mentions.size() == mentionsBefore
          && !insideALongerOrganisation(sentence, i, match.end())) {
        // "The Tehran Police arrested": a body named after a place that is no actor of its own;
        // inside a longer name NER calls an organisation, that name is the body's.
        agentHeadedNames.mentionNamedAfterPlace(
            sentence, i, match.end(), agentHeadedNames.countryOf(match), context, covered);
      }
      if (context.mentions.size() > mentionsBefore
          || !insideALongerOrganisation(sentence, i, match.end())) {
        TokenSpans.mark(covered, i, match.end());
      }
      i = match.end();
    }
  }

  /**
   * "The Turkish-Libyan agreement": each country a party of its own; "the US-led coalition": the
   * leader, of the role of the body it leads when that is a state's ("US-led forces" are USAMIL).
   */
  private void mentionCompound(
      CountryCompounds.Compound compound, Sentence sentence, ArticleContext context) {
    if (compound.led()) {
      CountryCompounds.Part leader = compound.parts().get(0);
      ResolvedActor actor =
          compound.ledRole() == null
              ? fromDictionary(leader.country(), context.date)
              : sectorActor(leader.country(), compound.ledRole(), context.date);
      context.mention(
          actor, sentence, leader.start(), compound.end(), CountryCompounds.LED_COMPOUND);
      return;
    }
    for (CountryCompounds.Part part : compound.parts()) {
      context.mention(
          fromDictionary(part.country(), context.date),
          sentence,
          part.start(),
          part.end(),
          CountryCompounds.PARTY_COMPOUND);
    }
  }

  /**
   * "The United Kingdom Home Office": a country or a seat that is no actor of its own inside a
   * longer name NER calls an organisation is part of that organisation's name.
   */
  private static boolean insideALongerOrganisation(Sentence sentence, int start, int end) {
    return sentence.entities().stream()
        .anyMatch(
            entity ->
                entity.type().equals("ORGANIZATION")
                    && entity.tokenStart() <= start
                    && end <= entity.tokenEnd()
                    && entity.tokenEnd() - entity.tokenStart() > end - start);
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
      if (longestAliasAt(sentence, i) != null
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
      AliasMatch match = longestAliasAt(sentence, i);
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

  /** The dictionary entries (or the seat) named by the longest alias starting at a token. */
  record AliasMatch(int end, List<ActorLookup.Known> known, Optional<ActorLookup.Seat> seat) {
    /** The country the alias names: the seat's, or an entry that is a country; else empty. */
    Optional<ActorLookup.Known> country(ActorLookup dictionary) {
      if (seat.isPresent()) {
        return dictionary.byKey(seat.get().actorKey());
      }
      return known.stream().filter(entry -> entry.actorType().equals("country")).findFirst();
    }
  }

  /** Null when no alias starts at the token. */
  private AliasMatch longestAliasAt(Sentence sentence, int i) {
    List<Token> tokens = sentence.tokens();
    if (!TokenSpans.startsUpperCase(tokens.get(i).word())) {
      return null;
    }
    for (int n = Math.min(dictionary.maxAliasTokens(), tokens.size() - i); n >= 1; n--) {
      if (!TokenSpans.hasLetterOrDigit(tokens.get(i + n - 1).word())) {
        continue; // the normaliser drops punctuation, so "Lukashenko ," would match too and keep
        // the comma
      }
      String text = TokenSpans.span(sentence, i, i + n);
      if (text.length() <= 3 && !text.equals(text.toUpperCase(Locale.ROOT))) {
        continue; // "Us" is a pronoun; the alias "US" must be written in capitals.
      }
      Optional<ActorLookup.Seat> seat = dictionary.seat(text);
      List<ActorLookup.Known> found = seat.isPresent() ? List.of() : dictionary.byAlias(text);
      if (seat.isPresent() || !found.isEmpty()) {
        return new AliasMatch(i + n, found, seat);
      }
    }
    return null;
  }

  private void resolveKnown(
      ActorLookup.Known known, Sentence sentence, int start, int end, ArticleContext context) {
    // "told Netanyahu": a person after "told" is the one addressed (010 to them), not an outlet
    // the words were given to, as "told the BBC" is.
    boolean cited =
        isCitedAsInformationSource(sentence, start)
            && !(known.actorType().equals("person") && isAddressedBy(sentence, start));
    if (known.actorType().equals("person")
        || known.actorType().equals("organization")
        || known.actorType().equals("igo")
        || known.actorType().equals("group")) {
      context.mention(
          descriptions.asTitled(fromDictionary(known, context.date), sentence, start),
          sentence,
          start,
          end,
          cited ? CITED_SOURCE : "alias");
      return;
    }
    if (cited) {
      return; // "according to Russia": a country cited is no place and no party to the action
    }
    // A country: with an agent noun after it, it is that country's sector ("Russian troops",
    // "Belarusian
    // Ministry of Defense"); in a title before a name it only tells the person's nationality;
    // otherwise it acts
    // only through an acting relation.
    Optional<AgentPhrase> agent = agentAfter(sentence, end);
    if (agent.isEmpty()
        && end < sentence.tokens().size()
        && sentence.tokens().get(end).pos().equals("POS")) {
      agent = agentAfter(sentence, end + 1); // "Ukraine's president", "Russia's troops"
    }
    if (isPartOfTitleBeforePerson(sentence, agent.map(AgentPhrase::end).orElse(end))) {
      return;
    }
    if (agent.isPresent()) {
      ResolvedActor sector = sectorActor(known, agent.get().role(), context.date);
      context.mention(sector, sentence, start, agent.get().end(), "demonym-agent");
      return;
    }
    Optional<String> roleBefore = agentRoleBefore(sentence, start, end);
    if (roleBefore.isPresent()) {
      context.mention(
          sectorActor(known, roleBefore.get(), context.date),
          sentence,
          start,
          end,
          "demonym-agent");
      return;
    }
    if (end < sentence.tokens().size()
        && RoleNouns.namesPeopleOfNoRole(sentence.tokens().get(end))) {
      // "Threats against U.S. personnel": the country's people, of no role the noun tells.
      context.mention(
          fromDictionary(known, context.date), sentence, start, end + 1, "demonym-agent");
      return;
    }
    if (ClauseRoles.acts(sentence, start, end)) {
      context.mention(fromDictionary(known, context.date), sentence, start, end, "alias");
    }
  }

  /** "Moscow denies", "the Kremlin expects": a capital or seat acting stands for its government. */
  private void resolveSeat(
      ActorLookup.Seat seat, Sentence sentence, int start, int end, ArticleContext context) {
    Optional<ActorLookup.Known> country = dictionary.byKey(seat.actorKey());
    if (country.isEmpty()
        || (!ClauseRoles.acts(sentence, start, end)
            && agentRoleBefore(sentence, start, end).isEmpty())) {
      return;
    }
    String role = seat.cameoCode().length() > 3 ? seat.cameoCode().substring(3) : "GOV";
    role = agentRoleBefore(sentence, start, end).orElse(role);
    context.mention(sectorActor(country.get(), role, context.date), sentence, start, end, "seat");
  }

  private void resolvePerson(
      Sentence sentence,
      EntityMention entity,
      NamePrefixes.Stripped prefixes,
      ArticleContext context) {
    List<Token> tokens = sentence.tokens();
    int nameStart = prefixes.nameStart();
    String fullName =
        nameStart == entity.tokenStart()
            ? entity.text()
            : TokenSpans.span(sentence, nameStart, entity.tokenEnd());
    String surname = normalize(tokens.get(entity.tokenEnd() - 1).word());
    boolean single = entity.tokenEnd() - nameStart == 1;
    if (single && namesLegislation(tokens, nameStart)) {
      return;
    }
    boolean honorific = prefixes.honorific();
    List<String> holders = context.surnameHolders(surname);
    PersonDescriptions.Description description =
        introductions
            .speakerFor(sentence, nameStart, context.mentions)
            .orElse(descriptions.personTitle(sentence, entity.tokenStart()))
            .orElse(descriptions.apposition(sentence, entity.tokenEnd()))
            .orElse(introductions.before(sentence, nameStart, entity.tokenEnd(), context.mentions))
            .orElse(prefixes.party());
    Optional<ResolvedActor> organization =
        single ? context.organizationNamedFirst(surname) : Optional.empty();
    if (organization.isPresent()) {
      // "Mahan" after "Mahan Air": the short name of an organisation of the article, not a person.
      context.mention(organization.get(), sentence, nameStart, entity.tokenEnd(), "short-name");
      return;
    }
    Optional<ResolvedActor> byFirstName =
        single && holders.isEmpty() ? context.personWithFirstName(surname) : Optional.empty();
    if (byFirstName.isPresent()) {
      context.mention(byFirstName.get(), sentence, nameStart, entity.tokenEnd(), "first-name");
      return;
    }
    if ((single || honorific) && holders.size() == 1) {
      context.describe(holders.get(0), description);
      context.mention(
          context.actors.get(holders.get(0)),
          sentence,
          entity.tokenStart(),
          entity.tokenEnd(),
          "surname");
      return;
    }
    Optional<ResolvedActor> fuzzy = fuzzyPerson(fullName, single, description, context);
    if (fuzzy.isPresent()) {
      context.mention(fuzzy.get(), sentence, nameStart, entity.tokenEnd(), "fuzzy");
      return;
    }
    if (single && holders.size() > 1) {
      return; // "Biden" after both Joe and Hunter Biden: ambiguous, better no actor than the wrong
      // one.
    }
    String key = UNKNOWN_PERSON_KEY + normalize(fullName).replace(' ', '_');
    context.describe(key, description);
    ResolvedActor actor =
        context.actors.getOrDefault(
            key,
            new ResolvedActor(
                key,
                fullName,
                "person",
                null,
                null,
                null,
                List.of(fullName),
                false,
                sentence.text()));
    context.mention(actor, sentence, nameStart, entity.tokenEnd(), "unknown");
  }

  /**
   * Whether a one-word "person" is the noun of a law's name: "Bill" or "Act" after "the" or after
   * the capitalised words of the name ("the Finance Bill", "when the Bill is debated").
   */
  private static boolean namesLegislation(List<Token> tokens, int at) {
    if (!LEGISLATION_NOUNS.contains(tokens.get(at).word().toLowerCase(Locale.ROOT)) || at == 0) {
      return false;
    }
    Token before = tokens.get(at - 1);
    return before.pos().equals("DT")
        || (Character.isUpperCase(before.word().charAt(0)) && !"PERSON".equals(before.ner()));
  }

  /** The head nouns of an office held by one person. */
  private static final Set<String> OFFICE_NOUNS =
      Set.of("secretary", "minister", "commissioner", "undersecretary");

  /**
   * Whether the organisation span is the portfolio of an office: right before a title noun and a
   * person's name ("Defense Secretary Ben Wallace"), or right after "Minister of" or "Secretary of"
   * ("Minister of Foreign Affairs").
   */
  static boolean namesAnOfficeInATitle(Sentence sentence, EntityMention entity) {
    List<Token> tokens = sentence.tokens();
    int after = entity.tokenEnd();
    if (after + 1 < tokens.size()
        && OFFICE_NOUNS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))
        && "PERSON".equals(tokens.get(after + 1).ner())) {
      return true;
    }
    int before = entity.tokenStart();
    return before >= 2
        && tokens.get(before - 1).word().equalsIgnoreCase("of")
        && OFFICE_NOUNS.contains(tokens.get(before - 2).word().toLowerCase(Locale.ROOT));
  }

  private void resolveOrganization(
      Sentence sentence, EntityMention entity, ArticleContext context) {
    boolean cited = isCitedAsInformationSource(sentence, entity.tokenStart());
    PersonDescriptions.Description title = descriptions.title(sentence, entity.tokenStart());
    if (!cited && namesAnOfficeInATitle(sentence, entity)) {
      // "Defense Secretary Ben Wallace", "the Russian Minister of Foreign Affairs": the span is the
      // portfolio of an office holder, not an organisation of its own name. A country in the title
      // makes the holder that country's government.
      if (title.country() != null) {
        context.mention(
            sectorActor(title.country(), title.role() == null ? "GOV" : title.role(), context.date),
            sentence,
            entity.tokenStart(),
            entity.tokenEnd(),
            "role-noun");
      }
      return;
    }
    Optional<String> agentRole =
        dictionary.agentRole(
            TokenSpans.lemmas(sentence.tokens(), entity.tokenStart(), entity.tokenEnd()));
    if (agentRole.isEmpty()) {
      agentRole = dictionary.agentRole(entity.text().toLowerCase(Locale.ROOT));
    }
    if (agentRole.isPresent() && cited) {
      return; // "according to the Defense Ministry": an office cited, no organisation of its own
    }
    if (agentRole.isPresent()) {
      // "the Romanian Ministry of Defense", "Defense Secretary": an office, not an organisation of
      // its own name.
      if (title.country() != null) {
        context.mention(
            sectorActor(title.country(), agentRole.get(), context.date),
            sentence,
            entity.tokenStart(),
            entity.tokenEnd(),
            "demonym-agent");
      } else {
        // "a petition to the Supreme Court": a state body named with capitals is an actor of the
        // article wherever it stands, as an organisation of its own name is; the event coder takes
        // it only where it acts.
        context.mention(
            roleNouns.actor(agentRole.get(), context.country),
            sentence,
            entity.tokenStart(),
            entity.tokenEnd(),
            ClauseRoles.acts(sentence, entity.tokenStart(), entity.tokenEnd())
                ? "role-noun"
                : NAMED_BODY);
      }
      return;
    }
    Optional<ResolvedActor> named =
        entity.tokenEnd() - entity.tokenStart() == 1
            ? context
                .organizationNamedFirst(normalize(entity.text()))
                .or(() -> BodyHeads.namedBefore(sentence, entity.tokenStart(), context))
            : Optional.empty();
    if (named.isPresent()) {
      // "Ford" after "Ford Motor Company", as a person-tagged "Mahan" after "Mahan Air".
      context.mention(
          named.get(),
          sentence,
          entity.tokenStart(),
          entity.tokenEnd(),
          cited ? CITED_SOURCE : "short-name");
      return;
    }
    Optional<AgentHeadedNames.Body> body =
        agentHeadedNames.resolve(sentence, entity, title.countryCode(), context.country);
    if (body.isPresent()) {
      // "Rutgers University", "the Tehran Police": a body the dictionary lacks, whose name says
      // what kind of body it is.
      context.mention(
          context.actors.getOrDefault(body.get().actor().actorKey(), body.get().actor()),
          sentence,
          entity.tokenStart(),
          entity.tokenEnd(),
          cited ? CITED_SOURCE : body.get().method());
      return;
    }
    String key = "UNKNOWN_ORGANIZATION:" + normalize(entity.text()).replace(' ', '_');
    ResolvedActor actor =
        context.actors.getOrDefault(
            key,
            new ResolvedActor(
                key,
                entity.text(),
                "organization",
                title.countryCode(),
                title.role(),
                title.countryCode() == null
                    ? null
                    : title.countryCode()
                        + (title.role() == null ? "" : RoleNouns.sector(title.role())),
                List.of(entity.text()),
                false,
                sentence.text()));
    context.mention(
        actor, sentence, entity.tokenStart(), entity.tokenEnd(), cited ? CITED_SOURCE : "unknown");
  }

  /**
   * A misspelt or re-transliterated name ("Annalyna Baerbock", "Baerboks") is the person already in
   * the article, or in the dictionary, whose surname is at most one or two edits away, provided the
   * first names agree too.
   */
  private Optional<ResolvedActor> fuzzyPerson(
      String fullName,
      boolean single,
      PersonDescriptions.Description description,
      ArticleContext context) {
    String[] parts = normalize(fullName).split(" ");
    String surname = parts[parts.length - 1];
    if (surname.length() < 5) {
      return Optional.empty();
    }
    ResolvedActor best = null;
    for (ResolvedActor candidate : context.actors.values()) {
      if (!candidate.actorType().equals("person")) {
        continue;
      }
      String[] candidateParts = normalize(candidate.name()).split(" ");
      String candidateSurname = candidateParts[candidateParts.length - 1];
      int allowed = surname.length() >= 8 ? 2 : 1;
      if (EditDistance.atMost(surname, candidateSurname, allowed)
          && (single
              || candidateParts.length == 1
              || firstNamesAgree(parts[0], candidateParts[0]))) {
        if (best != null && !best.actorKey().equals(candidate.actorKey())) {
          return Optional.empty();
        }
        best = candidate;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    List<ActorLookup.Known> namesakes = new ArrayList<>();
    for (ActorLookup.Known known : dictionary.personsWithSurname(surname)) {
      String[] knownParts = normalize(known.name()).split(" ");
      if (single || firstNamesAgree(parts[0], knownParts[0])) {
        namesakes.add(known);
      }
    }
    if (single) {
      // A bare name is a dictionary person's only when something confirms it: an office held that
      // day, or a title of the same country ("the Russian Deputy Minister of Defence Fomin").
      namesakes.removeIf(
          known ->
              !holdsOfficeOn(known, context.date)
                  && (description.countryCode() == null
                      || !description.countryCode().equals(known.countryCode())));
    }
    // A bare surname is taken only when one namesake held office on the day; otherwise it stays
    // unresolved.
    return namesakes.size() == 1
        ? Optional.of(fromDictionary(namesakes.get(0), context.date))
        : Optional.empty();
  }

  /**
   * The CAMEO code a dictionary actor held on the day, when the dictionary dates its roles (Blinken
   * is USAGOV from 2021-01-26); empty for an actor it does not date, whose code does not change
   * with the day.
   */
  public Optional<String> datedCodeOn(String actorKey, LocalDate date) {
    if (date == null) {
      return Optional.empty();
    }
    return dictionary
        .codeOn(actorKey, date)
        .filter(code -> code.validFrom() != null || code.validTo() != null)
        .map(ActorLookup.Code::cameoCode);
  }

  private boolean holdsOfficeOn(ActorLookup.Known known, LocalDate date) {
    return date != null
        && dictionary
            .codeOn(known.key(), date)
            .filter(code -> code.validFrom() != null || code.validTo() != null)
            .isPresent();
  }

  private static boolean firstNamesAgree(String a, String b) {
    return !a.isEmpty()
        && !b.isEmpty()
        && a.charAt(0) == b.charAt(0)
        && EditDistance.atMost(a, b, Math.max(1, Math.min(a.length(), b.length()) / 3));
  }

  private ResolvedActor fromDictionary(ActorLookup.Known known, LocalDate date) {
    Optional<ActorLookup.Code> code = dictionary.codeOn(known.key(), date);
    return new ResolvedActor(
        known.key(),
        known.name(),
        known.actorType(),
        known.countryCode(),
        code.map(ActorLookup.Code::role).orElse(null),
        code.map(ActorLookup.Code::cameoCode).orElse(known.countryCode()),
        known.aliases(),
        true,
        null);
  }

  private ResolvedActor sectorActor(ActorLookup.Known country, String agentRole, LocalDate date) {
    // A compound agent code names its most specific sector last (GOVMIL, the defence ministry, is
    // military):
    // "the Belarusian Ministry of Defense" is BLRMIL, as analysts and GDELT read it.
    String role = agentRole.length() > 3 ? agentRole.substring(agentRole.length() - 3) : agentRole;
    String countryCode = country.countryCode();
    String key = countryCode + "_" + role;
    return new ResolvedActor(
        key,
        country.name() + " (" + role + ")",
        ActorType.SECTOR.code(),
        countryCode,
        role,
        countryCode + role,
        List.of(),
        true,
        null);
  }

  /**
   * An agent phrase right after a country name: "troops", "Ministry of Defense", "foreign
   * ministry".
   */
  private record AgentPhrase(String role, int end) {}

  private Optional<AgentPhrase> agentAfter(Sentence sentence, int start) {
    List<Token> tokens = sentence.tokens();
    for (int n = Math.min(4, tokens.size() - start); n >= 1; n--) {
      String phrase = TokenSpans.span(sentence, start, start + n).toLowerCase(Locale.ROOT);
      Optional<String> role = dictionary.agentRole(phrase);
      if (role.isEmpty()) {
        String lemmas = TokenSpans.lemmas(tokens, start, start + n);
        role = dictionary.agentRole(lemmas);
      }
      if (role.isPresent()) {
        return Optional.of(new AgentPhrase(role.get(), start + n));
      }
    }
    return start < tokens.size()
        ? RoleNouns.counterpartRole(tokens.get(start)).map(role -> new AgentPhrase(role, start + 1))
        : Optional.empty();
  }

  /** Prepositions that tie an agent noun to the country it serves: "soldiers from Gondor". */
  private static final Set<String> AGENT_OF_PLACE_PREPOSITIONS = Set.of("in", "from", "of");

  /**
   * "Soldiers from Gondor", "lawmakers in Fornost and Gondor", "officials of Ukraine": the agent
   * noun the country's phrase modifies names the sector. The mention stays on the country's words,
   * so that each of several coordinated countries gets its own.
   */
  private Optional<String> agentRoleBefore(Sentence sentence, int start, int end) {
    Dependency phrase = ClauseRoles.phraseOf(sentence, start, end);
    if (phrase == null
        || !phrase.relation().equals("nmod")
        || !AGENT_OF_PLACE_PREPOSITIONS.contains(
            ClauseRoles.caseWord(sentence, phrase.dependent()))) {
      return Optional.empty();
    }
    Token agent = sentence.tokens().get(phrase.governor());
    String lemma = agent.lemma().toLowerCase(Locale.ROOT);
    if (agent.pos().startsWith("NNP")
        && ClauseRoles.caseWord(sentence, phrase.dependent()).equals("of")) {
      // "The Federal Aviation Office of Germany", "the Supreme Court of India": a body named
      // after its country.
      return dictionary.agentRole(lemma).or(() -> RoleNouns.stateBodyRole(lemma));
    }
    if (!agent.pos().equals("NN") && !agent.pos().equals("NNS")) {
      return Optional.empty();
    }
    return dictionary.agentRole(lemma);
  }

  /**
   * "Russian Deputy Defence Minister Alexander Fomin", "U.S. Secretary of State Antony Blinken":
   * the words up to the name are all title words. "Fornost and Gondor welcomed" or "Russia told Joe
   * Biden" are not titles, however close the next person is.
   */
  private boolean isPartOfTitleBeforePerson(Sentence sentence, int end) {
    for (EntityMention entity : sentence.entities()) {
      if (entity.type().equals("PERSON")
          && entity.tokenStart() >= end
          && entity.tokenStart() - end <= TITLE_WINDOW
          && onlyTitleWordsBetween(sentence.tokens(), end, entity.tokenStart())) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyTitleWordsBetween(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      boolean titleWord =
          TokenSpans.isDescriptionWord(token)
              // "US Special Representative for Iran Brian Hook"
              || PersonDescriptions.opensTheOfficeObject(tokens, i);
      if (!titleWord) {
        return false;
      }
    }
    return true;
  }

  /**
   * "according to CNN", "CNN reported", "told the BBC": an outlet cited for information is not an
   * actor.
   */
  static boolean isCitedAsInformationSource(Sentence sentence, int start) {
    String before =
        sentence
            .text()
            .substring(0, sentence.tokens().get(start).charStart() - sentence.charStart())
            .toLowerCase(Locale.ROOT);
    return CITED_SOURCE_CUE.matcher(before).find();
  }

  private static final java.util.regex.Pattern ADDRESSED_CUE =
      java.util.regex.Pattern.compile("(?:told|speaking to)(?: the)? $");

  /** Whether the name follows "told" or "speaking to": the one addressed. */
  private static boolean isAddressedBy(Sentence sentence, int start) {
    String before =
        sentence
            .text()
            .substring(0, sentence.tokens().get(start).charStart() - sentence.charStart())
            .toLowerCase(Locale.ROOT);
    return ADDRESSED_CUE.matcher(before).find();
  }

  private ActorLookup.Known preferByNer(
      List<ActorLookup.Known> matches, Sentence sentence, int start, int end) {
    // Several dictionary entries can share an alias (the Phoenix file lists "Iraq" under
    // IRAQI_KURDISTAN too); the entry named exactly by the alias is the one meant.
    if (matches.size() > 1) {
      String asKey =
          normalize(TokenSpans.span(sentence, start, end))
              .toUpperCase(Locale.ROOT)
              .replace(' ', '_');
      for (ActorLookup.Known known : matches) {
        if (known.key().equals(asKey)) {
          return known;
        }
      }
    }
    String nerType = sentence.tokens().get(start).ner();
    String wanted =
        "PERSON".equals(nerType) ? "person" : "LOCATION".equals(nerType) ? "country" : null;
    if (wanted != null) {
      for (ActorLookup.Known known : matches) {
        if (known.actorType().equals(wanted)) {
          return known;
        }
      }
    }
    return matches.get(0);
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
