package org.newsevents.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores {@link BoilerplateFilter} on the L3S-GN1 news set (621 Google News pages from 2008,
 * hand-labelled by text block).
 *
 * <p>Each {@code annotated/*.html} page is turned into the kind of input the filter gets in
 * production: one line per text block, where a block is the text between two block-level tags
 * (every tag except the inline ones listed in {@link #INLINE_TAGS} ends a block; {@code <br>} too),
 * with tags stripped, entities decoded and whitespace collapsed. Text inside {@link #HIDDEN_TAGS}
 * ({@code script}, {@code style}, {@code title}, form fields, ...) and inside elements the
 * annotators marked {@code x-nc-invisible} is left out, as a reader never sees it.
 *
 * <p>Every word token (a run of letters and digits, lower-cased) carries the label of the innermost
 * {@code x-nc-selN} span around it (none means 0, boilerplate). Gold is the multiset of tokens
 * labelled 1 (headline) or 2 (full text). The score compares the multiset of tokens in the kept
 * lines with the gold multiset: precision = overlap / kept, recall = overlap / gold, micro-averaged
 * over pages (token counts summed) and macro-averaged (mean of per-page figures). A page that
 * cannot be read or parsed, or has no gold text, is counted in {@code pagesFailed} and left out of
 * the averages.
 */
public final class L3sEvaluation {
  private L3sEvaluation() {}

  /**
   * Token-level figures over the pages scored; {@code pages} counts the pages scored, {@code
   * pagesFailed} those left out.
   */
  public record Score(
      int pages,
      double precision,
      double recall,
      double f1,
      int pagesFailed,
      double macroPrecision,
      double macroRecall,
      double macroF1,
      long keptTokens,
      long goldTokens,
      long overlapTokens) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "pages=%d failed=%d micro P=%.4f R=%.4f F1=%.4f | macro P=%.4f R=%.4f F1=%.4f | tokens kept=%d gold=%d"
              + " overlap=%d",
          pages,
          pagesFailed,
          precision,
          recall,
          f1,
          macroPrecision,
          macroRecall,
          macroF1,
          keptTokens,
          goldTokens,
          overlapTokens);
    }
  }

  /** One text block of a page, with the label of each of its word tokens. */
  record Block(String text, List<String> tokens, List<Integer> labels) {}

  /**
   * Scores the filter: the kept paragraphs of {@link BoilerplateFilter#filter} against the gold
   * text.
   */
  public static Score evaluate(Path l3sDir) {
    return evaluate(l3sDir, lines -> BoilerplateFilter.filter(lines).kept());
  }

  /** The baseline that keeps every block, for comparison with {@link #evaluate(Path)}. */
  public static Score evaluateKeepingEverything(Path l3sDir) {
    return evaluate(l3sDir, UnaryOperator.identity());
  }

  /** Scores any extractor that maps a page's block lines to the lines it keeps. */
  public static Score evaluate(Path l3sDir, UnaryOperator<List<String>> extractor) {
    List<Path> pages = annotatedPages(l3sDir);
    long kept = 0;
    long gold = 0;
    long overlap = 0;
    double precisionSum = 0;
    double recallSum = 0;
    double f1Sum = 0;
    int scored = 0;
    int failed = 0;
    for (Path page : pages) {
      List<Block> blocks;
      try {
        blocks = parse(decode(Files.readAllBytes(page)));
      } catch (IOException | RuntimeException e) {
        failed++;
        continue;
      }
      Map<String, Integer> goldCounts = new HashMap<>();
      List<String> lines = new ArrayList<>(blocks.size());
      for (Block block : blocks) {
        lines.add(block.text());
        for (int i = 0; i < block.tokens().size(); i++) {
          int label = block.labels().get(i);
          if (label == 1 || label == 2) {
            goldCounts.merge(block.tokens().get(i), 1, Integer::sum);
          }
        }
      }
      int pageGold = goldCounts.values().stream().mapToInt(Integer::intValue).sum();
      if (pageGold == 0) {
        failed++;
        continue;
      }
      Map<String, Integer> keptCounts = new HashMap<>();
      for (String line : extractor.apply(lines)) {
        for (String token : tokens(line)) {
          keptCounts.merge(token, 1, Integer::sum);
        }
      }
      int pageKept = keptCounts.values().stream().mapToInt(Integer::intValue).sum();
      int pageOverlap = 0;
      for (Map.Entry<String, Integer> entry : keptCounts.entrySet()) {
        pageOverlap += Math.min(entry.getValue(), goldCounts.getOrDefault(entry.getKey(), 0));
      }
      double precision = pageKept == 0 ? 0 : (double) pageOverlap / pageKept;
      double recall = (double) pageOverlap / pageGold;
      precisionSum += precision;
      recallSum += recall;
      f1Sum += harmonicMean(precision, recall);
      kept += pageKept;
      gold += pageGold;
      overlap += pageOverlap;
      scored++;
    }
    double precision = kept == 0 ? 0 : (double) overlap / kept;
    double recall = gold == 0 ? 0 : (double) overlap / gold;
    int n = Math.max(scored, 1);
    return new Score(
        scored,
        precision,
        recall,
        harmonicMean(precision, recall),
        failed,
        precisionSum / n,
        recallSum / n,
        f1Sum / n,
        kept,
        gold,
        overlap);
  }

  /** Prints the baseline and the filter's figures: {@code L3sEvaluation <l3s-gn1 folder>}. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpora/l3s-gn1");
    System.out.println("keep everything: " + evaluateKeepingEverything(dir));
    System.out.println("BoilerplateFilter: " + evaluate(dir));
  }

  static List<Path> annotatedPages(Path l3sDir) {
    try (Stream<Path> files = Files.list(l3sDir.resolve("annotated"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double harmonicMean(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Decoding: the converted pages are UTF-8, but older crawls of the same sites are not, so fall
  // back on the declared
  // charset and then on windows-1252, which decodes any byte.

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
      Matcher declared = META_CHARSET.matcher(head);
      Charset charset = Charset.forName("windows-1252");
      if (declared.find()) {
        try {
          charset = Charset.forName(declared.group(1));
        } catch (IllegalArgumentException unknownCharset) {
          // keep windows-1252
        }
      }
      return new String(bytes, charset);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // A small tolerant HTML walker: enough for these DOM serialisations, not a general HTML parser.

  /**
   * Tags that do not break a block of text (the annotators' blocks are only broken by tags other
   * than A).
   */
  static final Set<String> INLINE_TAGS =
      Set.of(
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "cite", "code", "data", "del",
          "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp",
          "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

  private static final Set<String> VOID_TAGS =
      Set.of(
          "area",
          "base",
          "basefont",
          "br",
          "col",
          "embed",
          "frame",
          "hr",
          "img",
          "input",
          "isindex",
          "keygen",
          "link",
          "meta",
          "param",
          "source",
          "spacer",
          "track",
          "wbr");

  /** Elements whose content is never shown as text. */
  static final Set<String> HIDDEN_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "textarea",
          "title",
          "iframe",
          "select",
          "object",
          "applet");

  private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9:-]*)");
  private static final Pattern CLASS_ATTRIBUTE =
      Pattern.compile(
          "\\sclass\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
  private static final Pattern SELECTION_CLASS = Pattern.compile("\\bx-nc-sel(\\d)\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");

  private record Element(String name, int label, boolean hidden) {}

  static List<Block> parse(String html) {
    List<Block> blocks = new ArrayList<>();
    BlockBuilder current = new BlockBuilder();
    Deque<Element> open = new ArrayDeque<>();
    int hiddenDepth = 0;
    int i = 0;
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c != '<') {
        int next = html.indexOf('<', i);
        int end = next < 0 ? n : next;
        if (hiddenDepth == 0) {
          current.append(decodeEntities(html.substring(i, end)), labelOf(open));
        }
        i = end;
        continue;
      }
      if (html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      if (i + 1 < n && (html.charAt(i + 1) == '!' || html.charAt(i + 1) == '?')) {
        int end = html.indexOf('>', i);
        i = end < 0 ? n : end + 1;
        continue;
      }
      Matcher name = TAG_NAME.matcher(html).region(i, n);
      if (!name.lookingAt()) {
        if (hiddenDepth == 0) {
          current.append("<", labelOf(open));
        }
        i++;
        continue;
      }
      int tagEnd = endOfTag(html, name.end());
      String tag = html.substring(i, tagEnd);
      String tagName = name.group(1).toLowerCase(Locale.ROOT);
      boolean closing = tag.startsWith("</");
      i = tagEnd;
      if (!INLINE_TAGS.contains(tagName)) {
        current.flushInto(blocks);
      }
      if (closing) {
        if (containsName(open, tagName)) {
          Element popped;
          do {
            popped = open.pop();
            if (popped.hidden()) {
              hiddenDepth--;
            }
          } while (!popped.name().equals(tagName));
        }
        continue;
      }
      if (VOID_TAGS.contains(tagName) || tag.endsWith("/>")) {
        continue;
      }
      if (tagName.equals("script") || tagName.equals("style")) {
        // Raw text: a "<" inside a script must not be read as a tag.
        int close = indexOfIgnoreCase(html, "</" + tagName, i);
        i = close < 0 ? n : close;
        continue;
      }
      String classes = classesOf(tag);
      Matcher selection = SELECTION_CLASS.matcher(classes);
      int label = selection.find() ? Integer.parseInt(selection.group(1)) : -1;
      boolean hidden = HIDDEN_TAGS.contains(tagName) || classes.contains("x-nc-invisible");
      open.push(new Element(tagName, label, hidden));
      if (hidden) {
        hiddenDepth++;
      }
    }
    current.flushInto(blocks);
    return blocks;
  }

  private static int endOfTag(String html, int from) {
    char quote = 0;
    for (int j = from; j < html.length(); j++) {
      char c = html.charAt(j);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return j + 1;
      }
    }
    return html.length();
  }

  private static boolean containsName(Deque<Element> open, String name) {
    for (Element element : open) {
      if (element.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static int labelOf(Deque<Element> open) {
    for (Element element : open) {
      if (element.label() >= 0) {
        return element.label();
      }
    }
    return 0;
  }

  private static String classesOf(String tag) {
    Matcher m = CLASS_ATTRIBUTE.matcher(tag);
    if (!m.find()) {
      return "";
    }
    for (int g = 1; g <= 3; g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }

  private static int indexOfIgnoreCase(String text, String needle, int from) {
    int last = text.length() - needle.length();
    for (int j = from; j <= last; j++) {
      if (text.regionMatches(true, j, needle, 0, needle.length())) {
        return j;
      }
    }
    return -1;
  }

  /** Collects the text runs of one block with their labels until a block-level tag ends it. */
  private static final class BlockBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> runStarts = new ArrayList<>();
    private final List<Integer> runLabels = new ArrayList<>();

    void append(String run, int label) {
      runStarts.add(text.length());
      runLabels.add(label);
      text.append(run);
    }

    void flushInto(List<Block> blocks) {
      if (text.length() > 0) {
        String raw = text.toString();
        List<String> tokens = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        Matcher word = WORD.matcher(raw);
        int run = 0;
        while (word.find()) {
          while (run + 1 < runStarts.size() && runStarts.get(run + 1) <= word.start()) {
            run++;
          }
          tokens.add(word.group().toLowerCase(Locale.ROOT));
          labels.add(runLabels.get(run));
        }
        String collapsed = WHITESPACE.matcher(raw).replaceAll(" ").trim();
        if (!collapsed.isEmpty()) {
          blocks.add(new Block(collapsed, tokens, labels));
        }
      }
      text.setLength(0);
      runStarts.clear();
      runLabels.clear();
    }
  }

  /** The word tokens the score counts: runs of letters and digits, lower-cased. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      tokens.add(word.group().toLowerCase(Locale.ROOT));
    }
    return tokens;
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?");

  /** The named entities news pages use in practice; an unknown name is left as written. */
  private static final Map<String, String> NAMED_ENTITIES =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", "\u00A0"),
          Map.entry("copy", "\u00A9"),
          Map.entry("reg", "\u00AE"),
          Map.entry("trade", "\u2122"),
          Map.entry("mdash", "\u2014"),
          Map.entry("ndash", "\u2013"),
          Map.entry("hellip", "\u2026"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201C"),
          Map.entry("rdquo", "\u201D"),
          Map.entry("laquo", "\u00AB"),
          Map.entry("raquo", "\u00BB"),
          Map.entry("bull", "\u2022"),
          Map.entry("middot", "\u00B7"),
          Map.entry("pound", "\u00A3"),
          Map.entry("euro", "\u20AC"),
          Map.entry("deg", "\u00B0"),
          Map.entry("eacute", "\u00E9"),
          Map.entry("egrave", "\u00E8"),
          Map.entry("aacute", "\u00E1"),
          Map.entry("agrave", "\u00E0"),
          Map.entry("ouml", "\u00F6"),
          Map.entry("uuml", "\u00FC"),
          Map.entry("auml", "\u00E4"),
          Map.entry("ccedil", "\u00E7"),
          Map.entry("ntilde", "\u00F1"),
          Map.entry("szlig", "\u00DF"));

  static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String replacement = m.group();
      try {
        if (m.group(1) != null) {
          replacement = new String(Character.toChars(Integer.parseInt(m.group(1))));
        } else if (m.group(2) != null) {
          replacement = new String(Character.toChars(Integer.parseInt(m.group(2), 16)));
        } else {
          String name = m.group(3);
          replacement = NAMED_ENTITIES.get(name);
          if (replacement == null && name.equals(name.toUpperCase(Locale.ROOT))) {
            replacement = NAMED_ENTITIES.get(name.toLowerCase(Locale.ROOT));
          }
          if (replacement == null) {
            replacement = m.group();
          }
        }
      } catch (IllegalArgumentException outOfRange) {
        // keep the entity as written
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
