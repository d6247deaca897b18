-- Keys and required columns are never null.
-- severity: error
select article_id, source_id, input_ref
from dim_articles
where article_id is null or source_id is null or input_ref is null or text is null or run_date is null
