package org.newsevents.events;

import java.util.Locale;

/**
 * Whether the text says an event mention happened. Only {@link #ASSERTED} mentions become events;
 * the others are kept so a reader can see what was feared, planned, denied or only claimed.
 *
 * <p>When several cues apply to one mention the strongest wins, in declaration order of {@link
 * #rank()}: negated, hypothetical, planned, claimed, asserted.
 */
public enum MentionStatus {
  /** The text states that the event happened or is happening. */
  ASSERTED(0),
  /** The text says it did not or will not happen ("will not supply", "denies preparing"). */
  NEGATED(4),
  /** Conditional, feared or possible ("if Russia invades", "fears of an invasion", "could"). */
  HYPOTHETICAL(3),
  /** Announced for the future ("will meet next Friday", "is expected in Moscow", "plans to"). */
  PLANNED(2),
  /** Attributed with an explicit hedge ("allegedly", "alleged", "claims that", "accused of"). */
  CLAIMED(1);

  private final int rank;

  MentionStatus(int rank) {
    this.rank = rank;
  }

  /** Precedence when cues compete: the higher rank wins. */
  public int rank() {
    return rank;
  }

  /** The lowercase code stored in the warehouse: "asserted", "negated", ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status of a code as {@link #code()} writes it. */
  public static MentionStatus fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return code();
  }
}
