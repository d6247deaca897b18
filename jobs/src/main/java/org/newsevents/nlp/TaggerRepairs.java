package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Part-of-speech tags the tagger gets wrong in a way that wrecks the parse, put right before the
 * triage and the parser read them. Written by us: CoreNLP's tagger takes no constraints.
 *
 * <p>The one repair so far: the head noun of a possessive subject that the tagger reads as an
 * adjective. English-left3words tags "military" after a possessive as an adjective ("Pakistan's
 * military accused India", "Israel's military carried out strikes on Gaza"), and often the verb
 * after it as a participle; the parser then hangs the whole clause on the object noun, and the
 * subject's act is lost. An adjective right after a possessive "'s" that a finite verb (or a
 * participle that does not modify a noun) follows has no noun to modify: it is the noun.
 */
public final class TaggerRepairs {
  private TaggerRepairs() {}

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  /** Tags after which a participle is not a noun's modifier ("enriched uranium"). */
  private static final Set<String> NOUNS = Set.of("NN", "NNS");

  /** Repairs the tags of one sentence's tokens in place. */
  public static void repair(List<CoreLabel> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (!"JJ".equals(tokens.get(i).tag()) || !"POS".equals(tokens.get(i - 1).tag())) {
        continue;
      }
      int verb = "RB".equals(tokens.get(i + 1).tag()) ? i + 2 : i + 1;
      if (verb >= tokens.size()) {
        continue;
      }
      String tag = tokens.get(verb).tag();
      if (FINITE.contains(tag)) {
        tokens.get(i).setTag("NN");
      } else if ("VBN".equals(tag) && !modifiesANoun(tokens, verb)) {
        tokens.get(i).setTag("NN");
        tokens.get(verb).setTag("VBD");
      }
    }
  }

  private static boolean modifiesANoun(List<CoreLabel> tokens, int participle) {
    return participle + 1 >= tokens.size() || NOUNS.contains(tokens.get(participle + 1).tag());
  }
}
