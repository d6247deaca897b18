-- Every actor mention points to an article in dim_articles, inside its text.
-- severity: error
select m.article_id, m.actor_id, m.surface
from fct_actor_mentions as m
left join dim_articles as a on a.article_id = m.article_id
where a.article_id is null
   or substr(a.text, m.char_start + 1, m.char_end - m.char_start) <> m.surface
