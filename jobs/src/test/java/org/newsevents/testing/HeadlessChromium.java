package org.newsevents.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real headless Chromium driven over the DevTools protocol with the JDK's WebSocket client and
 * Jackson, for tests that load a page the way a reader would. {@link #close} kills the browser and
 * every process it started.
 */
public final class HeadlessChromium implements AutoCloseable {
  public static final Path BINARY = Path.of("/usr/bin/chromium");
  public static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profileDir;
  private final List<ProcessHandle> started = new ArrayList<>();
  private final WebSocket socket;
  private final AtomicInteger nextId = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();

  private HeadlessChromium(Process process, Path profileDir, WebSocket socket) {
    this.process = process;
    this.profileDir = profileDir;
    this.socket = socket;
  }

  /**
   * Starts Chromium on about:blank with a fresh profile in profileDir, its output in logFile, and
   * connects to its page target.
   */
  public static HeadlessChromium start(Path profileDir, Path logFile)
      throws IOException, InterruptedException, TimeoutException {
    Process process =
        new ProcessBuilder(
                BINARY.toString(),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1600",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profileDir,
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(logFile.toFile())
            .start();
    HeadlessChromium browser = null;
    try {
      int port = devToolsPort(profileDir, process);
      HttpClient http = HttpClient.newBuilder().connectTimeout(STEP_TIMEOUT).build();
      String pageSocket = pageWebSocketUrl(http, port);
      HeadlessChromium[] holder = new HeadlessChromium[1];
      WebSocket socket =
          http.newWebSocketBuilder()
              .connectTimeout(STEP_TIMEOUT)
              .buildAsync(URI.create(pageSocket), new Listener(holder))
              .get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      browser = new HeadlessChromium(process, profileDir, socket);
      holder[0] = browser;
      return browser;
    } catch (IOException | InterruptedException | TimeoutException | RuntimeException e) {
      kill(process);
      removeSocketFolder(profileDir);
      throw e;
    } catch (java.util.concurrent.ExecutionException e) {
      kill(process);
      removeSocketFolder(profileDir);
      throw new IOException("Could not connect to Chromium's DevTools socket", e.getCause());
    }
  }

  /** Sends one command and waits for its result; a protocol error fails the step. */
  public JsonNode send(String method, Map<String, ?> params)
      throws IOException, InterruptedException, TimeoutException {
    int id = nextId.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    try {
      socket
          .sendText(JSON.writeValueAsString(message), true)
          .get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      JsonNode answer = reply.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IOException(method + " failed: " + answer.get("error"));
      }
      return answer.path("result");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException(method + " failed", e.getCause());
    } catch (TimeoutException e) {
      throw new TimeoutException(method + " got no answer in " + STEP_TIMEOUT.toSeconds() + " s");
    } finally {
      replies.remove(id);
    }
  }

  /** Waits for the first event (received so far or later) that the predicate accepts. */
  public JsonNode awaitEvent(String method, Predicate<JsonNode> accept)
      throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
    synchronized (events) {
      while (true) {
        for (JsonNode event : events) {
          if (event.path("method").asText().equals(method) && accept.test(event)) {
            return event;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new TimeoutException(
              "No " + method + " event in " + STEP_TIMEOUT.toSeconds() + " s");
        }
        events.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  /** The params of every event of that method received so far. */
  public List<JsonNode> events(String method) {
    synchronized (events) {
      return events.stream()
          .filter(event -> event.path("method").asText().equals(method))
          .map(event -> event.path("params"))
          .toList();
    }
  }

  /**
   * Kills the browser and every process it started, waits for them, and removes the socket folder
   * Chromium made outside its profile.
   */
  @Override
  public void close() {
    try {
      socket.abort();
    } finally {
      kill(process);
      removeSocketFolder(profileDir);
    }
  }

  private static void removeSocketFolder(Path profileDir) {
    Path link = profileDir.resolve("SingletonSocket");
    try {
      if (Files.isSymbolicLink(link)) {
        Path folder = Files.readSymbolicLink(link).getParent();
        if (folder != null && folder.getFileName().toString().startsWith("org.chromium.")) {
          try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
              Files.deleteIfExists(file);
            }
          }
        }
      }
    } catch (IOException e) {
      // A leftover folder in the temporary directory is harmless.
    }
  }

  private static void kill(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      for (ProcessHandle child : children) {
        child.onExit().get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
      // The kill signal was sent; a process that outlives it is left to the OS.
    }
  }

  /** Chromium writes the port it chose, then the browser's socket path, to DevToolsActivePort. */
  private static int devToolsPort(Path profileDir, Process process)
      throws IOException, InterruptedException, TimeoutException {
    Path file = profileDir.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isRegularFile(file)) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() >= 2 && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).strip());
        }
      }
      if (!process.isAlive()) {
        throw new IOException("Chromium exited with code " + process.exitValue() + " at start");
      }
      Thread.sleep(50);
    }
    throw new TimeoutException("Chromium wrote no DevToolsActivePort in 30 s");
  }

  private static String pageWebSocketUrl(HttpClient http, int port)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json"))
            .timeout(STEP_TIMEOUT)
            .build();
    JsonNode targets =
        JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    for (JsonNode target : targets) {
      if (target.path("type").asText().equals("page")) {
        return target.path("webSocketDebuggerUrl").asText();
      }
    }
    throw new IOException("Chromium lists no page target: " + targets);
  }

  /** Joins frames into messages; replies complete their command, events are kept in order. */
  private static final class Listener implements WebSocket.Listener {
    private final HeadlessChromium[] browser;
    private final StringBuilder text = new StringBuilder();

    Listener(HeadlessChromium[] browser) {
      this.browser = browser;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        try {
          receive(JSON.readTree(message));
        } catch (IOException e) {
          throw new IllegalStateException("Chromium sent a message that is not JSON", e);
        }
      }
      webSocket.request(1);
      return null;
    }

    private void receive(JsonNode message) {
      HeadlessChromium target = browser[0];
      if (target == null) {
        return;
      }
      if (message.has("id")) {
        CompletableFuture<JsonNode> reply = target.replies.get(message.get("id").asInt());
        if (reply != null) {
          reply.complete(message);
        }
        return;
      }
      synchronized (target.events) {
        target.events.add(message);
        target.events.notifyAll();
      }
    }
  }
}
