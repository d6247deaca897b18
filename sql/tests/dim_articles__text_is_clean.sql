-- No kept text still holds credits, question-mark runs or typical cp1252/cp874 mojibake of punctuation.
-- severity: warn
-- A content test: the article is published and flagged (run manifest data_test_warnings), since a few characters that cleaning could not repair must not hold back the night's other articles.
select article_id, input_ref,
    case
        when text like '%©%' then 'credit sign'
        when text like '%?????%' then 'question-mark run'
        else 'mojibake of punctuation'
    end as problem
from dim_articles
where text like '%©%' or text like '%?????%' or text like '%โ€%' or text like '%â€%' or text like '%Ã©%'
