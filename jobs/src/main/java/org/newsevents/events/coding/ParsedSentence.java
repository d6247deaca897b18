package org.newsevents.events.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.CountryCompounds;
import org.newsevents.actors.HostileActNouns;
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

  /**
   * The other countries of the compound a country of it belongs to ("Turkish" and "Libyan" in "the
   * Turkish-Libyan agreement"), in the order written; none for a mention of no such compound.
   */
  List<ActorMention> compoundPartners(ActorMention mention) {
    List<ActorMention> partners = new ArrayList<>();
    if (mention == null || !CountryCompounds.PARTY_COMPOUND.equals(mention.method())) {
      return partners;
    }
    int at = -1;
    for (int i = 0; i < actorAt.length && at < 0; i++) {
      if (actorAt[i] == mention) {
        at = i;
      }
    }
    if (at < 0) {
      return partners;
    }
    int first = at;
    while (first > 0 && (partOfTheCompound(first - 1) || joins(first - 1))) {
      first--;
    }
    for (int i = first;
        i < actorAt.length && (partOfTheCompound(i) || joins(i) || actorAt[i] == mention);
        i++) {
      if (partOfTheCompound(i) && actorAt[i] != mention && !partners.contains(actorAt[i])) {
        partners.add(actorAt[i]);
      }
    }
    return partners;
  }

  private boolean partOfTheCompound(int token) {
    return token >= 0
        && token < actorAt.length
        && actorAt[token] != null
        && CountryCompounds.PARTY_COMPOUND.equals(actorAt[token].method());
  }

  private boolean joins(int token) {
    return token >= 0
        && token < actorAt.length
        && Set.of("-", "/", "–").contains(sentence.tokens().get(token).word());
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

  /**
   * The actor an "X-held" modifier names ("bombed ISIS-held towns", "shelled Russian-occupied
   * Donetsk"): the parser reads "ISIS - held" as the participle "held" with ISIS its oblique. The
   * place's holder is the one an act on the place is aimed at (issue 14: targets in "X-held" were
   * missed); null for any other modifier.
   */
  ActorMention holderOf(int modifier) {
    if (!HostileActNouns.isHoldingParticiple(tree.lemma(modifier))) {
      return null;
    }
    for (int holder : tree.dependents(modifier)) {
      if (HostileActNouns.HOLDER_RELATIONS.contains(tree.relation(holder))
          && actorAt[holder] != null
          && holder < modifier) {
        return actorAt[holder];
      }
    }
    return null;
  }
}
