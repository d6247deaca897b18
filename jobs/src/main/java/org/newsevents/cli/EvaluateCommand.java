package org.newsevents.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsevents.bench.ActorQuality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `newsevents evaluate`: quality figures of the NLP and actors stages. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Prints NER precision/recall/F1 on GUM news and Wikigold, and how the seeds' actors resolve.")
public final class EvaluateCommand implements Callable<Integer> {
  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "The shared data folder. Default: ../shared beside the checkout.")
  Path shared;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master. Default: local[*].")
  String master = "local[*]";

  @Override
  public Integer call() throws Exception {
    Path sharedDir = shared == null ? Paths.home().resolveSibling("shared") : shared;
    for (String needed : new String[] {"corpora/gum-news", "corpora/wikigold"}) {
      if (!Files.isDirectory(sharedDir.resolve(needed))) {
        throw new ExitCodes.UsageException(
            "The evaluation reads "
                + sharedDir.resolve(needed)
                + ", which is missing; pass --shared DIR");
      }
    }
    new ActorQuality(System.out).run(sharedDir, Paths.defaultInput(), master);
    return ExitCodes.OK;
  }
}
