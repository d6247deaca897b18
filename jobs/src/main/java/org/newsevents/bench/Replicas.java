package org.newsevents.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsevents.bench.BenchCorpus.Article;

/**
 * Perturbed copies of real articles, for inputs larger than the corpora. A copy must not be a
 * duplicate to the job (other content fingerprint, other article id), yet stay news text of the
 * same shape and length, so that the benchmark measures real work: replica k swaps the countries,
 * cities and people's names of its text with others from fixed lists, consistently, and moves its
 * date. As the cleaner may drop the very lines that held the names, each replica also gets one
 * plain sentence of its own after its lead ({@link #marker}).
 */
final class Replicas {
  private static final List<String> COUNTRIES =
      words(
          "France Germany Italy Spain Portugal Greece Poland Austria Belgium Sweden Norway "
              + "Finland Denmark Ireland Hungary Romania Bulgaria Serbia Croatia Ukraine Russia "
              + "Belarus Britain Switzerland Japan China Korea Vietnam Thailand Indonesia "
              + "Malaysia India Pakistan Bangladesh Afghanistan Iran Iraq Syria Lebanon Israel "
              + "Egypt Libya Tunisia Algeria Morocco Turkey Yemen Kuwait Nigeria Ghana Kenya "
              + "Ethiopia Somalia Sudan Angola Zimbabwe Brazil Argentina Chile Peru Colombia "
              + "Venezuela Mexico Canada Cuba Australia");
  // Rotated with COUNTRIES, index for index, so that "French" follows "France" to its new name.
  private static final List<String> DEMONYMS =
      words(
          "French German Italian Spanish Portuguese Greek Polish Austrian Belgian Swedish "
              + "Norwegian Finnish Danish Irish Hungarian Romanian Bulgarian Serbian Croatian "
              + "Ukrainian Russian Belarusian British Swiss Japanese Chinese Korean Vietnamese "
              + "Thai Indonesian Malaysian Indian Pakistani Bangladeshi Afghan Iranian Iraqi "
              + "Syrian Lebanese Israeli Egyptian Libyan Tunisian Algerian Moroccan Turkish "
              + "Yemeni Kuwaiti Nigerian Ghanaian Kenyan Ethiopian Somali Sudanese Angolan "
              + "Zimbabwean Brazilian Argentine Chilean Peruvian Colombian Venezuelan Mexican "
              + "Canadian Cuban Australian");
  private static final List<String> CITIES =
      words(
          "London Paris Berlin Madrid Rome Vienna Brussels Geneva Moscow Kiev Warsaw Prague "
              + "Athens Istanbul Cairo Baghdad Tehran Damascus Beirut Jerusalem Riyadh Dubai "
              + "Kabul Karachi Delhi Mumbai Beijing Shanghai Tokyo Seoul Manila Jakarta Sydney "
              + "Toronto Chicago Boston Houston Washington Nairobi Lagos Johannesburg Lima Bogota "
              + "Caracas Havana Brasilia Frankfurt Zurich");
  // No first name or surname that is also an English word ("Will", "Bill", "Price", "Young"):
  // swapping those would garble ordinary sentences.
  private static final List<String> FIRST_NAMES =
      words(
          "James Maria Ahmed Elena David Fatima Peter Sofia Michael Anna Carlos Olga Thomas "
              + "Yuki Ibrahim Laura Daniel Ingrid Paolo Amira Robert Helen Sergei Chloe Juan "
              + "Nadia Hans Priya George Irene Omar Julia Kenji Marta Lars Aisha Pierre Sarah "
              + "Viktor Leila Richard Claire Mohammed Teresa Andrew Monica Pablo Eva Stefan John "
              + "Paul Tony Gordon Vladimir Angela Donald Barack Hillary Ronald Margaret");
  private static final List<String> SURNAMES =
      words(
          "Reagan Bush Clinton Obama Trump Biden Putin Blair Brown Merkel Macron Netanyahu "
              + "Assad Erdogan Gorbachev Thatcher Kohl Mitterrand Nakasone Volcker Johnson Smith "
              + "Miller Davis Wilson Taylor Anderson Jackson Harris Moore Clark Lewis Walker "
              + "Allen Wright Adams Nelson Campbell Mitchell Roberts Carter Evans Turner Parker "
              + "Collins Edwards Stewart Morris Murphy Rogers Morgan Cooper Kelly Schmidt Patel "
              + "Ferguson Fernandez Hoffman Kennedy Howard");
  private static final Map<String, Name> NAMES = index();

  private static final int LEAD_WORDS = 12;

  private Replicas() {}

  private static List<String> words(String names) {
    return List.of(names.split(" "));
  }

  /** A listed name: where it sits in its list, and whether the text spelled it in capitals. */
  private record Name(List<String> list, int index, boolean upperCase) {
    String rotated(int k) {
      String name = list.get(Math.floorMod((long) index + k, list.size()));
      return upperCase ? name.toUpperCase(Locale.ROOT) : name;
    }
  }

