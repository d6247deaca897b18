package org.newsevents.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1: one master and one worker, each in its own JVM,
 * started from a Spark installation made of the Maven jars (SPARK_HOME/jars, no tarball). The
 * worker starts executors in JVMs of their own, as on a real cluster. Closing it stops every JVM it
 * started, executors included; ports are free ones, so it runs beside other builds.
 */
public final class StandaloneCluster implements AutoCloseable {
  private static final Pattern ONE_ALIVE_WORKER = Pattern.compile("\"aliveworkers\"\\s*:\\s*1\\b");

  private final Path sparkHome;
  private final Path dir;
  private final List<Process> processes = new ArrayList<>();
  private int masterPort;

  /** What a spark-submit printed and how it ended. */
  public record Submission(int exitCode, String stdout, String stderr) {}

  private StandaloneCluster(Path sparkHome, Path dir) {
    this.sparkHome = sparkHome;
    this.dir = dir;
  }

  /**
   * Starts a master and a worker with the given cores and memory, and returns once the worker has
   * registered with the master.
   *
   * @param sparkHome a folder whose jars/ holds Spark and its dependencies
   * @param dir where the logs, the worker's work dir (executor logs) and Spark's local dirs go
   */
  public static StandaloneCluster start(Path sparkHome, Path dir, int cores, String workerMemory)
      throws IOException, InterruptedException {
    StandaloneCluster cluster = new StandaloneCluster(sparkHome, dir);
    try {
      cluster.startMasterAndWorker(cores, workerMemory);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void startMasterAndWorker(int cores, String workerMemory)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir());
    masterPort = freePort();
    int masterUiPort = freePort();
    launch(
        "master",
        List.of(
            "-Xmx512m",
            // The REST submission server would take port 6066, which another build may hold.
            "-Dspark.master.rest.enabled=false",
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(masterPort),
            "--webui-port",
            String.valueOf(masterUiPort)));
    launch(
        "worker",
        List.of(
            "-Xmx512m",
            "org.apache.spark.deploy.worker.Worker",
            masterUrl(),
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(freePort()),
            "--webui-port",
            String.valueOf(freePort()),
            "--cores",
            String.valueOf(cores),
            "--memory",
            workerMemory,
            "--work-dir",
            workDir().toString()));
    awaitAliveWorker(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"));
  }

  public String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /**
   * The worker's work dir: one folder per application, one per executor, with its stdout/stderr.
   */
  public Path workDir() {
    return dir.resolve("work");
  }

  /**
   * Runs spark-submit (client deploy mode, so the driver runs in the spark-submit JVM on this
   * machine) against the cluster and waits for it to end.
   *
   * @param submitOptions options before the jar, such as --class and --executor-memory
   */
  public Submission submit(List<String> submitOptions, Path appJar, List<String> appArgs)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>();
    args.add("-Xmx2g");
    args.add("org.apache.spark.deploy.SparkSubmit");
    args.addAll(
        List.of(
            "--master",
            masterUrl(),
            "--deploy-mode",
            "client",
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--conf",
            "spark.driver.bindAddress=127.0.0.1"));
    args.addAll(submitOptions);
    args.add(appJar.toString());
    args.addAll(appArgs);
    Path out = dir.resolve("submit.out");
    Path err = dir.resolve("submit.err");
    Process submit = start(args, out, err);
    if (!submit.waitFor(8, TimeUnit.MINUTES)) {
      stop(submit);
      throw new IllegalStateException(
          "spark-submit did not finish in 8 minutes; its log:\n" + Files.readString(err));
    }
    return new Submission(submit.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The stdout and stderr files of every executor the worker started. */
  public List<Path> executorLogs() throws IOException {
    try (Stream<Path> files = Files.walk(workDir())) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f ->
                  f.getFileName().toString().equals("stderr")
                      || f.getFileName().toString().equals("stdout"))
          .sorted()
          .toList();
    }
  }

  /** Stops the worker (which stops its executors) and the master, by process id, newest first. */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      stop(processes.get(i));
    }
    processes.clear();
  }

  private void launch(String name, List<String> args) throws IOException {
    start(args, dir.resolve(name + ".out"), dir.resolve(name + ".err"));
  }

  private Process start(List<String> args, Path out, Path err) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions());
    command.add("-cp");
    command.add(sparkHome.resolve("jars").toAbsolutePath() + "/*");
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_HOME", sparkHome.toAbsolutePath().toString());
    // Without it, every executor fails with "Cannot find any build directories".
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_DIRS", dir.resolve("local").toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  private void awaitAliveWorker(URI masterStatus) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      for (Process process : processes) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "A cluster JVM ended with exit code " + process.exitValue() + "\n" + logs());
        }
      }
      try {
        String status =
            http.send(
                    HttpRequest.newBuilder(masterStatus).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        if (ONE_ALIVE_WORKER.matcher(status).find()) {
          return;
        }
      } catch (IOException notUpYet) {
        // The master's web UI is not listening yet.
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "The worker did not register with the master in 90 s\n" + logs());
  }

  private String logs() throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path log : files.filter(f -> f.toString().endsWith(".err")).sorted().toList()) {
        text.append("--- ").append(log.getFileName()).append('\n');
        text.append(Files.readString(log, StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  /** SIGTERM first (a worker then stops its executors), then SIGKILL for anything left. */
  private static void stop(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle child : children) {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
  }

  private static List<String> jvmOptions() {
    Path options = SharedData.projectRoot().resolve("jobs/target/jvm.options");
    try {
      return List.of(Files.readString(options).strip().split("\\s+"));
    } catch (IOException e) {
      throw new UncheckedIOException("Run `mvn package` first: " + options + " is missing", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
