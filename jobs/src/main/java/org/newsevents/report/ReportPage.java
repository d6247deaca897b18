package org.newsevents.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsevents.report.Html.Raw;

/** The sections of one run's page, each from its own query on the catalog. */
final class ReportPage {
  static final int MAX_DAYS = 60;
  static final int MAX_ACTORS = 25;
  static final int MAX_DYADS = 25;
  static final int BARS = 10;
  static final int MAX_EVENTS = 200;
  static final int MAX_EVIDENCE_PER_EVENT = 20;
  static final int MAX_QUARANTINED_ITEMS = 100;
  static final int MAX_LISTED_VALUES = 50;

  /** The statuses that count as something that happened (as in sql/analyses). */
  private static final String HAPPENED = "status in ('asserted', 'claimed')";

  private static final String[] QUAD_CLASSES = {
    "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"
  };
  private static final String[] QUAD_COLORS = {"#7fbf7b", "#1b7837", "#f4a582", "#b2182b"};

  private static final String STYLE =
      """
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
             margin: 0 auto; max-width: 1180px; padding: 0 24px 48px; }
      header { border-bottom: 2px solid #d0d7de; margin-bottom: 8px; }
      h1 { font-size: 26px; margin: 24px 0 4px; }
      h2 { font-size: 21px; margin-top: 36px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
      h3 { font-size: 17px; margin: 22px 0 6px; }
      nav a { margin-right: 14px; }
      a { color: #0969da; text-decoration: none; }
      a:hover { text-decoration: underline; }
      .meta, .note { color: #59636e; font-size: 13px; }
      table { border-collapse: collapse; margin: 8px 0 12px; font-size: 13.5px; }
      th, td { border: 1px solid #d0d7de; padding: 3px 8px; text-align: left; vertical-align: top; }
      th { background: #f6f8fa; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
      tr:target { background: #fff8c5; }
      .cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; }
      .card { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 14px; min-width: 120px; }
      .card b { display: block; font-size: 22px; }
      .pair { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
      svg { max-width: 100%; height: auto; font-family: inherit; }
      svg .tick { font-size: 11px; fill: #59636e; }
      svg .legend { font-size: 12px; fill: #1f2328; }
      svg .axis-title { font-size: 12px; fill: #1f2328; font-weight: 600; }
      svg .axis { stroke: #59636e; }
      svg .grid { stroke: #eaeef2; }
      .status { padding: 0 6px; border-radius: 4px; font-size: 12.5px; white-space: nowrap; }
      .pass, .asserted { background: #dafbe1; }
      .fail, .negated { background: #ffebe9; }
      .warn, .hypothetical, .planned, .claimed { background: #fff8c5; }
      .evidence li { margin-bottom: 10px; }
      .evidence blockquote { margin: 2px 0 2px 0; padding-left: 10px; border-left: 3px solid #d0d7de; }
      .evidence section { margin-bottom: 14px; }
      .evidence section:target { background: #fff8c5; }
      """;

  private final Connection connection;
  private final LocalDate runDate;
  private final Map<String, ?> facts;
  private final Instant writtenAt;

  ReportPage(Connection connection, LocalDate runDate, Map<String, ?> facts, Instant writtenAt) {
    this.connection = connection;
    this.runDate = runDate;
    this.facts = facts == null ? Map.of() : facts;
    this.writtenAt = writtenAt;
  }

