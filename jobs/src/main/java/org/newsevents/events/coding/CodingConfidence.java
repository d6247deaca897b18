package org.newsevents.events.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsevents.actors.ActorMention;
import org.newsevents.actors.AgentHeadedNames;
import org.newsevents.actors.CountryCompounds;
import org.newsevents.actors.ImpliedAgents;
import org.newsevents.events.MentionStatus;
import org.newsevents.reference.ReferenceSource;

/**
 * How likely a coded event mention is right as a whole (who did what to whom, and the status), from
 * the evidence the coder used: how specific the verb pattern was, how each actor was resolved, the
 * clause it sits in (a plain main-clause assertion, reported speech, or a status cue) and the
 * sentence's length (long sentences are where the parser goes wrong).
 *
 * <p>The evidence is a handful of named features ("pattern:curated", "actor1:pronoun", ...), and
 * the confidence a logistic model over them: {@code 1 / (1 + exp(-(intercept + sum of weights)))}.
 * The weights are in seeds/reference/{@value #WEIGHTS_FILE}, fitted by {@code
 * org.newsevents.bench.CodingConfidenceFit} on the real-news gold's dev half only (the test half is
 * held out to measure how well the confidence is calibrated, in QUALITY.md). A feature the file
 * does not weigh counts 0.
 */
public final class CodingConfidence {
  public static final String WEIGHTS_FILE = "coding_confidence.csv";

  /** The weight of no feature: the model's bias. */
  public static final String INTERCEPT = "intercept";

  /** Sentences longer than this many tokens count as long. */
  static final int LONG_SENTENCE_TOKENS = 35;

  /** How specific the evidence for the CAMEO code was. */
  public enum PatternEvidence {
    /** A hand-written pattern of cameo_verbs_curated.csv fit the verb's phrase. */
    CURATED("pattern:curated"),
    /** A generated PETRARCH-2 pattern fit the verb's phrase. */
    DICTIONARY("pattern:dictionary"),
    /** No pattern fit; the verb's curated bare row gave the code. */
    CURATED_VERB("pattern:curated-verb"),
    /** No pattern fit; the verb alone gave the code. */
    BARE_VERB("pattern:bare-verb"),
    /** A conditional material action coded as a threat (CAMEO 13). */
    CONDITIONAL_THREAT("pattern:conditional-threat");

    private final String feature;

    PatternEvidence(String feature) {
      this.feature = feature;
    }

    /** What kind of pattern a verb's match is: none or a bare verb, curated or the dictionary's. */
    static PatternEvidence of(Optional<PatternMatcher.Match> match) {
      if (match.isEmpty() || match.get().isBare()) {
        return match.isPresent() && match.get().isCurated() ? CURATED_VERB : BARE_VERB;
      }
      return match.get().isCurated() ? CURATED : DICTIONARY;
    }
  }

  /** How an actor was found in the text. */
  public enum ActorEvidence {
    /** By a dictionary name or alias, or a close spelling of one ("Lavrov", "Russia"). */
    NAME("name"),
    /** By a seat of government or a demonym with an agent ("the Kremlin", "Russian troops"). */
    SEAT_OR_DEMONYM("seat-or-demonym"),
    /**
     * From what the article said of it elsewhere (a surname, a short name, a new actor), or what an
     * earlier night learned of it (warehouse-memory).
     */
    ARTICLE_MEMORY("article-memory"),
    /**
     * A role noun with the article's country ("the court", "police"), or the agent a construction
     * implies ("was arrested": the police) and its patient: a role with no name in the sentence.
     */
    ROLE_NOUN("role-noun"),
    /** A "he" or "she" standing for the last person named. */
    PRONOUN("pronoun"),
    /** No actor (a target-less action). */
    NONE("none");

    private final String label;

    ActorEvidence(String label) {
      this.label = label;
    }

    /** The evidence class of an actor mention, from its resolution method; NONE for null. */
    public static ActorEvidence of(ActorMention mention) {
      if (mention == null) {
        return NONE;
      }
      return switch (mention.method() == null ? "" : mention.method()) {
        case "alias", "fuzzy", CountryCompounds.PARTY_COMPOUND -> NAME;
        // "Tehran Police": a place or demonym in a body's name gives its country, as in "Iranian
        // police"; "Rutgers University" takes the article's, as "the police" does.
        case "seat",
                "demonym-agent",
                AgentHeadedNames.COUNTRY_IN_NAME,
                CountryCompounds.LED_COMPOUND ->
            SEAT_OR_DEMONYM;
        case "role-noun",
                ImpliedAgents.AGENT,
                ImpliedAgents.PATIENT,
                AgentHeadedNames.ARTICLE_COUNTRY ->
            ROLE_NOUN;
        case DyadFinder.PRONOUN_METHOD -> PRONOUN;
        default -> ARTICLE_MEMORY;
      };
    }
  }

