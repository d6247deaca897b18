-- Every mention has one of the five statuses, a precision and basis from the known lists, a date exactly when its precision is known, and its evidence sentence.
-- severity: error
select mention_id, status, event_date, date_precision, date_basis
from fct_event_mentions
where status not in ('asserted', 'negated', 'hypothetical', 'planned', 'claimed')
   or date_precision not in ('day', 'week', 'month', 'year', 'unknown')
   or date_basis not in ('sentence', 'article-lead', 'article-published', 'article-inferred', 'none', 'article', 'run-date')
   or (event_date is null) <> (date_precision = 'unknown')
   or (event_date is null) <> (date_basis = 'none')
   or sentence is null or length(sentence) = 0
