-- The evidence behind one event
--
-- What it answers: why the warehouse believes an event took place. It takes the event with the most
-- mentions (ties: most articles, then earliest date, then event_id) and lists every sentence that reports
-- it (fct_event_mentions.sentence), with its article, outlet, status and the cue words that decided it.
-- To look at another event, replace the subquery "top_event" in each query by its id, e.g.
--     top_event as (select '0123456789abcdef' as event_id)
-- Run it from the project folder: ./newsevents sql --file sql/analyses/evidence_for_most_reported_event.sql

-- 1. The event: who did what to whom, when and where, and how many reports it has.
with top_event as (
    select event_id
    from fct_events
    order by num_mentions desc, num_articles desc, event_date, event_id
    limit 1
)
select
    e.event_id,
    e.event_date,
    e.date_precision,
    a1.name as source_name,
    e.event_code,
    codes.description as action,
    a2.name as target_name,
    e.status,
    e.goldstein,
    e.location_name,
    e.quantity,
    e.quantity_unit,
    e.num_mentions,
    e.num_articles,
    e.num_sources
from fct_events as e
join top_event on top_event.event_id = e.event_id
join dim_actors as a1 on a1.actor_id = e.actor1_id
left join dim_actors as a2 on a2.actor_id = e.actor2_id
left join dim_event_codes as codes on codes.event_code = e.event_code;

-- 2. Its evidence: every sentence that reports it, by article and position in the article.
with top_event as (
    select event_id
    from fct_events
    order by num_mentions desc, num_articles desc, event_date, event_id
    limit 1
)
select
    articles.input_ref,
    articles.title,
    articles.published_date,
    m.source_id,
    m.sentence_no,
    m.event_code,
    m.verb,
    m.status,
    m.status_cue,
    m.confidence,
    m.confidence_evidence,
    m.event_date,
    m.date_expression,
    m.sentence
from fct_event_mentions as m
join top_event on top_event.event_id = m.event_id
join dim_articles as articles on articles.article_id = m.article_id
order by articles.published_date, articles.input_ref, m.sentence_no;

-- 3. The ten events with the most mentions, to pick another one to inspect.
select
    e.event_id,
    e.event_date,
    a1.name as source_name,
    e.event_code,
    a2.name as target_name,
    e.status,
    e.num_mentions,
    e.num_articles
from fct_events as e
join dim_actors as a1 on a1.actor_id = e.actor1_id
left join dim_actors as a2 on a2.actor_id = e.actor2_id
order by e.num_mentions desc, e.num_articles desc, e.event_date, e.event_id
limit 10;
