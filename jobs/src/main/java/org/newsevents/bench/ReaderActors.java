package org.newsevents.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsevents.actors.ActorDictionary;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.ActorResolver;
import org.newsevents.actors.ActorType;
import org.newsevents.actors.ResolvedActor;
import org.newsevents.bench.DedupGold.Pair;
import org.newsevents.bench.DedupGold.Side;
import org.newsevents.events.ActorRef;
import org.newsevents.events.EventDate;
import org.newsevents.events.coding.ArticlePronouns;
import org.newsevents.job.ReferenceData;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.NlpPipeline;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;
import org.newsevents.nlp.Token;

/**
 * A gold reader's actor words resolved as the nightly job's actors stage resolves the sentence they
 * were read from, for the rule-level dedup score ({@link DedupQuality#rules}). A pair's two
 * sentences of one article run through the job's NLP pipeline (with its triage), the actor resolver
 * and the coder's pronoun rules ({@link ArticlePronouns}) as one small article: in the order of
 * their article when its text is known (else a, then b), each its own paragraph, dated by the
 * article's date and with its headline; a pair across two articles makes two one-sentence articles.
 * A reader's phrase is then the actor of the resolved mention in the sentence's words that it
 * repeats ({@link #mentionIn}); a subject pronoun is the actor the coder takes it for. A phrase
 * whose words hold no resolved mention (the sentence says "she" where the reader wrote "Nancy
 * Pelosi", or the words are the reader's own) falls back on the dictionary look-up of {@link
 * ActorNames}.
 */
final class ReaderActors {
  /** How a pair's reader phrases are resolved. */
  enum Source {
    /** By the job's actors stage over the pair's sentences, the dictionary look-up as fallback. */
    ACTOR_STAGE,
    /** By the dictionary look-up alone ({@link ActorNames}). */
    DICTIONARY
  }

  private final Source source;
  private final Map<String, DedupGold.Article> articles;
  private final ActorDictionary dictionary = ActorDictionary.bundled();
  private ActorResolver resolver;
  private SentenceTriage triage;

  /** Runs of the stage by article and ordered sentences: pairs repeat a side of another pair. */
  private final Map<List<Object>, StageRun> runs = new HashMap<>();

  private int phrases;
  private int phrasesByStage;
  private int phrasesByPairMemory;

  /**
   * @param articles the gold articles by url, whose text gives the order of a pair's sentences and
   *     whose title is the headline; an article not in it is read a, then b, without a headline
   */
  ReaderActors(Source source, Map<String, DedupGold.Article> articles) {
    this.source = source;
    this.articles = articles;
  }

  /** Reader phrases resolved so far (each side's source and target members, empty ones aside). */
  int phrases() {
    return phrases;
  }

  /** Of {@link #phrases}, those the actors stage resolved in their own sentence. */
  int phrasesByStage() {
    return phrasesByStage;
  }

  /**
   * Of {@link #phrases}, those the stage resolved only for the same words on the pair's other side
   * ({@link OfPair#resolvedElsewhere}); the rest fell back on the look-up.
   */
  int phrasesByPairMemory() {
    return phrasesByPairMemory;
  }

  /** The resolver of one pair's phrases. */
  OfPair of(Pair pair) {
    ActorNames fallback = new ActorNames(pair, dictionary);
    if (source == Source.DICTIONARY) {
      return new OfPair(pair, fallback, Map.of());
    }
    Map<Side, Place> places = new HashMap<>();
    if (pair.a().url().equals(pair.b().url())) {
      List<Side> order = inArticleOrder(pair.a(), pair.b());
      StageRun run = run(order);
      places.put(order.get(0), new Place(run, 0));
      places.put(order.get(1), new Place(run, 1));
    } else {
      places.put(pair.a(), new Place(run(List.of(pair.a())), 0));
      places.put(pair.b(), new Place(run(List.of(pair.b())), 0));
    }
    return new OfPair(pair, fallback, places);
  }

  /** One side's sentence in a run of the stage: the run and the sentence's paragraph. */
  private record Place(StageRun run, int paragraphNo) {}

  /** The stage's view of one small article: its date, sentences, actors and resolved pronouns. */
  private record StageRun(
      LocalDate articleDate,
      AnnotatedArticle article,
      ActorResolver.Result actors,
      List<ArticlePronouns.Resolved> pronouns) {}

  /** A mention the stage resolved for a reader's phrase, and the run it is of. */
  private record Resolved(ActorMention mention, StageRun run) {}

  /** The actors of one pair, by reader phrase. */
  final class OfPair {
    private final ActorNames fallback;
    private final Map<Side, Place> places;

