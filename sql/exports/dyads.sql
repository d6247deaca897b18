-- dyads: one row per directed pair of actors (actor1 acts on actor2) with its events (all, and asserted or claimed), mentions, articles, sources, dates and average Goldstein; events without a target are left out.
with events as (
    select event_id, event_date, actor1_id, actor2_id, quad_class, goldstein, status
    from fct_events
    where actor2_id is not null
),
mentions as (
    select event_id, article_id, source_id from fct_event_mentions
),
per_dyad_events as (
    select
        actor1_id,
        actor2_id,
        count(*) as event_count,
        count(*) filter (where status in ('asserted', 'claimed')) as happened_event_count,
        count(*) filter (where quad_class in (1, 2)) as cooperation_event_count,
        count(*) filter (where quad_class in (3, 4)) as conflict_event_count,
        round(avg(goldstein), 2) as avg_goldstein,
        min(event_date) as first_event_date,
        max(event_date) as last_event_date
    from events
    group by actor1_id, actor2_id
),
per_dyad_mentions as (
    select
        events.actor1_id,
        events.actor2_id,
        count(*) as mention_count,
        count(distinct mentions.article_id) as article_count,
        count(distinct mentions.source_id) as source_count
    from events
    join mentions on mentions.event_id = events.event_id
    group by events.actor1_id, events.actor2_id
),
final as (
    select
        e.actor1_id,
        a1.name as actor1_name,
        a1.country_code as actor1_country_code,
        e.actor2_id,
        a2.name as actor2_name,
        a2.country_code as actor2_country_code,
        e.event_count,
        e.happened_event_count,
        e.cooperation_event_count,
        e.conflict_event_count,
        coalesce(m.mention_count, 0) as mention_count,
        coalesce(m.article_count, 0) as article_count,
        coalesce(m.source_count, 0) as source_count,
        e.avg_goldstein,
        e.first_event_date,
        e.last_event_date
    from per_dyad_events as e
    left join per_dyad_mentions as m on m.actor1_id = e.actor1_id and m.actor2_id = e.actor2_id
    join dim_actors as a1 on a1.actor_id = e.actor1_id
    join dim_actors as a2 on a2.actor_id = e.actor2_id
)
select * from final
order by event_count desc, mention_count desc, actor1_name, actor2_name
