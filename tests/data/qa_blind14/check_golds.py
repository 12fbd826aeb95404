"""Sanity check of the qa_blind14 question files (writes nothing outside /tmp).

1. Data consistency: every gold / pinned sku resolves in its catalog (Luma catalog.yaml, or shop15's Shopify
   products.json where a product is named by its product id and a variant by its SKU or, when the SKU is empty,
   its variant id); price golds equal the resolved variant's price (or one of the product's variant prices) and
   no forbidden number equals it; stock golds agree with the variant's inventory (0 -> sold out, >0 -> in stock).
2. Grader check with the shared score.py: an ideal answer built from each gold scores 1.0, a bad answer 0.0
   (a plain "no idea" for answerable items, an invented price for unanswerable and chitchat items).
3. Hand-written natural answers (EN/ZH, as a shop assistant would say them) grade right, and a plausible
   confused answer per question grades wrong.

Usage: python tests/data/qa_blind14/check_golds.py
"""
import importlib.util
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
    """product or variant sku -> prices and stock, from the shared Luma catalog."""
    with open(os.path.join(SHARED, "catalog.yaml"), encoding="utf-8") as fh:
        cat = yaml.safe_load(fh)["catalog"]
    idx = {}
    for p in cat["products"]:
        prices = {float(v.get("price") or p["price"]) for v in p["variants"]}
        idx[p["sku"]] = {"prices": prices, "stock": p["total_stock"]}
        for v in p["variants"]:
            idx[v["sku"]] = {"prices": {float(v.get("price") or p["price"])}, "stock": v["stock"]}
    return idx


def shop_index():
    """product id / variant sku / variant id -> prices and stock, from shop15/products.json."""
    with open(os.path.join(HERE, "shop15", "products.json"), encoding="utf-8") as fh:
        data = json.load(fh)
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

