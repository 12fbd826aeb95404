"""Sanity check of the qa_blind13 question files with the shared grader (score.py).

1. An ideal answer built from each gold must score 1.0; an answer that says "no idea" to answerable items and
   quotes an invented price for unanswerable/chitchat ones must score 0.0.
2. A "confused" answer (the ideal answer plus a forbidden price, e.g. the compare_at price or another
   variant's price) must be graded wrong for every item with numeric must_not_include entries.
3. Data check: every gold sku exists in its catalog, stock golds agree with the variant's quantity
   (sold-out wording <=> quantity 0), and single-price golds equal the catalog price.

Usage: python check_golds.py   (from anywhere; needs /work/shared/data/catalog for score.py and the Luma data)
Writes nothing outside /tmp.
"""
import json
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/data/catalog"
SCORE = os.path.join(SHARED, "score.py")
FILES = {
    "luma": os.path.join(HERE, "luma13.jsonl"),
    "shop14": os.path.join(HERE, "shop14", "questions.jsonl"),
}
SOLD_OUT_WORD = "sold out"


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def ideal(q):
    e = q["expect"]
    if q["type"] == "chitchat":
        return "Nice ride! Welcome to the stream."
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


def confused(q):
    nums = [x for x in q["expect"]["must_not_include"] if isinstance(x, str) and x.replace(".", "").isdigit()]
    return (ideal(q) + f" (also ${nums[0]})") if nums else None


def score(qfile, answers, tag):
    out = f"/tmp/qa_blind13_{tag}.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for qid, text, sku in answers:
            f.write(json.dumps({"id": qid, "answer": text, "sku": sku}, ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, SCORE, out, qfile, "--details"], capture_output=True, text=True)
    return res.stdout


def luma_index():
    with open(os.path.join(SHARED, "catalog.yaml"), encoding="utf-8") as fh:
        cat = yaml.safe_load(fh)["catalog"]["products"]
    idx = {}
    for p in cat:
        idx[p["sku"]] = ("product", p, None)
        for v in p["variants"]:
            idx.setdefault(v["sku"], ("variant", p, v))
    return idx, lambda v: v["stock"], lambda p, v: float(v.get("price", p["price"]) if v else p["price"])


def shop_index():
    with open(os.path.join(HERE, "shop14", "products.json"), encoding="utf-8") as fh:
        data = json.load(fh)["products"]
    idx = {}
    for p in data:
        idx[str(p["id"])] = ("product", p, None)
        for v in p["variants"]:
            idx[v["sku"] or str(v["id"])] = ("variant", p, v)
    return idx, lambda v: v["inventory_quantity"], lambda p, v: float((v or p["variants"][0])["price"])


def check_data(qs, index):
    idx, qty, price = index
    errors = []
    for q in qs:
        e = q["expect"]
        for key in filter(None, [e.get("sku"), (q.get("context") or {}).get("pinned_sku")]):
            if key not in idx:
                errors.append(f"{q['id']}: sku {key} not in catalog")
        kind, p, v = idx.get(e.get("sku"), (None, None, None))
        if q["type"] == "stock" and kind == "variant":
            says_sold_out = any(isinstance(i, list) and SOLD_OUT_WORD in i for i in e["must_include"])
            if says_sold_out != (qty(v) == 0):
                errors.append(f"{q['id']}: stock gold disagrees with quantity {qty(v)}")
        if q["type"] == "price" and kind and len(e["must_include"]) == 1:
            prices = {price(p, x) for x in (p["variants"] if kind == "product" else [v])}
            if kind == "product" and len(prices) > 1:
                continue  # per-variant prices: the question names the variant in words (checked by hand)
            if abs(float(e["must_include"][0]) - prices.pop()) > 0.005:
                errors.append(f"{q['id']}: price gold {e['must_include'][0]} != catalog")
    return errors


def main():
    failed = False
    for name, qfile in FILES.items():
        qs = load(qfile)
        for tag, make in (("ideal", ideal), ("bad", bad)):
            out = score(qfile, [(q["id"], make(q), q["expect"]["sku"]) for q in qs], f"{name}_{tag}")
            last = out.strip().splitlines()[-1]
            want = "qa_accuracy=1.0000" if tag == "ideal" else "qa_accuracy=0.0000"
            print(f"{name} {tag}: {last}")
            if want not in last:
                print(out)
                failed = True
        conf = [(q["id"], confused(q), q["expect"]["sku"]) for q in qs if confused(q)]
        sub = [q for q in qs if confused(q)]
        tmp = f"/tmp/qa_blind13_{name}_confused_q.jsonl"
        with open(tmp, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in sub)
        out = score(tmp, conf, f"{name}_confused")
        last = out.strip().splitlines()[-1]
        print(f"{name} confused ({len(sub)} items with forbidden prices): {last}")
        if not last.startswith("qa_accuracy=0.0000"):
            print(out)
            failed = True
        errors = check_data(qs, luma_index() if name == "luma" else shop_index())
        print(f"{name} data check: {errors if errors else 'OK'}")
        failed |= bool(errors)
    print("FAIL" if failed else "PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
