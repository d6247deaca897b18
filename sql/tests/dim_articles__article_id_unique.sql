-- Every article appears once in dim_articles.
select article_id, count(*) as copies
from dim_articles
group by article_id
having count(*) > 1
