-- dim_event_codes: One row per CAMEO event code the coder can give, with GDELT's description, Goldstein value and QuadClass and its PLOVER category.
-- event_code: The CAMEO code (e.g. 0411); fct_events.event_code and fct_event_mentions.event_code join here.
-- description: GDELT's description of the code (CAMEO.eventcodes.txt).
-- event_base_code: The three-digit base code.
-- event_root_code: The two-digit root code.
-- quad_class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
-- goldstein: Goldstein scale value (CAMEO.goldsteinscale.txt), from -10 to +10; null where GDELT gives none.
-- plover_event: PLOVER event category (CAMEO2PLOVER-2021, CC BY-SA 4.0), or null.
-- plover_mode: PLOVER mode, where the mapping gives one.
-- plover_context: PLOVER context, where the mapping gives one.
-- run_date: The latest run that wrote the code table (partition key).
select *
from {{ source }}
qualify run_date = max(run_date) over (partition by event_code)
