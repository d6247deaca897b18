package org.newsevents.actors;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.Dependency;
import org.newsevents.nlp.EntityMention;
import org.newsevents.nlp.Sentence;
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
   * Relations through which a place-like name (country, capital, seat) takes part in the action.
   */
  private static final Set<String> ACTING_RELATIONS =
      Set.of(
          "nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "nmod:poss", "appos", "root", "csubj");

  /** Prepositions that make an oblique a participant ("talks with Russia") rather than a place. */
  private static final Set<String> PARTICIPANT_PREPOSITIONS =
      Set.of("with", "against", "by", "from", "between", "toward", "towards", "to");

  /**
   * Prepositions that make a participant only after a verb: "imposed sanctions on Russia", "called
   * on Moscow"; after a noun they give the topic ("talks on Ukraine").
   */
  private static final Set<String> VERB_PARTICIPANT_PREPOSITIONS = Set.of("on", "upon");

  /**
   * Words right before a name that make it a source of information rather than a party to the
   * action.
   */
  private static final java.util.regex.Pattern CITED_SOURCE_CUE =
      java.util.regex.Pattern.compile(
          "(?:according to|told|speaking to|in an interview with|quoted by|reported by|cited by|citing)(?: the)? $");

  private static final Set<String> HONORIFICS =
      Set.of("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.");

  /**
   * How far before a name titles ("Russian Deputy Defence Minister") are read for country and role.
   */
  private static final int TITLE_WINDOW = 5;

  /** Personal pronouns that can stand for a person named before, as the event coder reads them. */
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

  private final ActorLookup dictionary;
  private final RoleNouns roleNouns;
  private final PersonDescriptions descriptions;

  public ActorResolver(ActorLookup dictionary) {
    this.dictionary = dictionary;
    this.roleNouns = new RoleNouns(dictionary);
    this.descriptions = new PersonDescriptions(dictionary);
  }

  /** The mentions found in one article and the actors they point to, keyed by actor key. */
  public record Result(List<ActorMention> mentions, Map<String, ResolvedActor> actors) {}

  public Result resolve(AnnotatedArticle article, LocalDate articleDate) {
    ArticleContext context =
        new ArticleContext(article.articleId(), articleDate, mostNamedCountry(article));
    for (Sentence sentence : article.sentences()) {
      if (sentence.deep()) {
        resolveSentence(sentence, context);
      } else {
        // Triage keeps most sentences from NER and the parser, but dictionary names need only
        // tokens: they still count as mentions, and a full name read here resolves a later surname.
        scanDictionary(sentence, context, new boolean[sentence.tokens().size()]);
      }
    }
    context.describeUnknownPersons();
    return new Result(context.mentions, context.actors);
  }

  /**
   * The country the article names most often (first named wins a tie): whose government "the
   * government" and "the court" are when the phrase does not say. Null when it names none.
   */
  private String mostNamedCountry(AnnotatedArticle article) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Sentence sentence : article.sentences()) {
      int i = 0;
      while (i < sentence.tokens().size()) {
        AliasMatch match = longestAliasAt(sentence, i);
        if (match == null) {
          i++;
          continue;
        }
        // Countries, seats and the persons and bodies of a country ("Obama", "the U.S. Senate")
        // all say what country the article is about.
        String country =
            match.seat().isPresent()
                ? dictionary
                    .byKey(match.seat().get().actorKey())
                    .map(ActorLookup.Known::countryCode)
                    .orElse(null)
                : match.known().get(0).countryCode();
        if (country != null && !country.isBlank()) {
          counts.merge(country, 1, Integer::sum);
        }
        i = match.end();
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (best == null || entry.getValue() > counts.get(best)) {
        best = entry.getKey();
      }
    }
    return best;
  }

  /** What the article has established so far: the actors seen and their surnames. */
  private final class ArticleContext {
    final String articleId;
    final LocalDate date;
    final String country;
    final List<ActorMention> mentions = new ArrayList<>();
    final Map<String, ResolvedActor> actors = new LinkedHashMap<>();

    /**
     * Normalised surname to the persons of the article who carry it (two entries means ambiguous).
     */
    final Map<String, List<String>> surnames = new HashMap<>();

    /** What titles and appositions anywhere in the article say of each unknown person. */
    final Map<String, PersonDescriptions.Description> described = new HashMap<>();

    ArticleContext(String articleId, LocalDate date, String country) {
      this.articleId = articleId;
      this.date = date;
      this.country = country;
    }

    void describe(String actorKey, PersonDescriptions.Description description) {
      described.merge(actorKey, description, PersonDescriptions.Description::orElse);
    }

    /**
     * Article-level memory: a title or apposition given to an unknown person anywhere in the
     * article codes every mention of them, the surname-only ones included.
     */
    void describeUnknownPersons() {
      for (Map.Entry<String, PersonDescriptions.Description> entry : described.entrySet()) {
        ResolvedActor actor = actors.get(entry.getKey());
        PersonDescriptions.Description description = entry.getValue();
        if (actor == null || actor.known()) {
          continue;
        }
        String role = description.role() == null ? null : RoleNouns.sector(description.role());
        // An office of a state without the state's name ("Elaine Vance, the Secretary of
        // Transportation") is the article's country's, as "the Secretary of Transportation" is.
        String countryCode =
            description.countryCode() != null
                ? description.countryCode()
                : role == null ? null : RoleNouns.countryFor(role, country);
        if (countryCode == null || countryCode.equals("---")) {
          continue;
        }
        String code = countryCode + (role == null ? "" : role);
        if (code.equals(actor.cameoCode())) {
          continue;
        }
        actors.put(
            actor.actorKey(),
            new ResolvedActor(
                actor.actorKey(),
                actor.name(),
                actor.actorType(),
                countryCode,
                role,
                code,
                actor.aliases(),
                false,
                actor.evidence()));
        mentions.replaceAll(
            mention ->
                mention.actorKey().equals(actor.actorKey())
                    ? new ActorMention(
                        mention.articleId(),
                        mention.actorKey(),
                        mention.sentenceNo(),
                        mention.charStart(),
                        mention.charEnd(),
                        mention.surface(),
                        code,
                        mention.method())
                    : mention);
      }
    }

    void mention(
        ResolvedActor actor, Sentence sentence, int tokenStart, int tokenEnd, String method) {
      actors.putIfAbsent(actor.actorKey(), actor);
      Token first = sentence.tokens().get(tokenStart);
      Token last = sentence.tokens().get(tokenEnd - 1);
      String surface =
          sentence
              .text()
              .substring(
                  first.charStart() - sentence.charStart(), last.charEnd() - sentence.charStart());
      mentions.add(
          new ActorMention(
              articleId,
              actor.actorKey(),
              sentence.sentenceNo(),
              first.charStart(),
              last.charEnd(),
              surface,
              actor.cameoCode(),
              method));
      if ("person".equals(actor.actorType())) {
        String surname = normalize(last.word());
        List<String> holders = surnames.computeIfAbsent(surname, s -> new ArrayList<>());
        if (!holders.contains(actor.actorKey())) {
          holders.add(actor.actorKey());
        }
      }
    }
  }

  private void resolveSentence(Sentence sentence, ArticleContext context) {
    List<Token> tokens = sentence.tokens();
    boolean[] covered = new boolean[tokens.size()];
    scanDictionary(sentence, context, covered);
    for (EntityMention entity : sentence.entities()) {
      if (overlaps(covered, entity.tokenStart(), entity.tokenEnd())) {
        continue;
      }
      switch (entity.type()) {
        case "PERSON" -> resolvePerson(sentence, entity, context);
        case "ORGANIZATION" -> resolveOrganization(sentence, entity, context);
        default -> {
          // LOCATION and MISC names the dictionary does not know are places or adjectives, not
          // actors.
        }
      }
      mark(covered, entity.tokenStart(), entity.tokenEnd());
    }
    for (RoleNouns.Found phrase : roleNouns.find(sentence, covered)) {
      context.mention(
          roleActor(phrase.role(), context.country), sentence, phrase.start(), phrase.end(), "role-noun");
      mark(covered, phrase.start(), phrase.end());
    }
  }

  /** "The court", "police", "protesters": a role with the article's country or none. */
  private ResolvedActor roleActor(String agentRole, String articleCountry) {
    String role = RoleNouns.sector(agentRole);
    String country = RoleNouns.countryFor(agentRole, articleCountry);
    Optional<ActorLookup.Known> known =
        country.equals("---") ? Optional.empty() : dictionary.byKey(country);
    if (known.isEmpty()) {
      known = dictionary.byAlias(country).stream().filter(k -> k.actorType().equals("country")).findFirst();
    }
    String key = country + "_" + role;
    return new ResolvedActor(
        key,
        (known.isPresent() ? known.get().name() : country) + " (" + role + ")",
        "organization",
        country.equals("---") ? null : country,
        role,
        country + role,
        List.of(),
        !country.equals("---"),
        null);
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
      if (match.seat().isPresent()) {
        resolveSeat(match.seat().get(), sentence, i, match.end(), context);
      } else {
        resolveKnown(
            preferByNer(match.known(), sentence, i, match.end()),
            sentence,
            i,
            match.end(),
            context);
      }
      mark(covered, i, match.end());
      i = match.end();
    }
  }

  /**
   * Whether the sentence names a dictionary actor or a seat of government, as the resolver would
   * read it: what sentence triage asks before sending a sentence to the expensive annotators. Needs
   * only tokens, so it works on a sentence that has not been deeply annotated.
   */
  public boolean namesKnownActor(Sentence sentence) {
    for (int i = 0; i < sentence.tokens().size(); i++) {
      Token token = sentence.tokens().get(i);
      if (longestAliasAt(sentence, i) != null
          // A known person named by surname alone ("Pelosi said") resolves only once NER has
          // called it a person.
          || (token.pos().startsWith("NNP")
              && !dictionary.personsWithSurname(normalize(token.word())).isEmpty())
          // "He said": the event coder gives the pronoun the person named before.
          || (token.pos().equals("PRP")
              && PERSON_PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT)))
          || namesAnActorByItsVerb(sentence, i)) {
        return true;
      }
    }
    return roleNouns.mayName(sentence);
  }

  /**
   * "McArthur pleaded guilty", "Negron served": a proper noun right before a finite verb is a name
   * acting, known to the dictionary or not; NER and the parser decide what it is.
   */
  private static boolean namesAnActorByItsVerb(Sentence sentence, int i) {
    List<Token> tokens = sentence.tokens();
    if (i + 1 >= tokens.size() || !tokens.get(i).pos().startsWith("NNP")) {
      return false;
    }
    String next = tokens.get(i + 1).pos();
    return next.equals("VBD") || next.equals("VBZ") || next.equals("VBP") || next.equals("MD");
  }

  /** The dictionary entries (or the seat) named by the longest alias starting at a token. */
  private record AliasMatch(
      int end, List<ActorLookup.Known> known, Optional<ActorLookup.Seat> seat) {}

  /** Null when no alias starts at the token. */
  private AliasMatch longestAliasAt(Sentence sentence, int i) {
    List<Token> tokens = sentence.tokens();
    if (!startsUpperCase(tokens.get(i).word())) {
      return null;
    }
    for (int n = Math.min(dictionary.maxAliasTokens(), tokens.size() - i); n >= 1; n--) {
      if (!hasLetterOrDigit(tokens.get(i + n - 1).word())) {
        continue; // the normaliser drops punctuation, so "Lukashenko ," would match too and keep
        // the comma
      }
      String text = span(sentence, i, i + n);
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
    if (isCitedAsInformationSource(sentence, start)) {
      return;
    }
    if (known.actorType().equals("person")
        || known.actorType().equals("organization")
        || known.actorType().equals("igo")
        || known.actorType().equals("group")) {
      context.mention(fromDictionary(known, context.date), sentence, start, end, "alias");
      return;
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
    if (acts(sentence, start, end)) {
      context.mention(fromDictionary(known, context.date), sentence, start, end, "alias");
    }
  }

  /** "Moscow denies", "the Kremlin expects": a capital or seat acting stands for its government. */
  private void resolveSeat(
      ActorLookup.Seat seat, Sentence sentence, int start, int end, ArticleContext context) {
    Optional<ActorLookup.Known> country = dictionary.byKey(seat.actorKey());
    if (country.isEmpty()
        || (!acts(sentence, start, end) && agentRoleBefore(sentence, start, end).isEmpty())) {
      return;
    }
    String role = seat.cameoCode().length() > 3 ? seat.cameoCode().substring(3) : "GOV";
    role = agentRoleBefore(sentence, start, end).orElse(role);
    context.mention(sectorActor(country.get(), role, context.date), sentence, start, end, "seat");
  }

  private void resolvePerson(Sentence sentence, EntityMention entity, ArticleContext context) {
    List<Token> tokens = sentence.tokens();
    String fullName = entity.text();
    String surname = normalize(tokens.get(entity.tokenEnd() - 1).word());
    boolean single = entity.tokenEnd() - entity.tokenStart() == 1;
    boolean honorific =
        entity.tokenStart() > 0
            && HONORIFICS.contains(
                tokens.get(entity.tokenStart() - 1).word().toLowerCase(Locale.ROOT));
    List<String> holders = context.surnames.getOrDefault(surname, List.of());
    PersonDescriptions.Description description =
        descriptions
            .title(sentence, entity.tokenStart())
            .orElse(descriptions.apposition(sentence, entity.tokenEnd()));
    Optional<ResolvedActor> organization =
        single ? organizationNamedFirst(surname, context) : Optional.empty();
    if (organization.isPresent()) {
      // "Mahan" after "Mahan Air": the short name of an organisation of the article, not a person.
      context.mention(
          organization.get(), sentence, entity.tokenStart(), entity.tokenEnd(), "short-name");
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
    Optional<ResolvedActor> fuzzy = fuzzyPerson(fullName, single, context);
    if (fuzzy.isPresent()) {
      context.mention(fuzzy.get(), sentence, entity.tokenStart(), entity.tokenEnd(), "fuzzy");
      return;
    }
    if (single && holders.size() > 1) {
      return; // "Biden" after both Joe and Hunter Biden: ambiguous, better no actor than the wrong
      // one.
    }
    String key = "UNKNOWN_PERSON:" + normalize(fullName).replace(' ', '_');
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
    context.mention(actor, sentence, entity.tokenStart(), entity.tokenEnd(), "unknown");
  }

  /** The one organisation of the article whose name starts with this word, if only one does. */
  private static Optional<ResolvedActor> organizationNamedFirst(String word, ArticleContext context) {
    ResolvedActor found = null;
    for (ResolvedActor actor : context.actors.values()) {
      if (actor.actorType().equals("organization")
          && normalize(actor.name()).startsWith(word + " ")) {
        if (found != null) {
          return Optional.empty();
        }
        found = actor;
      }
    }
    return Optional.ofNullable(found);
  }

  private void resolveOrganization(
      Sentence sentence, EntityMention entity, ArticleContext context) {
    if (isCitedAsInformationSource(sentence, entity.tokenStart())) {
      return;
    }
    PersonDescriptions.Description title = descriptions.title(sentence, entity.tokenStart());
    Optional<String> agentRole =
        dictionary.agentRole(lemmas(sentence.tokens(), entity.tokenStart(), entity.tokenEnd()));
    if (agentRole.isEmpty()) {
      agentRole = dictionary.agentRole(entity.text().toLowerCase(Locale.ROOT));
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
      } else if (acts(sentence, entity.tokenStart(), entity.tokenEnd())) {
        context.mention(
            roleActor(agentRole.get(), context.country),
            sentence,
            entity.tokenStart(),
            entity.tokenEnd(),
            "role-noun");
      }
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
    context.mention(actor, sentence, entity.tokenStart(), entity.tokenEnd(), "unknown");
  }

  /**
   * A misspelt or re-transliterated name ("Annalyna Baerbock", "Baerboks") is the person already in
   * the article, or in the dictionary, whose surname is at most one or two edits away, provided the
   * first names agree too.
   */
  private Optional<ResolvedActor> fuzzyPerson(
      String fullName, boolean single, ArticleContext context) {
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
      // Nothing in the article confirms a bare name as a dictionary person's unless they held an
      // office that day: "Hosni" alone is not the culture minister Farouk Hosni.
      namesakes.removeIf(known -> !holdsOfficeOn(known, context.date));
    }
    // A bare surname is taken only when one namesake held office on the day; otherwise it stays
    // unresolved.
    return namesakes.size() == 1
        ? Optional.of(fromDictionary(namesakes.get(0), context.date))
        : Optional.empty();
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
        "organization",
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
      String phrase = span(sentence, start, start + n).toLowerCase(Locale.ROOT);
      Optional<String> role = dictionary.agentRole(phrase);
      if (role.isEmpty()) {
        String lemmas = lemmas(tokens, start, start + n);
        role = dictionary.agentRole(lemmas);
      }
      if (role.isPresent()) {
        return Optional.of(new AgentPhrase(role.get(), start + n));
      }
    }
    return Optional.empty();
  }

  /** Prepositions that tie an agent noun to the country it serves: "soldiers from Gondor". */
  private static final Set<String> AGENT_OF_PLACE_PREPOSITIONS = Set.of("in", "from", "of");

  /**
   * "Soldiers from Gondor", "lawmakers in Fornost and Gondor", "officials of Ukraine": the agent
   * noun the country's phrase modifies names the sector. The mention stays on the country's words,
   * so that each of several coordinated countries gets its own.
   */
  private Optional<String> agentRoleBefore(Sentence sentence, int start, int end) {
    Dependency phrase = phraseOf(sentence, start, end);
    if (phrase == null
        || !phrase.relation().equals("nmod")
        || !AGENT_OF_PLACE_PREPOSITIONS.contains(caseWord(sentence, phrase.dependent()))) {
      return Optional.empty();
    }
    Token agent = sentence.tokens().get(phrase.governor());
    if (!agent.pos().equals("NN") && !agent.pos().equals("NNS")) {
      return Optional.empty();
    }
    return dictionary.agentRole(agent.lemma().toLowerCase(Locale.ROOT));
  }

  private static String caseWord(Sentence sentence, int token) {
    for (Dependency dependency : sentence.dependencies()) {
      if (dependency.governor() == token && dependency.relation().equals("case")) {
        return sentence.tokens().get(dependency.dependent()).word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
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
      String pos = token.pos();
      boolean titleWord =
          pos.startsWith("NN")
              || pos.startsWith("JJ")
              || pos.equals("HYPH")
              || pos.equals("POS")
              || pos.equals("DT")
              || (pos.equals("IN") && token.word().equalsIgnoreCase("of"));
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
  private static boolean isCitedAsInformationSource(Sentence sentence, int start) {
    String before =
        sentence
            .text()
            .substring(0, sentence.tokens().get(start).charStart() - sentence.charStart())
            .toLowerCase(Locale.ROOT);
    return CITED_SOURCE_CUE.matcher(before).find();
  }

  /**
   * Whether a place-like span takes part in the action, judged by its head token's dependency
   * relation.
   */
  static boolean acts(Sentence sentence, int start, int end) {
    Dependency phrase = phraseOf(sentence, start, end);
    if (phrase == null) {
      return false;
    }
    String relation = phrase.relation();
    if (ACTING_RELATIONS.contains(relation)) {
      return true;
    }
    if (relation.startsWith("obl") || relation.startsWith("nmod")) {
      String preposition = caseWord(sentence, phrase.dependent());
      return PARTICIPANT_PREPOSITIONS.contains(preposition)
          || (VERB_PARTICIPANT_PREPOSITIONS.contains(preposition) && relation.startsWith("obl"))
          || (preposition.equals("at") && aimedAt(sentence, phrase));
    }
    return false;
  }

  /**
   * The dependency that ties a span into its sentence; for a conjunct, that of the first conjunct,
   * as "between Eriador and Osgiliath" takes part as "between Eriador" does. Null when there is
   * none.
   */
  private static Dependency phraseOf(Sentence sentence, int start, int end) {
    Dependency head = headOf(sentence, start, end);
    if (head != null && head.relation().equals("conj")) {
      return relationOf(sentence, head.governor());
    }
    return head;
  }

  /**
   * "fired two shells at Seoul", "threw stones at the embassy": "at" after a verb with an object
   * names what the object was aimed at; "met at the Kremlin" or "in talks at Geneva" stay places.
   */
  private static boolean aimedAt(Sentence sentence, Dependency phrase) {
    if (!phrase.relation().equals("obl")) {
      return false;
    }
    for (Dependency dependency : sentence.dependencies()) {
      if (dependency.governor() == phrase.governor() && dependency.relation().equals("obj")) {
        return true;
      }
    }
    return false;
  }

  static Dependency headOf(Sentence sentence, int start, int end) {
    for (Dependency dependency : sentence.dependencies()) {
      int dependent = dependency.dependent();
      if (dependent >= start
          && dependent < end
          && (dependency.governor() < start || dependency.governor() >= end)) {
        return dependency;
      }
    }
    return null;
  }

  private static Dependency relationOf(Sentence sentence, int token) {
    for (Dependency dependency : sentence.dependencies()) {
      if (dependency.dependent() == token) {
        return dependency;
      }
    }
    return null;
  }

  private ActorLookup.Known preferByNer(
      List<ActorLookup.Known> matches, Sentence sentence, int start, int end) {
    // Several dictionary entries can share an alias (the Phoenix file lists "Iraq" under
    // IRAQI_KURDISTAN too); the entry named exactly by the alias is the one meant.
    if (matches.size() > 1) {
      String asKey =
          normalize(span(sentence, start, end)).toUpperCase(Locale.ROOT).replace(' ', '_');
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

  static String span(Sentence sentence, int start, int end) {
    Token first = sentence.tokens().get(start);
    Token last = sentence.tokens().get(end - 1);
    return sentence
        .text()
        .substring(first.charStart() - sentence.charStart(), last.charEnd() - sentence.charStart());
  }

  static String lemmas(List<Token> tokens, int start, int end) {
    StringBuilder text = new StringBuilder();
    for (int i = start; i < end; i++) {
      text.append(i == start ? "" : " ")
          .append(tokens.get(i).lemma() == null ? tokens.get(i).word() : tokens.get(i).lemma());
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean overlaps(boolean[] covered, int start, int end) {
    for (int i = start; i < end; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] covered, int start, int end) {
    for (int i = start; i < end; i++) {
      covered[i] = true;
    }
  }

  private static boolean hasLetterOrDigit(String word) {
    return word.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static boolean startsUpperCase(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
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
