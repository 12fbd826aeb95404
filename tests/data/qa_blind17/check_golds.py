"""Sanity check of the qa_blind17 question files with the shared grader (score.py).

For each file: an ideal answer built from each gold must score 1.0; a bad answer (a plain "no idea" for answerable
items, an invented price for unanswerable and chitchat items) must score 0.0; a "confused" answer (the ideal answer
plus the first must_not_include item, e.g. the compare_at price or another variant's price) must score 0.0 on every
item that has must_not_include. Also checks that every gold sku exists in the data and that the gold of each
single-product price question is that product's or variant's price. Writes nothing outside /tmp.

Usage: python tests/data/qa_blind17/check_golds.py   (needs /work/shared/data/catalog for score.py and Luma data)
"""
import json
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/data/catalog"
SCORE = os.path.join(SHARED, "score.py")
FILES = [  # (question file, currency symbol, loader of {sku: price or None})
    (os.path.join(HERE, "luma17.jsonl"), "$", "luma"),
    (os.path.join(HERE, "shop18", "questions.jsonl"), "€", "shop"),
]


def luma_prices():
    with open(os.path.join(SHARED, "catalog.yaml"), encoding="utf-8") as f:
        products = yaml.safe_load(f)["catalog"]["products"]
    out = {}
    for p in products:
        out[p["sku"]] = float(p["price"])
        for v in p["variants"]:
            out[v["sku"]] = float(v.get("price") or p["price"])
    return out


def shop_prices():
    with open(os.path.join(HERE, "shop18", "products.json"), encoding="utf-8") as f:
        products = json.load(f)["products"]
    out = {}
    for p in products:
        first = p["variants"][0]
        out[str(p["id"])] = float(first["price"])
        out[p["handle"]] = float(first["price"])
        for v in p["variants"]:
            out[str(v["id"])] = float(v["price"])
            if v["sku"]:
                out[v["sku"]] = float(v["price"])
    return out


def ideal(q, cur):
    e = q["expect"]
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    if q["type"] == "chitchat":
        return "Hi! Welcome to the stream!"
    parts = []
    for item in e["must_include"]:
        a = item[0] if isinstance(item, list) else item
        parts.append(f"{cur}{a}" if q["type"] in ("price", "compare") else str(a))
    return "; ".join(parts)


def bad(q, cur):
    if q["expect"]["answerable"] and q["type"] != "chitchat":
        return "No idea, sorry."
    return f"That one is {cur}999.99."


def confused(q, cur):
    item = q["expect"]["must_not_include"][0]
    shown = f"{cur}{item}" if str(item).replace(".", "").isdigit() else str(item)
    return ideal(q, cur) + " / " + shown


def run_score(qs, qfile, make, cur, tag):
    out = f"/tmp/qa_blind17_{tag}.jsonl"
    sub = f"/tmp/qa_blind17_{tag}_questions.jsonl"
    with open(out, "w", encoding="utf-8") as f, open(sub, "w", encoding="utf-8") as g:
        for q in qs:
            f.write(json.dumps({"id": q["id"], "answer": make(q, cur), "sku": q["expect"]["sku"]},
                               ensure_ascii=False) + "\n")
            g.write(json.dumps(q, ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, SCORE, out, sub, "--details"], capture_output=True, text=True)
    return res.stdout


def main():
    ok = True
    for qfile, cur, kind in FILES:
        with open(qfile, encoding="utf-8") as fh:
            qs = [json.loads(line) for line in fh if line.strip()]
        prices = luma_prices() if kind == "luma" else shop_prices()
        for q in qs:  # gold skus exist; single-product price golds equal the data's price
            sku = q["expect"]["sku"]
            if sku is not None and sku not in prices:
                print(f"{q['id']}: gold sku {sku!r} not in the data")
                ok = False
            if q["type"] == "price" and sku is not None:
                gold = float(q["expect"]["must_include"][0])
                if abs(gold - prices[sku]) > 0.005:
                    print(f"{q['id']}: gold price {gold} != data price {prices[sku]} for {sku}")
                    ok = False
        checks = [("ideal", qs, ideal, "qa_accuracy=1.0000"), ("bad", qs, bad, "qa_accuracy=0.0000"),
                  ("confused", [q for q in qs if q["expect"]["must_not_include"]], confused, "qa_accuracy=0.0000")]
        for name, subset, make, want in checks:
            out = run_score(subset, qfile, make, cur, f"{kind}_{name}")
            last = out.strip().splitlines()[-1]
            print(f"{os.path.relpath(qfile, HERE)} {name} (n={len(subset)}): {last}")
            if want not in last:
                print(out)
                ok = False
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
