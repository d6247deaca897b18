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
    Running running = start(environment, args);
    if (!running.process.waitFor(5, TimeUnit.MINUTES)) {
      running.process.destroyForcibly();
      throw new IllegalStateException(
          "The CLI process did not finish in 5 minutes: " + String.join(" ", args));
    }
    return running.result();
  }

  /** Starts the CLI without waiting for it, so a test can signal it while it runs. */
  public static Running start(Map<String, String> environment, String... args) throws IOException {
    Path jvmOptions = SharedData.projectRoot().resolve("jobs/target/jvm.options");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    // These runs are short (one or two tiny articles): the client compiler and the serial collector
    // start them in about three quarters of the time and half the CPU of the defaults (measured on
    // a 2-core machine: 33 s to 25 s wall, 54 s to 30 s CPU), and change nothing the test checks.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    // CoreNLP's models (about 700 MB) live as long as the process: in a heap that starts small,
    // the serial collector copied them from one young collection to the next and ran full
    // collections to grow the heap and metaspace. Sized from the start, with survivors of one
    // young collection tenured, a CLI run of two short articles had 15 collections instead of 42
    // and took about a tenth less CPU (measured three times each, interleaved, on the shared 2-core
    // machine: 51-54 s of CPU to 42-52 s). Changes nothing a test checks.
    command.addAll(List.of("-Xms2g", "-XX:MetaspaceSize=256m", "-XX:MaxTenuringThreshold=1"));
    command.addAll(List.of(Files.readString(jvmOptions).strip().split("\\s+")));
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), "org.newsevents.cli.Main"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("newsevents-cli", ".out");
    Path err = Files.createTempFile("newsevents-cli", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    return new Running(builder.start(), out, err);
  }

  /** A CLI process under way. */
  public static final class Running {
    private final Process process;
    private final Path out;
    private final Path err;

    private Running(Process process, Path out, Path err) {
      this.process = process;
      this.out = out;
      this.err = err;
    }

    /**
     * Waits until the process has written the text on standard error (a fail point's pause line),
     * or has ended.
     */
    public void awaitStderr(String text) throws IOException, InterruptedException {
      for (int i = 0; i < 5 * 60 * 10; i++) {
        if (Files.readString(err, StandardCharsets.UTF_8).contains(text) || !process.isAlive()) {
          return;
        }
        Thread.sleep(100);
      }
      process.destroyForcibly();
      throw new IllegalStateException("The CLI process did not write '" + text + "' in 5 minutes");
    }

    /** Sends SIGTERM, as `kill` and a scheduler's timeout do, and waits for the process to end. */
    public Result terminate() throws IOException, InterruptedException {
      process.destroy();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("The CLI process did not end on SIGTERM in 5 minutes");
      }
      return result();
    }

    private Result result() throws IOException {
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
}
