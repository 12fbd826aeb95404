"""Sanity check of the qa_blind8 question files with the shared grader (score.py). Writes nothing outside /tmp.

1. Golds agree with the data: every gold sku exists (Luma catalog.yaml; shop9 products.json: variant sku,
   variant id or product id); a price item's numbers are the prices of the gold product/variant; a stock
   item's in-stock/sold-out polarity matches the gold's inventory.
2. An ideal answer built from each gold (first alternative of every must_include item) scores 1.0.
3. Hand-written natural answers (a streamer's helper would say them; both languages) score 1.0.
4. A bad answer scores 0.0: "No idea" for answerable items, an invented price for unanswerable ones, and
   for items with a forbidden price, an answer that quotes that price is graded wrong.

    python tests/data/qa_blind8/check_golds.py
"""
import json
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/data/catalog"
SCORE = os.path.join(SHARED, "score.py")
LUMA_Q = os.path.join(HERE, "luma8.jsonl")
SHOP_Q = os.path.join(HERE, "shop9", "questions.jsonl")
OOS_FIRST = "out of stock"

# Natural answers a correct bot could give; each must be graded correct (leniency check).
NATURAL = {
    "l8-01": "The Thorpe Track Pant is $68.",
    "l8-02": "Thorpe Track Pant 黑色 33码已经卖完了，黑色32和36码还有。",
    "l8-03": "No, the Taurus Elements Shell only comes in Blue, White and Yellow.",
    "l8-04": "Sorry, the listing doesn't say where the Zing Jump Rope is made.",
    "l8-05": "Bruno Compete Hoodie 63美元。",
    "l8-06": "Medium in Black is sold out right now; Blue and Green M are in stock.",
    "l8-09": "Emma Leggings 有蓝色、紫色和红色。",
    "l8-10": "Yes, Red in 29 is in stock, but only 1 left!",
    "l8-12": "Yes, it's waterproof, breathable and seam sealed.",
    "l8-13": "The 65 cm Sprite Stasis Ball is $27.",
    "l8-14": "65cm 灰色的目前缺货，蓝色和粉色还有。",
    "l8-18": "抱歉，我们没有卖不粘锅。",
    "s9-01": "The Hearthline Tri-Ply Frying Pan in 24cm is $74.00 CAD.",
    "s9-02": "28cm的陶瓷不粘锅现在特价59加元（原价79）。",
    "s9-03": "Yes! The Copperline Cordless Glass Kettle is on sale for $69.99 (regular $89.99).",
    "s9-04": "Sorry, the 28cm is sold out. The 20cm ($59) and 24cm ($74) are in stock.",
    "s9-05": "5.2L Ocean Blue 已经售罄了，5.2L 的红色和黑色还有货。",
    "s9-06": "Yes, 3.8L Cherry Red is in stock - only 4 left!",
    "s9-07": "No green, sorry: it comes in Cherry Red, Ocean Blue and Matte Black.",
    "s9-08": "有两种长度：18cm 和 21cm。",
    "s9-10": "No, the ceramic skillet is not induction compatible (gas, electric and ceramic hobs only).",
    "s9-11": "不行，铸铁锅不能放洗碗机，要手洗后马上擦干再抹一层油。",
    "s9-12": "It has a VG-10 steel core with 67 layers of Damascus cladding.",
    "s9-13": "It's 1200W.",
    "s9-14": "可以，玻璃盒可以进微波炉，盖子要打开气孔；盖子不能进烤箱。",
    "s9-16": "The Kasumi Santoku is $109 and the 21cm Chef's Knife is $149, so $40 difference.",
    "s9-17": "竹子砧板三件套便宜，34.99加元；胡桃木大号要129加元。",
    "s9-19": "可以！Kasumi 的刀可以激光刻字，每把15加元，会多3个工作日，刻字后不退换。",
    "s9-20": "Nope, only one code per order.",
    "s9-21": "Sorry, we only ship within Canada and to the US.",
    "s9-22": "用过的锅只有质量问题（有缺陷）才能退，没用过的30天内可以退。",
    "s9-23": "Sorry, we don't carry air fryers.",
    "s9-25": "Not sure, the listing doesn't say where it's made.",
    "s9-26": "It's sold out and there's no restock date yet, sorry.",
    "s9-27": "The Copper finish is $129.",
    "s9-28": "Yes, the 23cm springform is in stock (7 left).",
}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def first(item):
    return item[0] if isinstance(item, list) else item


