package org.newsevents.events.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/** A parsed sentence with the actor mention covering each of its tokens, as every rule reads it. */
final class ParsedSentence {
  final Sentence sentence;
  final ParseTree tree;

  /** The actor mention each token belongs to, or null. */
  final ActorMention[] actorAt;

  ParsedSentence(Sentence sentence, List<ActorMention> mentions) {
    this.sentence = sentence;
    this.tree = new ParseTree(sentence);
    List<Token> tokens = sentence.tokens();
    this.actorAt = new ActorMention[tokens.size()];
    for (ActorMention mention : mentions) {
      for (Token token : tokens) {
        if (token.charStart() >= mention.charStart() && token.charEnd() <= mention.charEnd()) {
          actorAt[token.index()] = mention;
        }
      }
    }
  }

  static List<ActorMention> distinct(List<ActorMention> mentions) {
    List<ActorMention> out = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (ActorMention mention : mentions) {
      if (keys.add(mention.actorKey())) {
        out.add(mention);
      }
    }
    return out;
  }

  static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }
}
