-- Every actor mention points to an actor in dim_actors.
-- severity: error
select m.article_id, m.actor_id, m.surface
from fct_actor_mentions as m
left join dim_actors as a on a.actor_id = m.actor_id
where a.actor_id is null
