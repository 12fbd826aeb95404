"""Sanity check of the qa_blind12 question files, in two parts. Writes nothing outside /tmp.

1. With the shared score.py: an ideal answer built from each gold must score 1.0, and a bad answer (a plain
   "no idea" for answerable items, an invented price for unanswerable and chitchat items) must score 0.0.
2. Against the data: every gold/pinned sku names a product or variant of its catalog (product SKU, variant SKU,
   Shopify product id, variant id, or a SKU prefix shared by the product's variants); every price gold is a
   price of that product; stock golds agree with the inventory (sold out <=> 0).

Usage: python tests/data/qa_blind12/check_golds.py   (exits 1 on the first failure)"""
import json
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/data/catalog/score.py"
LUMA = "/work/shared/data/catalog/catalog.yaml"
OUT_WORDS = {"out of stock", "sold out"}


def ideal(q):
    e = q["expect"]
    if q["type"] == "chitchat":
        return "Thanks, glad you like it!"
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    parts = []
    for item in e["must_include"]:
        a = item[0] if isinstance(item, list) else item
        parts.append(f"${a}" if q["type"] in ("price", "compare") else str(a))
    return "; ".join(parts)


def bad(q):
    if q["type"] == "chitchat" or not q["expect"]["answerable"]:
        return "That one is $999.99."
    return "No idea, sorry."


def score_file(qfile):
    with open(qfile, encoding="utf-8") as fh:
        qs = [json.loads(line) for line in fh if line.strip()]
    for name, make in (("ideal", ideal), ("bad", bad)):
        out = f"/tmp/qa_blind12_{name}.jsonl"
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
            sys.exit(1)
    return qs


def luma_index():
    """product key -> {'prices': set, 'variants': {variant_key: stock}} for the Luma catalog."""
    idx = {}
    with open(LUMA, encoding="utf-8") as fh:
        products = yaml.safe_load(fh)["catalog"]["products"]
    for p in products:
        vs = {v["sku"]: v["stock"] for v in p.get("variants") or []} or {p["sku"]: p.get("total_stock", 0)}
        prices = {float(v.get("price", p["price"])) for v in p.get("variants") or []} | {float(p["price"])}
        idx[p["sku"]] = {"prices": prices, "variants": vs}
    return idx


def shop_index(path):
    idx = {}
    with open(path, encoding="utf-8") as fh:
        products = json.load(fh)["products"]
    for p in products:
        vs = {}
        for v in p["variants"]:
            vs[str(v["id"])] = v["inventory_quantity"]
            if v["sku"]:
                vs[v["sku"]] = v["inventory_quantity"]
        idx[str(p["id"])] = {"prices": {float(v["price"]) for v in p["variants"]}, "variants": vs}
    return idx


def resolve(idx, sku):
    """(product key, stock of what the sku names) or None."""
    for key, p in idx.items():
        if sku == key:
            return key, sum(p["variants"].values())
        if sku in p["variants"]:
            return key, p["variants"][sku]
        named = [s for s in p["variants"] if s.startswith(sku + "-")]
        if named:
            return key, sum(p["variants"][s] for s in named)
    return None


def check_data(qs, idx):
    for q in qs:
        e = q["expect"]
        for sku in filter(None, [e["sku"], (q.get("context") or {}).get("pinned_sku")]):
            if resolve(idx, sku) is None:
                sys.exit(f"{q['id']}: sku {sku!r} names nothing in the catalog")
        if not e["sku"] or not e["answerable"]:
            continue
        key, stock = resolve(idx, e["sku"])
        if q["type"] == "price":
            for item in e["must_include"]:
                if float(item) not in idx[key]["prices"]:
                    sys.exit(f"{q['id']}: price {item} is not a price of {key}")
        if q["type"] == "stock":
            says_out = bool(OUT_WORDS & set(e["must_include"][0]))
            if says_out != (stock == 0):
                sys.exit(f"{q['id']}: gold says {'sold out' if says_out else 'in stock'} but stock is {stock}")
    print(f"  data check ok: {len(qs)} questions")


if __name__ == "__main__":
    luma_q = score_file(os.path.join(HERE, "luma12.jsonl"))
    check_data(luma_q, luma_index())
    shop_q = score_file(os.path.join(HERE, "shop13", "questions.jsonl"))
    check_data(shop_q, shop_index(os.path.join(HERE, "shop13", "products.json")))
    print("all checks passed")