# Hand-written answers a shop assistant might give: (a correct one, in the asker's language, with natural wording;
# a confused or invented one). The correct one must grade right and the other wrong, which shows the golds are
# lenient to natural wording yet catch the plausible mistakes.
REALISTIC = {
    "l14-001": ("The Lando Gym Jacket is $99.00.", "The Lando Gym Jacket is $77.00."),
    "l14-002": ("Zeppelin Yoga Pant 售价82美元。", "Zeppelin瑜伽裤68美元。"),
    "l14-003": ("Sorry, the Zeppelin Yoga Pant in Green, size 36 is sold out. Blue 36 has 50 left.",
                "Yes, green 36 is in stock!"),
    "l14-004": ("Hero Hoodie 绿色L码已经售罄了，绿色XL还有20件。", "Hero卫衣绿色L码有货，还有14件。"),
    "l14-005": ("Yes! Sahara Leggings in Gray, size 28 is in stock, 50 left.",
                "Sorry, the Sahara Leggings gray 28 is sold out."),
    "l14-006": ("The Daphne Full-Zip Hoodie comes in Purple only.", "It comes in Purple, Blue and Gray."),
    "l14-007": ("The 65 cm Sprite Stasis Ball is $27.00.", "The Sprite Stasis Ball is $23.00."),
    "l14-008": ("有的，Juno外套带可调节的帽子 (adjustable hood)。", "Juno外套没有帽子。"),
    "l14-009": ("It's water resistant to 100 meters.", "No, the Summit Watch is not water resistant."),
    "l14-010": ("The Crown Summit Backpack has a volume of 29 L.", "It holds about 20 liters."),
    "l14-011": ("Diana Tights 59美元，Cora降落伞裤75美元，Diana更便宜。", "两条都是75美元。"),
    "l14-012": ("Hero Hoodie is $54, Daphne Full-Zip Hoodie is $59, so the Hero is cheaper.",
                "Hero Hoodie is $60 and the Daphne is $59."),
    "l14-013": ("The Celeste Sports Bra is $39.00.", "It's $24.00."),
    "l14-014": ("这个Celeste运动内衣红色L码已售罄。", "红色L码有货，还有13件。"),
    "l14-015": ("Sorry, we don't offer gift wrapping at the moment.", "Yes, we offer gift wrapping!"),
    "l14-016": ("The Zoe Tank only comes in XS to XL, no XXL, sorry.", "Yes, XXL is available."),
    "l14-017": ("Shipping to Canada is $9.95.", "Shipping to Canada is $14.95."),
    "l14-018": ("Sorry, we don't carry swimsuits.", "Yes! Swimsuits are $29.00."),
    "l14-019": ("抱歉，这款手表的资料里没有提到心率监测。", "可以测心率，只要54美元。"),
    "l14-020": ("The Fusion Backpack is sold out; I don't know when it will be restocked.",
                "It'll be back next week for $59.00."),
    "s15-001": ("山楂饼（Haw Flakes）10条装 S$3.90。", "山楂饼 S$6.50。"),
    "s15-002": ("The 500g Cebu Dried Mango is S$19.90, on sale from S$22.00.", "Dried mango is S$8.90."),
    "s15-003": ("这个双黄白莲蓉月饼礼盒现在S$58.00。", "这个礼盒68元。"),
    "s15-004": ("辣条10包装 S$11.90。", "辣条 S$6.50。"),
    "s15-005": ("The 3-box pack of Jasmine Silver Needle tea bags is S$26.50.", "It's S$29.70."),
    "s15-006": ("Sorry, the Tom Yum Goong Cup Noodles are sold out right now.", "Yes, still in stock!"),
    "s15-007": ("五香味的牛肉干已经卖完了，原味和麻辣还有货。", "五香牛肉干有货。"),
    "s15-008": ("The Musang King Durian snowskin box is sold out; the Assorted Fruits box is still available.",
                "Yes, available at S$62.00."),
    "s15-009": ("Yes, the 20 pcs Taiwanese Pineapple Tarts are in stock, 8 left.", "Sorry, the 20 pcs box is sold out."),
    "s15-010": ("Yes, the Mala Salted Egg fish skin still has 4 left!", "The mala salted egg fish skin is sold out."),
    "s15-011": ("It comes in 微辣 (mild), 中辣 (medium) and 特辣 (extra hot, sold out now).",
                "It comes in original and spicy."),
    "s15-012": ("港式奶茶有少糖口味，不过现在售罄了，原味还有货。", "有的，少糖奶茶有货。"),
    "s15-013": ("Yes, the light soy sauce also comes in a 1.9L bottle for S$14.80.", "No, it only comes in 500ml."),
    "s15-014": ("Yes, the Golden Hill Chilli Crisp contains peanuts, so it's not suitable for a peanut allergy.",
                "No, it doesn't contain peanuts."),
    "s15-015": ("是的，辣条是素食，不含肉和蛋。", "辣条不是素的。"),
    "s15-016": ("No, the soy sauce contains wheat, so it is not gluten-free.", "Yes, it's gluten free."),
    "s15-017": ("这款龙井产自浙江杭州西湖。", "龙井产自云南。"),
    "s15-018": ("The double yolk mooncakes keep 45 days from production, at room temperature.",
                "They keep about 6 months."),
    "s15-019": ("要的，kaya需要冷藏，开封后一周内吃完。", "不用放冰箱，常温就行。"),
    "s15-020": ("Goji berries are S$9.50 and red dates S$10.80, so the goji is cheaper.",
                "Red dates are S$12.80, goji S$9.50."),
    "s15-021": ("台湾卤肉面5包装S$9.80，酸辣粉6碗S$13.90，卤肉面更便宜。", "酸辣粉S$15.90，卤肉面S$9.80。"),
    "s15-022": ("Sorry, snowskin mooncakes can only be delivered within Singapore, not to Malaysia.",
                "Yes, we can send them to KL."),
    "s15-023": ("不好意思，我们不支持微信支付，可以用PayNow、信用卡、Apple Pay或GrabPay。", "可以，支持微信支付。"),
    "s15-024": ("Use code LIVE88 for 8% off during the live!", "Use code LIVE10 for 10% off."),
    "s15-025": ("新加坡满S$60包邮，不满收S$4.90运费。", "满S$50包邮。"),
    "s15-026": ("Sorry, we don't carry tapioca pearls.", "Yes, tapioca pearls are S$5.90."),
    "s15-027": ("抱歉，我们没有卖螺蛳粉。", "有的，螺蛳粉S$12.90。"),
    "s15-028": ("这个茶饼的咖啡因含量商品资料里没有说明，不太确定哦。", "熟普洱咖啡因很低，放心喝。"),
    "s15-029": ("抱歉，这个我不确定，建议咨询医生。", "可以喝，菊花茶不含咖啡因。"),
    "s15-030": ("Welcome, hi from Singapore!", "Check out the gift set, only S$88.00!"),
}


def check_realistic(qs):
    """Grade the hand-written answers with score.py's own grade()."""
    spec = importlib.util.spec_from_file_location("shared_score", SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    errors = []
    for q in qs:
        if q["id"] not in REALISTIC:
            errors.append(f"{q['id']}: no realistic answers written")
            continue
        good, wrong = REALISTIC[q["id"]]
        if not score.grade(q, {"answer": good})[0]:
            errors.append(f"{q['id']}: natural correct answer graded wrong: {good!r}")
        if score.grade(q, {"answer": wrong})[0]:
            errors.append(f"{q['id']}: confused answer graded right: {wrong!r}")
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
    with open(qfile, encoding="utf-8") as fh:
        qs = [json.loads(line) for line in fh if line.strip()]
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
        errors = check_data(qs, idx) + check_realistic(qs)
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
