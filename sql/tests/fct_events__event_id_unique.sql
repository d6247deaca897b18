-- One row per event.
-- severity: error
select event_id, count(*) as copies
from fct_events
group by event_id
having count(*) > 1