    /**
     * The pair's memory: the reader's words (normalised) to the mention the stage resolved for them
     * on either side, the first side of the pair first.
     */
    private final Map<String, Resolved> resolvedWords = new java.util.LinkedHashMap<>();

    /** The phrases counted so far, by side: a source is read again for each target. */
    private final java.util.Set<List<Object>> counted = new java.util.HashSet<>();

    private OfPair(Pair pair, ActorNames fallback, Map<Side, Place> places) {
      this.fallback = fallback;
      this.places = places;
      for (Side side : List.of(pair.a(), pair.b())) {
        DedupGold.GoldEvent event = side == pair.a() ? pair.eventA() : pair.eventB();
        for (String phrase :
            List.of(ActorNames.members(event.source()), ActorNames.members(event.target())).stream()
                .flatMap(List::stream)
                .toList()) {
          Optional<ActorMention> mention = stageMention(side, phrase);
          if (mention.isEmpty()) {
            continue;
          }
          Resolved resolved = new Resolved(mention.get(), places.get(side).run());
          resolvedWords.putIfAbsent(ActorDictionary.normalizeAlias(phrase), resolved);
          int of = phrase.indexOf(" of ");
          if (of > 0) {
            // "attorneys general of sixteen states" are the "attorneys general" of the other side.
            resolvedWords.putIfAbsent(
                ActorDictionary.normalizeAlias(phrase.substring(0, of)), resolved);
          }
          fallback.resolvedByStage(
              actorOf(
                  resolved.mention(), resolved.run(), side.articleDate(), EventDate.Precision.DAY));
        }
      }
    }

    /**
     * The actor a reader's phrase names in the side's sentence, with its code on the event's day as
     * the job gives it to the deduplicator (the article's code for a year-precise date).
     */
    ActorRef actor(Side side, String phrase, LocalDate date, EventDate.Precision precision) {
      Optional<Resolved> resolved =
          stageMention(side, phrase).map(mention -> new Resolved(mention, places.get(side).run()));
      boolean first = !phrase.isBlank() && counted.add(List.of(side, phrase));
      phrases += first ? 1 : 0;
      phrasesByStage += first && resolved.isPresent() ? 1 : 0;
      if (resolved.isEmpty()) {
        resolved = resolvedElsewhere(phrase);
        phrasesByPairMemory += first && resolved.isPresent() ? 1 : 0;
      }
      return resolved.isEmpty()
          ? fallback.actor(phrase, date)
          : actorOf(resolved.get().mention(), resolved.get().run(), date, precision);
    }

    /**
     * What the stage resolved for the same words of the reader on the other side, or for words that
     * end with them ("Lam" after "Carrie Lam"): the reader's words for one actor, as the article's
     * memory links a later mention to an earlier one.
     */
    private Optional<Resolved> resolvedElsewhere(String phrase) {
      String words = ActorDictionary.normalizeAlias(phrase);
      if (words.isEmpty()) {
        return Optional.empty();
      }
      for (Map.Entry<String, Resolved> entry : resolvedWords.entrySet()) {
        if (entry.getKey().equals(words) || entry.getKey().endsWith(" " + words)) {
          return Optional.of(entry.getValue());
        }
      }
      return Optional.empty();
    }

    /** The mention of the actors stage a phrase names in the side's sentence, if any. */
    Optional<ActorMention> stageMention(Side side, String phrase) {
      Place place = places.get(side);
      return place == null || phrase.isBlank()
          ? Optional.empty()
          : mentionIn(place.run(), place.paragraphNo(), phrase);
    }
  }

  /** The two sides in the order their article tells them; a, then b when it cannot tell. */
  private List<Side> inArticleOrder(Side a, Side b) {
    DedupGold.Article article = articles.get(a.url());
    if (article != null) {
      int atA = article.text().indexOf(a.sentence());
      int atB = article.text().indexOf(b.sentence());
      if (atA >= 0 && atB >= 0 && atB < atA) {
        return List.of(b, a);
      }
    }
    return List.of(a, b);
  }

  /** The stage over sentences of one article, in order, each its own paragraph. */
  private StageRun run(List<Side> sides) {
    Side first = sides.get(0);
    List<Object> key = new ArrayList<>(List.of(first.url(), first.articleDate()));
    sides.forEach(side -> key.add(side.sentence()));
    return runs.computeIfAbsent(key, unused -> annotateAndResolve(sides));
  }

