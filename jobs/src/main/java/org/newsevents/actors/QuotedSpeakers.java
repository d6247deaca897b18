package org.newsevents.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * "I" and "we" inside a quotation stand for its speaker: in '"We are cooperating with the
 * government," said Ford' the one cooperating is Ford. A quotation often runs over several
 * sentences and names its speaker in only one of them ('"I informed him last night. [...] I asked
 * him to resign," wrote the president. "I thank him for his service."'): every sentence of the
 * quotation takes the speaker it names. A speaker is the resolved subject of a reporting verb
 * outside the quotation marks, or of the clause a reporting participle hangs on ("made this point,
 * writing ..."). No speaker, no actor: a first person is never guessed from proximity alone.
 */
final class QuotedSpeakers {
  /** The resolution method of a first person read as its quotation's speaker. */
  static final String METHOD = "pronoun";

  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  private static final Set<String> REPORTING_VERBS =
      Set.of(
          "say",
          "write",
          "tell",
          "add",
          "state",
          "announce",
          "insist",
          "explain",
          "declare",
          "tweet",
          "post",
          "note",
          "continue",
          "conclude");

  /** Relations by which a reporting participle hangs on the clause whose subject speaks. */
  private static final Set<String> PARTICIPLE_RELATIONS = Set.of("advcl", "xcomp", "conj", "dep");

  /** The most sentences one quotation is read to run over. */
  private static final int LONGEST_QUOTATION = 6;

  private QuotedSpeakers() {}

  /**
   * Adds a mention of its speaker for every quoted first person of the article whose speaker is
   * named.
   */
  static void resolve(List<Sentence> sentences, ArticleContext context) {
    int count = sentences.size();
    boolean[][] quoted = new boolean[count][];
    boolean[] runsOn = new boolean[count];
    ActorMention[] speakers = new ActorMention[count];
    boolean open = false;
    for (int i = 0; i < count; i++) {
      Sentence sentence = sentences.get(i);
      quoted[i] = new boolean[sentence.tokens().size()];
      open = markQuoted(sentence, open, quoted[i]);
      runsOn[i] = open;
      speakers[i] = speaker(sentence, quoted[i], context);
    }
    int first = 0;
    while (first < count) {
      int last = first;
      while (last < count - 1 && runsOn[last]) {
        last++;
      }
      ActorMention quotationSpeaker = null;
      // A "quotation" longer than this is more likely a quotation mark left unclosed: only the
      // sentences that name their own speaker are read.
      boolean plausible = last - first < LONGEST_QUOTATION;
      for (int i = first; i <= last && plausible && quotationSpeaker == null; i++) {
        quotationSpeaker = speakers[i];
      }
      for (int i = first; i <= last; i++) {
        ActorMention speaker = speakers[i] != null ? speakers[i] : quotationSpeaker;
        if (speaker != null) {
          mentionFirstPersons(sentences.get(i), quoted[i], speaker, context);
        }
      }
      first = last + 1;
    }
  }

  /**
   * Marks the tokens inside quotation marks, starting inside one when the previous sentence left it
   * open; returns whether this sentence leaves one open.
   */
  private static boolean markQuoted(Sentence sentence, boolean openAtStart, boolean[] quoted) {
    String text = sentence.text();
    boolean open = openAtStart;
    int next = 0;
    List<Token> tokens = sentence.tokens();
    for (int c = 0; c < text.length(); c++) {
      while (next < tokens.size() && tokens.get(next).charStart() - sentence.charStart() <= c) {
        if (tokens.get(next).charStart() - sentence.charStart() == c) {
          quoted[next] = open;
        }
        next++;
      }
      char ch = text.charAt(c);
      if (ch == '"') {
        open = !open;
      } else if (ch == '“') {
        open = true;
      } else if (ch == '”') {
        open = false;
      }
    }
    return open;
  }

  /** The resolved subject of a reporting verb outside the quotation marks, or null. */
  private static ActorMention speaker(Sentence sentence, boolean[] quoted, ArticleContext context) {
    if (sentence.dependencies().isEmpty()) {
      return null;
    }
    ParseTree tree = new ParseTree(sentence);
    List<ActorMention> inSentence = new ArrayList<>();
    for (ActorMention mention : context.mentions) {
      if (mention.sentenceNo() == sentence.sentenceNo() && mention.isParty()) {
        inSentence.add(mention);
      }
    }
    // 'Biden said Putin told him: "I will not invade."': of several reporting verbs, the one
    // nearest the quotation introduces it.
    ActorMention nearest = null;
    int nearestDistance = Integer.MAX_VALUE;
    for (Token token : sentence.tokens()) {
      int verb = token.index();
      if (quoted[verb]
          || !token.pos().startsWith("VB")
          || !REPORTING_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      ActorMention found = speakerOf(tree, inSentence, sentence, quoted, verb);
      int distance = distanceToQuotation(quoted, verb);
      if (found != null && distance < nearestDistance) {
        nearest = found;
        nearestDistance = distance;
      }
    }
    return nearest;
  }

  /** The resolved subject of one reporting verb, or null. */
  private static ActorMention speakerOf(
      ParseTree tree,
      List<ActorMention> inSentence,
      Sentence sentence,
      boolean[] quoted,
      int verb) {
    Token token = sentence.tokens().get(verb);
    int subject = tree.child(verb, "nsubj");
    if (subject < 0
        && tree.head(verb) >= 0
        && PARTICIPLE_RELATIONS.contains(tree.relation(verb))
        && token.pos().equals("VBG")) {
      subject = tree.child(tree.head(verb), "nsubj");
    }
    if (subject >= 0 && !quoted[subject]) {
      return phraseActor(tree, inSentence, sentence, subject);
    }
    // '"...," wrote Trump', '"...," said the minister': the speaker follows the verb (but
    // '"...," told Reuters' names whom it was told).
    int after = verb + 1;
    if (after < quoted.length && sentence.tokens().get(after).pos().equals("DT")) {
      after++;
    }
    if (after < quoted.length
        && !quoted[after]
        && !token.lemma().equalsIgnoreCase("tell")
        && quotedBefore(sentence, quoted, verb)) {
      return mentionAt(inSentence, sentence.tokens().get(after));
    }
    return null;
  }

  /** How many tokens lie between the verb and the nearest quoted token. */
  private static int distanceToQuotation(boolean[] quoted, int verb) {
    int best = Integer.MAX_VALUE;
    for (int i = 0; i < quoted.length; i++) {
      if (quoted[i]) {
        best = Math.min(best, Math.abs(i - verb));
      }
    }
    return best;
  }

  /** Whether a quoted word comes before the verb, with only punctuation between. */
  private static boolean quotedBefore(Sentence sentence, boolean[] quoted, int verb) {
    for (int i = verb - 1; i >= 0; i--) {
      if (quoted[i]) {
        return true;
      }
      String word = sentence.tokens().get(i).word();
      if (!word.isEmpty() && Character.isLetterOrDigit(word.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** The actor of a subject phrase: its head's, else a name beside it ("Ford itself"). */
  private static ActorMention phraseActor(
      ParseTree tree, List<ActorMention> inSentence, Sentence sentence, int head) {
    ActorMention own = mentionAt(inSentence, sentence.tokens().get(head));
    if (own != null) {
      return own;
    }
    for (int part : tree.children(head, "dep", "appos", "compound", "flat")) {
      ActorMention inside = mentionAt(inSentence, sentence.tokens().get(part));
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }

  private static ActorMention mentionAt(List<ActorMention> mentions, Token token) {
    for (ActorMention mention : mentions) {
      if (mention.cameoCode() != null
          && token.charStart() >= mention.charStart()
          && token.charEnd() <= mention.charEnd()) {
        return mention;
      }
    }
    return null;
  }

  private static void mentionFirstPersons(
      Sentence sentence, boolean[] quoted, ActorMention speaker, ArticleContext context) {
    for (Token token : sentence.tokens()) {
      if (quoted[token.index()] && FIRST_PERSON.contains(token.word().toLowerCase(Locale.ROOT))) {
        context.mentions.add(
            new ActorMention(
                context.articleId,
                speaker.actorKey(),
                sentence.sentenceNo(),
                token.charStart(),
                token.charEnd(),
                token.word(),
                speaker.cameoCode(),
                METHOD));
      }
    }
  }
}
