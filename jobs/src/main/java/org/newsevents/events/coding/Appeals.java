package org.newsevents.events.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.events.CameoDictionary;
import org.newsevents.nlp.ParseTree;

/**
 * "Encouraged X to restrict Y", "asked X to release Y": an appeal is one event, from the one
 * appealing to the one asked, whatever is asked (CAMEO 02x; the EVENT-CODING note, section 4). The
 * act asked for is not the appealer's, so its target is not the appeal's, and the appealing verb's
 * own sense ("encourage" praises, 051, when it has no one to ask) does not apply.
 */
final class Appeals {
  /** Verbs that appeal when they ask someone to act ("encouraged allies to ..."). */
  private static final Set<String> APPEAL_VERBS =
      Set.of(
          "encourage",
          "urge",
          "ask",
          "appeal",
          "implore",
          "exhort",
          "push",
          "lobby",
          "invite",
          "want");

  /**
   * "Russia wants the U.S. to return the compounds": wanting someone else to act demands it (CAMEO
   * 100; the CAMEO dictionary files "want" under DEMAND, though its bare verb codes 030, an intent
   * of the one who wants).
   */
  private static final String WANT = "want";

  private static final String DEMAND = "100";

  /** CAMEO 020: make an appeal or request, not specified below. */
  static final String APPEAL = "020";

  /**
   * The roots an appeal keeps from its dictionary pattern: appeals, and demands (more forceful).
   */
  private static final Set<String> APPEAL_ROOTS = Set.of("02", "10");

  /**
   * An invitation to meet offers a meeting (CAMEO 036, as the dictionary codes "invited X to
   * talks"), whether it names the talks ("to talks") or the act of taking part in them ("invited
   * Russia to participate in a series of meetings").
   */
  private static final String INVITE = "invite";

  private static final String INTENT_TO_MEET = "036";

  private final ParseTree tree;
  private final DyadFinder dyadFinder;
  private final PatternMatcher matcher;

  Appeals(ParsedSentence parsed, DyadFinder dyadFinder, PatternMatcher matcher) {
    this.tree = parsed.tree;
    this.dyadFinder = dyadFinder;
    this.matcher = matcher;
  }

  /** What an appeal turns a verb's coding into: the one asked, and an appeal code. */
  record Appeal(List<ActorMention> asked, CameoDictionary.CameoCode code) {}

  /**
   * The verb read as an appeal when it asks someone to act: the ones asked are its object (or "on"
   * phrase), none when that object names no actor; the code its own when the dictionary gave an
   * appeal or a demand, else the plain appeal 020.
   */
  Optional<Appeal> appeal(int verb, Optional<CameoDictionary.CameoCode> code) {
    Optional<Appeal> demandedThat = demandedThat(verb, code);
    if (demandedThat.isPresent()) {
      return demandedThat;
    }
    if (!APPEAL_VERBS.contains(tree.lemma(verb))
        || tree.child(verb, "xcomp") < 0
        || (WANT.equals(tree.lemma(verb)) && tree.child(verb, "obj") < 0)) {
      return Optional.empty(); // "wanted to pursue a deal" is the one who wants' own intent
    }
    Optional<CameoDictionary.CameoCode> appealCode =
        code.filter(
                known ->
                    APPEAL_ROOTS.contains(known.rootCode())
                        || (INVITE.equals(tree.lemma(verb))
                            && known.code().startsWith(INTENT_TO_MEET)))
            .or(() -> matcher.knownCode(WANT.equals(tree.lemma(verb)) ? DEMAND : APPEAL));
    return appealCode.map(known -> new Appeal(dyadFinder.objectController(verb), known));
  }

  /**
   * "Germany demanded that Russia withdraw its troops", "urged that Kyiv should negotiate": the
   * appeal asks the subject of its "that" clause, whose act is only asked for. The code is the
   * verb's own appeal or demand ("demand" 100), else the plain appeal.
   */
  private Optional<Appeal> demandedThat(int verb, Optional<CameoDictionary.CameoCode> code) {
    if (!StatusCues.DEMANDED_CONTENT.contains(tree.lemma(verb))) {
      return Optional.empty();
    }
    for (int clause : tree.children(verb, "ccomp")) {
      if (!asksForAnAct(clause)) {
        continue; // "asked whether Russia had attacked" asks a question, not an act
      }
      List<ActorMention> asked = dyadFinder.subjectActors(clause);
      if (asked.isEmpty()) {
        continue;
      }
      Optional<CameoDictionary.CameoCode> appealCode =
          code.filter(known -> APPEAL_ROOTS.contains(known.rootCode()))
              .or(() -> matcher.knownCode(APPEAL));
      return appealCode.map(known -> new Appeal(asked, known));
    }
    return Optional.empty();
  }

  /** A clause in the subjunctive ("that Russia withdraw") or with "should" or "must". */
  private boolean asksForAnAct(int clause) {
    return "VB".equals(tree.pos(clause)) || tree.hasAuxiliary(clause, Set.of("should", "must"));
  }
}
