package org.newsevents.events.coding;

import static org.newsevents.events.coding.StatusCues.CLAIM_PREDICATES;
import static org.newsevents.events.coding.StatusCues.CONDITIONAL_MARKS;
import static org.newsevents.events.coding.StatusCues.DEONTIC_MODALS;
import static org.newsevents.events.coding.StatusCues.DESIRE_PREDICATES;
import static org.newsevents.events.coding.StatusCues.DIRECTIVES;
import static org.newsevents.events.coding.StatusCues.FEAR_PREDICATES;
import static org.newsevents.events.coding.StatusCues.FINITE_BE;
import static org.newsevents.events.coding.StatusCues.FUTURE_AUXILIARIES;
import static org.newsevents.events.coding.StatusCues.HEDGE_ADJECTIVES;
import static org.newsevents.events.coding.StatusCues.HEDGE_ADVERBS;
import static org.newsevents.events.coding.StatusCues.HYPOTHETICAL_MODALS;
import static org.newsevents.events.coding.StatusCues.INTENT_NOUNS;
import static org.newsevents.events.coding.StatusCues.NEGATING_VERBS;
import static org.newsevents.events.coding.StatusCues.NEGATORS;
import static org.newsevents.events.coding.StatusCues.PLANNING_PREDICATES;
import static org.newsevents.events.coding.StatusCues.POSSIBILITY_ADJECTIVES;
import static org.newsevents.events.coding.StatusCues.POSSIBILITY_ADVERBS;
import static org.newsevents.events.coding.StatusCues.SPEECH_ACTS;
import static org.newsevents.events.coding.StatusCues.isConditionalNominal;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsevents.events.EventDate;
import org.newsevents.events.MentionStatus;
import org.newsevents.nlp.ParseTree;
import org.newsevents.nlp.Sentence;

/**
 * Decides the {@link MentionStatus} of an event mention (an event verb or event noun) from the
 * sentence's basic dependency parse, with general rules on cue words and the relations that link
 * them to the action.
 *
 * <p>How it looks: first at the action itself (a negation "not"/"never"/"n't"/"no longer"/"no", a
 * modal could/might/may/would or should/must/ought, "will"/"shall", a hedge "allegedly"/"alleged",
 * "possible", a subordinator "if"/"unless"/"in case", "is expected"/"is scheduled", "is to"/"was
 * to"), then up the tree through the relations that embed it: an {@code xcomp} under
 * refuse/deny/fail (negated), plan/intend/expect/due/set/agree (planned), threaten/fear/risk or a
 * directive urge/call on/demand/ask (hypothetical); a nominal relation under deny/reject (negated),
 * "no intention"/"no plans" (negated), fear/risk/threat/concern/prelude/possibility (hypothetical),
 * "in the event of"/"in case of" (hypothetical), plan/intention (planned),
 * claim/allegation/accusation or "accused ... of" (claimed); a {@code ccomp} under deny (negated),
 * claim/allege (claimed) or fear (hypothetical). A nominal event also takes the modality of the
 * verb it is the object or subject of ("could launch an invasion"), and a verb in an {@code xcomp}
 * takes that of its controlling verb ("will not start deploying"). The climb stops at a clause
 * boundary: the content of "say"/"tell"/"announce" is reported speech and keeps its own status, so
 * "Lavrov said that NATO threatens Russia" is asserted for "threatens", and "US officials say
 * Russia has increased its deployment" is asserted for "increased" (attributed but not hedged:
 * {@link MentionStatus#CLAIMED} needs an explicit hedge).
 *
 * <p>Conditionals: the action inside an "if"/"unless" clause (the antecedent) is hypothetical. So
 * is the consequent, the clause the condition is attached to ("If Russia invades Ukraine, the West
 * will impose sanctions": "impose" is hypothetical, which outranks the planned "will"), including a
 * condition the parser hangs on one of the action's own arguments ("Germany will respond with
 * strong sanctions in the event of a Russian invasion": "respond" is hypothetical).
 *
 * <p>Speech acts: a threat, warning, demand or accusation is an event in its own right, and it
 * happened even when what it threatens is conditional. {@link #isSpeechAct} recognises them
 * (threaten, warn, demand, urge, call on/for, accuse, blame, reject, deny, criticize, condemn,
 * ...); the classifier does not apply the consequent rule to them, so in "Mr Blinken warned his
 * Russian colleague of a united response if Russia took that step" the warning is asserted and
 * "took" is hypothetical. A coder that codes a THREATEN event should take the status of the
 * speech-act verb, not that of the threatened action; the threatened action keeps its own
 * (hypothetical or planned) status. Speech acts still take their own negation, modal and hedge cues
 * ("Moscow did not threaten", "could demand").
 *
 * <p>Precedence when several cues apply: negated, then hypothetical, planned, claimed, asserted
 * ({@link MentionStatus#rank()}). The cue of the winning rule is returned with a confidence that
 * falls with its distance from the action in the tree. Sentences without a parse (not sent to the
 * deep annotators) are asserted with a low confidence.
 *
 * <p>Known limits: "according to ..." is not a hedge here (whether the source is disputed is not in
 * the parse); a future time expression is not used (the parse cue decides); "would" in reported
 * speech ("said it would withdraw") counts as hypothetical; a nominal event takes the negation of
 * the verb it is the object of, which is wrong for "did not stop the invasion"; "concern about" an
 * existing build-up makes it hypothetical; the climb follows the parser, so a misattached phrase
 * can give a mention the cue of a neighbour.
 */
