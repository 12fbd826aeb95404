"""Sanity check of the round-16 question files with the shared grader (score.py).

1. Data check: every stock/variant gold that names a variant agrees with the catalog's stock (sold-out golds point at
   stock 0, in-stock golds at stock > 0) and every single-product price gold equals the catalog price.
2. Grader check: an ideal answer built from each gold scores 1.0; a plain "no idea" (answerable) or an invented
   price (unanswerable) scores 0.0; a confident answer that also says a must_not_include item scores 0.0 on every
   item that has one. Writes nothing outside /tmp.
Usage: python check_golds.py   (from anywhere; exit 1 on any failure)
"""
import json
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/data/catalog/score.py"
LUMA = "/work/shared/data/catalog/catalog.yaml"
FILES = [os.path.join(HERE, "luma16.jsonl"), os.path.join(HERE, "shop17", "questions.jsonl")]
OOS_MARK = "sold out"


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def luma_index():
    stock, price = {}, {}
    with open(LUMA, encoding="utf-8") as fh:
        products = yaml.safe_load(fh)["catalog"]["products"]
    for p in products:
        price[p["sku"]] = float(p["price"])
        for v in p.get("variants") or []:
            stock[v["sku"]] = v["stock"]
    return stock, price


def shop_index():
    stock, price = {}, {}
    with open(os.path.join(HERE, "shop17", "products.json"), encoding="utf-8") as fh:
        products = json.load(fh)["products"]
    for p in products:
        vs = p["variants"]
        first = vs[0]["sku"] or str(p["id"])
        price[first] = float(vs[0]["price"])
        price[str(p["id"])] = float(vs[0]["price"])
        for v in vs:
            stock[v["sku"] or str(v["id"])] = v["inventory_quantity"]
    return stock, price


def data_check(qs, stock, price):
    errors = []
    for q in qs:
        e, sku = q["expect"], q["expect"]["sku"]
        first = e["must_include"][0] if e["must_include"] else None
        if q["type"] in ("stock", "variant") and sku in stock and isinstance(first, list):
            sold = OOS_MARK in first
            if sold != (stock[sku] == 0):
                errors.append(f"{q['id']}: stock gold disagrees with catalog ({sku} stock={stock[sku]})")
        # "with the case" style questions ask for another variant's price: checked by make_questions17.py instead
        single = q["type"] == "price" and sku in price and "with" not in q["question"]
        if single and abs(float(first) - price[sku]) > 0.005:
            errors.append(f"{q['id']}: price gold {first} != catalog {price[sku]}")
    return errors


def ideal(q):
    e = q["expect"]
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    parts = []
    for item in e["must_include"]:
        a = item[0] if isinstance(item, list) else item
        parts.append(f"${a}" if q["type"] in ("price", "compare", "variant") and str(a)[0].isdigit() else str(a))
    return "; ".join(parts) or "hi!"


def bad(q):
    return "No idea, sorry." if q["expect"]["answerable"] else "That one is $999.99."


def confused(q):
    """The ideal answer plus the first forbidden item: must always be graded wrong."""
    x = q["expect"]["must_not_include"][0]
    return ideal(q) + (f" (was ${x})" if str(x)[0].isdigit() else f" {x}")


def grade(name, qs, qfile, make):
    out = f"/tmp/qa_blind16_{name}_{os.path.basename(qfile)}"
    with open(out, "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps({"id": q["id"], "answer": make(q), "sku": q["expect"]["sku"]}, ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, SCORE, out, qfile, "--details"], capture_output=True, text=True)
    return res.stdout


def main():
    ok = True
    for qfile, (stock, price) in zip(FILES, (luma_index(), shop_index()), strict=True):
        qs = load(qfile)
        errs = data_check(qs, stock, price)
        print(os.path.relpath(qfile, HERE), "data", errs if errs else "OK")
        ok &= not errs
        for name, make, subset, want in (("ideal", ideal, qs, "qa_accuracy=1.0000"),
                                         ("bad", bad, qs, "qa_accuracy=0.0000"),
                                         ("confused", confused, [q for q in qs if q["expect"]["must_not_include"]],
                                          "qa_accuracy=0.0000")):
            sub = qfile
            if subset is not qs:
                sub = f"/tmp/qa_blind16_subset_{os.path.basename(qfile)}"
                with open(sub, "w", encoding="utf-8") as f:
                    f.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in subset)
            out = grade(name, subset, sub, make)
            last = out.strip().splitlines()[-1]
            print(os.path.relpath(qfile, HERE), f"{name:<9}", f"n={len(subset)}", last)
            if want not in last:
                print(out)
                ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
