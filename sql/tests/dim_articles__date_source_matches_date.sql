-- Every article has a date, and a run-date stand-in is exactly the run date.
-- severity: error
select article_id, published_date, date_source, run_date
from dim_articles
where published_date is null
   or date_source not in ('field', 'inline', 'dateline', 'inferred', 'run-date')
   or (date_source = 'run-date' and published_date <> run_date)
