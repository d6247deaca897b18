#!/usr/bin/env python3
"""Prints the precision figures of an audit file: python3 audit_figures.py audit-before.jsonl"""
import json
import sys
from collections import Counter

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
n = len(rows)
root = sum(r["root_right"] for r in rows)
source = sum(r["root_right"] and r["source_right"] for r in rows)
status = sum(r["status_right"] for r in rows)
target = sum(r["root_right"] and r["target_right"] for r in rows)
print(f"rows {n}; root precision {root}/{n} = {root / n:.2f}; root and source code right {source}/{n} = "
      f"{source / n:.2f} (source right on {source} of the {root} right roots); target right on {target} of "
      f"the {root} right roots; status right {status}/{n} = {status / n:.2f}")
for cause, count in Counter(r["cause"] for r in rows if not r["root_right"]).most_common():
    print(f"  {count}  {cause}")
