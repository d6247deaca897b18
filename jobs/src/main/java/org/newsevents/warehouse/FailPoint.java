package org.newsevents.warehouse;

/**
 * Named points in the publish protocol where a test can kill the process as if by `kill -9`, to
 * prove that a run killed there leaves the previous warehouse readable. Set
 * NEWSEVENTS_FAIL_AT=&lt;name&gt; in the environment; it is never set in production.
 */
public final class FailPoint {
  public static final String AFTER_STAGING = "after-staging";
  public static final String AFTER_MOVE = "after-move";
  public static final String BEFORE_COMMIT = "before-commit";
  public static final String AFTER_COMMIT = "after-commit";

  private FailPoint() {}

  public static void hit(String name) {
    if (name.equals(System.getenv("NEWSEVENTS_FAIL_AT"))) {
      System.err.println("newsevents: killed at fail point " + name + " (NEWSEVENTS_FAIL_AT)");
      System.err.flush();
      Runtime.getRuntime().halt(137);
    }
  }
}
