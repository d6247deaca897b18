-- Every mention points to an event in fct_events.
-- severity: error
select m.mention_id, m.event_id
from fct_event_mentions as m
left join fct_events as e on e.event_id = m.event_id
where e.event_id is null
