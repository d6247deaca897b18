package org.newsevents.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.ingest.InputReader;
import org.newsevents.ingest.QuarantineRecord;
import org.newsevents.ingest.QuarantineRecord.Reason;
import org.newsevents.ingest.RawItem;

/**
 * The clean stage for one item: encoding repair, normalisation, metadata, boilerplate removal and
 * language, in that order (each step needs the one before: dates and captions cannot be matched in
 * mojibake). Plain Java; the Spark job maps it over partitions.
 */
public final class ArticleCleaner {
  private final SourceResolver sources;
  private final LanguageIdentifier languages;

  public ArticleCleaner(SourceResolver sources, LanguageIdentifier languages) {
    this.sources = sources;
    this.languages = languages;
  }

  public static ArticleCleaner withBundledReferenceData() {
    return new ArticleCleaner(new SourceResolver(Outlets.bundled()), LanguageIdentifier.get());
  }

  /** Either the cleaned article or the reason it was rejected; exactly one is non-null. */
  public record Outcome(Article article, QuarantineRecord rejected) {}

  public Outcome clean(RawItem item) {
    try {
      return cleanOrReject(item);
    } catch (RuntimeException | StackOverflowError e) {
      // One pathological text must not fail the night's run; it is quarantined with the error
      // instead.
      return new Outcome(
          null,
          QuarantineRecord.stageFailure(
              QuarantineRecord.Stage.CLEAN,
              item.inputRef(),
              item.inputPath(),
              item.rawSha256(),
              null,
              e));
    }
  }

  private Outcome cleanOrReject(RawItem item) {
    Set<String> repairs = new LinkedHashSet<>();
    if (!"UTF-8".equals(item.decodedAs())) {
      repairs.add("decoded-as:" + item.decodedAs().toLowerCase(Locale.ROOT));
    }
    Repaired mojibake = MojibakeRepair.repair(item.text());
    repairs.addAll(mojibake.repairs());
    Repaired normalized = TextNormalizer.normalize(mojibake.text());
    repairs.addAll(normalized.repairs());
    String givenTitle =
        item.givenTitle() == null
            ? null
            : TextNormalizer.normalize(MojibakeRepair.repair(item.givenTitle()).text()).text();

    MetadataExtractor.Metadata metadata =
        MetadataExtractor.extract(TextNormalizer.paragraphs(normalized.text()), givenTitle);
    SourceResolver.Source source =
        sources.resolve(
            metadata.inlineSourceDomain(), item.givenSource(), item.givenUrl(), metadata.body());
    List<String> agencies = sources.creditedAgencies(metadata.body());

    // The headline goes in first: some furniture is recognised by where it stands (a name-only
    // caption right under
    // the headline) or by repeating it.
    String title = metadata.title();
    List<String> filterInput = new ArrayList<>();
    if (title != null) {
      filterInput.add(title);
    }
    filterInput.addAll(metadata.body());
    BoilerplateFilter.Result filtered = BoilerplateFilter.filter(filterInput);
    List<BoilerplateFilter.Removed> removed = new ArrayList<>(metadata.removed());
    removed.addAll(filtered.removed());
    filtered.removed().stream().map(r -> "boilerplate:" + r.reason()).forEach(repairs::add);
    List<String> kept = new ArrayList<>(filtered.kept());
    if (title != null) {
      var titleRemoval =
          filtered.removed().stream().filter(r -> r.paragraphIndex() == 0).findFirst();
      if (titleRemoval.isEmpty() || !titleRemoval.get().text().equals(title)) {
        String keptTitle = kept.remove(0);
        title = givenTitle != null ? givenTitle : keptTitle;
      } else if (givenTitle == null) {
        title = null;
      }
    }
    kept.removeIf(String::isBlank);
    if (kept.isEmpty()) {
      return new Outcome(
          null,
          new QuarantineRecord(
              item.inputRef(),
              item.inputPath(),
              Reason.EMPTY_AFTER_CLEANING,
              "Nothing but page furniture was left after cleaning ("
                  + removed.size()
                  + " parts removed)."));
    }

    LanguageIdentifier.Languages language = languages.identify(kept);
    List<Integer> nonEnglish = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      if (!language.paragraphs().get(i).equals("en")) {
        nonEnglish.add(i);
      }
    }
    var published =
        item.givenPublished() != null
            ? DateParsing.parsePublished(item.givenPublished()).orElse(null)
            : null;
    DateSource dateSource = published != null ? DateSource.FIELD : metadata.dateSource();
    if (published == null) {
      published = metadata.published();
    }
    String text = String.join("\n\n", kept);
    return new Outcome(
        new Article(
            articleId(item),
            item.inputRef(),
            item.inputPath(),
            item.format(),
            source.sourceId(),
            source.sourceName(),
            source.domain(),
            title,
            published,
            dateSource,
            language.article(),
            text,
            language.paragraphs(),
            nonEnglish,
            MetadataExtractor.countWords(text),
            item.rawSha256(),
            List.copyOf(repairs),
            removed,
            agencies,
            fingerprint(text)),
        null);
  }

  /** Stable across runs: the same reference with the same bytes always gets the same id. */
  public static String articleId(RawItem item) {
    return InputReader.shortSha256(item.inputRef() + "\n" + item.rawSha256());
  }

  /**
   * Equal for copies of an article that differ only in case, punctuation or layout; the run flags
   * all but one of the articles that share it as duplicates (content_fingerprint).
   */
  public static String fingerprint(String text) {
    String lettersAndDigits = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    return InputReader.shortSha256(lettersAndDigits);
  }
}
