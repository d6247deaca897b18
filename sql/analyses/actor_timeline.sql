-- One actor's timeline
--
-- What it answers: everything one actor did, or had done to them, in date order: the CAMEO action, the
-- other side, the status (asserted, claimed, planned, hypothetical, negated), how many reports, and one
-- evidence sentence.
-- The actor is chosen by name with ilike on dim_actors.name ('%' matches any text, case is ignored).
-- EDIT the pattern '%Sergei Lavrov%' in each query below to follow someone else ('%Blinken%', '%NATO%').
-- Run it from the project folder: ./newsevents sql --file sql/analyses/actor_timeline.sql

-- 1. The actors the pattern matches: check it picks the one you mean (and only them).
select actor_id, name, actor_type, country_code, role, cameo_code, mention_count, first_seen_date, last_seen_date
from dim_actors
where name ilike '%Sergei Lavrov%'  -- EDIT the name here
order by mention_count desc;

-- 2. The timeline: one row per event the actor took part in, as source or target, oldest first.
with actor as (
    select actor_id, name
    from dim_actors
    where name ilike '%Sergei Lavrov%'  -- EDIT the name here too
),
events as (
    select
        e.event_id, e.event_date, e.date_precision, e.actor1_id, e.actor2_id, e.event_code,
        e.quad_class, e.goldstein, e.status, e.location_name, e.num_mentions, e.num_sources
    from fct_events as e
    where e.actor1_id in (select actor_id from actor)
       or e.actor2_id in (select actor_id from actor)
),
evidence as (
    select event_id, sentence
    from fct_event_mentions
    where event_id in (select event_id from events)
    qualify row_number() over (partition by event_id order by article_id, sentence_no) = 1
),
final as (
    select
        events.event_date,
        events.date_precision,
        case when events.actor1_id in (select actor_id from actor) then 'source' else 'target' end as role_in_event,
        source_actor.name as source_name,
        codes.description as action,
        target_actor.name as target_name,
        events.event_code,
        events.status,
        events.goldstein,
        events.location_name,
        events.num_mentions,
        events.num_sources,
        evidence.sentence as evidence_sentence
    from events
    join dim_actors as source_actor on source_actor.actor_id = events.actor1_id
    left join dim_actors as target_actor on target_actor.actor_id = events.actor2_id
    left join dim_event_codes as codes on codes.event_code = events.event_code
    left join evidence on evidence.event_id = events.event_id
)
select * from final
order by event_date, source_name, event_code;

-- 3. The same timeline per week: events with the actor, how many cooperative and conflictual, average Goldstein.
with actor as (
    select actor_id
    from dim_actors
    where name ilike '%Sergei Lavrov%'  -- EDIT the name here too
),
events as (
    select event_date, quad_class, goldstein, status
    from fct_events
    where actor1_id in (select actor_id from actor)
       or actor2_id in (select actor_id from actor)
),
final as (
    select
        date_trunc('week', event_date)::date as week_start,
        count(*) as event_count,
        count(*) filter (where status in ('asserted', 'claimed')) as happened_events,
        count(*) filter (where quad_class in (1, 2)) as cooperation_events,
        count(*) filter (where quad_class in (3, 4)) as conflict_events,
        round(avg(goldstein), 2) as avg_goldstein
    from events
    group by week_start
)
select * from final
order by week_start;
