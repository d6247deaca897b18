-- dim_sources: One row per outlet that published at least one article, plus the 'unknown' member for articles whose outlet cannot be told.
-- source_id: The outlet's id: its web domain (fr.euronews.com, rferl.org), a slug of its name when a feed gives only a name, or 'unknown'.
-- source_name: The outlet's name (Euronews, Radio Free Europe/Radio Liberty), from seeds/reference/outlets.csv or the feed.
-- domain: The outlet's web domain, or null when only its name is known.
-- article_count: Articles from this outlet over all runs (the latest version of each article counted once).
-- first_run_date: The first nightly run that saw the outlet.
-- last_run_date: The latest nightly run that saw the outlet.
with per_run as (
    select source_id, source_name, domain, run_date
    from {{ source }}
),
articles as (
    select source_id, count(*) as article_count
    from dim_articles
    group by source_id
),
final as (
    select
        per_run.source_id,
        arg_max(per_run.source_name, per_run.run_date) as source_name,
        arg_max(per_run.domain, per_run.run_date) as domain,
        coalesce(any_value(articles.article_count), 0) as article_count,
        min(per_run.run_date) as first_run_date,
        max(per_run.run_date) as last_run_date
    from per_run
    left join articles on articles.source_id = per_run.source_id
    group by per_run.source_id
)
select * from final
