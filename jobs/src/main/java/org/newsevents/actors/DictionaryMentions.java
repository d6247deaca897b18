package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.Dependency;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * The dictionary route: a greedy scan of a sentence for the dictionary's names (longest alias
 * first), and what each name stands for where it stands. A person or a body is an actor wherever it
 * is named; a country is one only where it acts ("Russia denies"), where an agent noun makes it a
 * sector ("Russian troops", "officials of Ukraine"), or where its people are meant ("US
 * personnel"); a seat of government ("Moscow", "the Kremlin") only where it acts, as its
 * government; countries joined by a hyphen or a slash are the parties or the leader of what follows
 * ("the Turkish-Libyan agreement", "the US-led coalition"). Needs only tokens for the names, and
 * the parse, where there is one, for whether a country acts.
 */
final class DictionaryMentions {
  /** Prepositions that tie an agent noun to the country it serves: "soldiers from Gondor". */
  private static final Set<String> AGENT_OF_PLACE_PREPOSITIONS = Set.of("in", "from", "of");

  private final ActorLookup dictionary;
  private final AliasScan aliases;
  private final DictionaryActors actors;
  private final PersonDescriptions descriptions;
  private final AgentHeadedNames agentHeadedNames;
  private final CountryCompounds compounds;

  DictionaryMentions(
      ActorLookup dictionary,
      AliasScan aliases,
      DictionaryActors actors,
      PersonDescriptions descriptions,
      AgentHeadedNames agentHeadedNames) {
    this.dictionary = dictionary;
    this.aliases = aliases;
    this.actors = actors;
    this.descriptions = descriptions;
    this.agentHeadedNames = agentHeadedNames;
    this.compounds = new CountryCompounds(dictionary, aliases::longestAt);
  }

  /** Greedy longest-alias scan over capitalised token windows; marks what it mentions covered. */
  void scan(Sentence sentence, ArticleContext context, boolean[] covered) {
    int i = 0;
    while (i < sentence.tokens().size()) {
      AliasMatch match = aliases.longestAt(sentence, i);
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
      } else if (SpanFilters.isACountryEndingAnotherPlace(sentence, i, match)) {
        // "New Mexico", "New South Wales": a country's name ending another place's name.
      } else if (match.seat().isPresent()) {
        resolveSeat(match.seat().get(), sentence, i, match.end(), context);
      } else {
        ActorLookup.Known known = AliasScan.preferByNer(match.known(), sentence, i, match.end());
        if (known.actorType().equals("person")
            && SpanFilters.opensALongerPersonName(sentence, i, match.end())) {
          i = match.end(); // another person's given name: NER's whole name is resolved later
          continue;
        }
        resolveKnown(known, sentence, i, match.end(), context);
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
          && !SpanFilters.insideALongerOrganisation(sentence, i, match.end())) {
        // "The Tehran Police arrested": a body named after a place that is no actor of its own;
        // inside a longer name NER calls an organisation, that name is the body's.
        agentHeadedNames.mentionNamedAfterPlace(
            sentence, i, match.end(), agentHeadedNames.countryOf(match), context, covered);
      }
      if (context.mentions.size() > mentionsBefore
          || !SpanFilters.insideALongerOrganisation(sentence, i, match.end())) {
        // "an Iraqi police officer": the mention runs over the agent noun after the country, which
        // no later rule may read again (an implied victim "officer" took it, IRQCVL).
        TokenSpans.mark(covered, i, mentionedUpTo(sentence, context, mentionsBefore, match.end()));
      }
      i = match.end();
    }
  }

  /**
   * The token after the last one the mentions added since {@code from} cover, at least {@code end}.
   */
  private static int mentionedUpTo(Sentence sentence, ArticleContext context, int from, int end) {
    int upTo = end;
    for (int m = from; m < context.mentions.size(); m++) {
      if (!"demonym-agent".equals(context.mentions.get(m).method())) {
        continue; // only a country's agent phrase ("Iraqi police officer") runs past the name
      }
      int charEnd = context.mentions.get(m).charEnd();
      for (Token token : sentence.tokens()) {
        if (token.charEnd() <= charEnd) {
          upTo = Math.max(upTo, token.index() + 1);
        }
      }
    }
    return upTo;
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
              ? actors.fromDictionary(leader.country(), context.date)
              : DictionaryActors.sectorActor(leader.country(), compound.ledRole());
      context.mention(
          actor, sentence, leader.start(), compound.end(), CountryCompounds.LED_COMPOUND);
      return;
    }
    for (CountryCompounds.Part part : compound.parts()) {
      context.mention(
          actors.fromDictionary(part.country(), context.date),
          sentence,
          part.start(),
          part.end(),
          CountryCompounds.PARTY_COMPOUND);
    }
  }

  private void resolveKnown(
      ActorLookup.Known known, Sentence sentence, int start, int end, ArticleContext context) {
    // "told Netanyahu": a person after "told" is the one addressed (010 to them), not an outlet
    // the words were given to, as "told the BBC" is.
    boolean cited =
        SpanFilters.isCitedAsInformationSource(sentence, start)
            && !(known.actorType().equals("person") && SpanFilters.isAddressedBy(sentence, start));
    if (known.actorType().equals("person")
        || known.actorType().equals("organization")
        || known.actorType().equals("igo")
        || known.actorType().equals("group")) {
      context.mention(
          descriptions.asTitled(
              actors.fromDictionary(known, context.date),
              sentence,
              SpanFilters.startOfThePersonNameAround(sentence, start, end)),
          sentence,
          start,
          end,
          cited ? ActorResolver.CITED_SOURCE : "alias");
      return;
    }
    if (cited) {
      return; // "according to Russia": a country cited is no place and no party to the action
    }
    // A country: with an agent noun after it, it is that country's sector ("Russian troops",
    // "Belarusian Ministry of Defense"); in a title before a name it only tells the person's
    // nationality; otherwise it acts only through an acting relation.
    Optional<AgentPhrase> agent = agentAfter(sentence, end);
    if (agent.isEmpty()
        && end < sentence.tokens().size()
        && sentence.tokens().get(end).pos().equals("POS")) {
      agent = agentAfter(sentence, end + 1); // "Ukraine's president", "Russia's troops"
    }
    if (SpanFilters.isPartOfTitleBeforePerson(sentence, agent.map(AgentPhrase::end).orElse(end))) {
      return;
    }
    if (agent.isPresent()) {
      ResolvedActor sector = DictionaryActors.sectorActor(known, agent.get().role());
      context.mention(sector, sentence, start, agent.get().end(), "demonym-agent");
      return;
    }
    Optional<String> roleBefore = agentRoleBefore(sentence, start, end);
    if (roleBefore.isPresent()) {
      context.mention(
          DictionaryActors.sectorActor(known, roleBefore.get()),
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
          actors.fromDictionary(known, context.date), sentence, start, end + 1, "demonym-agent");
      return;
    }
    if (ClauseRoles.acts(sentence, start, end)) {
      ResolvedActor actor =
          RoleNouns.namesAPeople(sentence, start, end)
              ? DictionaryActors.sectorActor(known, "CVL")
              : actors.fromDictionary(known, context.date);
      context.mention(actor, sentence, start, end, "alias");
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
    context.mention(
        DictionaryActors.sectorActor(country.get(), role),
        sentence,
        start,
        end,
        ActorResolver.SEAT);
  }

  /**
   * An agent phrase right after a country name: "troops", "Ministry of Defense", "foreign
   * ministry".
   */
  private record AgentPhrase(String role, int end) {}

  private Optional<AgentPhrase> agentAfter(Sentence sentence, int start) {
    List<Token> tokens = sentence.tokens();
    if (start < tokens.size() && PHRASE_ENDS.contains(tokens.get(start).word())) {
      return Optional.empty(); // "In Nigeria, gunmen killed": the comma ends the country's phrase
    }
    for (int n = Math.min(4, tokens.size() - start); n >= 1; n--) {
      if (PHRASE_ENDS.contains(tokens.get(start + n - 1).word())) {
        continue; // "Russia's foreign ministry, an ally of": the comma is no part of the agent
      }
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

  /** Punctuation after a country that ends its phrase: no agent noun after it is its. */
  private static final Set<String> PHRASE_ENDS =
      Set.of(",", ";", ":", "(", ")", "\"", "``", "''", "--", "—", "–");

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
}
