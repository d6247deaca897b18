-- Every article is stored once per run date, and shows once in dim_articles.
-- severity: error
select article_id, cast(run_date as varchar) as run_date, count(*) as copies
from stg_dim_articles
group by article_id, run_date
having count(*) > 1
union all
select article_id, 'view' as run_date, count(*) as copies
from dim_articles
group by article_id
having count(*) > 1
