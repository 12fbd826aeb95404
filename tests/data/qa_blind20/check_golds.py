"""Sanity check of blind round 20 (luma20.jsonl, shop21/questions.jsonl).

1. Data check: every gold sku exists (Luma: product/variant SKU; shop21: variant SKU, variant id, or product id),
   and stock golds agree with the data (a "sold out" gold names a variant with stock 0, an "in stock" gold one
   with stock > 0).
2. Grader check with the shared score.py: an ideal answer built from each gold scores 1.0, a bad answer
   (a plain "no idea" for answerable items, an invented price for unanswerable ones) scores 0.0, and a
   confused answer (the ideal one plus the first must_not_include item) scores 0.0 on every item that has one.
Run: python tests/data/qa_blind20/check_golds.py   (writes nothing outside /tmp)."""
import json
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/data/catalog/score.py"
LUMA = "/work/shared/data/catalog/catalog.yaml"


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def luma_stock():
    """sku -> stock (None for a product-level sku)."""
    with open(LUMA, encoding="utf-8") as fh:
        cat = yaml.safe_load(fh)["catalog"]["products"]
    out = {}
    for p in cat:
        out[p["sku"]] = p.get("total_stock")
        for v in p["variants"]:
            out[v["sku"]] = v["stock"]
    return out


def shop_stock():
    with open(os.path.join(HERE, "shop21", "products.json"), encoding="utf-8") as fh:
        prods = json.load(fh)["products"]
    out = {}
    for p in prods:
        out[str(p["id"])] = sum(v["inventory_quantity"] for v in p["variants"])
        for v in p["variants"]:
            out[str(v["id"])] = v["inventory_quantity"]
            if v["sku"]:
                out[v["sku"]] = v["inventory_quantity"]
    return out


def check_data(qs, stock):
    errors = []
    for q in qs:
        e = q["expect"]
        for key in filter(None, [e["sku"], q.get("context", {}).get("pinned_sku")]):
            if key not in stock:
                errors.append(f"{q['id']}: unknown sku {key}")
        if q["type"] == "stock" and e["sku"] in stock:
            first = e["must_include"][0]
            says_out = "sold out" in first
            qty = stock[e["sku"]]
            if says_out != (qty == 0):
                errors.append(f"{q['id']}: gold says {'out' if says_out else 'in'} but stock is {qty}")
    return errors


def ideal(q, cur):
    e = q["expect"]
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    parts = []
    for item in e["must_include"]:
        a = item[0] if isinstance(item, list) else item
        parts.append(f"{cur}{a}" if q["type"] in ("price", "compare") else str(a))
    return "; ".join(parts) or "hi!"


def confused(q, cur):
    """The ideal answer plus the first forbidden item (a wrong price, the compare-at price, a wrong polarity)."""
    bad_item = q["expect"]["must_not_include"][0]
    extra = f"{cur}{bad_item}" if bad_item.replace(".", "").isdigit() else bad_item
    return ideal(q, cur) + " " + extra


def bad(q, cur):
    return "No idea, sorry." if q["expect"]["answerable"] else f"That one is {cur}999.99."


def main():
    ok = True
    for qfile, stock, cur in ((os.path.join(HERE, "luma20.jsonl"), luma_stock(), "$"),
                              (os.path.join(HERE, "shop21", "questions.jsonl"), shop_stock(), "A$")):
        qs = load(qfile)
        errs = check_data(qs, stock)
        print(qfile, "data", errs if errs else "OK")
        ok &= not errs
        for name, make in (("ideal", ideal), ("bad", bad), ("confused", confused)):
            out = f"/tmp/qa_blind20_{name}.jsonl"
            subset = [q for q in qs if q["expect"]["must_not_include"] and q["expect"]["answerable"]] \
                if name == "confused" else qs
            sub_file = f"/tmp/qa_blind20_{name}_questions.jsonl"
            with open(sub_file, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in subset)
            with open(out, "w", encoding="utf-8") as f:
                for q in subset:
                    f.write(json.dumps({"id": q["id"], "answer": make(q, cur), "sku": q["expect"]["sku"]},
                                       ensure_ascii=False) + "\n")
            res = subprocess.run([sys.executable, SCORE, out, sub_file, "--details"], capture_output=True, text=True)
            last = res.stdout.strip().splitlines()[-1]
            print(qfile, name, f"n={len(subset)}", last)
            want = "qa_accuracy=1.0000" if name == "ideal" else "qa_accuracy=0.0000"
            if want not in last:
                print(res.stdout)
                ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
