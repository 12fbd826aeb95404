"""Sanity check of blind round 19/20.

1. Gold facts: every price/stock gold is recomputed from the data (catalog.yaml for Luma, products.json for shop20),
   and every expected sku / pinned_sku names a product or variant that exists.
2. Grader: with the shared score.py, an ideal answer built from each gold scores 1.0 and a bad answer
   (a plain "no idea" for answerable items, an invented price for unanswerable ones) scores 0.0.
Usage: python tests/data/qa_blind19/check_golds.py   (writes only under /tmp)
"""
import json
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared/data/catalog")
SCORE = SHARED / "score.py"
LUMA_Q = HERE / "luma19.jsonl"
SHOP_Q = HERE / "shop20" / "questions.jsonl"


def load(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def luma_index():
    """sku -> (set of prices, stock) for products and variants of the Luma catalog."""
    idx = {}
    for p in yaml.safe_load((SHARED / "catalog.yaml").read_text())["catalog"]["products"]:
        vs = p.get("variants") or []
        idx[p["sku"]] = ({float(v.get("price") or p["price"]) for v in vs} or {float(p["price"])}, p.get("total_stock"))
        for v in vs:
            idx[v["sku"]] = ({float(v.get("price") or p["price"])}, v["stock"])
    return idx


def shop_index():
    """product id / variant sku / variant id (str) -> (set of variant prices, stock)."""
    idx = {}
    for p in json.loads((HERE / "shop20" / "products.json").read_text())["products"]:
        vs = p["variants"]
        idx[str(p["id"])] = ({float(v["price"]) for v in vs}, sum(v["inventory_quantity"] for v in vs))
        for v in vs:
            rec = ({float(v["price"])}, v["inventory_quantity"])
            idx[str(v["id"])] = rec
            if v["sku"]:
                idx[v["sku"]] = rec
    return idx


OUT_WORDS = {"out of stock", "sold out"}


def check_facts(qs, idx, name):
    errors = []
    for q in qs:
        e = q["expect"]
        for key in (e.get("sku"), (q.get("context") or {}).get("pinned_sku")):
            if key and key not in idx:
                errors.append(f"{q['id']}: unknown sku {key}")
        sku = e.get("sku")
        if not sku or sku not in idx or not e["answerable"]:
            continue
        prices, stock = idx[sku]
        first = [i[0] if isinstance(i, list) else i for i in e["must_include"]]
        if q["type"] == "stock":
            says_out = first[0] in OUT_WORDS
            if says_out != (stock == 0):
                errors.append(f"{q['id']}: gold says out={says_out} but stock={stock}")
            counts = [a for a in e["must_include"][0] if str(a).isdigit()]
            if counts and int(counts[0]) != stock:
                errors.append(f"{q['id']}: gold count {counts[0]} but stock={stock}")
        if q["type"] == "price" and not any(float(x) in prices for x in first):
            errors.append(f"{q['id']}: price gold {first} not among the {name} prices {sorted(prices)}")
    return errors


def ideal(q):
    e = q["expect"]
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    parts = []
    for item in e["must_include"]:
        a = item[0] if isinstance(item, list) else item
        parts.append(f"£{a}" if q["type"] in ("price", "compare") else str(a))
    return "; ".join(parts) or "haha thanks for watching!"


def bad_answer(q):
    if q["type"] == "chitchat":
        return "Buy it now for £999.99!"
    return "No idea, sorry." if q["expect"]["answerable"] else "That one is £999.99."


def grade(qfile):
    qs = load(qfile)
    ok = True
    for name, make in (("ideal", ideal), ("bad", bad_answer)):
        out = Path(f"/tmp/qa_blind19_{qfile.stem}_{name}.jsonl")
        out.write_text("".join(json.dumps({"id": q["id"], "answer": make(q), "sku": q["expect"]["sku"]},
                                          ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORE), str(out), str(qfile), "--details"],
                             capture_output=True, text=True)
        last = res.stdout.strip().splitlines()[-1]
        print(qfile.name, name, last)
        want = "qa_accuracy=1.0000" if name == "ideal" else "qa_accuracy=0.0000"
        if want not in last:
            print(res.stdout)
            ok = False
    return ok


def main():
    errors = check_facts(load(LUMA_Q), luma_index(), "luma") + check_facts(load(SHOP_Q), shop_index(), "shop")
    for err in errors:
        print("FACT ERROR", err)
    ok = grade(LUMA_Q) & grade(SHOP_Q)
    print("PASS" if ok and not errors else "FAIL")
    return 0 if ok and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
