-- fct_actor_mentions: One row per place in an article's English text where an actor acts, from the latest run that read the article.
-- article_id: The article; joins dim_articles.article_id.
-- actor_id: The canonical actor; joins dim_actors.actor_id.
-- sentence_no: Position of the sentence among the article's annotated English sentences, from 0.
-- char_start: Offset of the mention's first character in dim_articles.text.
-- char_end: Offset just past the mention's last character in dim_articles.text.
-- surface: The mention as written ("Baerboks", "the Kremlin", "Russian troops").
-- cameo_code: The actor's CAMEO code on the article's date (Biden is USAELI in 2018 and USAGOV in 2022).
-- resolution_method: How it was resolved: alias, surname, first-name (a lone first name of a person named in full before), article-name (a name the article gave an actor before, read again where NER missed it or never ran), acronym (an acronym the article defined in brackets after an organisation), member-noun (an organisation named by its people: "Vantorism officials", "members of Vantorism"), kind-noun (an organisation named right after a noun for its kind: "the magazine Vantorfield"), place-body (a body named after a place: "the Dallas chapter", "the Malaysia Tourism board"), cited-source (an outlet or organisation cited for information: "according to the Kessler Herald"; no party to any event), named-body (a state body named with capitals where it does not act: "a petition to the Supreme Court"; no party to any event), fuzzy, short-name, seat, demonym-agent, role-noun, implied-agent, implied-patient, pronoun (a quoted "I" or "we" read as the quotation's speaker), warehouse-memory (a name an earlier night learned the country and role of), or unknown (a new actor).
-- run_date: The nightly run that read the article (partition key).
select *
from {{ source }}
qualify run_date = max(run_date) over (partition by article_id)
