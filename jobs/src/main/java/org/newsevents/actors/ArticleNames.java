package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;
import org.newsevents.nlp.Token;

/**
 * The names an article has already given its actors, read again wherever they recur: NER misses a
 * name it found a paragraph before ("Gloria also became unable to move" after "Gloria Thomas"), and
 * triage keeps most sentences from NER at all. A run of proper nouns that no dictionary alias and
 * no NER mention covers is an actor of the article when it is that actor's name, the surname of one
 * person named before, the first name of one person named in full, or an acronym the article
 * defined ("the World Health Organisation (WHO)"). Needs only tokens and POS tags, so it costs
 * nothing on a sentence NER never sees.
 */
final class ArticleNames {
  private ArticleNames() {}

  private static final Set<String> OPENING_BRACKETS = Set.of("(", "-LRB-");
  private static final Set<String> CLOSING_BRACKETS = Set.of(")", "-RRB-");
  private static final Set<String> NAMED_TYPES = Set.of("person", "organization", "igo", "group");

  /** Which names a scan finds. */
  private enum Reading {
    /** In article order: names given so far, and organisations named by their members. */
    IN_ORDER,
    /** After the whole article: names given anywhere in it, the later sentences' included. */
    AFTER_THE_ARTICLE
  }

  /** Marks what it resolves in {@code covered}; leaves covered tokens alone. */
  static void scan(Sentence sentence, ArticleContext context, boolean[] covered) {
    defineAcronyms(sentence, context, covered);
    scanNames(sentence, context, covered, Reading.IN_ORDER);
  }

  /**
   * Reads the sentence again once the whole article has been read: a headline or a lead may give a
   * surname, a short name or an acronym before the sentence that names the actor in full.
   */
  static void recallNamedLater(Sentence sentence, ArticleContext context, boolean[] covered) {
    scanNames(sentence, context, covered, Reading.AFTER_THE_ARTICLE);
  }

