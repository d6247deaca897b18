package org.newsevents.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.nlp.Dependency;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/** How a sentence places its action in time, read from the verb and its auxiliaries. */
final class VerbTense {
  private VerbTense() {}

  private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "'ll", "shall", "would");

  /** How a verb places its action in time, for a weekday with no "last" or "next". */
  enum Tense {
    PAST,
    FUTURE,
    PRESENT
  }

  /**
   * The tense of the action: future with a future auxiliary ("will meet"), "going to" or "is to";
   * past for a past-tense verb (VBD) or a participle with a past auxiliary ("has met", "was
   * arrested", "had met", "was directing"); present otherwise. A participle clause ("released a
   * statement saying") is told in the tense of the verb it depends on ({@link #clauseVerb}).
   */
  static Tense of(Sentence sentence, int actionToken) {
    return ofFinite(sentence, clauseVerb(sentence, actionToken));
  }

  private static Tense ofFinite(Sentence sentence, int actionToken) {
    List<Token> tokens = sentence.tokens();
    Token action = tokens.get(actionToken);
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
      Token governing = tokens.get(before - 1);
      if (governing.lemma().equals("be") || governing.word().equalsIgnoreCase("going")) {
        return Tense.FUTURE;
      }
    }
    // "was directing": the past progressive tells of a past time as the simple past does.
    if (action.pos().equals("VBD")
        || ((action.pos().equals("VBN") || action.pos().equals("VBG")) && pastAuxiliary)) {
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
    if (verb >= 0) {
      verb = clauseVerb(sentence, verb);
    }
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
        || ((pos.equals("VBN") || pos.equals("VBG")) && pastBe);
  }

  /**
   * Whether the action is a to-infinitive complement of a verb told in the simple past ("continued
   * to attack others", "agreed to add two members"): the complement is told in its governor's time,
   * through a chain of such complements ("tried to begin to").
   */
  static boolean isComplementOfASimplePast(Sentence sentence, int actionToken) {
    int verb = actionToken;
    for (int steps = 0; steps < 4; steps++) {
      int governor = -1;
      for (Dependency edge : sentence.dependencies()) {
        if (edge.dependent() == verb && edge.relation().equals("xcomp")) {
          governor = edge.governor();
        }
      }
      if (governor < 0
          || !sentence.tokens().get(verb).pos().equals("VB")
          || !hasMarker(sentence, verb, "to")) {
        return false;
      }
      if (isSimplePast(sentence, governor)) {
        return true;
      }
      verb = governor;
    }
    return false;
  }

  private static boolean hasMarker(Sentence sentence, int verb, String marker) {
    for (Dependency edge : sentence.dependencies()) {
      if (edge.governor() == verb
          && edge.relation().equals("mark")
          && sentence.tokens().get(edge.dependent()).word().equalsIgnoreCase(marker)) {
        return true;
      }
    }
    return false;
  }

  /** Adverbs by which a present perfect tells of earlier or repeated acts, not of the news. */
  private static final Set<String> EARLIER_ACTS =
      Set.of(
          "before",
          "already",
          "ever",
          "never",
          "since",
          "repeatedly",
          "previously",
          "often",
          "long",
          "yet",
          "always");

  /**
   * Whether the action is told in the present perfect of a single act ("the office has suspended
   * the permit"): "has" or "have" with a participle, active or passive, and no adverb that places
   * it earlier or makes it a habit ("has threatened Gondor before", "has long opposed"), nor a
   * progressive ("has been encouraging"), nor a "since" or "for" that makes it a state.
   */
  static boolean isPresentPerfectOfAnAct(Sentence sentence, int actionToken) {
    int verb = verbOf(sentence, actionToken);
    if (verb < 0 || !sentence.tokens().get(verb).pos().equals("VBN")) {
      return false;
    }
    boolean presentHave = false;
    for (Dependency edge : sentence.dependencies()) {
      if (edge.governor() != verb) {
        continue;
      }
      Token dependent = sentence.tokens().get(edge.dependent());
      String word = dependent.word().toLowerCase(Locale.ROOT);
      if (edge.relation().equals("aux")) {
        if (!dependent.lemma().equals("have") || dependent.pos().equals("VBD")) {
          return false; // "had", a modal, "will have"
        }
        presentHave = true;
      } else if (EARLIER_ACTS.contains(word)) {
        return false;
      } else if (edge.relation().startsWith("obl") || edge.relation().equals("advcl")) {
        for (Dependency marker : sentence.dependencies()) {
          String case_ = sentence.tokens().get(marker.dependent()).word().toLowerCase(Locale.ROOT);
          if (marker.governor() == edge.dependent()
              && (case_.equals("since") || case_.equals("for"))) {
            return false;
          }
        }
      }
    }
    return presentHave;
  }

  /**
   * The verb whose tense tells the action's: the action's own, unless it heads a participle clause
   * ("a statement saying", "calling it void": a present participle with no auxiliary and no subject
   * of its own), which happens when the verb it depends on does; then that verb's, found above the
   * nouns between them. A to-infinitive keeps its own ("agreed to meet next Friday" is a meeting to
   * come).
   */
  static int clauseVerb(Sentence sentence, int actionToken) {
    int verb = actionToken;
    for (int steps = 0;
        steps < sentence.tokens().size() && isParticipleClause(sentence, verb);
        steps++) {
      int governor = governorOf(sentence, verb);
      int above = governor < 0 ? -1 : verbOf(sentence, governor);
      if (above < 0) {
        return verb;
      }
      verb = above;
    }
    return verb;
  }

  private static boolean isParticipleClause(Sentence sentence, int verb) {
    if (!sentence.tokens().get(verb).pos().equals("VBG")) {
      return false;
    }
    for (Dependency edge : sentence.dependencies()) {
      if (edge.governor() == verb
          && (edge.relation().startsWith("aux")
              || edge.relation().startsWith("nsubj")
              || edge.relation().equals("cop"))) {
        return false; // "is meeting", "they were saying": a clause of its own
      }
    }
    return governorOf(sentence, verb) >= 0;
  }

  private static int governorOf(Sentence sentence, int token) {
    for (Dependency edge : sentence.dependencies()) {
      if (edge.dependent() == token) {
        return edge.governor();
      }
    }
    return -1;
  }

  /** The action's own token when it is a verb, else the nearest verb above it; -1 if none. */
  private static int verbOf(Sentence sentence, int actionToken) {
    int token = actionToken;
    for (int steps = 0; token >= 0 && steps < sentence.tokens().size(); steps++) {
      if (sentence.tokens().get(token).pos().startsWith("VB")) {
        return token;
      }
      token = governorOf(sentence, token);
    }
    return -1;
  }
}