  /** The clause the action is told in. */
  public enum ClauseEvidence {
    /** Asserted plainly, in the writer's own voice. */
    PLAIN("clause:plain"),
    /** The content of a reporting verb ("officials said Russia had ..."), otherwise plain. */
    REPORTED("clause:reported"),
    /** A status cue decided it (negated, hypothetical, planned, claimed or a conditional). */
    CUED("clause:cued");

    private final String feature;

    ClauseEvidence(String feature) {
      this.feature = feature;
    }

    /**
     * The clause's evidence from its own status (before a reporter's claim is read into it) and
     * whether a reporting verb carries it.
     */
    static ClauseEvidence of(StatusClassifier.Classification status, ActorMention reporter) {
      if (!status.cue().isEmpty() || status.status() != MentionStatus.ASSERTED) {
        return CUED;
      }
      return reporter == null ? PLAIN : REPORTED;
    }
  }

  /** The sentence's length in tokens, short or long (see {@link #LONG_SENTENCE_TOKENS}). */
  public enum LengthEvidence {
    SHORT("sentence:short"),
    LONG("sentence:long");

    private final String feature;

    LengthEvidence(String feature) {
      this.feature = feature;
    }

    public static LengthEvidence of(int tokens) {
      return tokens > LONG_SENTENCE_TOKENS ? LONG : SHORT;
    }
  }

  /** The evidence of one coded mention. */
  public record Evidence(
      PatternEvidence pattern,
      ActorEvidence actor1,
      ActorEvidence actor2,
      ClauseEvidence clause,
      LengthEvidence length) {

    /** The features, in a fixed order: "pattern:curated actor1:name actor2:none ...". */
    public List<String> features() {
      return List.of(
          pattern.feature,
          "actor1:" + actor1.label,
          "actor2:" + actor2.label,
          clause.feature,
          length.feature);
    }

    /** The features joined by spaces, as fct_event_mentions.confidence_evidence holds them. */
    public String text() {
      return String.join(" ", features());
    }
  }

  private final Map<String, Double> weights;

  public CodingConfidence(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  private static final class BundledHolder {
    static final CodingConfidence INSTANCE = load(ReferenceSource.classpath());
  }

  /** The model bundled in the jar under reference/, loaded once per JVM. */
  public static CodingConfidence bundled() {
    return BundledHolder.INSTANCE;
  }

  /**
   * The model in {@link #WEIGHTS_FILE} of {@code source}; without the file, every mention gets the
   * confidence 0.5 (no evidence either way).
   */
  public static CodingConfidence load(ReferenceSource source) {
    Map<String, Double> weights = new HashMap<>();
    source.forEachRow(
        WEIGHTS_FILE,
        ReferenceSource.Presence.OPTIONAL,
        row -> weights.put(row.get("feature"), Double.parseDouble(row.get("weight"))));
    return new CodingConfidence(weights);
  }

  /** The confidence, in (0, 1), of a mention with this evidence, to three decimals. */
  public double confidence(Evidence evidence) {
    return confidence(evidence.features());
  }

  /** The confidence of a mention with these features (see {@link Evidence#features()}). */
  public double confidence(List<String> features) {
    double logit = weights.getOrDefault(INTERCEPT, 0.0);
    for (String feature : features) {
      logit += weights.getOrDefault(feature, 0.0);
    }
    double probability = 1 / (1 + Math.exp(-logit));
    return Math.round(probability * 1000) / 1000.0;
  }

  /** The features of a stored evidence text (the inverse of {@link Evidence#text()}). */
  public static List<String> features(String evidenceText) {
    List<String> features = new ArrayList<>();
    for (String feature : evidenceText.strip().split("\\s+")) {
      if (!feature.isEmpty()) {
        features.add(feature.toLowerCase(Locale.ROOT));
      }
    }
    return features;
  }
}
