-- Every actor has a known type, appears once, and has no empty country code (no country is NULL).
-- severity: error
select actor_id, actor_type, 'bad type' as problem
from dim_actors
where actor_type is null or actor_type not in ('person', 'organization', 'igo', 'country', 'group', 'sector')
union all
select actor_id, any_value(actor_type), 'duplicate id' as problem
from dim_actors
group by actor_id
having count(*) > 1
union all
select actor_id, actor_type, 'empty country code' as problem
from dim_actors
where country_code = ''
