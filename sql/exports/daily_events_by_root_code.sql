-- daily_events_by_root_code: events per event day, CAMEO root code and status, with their mentions and average Goldstein (filter status in asserted, claimed for what happened).
with events as (
    select event_date, event_root_code, quad_class, status, goldstein, num_mentions
    from fct_events
),
root_codes as (
    select event_code as event_root_code, description as root_description
    from dim_event_codes
    where length(event_code) = 2
),
per_day as (
    select
        event_date,
        event_root_code,
        quad_class,
        status,
        count(*) as event_count,
        sum(num_mentions) as mention_count,
        round(avg(goldstein), 2) as avg_goldstein
    from events
    group by event_date, event_root_code, quad_class, status
),
final as (
    select
        per_day.event_date,
        per_day.event_root_code,
        root_codes.root_description,
        per_day.quad_class,
        per_day.status,
        per_day.event_count,
        per_day.mention_count,
        per_day.avg_goldstein
    from per_day
    left join root_codes on root_codes.event_root_code = per_day.event_root_code
)
select * from final
order by event_date, event_root_code, status
