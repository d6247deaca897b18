-- published_date is null exactly when date_source says 'missing'.
select article_id, published_date, date_source
from dim_articles
where (published_date is null) <> (date_source = 'missing')
