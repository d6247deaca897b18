package org.newsevents.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input file kinds the nightly job reads, chosen by file extension. */
public enum InputFormat {
  TXT,
  JSONL,
  CSV;

  public static Optional<InputFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Optional.of(TXT);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    return Optional.empty();
  }
}
