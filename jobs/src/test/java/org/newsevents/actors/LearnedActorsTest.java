package org.newsevents.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warehouse's actor memory: what one night learned codes a later night's bare name. */
class LearnedActorsTest {
  private static final LocalDate FIRST_NIGHT = LocalDate.of(2022, 1, 19);
  private static final LocalDate LATER_NIGHT = LocalDate.of(2022, 2, 3);

  private static ActorResolver.Result resolve(ActorResolver resolver, String... paragraphs) {
    return ResolvedArticles.resolve(resolver, LATER_NIGHT, null, paragraphs);
  }

  /** What the first night's article says of Oleg Petrov, as its dim_actors row keeps it. */
  private static LearnedActors learnedFromFirstNight() {
    ActorResolver.Result first =
        resolve(
            new ActorResolver(TinyDictionary.crisis2022()),
            "Russian Deputy Foreign Minister Oleg Petrov condemned Ukraine on Monday.");
    ResolvedActor hale =
        first.actors().values().stream()
            .filter(actor -> actor.name().equals("Oleg Petrov"))
            .findFirst()
            .orElseThrow();
    assertThat(hale.known()).isFalse();
    assertThat(hale.cameoCode()).isEqualTo("RUSGOV");
    return LearnedActors.of(
        List.of(
            new LearnedActors.Learned(
                hale.actorKey(),
                hale.countryCode(),
                hale.role(),
                hale.cameoCode(),
                hale.evidence(),
                FIRST_NIGHT)));
  }

  private static List<String> mentionsOf(ActorResolver.Result result, String surface) {
    return result.mentions().stream()
        .filter(m -> m.surface().equals(surface))
        .map(m -> m.cameoCode() + "/" + m.method())
        .toList();
  }

  @Test
  void aNameWithoutATitleIsCodedAsAnEarlierNightLearnedIt() {
    ActorResolver resolver =
        new ActorResolver(TinyDictionary.crisis2022(), learnedFromFirstNight());
    ActorResolver.Result later = resolve(resolver, "Oleg Petrov met Antony Blinken in Geneva.");
    assertThat(mentionsOf(later, "Oleg Petrov")).containsExactly("RUSGOV/" + LearnedActors.METHOD);
    ResolvedActor hale =
        later.actors().values().stream()
            .filter(actor -> actor.name().equals("Oleg Petrov"))
            .findFirst()
            .orElseThrow();
    assertThat(hale.evidence()).contains("Deputy Foreign Minister Oleg Petrov");
  }

  @Test
  void withoutTheMemoryTheSameNameHasNoCode() {
    ActorResolver.Result later =
        resolve(
            new ActorResolver(TinyDictionary.crisis2022()),
            "Oleg Petrov met Antony Blinken in Geneva.");
    assertThat(mentionsOf(later, "Oleg Petrov")).allMatch(m -> m.startsWith("null/"));
  }

  @Test
  void whatTheArticleItselfSaysOfThePersonWinsOverTheMemory() {
    ActorResolver resolver =
        new ActorResolver(TinyDictionary.crisis2022(), learnedFromFirstNight());
    ActorResolver.Result later =
        resolve(resolver, "Oleg Petrov, a Ukrainian diplomat, met Antony Blinken in Geneva.");
    assertThat(mentionsOf(later, "Oleg Petrov")).noneMatch(m -> m.endsWith(LearnedActors.METHOD));
  }

  @Test
  void ofTwoLessonsForOneActorTheFirstSeenIsKept() {
    LearnedActors learned =
        LearnedActors.of(
            List.of(
                new LearnedActors.Learned("K", "FRA", "GOV", "FRAGOV", "b", LATER_NIGHT),
                new LearnedActors.Learned("K", "GBR", "GOV", "GBRGOV", "a", FIRST_NIGHT),
                new LearnedActors.Learned("N", null, null, null, "c", FIRST_NIGHT)));
    assertThat(learned.recall("K")).map(LearnedActors.Learned::cameoCode).contains("GBRGOV");
    assertThat(learned.recall("N")).isEmpty();
    assertThat(learned.size()).isEqualTo(1);
  }
}
