-- Every article that the nlp, actors or events stage threw on is recorded whole (stage, error class, input hash, its article) and is kept in dim_articles with no actor or event mention from that run: an article is coded wholly or not at all.
-- severity: error
select q.input_ref, q.reason, q.article_id, 'incomplete record' as problem
from quarantine as q
where q.reason in ('nlp-failed', 'actors-failed', 'events-failed')
  and (q.stage is null or q.error_class is null or q.input_hash is null or q.article_id is null)
union all
select q.input_ref, q.reason, q.article_id, 'article not kept' as problem
from quarantine as q
where q.reason in ('nlp-failed', 'actors-failed', 'events-failed')
  and not exists (
      select 1 from stg_dim_articles as a where a.article_id = q.article_id and a.run_date = q.run_date)
union all
select q.input_ref, q.reason, q.article_id, 'half coded' as problem
from quarantine as q
where q.reason in ('nlp-failed', 'actors-failed', 'events-failed')
  and (exists (
          select 1 from stg_fct_actor_mentions as m
          where m.article_id = q.article_id and m.run_date = q.run_date)
      or exists (
          select 1 from stg_fct_event_mentions as m
          where m.article_id = q.article_id and m.run_date = q.run_date))
