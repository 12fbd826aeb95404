"""Sanity check of the qa_blind18 question files.

1. Every gold sku exists in its catalog; stock golds agree with the catalog (sold-out <=> stock 0); each price
   gold is the product's or variant's price.
2. With the shared score.py: an ideal answer built from each gold scores 1.0, and a bad answer (a plain "no idea"
   for answerable items, an invented price for unanswerable ones) scores 0.0.
Usage: python tests/data/qa_blind18/check_golds.py   (writes nothing outside /tmp)"""
import json
import subprocess
import sys
from pathlib import Path

import yaml

SCORE = "/work/shared/data/catalog/score.py"
HERE = Path(__file__).resolve().parent
SETS = [(HERE / "luma18.jsonl", Path("/work/shared/data/catalog/catalog.yaml")),
        (HERE / "shop19" / "questions.jsonl", HERE / "shop19" / "catalog.yaml")]
SOLD_OUT_WORDS = {"out of stock", "sold out"}


def index(catalog_path):
    """sku -> (price, stock) for products (total stock) and variants (own price if set)."""
    out = {}
    for p in yaml.safe_load(catalog_path.read_text(encoding="utf-8"))["catalog"]["products"]:
        out[p["sku"]] = (p["price"], p["total_stock"])
        for v in p["variants"]:
            out.setdefault(v["sku"], (v.get("price", p["price"]), v["stock"]))
    return out


def check_data(qs, skus):
    errors = []
    for q in qs:
        e, sku = q["expect"], q["expect"]["sku"]
        for s in filter(None, [sku, (q.get("context") or {}).get("pinned_sku")]):
            if s not in skus:
                errors.append(f"{q['id']}: unknown sku {s}")
        if not sku or sku not in skus:
            continue
        price, stock = skus[sku]
        if q["type"] == "stock":
            first = e["must_include"][0]
            sold_out = isinstance(first, list) and bool(SOLD_OUT_WORDS & set(first))
            if sold_out != (stock == 0):
                errors.append(f"{q['id']}: gold says sold_out={sold_out} but stock={stock}")
        if q["type"] == "price" and float(e["must_include"][0]) != float(price):
            errors.append(f"{q['id']}: gold price {e['must_include'][0]} != catalog {price}")
    return errors


def ideal(q):
    e = q["expect"]
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    parts = []
    for item in e["must_include"]:
        a = item[0] if isinstance(item, list) else item
        parts.append(f"${a}" if q["type"] in ("price", "compare") and str(a)[0].isdigit() else str(a))
    return "; ".join(parts) or "haha, happens to the best of us!"


def bad(q):
    """A miss for answerable items; an invented price for unanswerable items and chitchat."""
    if q["type"] == "chitchat" or not q["expect"]["answerable"]:
        return "That one is $999.99."
    return "No idea, sorry."


def main():
    failed = False
    for qfile, cat in SETS:
        qs = [json.loads(line) for line in qfile.read_text(encoding="utf-8").splitlines() if line.strip()]
        errs = check_data(qs, index(cat))
        print(qfile.name, "data check:", errs if errs else "ok")
        failed |= bool(errs)
        for name, make in (("ideal", ideal), ("bad", bad)):
            out = Path(f"/tmp/qa_blind18_{qfile.stem}_{name}.jsonl")
            out.write_text("".join(json.dumps({"id": q["id"], "answer": make(q), "sku": q["expect"]["sku"]},
                                              ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
            res = subprocess.run([sys.executable, SCORE, str(out), str(qfile), "--details"],
                                 capture_output=True, text=True)
            last = res.stdout.strip().splitlines()[-1]
            print(qfile.name, name, last)
            want = "qa_accuracy=1.0000" if name == "ideal" else "qa_accuracy=0.0000"
            if want not in last:
                print(res.stdout)
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