public final class StatusClassifier {
  private StatusClassifier() {}

  /** A status, the word(s) that decided it ("" when nothing did) and a confidence in [0, 1]. */
  public record Classification(MentionStatus status, String cue, double confidence) {}

  static final double NO_PARSE_CONFIDENCE = 0.3;
  static final double NO_CUE_CONFIDENCE = 0.8;
  private static final int MAX_CLIMB = 8;

  /**
   * "Scholz is to visit Kyiv", "the Senate was to meet": a finite "be" before the infinitive's "to"
   * arranges the act. An infinitive under another verb ("appears to be preparing", "is believed to
   * be holding") has only the bare "be" after its "to", and tells no plan.
   */
  private static boolean arrangedByBeTo(ParseTree tree, int node) {
    int be = -1;
    int to = -1;
    for (int child : tree.dependents(node)) {
      String rel = tree.relation(child);
      if ((rel.equals("aux") || rel.equals("cop")) && FINITE_BE.contains(tree.word(child))) {
        be = child;
      } else if (rel.equals("mark") && tree.word(child).equalsIgnoreCase("to")) {
        to = child;
      }
    }
    return be >= 0 && to > be;
  }

  /** Words with which a time expression itself says which day or week it means. */
  private static final Pattern EXPLICIT_FUTURE =
      Pattern.compile(
          "(?i)\\b(?:tomorrow|next|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july"
              + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b");

  /**
   * An act that its own sentence dates after the article was written has not happened yet, whatever
   * the verb's tense says: "Miyazawa visits Washington on Thursday", in an article of Monday, is
   * planned (issue 16: no event asserted after its article). A date the article stood in for is no
   * evidence of the future. Only a day or a week that the expression itself puts ahead counts
   * ("tomorrow", "next week", "on April 7"): which way a bare weekday points was read from a tense,
   * often the reporting verb's ("is about to restore ties, an official said on Saturday"), and a
   * month or a year named ("when a dam is filled next month") dates a clause near the act more
   * often than the act.
   *
   * @param articleDate the article's date (published or inferred), or null when it is undated
   */
  public static Classification plannedIfDatedLater(
      Classification status, EventDate date, LocalDate articleDate) {
    boolean happened =
        status.status() == MentionStatus.ASSERTED || status.status() == MentionStatus.CLAIMED;
    if (!happened
        || articleDate == null
        || date == null
        || !date.isKnown()
        || !"sentence".equals(date.source())
        || !date.date().isAfter(articleDate)
        || (date.precision() != EventDate.Precision.DAY
            && date.precision() != EventDate.Precision.WEEK)
        || date.expression() == null
        || !EXPLICIT_FUTURE.matcher(date.expression()).find()) {
      return status;
    }
    return new Classification(
        MentionStatus.PLANNED, "dated after the article", status.confidence());
  }

  /** The status of the action at {@code actionToken} (0-based) in the sentence. */
  public static Classification classify(Sentence sentence, int actionToken) {
    if (actionToken < 0 || actionToken >= sentence.tokens().size()) {
      throw new IllegalArgumentException(
          "token " + actionToken + " outside a sentence of " + sentence.tokens().size());
    }
    if (sentence.dependencies().isEmpty()) {
      return new Classification(MentionStatus.ASSERTED, "", NO_PARSE_CONFIDENCE);
    }
    ParseTree tree = new ParseTree(sentence);
    Best best = new Best();
    ownCues(tree, actionToken, 0.9, !isSpeechAct(tree, actionToken), best);

    int node = actionToken;
    double confidence = 0.8;
    for (int step = 0; step < MAX_CLIMB; step++) {
      int governor = tree.head(node);
      if (governor < 0) {
        break;
      }
      String relation = tree.relation(node);
      boolean speechAct = isSpeechAct(tree, governor);
      boolean keepClimbing;
      switch (relation) {
        case "xcomp" -> {
          controlCues(tree, governor, confidence, best);
          ownCues(tree, governor, confidence, !speechAct, best);
          keepClimbing = true;
        }
        case "obj",
            "iobj",
            "nmod",
            "obl",
            "amod",
            "acl",
            "compound",
            "nsubj",
            "nsubj:pass",
            "appos",
            "nmod:poss" -> {
          nominalCues(tree, node, governor, relation, confidence, best);
          ownCues(tree, governor, confidence, !speechAct, best);
          keepClimbing = true;
        }
        case "ccomp", "csubj" -> {
          complementCues(tree, governor, confidence, best);
          if (tree.hasChild(node, "mark", Set.of("to"))) {
            // An infinitive the parser calls ccomp ("is due to hold talks") is controlled, as
            // xcomp.
            controlCues(tree, governor, confidence, best);
          }
          // A clause under a noun ("claims that ...") is still part of that noun's phrase.
          keepClimbing = tree.isNoun(governor);
          if (keepClimbing) {
            ownCues(tree, governor, confidence, !speechAct, best);
          }
        }
        case "advcl" -> {
          // "accused Ukraine of shelling", "warned of invading": "of" makes it a complement.
          if (tree.hasChild(node, "mark", Set.of("of"))) {
            complementCues(tree, governor, confidence, best);
          }
          // "plans on attacking", "is thinking about sending": a gerund after "on" or "about" is
          // the verb's complement, as an infinitive would be (news audit B: "ISIS does plan on
          // attacking the United States" was asserted).
          if ((tree.hasChild(node, "mark", Set.of("on", "about"))
                  || tree.hasChild(node, "case", Set.of("on", "about")))
              && "VBG".equals(tree.pos(node))) {
            controlCues(tree, governor, confidence, best);
            // "thinking about invading" is considering it; "think" stays out of the desire
            // predicates, whose infinitive it would make hypothetical ("is thought to have fired").
            if (tree.lemma(governor).equals("think")) {
              best.offer(MentionStatus.HYPOTHETICAL, "think about", confidence);
            }
          }
          keepClimbing = false;
        }
        case "conj" -> {
          // A conjunct without its own subject or auxiliary shares those of the first one.
          keepClimbing =
              !tree.hasChildRelation(node, "nsubj") && !tree.hasChildRelation(node, "aux");
          if (keepClimbing) {
            ownCues(tree, governor, confidence, !speechAct, best);
          }
        }
        default -> keepClimbing = false;
      }
      if (!keepClimbing) {
        break;
      }
      node = governor;
      confidence = Math.max(0.5, confidence - 0.05);
    }
    return best.result();
  }

  /**
   * True for a threat, warning, demand, accusation or similar speech act: a verb or noun whose
   * status is its own even when the act it is about is conditional ("warned of a response if ...").
   * "call" counts with "on" or "for" ("called on Moscow to withdraw").
   */
  public static boolean isSpeechAct(Sentence sentence, int token) {
    return isSpeechAct(new ParseTree(sentence), token);
  }

  private static boolean isSpeechAct(ParseTree tree, int token) {
    if (SPEECH_ACTS.contains(tree.lemma(token)) || SPEECH_ACTS.contains(tree.word(token))) {
      return true;
    }
    if (!tree.lemma(token).equals("call")) {
      return false;
    }
    Set<String> onOrFor = Set.of("on", "for");
    if (tree.hasChild(token, "compound:prt", onOrFor)) {
      return true;
    }
    for (int argument : tree.children(token, "obl", "obj")) {
      if (tree.hasChild(argument, "case", onOrFor)) {
        return true;
      }
    }
    return false;
  }

  /** Cues on the token itself and its direct dependents. */
  private static void ownCues(
      ParseTree tree, int node, double confidence, boolean conditionalConsequent, Best best) {
    for (int child : tree.dependents(node)) {
      String relation = tree.relation(child);
      String word = tree.word(child);
      String lemma = tree.lemma(child);
      switch (relation) {
        case "advmod", "neg", "advmod:neg" -> {
          if (NEGATORS.contains(word) || NEGATORS.contains(lemma)) {
            best.offer(MentionStatus.NEGATED, word, confidence);
          } else if (word.equals("longer") && tree.hasChild(child, "advmod", Set.of("no"))) {
            best.offer(MentionStatus.NEGATED, "no longer", confidence);
          } else if (HEDGE_ADVERBS.contains(word)) {
            best.offer(MentionStatus.CLAIMED, word, confidence);
          } else if (POSSIBILITY_ADVERBS.contains(word)) {
            best.offer(MentionStatus.HYPOTHETICAL, word, confidence);
          }
        }
        case "det" -> {
          if (word.equals("no") && tree.isNoun(node)) {
            best.offer(MentionStatus.NEGATED, "no", confidence);
          }
        }
        case "aux" -> {
          if (NEGATORS.contains(word)) {
            best.offer(MentionStatus.NEGATED, word, confidence);
          } else if (HYPOTHETICAL_MODALS.contains(word)
              || HYPOTHETICAL_MODALS.contains(lemma)
              || DEONTIC_MODALS.contains(word)) {
            best.offer(MentionStatus.HYPOTHETICAL, word, confidence);
          } else if (FUTURE_AUXILIARIES.contains(word) || FUTURE_AUXILIARIES.contains(lemma)) {
            best.offer(MentionStatus.PLANNED, word, confidence);
          }
        }
        case "amod" -> {
          if (HEDGE_ADJECTIVES.contains(word)) {
            best.offer(MentionStatus.CLAIMED, word, confidence);
          } else if (POSSIBILITY_ADJECTIVES.contains(word)) {
            best.offer(MentionStatus.HYPOTHETICAL, word, confidence);
          }
        }
        case "mark" -> {
          if (CONDITIONAL_MARKS.contains(word)) {
            best.offer(MentionStatus.HYPOTHETICAL, word, confidence);
          } else if (word.equals("in") && tree.hasChild(child, "fixed", Set.of("case"))) {
            best.offer(MentionStatus.HYPOTHETICAL, "in case", confidence);
          }
        }
        case "advcl" -> {
          if (conditionalConsequent && isConditionalClause(tree, child)) {
            best.offer(MentionStatus.HYPOTHETICAL, "if-clause", confidence - 0.1);
          }
        }
        default -> {}
      }
    }
    // "The Senate was to meet Monday", "Scholz is to visit Kyiv": "be to" arranges an act, which
    // the parser hangs on the verb as an auxiliary or copula "be" and "to" (issue 14: "was to
    // meet" was asserted).
    // "Is about to restore ties" is left as it was: imminent, and PETRARCH-2's unit tests code it.
    if (arrangedByBeTo(tree, node) && !tree.hasChild(node, "advmod", Set.of("about"))) {
      best.offer(MentionStatus.PLANNED, "be to", confidence);
    }
    // "is expected in Moscow", "is scheduled for Monday": announced, not yet done.
    String lemma = tree.lemma(node);
    if ((PLANNING_PREDICATES.contains(lemma) || PLANNING_PREDICATES.contains(tree.word(node)))
        && !lemma.equals("agree")
        && !lemma.equals("decide")
        && (tree.hasChildRelation(node, "aux:pass") || tree.hasChildRelation(node, "cop"))) {
      best.offer(MentionStatus.PLANNED, tree.word(node), confidence);
    }
    if (isConditionalNominal(tree, node)) {
      best.offer(MentionStatus.HYPOTHETICAL, "in case of", confidence);
    }
    if (conditionalConsequent) {
      int conditional = conditionalArgument(tree, node, 0);
      if (conditional >= 0) {
        best.offer(
            MentionStatus.HYPOTHETICAL,
            "in the " + tree.word(conditional) + " of",
            confidence - 0.1);
      }
    }
  }

  /** Cues of a controlling verb on its xcomp: "refused to", "plans to", "threatened to". */
  private static void controlCues(ParseTree tree, int governor, double confidence, Best best) {
    String lemma = tree.lemma(governor);
    String word = tree.word(governor);
    if (NEGATING_VERBS.contains(lemma)) {
      best.offer(MentionStatus.NEGATED, word, confidence);
    } else if (FEAR_PREDICATES.contains(lemma)
        || DIRECTIVES.contains(lemma)
        || DESIRE_PREDICATES.contains(lemma)) {
      best.offer(MentionStatus.HYPOTHETICAL, word, confidence);
    } else if (PLANNING_PREDICATES.contains(lemma)
        || PLANNING_PREDICATES.contains(word)
        || INTENT_NOUNS.contains(lemma)
        || (word.equals("going") && tree.hasChildRelation(governor, "aux"))) {
      best.offer(MentionStatus.PLANNED, word, confidence);
    }
    intentNounCues(tree, governor, confidence, best);
  }

  /** Cues of the word a nominal (or participle) hangs on. */
  private static void nominalCues(
      ParseTree tree, int node, int governor, String relation, double confidence, Best best) {
    String lemma = tree.lemma(governor);
    String word = tree.word(governor);
    boolean subject = relation.equals("nsubj");
    if (isConditionalNominal(tree, governor)) {
      best.offer(MentionStatus.HYPOTHETICAL, "in the " + word + " of", confidence);
    }
    if (!subject && NEGATING_VERBS.contains(lemma)) {
      best.offer(MentionStatus.NEGATED, word, confidence);
    }
    intentNounCues(tree, governor, confidence, best);
    if (!subject && FEAR_PREDICATES.contains(lemma)) {
      best.offer(MentionStatus.HYPOTHETICAL, word, confidence);
    }
    if (!subject && CLAIM_PREDICATES.contains(lemma)) {
      // "accused Ukraine" is the accused, not the claim: only "of ..." or the noun's content.
      if (!lemma.equals("accuse") || tree.hasChild(node, "case", Set.of("of"))) {
        best.offer(MentionStatus.CLAIMED, word, confidence);
      }
    }
  }

  /** "no intention of", "no plans to" (negated); "plans to", "intention to" (planned). */
  private static void intentNounCues(ParseTree tree, int governor, double confidence, Best best) {
    String lemma = tree.lemma(governor);
    if (INTENT_NOUNS.contains(lemma) && tree.isNoun(governor)) {
      if (tree.hasChild(governor, "det", Set.of("no"))) {
        best.offer(MentionStatus.NEGATED, "no " + tree.word(governor), confidence);
      } else {
        best.offer(MentionStatus.PLANNED, tree.word(governor), confidence);
      }
    }
  }

  /** Cues of a verb or noun on its clausal complement: "denies that", "claims that", "fears". */
  private static void complementCues(ParseTree tree, int governor, double confidence, Best best) {
    String lemma = tree.lemma(governor);
    String word = tree.word(governor);
    if (NEGATING_VERBS.contains(lemma)) {
      best.offer(MentionStatus.NEGATED, word, confidence);
    } else if (FEAR_PREDICATES.contains(lemma) && !lemma.equals("warn")) {
      best.offer(MentionStatus.HYPOTHETICAL, word, confidence);
    } else if (lemma.equals("warn") && tree.isNoun(governor)) {
      best.offer(MentionStatus.HYPOTHETICAL, word, confidence);
    } else if (CLAIM_PREDICATES.contains(lemma)) {
      best.offer(MentionStatus.CLAIMED, word, confidence);
    } else if (StatusCues.DEMANDED_CONTENT.contains(lemma)) {
      best.offer(MentionStatus.HYPOTHETICAL, word, confidence);
    }
  }

  private static boolean isConditionalClause(ParseTree tree, int clause) {
    // "even if" concedes: the main clause holds whether or not the condition does.
    if (tree.hasChild(clause, "advmod", Set.of("even"))) {
      return false;
    }
    for (int child : tree.dependents(clause)) {
      if (tree.relation(child).equals("mark")) {
        String word = tree.word(child);
        if (CONDITIONAL_MARKS.contains(word)
            || (word.equals("in") && tree.hasChild(child, "fixed", Set.of("case")))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An "in the event of" / "in case of" phrase among the action's own arguments (not crossing into
   * other clauses), at most three nominal links down: the parser often hangs it on the object.
   */
  private static int conditionalArgument(ParseTree tree, int node, int depth) {
    if (depth >= 3) {
      return -1;
    }
    for (int child : tree.dependents(node)) {
      String relation = tree.relation(child);
      if (relation.equals("obl") || relation.equals("nmod") || relation.equals("obj")) {
        if (isConditionalNominal(tree, child)) {
          return child;
        }
        int deeper = conditionalArgument(tree, child, depth + 1);
        if (deeper >= 0) {
          return deeper;
        }
      }
    }
    return -1;
  }

  /** The strongest cue so far. */
  private static final class Best {
    private MentionStatus status = MentionStatus.ASSERTED;
    private String cue = "";
    private double confidence = NO_CUE_CONFIDENCE;

    void offer(MentionStatus candidate, String candidateCue, double candidateConfidence) {
      if (candidate.rank() > status.rank()
          || (candidate == status
              && candidate != MentionStatus.ASSERTED
              && candidateConfidence > confidence)) {
        status = candidate;
        cue = candidateCue;
        confidence = candidateConfidence;
      }
    }

    Classification result() {
      return new Classification(status, cue, confidence);
    }
  }
}
