-- An article has a date exactly when its date_source names where it came from, an inferred date is never after the run, and a run-date stand-in (runs before undated articles stayed undated) is exactly the run date.
-- severity: error
select article_id, published_date, date_source, run_date
from dim_articles
where date_source not in ('field', 'inline', 'dateline', 'inferred', 'missing', 'run-date')
   or (published_date is null) <> (date_source = 'missing')
   or (date_source = 'inferred' and published_date > run_date)
   or (date_source = 'run-date' and published_date <> run_date)
