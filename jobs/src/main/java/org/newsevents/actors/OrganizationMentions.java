package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.EntityMention;
import org.newsevents.nlp.Sentence;

/**
 * The route of a name NER calls an organisation the dictionary scan left: the portfolio in an
 * office holder's title ("Defense Secretary Ben Wallace"), a state office named by its agent term
 * ("the Romanian Ministry of Defense", "the Supreme Court"), the short name of a body the article
 * named in full ("Ford"), a body the dictionary lacks whose head noun says what kind it is
 * ("Rutgers University"), else an unknown organisation, with the country and role of the title
 * before it.
 */
final class OrganizationMentions {
  private final ActorLookup dictionary;
  private final PersonDescriptions descriptions;
  private final RoleNouns roleNouns;
  private final AgentHeadedNames agentHeadedNames;

  OrganizationMentions(
      ActorLookup dictionary,
      PersonDescriptions descriptions,
      RoleNouns roleNouns,
      AgentHeadedNames agentHeadedNames) {
    this.dictionary = dictionary;
    this.descriptions = descriptions;
    this.roleNouns = roleNouns;
    this.agentHeadedNames = agentHeadedNames;
  }

  /** Chambers news names by a short, capitalised name alone. */
  private static final Set<String> CHAMBER_SHORT_NAMES = Set.of("House", "Commons");

  private static final String LEGISLATURE = "LEG";

  void resolve(Sentence sentence, EntityMention entity, ArticleContext context) {
    boolean cited = SpanFilters.isCitedAsInformationSource(sentence, entity.tokenStart());
    PersonDescriptions.Description title = descriptions.title(sentence, entity.tokenStart());
    if (!cited && SpanFilters.namesAnOfficeInATitle(sentence, entity)) {
      // "Defense Secretary Ben Wallace", "the Russian Minister of Foreign Affairs": the span is the
      // portfolio of an office holder, not an organisation of its own name. A country in the title
      // makes the holder that country's government.
      if (title.country() != null) {
        context.mention(
            DictionaryActors.sectorActor(
                title.country(), title.role() == null ? "GOV" : title.role()),
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
    if (agentRole.isEmpty()
        && context.country != null
        && CHAMBER_SHORT_NAMES.contains(entity.text())) {
      // "the House passed two articles of impeachment": the short name of a legislature's
      // chamber, of the article's country (none when the article names no country); the agents
      // dictionary cannot list "house", which lower-case is a building.
      agentRole = Optional.of(LEGISLATURE);
    }
    if (agentRole.isPresent() && cited) {
      return; // "according to the Defense Ministry": an office cited, no organisation of its own
    }
    if (agentRole.isPresent()) {
      // "the Romanian Ministry of Defense", "Defense Secretary": an office, not an organisation of
      // its own name.
      if (title.country() != null) {
        context.mention(
            DictionaryActors.sectorActor(title.country(), agentRole.get()),
            sentence,
            entity.tokenStart(),
            entity.tokenEnd(),
            "demonym-agent");
      } else {
        // "a petition to the Supreme Court": a state body named with capitals is an actor of the
        // article wherever it stands, as an organisation of its own name is; the event coder takes
        // it only where it acts.
        context.mention(
            roleNouns.actorNamed(
                agentRole.get(), sentence, entity.tokenStart(), entity.tokenEnd(), context.country),
            sentence,
            entity.tokenStart(),
            entity.tokenEnd(),
            ClauseRoles.acts(sentence, entity.tokenStart(), entity.tokenEnd())
                ? "role-noun"
                : ActorResolver.NAMED_BODY);
      }
      return;
    }
    Optional<ResolvedActor> named =
        entity.tokenEnd() - entity.tokenStart() == 1
            ? context
                .organizationNamedFirst(ActorResolver.normalize(entity.text()))
                .or(() -> BodyHeads.namedBefore(sentence, entity.tokenStart(), context))
            : Optional.empty();
    if (named.isPresent()) {
      // "Ford" after "Ford Motor Company", as a person-tagged "Mahan" after "Mahan Air".
      context.mention(
          named.get(),
          sentence,
          entity.tokenStart(),
          entity.tokenEnd(),
          cited ? ActorResolver.CITED_SOURCE : "short-name");
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
          cited ? ActorResolver.CITED_SOURCE : body.get().method());
      return;
    }
    String key = "UNKNOWN_ORGANIZATION:" + ActorResolver.normalize(entity.text()).replace(' ', '_');
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
        actor,
        sentence,
        entity.tokenStart(),
        entity.tokenEnd(),
        cited ? ActorResolver.CITED_SOURCE : "unknown");
  }
}
