-- Every mention has one of the five statuses, a date with a known precision and basis, and its evidence sentence.
-- severity: error
select mention_id, status, date_precision, date_basis
from fct_event_mentions
where status not in ('asserted', 'negated', 'hypothetical', 'planned', 'claimed')
   or date_precision not in ('day', 'week', 'month', 'year')
   or date_basis not in ('sentence', 'article', 'run-date')
   or event_date is null
   or sentence is null or length(sentence) = 0
