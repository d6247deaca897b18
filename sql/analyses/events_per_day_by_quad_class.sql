-- Events per day by QuadClass
--
-- What it answers: how many real-world events took place on each day, split by GDELT's QuadClass
-- (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict). An event counts
-- once, on its event_date, however many sentences, articles and sources report it. An event known only to
-- the week, month or year sits on the first day of that period (Monday, the 1st, 1 January; see
-- date_precision).
-- Run it from the project folder: ./newsevents sql --file sql/analyses/events_per_day_by_quad_class.sql
-- (add --warehouse DIR to read another warehouse than ./warehouse).

-- 1. What happened: events whose status is asserted or claimed, one row per day, one column per QuadClass.
with events as (
    select event_date, quad_class
    from fct_events
    where status in ('asserted', 'claimed')
),
final as (
    select
        event_date,
        count(*) filter (where quad_class = 1) as verbal_cooperation,
        count(*) filter (where quad_class = 2) as material_cooperation,
        count(*) filter (where quad_class = 3) as verbal_conflict,
        count(*) filter (where quad_class = 4) as material_conflict,
        count(*) as event_count
    from events
    group by event_date
)
select * from final
order by event_date;

-- 2. What did not (yet) happen: planned, hypothetical and negated events, per day, QuadClass and status.
--    These are announced meetings, feared invasions and denials; leave them out of counts of what happened.
with events as (
    select event_date, quad_class, status
    from fct_events
    where status not in ('asserted', 'claimed')
),
final as (
    select event_date, quad_class, status, count(*) as event_count
    from events
    group by event_date, quad_class, status
)
select * from final
order by event_date, quad_class, status;

-- 3. All statuses side by side, per QuadClass: how much of each class is fact, and how much talk.
select
    quad_class,
    count(*) filter (where status = 'asserted') as asserted,
    count(*) filter (where status = 'claimed') as claimed,
    count(*) filter (where status = 'planned') as planned,
    count(*) filter (where status = 'hypothetical') as hypothetical,
    count(*) filter (where status = 'negated') as negated,
    count(*) as event_count
from fct_events
group by quad_class
order by quad_class;
