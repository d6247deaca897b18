-- Which sources report what
--
-- What it answers: for each outlet (dim_sources), which kinds of events (CAMEO root codes, 01 statements to
-- 20 mass violence) its articles report, counted in mentions (sentences in fct_event_mentions) and in
-- distinct events (fct_events), and how much of what it reports other outlets report too.
-- The 'unknown' source holds the articles whose outlet could not be told.
-- Run it from the project folder: ./newsevents sql --file sql/analyses/sources_by_event_root_code.sql

-- 1. Per outlet and root code: mentions and distinct events, most reported first within each outlet.
with per_event as (
    -- One row per outlet and event it reports, with its mentions there: counting these rows counts
    -- distinct events, without a count(distinct) over every mention.
    select source_id, event_id, count(*) as mention_count
    from fct_event_mentions
    group by source_id, event_id
),
events as (
    select event_id, event_root_code, status from fct_events
),
per_root_code as (
    select
        per_event.source_id,
        events.event_root_code,
        sum(per_event.mention_count)::bigint as mention_count,
        count(*) as event_count,
        count(*) filter (where events.status in ('asserted', 'claimed')) as happened_events
    from per_event
    join events on events.event_id = per_event.event_id
    group by per_event.source_id, events.event_root_code
),
root_codes as (
    select event_code as event_root_code, description as root_description
    from dim_event_codes
    where length(event_code) = 2
),
final as (
    select
        sources.source_id,
        sources.source_name,
        per_root_code.event_root_code,
        root_codes.root_description,
        per_root_code.mention_count,
        per_root_code.event_count,
        per_root_code.happened_events
    from per_root_code
    join dim_sources as sources on sources.source_id = per_root_code.source_id
    left join root_codes on root_codes.event_root_code = per_root_code.event_root_code
)
select * from final
order by source_id, mention_count desc, event_root_code;

-- 2. One row per outlet, one column per QuadClass (in mentions), and how many of its events it reports
--    alone (no other outlet has a mention of them).
with per_event as (
    -- One row per outlet and event it reports, with its mentions there (as in query 1).
    select source_id, event_id, count(*) as mention_count
    from fct_event_mentions
    group by source_id, event_id
),
mentions as (
    select per_event.source_id, per_event.mention_count, e.quad_class, e.num_sources
    from per_event
    join fct_events as e on e.event_id = per_event.event_id
),
per_source as (
    select
        source_id,
        sum(mention_count)::bigint as mention_count,
        coalesce(sum(mention_count) filter (where quad_class = 1), 0)::bigint as verbal_cooperation_mentions,
        coalesce(sum(mention_count) filter (where quad_class = 2), 0)::bigint as material_cooperation_mentions,
        coalesce(sum(mention_count) filter (where quad_class = 3), 0)::bigint as verbal_conflict_mentions,
        coalesce(sum(mention_count) filter (where quad_class = 4), 0)::bigint as material_conflict_mentions,
        count(*) as event_count,
        count(*) filter (where num_sources = 1) as events_reported_alone
    from mentions
    group by source_id
),
final as (
    select
        sources.source_id,
        sources.source_name,
        sources.article_count,
        per_source.mention_count,
        per_source.verbal_cooperation_mentions,
        per_source.material_cooperation_mentions,
        per_source.verbal_conflict_mentions,
        per_source.material_conflict_mentions,
        per_source.event_count,
        per_source.events_reported_alone
    from dim_sources as sources
    join per_source on per_source.source_id = sources.source_id
)
select * from final
order by mention_count desc, source_id;

-- 3. Events reported by more than one outlet, with the outlets that report them.
with shared_events as (
    select event_id, event_date, actor1_id, event_code, actor2_id, num_sources
    from fct_events
    where num_sources > 1
),
outlets as (
    select event_id, string_agg(distinct source_id, ', ' order by source_id) as outlets
    from fct_event_mentions
    where event_id in (select event_id from shared_events)
    group by event_id
)
select
    e.event_id,
    e.event_date,
    a1.name as source_name,
    e.event_code,
    a2.name as target_name,
    e.num_sources,
    outlets.outlets
from shared_events as e
join outlets on outlets.event_id = e.event_id
join dim_actors as a1 on a1.actor_id = e.actor1_id
left join dim_actors as a2 on a2.actor_id = e.actor2_id
order by e.num_sources desc, e.event_date, e.event_id;
