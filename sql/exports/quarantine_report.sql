-- quarantine_report: every rejected input item, newest run first, with its reason and detail.
select run_date, reason, input_ref, input_path, detail
from quarantine
order by run_date desc, reason, input_ref
