select m.mention_id, m.article_id, m.sentence_no, m.sentence,
       a1.name actor1_name, m.actor1_code, a2.name actor2_name, m.actor2_code,
       m.event_code, c.description event_description, m.verb, m.pattern, m.status,
       m.confidence, m.confidence_evidence
from fct_event_mentions m
left join dim_actors a1 on a1.actor_id = m.actor1_id
left join dim_actors a2 on a2.actor_id = m.actor2_id
left join dim_event_codes c on c.event_code = m.event_code
where m.status in ('asserted', 'claimed')
order by hash(m.mention_id || 'audit-2026-12-06-c')
limit 100
