package org.newsevents.cli;

import org.newsevents.job.NightlyJob;
import org.newsevents.job.RootCause;
import org.newsevents.warehouse.RunLock;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Exit codes schedulers can act on, and the one-sentence error messages that go with them. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_USAGE = 2;

  /** A data test or a data-quality gate failed; nothing was published. */
  public static final int DATA_TESTS_FAILED = 3;

  /** Another run holds the warehouse lock. */
  public static final int LOCKED = 4;

  private ExitCodes() {}

  /** Bad usage found while validating options; the message is the one sentence the user sees. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }

  static int onBadUsage(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandName();
    String message = sentence(e.getMessage());
    command
        .getErr()
        .println(
            "newsevents "
                + name
                + ": "
                + message
                + " See 'newsevents "
                + helpPath(command)
                + " --help'.");
    return BAD_USAGE;
  }

  static int onFailure(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
    String name = "newsevents " + command.getCommandName();
    if (e instanceof UsageException) {
      command.getErr().println(name + ": " + sentence(e.getMessage()));
      return BAD_USAGE;
    }
    if (e instanceof NightlyJob.DataTestsFailedException) {
      command.getErr().println(name + ": " + sentence(e.getMessage()));
      return DATA_TESTS_FAILED;
    }
    if (e instanceof RunLock.LockedException) {
      command.getErr().println(name + ": " + sentence(e.getMessage()));
      return LOCKED;
    }
    command.getErr().println(name + ": " + sentence(describe(e)));
    if (System.getenv("NEWSEVENTS_DEBUG") != null) {
      e.printStackTrace(command.getErr());
    }
    return FAILED;
  }

  private static String helpPath(CommandLine command) {
    return command.getParent() == null ? "" : command.getCommandName();
  }

  /** What went wrong, where, and the root cause (the deepest message in the cause chain). */
  static String describe(Throwable e) {
    return RootCause.sentence(e);
  }

  static String sentence(String message) {
    String trimmed = message.strip();
    return trimmed.endsWith(".") ? trimmed : trimmed + ".";
  }
}
