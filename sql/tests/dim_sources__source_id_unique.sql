-- Every outlet appears once in dim_sources, and the 'unknown' member exists.
select source_id, count(*) as copies
from dim_sources
group by source_id
having count(*) > 1
union all
select 'unknown' as source_id, 0 as copies
where not exists (select 1 from dim_sources where source_id = 'unknown')
