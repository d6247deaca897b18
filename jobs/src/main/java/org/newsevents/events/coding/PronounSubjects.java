package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ResolvedActor;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * Whom a subject pronoun stands for. Small rules, not coreference; an actor reached so is marked
 * {@link DyadFinder#PRONOUN_METHOD}, which the coding's confidence weighs, and a pronoun they do
 * not resolve gives no actor (and so no event):
 *
 * <ul>
 *   <li>"he" or "she": the first person named in a clause above the pronoun's own (the subject
 *       before an object), else the person the sentences before were about (the main subject of the
 *       last one that named a person, or the owner of it, or the person a "he" subject kept), else
 *       the persons they named, the last first, else the last person named before it in its
 *       sentence; never a person the article already called by the other pronoun.
 *   <li>"they" outside quotation marks, only for a group: a collective actor is an organisation, a
 *       state or a plural agent noun ("police", "protesters", "officials"), never a person. In
 *       "Police said they had ..." it is the subject of the reporting verb whose content it opens;
 *       otherwise ("Police questioned the man. They said ...") the main subject of the sentence
 *       before, when that was one such actor and the sentence names no group before the pronoun.
 *       Inside a quotation "they" are the speaker's others, not the group that speaks.
 *   <li>"it" only as the reporter's own: the subject of what an organisation or a state says it did
 *       or will do ("the SDF announced it had entered into an agreement", "Moscow said it would
 *       respond"), as "they" is for a group. Elsewhere its antecedent is too often a thing ("it is
 *       important", "it was reported"); a rule that took the main subject before resolved no "it"
 *       on the real-news dev half and was not kept.
 * </ul>
 */
public final class PronounSubjects {
  private static final Set<String> PERSONAL = Set.of("he", "she");
  private static final String PLURAL = "they";
  private static final String NEUTER = "it";

  /** The dictionary's actor types that are groups of people: "they" can stand for them. */
  private static final Set<String> COLLECTIVE_TYPES =
      Set.of("organization", "igo", "group", "country");

  /** A country's sector ("Russia (GOV)", named by "Moscow" or "the Kremlin"): a body, for "it". */
  private static final String SECTOR = "sector";

  /**
   * Resolution methods that read an agent noun ("the police", "Russian troops", "Vantorism
   * officials"): whether such a mention is a group is in the noun's number, not the actor's type.
   */
  private static final Set<String> AGENT_NOUN_METHODS =
      Set.of("role-noun", "demonym-agent", "member-noun");

  /** Agent nouns singular in form that name a group ("the police said they"). */
  private static final Set<String> COLLECTIVE_NOUNS =
      Set.of("police", "military", "army", "militia", "staff", "crew", "public");

  /**
   * What the sentences before one said, as a pronoun subject in it may mean.
   *
   * @param personsBefore the persons named before, the one the text was about first, then the
   *     others, the last named first
   * @param pronounOf the pronoun ("he" or "she") a person's key was already referred to by
   */
  record Antecedents(
      Set<String> persons,
      Map<String, ResolvedActor> actors,
      List<ActorMention> personsBefore,
      Map<String, String> pronounOf,
      ActorMention groupBefore,
      boolean quotationOpen) {}

  private final Sentence sentence;
  private final ParseTree tree;
  private final ActorMention[] actorAt;
  private final Antecedents before;
  private final boolean[] quoted;

  PronounSubjects(ParsedSentence parsed, Antecedents before) {
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
    this.actorAt = parsed.actorAt;
    this.before = before;
    this.quoted = quotedTokens(sentence, before.quotationOpen());
  }

  /** Whether the token is a pronoun these rules read: "he", "she", "they" or "it". */
  boolean isPronoun(int token) {
    String word = lower(sentence.tokens().get(token).word());
    return PERSONAL.contains(word) || PLURAL.equals(word) || NEUTER.equals(word);
  }

  /** The actor a subject pronoun stands for, marked as reached through it; empty if unresolved. */
  List<ActorMention> antecedents(int pronoun) {
    String word = lower(sentence.tokens().get(pronoun).word());
    ActorMention found =
        PERSONAL.contains(word)
            ? personBefore(pronoun)
            : NEUTER.equals(word) ? reportingBody(pronoun) : groupFor(pronoun, 0);
    return found == null ? List.of() : List.of(throughPronoun(found));
  }

  /** The object pronouns of persons, and the subject pronoun each agrees with. */
  private static final Map<String, String> PERSONAL_OBJECTS = Map.of("him", "he", "her", "she");

  /** Whether the token is "him" or "her" as the object of a verb. */
  boolean isPersonalObject(int token) {
    return PERSONAL_OBJECTS.containsKey(lower(sentence.tokens().get(token).word()))
        && "obj".equals(tree.relation(token));
  }

  /**
   * The person an object "him" or "her" stands for, marked as reached through it: the one a "he" or
   * "she" would stand for there, but never one of the verb's own subjects ("Trump met Kim on
   * Monday. Trump praised him." is Kim); empty if none is left or the pronoun is quoted.
   */
  List<ActorMention> objectAntecedents(int pronoun, Set<String> subjectKeys) {
    String word = PERSONAL_OBJECTS.get(lower(tree.word(pronoun)));
    if (word == null || quoted[pronoun]) {
      return List.of();
    }
    List<ActorMention> candidates = new ArrayList<>();
    candidates.add(personInClausesAbove(pronoun, word));
    // The person the sentences before were about, then the others, the last named first: "Biden
    // met Scholz. Biden praised him." is Scholz.
    for (ActorMention person : before.personsBefore()) {
      if (agrees(before, person, word)) {
        candidates.add(person);
      }
    }
    candidates.add(lastPersonBefore(pronoun, word));
    for (ActorMention candidate : candidates) {
      if (candidate != null && !subjectKeys.contains(candidate.actorKey())) {
        return List.of(throughPronoun(candidate));
      }
    }
    return List.of();
  }

  /**
   * The organisation or state an "it" stands for when it opens what that body reports of itself:
   * "the SDF announced it had entered", "the ministry said it would"; null otherwise.
   */
  private ActorMention reportingBody(int pronoun) {
    int reporter = reporterOf(pronoun);
    if (reporter < 0 || actorAt[reporter] == null) {
      return null;
    }
    ActorMention body = actorAt[reporter];
    ResolvedActor actor = before.actors().get(body.actorKey());
    return !before.persons().contains(body.actorKey())
            && !AGENT_NOUN_METHODS.contains(body.method())
            && !DyadFinder.PRONOUN_METHOD.equals(body.method())
            && actor != null
            && (COLLECTIVE_TYPES.contains(actor.actorType()) || SECTOR.equals(actor.actorType()))
        ? body
        : null;
  }

  /**
   * The subject of the reporting verb whose content clause the pronoun is the subject of ("Police
   * said they had", "Moscow said it would"); -1 when there is none or the pronoun is quoted.
   */
  private int reporterOf(int pronoun) {
    int reporting = reportingVerbOf(pronoun);
    return quoted[pronoun] || reporting < 0 ? -1 : tree.child(reporting, "nsubj");
  }

  /** The reporting verb whose content clause the pronoun is the subject of; -1 when none. */
  private int reportingVerbOf(int pronoun) {
    int verb = tree.head(pronoun);
    int governor = verb < 0 ? -1 : tree.head(verb);
    return governor >= 0
            && "ccomp".equals(tree.relation(verb))
            && DyadFinder.REPORTING_VERBS.contains(lower(tree.lemma(governor)))
        ? governor
        : -1;
  }

  /**
   * The person a pronoun stands for, marked as reached through it: the name was resolved well, but
   * whether the pronoun means that person is a guess, which the coding's confidence weighs.
   */
  static ActorMention throughPronoun(ActorMention actor) {
    return actor.withMethod(DyadFinder.PRONOUN_METHOD);
  }

  /**
   * The person a "he" or "she" stands for: the first person named in a clause above the pronoun's
   * own, else the person the sentences before were about, else the last person named before it.
   */
  private ActorMention personBefore(int pronoun) {
    String word = lower(tree.word(pronoun));
    ActorMention above = personInClausesAbove(pronoun, word);
    if (above != null) {
      return above;
    }
    ActorMention earlier = personBefore(before, word);
    return earlier != null ? earlier : lastPersonBefore(pronoun, word);
  }

  /** The first person of the sentences before that the pronoun can stand for. */
  static ActorMention personBefore(Antecedents before, String pronoun) {
    for (ActorMention person : before.personsBefore()) {
      if (agrees(before, person, pronoun)) {
        return person;
      }
    }
    return null;
  }

  /**
   * Whether "he" or "she" can stand for the person: the article did not already call them by the
   * other ("He met Angela Merkel. She said ..." is not he).
   */
  private static boolean agrees(Antecedents before, ActorMention person, String pronoun) {
    String known = before.pronounOf().get(person.actorKey());
    return known == null || known.equals(pronoun);
  }

  /**
   * The first person named in a clause above the pronoun's, nearest clause first, each read
   * breadth-first and left to right up to the path to the pronoun (after Hobbs's walk): in "Warren
   * commended Biden and said she was proud" the subject comes before the object; in "Iran will
   * pursue Trump even after he leaves" the object of the clause "after he leaves" hangs on comes
   * before the subject of the sentence it is said in. The pronoun's own clause is not read: in
   * "after meeting Biden, he said" he is not Biden.
   */
  private ActorMention personInClausesAbove(int pronoun, String word) {
    int below = tree.head(pronoun);
    for (int step = 0; below >= 0 && tree.head(below) >= 0 && step < 6; step++) {
      int above = tree.head(below);
      java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
      for (int child : tree.dependents(above)) {
        if (child < below) {
          queue.add(child);
        }
      }
      while (!queue.isEmpty()) {
        int node = queue.poll();
        ActorMention mention = actorAt[node];
        // The name of the phrase on the path is not read: in "met President Trump, where he
        // denounced it" the clause hangs on Trump, who is not its subject.
        if (node < pronoun
            && mention != null
            && mention != actorAt[above]
            && before.persons().contains(mention.actorKey())
            && agrees(before, mention, word)
            && mention.charEnd() <= sentence.tokens().get(pronoun).charStart()) {
          return mention;
        }
        queue.addAll(tree.dependents(node));
      }
      below = above;
    }
    return null;
  }

  /** The last person named before the pronoun in its sentence. */
  private ActorMention lastPersonBefore(int pronoun, String word) {
    int start = sentence.tokens().get(pronoun).charStart();
    ActorMention found = null;
    for (ActorMention mention : actorAt) {
      if (mention != null
          && mention.charEnd() <= start
          && before.persons().contains(mention.actorKey())
          && agrees(before, mention, word)
          && (found == null || mention.charStart() > found.charStart())) {
        found = mention;
      }
    }
    return found;
  }

  /** The group a "they" stands for, or null when it is quoted or the text leaves it open. */
  private ActorMention groupFor(int pronoun, int depth) {
    if (quoted[pronoun] || depth > 4) {
      return null;
    }
    int reporting = reportingVerbOf(pronoun);
    if (reporting >= 0) {
      // "Police said they had arrested him": the reporter's own "they". A reporter who is no
      // group ("Biden said they would") leaves it open.
      int reporter = tree.child(reporting, "nsubj");
      if (reporter < 0) {
        return null;
      }
      if (PLURAL.equals(lower(tree.word(reporter)))) {
        return groupFor(reporter, depth + 1);
      }
      return isGroup(actorAt[reporter], reporter) ? actorAt[reporter] : null;
    }
    if (namesAGroupBefore(pronoun)) {
      return null; // "After police met the protesters, they ...": either may be meant
    }
    return before.groupBefore();
  }

  private boolean namesAGroupBefore(int pronoun) {
    for (int i = 0; i < pronoun; i++) {
      if (actorAt[i] != null && actorAt[i].cameoCode() != null && isGroup(actorAt[i], i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isGroup(ActorMention mention, int token) {
    return isGroup(mention, sentence.tokens().get(token), before.persons(), before.actors());
  }

  /**
   * Whether a mention names a group "they" can stand for: an agent noun in the plural or a
   * collective one ("police"), else an actor of a group's type; never a person.
   */
  static boolean isGroup(
      ActorMention mention, Token head, Set<String> persons, Map<String, ResolvedActor> actors) {
    if (mention == null || persons.contains(mention.actorKey())) {
      return false;
    }
    String pos = head.pos();
    boolean pluralNoun =
        pos.equals("NNS")
            || pos.equals("NNPS")
            || COLLECTIVE_NOUNS.contains(lower(head.lemma()))
            || COLLECTIVE_NOUNS.contains(lower(head.word()));
    if (AGENT_NOUN_METHODS.contains(mention.method())) {
      return pluralNoun;
    }
    if (DyadFinder.PRONOUN_METHOD.equals(mention.method())) {
      return false;
    }
    ResolvedActor actor = actors.get(mention.actorKey());
    return pluralNoun || (actor != null && COLLECTIVE_TYPES.contains(actor.actorType()));
  }

  /**
   * Which of a sentence's tokens lie inside quotation marks, the sentence starting inside one when
   * the sentence before left it open.
   */
  static boolean[] quotedTokens(Sentence sentence, boolean openAtStart) {
    List<Token> tokens = sentence.tokens();
    boolean[] quoted = new boolean[tokens.size()];
    String text = sentence.text();
    boolean open = openAtStart;
    int at = 0;
    for (Token token : tokens) {
      int start = Math.min(text.length(), Math.max(0, token.charStart() - sentence.charStart()));
      for (; at < start; at++) {
        open = toggled(open, text.charAt(at));
      }
      quoted[token.index()] = open && !isQuotationMark(token.word());
    }
    return quoted;
  }

  /** Whether a sentence leaves a quotation open, starting inside one or not. */
  static boolean leavesQuotationOpen(Sentence sentence, boolean openAtStart) {
    boolean open = openAtStart;
    for (char c : sentence.text().toCharArray()) {
      open = toggled(open, c);
    }
    return open;
  }

  private static boolean toggled(boolean open, char c) {
    return switch (c) {
      case '"' -> !open;
      case '“' -> true;
      case '”' -> false;
      default -> open;
    };
  }

  private static boolean isQuotationMark(String word) {
    return word.equals("\"")
        || word.equals("``")
        || word.equals("''")
        || word.equals("“")
        || word.equals("”");
  }

  /**
   * What an article's sentences name, read in order, as a pronoun subject of the next sentence may
   * mean: the person they were about, the group the sentence before had as its main subject, and
   * whether a quotation is still open.
   */
  public static final class Memory {
    private final Set<String> persons;
    private final Map<String, ResolvedActor> actors;

    /** The persons named so far, each once, the last named last. */
    private final List<ActorMention> named = new ArrayList<>();

    /** The person the text is about, or null when it is the last one named. */
    private ActorMention centre;

    private final Map<String, String> pronounOf = new java.util.HashMap<>();
    private ActorMention group;
    private boolean quotationOpen;

    public Memory(Map<String, ResolvedActor> actors) {
      this.actors = actors;
      Set<String> personKeys = new HashSet<>();
      actors.forEach(
          (key, actor) -> {
            if ("person".equals(actor.actorType())) {
              personKeys.add(key);
            }
          });
      this.persons = Set.copyOf(personKeys);
    }

    /** What the sentences read so far leave for the next one. */
    Antecedents antecedents() {
      List<ActorMention> personsBefore = new ArrayList<>();
      if (centre != null) {
        personsBefore.add(centre);
      }
      for (int i = named.size() - 1; i >= 0; i--) {
        if (centre == null || !named.get(i).actorKey().equals(centre.actorKey())) {
          personsBefore.add(named.get(i));
        }
      }
      return new Antecedents(
          persons, actors, personsBefore, Map.copyOf(pronounOf), group, quotationOpen);
    }

    /** Reads one sentence (parsed or not) with its party mentions, in text order. */
    public void read(Sentence sentence, List<ActorMention> mentions) {
      int subject = mainSubject(sentence);
      boolean[] quoted = quotedTokens(sentence, quotationOpen);
      List<Integer> subjectPhrase = subjectPhrase(sentence, subject, "appos", "dep", "flat");
      List<Integer> withOwner = new ArrayList<>(subjectPhrase);
      withOwner.addAll(subjectPhrase(sentence, subject, "nmod:poss"));
      ActorMention subjectActor = firstCovering(sentence, subjectPhrase, mentions, false);
      ActorMention personSubject = firstCovering(sentence, withOwner, mentions, true);
      String subjectWord = subject < 0 ? "" : lower(sentence.tokens().get(subject).word());
      if (subject >= 0 && !quoted[subject] && PERSONAL.contains(subjectWord)) {
        // "Scholz arrived. He met Biden. He said ...": a "he" subject keeps the person it stood
        // for at the centre, whoever else the sentence names, and tells that person's pronoun.
        personSubject = personBefore(antecedents(), subjectWord);
        if (personSubject != null) {
          pronounOf.putIfAbsent(personSubject.actorKey(), subjectWord);
        }
      }
      boolean namesAPerson = false;
      for (ActorMention mention : mentions) {
        if (persons.contains(mention.actorKey())) {
          named.removeIf(other -> other.actorKey().equals(mention.actorKey()));
          named.add(mention);
          namesAPerson = true;
        }
      }
      // "Biden praised Warren. He also expressed ...": the next "he" is the one the sentence was
      // about, its main subject (or the owner of it: "Volker's position put him in the centre"),
      // before whoever it named last.
      if (personSubject != null) {
        centre = personSubject;
      } else if (namesAPerson) {
        centre = null;
      }
      group = groupSubject(sentence, subject, subjectActor, quoted);
      quotationOpen = leavesQuotationOpen(sentence, quotationOpen);
    }

    /**
     * The group the sentence's main subject names, for a "they" in the next one: none when the
     * sentence was not parsed, its subject is quoted or is no group, or it is conjoined ("Russia
     * and China"). A "they" subject outside quotation marks keeps the group it stood for.
     */
    private ActorMention groupSubject(
        Sentence sentence, int subject, ActorMention subjectActor, boolean[] quoted) {
      if (subject < 0 || quoted[subject]) {
        return null;
      }
      Token head = sentence.tokens().get(subject);
      if (PLURAL.equals(lower(head.word()))) {
        return group;
      }
      boolean conjoined =
          sentence.dependencies().stream()
              .anyMatch(d -> d.governor() == subject && d.relation().equals("conj"));
      if (conjoined || subjectActor == null || subjectActor.cameoCode() == null) {
        return null;
      }
      return isGroup(subjectActor, head, persons, actors) ? subjectActor : null;
    }

    /**
     * The subject's head and its dependents of the given relations, head first (the names beside
     * it: "the Turkish President Recep Tayyip Erdoğan" is parsed with the name as a dependent of
     * "President"); none for no subject.
     */
    private static List<Integer> subjectPhrase(
        Sentence sentence, int subject, String... relations) {
      List<Integer> phrase = new ArrayList<>();
      if (subject < 0) {
        return phrase;
      }
      phrase.add(subject);
      Set<String> wanted = Set.of(relations);
      sentence.dependencies().stream()
          .filter(d -> d.governor() == subject && wanted.contains(d.relation()))
          .forEach(d -> phrase.add(d.dependent()));
      return phrase;
    }

    /** The mention covering the phrase's first token that one covers, a person's if asked. */
    private ActorMention firstCovering(
        Sentence sentence, List<Integer> phrase, List<ActorMention> mentions, boolean person) {
      for (int token : phrase) {
        for (ActorMention mention : mentions) {
          if (covers(mention, sentence.tokens().get(token))
              && (!person || persons.contains(mention.actorKey()))) {
            return mention;
          }
        }
      }
      return null;
    }

    /** The subject (or passive subject) of the sentence's main verb, or -1. */
    private static int mainSubject(Sentence sentence) {
      if (!sentence.deep() || sentence.dependencies().isEmpty()) {
        return -1;
      }
      int root = sentence.root();
      List<Integer> subjects = new ArrayList<>();
      sentence.dependencies().stream()
          .filter(
              d ->
                  d.governor() == root
                      && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")))
          .forEach(d -> subjects.add(d.dependent()));
      return subjects.isEmpty() ? -1 : subjects.get(0);
    }

    private static boolean covers(ActorMention mention, Token token) {
      return token.charStart() >= mention.charStart() && token.charEnd() <= mention.charEnd();
    }
  }
}
