#!/usr/bin/env python3
"""Writes us_congress.csv, the members of the US Congress with their terms, from the
congress-legislators project's legislators-current.yaml (public domain, CC0 1.0:
https://github.com/unitedstates/congress-legislators).

Usage: python3 us_congress.py PATH/TO/legislators-current.yaml > us_congress.csv

One row per continuous stretch in Congress (consecutive terms joined) that ends on or after
1995-01-01, in the columns of curated/actors_2019_2022.csv: PhoenixConverter --office-holders
reads it. Needs PyYAML. Only the members serving when the file was taken are in it: the
project's legislators-historical.yaml is the next source to add.
"""
import csv
import re
import sys
import unicodedata
from datetime import date

import yaml

EARLIEST_END = date(1995, 1, 1)
# Two terms this close are one stretch in Congress: a term ends on 3 January, and the next Congress
# may convene a few days later.
JOIN_DAYS = 10


def key(name):
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^A-Z0-9]+", "_", plain.upper()).strip("_")


def aliases(name):
    first, last = name["first"], name["last"]
    found = [name.get("official_full", f"{first} {last}"), f"{first} {last}"]
    if name.get("nickname"):
        found.append(f"{name['nickname']} {last}")
    if name.get("middle"):
        found.append(f"{first} {name['middle'][0]}. {last}")
    unique = []
    for alias in found:
        if alias not in unique:
            unique.append(alias)
    return unique


def stretches(terms):
    joined = []
    for term in sorted(terms, key=lambda t: t["start"]):
        start, end = date.fromisoformat(str(term["start"])), date.fromisoformat(str(term["end"]))
        chamber = "Senate" if term["type"] == "sen" else "House"
        if joined and (start - joined[-1][1]).days <= JOIN_DAYS:
            joined[-1][1] = max(end, joined[-1][1])
            if chamber not in joined[-1][2]:
                joined[-1][2].append(chamber)
        else:
            joined.append([start, end, [chamber], term["state"]])
    return [s for s in joined if s[1] >= EARLIEST_END]


def main(path):
    with open(path, encoding="utf-8") as f:
        members = yaml.safe_load(f)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["actor_key", "name", "actor_type", "country_code", "aliases", "cameo_code",
                  "valid_from", "valid_to", "source"])
    for member in sorted(members, key=lambda m: m["id"]["bioguide"]):
        name = member["name"]
        names = aliases(name)
        first = True
        for start, end, chambers, state in stretches(member["terms"]):
            out.writerow([
                key(f"{name['first']} {name['last']}"),
                names[0] if first else "",
                "person" if first else "",
                "USA" if first else "",
                "|".join(names[1:]) if first else "",
                "USALEG",
                start.isoformat(),
                end.isoformat(),
                f"US {' then '.join(chambers)}, {state}, bioguide {member['id']['bioguide']}"
                " (congress-legislators, CC0)",
            ])
            first = False


if __name__ == "__main__":
    main(sys.argv[1])
