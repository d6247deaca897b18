package org.newsevents.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL file into statements at semicolons that are outside quotes and comments, keeping
 * each statement's leading comment lines so that an annotated notebook prints its notes above each
 * result.
 */
public final class SqlScript {
  private SqlScript() {}

  /**
   * One statement and the comment lines written just above it, without their "--"; an empty line
   * separates paragraphs.
   */
  public record Statement(String comment, String sql) {}

  public static List<Statement> split(String script) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inSingle = false;
    boolean inDouble = false;
    boolean inLineComment = false;
    boolean inBlockComment = false;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      char next = i + 1 < script.length() ? script.charAt(i + 1) : '\0';
      current.append(c);
      if (inLineComment) {
        inLineComment = c != '\n';
      } else if (inBlockComment) {
        if (c == '*' && next == '/') {
          current.append(next);
          i++;
          inBlockComment = false;
        }
      } else if (inSingle) {
        inSingle = c != '\'';
      } else if (inDouble) {
        inDouble = c != '"';
      } else if (c == '-' && next == '-') {
        inLineComment = true;
      } else if (c == '/' && next == '*') {
        inBlockComment = true;
      } else if (c == '\'') {
        inSingle = true;
      } else if (c == '"') {
        inDouble = true;
      } else if (c == ';') {
        current.setLength(current.length() - 1);
        chunks.add(current.toString());
        current.setLength(0);
      }
    }
    chunks.add(current.toString());
    List<Statement> statements = new ArrayList<>();
    for (String chunk : chunks) {
      StringBuilder comment = new StringBuilder();
      StringBuilder sql = new StringBuilder();
      for (String line : chunk.strip().split("\n")) {
        if (sql.isEmpty() && line.strip().startsWith("--")) {
          comment.append(line.strip().substring(2).strip()).append('\n');
        } else if (sql.isEmpty() && line.isBlank()) {
          // A blank line between comment lines separates paragraphs (a file's header from the
          // first query's note); it is kept as one empty comment line.
          if (!comment.isEmpty() && !comment.toString().endsWith("\n\n")) {
            comment.append('\n');
          }
        } else {
          sql.append(line).append('\n');
        }
      }
      if (!sql.toString().isBlank()) {
        statements.add(new Statement(comment.toString().strip(), sql.toString().strip()));
      }
    }
    return statements;
  }
}
