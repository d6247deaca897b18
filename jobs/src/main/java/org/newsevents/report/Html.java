package org.newsevents.report;

import java.util.List;

/** HTML text helpers: every piece of data that goes into the report passes through escape. */
final class Html {
  private Html() {}

  /** Text safe in element content and in quoted attribute values; null becomes an empty string. */
  static String escape(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A table with a header row; cells are escaped unless they are {@link Raw}, which the report uses
   * for links and badges it builds itself.
   */
  static String table(String cssClass, List<String> header, List<List<Object>> rows) {
    StringBuilder out = new StringBuilder();
    out.append("<table class=\"").append(escape(cssClass)).append("\">\n<thead><tr>");
    for (String name : header) {
      out.append("<th>").append(escape(name)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<Object> row : rows) {
      out.append("<tr>");
      for (Object cell : row) {
        boolean number = cell instanceof Number;
        out.append(number ? "<td class=\"num\">" : "<td>")
            .append(cell instanceof Raw raw ? raw.html() : escape(cell))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  /** Markup the report built from escaped parts, to be inserted as it is. */
  record Raw(String html) {}
}
