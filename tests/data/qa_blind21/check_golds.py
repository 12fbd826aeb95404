#!/usr/bin/env python3
"""Sanity check of the qa_blind21 question files against the shared grader score.py.

For every question: an ideal answer built from the gold must be graded correct, a bad answer (a plain
"no idea" for answerable items, an invented price for unanswerable/chitchat ones) must be graded wrong, and
the ideal answer plus the first must_not_include item (a confused answer) must be graded wrong. The golds'
SKUs must exist in the catalog, and stock golds must agree with the catalog's stock (sold out <=> stock 0).
Then the whole files are scored through score.py's CLI (ideal => 1.0, bad => 0.0). Writes only under /tmp.
Usage: python tests/data/qa_blind21/check_golds.py"""
import importlib.util
import json
import os
import subprocess
import sys

import yaml

SCORE = "/work/shared/data/catalog/score.py"
HERE = os.path.dirname(os.path.abspath(__file__))
SETS = [  # (questions, catalog)
    (os.path.join(HERE, "luma21.jsonl"), "/work/shared/data/catalog/catalog.yaml"),
    (os.path.join(HERE, "shop22", "questions.jsonl"), os.path.join(HERE, "shop22", "catalog.yaml")),
]
OUT_WORDS = {"out of stock", "sold out"}

spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def first(item):
    return item[0] if isinstance(item, list) else item


def money(x):
    return f"${x}" if score.is_number(x) else str(x)


def ideal(q):
    e = q["expect"]
    if q["type"] == "chitchat":
        return "Haha thanks, glad you're here!"
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    return "; ".join(money(first(i)) if q["type"] in ("price", "compare") else str(first(i))
                     for i in e["must_include"])


def bad(q):
    if q["type"] == "chitchat" or not q["expect"]["answerable"]:
        return "That one is $999.99."
    return "No idea, sorry."


def check_catalog(q, index):
    sku = q["expect"]["sku"]
    pin = (q.get("context") or {}).get("pinned_sku")
    for s in (sku, pin):
        if s and s not in index:
            return f"sku {s} not in catalog"
    if q["type"] == "stock" and sku:
        stock = index[sku]
        says_out = any(isinstance(i, list) and OUT_WORDS & set(i) for i in q["expect"]["must_include"])
        if says_out != (stock == 0):
            return f"stock gold disagrees with catalog (stock={stock})"
    return None


def main():
    failures = 0
    for qfile, cat in SETS:
        with open(cat, encoding="utf-8") as f:
            products = yaml.safe_load(f)["catalog"]["products"]
        index = {}
        for p in products:
            index[p["sku"]] = p["total_stock"]
            for v in p["variants"]:
                index[v["sku"]] = v["stock"]
        qs = score.load(qfile)
        for q in qs:
            problems = []
            msg = check_catalog(q, index)
            if msg:
                problems.append(msg)
            if not score.grade(q, {"answer": ideal(q)})[0]:
                problems.append(f"ideal answer graded wrong: {ideal(q)!r}")
            if score.grade(q, {"answer": bad(q)})[0]:
                problems.append("bad answer graded correct")
            mni = q["expect"]["must_not_include"]
            if mni and score.grade(q, {"answer": ideal(q) + " " + money(mni[0])})[0]:
                problems.append(f"confused answer with {mni[0]!r} graded correct")
            for p in problems:
                print(f"FAIL {q['id']}: {p}")
                failures += 1
        for name, make in (("ideal", ideal), ("bad", bad)):
            out = f"/tmp/qa_blind21_{os.path.basename(qfile)}_{name}.jsonl"
            with open(out, "w", encoding="utf-8") as f:
                for q in qs:
                    f.write(json.dumps({"id": q["id"], "answer": make(q), "sku": q["expect"]["sku"]},
                                       ensure_ascii=False) + "\n")
            res = subprocess.run([sys.executable, SCORE, out, qfile], capture_output=True, text=True)
            last = res.stdout.strip().splitlines()[-1]
            want = "qa_accuracy=1.0000" if name == "ideal" else "qa_accuracy=0.0000"
            print(os.path.relpath(qfile, HERE), name, last, "OK" if want in last else "FAIL")
            failures += want not in last
    print("check_golds:", "PASS" if not failures else f"FAIL ({failures})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
