"""Sanity check of the blind-11 question files with the shared grader (/work/shared/data/catalog/score.py):
  * ideal    - an answer built from each gold must score 1.0;
  * bad      - a plain "no idea" (answerable) or an invented price (unanswerable / chitchat) must score 0.0;
  * confused - the ideal answer plus the first must_not_include item (a wrong price, the opposite stock
               state...) must be graded wrong for every item that has a must_not_include list.
Also checks that every gold SKU exists in the catalog it is about. Writes nothing outside /tmp.
Usage: python check_golds.py   (checks luma11.jsonl and shop12/questions.jsonl beside this script)"""
import json
import os
import subprocess
import sys

import yaml

SCORE = "/work/shared/data/catalog/score.py"
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [(os.path.join(HERE, "luma11.jsonl"), "/work/shared/data/catalog/catalog.yaml", "$"),
         (os.path.join(HERE, "shop12", "questions.jsonl"), os.path.join(HERE, "shop12", "catalog.yaml"), "£")]


def fmt(a, q, cur):
    a = a[0] if isinstance(a, list) else a
    return f"{cur}{a}" if q["type"] in ("price", "compare") and str(a).replace(".", "").isdigit() else str(a)


def ideal(q, cur):
    e = q["expect"]
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    return "; ".join(fmt(item, q, cur) for item in e["must_include"]) or "hi there, welcome!"


def bad(q, cur):
    if q["expect"]["answerable"] and q["type"] != "chitchat":
        return "No idea, sorry."
    return f"That one is {cur}999.99."


def confused(q, cur):
    first = q["expect"]["must_not_include"][0]
    wrong = f"{cur}{first}" if str(first).replace(".", "").isdigit() else str(first)
    return ideal(q, cur) + " - " + wrong


def run(qfile, qs, name, make, cur):
    out = f"/tmp/qa_blind11_{name}.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps({"id": q["id"], "answer": make(q, cur), "sku": q["expect"]["sku"]},
                               ensure_ascii=False) + "\n")
    tmpq = f"/tmp/qa_blind11_{name}_q.jsonl"
    with open(tmpq, "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, SCORE, out, tmpq, "--details"], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1]
    print(os.path.relpath(qfile, HERE), name, f"n={len(qs)}", last)
    want = "qa_accuracy=1.0000" if name == "ideal" else "qa_accuracy=0.0000"
    if want not in last:
        print(res.stdout)
        return False
    return True


def skus_ok(qs, catalog):
    with open(catalog, encoding="utf-8") as fh:
        cat = yaml.safe_load(fh)["catalog"]["products"]
    known = {p["sku"] for p in cat} | {v["sku"] for p in cat for v in p["variants"]}
    ok = True
    for q in qs:
        for s in (q["expect"]["sku"], (q.get("context") or {}).get("pinned_sku")):
            if s and s not in known:
                print(f"unknown sku {s} in {q['id']}")
                ok = False
    return ok


def main():
    ok = True
    for qfile, catalog, cur in FILES:
        with open(qfile, encoding="utf-8") as fh:
            qs = [json.loads(line) for line in fh if line.strip()]
        ok &= skus_ok(qs, catalog)
        ok &= run(qfile, qs, "ideal", ideal, cur)
        ok &= run(qfile, qs, "bad", bad, cur)
        with_not = [q for q in qs if q["expect"]["must_not_include"]]
        ok &= run(qfile, with_not, "confused", confused, cur)
    print("ALL OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
