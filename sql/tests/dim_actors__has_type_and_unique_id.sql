-- Every actor has a known type, and appears once.
-- severity: error
select actor_id, actor_type, 'bad type' as problem
from dim_actors
where actor_type is null or actor_type not in ('person', 'organization', 'igo', 'country', 'group', 'sector')
union all
select actor_id, any_value(actor_type), 'duplicate id' as problem
from dim_actors
group by actor_id
having count(*) > 1
