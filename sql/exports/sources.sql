-- sources: one row per outlet (and the 'unknown' member) with its articles, words, publication days, event mentions and events, and the runs that saw it.
with articles as (
    select source_id, published_date, word_count from dim_articles
),
mentions as (
    select source_id, event_id, status from fct_event_mentions
),
per_source_articles as (
    select
        source_id,
        sum(word_count) as word_count,
        min(published_date) as first_published_date,
        max(published_date) as last_published_date
    from articles
    group by source_id
),
per_source_mentions as (
    select
        source_id,
        count(*) as event_mention_count,
        count(*) filter (where status in ('asserted', 'claimed')) as happened_mention_count,
        count(distinct event_id) as event_count
    from mentions
    group by source_id
),
final as (
    select
        sources.source_id,
        sources.source_name,
        sources.domain,
        sources.article_count,
        coalesce(a.word_count, 0) as word_count,
        a.first_published_date,
        a.last_published_date,
        coalesce(m.event_mention_count, 0) as event_mention_count,
        coalesce(m.happened_mention_count, 0) as happened_mention_count,
        coalesce(m.event_count, 0) as event_count,
        sources.first_run_date,
        sources.last_run_date
    from dim_sources as sources
    left join per_source_articles as a on a.source_id = sources.source_id
    left join per_source_mentions as m on m.source_id = sources.source_id
)
select * from final
order by article_count desc, source_id
