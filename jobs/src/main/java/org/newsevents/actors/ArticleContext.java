package org.newsevents.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/** What the article has established so far: the actors seen and their surnames. */
final class ArticleContext {
  final String articleId;
  final LocalDate date;
  final String country;
  final List<ActorMention> mentions = new ArrayList<>();
  final Map<String, ResolvedActor> actors = new LinkedHashMap<>();

  /**
   * Normalised surname to the persons of the article who carry it (two entries means ambiguous).
   */
  final Map<String, List<String>> surnames = new HashMap<>();

  /** Acronyms the article defined ("the World Health Organisation (WHO)"), to actor keys. */
  final Map<String, String> acronyms = new HashMap<>();

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
   * Article-level memory: a title or apposition given to an unknown person anywhere in the article
   * codes every mention of them, the surname-only ones included.
   */
  void describeUnknownPersons() {
    for (Map.Entry<String, PersonDescriptions.Description> entry : described.entrySet()) {
      ResolvedActor actor = actors.get(entry.getKey());
      PersonDescriptions.Description description = entry.getValue();
      if (actor == null || actor.known()) {
        continue;
      }
      if (description.affiliation() != null) {
        // "FBI Director Tom Hale": the person acts for the organisation and takes its code.
        String code = description.affiliation();
        if (!code.equals(actor.cameoCode())) {
          String countryCode = description.countryCode();
          recode(
              actor,
              countryCode,
              countryCode == null ? null : RoleNouns.sectorOfCode(code),
              code,
              actor.evidence(),
              null);
        }
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
      recode(actor, countryCode, role, code, actor.evidence(), null);
    }
  }

  /**
   * Warehouse-level memory: an unknown actor this article gives no country codes as an earlier
   * night learned it, with that night's evidence; its mentions say they were resolved so.
   */
  void recallLearned(LearnedActors learned) {
    for (ResolvedActor actor : List.copyOf(actors.values())) {
      if (actor.known() || actor.countryCode() != null) {
        continue;
      }
      Optional<LearnedActors.Learned> recalled = learned.recall(actor.actorKey());
      if (recalled.isEmpty()) {
        continue;
      }
      LearnedActors.Learned memory = recalled.get();
      recode(
          actor,
          memory.countryCode(),
          memory.role(),
          memory.cameoCode(),
          memory.evidence(),
          LearnedActors.METHOD);
    }
  }

  /**
   * Gives an unknown actor a country, role and code, and every mention of it that code.
   *
   * @param method the mentions' new resolution method, or null to keep theirs
   */
  private void recode(
      ResolvedActor actor,
      String countryCode,
      String role,
      String code,
      String evidence,
      String method) {
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
            evidence));
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
                    method == null ? mention.method() : method)
                : mention);
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
      String surname = ActorResolver.normalize(last.word());
      List<String> holders = surnames.computeIfAbsent(surname, s -> new ArrayList<>());
      if (!holders.contains(actor.actorKey())) {
        holders.add(actor.actorKey());
      }
    }
  }

  /**
   * The persons of the article a surname may stand for. Of several, the one the article names in
   * full is meant when the others were only guessed from the bare surname ("Braverman" read as a
   * dictionary namesake before the article names "Suella Braverman").
   */
  List<String> surnameHolders(String surname) {
    List<String> holders = surnames.getOrDefault(surname, List.of());
    if (holders.size() < 2) {
      return holders;
    }
    List<String> namedInFull = holders.stream().filter(this::namedInFull).toList();
    return namedInFull.size() == 1 ? namedInFull : holders;
  }

  private boolean namedInFull(String actorKey) {
    ResolvedActor actor = actors.get(actorKey);
    String name = normalizedName(actor);
    return name.contains(" ")
        && mentions.stream()
            .anyMatch(
                m ->
                    m.actorKey().equals(actorKey)
                        && ActorResolver.normalize(m.surface()).equals(name));
  }

  /**
   * Each actor's name as {@link ActorResolver#normalize} gives it, computed once per actor: the
   * article's names are looked up for every capitalised word no dictionary alias or NER covered
   * ({@link ArticleNames}), and the normalisation runs a Unicode decomposition and four regular
   * expressions. A recoded actor keeps its key and name.
   */
  private final Map<String, String> normalizedNames = new HashMap<>();

  String normalizedName(ResolvedActor actor) {
    return normalizedNames.computeIfAbsent(
        actor.actorKey(), key -> ActorResolver.normalize(actor.name()));
  }

  /**
   * "I asked John for his resignation" after "John Bolton": a lone first name is the one person of
   * the article named in full with it, if only one is.
   */
  Optional<ResolvedActor> personWithFirstName(String word) {
    ResolvedActor found = null;
    for (ResolvedActor actor : actors.values()) {
      String[] parts = normalizedName(actor).split(" ");
      if (actor.actorType().equals("person") && parts.length > 1 && parts[0].equals(word)) {
        if (found != null) {
          return Optional.empty();
        }
        found = actor;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The one organisation of the article whose name starts with this word, if only one does. */
  Optional<ResolvedActor> organizationNamedFirst(String word) {
    ResolvedActor found = null;
    for (ResolvedActor actor : actors.values()) {
      if (actor.actorType().equals("organization")
          && normalizedName(actor).startsWith(word + " ")) {
        if (found != null) {
          return Optional.empty();
        }
        found = actor;
      }
    }
    return Optional.ofNullable(found);
  }
}
