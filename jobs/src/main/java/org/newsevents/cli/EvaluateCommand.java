package org.newsevents.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsevents.bench.ActorQuality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `newsevents evaluate`: quality figures of the NLP and actors stages. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Prints NER precision/recall/F1 on GUM news and Wikigold, and how the seeds' actors resolve.")
public final class EvaluateCommand implements Callable<Integer> {
  @Mixin SharedDataOption sharedData;

  @Mixin SparkMasterOption sparkMaster;

  @Override
  public Integer call() throws Exception {
    String master = sparkMaster.validated();
    Path sharedDir =
        sharedData.requireFolders("evaluation", "corpora/gum-news", "corpora/wikigold");
    new ActorQuality(System.out).run(sharedDir, Paths.defaultInput(), master);
    return ExitCodes.OK;
  }
}