  String render() throws SQLException {
    StringBuilder page = new StringBuilder();
    String title = "newsevents run report " + runDate;
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n<p class=\"meta\">Written ")
        .append(Html.escape(writtenAt))
        .append(" from the published catalog. Events, actors and dyads are those published up to")
        .append(" this run; articles, quarantine and data quality are this run's.</p>\n")
        .append(
            "<nav><a href=\"#summary\">Summary</a><a href=\"#events-per-day\">Events per day</a>"
                + "<a href=\"#top-actors\">Top actors</a><a href=\"#top-dyads\">Top dyads</a>"
                + "<a href=\"#events\">Events</a><a href=\"#evidence\">Evidence</a>"
                + "<a href=\"#data-quality\">Data quality</a><a href=\"#gates\">Gates and data"
                + " tests</a><a href=\"#run-facts\">Run</a></nav>\n</header>\n");
    summary(page);
    eventsPerDay(page);
    topActors(page);
    topDyads(page);
    List<Map<String, Object>> events = eventsTable(page);
    evidence(page, events);
    dataQuality(page);
    gates(page);
    runFacts(page);
    return page.append("</body>\n</html>\n").toString();
  }

  private void summary(StringBuilder page) throws SQLException {
    Map<String, Object> counts =
        one(
            """
            select
                (select count(*) from stg_dim_articles where run_date = $1) as articles_read,
                (select count(*) from stg_dim_articles where run_date = $1 and is_duplicate)
                    as duplicates,
                (select count(*) from quarantine where run_date = $1) as quarantined,
                (select count(*) from quarantine where run_date = $1
                    and reason in ('nlp-failed', 'actors-failed', 'events-failed'))
                    as coding_failed,
                (select count(*) from fct_events where first_seen_run_date <= $1) as events,
                (select count(*) from fct_events where first_seen_run_date = $1) as new_events,
                (select count(*) from fct_event_mentions where run_date <= $1) as event_mentions,
                (select count(*) from dim_actors) as actors,
                (select count(*) from dim_articles) as articles,
                (select count(*) from dim_sources where source_id <> 'unknown') as sources
            """);
    page.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
    card(page, "articles read by this run", counts.get("articles_read"));
    card(page, "of them duplicates", counts.get("duplicates"));
    card(page, "items quarantined by this run", counts.get("quarantined"));
    card(page, "of them kept uncoded (a stage failed)", counts.get("coding_failed"));
    card(page, "rows flagged by content data tests", contentTestFlags());
    card(page, "events (all runs)", counts.get("events"));
    card(page, "first reported by this run", counts.get("new_events"));
    card(page, "event mentions", counts.get("event_mentions"));
    card(page, "actors", counts.get("actors"));
    card(page, "articles (all runs)", counts.get("articles"));
    card(page, "outlets", counts.get("sources"));
    page.append("</div>\n</section>\n");
  }

  /** Rows the run's warn-severity data tests flagged, from the run facts (0 when none given). */
  private long contentTestFlags() {
    long flagged = 0;
    for (Object test : namedChecks(facts.get(RunReport.DATA_TESTS)).values()) {
      if (test instanceof Map<?, ?> map
          && "warn".equals(map.get("status"))
          && map.get("failing_rows") instanceof Number rows) {
        flagged += rows.longValue();
      }
    }
    return flagged;
  }

  private static void card(StringBuilder page, String label, Object value) {
    page.append("<div class=\"card\"><b>")
        .append(Html.escape(value))
        .append("</b>")
        .append(Html.escape(label))
        .append("</div>\n");
  }

  private void eventsPerDay(StringBuilder page) throws SQLException {
    List<Map<String, Object>> rows =
        rows(
            "with events as (select * from fct_events where "
                + HAPPENED
                + " and first_seen_run_date <= $1),"
                + " days as (select distinct event_date from events"
                + " order by event_date desc limit "
                + MAX_DAYS
                + ")"
                + " select cast(events.event_date as varchar) as day, events.quad_class,"
                + " count(*) as events from events join days using (event_date)"
                + " group by all order by 1, 2");
    long allDays =
        ((Number)
                one("select count(distinct event_date) as days from fct_events where "
                        + HAPPENED
                        + " and first_seen_run_date <= $1")
                    .get("days"))
            .longValue();
    page.append("<section id=\"events-per-day\">\n<h2>Events per day by QuadClass</h2>\n")
        .append(
            "<p class=\"note\">Events whose status is asserted or claimed, by the day they happened"
                + " (days without events, and events nothing dates, are left out)");
    if (allDays > MAX_DAYS) {
      page.append("; the latest ").append(MAX_DAYS).append(" of ").append(allDays).append(" days");
    }
    page.append(".</p>\n");
    if (rows.isEmpty()) {
      page.append("<p>No event is published yet.</p>\n</section>\n");
      return;
    }
    List<String> days = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      String day = (String) row.get("day");
      if (days.isEmpty() || !days.get(days.size() - 1).equals(day)) {
        days.add(day);
      }
    }
    long[][] values = new long[4][days.size()];
    for (Map<String, Object> row : rows) {
      int quad = ((Number) row.get("quad_class")).intValue();
      if (quad >= 1 && quad <= 4) {
        values[quad - 1][days.indexOf(row.get("day"))] = ((Number) row.get("events")).longValue();
      }
    }
    List<Svg.Series> series = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      series.add(new Svg.Series((q + 1) + " " + QUAD_CLASSES[q], QUAD_COLORS[q], values[q]));
    }
    page.append(
            Svg.stackedBars(
                "Events per day, stacked by QuadClass", days, series, "event date", "events"))
        .append("</section>\n");
  }

  private static final String HAPPENED_EVENTS =
      "with events as (select * from fct_events where "
          + HAPPENED
          + " and first_seen_run_date <= $1) ";

  private void topActors(StringBuilder page) throws SQLException {
    List<Map<String, Object>> rows =
        rows(
            HAPPENED_EVENTS
                + """
                , roles as (
                    select actor1_id as actor_id, 1 as as_source, 0 as as_target from events
                    union all
                    select actor2_id, 0, 1 from events where actor2_id is not null
                ),
                per_actor as (
                    select actor_id, count(*) as events, sum(as_source) as as_source,
                        sum(as_target) as as_target
                    from roles group by actor_id
                )
                select actors.name, actors.cameo_code, actors.actor_type, actors.country_code,
                    per_actor.events, per_actor.as_source, per_actor.as_target,
                    actors.mention_count
                from per_actor join dim_actors actors on actors.actor_id = per_actor.actor_id
                order by per_actor.events desc, actors.mention_count desc, actors.name
                limit
                """
                + MAX_ACTORS);
    page.append("<section id=\"top-actors\">\n<h2>Top actors</h2>\n")
        .append(
            "<p class=\"note\">Actors by the asserted or claimed events they take part in, as source"
                + " or target; the top ")
        .append(MAX_ACTORS)
        .append(" in the table, the top ")
        .append(BARS)
        .append(" in the chart.</p>\n");
    if (rows.isEmpty()) {
      page.append("<p>No actor takes part in an event yet.</p>\n</section>\n");
      return;
    }
    List<Svg.Bar> bars = new ArrayList<>();
    List<List<Object>> table = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      if (bars.size() < BARS) {
        bars.add(new Svg.Bar((String) row.get("name"), ((Number) row.get("events")).doubleValue()));
      }
      table.add(
          cells(
              row,
              "name",
              "cameo_code",
              "actor_type",
              "country_code",
              "events",
              "as_source",
              "as_target",
              "mention_count"));
    }
    page.append("<div class=\"pair\">\n")
        .append(
            Html.table(
                "actors",
                List.of(
                    "actor",
                    "CAMEO code",
                    "type",
                    "country",
                    "events",
                    "as source",
                    "as target",
                    "mentions"),
                table))
        .append(Svg.horizontalBars("Top actors by events", bars, "events", "#4c72b0"))
        .append("</div>\n</section>\n");
  }

  private void topDyads(StringBuilder page) throws SQLException {
    List<Map<String, Object>> rows =
        rows(
            HAPPENED_EVENTS
                + """
                select actor1.name as actor1, actor2.name as actor2, count(*) as events,
                    sum(events.num_mentions) as mentions, round(avg(events.goldstein), 2) as goldstein,
                    cast(min(events.event_date) as varchar) as first_date,
                    cast(max(events.event_date) as varchar) as last_date
                from events
                join dim_actors actor1 on actor1.actor_id = events.actor1_id
                join dim_actors actor2 on actor2.actor_id = events.actor2_id
                group by events.actor1_id, events.actor2_id, actor1.name, actor2.name
                order by events desc, mentions desc, actor1, actor2
                limit
                """
                + MAX_DYADS);
    page.append("<section id=\"top-dyads\">\n<h2>Top dyads</h2>\n")
        .append(
            "<p class=\"note\">Directed actor pairs (source → target) by asserted or claimed"
                + " events; the top ")
        .append(MAX_DYADS)
        .append(" in the table, the top ")
        .append(BARS)
        .append(" in the chart.</p>\n");
    if (rows.isEmpty()) {
      page.append("<p>No event has a target yet.</p>\n</section>\n");
      return;
    }
    List<Svg.Bar> bars = new ArrayList<>();
    List<List<Object>> table = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      String dyad = row.get("actor1") + " → " + row.get("actor2");
      if (bars.size() < BARS) {
        bars.add(new Svg.Bar(dyad, ((Number) row.get("events")).doubleValue()));
      }
      table.add(
          cells(
              row,
              "actor1",
              "actor2",
              "events",
              "mentions",
              "goldstein",
              "first_date",
              "last_date"));
    }
    page.append("<div class=\"pair\">\n")
        .append(
            Html.table(
                "dyads",
                List.of(
                    "source",
                    "target",
                    "events",
                    "mentions",
                    "mean Goldstein",
                    "first event",
                    "last event"),
                table))
        .append(Svg.horizontalBars("Top dyads by events", bars, "events", "#8172b2"))
        .append("</div>\n</section>\n");
  }

  private static final String SHOWN_EVENTS =
      """
      with shown as (
          select events.*
          from fct_events events
          where events.first_seen_run_date <= $1
          order by events.num_mentions desc, events.num_articles desc, events.event_date desc,
              events.event_id
          limit %d
      )
      """
          .formatted(MAX_EVENTS);

  private List<Map<String, Object>> eventsTable(StringBuilder page) throws SQLException {
    List<Map<String, Object>> events =
        rows(
            SHOWN_EVENTS
                + """
                select shown.event_id, cast(shown.event_date as varchar) as event_date,
                    shown.date_precision, coalesce(actor1.name, shown.actor1_id) as actor1,
                    shown.event_code, codes.description, actor2.name as actor2, shown.status,
                    shown.location_name, shown.location_country_code, shown.num_mentions,
                    shown.num_articles, shown.num_sources,
                    shown.first_seen_run_date = $1 as is_new
                from shown
                left join dim_actors actor1 on actor1.actor_id = shown.actor1_id
                left join dim_actors actor2 on actor2.actor_id = shown.actor2_id
                left join dim_event_codes codes on codes.event_code = shown.event_code
                order by shown.num_mentions desc, shown.num_articles desc, shown.event_date desc,
                    shown.event_id
                """);
    long total =
        ((Number)
                one("select count(*) as events from fct_events where first_seen_run_date <= $1")
                    .get("events"))
            .longValue();
    page.append("<section id=\"events\">\n<h2>Events</h2>\n<p class=\"note\">");
    if (total > MAX_EVENTS) {
      page.append("The ")
          .append(MAX_EVENTS)
          .append(" most reported of ")
          .append(total)
          .append(" events");
    } else {
      page.append("All ").append(total).append(" events");
    }
    page.append(
        ", every status, most mentions first; ★ marks an event this run reported first. Each"
            + " row links to its evidence sentences.</p>\n");
    List<List<Object>> table = new ArrayList<>();
    for (Map<String, Object> event : events) {
      String id = String.valueOf(event.get("event_id"));
      String date =
          event.get("event_date") == null
              ? "undated"
              : event.get("event_date") + " (" + event.get("date_precision") + ")";
      String code =
          event.get("event_code")
              + (event.get("description") == null ? "" : " " + event.get("description"));
      String location =
          event.get("location_name") == null
              ? ""
              : event.get("location_name")
                  + (event.get("location_country_code") == null
                      ? ""
                      : ", " + event.get("location_country_code"));
      String status = String.valueOf(event.get("status"));
      table.add(
          List.of(
              new Raw(
                  "<span id=\"event-"
                      + Html.escape(id)
                      + "\"></span>"
                      + Html.escape(date)
                      + (Boolean.TRUE.equals(event.get("is_new")) ? " ★" : "")),
              Html.escape(event.get("actor1")).isEmpty() ? "" : event.get("actor1"),
              code,
              event.get("actor2") == null ? "—" : event.get("actor2"),
              badge(status, status),
              location,
              event.get("num_mentions"),
              new Raw(
                  "<a href=\"#evidence-"
                      + Html.escape(id)
                      + "\">evidence ("
                      + Html.escape(event.get("num_mentions"))
                      + ")</a>")));
    }
    if (table.isEmpty()) {
      page.append("<p>No event is published yet.</p>\n");
    } else {
      page.append(
          Html.table(
              "events",
              List.of(
                  "date",
                  "actor 1",
                  "code",
                  "actor 2",
                  "status",
                  "location",
                  "mentions",
                  "evidence"),
              table));
    }
    page.append("</section>\n");
    return events;
  }

  private void evidence(StringBuilder page, List<Map<String, Object>> events) throws SQLException {
    List<Map<String, Object>> mentions =
        rows(
            SHOWN_EVENTS
                + """
                select mentions.event_id, mentions.sentence, mentions.article_id,
                    mentions.source_id, sources.source_name, articles.title, articles.input_ref,
                    mentions.status, mentions.status_cue, mentions.event_code, mentions.sentence_no
                from fct_event_mentions mentions
                join shown on shown.event_id = mentions.event_id
                left join dim_sources sources on sources.source_id = mentions.source_id
                left join dim_articles articles on articles.article_id = mentions.article_id
                qualify row_number() over (
                    partition by mentions.event_id
                    order by mentions.article_id, mentions.sentence_no, mentions.mention_id) <= %d
                order by mentions.event_id, mentions.article_id, mentions.sentence_no
                """
                    .formatted(MAX_EVIDENCE_PER_EVENT));
    Map<String, List<Map<String, Object>>> byEvent = new LinkedHashMap<>();
    for (Map<String, Object> mention : mentions) {
      byEvent
          .computeIfAbsent(String.valueOf(mention.get("event_id")), id -> new ArrayList<>())
          .add(mention);
    }
    page.append("<section id=\"evidence\" class=\"evidence\">\n<h2>Evidence</h2>\n")
        .append("<p class=\"note\">The sentences that report each event of the table (at most ")
        .append(MAX_EVIDENCE_PER_EVENT)
        .append(" per event), with the article and its outlet.</p>\n");
    for (Map<String, Object> event : events) {
      String id = String.valueOf(event.get("event_id"));
      page.append("<section id=\"evidence-")
          .append(Html.escape(id))
          .append("\">\n<h3>")
          .append(Html.escape(event.get("event_date")))
          .append(" · ")
          .append(Html.escape(event.get("actor1")))
          .append(" · ")
          .append(Html.escape(event.get("event_code")))
          .append(" ")
          .append(Html.escape(event.get("description")))
          .append(event.get("actor2") == null ? "" : " · " + Html.escape(event.get("actor2")))
          .append(" <a href=\"#event-")
          .append(Html.escape(id))
          .append("\" class=\"note\">back to the table</a></h3>\n<ol>\n");
      List<Map<String, Object>> list = byEvent.getOrDefault(id, List.of());
      for (Map<String, Object> mention : list) {
        String status = String.valueOf(mention.get("status"));
        String cue = (String) mention.get("status_cue");
        page.append("<li><blockquote>")
            .append(Html.escape(mention.get("sentence")))
            .append("</blockquote>")
            .append(badge(status, status + (cue == null || cue.isEmpty() ? "" : ": " + cue)).html())
            .append(" <span class=\"note\">article ")
            .append(Html.escape(mention.get("article_id")))
            .append(" (")
            .append(Html.escape(mention.get("input_ref")))
            .append(
                mention.get("title") == null ? "" : ", “" + Html.escape(mention.get("title")) + "”")
            .append("), source ")
            .append(
                Html.escape(
                    mention.get("source_name") == null
                        ? mention.get("source_id")
                        : mention.get("source_name") + " (" + mention.get("source_id") + ")"))
            .append(", sentence ")
            .append(Html.escape(mention.get("sentence_no")))
            .append(", code ")
            .append(Html.escape(mention.get("event_code")))
            .append("</span></li>\n");
      }
      if (list.isEmpty()) {
        page.append("<li>No mention is published for this event.</li>\n");
      }
      page.append("</ol>\n</section>\n");
    }
    page.append("</section>\n");
  }

  private void dataQuality(StringBuilder page) throws SQLException {
    page.append("<section id=\"data-quality\">\n<h2>Data quality of this run</h2>\n");

    page.append("<h3 id=\"quarantine\">Quarantine by reason</h3>\n");
    List<Map<String, Object>> reasons =
        rows(
            "select reason, count(*) as items from quarantine where run_date = $1"
                + " group by reason order by items desc, reason");
    if (reasons.isEmpty()) {
      page.append("<p>No input item was quarantined by this run.</p>\n");
    } else {
      page.append(Html.table("quarantine", List.of("reason", "items"), cellRows(reasons)));
      List<Map<String, Object>> items =
          rows(
              "select input_ref, reason, detail from quarantine where run_date = $1"
                  + " order by reason, input_ref limit "
                  + MAX_QUARANTINED_ITEMS);
      page.append("<p class=\"note\">Quarantined items");
      long total = reasons.stream().mapToLong(r -> ((Number) r.get("items")).longValue()).sum();
      if (total > MAX_QUARANTINED_ITEMS) {
        page.append(" (the first ")
            .append(MAX_QUARANTINED_ITEMS)
            .append(" of ")
            .append(total)
            .append(")");
      }
      page.append(":</p>\n")
          .append(
              Html.table(
                  "quarantine-items", List.of("input", "reason", "detail"), cellRows(items)));
    }

    contentTestWarnings(page);

    page.append("<h3 id=\"repairs\">Repairs and removed parts</h3>\n");
    Map<String, Object> changed =
        one(
            """
            select count(*) as articles,
                count(*) filter (where len(repairs) > 0) as repaired,
                count(*) filter (where len(removed_parts) > 0) as with_removed_parts,
                coalesce(sum(len(removed_parts)), 0) as removed_parts
            from stg_dim_articles where run_date = $1
            """);
    page.append("<p>")
        .append(Html.escape(changed.get("repaired")))
        .append(" of ")
        .append(Html.escape(changed.get("articles")))
        .append(" articles were repaired; ")
        .append(Html.escape(changed.get("with_removed_parts")))
        .append(" had parts removed (")
        .append(Html.escape(changed.get("removed_parts")))
        .append(" parts in all).</p>\n<div class=\"pair\">\n");
    List<Map<String, Object>> repairs =
        rows(
            """
            select repair, count(*) as articles
            from (select unnest(repairs) as repair from stg_dim_articles where run_date = $1)
            group by repair order by articles desc, repair
            """);
    page.append(
        repairs.isEmpty()
            ? "<p>No repair.</p>\n"
            : Html.table("repairs", List.of("repair", "articles"), cellRows(repairs)));
    List<Map<String, Object>> removed =
        rows(
            """
            select part.reason as reason, count(*) as parts
            from (select unnest(removed_parts) as part from stg_dim_articles where run_date = $1)
            group by part.reason order by parts desc, reason
            """);
    page.append(
            removed.isEmpty()
                ? "<p>No part removed.</p>\n"
                : Html.table("removed-parts", List.of("removed part", "parts"), cellRows(removed)))
        .append("</div>\n");

    page.append("<h3 id=\"languages\">Languages</h3>\n");
    List<Map<String, Object>> languages =
        rows(
            """
            with articles as (select * from stg_dim_articles where run_date = $1),
            by_article as (
                select language, count(*) as articles,
                    count(*) filter (where len(non_english_paragraphs) > 0)
                        as with_non_english_paragraphs
                from articles group by language
            ),
            by_paragraph as (
                select language, count(*) as paragraphs
                from (select unnest(paragraph_languages) as language from articles)
                group by language
            )
            select coalesce(by_article.language, by_paragraph.language) as language,
                coalesce(by_article.articles, 0) as articles,
                coalesce(by_paragraph.paragraphs, 0) as paragraphs,
                coalesce(by_article.with_non_english_paragraphs, 0) as with_non_english_paragraphs
            from by_article full join by_paragraph on by_paragraph.language = by_article.language
            order by articles desc, paragraphs desc, language
            """);
    Map<String, Object> nonEnglish =
        one(
            "select coalesce(sum(len(non_english_paragraphs)), 0) as paragraphs,"
                + " count(*) filter (where len(non_english_paragraphs) > 0) as articles"
                + " from stg_dim_articles where run_date = $1");
    page.append("<p>")
        .append(Html.escape(nonEnglish.get("paragraphs")))
        .append(" non-English paragraphs in ")
        .append(Html.escape(nonEnglish.get("articles")))
        .append(" articles were kept in the text and not coded.</p>\n");
    page.append(
        languages.isEmpty()
            ? "<p>No article was read by this run.</p>\n"
            : Html.table(
                "languages",
                List.of(
                    "language",
                    "articles (main language)",
                    "paragraphs",
                    "articles with non-English paragraphs"),
                cellRows(languages)));

    page.append("<h3 id=\"date-sources\">Where published dates came from</h3>\n");
    List<Map<String, Object>> dateSources =
        rows(
            "select date_source, count(*) as articles from stg_dim_articles where run_date = $1"
                + " group by date_source order by articles desc, date_source");
    page.append(
            dateSources.isEmpty()
                ? "<p>No article was read by this run.</p>\n"
                : Html.table(
                    "date-sources", List.of("date_source", "articles"), cellRows(dateSources)))
        .append("</section>\n");
  }

  /**
   * The rows that content (warn) data tests flagged: published, but to be read with care. Each row
   * is the test's name and the columns its query returned.
   */
  private void contentTestWarnings(StringBuilder page) {
    page.append("<h3 id=\"content-test-warnings\">Content data-test warnings</h3>\n");
    Object flagged = facts.get(RunReport.DATA_TEST_WARNINGS);
    if (!(flagged instanceof Collection<?> rows) || rows.isEmpty()) {
      page.append("<p>No content data test flagged a row of this run.</p>\n");
      return;
    }
    List<List<Object>> table = new ArrayList<>();
    for (Object row : rows) {
      if (table.size() == MAX_QUARANTINED_ITEMS) {
        break;
      }
      if (row instanceof Map<?, ?> map) {
        Map<Object, Object> columns = new LinkedHashMap<>(map);
        Object test = columns.remove("test");
        List<String> values = new ArrayList<>();
        columns.forEach((column, value) -> values.add(column + "=" + value));
        table.add(List.of(String.valueOf(test), String.join(", ", values)));
      }
    }
    page.append("<p class=\"note\">Rows flagged by content tests, published all the same");
    if (rows.size() > table.size()) {
      page.append(" (the first ")
          .append(table.size())
          .append(" of ")
          .append(rows.size())
          .append(")");
    }
    page.append(":</p>\n")
        .append(Html.table("content-test-warnings", List.of("test", "row"), table));
  }

  private void gates(StringBuilder page) {
    page.append("<section id=\"gates\">\n<h2>Gates and data tests</h2>\n");
    boolean any = false;
    for (String key : List.of(RunReport.GATES, RunReport.DATA_TESTS)) {
      if (!facts.containsKey(key)) {
        continue;
      }
      any = true;
      page.append("<h3>")
          .append(key.equals(RunReport.GATES) ? "Gates" : "Data tests")
          .append("</h3>\n");
      List<List<Object>> table = new ArrayList<>();
      for (Map.Entry<String, Object> check : namedChecks(facts.get(key)).entrySet()) {
        Object result = check.getValue();
        String outcome = outcome(result);
        table.add(List.of(check.getKey(), badge(outcome, outcome), new Raw(detail(result))));
      }
      page.append(Html.table(key.replace('_', '-'), List.of("check", "result", "detail"), table));
    }
    if (!any) {
      page.append(
          "<p>The run reported no gate or data-test results (this page was written from the"
              + " catalog alone, or the run passed none in).</p>\n");
    }
    page.append("</section>\n");
  }

  private void runFacts(StringBuilder page) {
    page.append("<section id=\"run-facts\">\n<h2>Run</h2>\n");
    Object seconds = facts.get(RunReport.SECONDS_PER_STAGE);
    if (seconds instanceof Map<?, ?> stages && !stages.isEmpty()) {
      List<Svg.Bar> bars = new ArrayList<>();
      List<List<Object>> table = new ArrayList<>();
      double total = 0;
      for (Map.Entry<?, ?> stage : stages.entrySet()) {
        double value = stage.getValue() instanceof Number n ? n.doubleValue() : 0;
        total += value;
        bars.add(new Svg.Bar(String.valueOf(stage.getKey()), value));
        table.add(List.of(String.valueOf(stage.getKey()), new Raw(Html.escape(seconds(value)))));
      }
      table.add(List.of("total", new Raw("<b>" + Html.escape(seconds(total)) + "</b>")));
      page.append("<h3>Seconds per stage</h3>\n<div class=\"pair\">\n")
          .append(Html.table("stages", List.of("stage", "seconds"), table))
          .append(Svg.horizontalBars("Seconds per stage", bars, "seconds", "#55a868"))
          .append("</div>\n");
    }
    List<List<Object>> other = new ArrayList<>();
    for (Map.Entry<String, ?> fact : facts.entrySet()) {
      if (!List.of(
              RunReport.GATES,
              RunReport.DATA_TESTS,
              RunReport.DATA_TEST_WARNINGS,
              RunReport.SECONDS_PER_STAGE)
          .contains(fact.getKey())) {
        other.add(List.of(fact.getKey(), new Raw(value(fact.getValue()))));
      }
    }
    if (!other.isEmpty()) {
      page.append("<h3>Other run facts</h3>\n")
          .append(Html.table("facts", List.of("fact", "value"), other));
    }
    if (other.isEmpty() && !(seconds instanceof Map<?, ?>)) {
      page.append("<p>No run facts were given.</p>\n");
    }
    page.append("</section>\n");
  }

  /** Checks as name to result, from a map or from a list of maps that carry a name. */
  private static Map<String, Object> namedChecks(Object value) {
    Map<String, Object> checks = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach((name, result) -> checks.put(String.valueOf(name), result));
    } else if (value instanceof Collection<?> list) {
      int i = 0;
      for (Object item : list) {
        i++;
        Object name = item instanceof Map<?, ?> map ? map.get("name") : null;
        checks.put(name == null ? "#" + i : String.valueOf(name), item);
      }
    } else if (value != null) {
      checks.put("result", value);
    }
    return checks;
  }

  /** pass, fail, warn, or info when the result does not say. */
  static String outcome(Object result) {
    if (result instanceof Boolean passed) {
      return passed ? "pass" : "fail";
    }
    if (result instanceof Map<?, ?> map) {
      for (String key : List.of("passed", "ok", "status", "result", "outcome")) {
        if (map.containsKey(key)) {
          return outcome(map.get(key));
        }
      }
      return "info";
    }
    if (result instanceof String text) {
      String word = text.strip().toLowerCase(Locale.ROOT);
      if (word.startsWith("pass") || word.startsWith("ok") || word.equals("true")) {
        return "pass";
      }
      if (word.startsWith("fail") || word.startsWith("error") || word.equals("false")) {
        return "fail";
      }
      if (word.startsWith("warn") || word.startsWith("skip")) {
        return "warn";
      }
    }
    return "info";
  }

  private static String detail(Object result) {
    if (result instanceof Map<?, ?> map) {
      Map<Object, Object> rest = new LinkedHashMap<>(map);
      List.of("name", "passed", "ok", "status", "result", "outcome").forEach(rest::remove);
      return rest.isEmpty() ? "" : value(rest);
    }
    return result instanceof Boolean ? "" : Html.escape(result);
  }

  /** A JSON-like value as escaped HTML: maps as nested tables, lists as lists (cut at 50). */
  static String value(Object value) {
    if (value instanceof Map<?, ?> map) {
      List<List<Object>> rows = new ArrayList<>();
      map.forEach((key, item) -> rows.add(List.of(String.valueOf(key), new Raw(value(item)))));
      return Html.table("nested", List.of("key", "value"), rows);
    }
    if (value instanceof Collection<?> list) {
      StringBuilder out = new StringBuilder("<ul>");
      int shown = 0;
      for (Object item : list) {
        if (shown++ == MAX_LISTED_VALUES) {
          out.append("<li>… and ").append(list.size() - MAX_LISTED_VALUES).append(" more</li>");
          break;
        }
        out.append("<li>").append(value(item)).append("</li>");
      }
      return out.append("</ul>").toString();
    }
    if (value instanceof Double || value instanceof Float) {
      return Html.escape(String.format(Locale.ROOT, "%.2f", ((Number) value).doubleValue()));
    }
    return Html.escape(value);
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static Raw badge(String cssClass, String text) {
    return new Raw(
        "<span class=\"status " + Html.escape(cssClass) + "\">" + Html.escape(text) + "</span>");
  }

  private static List<Object> cells(Map<String, Object> row, String... columns) {
    List<Object> cells = new ArrayList<>();
    for (String column : columns) {
      Object value = row.get(column);
      cells.add(value == null ? "" : value);
    }
    return cells;
  }

  private static List<List<Object>> cellRows(List<Map<String, Object>> rows) {
    List<List<Object>> cells = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      cells.add(cells(row, row.keySet().toArray(String[]::new)));
    }
    return cells;
  }

  private Map<String, Object> one(String sql) throws SQLException {
    List<Map<String, Object>> rows = rows(sql);
    return rows.isEmpty() ? Map.of() : rows.get(0);
  }

  /** Rows of a query in which $1 is the run date; columns by label, in order. */
  private List<Map<String, Object>> rows(String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, runDate);
      try (ResultSet result = statement.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.put(meta.getColumnLabel(c), result.getObject(c));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }
}
