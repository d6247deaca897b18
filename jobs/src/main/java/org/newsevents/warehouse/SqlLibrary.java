package org.newsevents.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's sql/ folder, bundled in the jar: views (one per table, with docs), data tests,
 * exports and analyses. Files are read from the classpath so that a jar submitted to a cluster
 * carries its own SQL.
 */
public final class SqlLibrary {
  private static final Pattern DOC_LINE =
      Pattern.compile("^--\\s*([a-z_][a-z0-9_]*)\\s*:\\s*(.+)$");

  /** A file of the library: its name without ".sql" and its text. */
  public record SqlFile(String name, String sql) {}

  /**
   * A view definition with its documentation, parsed from the leading "-- name: text" comment
   * lines.
   */
  public record ViewDefinition(
      String table, String description, Map<String, String> columnDocs, String body) {}

  private SqlLibrary() {}

  public static List<SqlFile> files(String folder) {
    URL url = SqlLibrary.class.getClassLoader().getResource("sql/" + folder);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = openJar(uri)) {
          return readAll(jar.provider().getPath(uri));
        } catch (FileSystemAlreadyExistsException open) {
          return readAll(FileSystems.getFileSystem(uri).provider().getPath(uri));
        }
      }
      return readAll(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the SQL folder " + folder, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Bad classpath URL " + url, e);
    }
  }

  public static List<ViewDefinition> views() {
    return files("views").stream().map(SqlLibrary::parseView).toList();
  }

  static ViewDefinition parseView(SqlFile file) {
    String description = null;
    Map<String, String> columns = new LinkedHashMap<>();
    StringBuilder body = new StringBuilder();
    boolean inHeader = true;
    for (String line : file.sql().split("\n")) {
      Matcher doc = DOC_LINE.matcher(line.strip());
      if (inHeader && line.strip().startsWith("--")) {
        if (doc.matches()) {
          if (description == null) {
            if (!doc.group(1).equals(file.name())) {
              throw new IllegalStateException(
                  "sql/views/"
                      + file.name()
                      + ".sql must start with '-- "
                      + file.name()
                      + ": <grain sentence>'.");
            }
            description = doc.group(2).strip();
          } else {
            columns.put(doc.group(1), doc.group(2).strip());
          }
        } else if (!columns.isEmpty() && line.strip().length() > 2) {
          // A continuation line adds to the previous column's description.
          String last = new ArrayList<>(columns.keySet()).get(columns.size() - 1);
          columns.put(last, columns.get(last) + " " + line.strip().substring(2).strip());
        }
        continue;
      }
      inHeader = false;
      body.append(line).append('\n');
    }
    if (description == null) {
      throw new IllegalStateException(
          "sql/views/" + file.name() + ".sql has no '-- name: description' header.");
    }
    return new ViewDefinition(file.name(), description, columns, body.toString().strip());
  }

  private static FileSystem openJar(URI uri) throws IOException {
    return FileSystems.newFileSystem(uri, Map.of());
  }

  private static List<SqlFile> readAll(Path folder) throws IOException {
    List<SqlFile> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path path :
          list.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList()) {
        String name = path.getFileName().toString().replaceFirst("\\.sql$", "");
        files.add(new SqlFile(name, Files.readString(path, StandardCharsets.UTF_8)));
      }
    }
    return files;
  }
}