  private static Map<String, Name> index() {
    Map<String, Name> names = new HashMap<>();
    for (List<String> list : List.of(COUNTRIES, DEMONYMS, CITIES, FIRST_NAMES, SURNAMES)) {
      for (int i = 0; i < list.size(); i++) {
        String name = list.get(i);
        // A name in two lists would be swapped inconsistently.
        if (names.put(name, new Name(list, i, false)) != null) {
          throw new IllegalStateException(name + " is listed twice");
        }
        names.put(name.toUpperCase(Locale.ROOT), new Name(list, i, true));
      }
    }
    if (COUNTRIES.size() != DEMONYMS.size()) {
      throw new IllegalStateException("every country needs its demonym");
    }
    return names;
  }

  /**
   * Replica k (k ≥ 1) of a real article.
   *
   * @param publishedOn the date to give it, or null to move the original's date
   */
  static Article of(Article real, int k, LocalDate publishedOn) {
    if (k < 1) {
      throw new IllegalArgumentException("replica numbers start at 1, not " + k);
    }
    String title = real.title() == null ? null : swapNames(real.title(), k) + " (update " + k + ")";
    String published =
        publishedOn != null
            ? publishedOn.toString()
            : real.published() == null ? null : shiftedDate(real, k).toString();
    String url =
        real.url() == null
            ? null
            : real.url() + (real.url().contains("?") ? "&" : "?") + "update=" + k;
    return new Article(
        real.id() + "-r" + k,
        real.corpus(),
        title,
        published,
        real.source(),
        url,
        text(real.text(), k, marker(real.id(), k)));
  }

  // A different day for every replica of an article (37 and 365 are coprime), spread over the year
  // after the original, so that a day's input is not many copies of one story.
  private static LocalDate shiftedDate(Article real, int k) {
    return LocalDate.parse(real.published())
        .plusDays(1 + Math.floorMod(real.id().hashCode() + 37L * k, 365));
  }

  private static String text(String text, int k, String marker) {
    if (text.isBlank()) {
      // Stays bad input for the job to quarantine.
      return text;
    }
    // The cleaner may drop the very lines whose names were swapped (a caption, a wrapped wire
    // line), so the marker sentence is what keeps every replica apart from its original and from
    // the other replicas. It goes after the lead, as its own paragraph: the end of a text is where
    // the cleaner cuts comment threads and sign-offs.
    String swapped = swapNames(text, k);
    int leadEnd = leadEnd(swapped);
    if (leadEnd < 0) {
      int end = swapped.stripTrailing().length();
      return swapped.substring(0, end) + "\n\n" + marker + swapped.substring(end);
    }
    // The text's own paragraph break: a blank line, or a wire story's newline and indent.
    int next = leadEnd;
    while (next < swapped.length() && Character.isWhitespace(swapped.charAt(next))) {
      next++;
    }
    String paragraphBreak = swapped.substring(leadEnd, next);
    return swapped.substring(0, leadEnd) + paragraphBreak + marker + swapped.substring(leadEnd);
  }

  /**
   * Where the first paragraph of at least {@link #LEAD_WORDS} words ends (a newline followed by a
   * blank line or an indent, with more text after it), or -1. Shorter first paragraphs are
   * datelines and captions.
   */
  private static int leadEnd(String text) {
    int paragraphStart = 0;
    for (int i = text.indexOf('\n');
        i >= 0 && i + 1 < text.length();
        i = text.indexOf('\n', i + 1)) {
      char after = text.charAt(i + 1);
      if (after != '\n' && after != ' ' && after != '\t') {
        continue;
      }
      if (BenchCorpus.countWords(text, paragraphStart, i) >= LEAD_WORDS) {
        return text.substring(i).isBlank() ? -1 : i;
      }
      paragraphStart = i;
    }
    return -1;
  }

  /**
   * Replaces every listed name that stands as a word of its own (not "Iran2" or "McBrown") with its
   * rotation by k.
   */
  static String swapNames(String text, int k) {
    StringBuilder out = null;
    int last = 0;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isUpperCase(text.charAt(i))
          || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      boolean glued = end < text.length() && Character.isDigit(text.charAt(end));
      Name name = glued ? null : NAMES.get(text.substring(i, end));
      if (name != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16);
        }
        out.append(text, last, i).append(name.rotated(k));
        last = end;
      }
      i = end;
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /**
   * A plain news sentence with a name and a city, different for every replica of an article (for k
   * below the product of the list sizes, 172,800). The article's id moves the choice, so that the
   * replicas of one round do not all share a sentence: two texts the cleaner empties but for it
   * must not become duplicates of each other.
   */
  static String marker(String id, int k) {
    int combinations = FIRST_NAMES.size() * SURNAMES.size() * CITIES.size();
    // Neighbouring ids (reuters-1, reuters-2) have neighbouring hash codes; the multiplication
    // spreads them, so that replica 2 of one is not given replica 1's sentence of the next.
    long spread = Math.floorMod(id.hashCode() * 0x9E3779B97F4A7C15L, (long) combinations);
    int choice = (int) ((spread + k) % combinations);
    int first = choice % FIRST_NAMES.size();
    int surname = (choice / FIRST_NAMES.size()) % SURNAMES.size();
    int city = choice / (FIRST_NAMES.size() * SURNAMES.size());
    return FIRST_NAMES.get(first)
        + " "
        + SURNAMES.get(surname)
        + ", an official in "
        + CITIES.get(city)
        + ", declined to comment.";
  }
}
