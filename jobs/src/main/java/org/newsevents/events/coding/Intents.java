package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsevents.actors.ActorMention;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.MentionStatus;
import org.newsevents.nlp.ParseTree;

/**
 * Cooperative acts that are only promised. The CAMEO manual codes a future cooperative act as an
 * intent (03x), and the intent happened when it was said: "Lam announced her government will
 * withdraw the bill" is Hong Kong's government expressing its intent to change policy, asserted,
 * not a planned withdrawal; "Lam agreed to add two members" is an intent too (CAMEO: "agreed to" is
 * 03x; an agreement is 057 only once it is signed). Hostile future acts stay as they are: the
 * manual makes those threats, which other rules read.
 */
final class Intents {
  /** The intent of each cooperative code family, longest prefix first. */
  private static final Map<String, String> INTENT_BY_PREFIX =
      Map.ofEntries(
          Map.entry("04", "036"),
          Map.entry("05", "032"),
          Map.entry("057", "0311"),
          Map.entry("06", "031"),
          Map.entry("061", "0311"),
          Map.entry("062", "0312"),
          Map.entry("063", "0313"),
          Map.entry("064", "0314"),
          Map.entry("07", "033"),
          Map.entry("071", "0331"),
          Map.entry("072", "0332"),
          Map.entry("073", "0333"),
          Map.entry("074", "0334"),
          Map.entry("08", "035"),
          Map.entry("081", "0351"),
          Map.entry("082", "0352"),
          Map.entry("083", "034"),
          Map.entry("0831", "0341"),
          Map.entry("0832", "0342"),
          Map.entry("0833", "0343"),
          Map.entry("0834", "0344"),
          Map.entry("084", "0353"),
          Map.entry("085", "0354"),
          Map.entry("086", "0355"),
          Map.entry("087", "0356"));

  private static final String ANNOUNCED_CUE = "announced own act";

  private static final String COMMITTED_CUE = "committed to own act";

  /**
   * Verbs by which an actor commits itself to an act of its own, named by their complement, or says
   * it wants it ("wants to meet Kim": CAMEO codes the wish as the intent, 036).
   */
  static final Set<String> COMMITMENTS =
      Set.of("vow", "pledge", "promise", "offer", "intend", "plan", "want");

  /** The resolution method of a role noun without a name ("the official"). */
  private static final String ROLE_NOUN = "role-noun";

  private final ParseTree tree;
  private final PatternMatcher matcher;

  Intents(ParsedSentence parsed, PatternMatcher matcher) {
    this.tree = parsed.tree;
    this.matcher = matcher;
  }

  /**
   * Whether the verb commits its subject to an act of its own, the one its complement names. "Hamas
   * wants Israel to lift the blockade" wants someone else's act: a demand ({@link Appeals}).
   */
  static boolean committedToOwnAct(ParseTree tree, int verb) {
    String lemma = lower(tree.lemma(verb));
    return COMMITMENTS.contains(lemma) && !(lemma.equals("want") && tree.child(verb, "obj") >= 0);
  }

  /** The intent a cooperative code becomes when it is promised, if it is cooperative. */
  static Optional<String> intentOf(String code) {
    for (int length = code.length(); length >= 2; length--) {
      String intent = INTENT_BY_PREFIX.get(code.substring(0, length));
      if (intent != null) {
        return Optional.of(intent);
      }
    }
    return Optional.empty();
  }

  /** What an intent turns a verb's coding into: the code and the status. */
  /**
   * @param saidAt the token of the verb that expressed the intent ("announced", "agreed"), which
   *     dates it: "On Wednesday, Lam announced her government will withdraw the bill" is an intent
   *     of Wednesday, not of the withdrawal's day
   */
  record Recoded(
      CameoDictionary.CameoCode code, StatusClassifier.Classification status, int saidAt) {}

  /**
   * The verb's coding read as an intent, when it is one: a cooperative act announced for the future
   * by its own side (the reporter and every source of one country), or the act an actor "agreed to"
   * do.
   */
  Optional<Recoded> recode(
      int verb,
      CameoDictionary.CameoCode code,
      StatusClassifier.Classification status,
      Dyads dyads) {
    if ("agree".equals(tree.lemma(verb))) {
      int act = tree.child(verb, "xcomp");
      if (act >= 0 && status.status() == MentionStatus.ASSERTED) {
        String intent = matcher.actCode(act).flatMap(Intents::intentOf).orElse("030");
        return matcher.knownCode(intent).map(known -> new Recoded(known, status, verb));
      }
      return Optional.empty();
    }
    int commitment = tree.head(verb);
    // "Wants to meet Kim" is hypothetical by its own cue, the wish; any other cue ("if he wants")
    // leaves it so.
    boolean wishedOnly =
        commitment >= 0
            && status.status() == MentionStatus.HYPOTHETICAL
            && lower(tree.lemma(commitment)).equals("want")
            && tree.word(commitment).equals(status.cue())
            && !tree.hasMarker(commitment, Set.of("if", "unless", "whether"));
    if ((status.status() == MentionStatus.PLANNED || wishedOnly)
        && "xcomp".equals(tree.relation(verb))
        && commitment >= 0
        && committedToOwnAct(tree, commitment)) {
      // "Iran pledged to release the sailors", "Obama offered to mediate": the actor committed
      // itself to its own act, an intent it expressed when it pledged (03x, asserted); a hostile
      // act so promised stays as it is (the manual makes it a threat).
      return assertedIntent(code, status, COMMITTED_CUE, commitment);
    }
    if (status.status() != MentionStatus.PLANNED
        || dyads.reporter() == null
        || !sameSide(dyads.reporter(), dyads.sources())) {
      return Optional.empty();
    }
    return assertedIntent(code, status, ANNOUNCED_CUE, reportingVerb(verb));
  }

  /** The intent of a cooperative code, asserted on the verb that expressed it; empty otherwise. */
  private Optional<Recoded> assertedIntent(
      CameoDictionary.CameoCode code,
      StatusClassifier.Classification status,
      String cue,
      int saidAt) {
    return intentOf(code.code())
        .flatMap(matcher::knownCode)
        .map(
            known ->
                new Recoded(
                    known,
                    new StatusClassifier.Classification(
                        MentionStatus.ASSERTED, cue, status.confidence()),
                    saidAt));
  }

  /**
   * The verb that reports the act: its governor when the act is its complement ("announced that …
   * will withdraw"), or the verb the parser hangs off a quotation's verb ("'We will withdraw it,'
   * Lam said"); the act itself when neither.
   */
  private int reportingVerb(int act) {
    String relation = tree.relation(act);
    if (("ccomp".equals(relation) || "parataxis".equals(relation)) && tree.head(act) >= 0) {
      return tree.head(act);
    }
    int said = tree.child(act, "parataxis");
    return said >= 0 ? said : act;
  }

  /**
   * Whether every source is of the reporter's country: its government, its troops, itself. A
   * reporter named only by a role noun ("a senior official said") has the article's country as a
   * guess, which cannot tell whose side they speak for.
   */
  private static boolean sameSide(ActorMention reporter, List<ActorMention> sources) {
    if (ROLE_NOUN.equals(reporter.method())) {
      return false;
    }
    String country = country(reporter);
    return country != null
        && !sources.isEmpty()
        && sources.stream().allMatch(source -> country.equals(country(source)));
  }

  private static String country(ActorMention mention) {
    String code = mention.cameoCode();
    if (code == null || code.length() < 3 || code.startsWith("---") || code.startsWith("IGO")) {
      return null;
    }
    return code.substring(0, 3);
  }
}
