package org.newsevents.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsevents.nlp.Dependency;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.Token;

/**
 * Troop and equipment numbers in a sentence: a cardinal number attached to a noun by the parser's
 * {@code nummod} relation ("100,000 soldiers", "140 vessels and 60 aircraft", "two S-400 systems").
 * Vague amounts ("tens of thousands of troops") have no nummod and are left out rather than
 * guessed.
 */
public final class QuantityExtractor {
  private static final Map<String, Long> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1L),
          Map.entry("two", 2L),
          Map.entry("three", 3L),
          Map.entry("four", 4L),
          Map.entry("five", 5L),
          Map.entry("six", 6L),
          Map.entry("seven", 7L),
          Map.entry("eight", 8L),
          Map.entry("nine", 9L),
          Map.entry("ten", 10L),
          Map.entry("eleven", 11L),
          Map.entry("twelve", 12L),
          Map.entry("fifteen", 15L),
          Map.entry("twenty", 20L),
          Map.entry("thirty", 30L),
          Map.entry("forty", 40L),
          Map.entry("fifty", 50L),
          Map.entry("hundred", 100L),
          Map.entry("dozen", 12L));
  private static final Map<String, Long> MULTIPLIERS =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  private QuantityExtractor() {}

  public static List<Quantity> extract(Sentence sentence) {
    List<Quantity> quantities = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (Dependency edge : sentence.dependencies()) {
      if (!edge.relation().equals("nummod") || edge.governor() < 0) {
        continue;
      }
      Token noun = tokens.get(edge.governor());
      if (!noun.pos().startsWith("NN") || "DATE".equals(noun.ner())) {
        continue; // "2022 elections", "February 10" are not counts
      }
      int start = numberStart(sentence, edge.dependent());
      Optional<Long> value = value(tokens, start, edge.dependent() + 1);
      if (value.isEmpty()) {
        continue;
      }
      int textEnd = Math.max(edge.governor(), edge.dependent()) + 1;
      int textStart = Math.min(start, edge.governor());
      String text =
          sentence
              .text()
              .substring(
                  tokens.get(textStart).charStart() - sentence.charStart(),
                  tokens.get(textEnd - 1).charEnd() - sentence.charStart());
      quantities.add(new Quantity(value.get(), noun.lemma().toLowerCase(Locale.ROOT), text));
    }
    return quantities;
  }

  /** Multi-word numbers ("30 thousand", "two hundred") hang compound children off the last word. */
  private static int numberStart(Sentence sentence, int numberToken) {
    int start = numberToken;
    for (Dependency edge : sentence.dependencies()) {
      if (edge.governor() == numberToken
          && edge.relation().equals("compound")
          && sentence.tokens().get(edge.dependent()).pos().equals("CD")) {
        start = Math.min(start, edge.dependent());
      }
    }
    return start;
  }

  private static Optional<Long> value(List<Token> tokens, int start, int end) {
    long total = 0;
    long current = 0;
    for (int i = start; i < end; i++) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT).replace(",", "");
      if (word.matches("\\d+(\\.\\d+)?")) {
        current += (long) Double.parseDouble(word);
      } else if (MULTIPLIERS.containsKey(word)) {
        current = Math.max(current, 1) * MULTIPLIERS.get(word);
        if (MULTIPLIERS.get(word) >= 1000) {
          total += current;
          current = 0;
        }
      } else if (NUMBER_WORDS.containsKey(word)) {
        current += NUMBER_WORDS.get(word);
      } else {
        return Optional.empty();
      }
    }
    long value = total + current;
    return value > 0 ? Optional.of(value) : Optional.empty();
  }
}
