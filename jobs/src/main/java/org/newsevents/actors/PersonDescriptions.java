package org.newsevents.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.EntityMention;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * What the words around a person's name say of them: a title before it ("Cuban Foreign Minister
 * Bruno Parrilla"), an apposition after it ("Bruno Parrilla, the foreign affairs minister of
 * Cuba,"; "Tom Hale, from Leeds, England,"). Only these give an unknown person a country; a country
 * merely named elsewhere in the sentence does not.
 */
final class PersonDescriptions {
  /** How far before a name a title is read. */
  private static final int TITLE_WINDOW = 5;

  /** How far after the comma an apposition is read. */
  private static final int APPOSITION_WINDOW = 10;

  /** Words that end an apposition: the clause goes on. */
  /** Words between the names of a list. */
  private static final Set<String> LIST_WORDS = Set.of(",", "and");

  private static final Set<String> APPOSITION_ENDS = Set.of("and", "who", "which", "that", "but");

  /** CAMEO's role for private persons. */
  private static final String CIVILIAN = "CVL";

  /**
   * CAMEO's role for elites, which the annotation guide gives former officials: "former New Jersey
   * governor Chris Christie" holds no office (issue 14: he was coded USAGOV).
   */
  private static final String ELITE = "ELI";

  /** Words that put an office in the past: "former governor", "ex-minister". */
  private static final Set<String> PAST_OFFICE = Set.of("former", "ex", "ex-");

  private final ActorLookup dictionary;
  private final NameIntroductions introductions;

  PersonDescriptions(ActorLookup dictionary) {
    this.dictionary = dictionary;
    this.introductions = new NameIntroductions(dictionary);
  }

  /**
   * A person's country and role as one stretch of text gives them; either may be null. The
   * affiliation is the code of an organisation the description names as the person's ("FBI Director
   * Tom Hale", "Hamas leader", "CNN's Ella Crane"), or null.
   */
  record Description(ActorLookup.Known country, String role, String affiliation) {
    static final Description NONE = new Description(null, null, null);

    Description(ActorLookup.Known country, String role) {
      this(country, role, null);
    }

    String countryCode() {
      return country == null ? null : country.countryCode();
    }

    boolean isEmpty() {
      return country == null && role == null && affiliation == null;
    }

    /**
     * This description, with what it lacks taken from another; an office the other gives beats the
     * civilian role that only where the person comes from suggested.
     */
    Description orElse(Description other) {
      boolean officeElsewhere = other.role != null && !other.role.equals(CIVILIAN);
      return new Description(
          country != null ? country : other.country,
          role != null && !(role.equals(CIVILIAN) && officeElsewhere) ? role : other.role,
          affiliation != null ? affiliation : other.affiliation);
    }
  }

  /**
   * A dictionary person as the title right before the name describes them. A country named there
   * says whose office they hold ("the United Kingdom's Queen Elizabeth II"), over a dictionary that
   * files the name under another of the countries they serve; a role named there ("United States
   * senator Robert F. Kennedy") codes a person the dictionary gives no role. Codes of an
   * international body are kept. Words that end in "of" are no title ({@link #personTitle}):
   * "America's killing of Soleimani" says nothing of whose he is.
   */
  ResolvedActor asTitled(ResolvedActor actor, Sentence sentence, int start) {
    String country = actor.countryCode();
    String code = actor.cameoCode();
    if (!"person".equals(actor.actorType())
        || country == null
        || code == null
        || !code.startsWith(country)) {
      return actor;
    }
    Description title = personTitle(sentence, start);
    String titled = title.countryCode() == null ? country : title.countryCode();
    String role = actor.role();
    String rest = code.substring(country.length());
    if (rest.isEmpty() && title.role() != null) {
      role = RoleNouns.sector(title.role());
      rest = role;
    }
    if (titled.equals(country) && rest.equals(code.substring(country.length()))) {
      return actor;
    }
    return new ResolvedActor(
        actor.actorKey(),
        actor.name(),
        actor.actorType(),
        titled,
        role,
        titled + rest,
        actor.aliases(),
        actor.known(),
        actor.evidence());
  }

  /**
   * The title right before a name, only title words between it and the name; for the later names of
   * a list ("Representatives Eliot Tate, Adam Shore and Ella Crane"), the title before the first.
   */
  Description title(Sentence sentence, int nameStart) {
    return titleBefore(sentence, firstOfList(sentence, nameStart));
  }

