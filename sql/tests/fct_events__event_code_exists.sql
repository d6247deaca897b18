-- Every event's code is a CAMEO code in dim_event_codes.
-- severity: error
select e.event_id, e.event_code
from fct_events as e
left join dim_event_codes as c on c.event_code = e.event_code
where c.event_code is null
