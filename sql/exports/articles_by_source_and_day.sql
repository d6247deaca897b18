-- articles_by_source_and_day: articles per outlet and publication day.
select
    a.source_id,
    s.source_name,
    a.published_date,
    count(*) as article_count,
    count(*) filter (where a.is_duplicate) as duplicate_count,
    sum(a.word_count) as word_count
from dim_articles as a
join dim_sources as s on s.source_id = a.source_id
group by a.source_id, s.source_name, a.published_date
order by a.published_date nulls first, a.source_id