  private StageRun annotateAndResolve(List<Side> sides) {
    if (resolver == null) {
      ReferenceData reference = ReferenceData.bundled();
      resolver = new ActorResolver(reference.actors());
      triage = reference.triage();
    }
    Side first = sides.get(0);
    List<String> paragraphs = sides.stream().map(Side::sentence).toList();
    List<Integer> english = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      english.add(i);
    }
    AnnotatedArticle annotated =
        NlpPipeline.get().annotate(first.url(), paragraphs, english, first.articleDate(), triage);
    DedupGold.Article article = articles.get(first.url());
    String headline = article == null || article.title().isBlank() ? null : article.title();
    ActorResolver.Result actors = resolver.resolve(annotated, first.articleDate(), headline);
    return new StageRun(
        first.articleDate(), annotated, actors, ArticlePronouns.of(annotated, actors));
  }

  /**
   * The resolved mention a reader's phrase names in a paragraph: for a subject pronoun ("he"), the
   * actor the coder takes it for; else, in the longest run of the sentence's words that repeats the
   * phrase's and holds its head (the last word before an "of" phrase, else the last word: "Judge
   * Amy Berman Jackson" is about Jackson, "Members of the public" about members), the mention over
   * the head inside that run, else the one over the head ("Jackson" inside "Amy Berman Jackson"),
   * else the last one inside the run; empty when the sentence does not repeat the head or no
   * mention is there.
   */
  private Optional<ActorMention> mentionIn(StageRun run, int paragraphNo, String phrase) {
    List<String> words = pieces(phrase);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<Sentence> sentences =
        run.article().sentences().stream().filter(s -> s.paragraphNo() == paragraphNo).toList();
    if (words.size() == 1 && PRONOUNS.contains(words.get(0))) {
      return antecedent(run, sentences, words.get(0));
    }
    int head = headOf(phrase, words);
    Span best = null;
    for (Sentence sentence : sentences) {
      Span span = longestRun(sentence, words, head);
      if (span != null && (best == null || span.length() > best.length())) {
        best = span;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Span span = best;
    List<ActorMention> inSentence =
        run.actors().mentions().stream()
            .filter(m -> m.sentenceNo() == span.sentence().sentenceNo())
            .sorted(Comparator.comparingInt(ActorMention::charStart))
            .toList();
    Token first = span.sentence().tokens().get(span.firstToken());
    Token last = span.sentence().tokens().get(span.lastToken());
    Token headToken = span.sentence().tokens().get(span.headToken());
    List<ActorMention> inside =
        inSentence.stream()
            .filter(m -> m.charStart() >= first.charStart() && m.charEnd() <= last.charEnd())
            .toList();
    Optional<ActorMention> overHead =
        inSentence.stream().filter(m -> covers(m, headToken)).findFirst();
    Optional<ActorMention> insideOverHead =
        inside.stream().filter(m -> covers(m, headToken)).findFirst();
    Optional<ActorMention> chosen =
        insideOverHead.isPresent()
            ? insideOverHead
            : overHead.isPresent()
                ? overHead
                : inside.isEmpty() ? Optional.empty() : Optional.of(inside.get(inside.size() - 1));
    return chosen.filter(mention -> keepsTheNames(phrase, span, mention, run));
  }

  /**
   * Whether a mention found where the sentence repeats only part of the phrase keeps the names of
   * the rest. A person named by the phrase's last word does ("Trump" for "Donald Trump", as the
   * stage resolves a surname); otherwise each capitalised word of the phrase outside the run is a
   * word of the mention or of its actor's name, or of the country the phrase begins with, which is
   * the actor's country. "Syrian Democratic Forces" is not "government forces", nor "Hong Kong
   * government" the "Chinese government" the sentence names; "Syrian government forces" may be
   * "government forces" of Syria, and "Pedro Pierluisi" is "Pedro R. Pierluisi Urrutia".
   */
  private boolean keepsTheNames(String phrase, Span span, ActorMention mention, StageRun run) {
    List<String> cased = casedPieces(phrase);
    ResolvedActor actor = run.actors().actors().get(mention.actorKey());
    if (actor != null
        && "person".equals(actor.actorType())
        && span.phraseStart() + span.length() == cased.size()) {
      return true;
    }
    List<String> mentionWords = new ArrayList<>(pieces(mention.surface()));
    if (actor != null) {
      mentionWords.addAll(pieces(actor.name()));
    }
    String actorCountry = actor == null ? null : actor.countryCode();
    int countryWords = leadingCountryWords(cased, actorCountry);
    for (int i = 0; i < cased.size(); i++) {
      String word = cased.get(i);
      boolean inRun = i >= span.phraseStart() && i < span.phraseStart() + span.length();
      if (!inRun
          && i >= countryWords
          && Character.isUpperCase(word.codePointAt(0))
          && !mentionWords.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many of the phrase's first words name the given country (a country the dictionary knows by
   * those words alone: "U.S.", "Syrian", "Hong Kong"), or 0.
   */
  private int leadingCountryWords(List<String> cased, String countryCode) {
    if (countryCode == null) {
      return 0;
    }
    for (int length = cased.size() - 1; length >= 1; length--) {
      List<ActorDictionary.Entry> entries = dictionary.byAlias(cased.subList(0, length));
      if (entries.size() == 1
          && entries.get(0).type() == ActorType.COUNTRY
          && countryCode.equals(entries.get(0).countryCode())) {
        return length;
      }
    }
    return 0;
  }

  /** The pronouns the coder resolves as subjects ({@link ArticlePronouns}). */
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they");

  /** The actor the coder takes the paragraph's first resolved subject pronoun of this word for. */
  private static Optional<ActorMention> antecedent(
      StageRun run, List<Sentence> sentences, String pronoun) {
    for (ArticlePronouns.Resolved resolved : run.pronouns()) {
      for (Sentence sentence : sentences) {
        if (resolved.sentenceNo() == sentence.sentenceNo()
            && pieces(sentence.tokens().get(resolved.token()).word()).equals(List.of(pronoun))) {
          return Optional.of(resolved.antecedent());
        }
      }
    }
    return Optional.empty();
  }

  /** Where a phrase's words stand in a sentence: tokens first to last, and the head's token. */
  private record Span(
      Sentence sentence,
      int firstToken,
      int lastToken,
      int headToken,
      int phraseStart,
      int length) {}

  /**
   * The longest run of the sentence's words that repeats consecutive words of the phrase, the
   * phrase's head among them (the first such run of that length), or null.
   */
  private static Span longestRun(Sentence sentence, List<String> words, int head) {
    List<String> pieces = new ArrayList<>();
    List<Integer> tokenOf = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      for (String piece : pieces(token.word())) {
        pieces.add(piece);
        tokenOf.add(token.index());
      }
    }
    Span best = null;
    for (int i = 0; i < pieces.size(); i++) {
      for (int j = 0; j <= head; j++) {
        int length = 0;
        while (i + length < pieces.size()
            && j + length < words.size()
            && pieces.get(i + length).equals(words.get(j + length))) {
          length++;
        }
        if (j + length > head && (best == null || length > best.length())) {
          best =
              new Span(
                  sentence,
                  tokenOf.get(i),
                  tokenOf.get(i + length - 1),
                  tokenOf.get(i + head - j),
                  j,
                  length);
        }
      }
    }
    return best;
  }

  /**
   * The index in the phrase's words of its head: the last word before an "of" phrase ("attorneys
   * general of sixteen states"), else the last word.
   */
  private static int headOf(String phrase, List<String> words) {
    int of = phrase.indexOf(" of ");
    if (of > 0) {
      List<String> before = pieces(phrase.substring(0, of));
      if (!before.isEmpty()) {
        return before.size() - 1;
      }
    }
    return words.size() - 1;
  }

  /**
   * Words as a phrase and a sentence's tokens are compared: lower case, without accents and full
   * stops ("U.S." and "US" are "us"), split at other marks ("Kong's" is "kong" and "s", as the
   * tokens "Kong" and "'s" are).
   */
  static List<String> pieces(String text) {
    return casedPieces(text).stream().map(piece -> piece.toLowerCase(Locale.ROOT)).toList();
  }

  /** The {@link #pieces} of a text in their own case. */
  private static List<String> casedPieces(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace(".", "");
    List<String> pieces = new ArrayList<>();
    for (String piece : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!piece.isEmpty()) {
        pieces.add(piece);
      }
    }
    return pieces;
  }

  private static boolean covers(ActorMention mention, Token token) {
    return token.charStart() >= mention.charStart() && token.charEnd() <= mention.charEnd();
  }

  /**
   * The actor as the job hands it to the deduplicator within an article (ActorStage): its key, its
   * country, whether it is a country or a person, and a person's code over what the event's date
   * names, as the coder gives it (EventTimeRoles). The key, not the job's hash of it, so that it
   * meets the look-up's keys, which are the dictionary's.
   */
  private ActorRef actorOf(
      ActorMention mention, StageRun run, LocalDate date, EventDate.Precision precision) {
    ResolvedActor actor = run.actors().actors().get(mention.actorKey());
    String code = mention.cameoCode();
    if (code != null && actor != null && "person".equals(actor.actorType())) {
      LocalDate last = new EventDate(date, precision, "sentence", null).lastDay();
      code =
          run.actors()
              .offices()
              .codeDuring(actor, code, run.articleDate(), date, last)
              .orElse(code);
    }
    return new ActorRef(
        mention.actorKey(),
        actor == null ? null : actor.countryCode(),
        actor != null && "country".equals(actor.actorType()),
        code,
        actor != null && "person".equals(actor.actorType()));
  }
}
