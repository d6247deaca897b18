-- Top actor dyads
--
-- What it answers: which pairs of actors act on each other most, as source (actor1, who acts) and target
-- (actor2, acted upon), with how many events and mentions (sentences reporting them) stand behind each
-- pair. Names come from dim_actors. Only events that happened (status asserted or claimed) with a target are
-- counted; events without a target (a material action such as a troop build-up) have no dyad.
-- Run it from the project folder: ./newsevents sql --file sql/analyses/top_actor_dyads.sql

-- 1. Directed dyads (source -> target), most events first.
with events as (
    select actor1_id, actor2_id, quad_class, goldstein, num_mentions
    from fct_events
    where status in ('asserted', 'claimed')
      and actor2_id is not null
),
per_dyad as (
    select
        actor1_id,
        actor2_id,
        count(*) as event_count,
        sum(num_mentions) as mention_count,
        count(*) filter (where quad_class in (1, 2)) as cooperation_events,
        count(*) filter (where quad_class in (3, 4)) as conflict_events,
        round(avg(goldstein), 2) as avg_goldstein
    from events
    group by actor1_id, actor2_id
),
final as (
    select
        source_actor.name as source_name,
        target_actor.name as target_name,
        per_dyad.event_count,
        per_dyad.mention_count,
        per_dyad.cooperation_events,
        per_dyad.conflict_events,
        per_dyad.avg_goldstein,
        per_dyad.actor1_id,
        per_dyad.actor2_id
    from per_dyad
    join dim_actors as source_actor on source_actor.actor_id = per_dyad.actor1_id
    join dim_actors as target_actor on target_actor.actor_id = per_dyad.actor2_id
)
select * from final
order by event_count desc, mention_count desc, source_name, target_name
limit 25;

-- 2. Undirected pairs (A and B in either role), with how many events went each way.
with events as (
    select
        least(actor1_id, actor2_id) as actor_a_id,
        greatest(actor1_id, actor2_id) as actor_b_id,
        actor1_id,
        num_mentions
    from fct_events
    where status in ('asserted', 'claimed')
      and actor2_id is not null
),
per_pair as (
    select
        actor_a_id,
        actor_b_id,
        count(*) as event_count,
        count(*) filter (where actor1_id = actor_a_id) as a_to_b_events,
        count(*) filter (where actor1_id <> actor_a_id) as b_to_a_events,
        sum(num_mentions) as mention_count
    from events
    group by actor_a_id, actor_b_id
),
final as (
    select
        actor_a.name as actor_a_name,
        actor_b.name as actor_b_name,
        per_pair.event_count,
        per_pair.a_to_b_events,
        per_pair.b_to_a_events,
        per_pair.mention_count
    from per_pair
    join dim_actors as actor_a on actor_a.actor_id = per_pair.actor_a_id
    join dim_actors as actor_b on actor_b.actor_id = per_pair.actor_b_id
)
select * from final
order by event_count desc, mention_count desc, actor_a_name, actor_b_name
limit 25;

-- 3. The most active actors, whatever the other side: events as source and as target.
with roles as (
    select actor1_id as actor_id, 'source' as role_in_event, num_mentions
    from fct_events
    where status in ('asserted', 'claimed')
    union all
    select actor2_id as actor_id, 'target' as role_in_event, num_mentions
    from fct_events
    where status in ('asserted', 'claimed')
      and actor2_id is not null
),
per_actor as (
    select
        actor_id,
        count(*) filter (where role_in_event = 'source') as source_events,
        count(*) filter (where role_in_event = 'target') as target_events,
        sum(num_mentions) as mention_count
    from roles
    group by actor_id
),
final as (
    select
        actors.name,
        actors.actor_type,
        actors.country_code,
        per_actor.source_events,
        per_actor.target_events,
        per_actor.mention_count
    from per_actor
    join dim_actors as actors on actors.actor_id = per_actor.actor_id
)
select * from final
order by source_events + target_events desc, mention_count desc, name
limit 25;
