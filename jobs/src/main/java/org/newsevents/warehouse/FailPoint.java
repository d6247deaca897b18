package org.newsevents.warehouse;

/**
 * Named points in the publish protocol where a test can kill the process as if by `kill -9`, to
 * prove that a run killed there leaves the warehouse, the catalog and the run manifests in step.
 * Set NEWSEVENTS_FAIL_AT=&lt;name&gt; in the environment; NEWSEVENTS_PAUSE_AT=&lt;name&gt; instead
 * stops the process there until a signal ends it (for tests of SIGTERM). Neither is ever set in
 * production.
 */
public final class FailPoint {
  public static final String AFTER_STAGING = "after-staging";
  public static final String AFTER_MOVE = "after-move";

  /** While the catalog of the new run is written, before anything is published. */
  public static final String DURING_CATALOG = "during-catalog";

  public static final String BEFORE_COMMIT = "before-commit";

  /** Right after the rename that publishes the run, before its run manifest is written. */
  public static final String AFTER_COMMIT = "after-commit";

  /** After the run manifest, before the old files are collected. */
  public static final String AFTER_RUN_RECORD = "after-run-record";

  private FailPoint() {}

  public static void hit(String name) {
    if (name.equals(System.getenv("NEWSEVENTS_FAIL_AT"))) {
      System.err.println("newsevents: killed at fail point " + name + " (NEWSEVENTS_FAIL_AT)");
      System.err.flush();
      Runtime.getRuntime().halt(137);
    }
    if (name.equals(System.getenv("NEWSEVENTS_PAUSE_AT"))) {
      System.err.println("newsevents: paused at fail point " + name + " (NEWSEVENTS_PAUSE_AT)");
      System.err.flush();
      while (true) {
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          // Only a signal ends the pause.
        }
      }
    }
  }
}
