-- Every mention has a coding confidence between 0 and 1 and the evidence it was read from.
-- severity: error
select mention_id, confidence, confidence_evidence
from fct_event_mentions
where confidence is null
   or confidence not between 0 and 1
   or confidence_evidence is null
   or length(confidence_evidence) = 0
