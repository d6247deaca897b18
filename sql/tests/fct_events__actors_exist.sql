-- Every event's actors exist in dim_actors (actor2 may be absent, never dangling).
-- severity: error
select e.event_id, e.actor1_id, e.actor2_id
from fct_events as e
left join dim_actors as a1 on a1.actor_id = e.actor1_id
left join dim_actors as a2 on a2.actor_id = e.actor2_id
where a1.actor_id is null or (e.actor2_id is not null and a2.actor_id is null)
