-- Every article points to a source in dim_sources (an unknown outlet points to the 'unknown' member, never to null).
-- severity: error
select a.article_id, a.source_id
from dim_articles as a
left join dim_sources as s on s.source_id = a.source_id
where s.source_id is null
