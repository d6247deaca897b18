-- quarantine: One row per rejected input item per run: what could not be read or cleaned, and why, plus one row per article that the nlp, actors or events stage threw on. Nothing is dropped silently.
-- input_ref: The item's reference (file name without extension, JSONL/CSV id or url, or file:line for a malformed line).
-- input_path: The input file, with :line or :record where one line or record was rejected.
-- reason: Why, as a code: unreadable, not-a-file, dangling-link, link-loop, empty, binary, too-large, unsupported-format, malformed-line, missing-text, empty-after-cleaning, cleaning-failed, duplicate-input, nlp-failed, actors-failed, events-failed.
-- detail: One sentence saying what was wrong and where.
-- stage: The per-article stage that threw on the item (clean, nlp, actors or events); null when the item was rejected for its content. Null in rows written before this column existed.
-- error_class: The fully qualified class of the exception the stage threw (java.lang.StackOverflowError, ...); null when no stage threw.
-- error_message: The exception's message as thrown (may span lines); null when no stage threw or the exception had none.
-- input_hash: SHA-256 (hex) of the item's raw input bytes, as dim_articles.raw_sha256, to find and replay it; null when no stage threw.
-- article_id: For nlp-failed, actors-failed and events-failed: the article, kept in dim_articles with its cleaned text but with no actor or event mention from this run (an article is coded wholly or not at all). Null for items that never became an article.
-- run_date: The nightly run that rejected it (partition key).
select *
from {{ source }}
