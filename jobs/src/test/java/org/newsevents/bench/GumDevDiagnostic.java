package org.newsevents.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsevents.actors.ActorResolver;
import org.newsevents.job.ReferenceData;
import org.newsevents.nlp.AnnotatedArticle;
import org.newsevents.nlp.EntityMention;
import org.newsevents.nlp.NerEvaluation;
import org.newsevents.nlp.NerEvaluation.Document;
import org.newsevents.nlp.NerEvaluation.GoldMentions;
import org.newsevents.nlp.NerEvaluation.Span;
import org.newsevents.nlp.Sentence;
import org.newsevents.nlp.SentenceTriage;

/**
 * A developer's look at the gold persons and organisations of GUM's development half that no named
 * actor mention finds, each with where it was lost: the triage (the sentence never reached NER),
 * NER (it found nothing there, or a place or a MISC name), or the resolver (NER found a person or
 * an organisation but no actor mention overlaps it). Reads the development half only, by
 * construction: the test half and Wikigold are held out and scored in aggregate by {@code
 * ./newsevents evaluate --suite actors}. Run with the test class path from the project root; not a
 * test. Arguments: the shared data folder (default {@code ../shared}), and {@code
 * --ner-on-every-sentence} to give NER to every sentence the job's triage does not parse ({@link
 * org.newsevents.nlp.SentenceTriage#withEntitiesOnEverySentence()}), which measures what the triage
 * itself loses: the misses it calls "triage" then move to NER or the resolver, or vanish.
 */
public final class GumDevDiagnostic {
  private GumDevDiagnostic() {}

  public static void main(String[] args) {
    List<String> arguments = List.of(args);
    boolean nerOnEverySentence = arguments.contains("--ner-on-every-sentence");
    Path gum =
        Path.of(
                arguments.stream()
                    .filter(argument -> !argument.startsWith("--"))
                    .findFirst()
                    .orElse("../shared"))
            .resolve("corpora/gum-news");
    ReferenceData reference = ReferenceData.bundled();
    SentenceTriage triage =
        nerOnEverySentence ? reference.triage().withEntitiesOnEverySentence() : reference.triage();
    ActorResolver resolver = new ActorResolver(reference.actors());
    Map<String, Integer> causes = new TreeMap<>();
    List<List<Span>> allGold = new ArrayList<>();
    List<List<Span>> allActors = new ArrayList<>();
    for (Document document : NerEvaluation.readGum(gum)) {
      if (EntityQuality.GumHalf.of(document.id()) != EntityQuality.GumHalf.DEV) {
        continue;
      }
      AnnotatedArticle article = EntityQuality.annotate(document, triage);
      ActorResolver.Result resolved = resolver.resolve(article, document.date());
      List<Span> gold = document.goldSpans(GoldMentions.WITH_PROPER_NOUN);
      List<Span> actors = EntityQuality.actorSpans(resolved, gold);
      allGold.add(gold);
      allActors.add(actors);
      String text = String.join("\n\n", document.paragraphs());
      System.out.println("== " + document.id());
      System.out.println(
          "actors: "
              + resolved.mentions().stream()
                  .map(m -> m.method() + ":" + m.surface())
                  .distinct()
                  .toList());
      for (Span g : gold) {
        if (!g.type().equals("PER") && !g.type().equals("ORG")) {
          continue;
        }
        boolean found =
            actors.stream()
                .anyMatch(
                    a -> a.type().equals(g.type()) && a.start() < g.end() && g.start() < a.end());
        if (found) {
          continue;
        }
        Sentence sentence =
            article.sentences().stream()
                .filter(s -> s.charStart() <= g.start() && g.start() < s.charEnd())
                .findFirst()
                .orElse(null);
        String cause;
        String detail = "";
        if (sentence == null) {
          cause = "no sentence";
        } else if (!sentence.named()) {
          cause = "triage";
        } else {
          List<EntityMention> ner =
              sentence.entities().stream()
                  .filter(e -> e.charStart() < g.end() && g.start() < e.charEnd())
                  .toList();
          if (ner.isEmpty()) {
            cause = "NER missed";
          } else if (ner.stream()
              .noneMatch(e -> e.type().equals("PERSON") || e.type().equals("ORGANIZATION"))) {
            cause = "NER typed " + ner.get(0).type();
          } else {
            cause = "resolver";
            detail = " ner=" + ner.stream().map(e -> e.type() + ":" + e.text()).toList();
          }
          List<String> overlapping =
              resolved.mentions().stream()
                  .filter(m -> m.charStart() < g.end() && g.start() < m.charEnd())
                  .map(m -> m.method() + ":" + m.surface() + "=" + m.actorKey())
                  .toList();
          if (!overlapping.isEmpty()) {
            detail += " actors=" + overlapping;
          }
        }
        causes.merge(g.type() + " " + cause, 1, Integer::sum);
        System.out.printf(
            "%s %-14s %-40s | %s%s%n",
            g.type(),
            cause,
            '"' + text.substring(g.start(), g.end()).replace('\n', ' ') + '"',
            sentence == null ? "" : abbreviate(sentence.text()),
            detail);
      }
    }
    System.out.println(
        "== causes (development half"
            + (nerOnEverySentence ? ", NER on every sentence)" : ", the job's triage)"));
    causes.forEach((cause, count) -> System.out.println(cause + ": " + count));
    System.out.println(
        NerEvaluation.compare("GUM development half, named actors", allGold, allActors, 0, 0)
            .format());
  }

  private static String abbreviate(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() > 140 ? flat.substring(0, 140) + "…" : flat;
  }
}
