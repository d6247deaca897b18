package org.newsevents.events;

import java.util.List;
import java.util.Locale;
import org.newsevents.nlp.Dependency;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/** How a sentence places its action in time, read from the verb and its auxiliaries. */
final class VerbTense {
  private VerbTense() {}

  private static final java.util.Set<String> FUTURE_AUXILIARIES =
      java.util.Set.of("will", "'ll", "shall", "would");

  /** How a verb places its action in time, for a weekday with no "last" or "next". */
  enum Tense {
    PAST,
    FUTURE,
    PRESENT
  }

  /**
   * The tense of the action: future with a future auxiliary ("will meet"), "going to" or "is to";
   * past for a past-tense verb (VBD) or a participle with a past auxiliary ("has met", "was
   * arrested", "had met"); present otherwise.
   */
  static Tense of(Sentence sentence, int actionToken) {
    List<Token> tokens = sentence.tokens();
    org.newsevents.nlp.Token action = tokens.get(actionToken);
    boolean pastAuxiliary = false;
    for (Dependency edge : sentence.dependencies()) {
      if (edge.governor() == actionToken && edge.relation().startsWith("aux")) {
        Token auxiliary = tokens.get(edge.dependent());
        if (FUTURE_AUXILIARIES.contains(auxiliary.word().toLowerCase(Locale.ROOT))) {
          return Tense.FUTURE;
        }
        pastAuxiliary |= auxiliary.pos().equals("VBD");
      }
    }
    // "is to meet", "are going to meet": "to" right before the verb (an adverb may come between),
    // after a form of "be" or "going".
    int before = actionToken - 1;
    while (before >= 0 && tokens.get(before).pos().startsWith("RB")) {
      before--;
    }
    if (before >= 1 && tokens.get(before).word().equalsIgnoreCase("to")) {
      org.newsevents.nlp.Token governing = tokens.get(before - 1);
      if (governing.lemma().equals("be") || governing.word().equalsIgnoreCase("going")) {
        return Tense.FUTURE;
      }
    }
    if (action.pos().equals("VBD") || (action.pos().equals("VBN") && pastAuxiliary)) {
      return Tense.PAST;
    }
    if (action.pos().equals("VBN")) {
      // "has met": a present auxiliary with a participle is a finished action too.
      return Tense.PAST;
    }
    return Tense.PRESENT;
  }

  /**
   * Whether the action is told in the simple past, active or passive: a past-tense verb ("cited"),
   * "did" with a bare verb ("did not accede"), or "was" or "were" with a participle ("were
   * released"); not with a perfect ("has met", "had made"), a modal or a future auxiliary. A noun
   * action ("talks") is told by the verb it hangs on ("held talks").
   */
  static boolean isSimplePast(Sentence sentence, int actionToken) {
    int verb = verbOf(sentence, actionToken);
    if (verb < 0) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    boolean did = false;
    boolean pastBe = false;
    for (Dependency edge : sentence.dependencies()) {
      if (edge.governor() != verb || !edge.relation().startsWith("aux")) {
        continue;
      }
      Token auxiliary = tokens.get(edge.dependent());
      String lemma = auxiliary.lemma().toLowerCase(Locale.ROOT);
      if (lemma.equals("have") || auxiliary.pos().equals("MD")) {
        return false;
      }
      did |= lemma.equals("do") && auxiliary.pos().equals("VBD");
      pastBe |= lemma.equals("be") && auxiliary.pos().equals("VBD");
    }
    String pos = tokens.get(verb).pos();
    return (pos.equals("VBD") && !did && !pastBe)
        || (pos.equals("VB") && did)
        || (pos.equals("VBN") && pastBe);
  }

  /** The action's own token when it is a verb, else the nearest verb above it; -1 if none. */
  private static int verbOf(Sentence sentence, int actionToken) {
    int token = actionToken;
    for (int steps = 0; token >= 0 && steps < sentence.tokens().size(); steps++) {
      if (sentence.tokens().get(token).pos().startsWith("VB")) {
        return token;
      }
      int governor = -1;
      for (Dependency edge : sentence.dependencies()) {
        if (edge.dependent() == token) {
          governor = edge.governor();
          break;
        }
      }
      token = governor;
    }
    return -1;
  }
}
