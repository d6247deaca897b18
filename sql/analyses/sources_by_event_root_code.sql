-- Which sources report what
--
-- What it answers: for each outlet (dim_sources), which kinds of events (CAMEO root codes, 01 statements to
-- 20 mass violence) its articles report, counted in mentions (sentences in fct_event_mentions) and in
-- distinct events (fct_events), and how much of what it reports other outlets report too.
-- The 'unknown' source holds the articles whose outlet could not be told.
-- Run it from the project folder: ./newsevents sql --file sql/analyses/sources_by_event_root_code.sql

-- 1. Per outlet and root code: mentions and distinct events, most reported first within each outlet.
with mentions as (
    select event_id, source_id from fct_event_mentions
),
events as (
    select event_id, event_root_code, status from fct_events
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
        events.event_root_code,
        root_codes.root_description,
        count(*) as mention_count,
        count(distinct mentions.event_id) as event_count,
        count(distinct mentions.event_id) filter (where events.status in ('asserted', 'claimed')) as happened_events
    from mentions
    join events on events.event_id = mentions.event_id
    join dim_sources as sources on sources.source_id = mentions.source_id
    left join root_codes on root_codes.event_root_code = events.event_root_code
    group by sources.source_id, sources.source_name, events.event_root_code, root_codes.root_description
)
select * from final
order by source_id, mention_count desc, event_root_code;

-- 2. One row per outlet, one column per QuadClass (in mentions), and how many of its events it reports
--    alone (no other outlet has a mention of them).
with mentions as (
    select m.event_id, m.source_id, e.quad_class, e.num_sources
    from fct_event_mentions as m
    join fct_events as e on e.event_id = m.event_id
),
final as (
    select
        sources.source_id,
        sources.source_name,
        sources.article_count,
        count(*) as mention_count,
        count(*) filter (where mentions.quad_class = 1) as verbal_cooperation_mentions,
        count(*) filter (where mentions.quad_class = 2) as material_cooperation_mentions,
        count(*) filter (where mentions.quad_class = 3) as verbal_conflict_mentions,
        count(*) filter (where mentions.quad_class = 4) as material_conflict_mentions,
        count(distinct mentions.event_id) as event_count,
        count(distinct mentions.event_id) filter (where mentions.num_sources = 1) as events_reported_alone
    from dim_sources as sources
    join mentions on mentions.source_id = sources.source_id
    group by sources.source_id, sources.source_name, sources.article_count
)
select * from final
order by mention_count desc, source_id;

-- 3. Events reported by more than one outlet, with the outlets that report them.
select
    e.event_id,
    e.event_date,
    a1.name as source_name,
    e.event_code,
    a2.name as target_name,
    e.num_sources,
    string_agg(distinct m.source_id, ', ' order by m.source_id) as outlets
from fct_events as e
join fct_event_mentions as m on m.event_id = e.event_id
join dim_actors as a1 on a1.actor_id = e.actor1_id
left join dim_actors as a2 on a2.actor_id = e.actor2_id
where e.num_sources > 1
group by all
order by e.num_sources desc, e.event_date, e.event_id;
