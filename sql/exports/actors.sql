-- actors: one row per canonical actor with its codes, mentions, events as source and as target, and the dates it was seen; aliases joined with '; '.
with event_roles as (
    select event_id, actor1_id as actor_id, 'source' as role_in_event, status from fct_events
    union all
    select event_id, actor2_id as actor_id, 'target' as role_in_event, status from fct_events where actor2_id is not null
),
per_actor_events as (
    select
        actor_id,
        count(*) filter (where role_in_event = 'source') as source_event_count,
        count(*) filter (where role_in_event = 'target') as target_event_count,
        count(distinct event_id) filter (where status in ('asserted', 'claimed')) as happened_event_count
    from event_roles
    group by actor_id
),
final as (
    select
        actors.actor_id,
        actors.name,
        actors.actor_type,
        actors.country_code,
        actors.role,
        actors.cameo_code,
        actors.is_known,
        actors.mention_count,
        coalesce(events.source_event_count, 0) as source_event_count,
        coalesce(events.target_event_count, 0) as target_event_count,
        coalesce(events.happened_event_count, 0) as happened_event_count,
        actors.first_seen_date,
        actors.last_seen_date,
        array_to_string(actors.aliases, '; ') as aliases,
        actors.evidence
    from dim_actors as actors
    left join per_actor_events as events on events.actor_id = actors.actor_id
)
select * from final
order by mention_count desc, name, actor_id