def luma_index():
    with open(os.path.join(SHARED, "catalog.yaml"), encoding="utf-8") as f:
        cat = yaml.safe_load(f)["catalog"]
    out = {}
    for p in cat["products"]:
        out[p["sku"]] = [(float(v.get("price", p["price"])), v["stock"]) for v in p["variants"]]
        for v in p["variants"]:
            out[v["sku"]] = [(float(v.get("price", p["price"])), v["stock"])]
    return out


def shop_index():
    with open(os.path.join(HERE, "shop9", "products.json"), encoding="utf-8") as f:
        prods = json.load(f)["products"]
    out = {}
    for p in prods:
        out[str(p["id"])] = [(float(v["price"]), v["inventory_quantity"]) for v in p["variants"]]
        for v in p["variants"]:
            row = [(float(v["price"]), v["inventory_quantity"])]
            out[str(v["id"])] = row
            if v["sku"]:
                out[v["sku"]] = row
    return out


def check_data(qs, index):
    errors = []
    for q in qs:
        e, sku = q["expect"], q["expect"]["sku"]
        pinned = (q.get("context") or {}).get("pinned_sku")
        for s in (sku, pinned):
            if s and s not in index:
                errors.append(f"{q['id']}: unknown sku {s}")
        if not sku or sku not in index:
            continue
        rows = index[sku]
        if q["type"] == "price":
            prices = {p for p, _ in rows}
            nums = [float(x) for x in e["must_include"] if isinstance(x, str) and x.replace(".", "").isdigit()]
            if not nums or any(n not in prices for n in nums):
                errors.append(f"{q['id']}: price gold {nums} not in {sorted(prices)}")
            bad = [float(x) for x in e["must_not_include"]]
            if any(b in prices and len(prices) == 1 for b in bad):
                errors.append(f"{q['id']}: a forbidden price is the product's price")
        if q["type"] == "stock":
            sold_out = first(e["must_include"][0]) == OOS_FIRST
            total = sum(s for _, s in rows)
            if sold_out != (total == 0):
                errors.append(f"{q['id']}: stock gold says sold_out={sold_out}, data has {total}")
    return errors


def ideal(q):
    e = q["expect"]
    if q["type"] == "chitchat":
        return "haha thanks for watching!"
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    money = q["type"] in ("price", "compare")
    return "; ".join(f"${first(x)}" if money and first(x).replace(".", "").isdigit() else str(first(x))
                     for x in e["must_include"])


def bad(q):
    return "No idea, sorry." if q["expect"]["answerable"] and q["type"] != "chitchat" else "That one is $999.99."


def confused(q):
    """Quotes a forbidden price (only for items that have one)."""
    nums = [x for x in q["expect"]["must_not_include"] if str(x).replace(".", "").isdigit()]
    return f"{ideal(q)} - or ${nums[0]}" if nums else None


def score(qfile, qs, make, tag, want):
    out = f"/tmp/qa_blind8_{tag}.jsonl"
    rows = [(q, make(q)) for q in qs]
    rows = [(q, a) for q, a in rows if a is not None]
    with open(out, "w", encoding="utf-8") as f:
        for q, a in rows:
            f.write(json.dumps({"id": q["id"], "answer": a, "sku": q["expect"]["sku"]}, ensure_ascii=False) + "\n")
    sub = f"/tmp/qa_blind8_{tag}_q.jsonl"
    with open(sub, "w", encoding="utf-8") as f:
        for q, _ in rows:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, SCORE, out, sub, "--details"], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1]
    print(f"{os.path.basename(qfile):<16} {tag:<9} n={len(rows):<3} {last}")
    if f"qa_accuracy={want}" not in last:
        print(res.stdout)
        return False
    return True


def main():
    ok = True
    for qfile, index in ((LUMA_Q, luma_index()), (SHOP_Q, shop_index())):
        qs = load(qfile)
        errors = check_data(qs, index)
        for err in errors:
            print("DATA", err)
        ok &= not errors
        ok &= score(qfile, qs, ideal, "ideal", "1.0000")
        ok &= score(qfile, qs, lambda q: NATURAL.get(q["id"]), "natural", "1.0000")
        ok &= score(qfile, qs, bad, "bad", "0.0000")
        ok &= score(qfile, qs, confused, "confused", "0.0000")
    print("ALL OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
