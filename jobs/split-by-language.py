#!/usr/bin/env python3
"""Splits a corpus's gold and claims by the manifest's lang column, so score.py can score each
language alone (score.py's --scope adds documents, it does not restrict them).

usage: split-by-language.py MANIFEST GOLD CLAIMS OUTDIR  -> OUTDIR/<lang>.{gold,claims}.jsonl, <lang>.manifest.csv
Prints the languages found, one per line."""
import csv
import json
import os
import sys


def main(manifest, gold, claims, outdir):
    os.makedirs(outdir, exist_ok=True)
    with open(manifest, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    by_lang = {}
    for r in rows:
        by_lang.setdefault(r.get("lang") or "und", []).append(r)
    for lang, docs_rows in sorted(by_lang.items()):
        docs = {os.path.splitext(r["file"])[0] for r in docs_rows}
        for name, path, key in (("gold", gold, "doc"), ("claims", claims, "doc_id")):
            with open(path, encoding="utf-8") as src, open(f"{outdir}/{lang}.{name}.jsonl", "w", encoding="utf-8") as dst:
                for line in src:
                    if line.strip() and str(json.loads(line).get(key)) in docs:
                        dst.write(line)
        with open(f"{outdir}/{lang}.manifest.csv", "w", encoding="utf-8", newline="") as dst:
            w = csv.DictWriter(dst, fieldnames=list(rows[0].keys()))
            w.writeheader()
            w.writerows(docs_rows)
        print(lang)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    main(*sys.argv[1:])
