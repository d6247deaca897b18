package org.newsevents.job;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.HashSet;
import java.util.Set;

/**
 * The one sentence a failure is shown as: what went wrong and where (the outermost message, which
 * the code that knew the context wrote) followed by the root cause (the deepest message in the
 * cause chain, which the operating system or the library wrote: "Read-only file system", "No space
 * left on device"). Without the second half an operator reads "Could not take the warehouse lock"
 * and cannot tell a full disk from a read-only mount.
 */
public final class RootCause {
  private RootCause() {}

  /** The sentence, without a final full stop. */
  public static String sentence(Throwable failure) {
    Throwable outer = failure;
    while (outer.getCause() != null && outer.getMessage() == null) {
      outer = outer.getCause();
    }
    String context = firstLine(text(outer, ""));
    Throwable root = deepestWithMessage(outer);
    if (root == outer) {
      return context.isEmpty() ? outer.getClass().getSimpleName() : context;
    }
    String cause = firstLine(text(root, context));
    if (cause.isEmpty() || context.contains(cause)) {
      return context;
    }
    return context + ": " + cause;
  }

  private static Throwable deepestWithMessage(Throwable outer) {
    Throwable deepest = outer;
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = outer; t != null && seen.add(t); t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        deepest = t;
      }
    }
    return deepest;
  }

  /**
   * A file system error says "file: reason"; the reason alone when the context already names the
   * file. The JDK leaves the reason out of some errors (their class says it), so it is put back.
   */
  private static String text(Throwable t, String context) {
    if (t instanceof FileSystemException fileError) {
      String reason = fileError.getReason() != null ? fileError.getReason() : reasonOf(fileError);
      String file = fileError.getFile();
      String other = fileError.getOtherFile();
      if (reason != null) {
        if (file == null || context.contains(file) && (other == null || context.contains(other))) {
          return reason;
        }
        return (other == null ? file : file + " -> " + other) + ": " + reason;
      }
    }
    return t.getMessage() == null ? "" : t.getMessage();
  }

  /** The operating system's words for the errors the JDK reports by class alone. */
  private static String reasonOf(FileSystemException error) {
    if (error instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (error instanceof FileAlreadyExistsException) {
      return "File exists";
    }
    if (error instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (error instanceof NotDirectoryException) {
      return "Not a directory";
    }
    if (error instanceof DirectoryNotEmptyException) {
      return "Directory not empty";
    }
    return null;
  }

  private static String firstLine(String message) {
    String stripped = message.strip();
    int newline = stripped.indexOf('\n');
    String line = newline < 0 ? stripped : stripped.substring(0, newline).strip();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }
}
