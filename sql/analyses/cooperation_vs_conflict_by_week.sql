-- Cooperation against conflict over time
--
-- What it answers: week by week, is the news telling of cooperation or conflict? For each week (Monday to
-- Sunday, by event_date) the number of events per QuadClass (1 verbal cooperation, 2 material cooperation,
-- 3 verbal conflict, 4 material conflict), the average Goldstein score (-10 most conflictual, +10 most
-- cooperative) and the same average weighted by mentions (an event reported in many sentences counts more).
-- Only events that happened (status asserted or claimed) count.
-- Run it from the project folder: ./newsevents sql --file sql/analyses/cooperation_vs_conflict_by_week.sql

-- 1. Per week: counts per QuadClass, cooperation against conflict, and average Goldstein.
with events as (
    select event_date, quad_class, goldstein, num_mentions
    from fct_events
    where status in ('asserted', 'claimed')
),
final as (
    select
        date_trunc('week', event_date)::date as week_start,
        count(*) filter (where quad_class = 1) as verbal_cooperation,
        count(*) filter (where quad_class = 2) as material_cooperation,
        count(*) filter (where quad_class = 3) as verbal_conflict,
        count(*) filter (where quad_class = 4) as material_conflict,
        count(*) filter (where quad_class in (1, 2)) - count(*) filter (where quad_class in (3, 4))
            as cooperation_minus_conflict,
        round(avg(goldstein), 2) as avg_goldstein,
        round(sum(goldstein * num_mentions) / nullif(sum(num_mentions) filter (where goldstein is not null), 0), 2)
            as mention_weighted_goldstein,
        count(*) as event_count
    from events
    group by week_start
)
select * from final
order by week_start;

-- 2. The most conflictual and the most cooperative events of each week (lowest and highest Goldstein),
--    so the averages above can be read against what actually happened. Ties go to the event with the most
--    mentions, then the earliest, then the smallest event_id; a week whose events all have the same Goldstein
--    shows one event, as its most conflictual.
with events as (
    select
        date_trunc('week', e.event_date)::date as week_start,
        e.event_id, e.event_date, e.goldstein, e.event_code, e.num_mentions,
        a1.name as source_name, a2.name as target_name
    from fct_events as e
    join dim_actors as a1 on a1.actor_id = e.actor1_id
    left join dim_actors as a2 on a2.actor_id = e.actor2_id
    where e.status in ('asserted', 'claimed')
      and e.goldstein is not null
),
week_extremes as (
    select week_start, min(goldstein) as lowest, max(goldstein) as highest
    from events
    group by week_start
),
ranked as (
    -- Only events at their week's lowest or highest Goldstein can come first, so only they are ranked.
    select
        events.*,
        row_number() over (
            partition by events.week_start
            order by events.goldstein, events.num_mentions desc, events.event_date, events.event_id
        ) as conflict_rank,
        row_number() over (
            partition by events.week_start
            order by events.goldstein desc, events.num_mentions desc, events.event_date, events.event_id
        ) as cooperation_rank
    from events
    join week_extremes on week_extremes.week_start = events.week_start
    where events.goldstein in (week_extremes.lowest, week_extremes.highest)
),
final as (
    select
        ranked.week_start,
        case when ranked.conflict_rank = 1 then 'most conflictual' else 'most cooperative' end as extreme,
        ranked.event_date,
        ranked.source_name,
        codes.description as action,
        ranked.target_name,
        ranked.goldstein,
        ranked.num_mentions
    from ranked
    left join dim_event_codes as codes on codes.event_code = ranked.event_code
    where ranked.conflict_rank = 1 or ranked.cooperation_rank = 1
)
select * from final
order by week_start, extreme;