  /**
   * The title right before a person's name. "An employee of Bruce Dunmore" says what someone else
   * is to him, not what he is: a person's title never ends in "of" (an office's portfolio does:
   * "the Minister of Foreign Affairs").
   */
  Description personTitle(Sentence sentence, int nameStart) {
    return SpanFilters.followsOf(sentence, nameStart)
        ? Description.NONE
        : title(sentence, nameStart);
  }

  /**
   * Where a list of person names that ends with the name at this token starts. A name that opens
   * with a title of its own ("Antony Blinken and Russian Foreign Minister Sergei Lavrov", where the
   * dictionary's alias holds the title) is no later name of a list: the title before the first name
   * is not its.
   */
  private int firstOfList(Sentence sentence, int nameStart) {
    int start = nameStart;
    while (true) {
      Token first = sentence.tokens().get(start);
      if (!first.pos().startsWith("NNP")
          || dictionary.byAlias(first.word()).stream()
              .anyMatch(known -> known.actorType().equals("country"))
          // "Russian President Vladimir Putin and President Obama", "David Cameron, Secretary of
          // Defense Chuck Hagel": a dictionary alias that opens with a title of its own
          || !"PERSON".equals(first.ner())) {
        return start;
      }
      int i = start - 1;
      while (i >= 0
          && LIST_WORDS.contains(sentence.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
        i--;
      }
      if (i == start - 1 || i < 0) {
        return start;
      }
      int previous = personEndingAt(sentence, placeSuffixStart(sentence, i + 1));
      if (previous < 0) {
        return start;
      }
      start = previous;
    }
  }

  /**
   * Where "of Florida" starts when the words ending right before this token are "of" and a place's
   * capitalised name ("Senators Ann Lee of Utah, and Tom Hale of Ohio"); the token itself when they
   * are not.
   */
  private static int placeSuffixStart(Sentence sentence, int end) {
    List<Token> tokens = sentence.tokens();
    int i = end;
    while (i > 0 && end - i < 3 && tokens.get(i - 1).pos().startsWith("NNP")) {
      i--;
    }
    return i < end && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("of") ? i - 1 : end;
  }

  /** The first token of the person entity that ends right before this token; -1 when none. */
  private static int personEndingAt(Sentence sentence, int end) {
    for (EntityMention entity : sentence.entities()) {
      if (entity.tokenEnd() == end && entity.type().equals("PERSON")) {
        return entity.tokenStart();
      }
    }
    return -1;
  }

  private Description titleBefore(Sentence sentence, int nameStart) {
    List<Token> tokens = sentence.tokens();
    ActorLookup.Known country = null;
    String role = null;
    int from = nameStart;
    // "US Special Representative for Iran Brian Hook", "Ambassador to Iran": the country after the
    // office's preposition is what the office is for, not whose it is.
    int officeObject = -1;
    while (from > 0
        && nameStart - from < TITLE_WINDOW + (officeObject < 0 ? 0 : 2)
        && (isTitleWord(tokens.get(from - 1))
            || (officeObject < 0 && opensTheOfficeObject(tokens, from - 1)))) {
      if (!isTitleWord(tokens.get(from - 1))) {
        officeObject = from - 1;
      }
      from--;
    }
    int countriesEnd = officeObject < 0 ? nameStart : officeObject;
    for (int i = from; i < countriesEnd; i++) {
      // "The United Kingdom's Queen": a country's name may take several words, and a word inside
      // it names no country of its own ("Korea" of "North Korea's Kim Jong Un").
      Optional<CountryName> named = countryNameAt(sentence, i, countriesEnd);
      if (named.isPresent()) {
        country = named.get().country();
        i = named.get().end() - 1;
      }
    }
    // A title's head is its last noun: "Deputy Foreign Minister" is a minister (GOV), not a deputy
    // (which the agents dictionary reads as a sheriff's, COP). So the words nearest the name are
    // read first, the longest phrase that ends there winning.
    for (int end = nameStart; end > from && role == null; end--) {
      for (int start = from; start < end && role == null; start++) {
        role = titleRole(sentence, start, end);
      }
    }
    return described(sentence, country, role, from, nameStart, countriesEnd);
  }

  /**
   * What the description's words from {@code from} to {@code to} say, its organisation read up to
   * {@code affiliationTo}: a past office ("former") is read once, for the role and the affiliation.
   */
  private Description described(
      Sentence sentence,
      ActorLookup.Known country,
      String role,
      int from,
      int to,
      int affiliationTo) {
    boolean past = namesAPastOffice(sentence.tokens(), from, to);
    return withAffiliation(
        country,
        pastOfficeAsElite(officeOf(role), past),
        affiliationIn(sentence, from, affiliationTo),
        past);
  }

  /**
   * A person's title that the agents dictionary files under a ministry's area ("National Security
   * Adviser" GOVMIL, "agriculture minister" GOVAGR, "central bank governor" GOVBUS) makes them an
   * official of the government, GOV, as the annotation guide codes ministers and officials: the
   * area's sector alone made a national security adviser military and a farm minister a farmer. A
   * body keeps its area ("the Defence Ministry" is MIL).
   */
  private static String officeOf(String role) {
    return role != null && role.length() > 3 && role.startsWith("GOV") ? "GOV" : role;
  }

  /**
   * The code of the organisation a person's description names ("FBI Director", "al-Qaeda's leader",
   * ", a spokesman for the White House"): the first the dictionary knows, not a country or a
   * person; null when none.
   */
  private String affiliationIn(Sentence sentence, int from, int to) {
    for (int start = from; start < to; start++) {
      for (int stop = Math.min(to, start + dictionary.maxAliasTokens()); stop > start; stop--) {
        for (ActorLookup.Known known : dictionary.byAlias(TokenSpans.span(sentence, start, stop))) {
          if (AFFILIATION_TYPES.contains(known.actorType())) {
            Optional<ActorLookup.Code> code = dictionary.codeOn(known.key(), null);
            if (code.isPresent()) {
              return code.get().cameoCode();
            }
          }
        }
      }
    }
    return null;
  }

  /** The roles of parties, whose members hold offices of their own. */
  private static final Set<String> PARTY_ROLES = Set.of("PTY", "OPP");

  /** Actor types a person can belong to and act for. */
  private static final Set<String> AFFILIATION_TYPES = Set.of("organization", "group", "igo");

  /**
   * A description with the organisation it names. The organisation's code is the person's: a
   * spokesman of the White House acts for it (the agents dictionary makes a spokesman a
   * journalist). A party's member keeps the office the title names ("Labour MP" is a legislator of
   * Britain). Where the description names another country than the organisation's, or puts the
   * office in the past ("former CIA Director"), the organisation's country alone is kept: a former
   * official is an elite of that country, not the body.
   */
  private Description withAffiliation(
      ActorLookup.Known country, String role, String affiliation, boolean past) {
    if (affiliation == null) {
      return new Description(country, role);
    }
    ActorLookup.Known affiliationCountry =
        affiliation.length() >= 3
            ? dictionary.country(affiliation.substring(0, 3)).orElse(null)
            : null;
    if (country != null
        && (affiliationCountry == null || !country.key().equals(affiliationCountry.key()))) {
      return new Description(country, role);
    }
    if (past) {
      return affiliationCountry == null
          ? new Description(country, role)
          : new Description(affiliationCountry, ELITE);
    }
    String affiliationSector = RoleNouns.sectorOfCode(affiliation);
    if (role != null
        && affiliationCountry != null
        && affiliationSector != null
        && PARTY_ROLES.contains(affiliationSector)) {
      // "Labour MP Emily Fenwick": a party's member holds the office the title names.
      return new Description(affiliationCountry, role);
    }
    return new Description(affiliationCountry, role, affiliation);
  }

  private static boolean namesAPastOffice(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (PAST_OFFICE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The role, or the elite role when the description puts that office of state in the past. */
  private static String pastOfficeAsElite(String role, boolean past) {
    return past && role != null && RoleNouns.STATE_ROLES.contains(RoleNouns.sector(role))
        ? ELITE
        : role;
  }

  /**
   * The role of title words by their lemmas, else as written: the agents dictionary lists some
   * titles only in the plural ("Representatives Eliot Tate and Ella Crane").
   */
  private String titleRole(Sentence sentence, int start, int end) {
    return dictionary
        .agentRole(TokenSpans.lemmas(sentence.tokens(), start, end))
        .or(() -> dictionary.agentRole(TokenSpans.span(sentence, start, end)))
        .or(() -> titleOnlyRole(sentence.tokens(), start, end))
        .orElse(null);
  }

  /**
   * Capitalised title words of a legislator that, as common nouns, name no office ("a
   * representative of the company"): only as a title before a name are they one ("fellow Republican
   * Representative Francis Rooney", "Rep. Ella Crane").
   */
  private static final java.util.Map<String, String> TITLE_ONLY_ROLES =
      java.util.Map.of("representative", "LEG", "rep.", "LEG", "rep", "LEG");

  private static Optional<String> titleOnlyRole(List<Token> tokens, int start, int end) {
    String word = tokens.get(start).word();
    return end - start == 1 && Character.isUpperCase(word.charAt(0))
        ? Optional.ofNullable(TITLE_ONLY_ROLES.get(word.toLowerCase(Locale.ROOT)))
        : Optional.empty();
  }

  /**
   * An apposition after a name: ", the foreign affairs minister of Cuba," or ", from Toronto,
   * Canada,". Read from the comma to the next verb, up to a few words.
   */
  Description apposition(Sentence sentence, int nameEnd) {
    List<Token> tokens = sentence.tokens();
    if (nameEnd >= tokens.size() || !tokens.get(nameEnd).word().equals(",")) {
      return Description.NONE;
    }
    int end = nameEnd + 1;
    while (end < tokens.size()
        && end - nameEnd <= APPOSITION_WINDOW
        && !tokens.get(end).pos().startsWith("VB")
        && !tokens.get(end).pos().equals("MD")
        && !APPOSITION_ENDS.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))
        && !tokens.get(end).word().equals(".")) {
      end++;
    }
    if (end - nameEnd > APPOSITION_WINDOW) {
      return Description.NONE; // a long stretch without a verb is a list, not an apposition
    }
    ActorLookup.Known country = null;
    String role = null;
    for (int start = nameEnd + 1; start < end; start++) {
      if (country == null) {
        country = countryAt(sentence, start, end).orElse(null);
      }
      for (int stop = Math.min(end, start + 4); stop > start && role == null; stop--) {
        if (tokens.get(stop - 1).pos().startsWith("NN")) {
          role = dictionary.agentRole(TokenSpans.lemmas(tokens, start, stop)).orElse(null);
        }
      }
    }
    if (role == null) {
      // "Elaine Vance, the Secretary of Transportation": an office named by its portfolio.
      role = introductions.portfolioOfficeRole(tokens, nameEnd + 1, end);
    }
    if (role == null
        && country != null
        && tokens.get(nameEnd + 1).word().equalsIgnoreCase("from")) {
      // "Bruce Dunmore, from Kharkiv, Ukraine,": a person introduced by where they come from, not
      // by an office, is a private person of that country, as CAMEO codes civilians.
      role = CIVILIAN;
    }
    return described(sentence, country, role, nameEnd + 1, end, end);
  }

  private Optional<ActorLookup.Known> countryAt(Sentence sentence, int start, int end) {
    return countryNameAt(sentence, start, end).map(CountryName::country);
  }

  /** A country named by the words from {@code start}, and the token after its name. */
  private record CountryName(ActorLookup.Known country, int end) {}

  private Optional<CountryName> countryNameAt(Sentence sentence, int start, int end) {
    for (int stop = Math.min(end, start + 3); stop > start; stop--) {
      for (ActorLookup.Known known : dictionary.byAlias(TokenSpans.span(sentence, start, stop))) {
        if (known.actorType().equals("country")) {
          return Optional.of(new CountryName(known, stop));
        }
      }
    }
    // "Scottish First Minister", "the Scottish Parliament": a place's demonym the dictionary lacks.
    return SubnationalDemonyms.countryOf(sentence.tokens().get(start).word(), dictionary)
        .map(known -> new CountryName(known, start + 1));
  }

  private static boolean isTitleWord(Token token) {
    return TokenSpans.isDescriptionWord(token)
        // "Member of parliament (MP) Kevin Conolly": the office's acronym in brackets
        || PARENTHESES.contains(token.word());
  }

  private static final Set<String> PARENTHESES = Set.of("(", ")", "-LRB-", "-RRB-");

  /** Prepositions that name what an office is for: "Special Representative for Iran". */
  private static final Set<String> OFFICE_OBJECT_PREPOSITIONS = Set.of("for", "to");

  /**
   * Whether the token is "for" or "to" between a capitalised office noun and a title word ("Special
   * Representative for Iran", "Ambassador to Iran"); "spoke to Iranian Minister" and "a letter to
   * Iranian Minister" are no titles.
   */
  static boolean opensTheOfficeObject(List<Token> tokens, int at) {
    if (at == 0
        || !OFFICE_OBJECT_PREPOSITIONS.contains(tokens.get(at).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Token office = tokens.get(at - 1);
    return office.pos().startsWith("NN") && Character.isUpperCase(office.word().charAt(0));
  }
}
