package org.newsevents.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Where the reference CSV files (seeds/reference) are read from: the jar, where the build bundles
 * them under reference/, or a folder, so that a dictionary can be swapped for another (a test's,
 * PETRARCH's validation set).
 */
public final class ReferenceSource {
  private static final String RESOURCE_FOLDER = "reference/";
  private static final CSVFormat CSV_WITH_HEADER =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  /** Whether a missing file is an error or simply not there (optional parts of a dictionary). */
  public enum Presence {
    REQUIRED,
    OPTIONAL
  }

  private interface Opener {
    InputStream open(String fileName) throws IOException;
  }

  private final Opener opener;
  private final String where;

  private ReferenceSource(Opener opener, String where) {
    this.opener = opener;
    this.where = where;
  }

  /** The files bundled in the jar. */
  public static ReferenceSource classpath() {
    ClassLoader loader = ReferenceSource.class.getClassLoader();
    return new ReferenceSource(
        name -> loader.getResourceAsStream(RESOURCE_FOLDER + name), "classpath:" + RESOURCE_FOLDER);
  }

  /** The files in a folder. */
  public static ReferenceSource folder(Path dir) {
    return new ReferenceSource(
        name -> {
          Path file = dir.resolve(name);
          return Files.exists(file) ? Files.newInputStream(file) : null;
        },
        dir.toString());
  }

  /** Hands each data row of a CSV file with a header to {@code row}. */
  public void forEachRow(String fileName, Presence presence, Consumer<CSVRecord> row) {
    try (InputStream in = opener.open(fileName)) {
      if (in == null) {
        if (presence == Presence.REQUIRED) {
          throw new IllegalStateException(
              "The reference file " + fileName + " is missing from " + where);
        }
        return;
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        for (CSVRecord record : CSV_WITH_HEADER.parse(reader)) {
          row.accept(record);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + fileName + " from " + where, e);
    }
  }
}
