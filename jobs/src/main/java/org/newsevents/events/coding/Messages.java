package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;

/**
 * A message speaks for its sender: in "Pompeo sent a letter requesting the rules" and "the ministry
 * issued a statement condemning the attack" the participle on the message is the sender's act, the
 * sending itself is not an event besides, and what the message says is a clause of its own, not
 * words of the sending verb's phrase.
 */
final class Messages {
  /** Nouns of a message that speaks for its sender: "a letter requesting", "a statement urging". */
  private static final Set<String> MESSAGES =
      Set.of("letter", "statement", "message", "note", "communique", "communiqué", "memo", "tweet");

  /** Verbs that send a message out: its sender speaks through it ("issued a statement urging"). */
  private static final Set<String> SENDING_VERBS =
      Set.of("send", "issue", "release", "write", "publish", "deliver", "post", "submit", "sign");

  private final Sentence sentence;
  private final ParseTree tree;

  Messages(ParsedSentence parsed) {
    this.sentence = parsed.sentence;
    this.tree = parsed.tree;
  }

  /**
   * The verb that sent the message a participle speaks in ("sent" for "requesting" in "sent a
   * letter requesting"), or -1 when the participle is not a sent message's content.
   */
  int sendingVerb(int participle) {
    if (!isContent(participle)) {
      return -1;
    }
    if (!"acl".equals(tree.relation(participle))) {
      return tree.head(participle); // "released a statement Friday condemning": see isContent
    }
    int message = tree.head(participle);
    int sender = tree.head(message);
    boolean sent =
        "obj".equals(tree.relation(message))
            && sender >= 0
            && SENDING_VERBS.contains(lower(tree.lemma(sender)));
    return sent ? sender : -1;
  }

  /** The participles that speak in a message the verb sends. */
  List<Integer> contents(int verb) {
    List<Integer> contents = new ArrayList<>();
    if (!SENDING_VERBS.contains(lower(tree.lemma(verb)))) {
      return contents;
    }
    for (int message : tree.children(verb, "obj")) {
      for (int participle : tree.children(message, "acl")) {
        if (isContent(participle)) {
          contents.add(participle);
        }
      }
    }
    // A participle hung on the verb itself ("sent a letter to Erdogan encouraging him") speaks for
    // the sender too, but the parse is too loose to let it stand in for the sending: both are read.
    return contents;
  }

  /**
   * Relations the parser gives a message's participle when a word comes between them ("released a
   * statement Friday condemning the plan": "condemning" hangs on "released").
   */
  private static final Set<String> DETACHED_RELATIONS = Set.of("dep", "advcl");

  /**
   * Whether the token is a present participle on a message noun ("a letter urging"), or one the
   * parser hung on the verb that sends the message, after it ("issued a statement Friday urging").
   */
  boolean isContent(int token) {
    if (!"VBG".equals(sentence.tokens().get(token).pos())) {
      return false;
    }
    int head = tree.head(token);
    if (head < 0) {
      return false;
    }
    if ("acl".equals(tree.relation(token))) {
      return MESSAGES.contains(lower(tree.lemma(head)));
    }
    if (!DETACHED_RELATIONS.contains(tree.relation(token))
        || !SENDING_VERBS.contains(lower(tree.lemma(head)))) {
      return false;
    }
    for (int message : tree.children(head, "obj")) {
      if (message < token && MESSAGES.contains(lower(tree.lemma(message)))) {
        return true;
      }
    }
    return false;
  }
}
