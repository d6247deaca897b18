package org.newsevents.bench;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.events.CameoDictionary;
import org.newsevents.nlp.Dependency;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * Where in its sentence a gold event's action is, found without hand data: the gold gives the
 * event's CAMEO code and actors' words, not its verb. The action is the verb whose entry in the
 * CAMEO dictionary codes the event's root ("pleaded" for a 015 plea, not "said"); among several,
 * the one whose subject is a word of the gold source, then the one whose entry has the exact code,
 * then the one nearest the root of the parse. A sentence with no such verb (an event told by a noun
 * or a verb the dictionary lacks) is dated at its main verb.
 */
final class GoldEventVerb {
  private GoldEventVerb() {}

  /** The sentence and token to date a gold event at, and how they were found. */
  record Action(DateQuality.Anchor anchor, Sentence sentence, int token) {}

  private record Candidate(
      Sentence sentence, int token, boolean subjectIsSource, boolean exact, int depth) {}

  /**
   * @param sentences the parsed sentences of the gold sentence's paragraph (usually one)
   */
  static Action find(
      List<Sentence> sentences, RealNewsGold.GoldEvent event, CameoDictionary cameo) {
    String code = event.tuple().event();
    String root = code.substring(0, 2);
    Set<String> sourceWords = words(event.sourceText());
    Candidate best = null;
    Comparator<Candidate> order =
        Comparator.comparing((Candidate c) -> !c.subjectIsSource())
            .thenComparing(c -> !c.exact())
            .thenComparingInt(Candidate::depth);
    for (Sentence sentence : sentences) {
      if (sentence.dependencies().isEmpty()) {
        continue;
      }
      for (Token token : sentence.tokens()) {
        if (!token.pos().startsWith("VB")) {
          continue;
        }
        Set<String> codes = new HashSet<>();
        for (String form : List.of(token.lemma(), token.word())) {
          cameo.patternsFor(form).forEach(pattern -> codes.addAll(pattern.codes()));
        }
        if (codes.stream().noneMatch(c -> c.startsWith(root))) {
          continue;
        }
        Candidate candidate =
            new Candidate(
                sentence,
                token.index(),
                subjectIn(sentence, token.index(), sourceWords),
                codes.contains(code),
                depth(sentence, token.index()));
        if (best == null || order.compare(candidate, best) < 0) {
          best = candidate;
        }
      }
    }
    if (best != null) {
      return new Action(
          DateQuality.Anchor.EVENT_VERB,
          best.sentence(),
          root.equals("03") ? saidAt(best.sentence(), best.token()) : best.token());
    }
    for (Sentence sentence : sentences) {
      if (sentence.root() >= 0) {
        return new Action(DateQuality.Anchor.MAIN_CLAUSE, sentence, sentence.root());
      }
    }
    return new Action(DateQuality.Anchor.NONE, null, -1);
  }

  /**
   * Where an intent (03x) was expressed, which dates it as the coder dates it: the verb whose
   * complement the promised act is ("agreed to add", "announced it will withdraw"), else the act's.
   */
  private static int saidAt(Sentence sentence, int act) {
    for (Dependency edge : sentence.dependencies()) {
      if (edge.dependent() == act
          && edge.governor() >= 0
          && List.of("xcomp", "ccomp", "parataxis").contains(edge.relation())
          && sentence.tokens().get(edge.governor()).pos().startsWith("VB")) {
        return edge.governor();
      }
    }
    return act;
  }

  /**
   * Whether the verb's subject (active or passive) is one of the words, or a personal pronoun,
   * which may stand for them ("he had asked").
   */
  private static boolean subjectIn(Sentence sentence, int verb, Set<String> words) {
    for (Dependency edge : sentence.dependencies()) {
      if (edge.governor() == verb && edge.relation().startsWith("nsubj")) {
        Token subject = sentence.tokens().get(edge.dependent());
        return subject.pos().equals("PRP")
            || words.contains(subject.word().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** Edges from the root of the parse down to the token. */
  private static int depth(Sentence sentence, int token) {
    int depth = 0;
    int current = token;
    for (int steps = 0; steps < sentence.tokens().size(); steps++) {
      int governor = -1;
      for (Dependency edge : sentence.dependencies()) {
        if (edge.dependent() == current) {
          governor = edge.governor();
          break;
        }
      }
      if (governor < 0) {
        return depth;
      }
      depth++;
      current = governor;
    }
    return depth;
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word :
        (text == null ? "" : text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
