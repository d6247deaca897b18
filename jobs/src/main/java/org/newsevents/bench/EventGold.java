package org.newsevents.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Gold event codings of single sentences, read from two public sets, and written as JSON Lines
 * articles for the normal pipeline.
 *
 * <p><b>PETRARCH-2 unit tests</b> ({@code PETR.UnitTest.records.xml}, openeventdata/petrarch2,
 * MIT): each {@code <Sentence id date="yyyyMMdd" category sentence="true|false">} holds a {@code
 * <Text>} and {@code <EventCoding sourcecode targetcode eventcode>} elements, coded with the toy
 * {@code PETR.Validate.*} dictionaries. The file's own conventions decide what is scored:
 *
 * <ul>
 *   <li>{@code <EventCoding noevents="True">}: the sentence must produce no event (scored, with no
 *       gold tuple, so anything coded is a false positive);
 *   <li>{@code <EventCoding error="...">}: PETRARCH must reject the sentence (a dateline, a story
 *       or sentence discard); scored as no event, except {@code bad_input_parse}, which tests a
 *       broken parse tree given in the record: the pipeline parses the text itself, so those
 *       records are left out;
 *   <li>{@code sentence="false"} marks features PETRARCH does not implement: left out;
 *   <li>a category missing from the file's {@code <Include>} list (AGENTS, COMPOUNDx) is not run by
 *       PETRARCH either: left out;
 *   <li>codes in quotes ({@code '"INJURY TOLL"'}) are new actors PETRARCH makes of noun phrases
 *       when {@code new_actor_length} allows; they are kept (without the quotes) and can only be
 *       missed.
 * </ul>
 *
 * <p><b>PLOVER GSR</b> ({@code PLOVER_GSR_CAMEO.txt}, openeventdata/PLOVER, CC BY-SA 4.0): a JSON
 * array whose first record documents the file (event DOCUMENT, skipped); the others have {@code id,
 * date, text, event} and {@code source[]}, {@code target[]} lists of {@code {actorText, code,
 * sector}} whose {@code code} is a country (or IGO, NGO). Several sources or targets give the cross
 * product of tuples; a missing, empty or blank list gives "" on that side. The GSR (version 0.5b1,
 * 2016) uses four event names that the 2021 CAMEO-to-PLOVER table, from which the pipeline's PLOVER
 * events come, calls otherwise: DEMAND is REQUEST (CAMEO 10), DISAPPROVE and INVESTIGATE are ACCUSE
 * (11 and 09), FIGHT is ASSAULT (19). The reader writes the 2021 names and keeps the GSR's in
 * {@code category}.
 *
 * <p>Ids are made unique in file order (the second PLOVER-GSR01-COERCE-0004 is
 * PLOVER-GSR01-COERCE-0004#2), because the pipeline keys articles by them.
 */
public final class EventGold {

  /** One gold sentence; {@code exclusion} says why it is not scored, empty when it is. */
  public record GoldRecord(
      String id,
      LocalDate date,
      String text,
      String category,
      List<EventTuple> events,
      Optional<String> exclusion) {
    public GoldRecord {
      events = List.copyOf(events);
    }

    public boolean isScored() {
      return exclusion.isEmpty();
    }
  }

  /** A gold set: every record of the file, in file order. */
  public record GoldSet(String name, List<GoldRecord> records) {
    public GoldSet {
      records = List.copyOf(records);
    }

    public List<GoldRecord> scored() {
      return records.stream().filter(GoldRecord::isScored).toList();
    }

    /** Gold tuples of the scored records. */
    public int scoredEvents() {
      return scored().stream().mapToInt(record -> record.events().size()).sum();
    }

    /** Why records were left out, with how many. */
    public Map<String, Long> exclusions() {
      Map<String, Long> counts = new java.util.TreeMap<>();
      records.forEach(
          record -> record.exclusion().ifPresent(reason -> counts.merge(reason, 1L, Long::sum)));
      return counts;
    }
  }

  public static final String PETRARCH_UNIT_TESTS = "PETRARCH-2 unit tests";
  public static final String PLOVER_GSR = "PLOVER GSR";

  /** GSR 0.5b1 event names and what the 2021 CAMEO-to-PLOVER table calls them. */
  static final Map<String, String> PLOVER_2016_TO_2021 =
      Map.of(
          "DEMAND", "REQUEST",
          "DISAPPROVE", "ACCUSE",
          "INVESTIGATE", "ACCUSE",
          "FIGHT", "ASSAULT");

  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventGold() {}

  /** Reads PETR.UnitTest.records.xml; see the class comment for what is scored. */
  public static GoldSet readPetrarchUnitTests(Path xml) {
    Document document = parseXml(xml);
    Set<String> included =
        new HashSet<>(
            Arrays.asList(text(document.getDocumentElement(), "Include").strip().split("\\s+")));
    NodeList sentences = document.getElementsByTagName("Sentence");
    UniqueIds ids = new UniqueIds();
    List<GoldRecord> records = new ArrayList<>();
    for (int i = 0; i < sentences.getLength(); i++) {
      Element sentence = (Element) sentences.item(i);
      String category = sentence.getAttribute("category").strip();
      List<EventTuple> events = new ArrayList<>();
      Optional<String> exclusion = Optional.empty();
      NodeList codings = sentence.getElementsByTagName("EventCoding");
      for (int j = 0; j < codings.getLength(); j++) {
        Element coding = (Element) codings.item(j);
        if (coding.hasAttribute("error")) {
          if (coding.getAttribute("error").strip().equals("bad_input_parse")) {
            exclusion =
                Optional.of(
                    "error=\"bad_input_parse\": tests a broken parse tree given in the record");
          }
        } else if (!coding.hasAttribute("noevents")) {
          events.add(
              new EventTuple(
                  unquoted(coding.getAttribute("sourcecode")),
                  unquoted(coding.getAttribute("targetcode")),
                  coding.getAttribute("eventcode")));
        }
      }
      if (sentence.getAttribute("sentence").strip().equalsIgnoreCase("false")) {
        exclusion = Optional.of("sentence=\"false\": a feature PETRARCH does not implement");
      } else if (!included.contains(category)) {
        exclusion = Optional.of("category " + category + " is not in the file's <Include> list");
      }
      records.add(
          new GoldRecord(
              ids.next(sentence.getAttribute("id").strip()),
              LocalDate.parse(sentence.getAttribute("date").strip(), BASIC_DATE),
              oneLine(text(sentence, "Text")),
              category,
              events,
              exclusion));
    }
    return new GoldSet(PETRARCH_UNIT_TESTS, records);
  }

  /** Reads PLOVER_GSR_CAMEO.txt; see the class comment for the tuples a record gives. */
  public static GoldSet readPloverGsr(Path json) {
    JsonNode root;
    try {
      root = JSON.readTree(json.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + json, e);
    }
    UniqueIds ids = new UniqueIds();
    List<GoldRecord> records = new ArrayList<>();
    for (JsonNode node : root) {
      String gsrEvent = node.path("event").asText("").strip();
      if (gsrEvent.equals("DOCUMENT")) {
        continue;
      }
      String event = PLOVER_2016_TO_2021.getOrDefault(gsrEvent, gsrEvent);
      List<EventTuple> events = new ArrayList<>();
      for (String source : actorCodes(node.get("source"))) {
        for (String target : actorCodes(node.get("target"))) {
          events.add(new EventTuple(source, target, event));
        }
      }
      records.add(
          new GoldRecord(
              ids.next(node.path("id").asText().strip()),
              LocalDate.parse(node.path("date").asText().strip()),
              oneLine(node.path("text").asText()),
              gsrEvent,
              events,
              Optional.empty()));
    }
    return new GoldSet(PLOVER_GSR, records);
  }

  /**
   * Writes the records as JSON Lines articles, one per line: {@code id} (the gold id, which becomes
   * input_ref), {@code published} (the gold date, yyyy-MM-dd) and {@code text}. No title: the
   * cleaner would take a title equal to the text out of the body.
   */
  public static void writeJsonl(List<GoldRecord> records, Path file) {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (GoldRecord record : records) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", record.id());
        line.put("published", record.date().toString());
        line.put("text", record.text());
        writer.write(JSON.writeValueAsString(line));
        writer.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  /** The codes of a PLOVER actor list, or [""] when the list is missing, blank or empty. */
  private static List<String> actorCodes(JsonNode actors) {
    List<String> codes = new ArrayList<>();
    if (actors != null && actors.isArray()) {
      for (JsonNode actor : actors) {
        codes.add(actor.path("code").asText("").strip().toUpperCase(Locale.ROOT));
      }
    }
    return codes.isEmpty() ? List.of("") : codes;
  }

  private static Document parseXml(Path xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(xml.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalArgumentException(xml + " is not readable XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + xml, e);
    }
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String unquoted(String code) {
    String stripped = code.strip();
    return stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
        ? stripped.substring(1, stripped.length() - 1)
        : stripped;
  }

  /** The id as given, or id#2, id#3 ... for its repeats. */
  private static final class UniqueIds {
    private final Map<String, Integer> seen = new HashMap<>();

    String next(String id) {
      int count = seen.merge(id, 1, Integer::sum);
      return count == 1 ? id : id + "#" + count;
    }
  }
}
