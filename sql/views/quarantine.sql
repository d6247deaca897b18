-- quarantine: One row per rejected input item per run: what could not be read or cleaned, and why. Nothing is dropped silently.
-- input_ref: The item's reference (file name without extension, JSONL/CSV id or url, or file:line for a malformed line).
-- input_path: The input file, with :line or :record where one line or record was rejected.
-- reason: Why, as a code: unreadable, not-a-file, dangling-link, link-loop, empty, binary, too-large, unsupported-format, malformed-line, missing-text, empty-after-cleaning, cleaning-failed, duplicate-input.
-- detail: One sentence saying what was wrong and where.
-- run_date: The nightly run that rejected it (partition key).
select *
from {{ source }}
