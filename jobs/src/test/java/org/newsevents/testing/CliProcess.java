package org.newsevents.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI in a separate JVM, the way the launcher does, so a test can kill it or read its exit
 * code.
 */
public final class CliProcess {
  private CliProcess() {}

  /** What the process printed and how it ended. */
  public record Result(int exitCode, String stdout, String stderr) {}

  public static Result run(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    Path jvmOptions = SharedData.projectRoot().resolve("jobs/target/jvm.options");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.addAll(List.of(Files.readString(jvmOptions).strip().split("\\s+")));
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), "org.newsevents.cli.Main"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("newsevents-cli", ".out");
    Path err = Files.createTempFile("newsevents-cli", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("The CLI process did not finish in 5 minutes: " + command);
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
