"""Sanity check of the qa_blind14 question files (writes nothing outside /tmp).

1. Data consistency: every gold / pinned sku resolves in its catalog (Luma catalog.yaml, or shop15's Shopify
   products.json where a product is named by its product id and a variant by its SKU or, when the SKU is empty,
   its variant id); price golds equal the resolved variant's price (or one of the product's variant prices) and
   no forbidden number equals it; stock golds agree with the variant's inventory (0 -> sold out, >0 -> in stock).
2. Grader check with the shared score.py: an ideal answer built from each gold scores 1.0, a bad answer 0.0
   (a plain "no idea" for answerable items, an invented price for unanswerable and chitchat items).

Usage: python tests/data/qa_blind14/check_golds.py
"""
import json
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/data/catalog"
SCORE = os.path.join(SHARED, "score.py")
OUT_MARK = "sold out"
IN_MARK = "in stock"


def luma_index():
    """sku -> (product, variant or None), from the shared Luma catalog."""
    cat = yaml.safe_load(open(os.path.join(SHARED, "catalog.yaml"), encoding="utf-8"))["catalog"]
    idx = {}
    for p in cat["products"]:
        prices = {float(v.get("price") or p["price"]) for v in p["variants"]}
        idx[p["sku"]] = {"prices": prices, "stock": p["total_stock"]}
        for v in p["variants"]:
            idx[v["sku"]] = {"prices": {float(v.get("price") or p["price"])}, "stock": v["stock"]}
    return idx


def shop_index():
    """product id / variant sku / variant id -> prices and stock, from shop15/products.json."""
    data = json.load(open(os.path.join(HERE, "shop15", "products.json"), encoding="utf-8"))
    idx = {}
    for p in data["products"]:
        vs = p["variants"]
        idx[str(p["id"])] = {"prices": {float(v["price"]) for v in vs},
                             "stock": sum(v["inventory_quantity"] for v in vs)}
        for v in vs:
            entry = {"prices": {float(v["price"])}, "stock": v["inventory_quantity"]}
            assert v["available"] == (v["inventory_quantity"] > 0), v["id"]
            idx[str(v["id"])] = entry
            if v["sku"]:
                assert v["sku"] not in idx, f"duplicate sku {v['sku']}"
                idx[v["sku"]] = entry
    return idx


def is_num(s):
    try:
        float(s)
        return True
    except (TypeError, ValueError):
        return False


def check_data(qs, idx):
    errors = []
    for q in qs:
        e, qid = q["expect"], q["id"]
        pinned = (q.get("context") or {}).get("pinned_sku")
        if pinned and pinned not in idx:
            errors.append(f"{qid}: pinned sku {pinned} not in catalog")
        if e["sku"] and e["sku"] not in idx:
            errors.append(f"{qid}: sku {e['sku']} not in catalog")
            continue
        item = idx.get(e["sku"]) if e["sku"] else None
        if q["type"] == "price" and item:
            nums = [float(x) for x in e["must_include"] if is_num(x)]
            if not nums or nums[0] not in item["prices"]:
                errors.append(f"{qid}: price gold {nums} not in {item['prices']}")
            bad = [float(x) for x in e["must_not_include"] if is_num(x)]
            if set(bad) & set(nums):
                errors.append(f"{qid}: forbidden number equals the gold price")
        if q["type"] == "stock" and item:
            flat = [a for it in e["must_include"] for a in (it if isinstance(it, list) else [it])]
            want = OUT_MARK if item["stock"] == 0 else IN_MARK
            if want not in flat:
                errors.append(f"{qid}: stock is {item['stock']} but gold lacks {want!r}")
    return errors


def ideal(q):
    e = q["expect"]
    if q["type"] == "chitchat":
        return "Hi, welcome to the stream!"
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    parts = []
    for item in e["must_include"]:
        a = item[0] if isinstance(item, list) else item
        parts.append(f"S${a}" if is_num(a) and q["type"] in ("price", "compare") else str(a))
    return "; ".join(parts)


def bad(q):
    if q["type"] == "chitchat" or not q["expect"]["answerable"]:
        return "That one is S$999.99."
    return "No idea, sorry."


def grade_file(qfile):
    qs = [json.loads(line) for line in open(qfile, encoding="utf-8") if line.strip()]
    ok = True
    for name, make in (("ideal", ideal), ("bad", bad)):
        out = f"/tmp/qa_blind14_{name}.jsonl"
        with open(out, "w", encoding="utf-8") as f:
            for q in qs:
                f.write(json.dumps({"id": q["id"], "answer": make(q), "sku": q["expect"]["sku"]},
                                   ensure_ascii=False) + "\n")
        res = subprocess.run([sys.executable, SCORE, out, qfile, "--details"], capture_output=True, text=True)
        last = res.stdout.strip().splitlines()[-1]
        print(os.path.relpath(qfile, HERE), name, last)
        want = "qa_accuracy=1.0000" if name == "ideal" else "qa_accuracy=0.0000"
        if want not in last:
            print(res.stdout)
            ok = False
    return qs, ok


def main():
    if not os.path.exists(SCORE):
        print(f"{SCORE} not found: shared data absent, nothing to check")
        return 0
    ok = True
    for qfile, idx in ((os.path.join(HERE, "luma14.jsonl"), luma_index()),
                       (os.path.join(HERE, "shop15", "questions.jsonl"), shop_index())):
        qs, graded = grade_file(qfile)
        errors = check_data(qs, idx)
        for err in errors:
            print("DATA:", err)
        ids = [q["id"] for q in qs]
        if len(ids) != len(set(ids)):
            print("DATA: duplicate ids")
            ok = False
        ok = ok and graded and not errors
    print("ALL OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
