package org.newsevents.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The run's progress lines: plain text for people ("[stage] message"), or JSON lines for log
 * collectors, one object per line with time, level, stage, message and, where the line has them,
 * its figures.
 */
public final class ProgressLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How lines are printed. */
  public enum Format {
    PLAIN,
    JSON
  }

  /** How serious a line is. */
  public enum Level {
    INFO,
    WARN,
    ERROR
  }

  private final PrintStream out;
  private final Format format;

  public ProgressLog(PrintStream out, Format format) {
    this.out = out;
    this.format = format;
  }

  public static ProgressLog plain(PrintStream out) {
    return new ProgressLog(out, Format.PLAIN);
  }

  public Format format() {
    return format;
  }

  public void info(String stage, String message) {
    log(Level.INFO, stage, message, Map.of());
  }

  public void info(String stage, String message, Map<String, ?> figures) {
    log(Level.INFO, stage, message, figures);
  }

  public void warn(String stage, String message) {
    log(Level.WARN, stage, message, Map.of());
  }

  public void error(String stage, String message) {
    log(Level.ERROR, stage, message, Map.of());
  }

  /** One line: figures are printed only in JSON (the plain message already says them). */
  public synchronized void log(Level level, String stage, String message, Map<String, ?> figures) {
    if (format == Format.PLAIN) {
      String tag =
          "[" + (level == Level.INFO ? stage : level.name().toLowerCase(Locale.ROOT)) + "]";
      out.println(String.format(Locale.ROOT, "%-10s", tag + " ") + message);
      return;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("time", Instant.now().toString());
    line.put("level", level.name().toLowerCase(Locale.ROOT));
    line.put("stage", stage);
    line.put("message", message);
    if (!figures.isEmpty()) {
      line.put("figures", figures);
    }
    try {
      out.println(JSON.writeValueAsString(line));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write a log line as JSON", e);
    }
    out.flush();
  }
}