  private static void scanNames(
      Sentence sentence, ArticleContext context, boolean[] covered, Reading reading) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      if (covered[i] || !isNameWord(tokens, i, context)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && !covered[end] && isNameWord(tokens, end, context)) {
        end++;
      }
      int nameStart = i;
      while (nameStart < end - 1 && NamePrefixes.isHonorific(tokens.get(nameStart))) {
        nameStart++; // "Mr. Tedeschi": the name is the surname
      }
      if (continuesAResolvedName(tokens, i, end, covered, context)) {
        i = end; // "Dries" before a resolved "Mertens": part of that name, not a name of its own
        continue;
      }
      Optional<Recalled> recalled = recall(sentence, nameStart, end, context);
      if (recalled.isPresent()) {
        ResolvedActor actor = recalled.get().actor();
        boolean cited =
            !"person".equals(actor.actorType())
                && SpanFilters.isCitedAsInformationSource(sentence, i);
        context.mention(
            actor,
            sentence,
            nameStart,
            end,
            cited ? ActorResolver.CITED_SOURCE : recalled.get().method());
        TokenSpans.mark(covered, i, end);
      } else if (reading == Reading.IN_ORDER
          && namesAnOrganisationByItsMembers(tokens, nameStart, end)) {
        context.mention(
            newOrganisation(sentence, nameStart, end), sentence, nameStart, end, "member-noun");
        TokenSpans.mark(covered, i, end);
      } else if (reading == Reading.IN_ORDER
          && namesAnOrganisationByItsKind(tokens, nameStart, end)) {
        context.mention(
            newOrganisation(sentence, nameStart, end), sentence, nameStart, end, "kind-noun");
        TokenSpans.mark(covered, i, end);
      }
      i = end;
    }
  }

  /** Whether a name word some mention already covers stands right before or after the run. */
  private static boolean continuesAResolvedName(
      List<Token> tokens, int start, int end, boolean[] covered, ArticleContext context) {
    return (start > 0 && covered[start - 1] && isNameWord(tokens, start - 1, context))
        || (end < tokens.size() && covered[end] && isNameWord(tokens, end, context));
  }

  /**
   * Nouns for the people or the body of an organisation: "Scientology officials", "the Hamas
   * leadership", "the Scientology organization", "the Sea Org group".
   */
  private static final Set<String> MEMBER_NOUNS_AFTER =
      Set.of(
          "official",
          "officials",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "member",
          "members",
          "leadership",
          "organization",
          "organisation",
          "group",
          "party",
          "movement");

  /**
   * Nouns before "of" or "for" and a name: "members of Scientology", "a spokesman for the Sea Org".
   */
  private static final Set<String> MEMBER_NOUNS_BEFORE =
      Set.of(
          "member",
          "members",
          "official",
          "officials",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "leader",
          "leaders",
          "attorney",
          "lawyer");

  /**
   * A proper noun NER did not type, with a noun for an organisation's people or body next to it:
   * "Scientology officials", "former members of Scientology". Capitalised words an organisation's
   * people are named after are the organisation's name; a person's name or a place would have been
   * covered by NER or the dictionary first.
   */
  static boolean namesAnOrganisationByItsMembers(List<Token> tokens, int start, int end) {
    if (end < tokens.size()
        && MEMBER_NOUNS_AFTER.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))
        && tokens.get(end).pos().startsWith("NN")
        && !tokens.get(end).pos().startsWith("NNP")
        && !readsAsANationality(tokens, start, end)) {
      return true;
    }
    // "officials of the Trump administration": the name must end the phrase, or it only modifies
    // the body's noun.
    if (end < tokens.size() && tokens.get(end).pos().startsWith("NN")) {
      return false;
    }
    int preposition = start - 1;
    if (preposition >= 0 && tokens.get(preposition).word().equalsIgnoreCase("the")) {
      preposition--; // "members of the Sea Org"
    }
    if (preposition < 1) {
      return false;
    }
    String word = tokens.get(preposition).word().toLowerCase(Locale.ROOT);
    Token noun = tokens.get(preposition - 1);
    return (word.equals("of") || word.equals("for"))
        && MEMBER_NOUNS_BEFORE.contains(noun.word().toLowerCase(Locale.ROOT))
        && !noun.pos().startsWith("NNP");
  }

  /**
   * Common nouns for a kind of organisation, right before its name: "the secularist magazine
   * MicroMega", "the rock band Vantor", "the airline Kestrel Air".
   */
  private static final Set<String> ORGANISATION_KINDS =
      Set.of(
          "magazine",
          "newspaper",
          "journal",
          "tabloid",
          "broadcaster",
          "agency",
          "company",
          "firm",
          "corporation",
          "conglomerate",
          "group",
          "party",
          "band",
          "label",
          "club",
          "charity",
          "organisation",
          "organization",
          "union",
          "movement",
          "militia",
          "airline",
          "publisher",
          "network");

  /** Words of an office or a rank: "the party General Secretary" names a person next. */
  private static final Set<String> OFFICE_WORDS =
      Set.of(
          "general",
          "secretary",
          "president",
          "chairman",
          "chairwoman",
          "chair",
          "leader",
          "director",
          "minister",
          "chief",
          "spokesman",
          "spokeswoman",
          "member",
          "senator",
          "governor",
          "founder");

  /**
   * A proper noun NER did not type, right after a common noun for a kind of organisation: "the
   * magazine MicroMega", "the band Vantor". A person's name or a place would have been covered by
   * NER or the dictionary first, and a run holding an office's word names its holder.
   */
  static boolean namesAnOrganisationByItsKind(List<Token> tokens, int start, int end) {
    if (start < 1) {
      return false;
    }
    Token kind = tokens.get(start - 1);
    if (!ORGANISATION_KINDS.contains(kind.word().toLowerCase(Locale.ROOT))
        || !kind.word().equals(kind.word().toLowerCase(Locale.ROOT))
        || !kind.pos().startsWith("NN")) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (OFFICE_WORDS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    // "the group Hamas's leaders" is the group's; "the company Vantor Ltd" ends the phrase.
    return end >= tokens.size() || !tokens.get(end).pos().startsWith("NN");
  }

  /** Endings of nationality and region adjectives: "European", "Palestinian", "Maltese". */
  private static final List<String> NATIONALITY_ENDINGS = List.of("ean", "ian", "ese", "ish");

  /**
   * "Central and Eastern European members", "Israeli and Palestinian officials": a nationality or
   * one of a list of modifiers tells where the members come from, not what body they belong to.
   */
  private static boolean readsAsANationality(List<Token> tokens, int start, int end) {
    String last = tokens.get(end - 1).word().toLowerCase(Locale.ROOT);
    if (NATIONALITY_ENDINGS.stream().anyMatch(last::endsWith)) {
      return true;
    }
    String before = start > 0 ? tokens.get(start - 1).word().toLowerCase(Locale.ROOT) : "";
    return before.equals("and") || before.equals("or") || before.equals(",");
  }

  static ResolvedActor newOrganisation(Sentence sentence, int start, int end) {
    String name = TokenSpans.span(sentence, start, end);
    String key = "UNKNOWN_ORGANIZATION:" + ActorResolver.normalize(name).replace(' ', '_');
    return new ResolvedActor(
        key, name, "organization", null, null, null, List.of(name), false, sentence.text());
  }

  private record Recalled(ResolvedActor actor, String method) {}

  private static Optional<Recalled> recall(
      Sentence sentence, int start, int end, ArticleContext context) {
    String written = TokenSpans.span(sentence, start, end);
    String acronymOf = context.acronyms.get(written);
    if (acronymOf != null) {
      return Optional.of(new Recalled(context.actors.get(acronymOf), "acronym"));
    }
    String name = ActorResolver.normalize(written);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ResolvedActor named = null;
    for (ResolvedActor actor : context.actors.values()) {
      if (NAMED_TYPES.contains(actor.actorType()) && context.normalizedName(actor).equals(name)) {
        if (named != null) {
          return Optional.empty(); // two actors of one name: better none than the wrong one
        }
        named = actor;
      }
    }
    if (named != null) {
      return Optional.of(new Recalled(named, "article-name"));
    }
    if (end - start > 1) {
      return Optional.empty();
    }
    List<String> holders = context.surnameHolders(name);
    if (holders.size() == 1) {
      return Optional.of(new Recalled(context.actors.get(holders.get(0)), "surname"));
    }
    if (!holders.isEmpty()) {
      return Optional.empty();
    }
    return context
        .personWithFirstName(name)
        .map(actor -> new Recalled(actor, "first-name"))
        .or(
            () ->
                context
                    .organizationNamedFirst(name)
                    .map(actor -> new Recalled(actor, "short-name")));
  }

  /**
   * "The World Health Organisation (WHO)": an acronym in brackets right after an organisation's
   * mention is its short name for the rest of the article.
   */
  private static void defineAcronyms(Sentence sentence, ArticleContext context, boolean[] covered) {
    List<Token> tokens = sentence.tokens();
    for (int k = 1; k + 2 < tokens.size(); k++) {
      Token acronym = tokens.get(k + 1);
      if (!OPENING_BRACKETS.contains(tokens.get(k).word())
          || !CLOSING_BRACKETS.contains(tokens.get(k + 2).word())
          || covered[k + 1]
          || !isAcronym(acronym.word())) {
        continue;
      }
      int nameEnd = tokens.get(k - 1).charEnd();
      Optional<ActorMention> organisation =
          context.mentions.stream()
              .filter(m -> m.sentenceNo() == sentence.sentenceNo() && m.charEnd() == nameEnd)
              .filter(m -> isOrganisation(context.actors.get(m.actorKey())))
              .findFirst();
      if (organisation.isPresent()) {
        String key = organisation.get().actorKey();
        context.acronyms.putIfAbsent(acronym.word(), key);
        context.mention(context.actors.get(key), sentence, k + 1, k + 2, "acronym");
        covered[k + 1] = true;
      }
    }
  }

  private static boolean isOrganisation(ResolvedActor actor) {
    return actor != null
        && NAMED_TYPES.contains(actor.actorType())
        && !actor.actorType().equals("person");
  }

  /** "WHO", "M5S", "KCNA": two to eight capitals and digits, at least two of them capitals. */
  static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > 8) {
      return false;
    }
    int capitals = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        capitals++;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return capitals >= 2;
  }

  /** Tokens after which any word may be written with a capital. */
  private static final Set<String> OPENERS =
      Set.of("``", "\"", "'", "‘", "“", ":", "(", "-LRB-", "—", "–", "-");

  /**
   * A word written with a capital, not a day or month name, that is a proper noun or stands inside
   * the sentence, where only a name takes a capital ("had known Devocht personally" tags "Devocht"
   * an adjective); or an acronym the article defined, however the tagger read it ("WHO say" tags
   * "WHO" a pronoun). Only names the article gave its actors are taken, so a capitalised common
   * word finds nothing.
   */
  private static boolean isNameWord(List<Token> tokens, int at, ArticleContext context) {
    Token token = tokens.get(at);
    if (context.acronyms.containsKey(token.word())) {
      return true;
    }
    boolean insideTheSentence = at > 0 && !OPENERS.contains(tokens.get(at - 1).word());
    return (token.pos().startsWith("NNP") || (insideTheSentence && !token.pos().equals("PRP")))
        && TokenSpans.startsUpperCase(token.word())
        && TokenSpans.hasLetterOrDigit(token.word())
        && !SentenceTriage.isTimeWord(token.word());
  }
}
