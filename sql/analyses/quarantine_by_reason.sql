-- What was quarantined and why
--
-- What it answers: which input items the nightly runs rejected (nothing is dropped silently), grouped by
-- reason code (unreadable, not-a-file, dangling-link, link-loop, empty, binary, too-large, unsupported-format,
-- malformed-line, missing-text, empty-after-cleaning, cleaning-failed, duplicate-input), with examples and the
-- one-sentence detail.
-- An empty result means no run rejected anything.
-- Run it from the project folder: ./newsevents sql --file sql/analyses/quarantine_by_reason.sql

-- 1. Per reason: how many items, over how many runs and input files, the first and latest run.
select
    reason,
    count(*) as item_count,
    count(distinct run_date) as run_count,
    count(distinct regexp_replace(input_path, ':[0-9]+$', '')) as file_count,
    min(run_date) as first_run_date,
    max(run_date) as last_run_date
from quarantine
group by reason
order by item_count desc, reason;

-- 2. Up to three examples per reason, newest run first, with the detail sentence.
with ranked as (
    select
        reason, run_date, input_ref, input_path, detail,
        row_number() over (partition by reason order by run_date desc, input_ref) as example_no
    from quarantine
)
select reason, example_no, run_date, input_ref, input_path, detail
from ranked
where example_no <= 3
order by reason, example_no;

-- 3. Per run: articles kept against items quarantined, to see whether a night went wrong. Kept articles are
--    counted in stg_dim_articles (every stored row of every run): dim_articles keeps only each article's
--    latest run.
with kept as (
    select run_date, count(*) as kept_count
    from stg_dim_articles
    group by run_date
),
rejected as (
    select run_date, count(*) as quarantined_count
    from quarantine
    group by run_date
)
select
    coalesce(kept.run_date, rejected.run_date) as run_date,
    coalesce(kept.kept_count, 0) as kept_count,
    coalesce(rejected.quarantined_count, 0) as quarantined_count
from kept
full join rejected on rejected.run_date = kept.run_date
order by run_date desc;
