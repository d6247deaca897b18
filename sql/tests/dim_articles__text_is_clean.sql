-- No kept text still holds credits, question-mark runs or typical cp1252/cp874 mojibake of punctuation.
select article_id, input_ref
from dim_articles
where text like '%©%' or text like '%?????%' or text like '%โ€%' or text like '%â€%' or text like '%Ã©%'
