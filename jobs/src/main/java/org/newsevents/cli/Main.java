package org.newsevents.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The newsevents command line: parses, validates and hands over to one command. It holds no logic.
 */
@Command(
    name = "newsevents",
    mixinStandardHelpOptions = true,
    version = "newsevents 0.1.0",
    description = "Turns raw news articles into a CAMEO-coded event warehouse (Parquet + DuckDB).",
    subcommands = {
      RunCommand.class,
      BackfillCommand.class,
      RunsCommand.class,
      SqlCommand.class,
      ExportCommand.class,
      ReportCommand.class,
      BenchCommand.class,
      EvaluateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the command line and returns the exit code (0 ok, 1 failed, 2 bad usage, 3 a data test or
   * gate failed, 4 the warehouse is locked).
   */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setParameterExceptionHandler(ExitCodes::onBadUsage);
    commandLine.setExecutionExceptionHandler(ExitCodes::onFailure);
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}
