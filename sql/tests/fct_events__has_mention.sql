-- Every event has at least one mention behind it.
-- severity: error
select e.event_id
from fct_events as e
where e.num_mentions = 0
