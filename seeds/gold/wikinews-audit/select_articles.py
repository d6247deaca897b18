#!/usr/bin/env python3
"""Chooses the articles of the precision audit ("batch 3") from English Wikinews (CC BY 2.5).

The rule was fixed, and this file committed, before any of the chosen text was run through newsevents:
  * the same articles, strata and ordering as ../wikinews-events/select_sentences.py (interviews skipped;
    stratum "politics" = titles matching its POLITICS pattern; ordered by SHA-256 of the URL);
  * batch 3 = positions 72..96 of the "politics" ordering (the 25 articles after batches 1 and 2, which
    took 0..71); no article of batches 1-2 is used;
  * whole articles: every line after the dateline (line 0), as one input article each, with the Wikinews
    title and date, so the nightly job reads them as it reads any feed.
Run from the project root:
  python3 seeds/gold/wikinews-audit/select_articles.py > <input dir>/wikinews-batch3.jsonl
"""
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST, END = 72, 97


def load_rule():
    spec = importlib.util.spec_from_file_location(
        "select_sentences", HERE.parent / "wikinews-events" / "select_sentences.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    rule = load_rule()
    for batch in rule.BATCHES.values():
        assert batch[0][1] <= FIRST, "batch 3 must start after the politics articles of batches 1-2"
    politics, _ = rule.strata()
    used = {a["url"] for a in politics[:FIRST]}
    for article in politics[FIRST:END]:
        assert article["url"] not in used
        body = "\n".join(article["text"].replace("\xa0", " ").split("\n")[1:]).strip()
        record = {
            "id": "wn-" + rule.sha(article["url"])[:10],
            "url": article["url"],
            "title": article["title"],
            "published": article["date"][:10],
            "source": "en.wikinews.org",
            "text": body,
        }
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
