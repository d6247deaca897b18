package org.newsevents.events.coding;

import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.ParseTree;

/**
 * "Moscow denies preparing an invasion", "the Kremlin denied it was planning an attack", "denied
 * the accusations": a denial of an act or a charge is CAMEO 016 (deny responsibility), an act of
 * the one denying that needs no target, as owning up to an act (015) needs none. The denied act
 * itself is negated by its own status, not coded as asserted.
 */
final class Denials {
  /** CAMEO 016: deny responsibility. */
  static final String DENY_RESPONSIBILITY = "016";

  private static final Set<String> DENYING_VERBS = Set.of("deny");

  /** Nouns of a charge or an act someone may deny having done. */
  private static final Set<String> DENIED_NOUNS =
      Set.of(
          "accusation",
          "allegation",
          "charge",
          "claim",
          "report",
          "responsibility",
          "involvement",
          "role",
          "wrongdoing",
          "attack",
          "invasion",
          "plan",
          "intention");

  private final ParseTree tree;

  Denials(ParsedSentence parsed) {
    this.tree = parsed.tree;
  }

  /**
   * The code of the verb as a denial when it denies a clause ("denied it was planning", "denies
   * preparing") or a charge or act named by its object; empty otherwise ("denied him a visa" is a
   * refusal, coded by its own pattern).
   */
  Optional<String> denial(int verb) {
    if (!DENYING_VERBS.contains(tree.lemma(verb)) || tree.child(verb, "iobj") >= 0) {
      return Optional.empty();
    }
    boolean clause = tree.child(verb, "ccomp") >= 0 || tree.child(verb, "xcomp") >= 0;
    boolean charge =
        tree.children(verb, "obj").stream().anyMatch(o -> DENIED_NOUNS.contains(tree.lemma(o)));
    return clause || charge ? Optional.of(DENY_RESPONSIBILITY) : Optional.empty();
  }
}
