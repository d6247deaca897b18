-- Every outlet is stored once per run date and shows once in dim_sources, and the 'unknown' member exists.
-- severity: error
select source_id, cast(run_date as varchar) as run_date, count(*) as copies
from stg_dim_sources
group by source_id, run_date
having count(*) > 1
union all
select source_id, 'view' as run_date, count(*) as copies
from dim_sources
group by source_id
having count(*) > 1
union all
select 'unknown' as source_id, 'view' as run_date, 0 as copies
where not exists (select 1 from dim_sources where source_id = 'unknown')
