package org.newsevents.events.coding;

import org.newsevents.actors.ActorMention;
import org.newsevents.events.MentionStatus;

/** Acts one party reports of another: that party's claims. */
final class ReportedClaims {
  private ReportedClaims() {}

  /**
   * An act one party reports of another is that party's claim (the annotation guide's "X says Y
   * attacked", issue 14's "US officials say Russia has increased ..."): "McMaster said Russia was
   * supporting a murderous regime", "Pompeo said Kim had promised Trump". An actor reporting its
   * own country's act, an outlet, an international body or an NGO reports it as news: asserted.
   */
  static StatusClassifier.Classification statusOf(
      StatusClassifier.Classification status, ActorMention source, ActorMention reporter) {
    if (status.status() != MentionStatus.ASSERTED
        || reporter == null
        || reporter.cameoCode() == null
        || source.cameoCode() == null
        || reporter.actorKey().equals(source.actorKey())
        || isNeutralReporter(reporter)
        || country(reporter.cameoCode()).equals(country(source.cameoCode()))) {
      return status;
    }
    return new StatusClassifier.Classification(
        MentionStatus.CLAIMED, "reported by " + reporter.surface(), status.confidence());
  }

  private static boolean isNeutralReporter(ActorMention reporter) {
    String code = reporter.cameoCode();
    return code.startsWith("IGO") || code.startsWith("NGO") || NonTargets.isMedia(reporter);
  }

  private static String country(String code) {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }
}
