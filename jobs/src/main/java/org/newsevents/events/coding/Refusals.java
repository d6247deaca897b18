package org.newsevents.events.coding;

import static org.newsevents.events.coding.ParsedSentence.lower;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.ParseTree;

/**
 * "Lam did not accede to the protesters' demands", "the junta refused to release the prisoners": an
 * actor that declines to yield has done something, and CAMEO codes it. Root 12 mirrors root 08 code
 * for code (123 rejects the reform 083 would grant, 1243 refuses the release 084 would be, 1246 the
 * de-escalation of 087), so the negated yield is recoded to its refusal, asserted, as PETRARCH-2's
 * negation ontology does. Other negated acts keep their code and their negated status ("Germany did
 * not send weapons" is no event); a failure ("failed to release") or a denial is no refusal.
 */
final class Refusals {
  /** CAMEO root 08: yield. */
  private static final String YIELD = "08";

  /** The refusal of each yield code, longest prefix first; the residual 080 is 124. */
  private static final Map<String, String> REFUSAL_OF_YIELD =
      Map.ofEntries(
          Map.entry("0831", "1231"),
          Map.entry("0832", "1232"),
          Map.entry("0833", "1233"),
          Map.entry("0834", "1234"),
          Map.entry("081", "1241"),
          Map.entry("082", "1242"),
          Map.entry("083", "123"),
          Map.entry("084", "1243"),
          Map.entry("085", "1244"),
          Map.entry("086", "1245"),
          Map.entry("087", "1246"));

  private static final String REFUSE_TO_YIELD = "124";

  /** Negation on the verb itself: "did not accede", "never released". */
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

  /** What one actor asks of another, which a negated yield turns down. */
  private static final Set<String> REQUESTS =
      Set.of("demand", "request", "call", "appeal", "plea", "pressure", "ultimatum");

  /** Verbs whose complement the subject declines to do: "refused to release". */
  private static final Set<String> DECLINING_VERBS = Set.of("refuse", "decline", "reject");

  private final ParseTree tree;

  Refusals(ParsedSentence parsed) {
    this.tree = parsed.tree;
  }

  /**
   * The refusal code of a yield code when the verb is negated or declined; empty for any other code
   * or an act that is not refused.
   */
  Optional<String> refusal(int verb, String code) {
    if (!code.startsWith(YIELD) || !isRefused(verb)) {
      return Optional.empty();
    }
    for (int length = code.length(); length >= 3; length--) {
      String refusal = REFUSAL_OF_YIELD.get(code.substring(0, length));
      if (refusal != null) {
        return Optional.of(refusal);
      }
    }
    return Optional.of(REFUSE_TO_YIELD);
  }

  /**
   * Declined ("refused to release"), or negated in answer to what someone asked of the actor ("did
   * not accede to the demands", "would not bow to pressure"). A bare negation reports what did not
   * happen ("Russia did not withdraw its troops"), which is no act.
   */
  private boolean isRefused(int verb) {
    if ("xcomp".equals(tree.relation(verb))
        && tree.head(verb) >= 0
        && DECLINING_VERBS.contains(lower(tree.lemma(tree.head(verb))))) {
      return true;
    }
    boolean negated =
        tree.children(verb, "advmod").stream()
            .anyMatch(m -> NEGATIONS.contains(lower(tree.word(m))));
    return negated
        && tree.children(verb, "obj", "obl").stream()
            .anyMatch(phrase -> REQUESTS.contains(lower(tree.lemma(phrase))));
  }
}
