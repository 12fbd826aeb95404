#!/usr/bin/env python3
"""Sanity check of the blind-round-9 question files with the shared grader score.py.

For each question file:
  * the schema is checked (unique ids, known types/langs, Chinese items written in Chinese, answerable items
    with something to match, gold and pinned SKUs that exist in the catalog the file is about);
  * an IDEAL answer built from each gold must score qa_accuracy=1.0;
  * a BAD answer ("no idea" for answerable items, an invented price for unanswerable and chitchat ones) must
    score 0.0;
  * a CONFUSED answer (the ideal answer plus one must_not_include item, written as a price when numeric) must
    be graded wrong on every item that has a must_not_include list.
Writes only under /tmp. Usage: python check_golds.py   (checks both files of this round)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

SCORE = "/work/shared/data/catalog/score.py"
LUMA = "/work/shared/data/catalog/catalog.yaml"
HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"price", "stock", "variant", "attribute", "faq", "compare", "unknown", "chitchat"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def luma_skus():
    prods = yaml.safe_load(read_text(LUMA))["catalog"]["products"]
    return {p["sku"] for p in prods} | {v["sku"] for p in prods for v in p["variants"]}


def shop_skus(path):
    prods = json.loads(read_text(path))["products"]
    ids = {str(p["id"]) for p in prods}
    for p in prods:
        for v in p["variants"]:
            ids.add(v["sku"] or str(v["id"]))  # an empty variant SKU is stood in for by the variant id
    return ids


def check_schema(qs, known):
    problems = []
    seen = set()
    for q in qs:
        e, qid = q["expect"], q["id"]
        if qid in seen:
            problems.append(f"{qid}: duplicate id")
        seen.add(qid)
        if q["type"] not in TYPES or q["lang"] not in ("en", "zh"):
            problems.append(f"{qid}: bad type/lang")
        if (q["lang"] == "zh") != bool(CJK.search(q["question"])):
            problems.append(f"{qid}: lang does not fit the text")
        if e["answerable"] and q["type"] != "chitchat" and not e["must_include"]:
            problems.append(f"{qid}: answerable item with nothing to match")
        if (q["type"] == "unknown") == e["answerable"]:
            problems.append(f"{qid}: unknown items (and only they) are unanswerable")
        for sku in (e.get("sku"), (q.get("context") or {}).get("pinned_sku")):
            if sku is not None and sku not in known:
                problems.append(f"{qid}: sku {sku!r} not in the catalog")
    return problems


def price(a):
    return f"${a}"


def ideal(q):
    e = q["expect"]
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    parts = []
    for item in e["must_include"]:
        a = item[0] if isinstance(item, list) else item
        parts.append(price(a) if q["type"] in ("price", "compare") and re.fullmatch(r"[\d.]+", a) else str(a))
    return "; ".join(parts) or "hi! welcome to the stream"


def bad(q):
    if q["expect"]["answerable"] and q["type"] != "chitchat":
        return "No idea, sorry."
    return "That one is $19.99."  # a price where none may be quoted


def confused(q):
    x = q["expect"]["must_not_include"][0]
    return ideal(q) + "; " + (price(x) if re.fullmatch(r"[\d.]+", x) else x)


def grade(qs, make, tag):
    fd, out = tempfile.mkstemp(prefix=f"qa_blind9_{tag}_", suffix=".jsonl")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps({"id": q["id"], "answer": make(q), "sku": q["expect"]["sku"]},
                               ensure_ascii=False) + "\n")
    qpath = out.replace(".jsonl", "_q.jsonl")  # the (sub)set of questions graded, beside the answers
    with open(qpath, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in qs)
    res = subprocess.run([sys.executable, SCORE, out, qpath, "--details"], capture_output=True, text=True)
    return res.stdout


def main():
    files = [(os.path.join(HERE, "luma9.jsonl"), luma_skus()),
             (os.path.join(HERE, "shop10", "questions.jsonl"), shop_skus(os.path.join(HERE, "shop10", "products.json")))]
    ok = True
    for qfile, known in files:
        qs = [json.loads(line) for line in read_text(qfile).splitlines() if line.strip()]
        for p in check_schema(qs, known):
            print("SCHEMA", qfile, p)
            ok = False
        with_bad = [q for q in qs if q["expect"]["must_not_include"]]
        for tag, subset, make, want in (("ideal", qs, ideal, "qa_accuracy=1.0000"),
                                        ("bad", qs, bad, "qa_accuracy=0.0000"),
                                        ("confused", with_bad, confused, "qa_accuracy=0.0000")):
            report = grade(subset, make, tag)
            last = report.strip().splitlines()[-1]
            print(f"{os.path.relpath(qfile, HERE)} {tag:<9} n={len(subset):<3} {last}")
            if want not in last:
                print(report)
                ok = False
        n = len(qs)
        zh = sum(q["lang"] == "zh" for q in qs)
        unans = sum(not q["expect"]["answerable"] for q in qs)
        types = {t: sum(q["type"] == t for q in qs) for t in sorted(TYPES)}
        print(f"  n={n} zh={zh} ({zh / n:.0%}) unanswerable={unans} ({unans / n:.0%}) "
              f"pinned={sum('context' in q for q in qs)} types={types}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
