-- dim_articles: One row per input article, as the latest run that read it left it: cleaned text, metadata and what cleaning changed.
-- article_id: Stable id of the article: the first 16 hex digits of SHA-256 over its input_ref and raw bytes, so the same input gets the same id on every run.
-- source_id: The outlet that published it (a domain such as fr.euronews.com, or 'unknown'); joins dim_sources.source_id.
-- input_ref: The file name without extension for .txt input; the id field, else the url, for JSONL and CSV (file:line when both are missing).
-- input_path: The input file it was read from, with :line (JSONL) or :record (CSV).
-- input_format: txt, jsonl or csv.
-- title: The headline: the feed's title field, else the first line of a .txt when it reads as a headline; null when there is none.
-- published_date: The day the article was published: from the feed field, an inline date line or a dateline; else inferred (date_source and date_evidence say how); null when nothing dates it. The run date never stands in.
-- date_source: Where published_date came from: field, inline or dateline (the input gave it); inferred (the input gave none: the latest full date the text states about the past, else the dated input folder, else the latest month and day it states about the past without a year, read in the year of the night's dated articles, else the day dated articles give an event it reports in a past tense, the article being written on or after it, else the day from which it names the day of an event it reports as planned; never after the run date); missing (nothing dates it: published_date is null and its relative expressions, "on Friday", stay unresolved). Runs before undated articles stayed undated wrote run-date (the run date stood in).
-- date_evidence: What an inferred published_date rests on ('latest past date in the text: "21 January 2022"', 'input folder 2022-01-21', 'latest past day in the text: "February 10", in the year of the night's dated articles (2022-01-19 to 2022-01-21)', or the event it reports as past or planned and its date); null unless date_source is inferred.
-- language: ISO 639-1 code of the language holding most of the article's letters.
-- text: The cleaned text: encoding repaired, normalised, without captions, credits, teasers, widgets or duplicate paragraphs. Paragraphs are separated by a blank line; every language is kept.
-- paragraph_languages: ISO 639-1 language of each paragraph of text, in order.
-- non_english_paragraphs: Zero-based indexes of the paragraphs of text that are not English; the event coder skips them.
-- word_count: Words in text.
-- raw_sha256: SHA-256 of the raw input bytes (the file for .txt, the line or record for JSONL and CSV).
-- repairs: What cleaning changed, as codes: mojibake:utf8-as-cp874, unicode:nfc, boilerplate:caption, decoded-as:windows-1252, ...
-- removed_parts: Every removed paragraph or span, with its paragraph number, reason (metadata, caption, credit, teaser, comment, ...) and text, for audit.
-- agencies: Wire agencies credited in the text ("With reports from AFP, AP and Reuters"); they supplied the story but are not its source.
-- content_fingerprint: Hash of the text's letters and digits; equal for copies that differ only in layout.
-- is_duplicate: True when another article of the same run has the same content_fingerprint and was published earlier (or has the smaller id).
-- duplicate_of: The article_id of the original when is_duplicate, else null.
-- run_date: The nightly run that read the article (partition key).
select *
from {{ source }}
qualify row_number() over (partition by article_id order by run_date desc) = 1
