package org.newsevents.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsevents.actors.ActorDictionary;
import org.newsevents.actors.ActorLookup;
import org.newsevents.actors.ActorResolver;
import org.newsevents.actors.DictionaryLookup;
import org.newsevents.events.CameoDictionary;
import org.newsevents.events.Gazetteer;
import org.newsevents.nlp.SentenceTriage;

/**
 * The dictionaries a run codes with: the bundled ones, or those in a folder laid out like
 * seeds/reference (the PETRARCH unit tests bring their own). Loaded once per executor JVM and
 * folder, as loading the actor dictionary takes seconds.
 */
public record ReferenceData(ActorLookup actors, CameoDictionary cameo, Gazetteer gazetteer) {
  private static final Map<String, ReferenceData> LOADED = new ConcurrentHashMap<>();

  /**
   * @param folder the reference folder, or null for the bundled data
   */
  static ReferenceData of(String folder) {
    return LOADED.computeIfAbsent(folder == null ? "" : folder, ReferenceData::load);
  }

  /** The bundled dictionaries, as a night without a reference folder reads them. */
  public static ReferenceData bundled() {
    return of(null);
  }

  /**
   * The sentences worth NER, SUTime and parsing under these dictionaries: one that names a
   * dictionary actor and has a verb with a CAMEO code.
   */
  public SentenceTriage triage() {
    ActorResolver resolver = new ActorResolver(actors);
    return SentenceTriage.forEvents(
        resolver::namesKnownActor, cameo::isEventVerb, resolver::mayNameUnknownActor);
  }

  static String folderOption(Optional<Path> folder) {
    return folder.map(path -> path.toAbsolutePath().toString()).orElse(null);
  }

  private static ReferenceData load(String folder) {
    if (folder.isEmpty()) {
      return new ReferenceData(
          DictionaryLookup.bundled(), CameoDictionary.bundled(), Gazetteer.bundled());
    }
    Path dir = Path.of(folder);
    Path places = dir.resolve(Gazetteer.PLACES_FILE);
    try {
      return new ReferenceData(
          new DictionaryLookup(ActorDictionary.load(dir)),
          CameoDictionary.load(dir),
          Files.exists(places) ? Gazetteer.load(places) : Gazetteer.bundled());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the gazetteer " + places, e);
    }
  }
}
