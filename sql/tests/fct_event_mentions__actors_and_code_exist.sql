-- Every mention's actors and code exist.
-- severity: error
select m.mention_id
from fct_event_mentions as m
left join dim_actors as a1 on a1.actor_id = m.actor1_id
left join dim_actors as a2 on a2.actor_id = m.actor2_id
left join dim_event_codes as c on c.event_code = m.event_code
where a1.actor_id is null
   or (m.actor2_id is not null and a2.actor_id is null)
   or c.event_code is null
