"""Sanity check of blind round 10 (luma10.jsonl, shop11/questions.jsonl) with the shared grader score.py.

1. Every gold is re-derived from the data it is about (catalog.yaml / faq.yaml for Luma, shop11/products.json /
   shop11/faq.yaml for the shop): prices, compare-at prices, stock, option values, body_html facts, FAQ facts,
   and the absence of the facts behind each unanswerable item.
2. Every expect.sku / context.pinned_sku resolves: a product SKU or variant SKU (Luma); for the Shopify export a
   product id, a variant id (the SKU of a variant whose sku is ""), a variant SKU, or for expect.sku a SKU prefix
   that score.py's sku_ok() matches against the product's variant SKUs ("PF-ISO" ~ "PF-ISO-CHF-1000").
3. A natural, hand-written correct answer to each question scores correct, and so does a terse answer built from
   the gold; a confident wrong answer scores wrong AND answered_wrong; "No idea, sorry." to an answerable item is
   a miss; an invented price for an unanswerable item is answered_wrong. Per item via score.grade(), and the
   summary line via `python score.py` (ideal 1.0000, bad 0.0000).
Writes only under /tmp. Exit 1 on any failure.  Usage: python tests/data/qa_blind10/check_golds.py
"""
import importlib.util
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = "/work/shared/data/catalog"
SCORE = os.path.join(SHARED, "score.py")
LUMA_Q = os.path.join(HERE, "luma10.jsonl")
SHOP_Q = os.path.join(HERE, "shop11", "questions.jsonl")

spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

FAILS = []


def check(cond, msg):
    if not cond:
        FAILS.append(msg)


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ------------------------------------------------------------------------------------------------ Luma data
with open(os.path.join(SHARED, "catalog.yaml"), encoding="utf-8") as f:
    LUMA = {p["sku"]: p for p in yaml.safe_load(f)["catalog"]["products"]}
with open(os.path.join(SHARED, "faq.yaml"), encoding="utf-8") as f:
    LUMA_FAQ = {e["id"]: e for e in yaml.safe_load(f)["faq"]}
LUMA_VARIANTS = {v["sku"]: (p, v) for p in LUMA.values() for v in p["variants"]}


def lp(sku):
    return LUMA[sku]["price"]


def lv(sku):
    return LUMA_VARIANTS[sku][1]


def ltext(sku):
    p = LUMA[sku]
    return " ".join([p["name"], p.get("description") or "", " ".join(p.get("features") or []),
                     json.dumps(p.get("attributes") or {})]).lower()


def lopts(sku, key):
    return {v["options"].get(key) for v in LUMA[sku]["variants"]}


LUMA_FACTS = {
    "l10-001": lp("MJ08") == 99 and {lp("MJ07"), lp("MJ09"), lp("MP05")} == {72, 65, 57},
    "l10-002": lp("MP08") == 82 and lp("WP01") == 39 and lp("MP07") == 68,
    "l10-003": {v["options"]["size"]: v.get("price", lp("24-WG08")) for v in LUMA["24-WG08"]["variants"]}
    == {"55 cm": 23, "65 cm": 27, "75 cm": 32},
    "l10-004": lv("24-WG082-gray")["stock"] == 0 and lv("24-WG082-gray")["options"] == {"size": "65 cm",
                                                                                         "colour": "Gray"},
    "l10-005": not re.search(r"made in|vietnam|china|origin", ltext("MJ08")),
    "l10-006": lv("MH07-L-Green")["stock"] == 0,
    "l10-007": LUMA["24-MG03"]["total_stock"] == 3,
    "l10-008": lopts("WJ01", "size") == {"S", "M", "L"},
    "l10-009": lopts("WH06", "colour") == {"Purple"},
    "l10-010": lopts("MJ07", "colour") == {"Black", "Red", "Yellow"},
    "l10-011": "water resistant (100 meters)" in ltext("24-MG03"),
    "l10-012": "60% cotton / 40% polyester" in ltext("WH06"),
    "l10-013": 'l 29" x w 13" x h 11"' in ltext("24-MB01"),
    "l10-014": lp("24-WG02") == 92 and lp("24-WG01") == 49,
    "l10-015": lp("WJ06") == 77 and lp("WJ01") == 75,
    "l10-016": LUMA_FAQ["faq-ship-cost"]["facts"]["free_us_threshold_usd"] == 75,
    "l10-017": "WeChat Pay" in LUMA_FAQ["faq-payment"]["facts"]["not_accepted"],
    "l10-018": lp("24-UG06") == 7 and lp("24-UG04") == 12 and lp("24-WG084") == 5,
    "l10-019": not any("protein" in p["name"].lower() for p in LUMA.values()),
    "l10-020": LUMA["24-MB02"]["total_stock"] == 0 and "restock" not in ltext("24-MB02"),
}


def luma_sku_ok(s):
    return s in LUMA or s in LUMA_VARIANTS


# ------------------------------------------------------------------------------------------------ shop data
with open(os.path.join(HERE, "shop11", "products.json"), encoding="utf-8") as f:
    SHOP = {p["handle"]: p for p in json.load(f)["products"]}
with open(os.path.join(HERE, "shop11", "faq.yaml"), encoding="utf-8") as f:
    SHOP_FAQ = {e["id"]: e for e in yaml.safe_load(f)["faq"]}
ALL_VARIANTS = [(p, v) for p in SHOP.values() for v in p["variants"]]


def var(handle, *opts):
    p = SHOP[handle]
    hits = [v for v in p["variants"] if [v[f"option{i + 1}"] for i in range(len(opts))] == list(opts)]
    assert len(hits) == 1, (handle, opts, len(hits))
    return hits[0]


def prices(handle, **by_opt):
    """{option value: price} for products whose other options do not change the price (asserted)."""
    p = SHOP[handle]
    out = {}
    for v in p["variants"]:
        key = v[by_opt.get("opt", "option1")]
        assert out.setdefault(key, (v["price"], v["compare_at_price"])) == (v["price"], v["compare_at_price"])
    return out


def body(handle):
    return re.sub(r"<[^>]+>", " ", SHOP[handle]["body_html"]).lower()


def everything():
    return " ".join(p["title"] + " " + body(h) + " " + " ".join(p["tags"]) for h, p in SHOP.items()).lower()


def opt_values(handle, name):
    return next(o["values"] for o in SHOP[handle]["options"] if o["name"] == name)


ISO, DW, CRE = "pureform-whey-isolate-90", "pureform-daily-whey", "pureform-creatine-monohydrate-creapure"
MAT, CORK, BAND = "flowmat-gripflow-yoga-mat-6mm", "flowmat-cork-yoga-mat-4mm", "ironpeak-power-loop-resistance-band"
BAR, LEVER, NYLON = "pureform-crunch-protein-bar", "ironpeak-10mm-lever-lifting-belt", "ironpeak-nylon-training-belt"
VORTEX, STEEL = "vortex-shaker-bottle-700ml", "ironpeak-insulated-steel-shaker-750ml"
SHOP_FACTS = {
    "s11-001": prices(ISO, opt="option2") == {"1kg": ("36.90", None), "2.27kg": ("74.90", None)},
    "s11-002": prices(DW, opt="option2") == {"1kg": ("24.90", "29.90"), "2.27kg": ("49.90", "59.90")},
    "s11-003": prices(CRE) == {"300g": ("17.90", None), "500g": ("24.90", None), "1kg": ("39.90", "44.90")}
    and var(CRE, "1kg")["sku"] == "PF-CRE-1000",
    "s11-004": prices(BAR, opt="option2") == {"Single 60g": ("2.49", None), "12 x 60g": ("26.90", "29.90")},
    "s11-005": prices(LEVER) == {s: ("89.00", None) for s in ["S", "M", "L", "XL"]}
    and "leather" in body(LEVER) and "leather" not in body(NYLON)
    and prices(NYLON) == {s: ("29.90", "39.90") for s in ["S", "M", "L", "XL"]},
    "s11-006": {v["sku"]: v["price"] for v in SHOP[BAND]["variants"]}
    == {"IP-PL-YEL": "12.90", "IP-PL-RED": "16.90", "IP-PL-BLA": "22.90", "IP-PL-PUR": "27.90"}
    and SHOP["ironpeak-power-loop-band-set-4-bands"]["variants"][0]["price"] == "64.90",
    "s11-007": var(ISO, "Chocolate Fudge", "2.27kg")["inventory_quantity"] == 0
    and not var(ISO, "Chocolate Fudge", "2.27kg")["available"],
    "s11-008": var(MAT, "Sage Green")["inventory_quantity"] == 0 and var(MAT, "Sage Green")["id"] == 43118552001045
    and var(MAT, "Sage Green")["sku"] == "" and "Colour" not in [o["name"] for o in SHOP[CORK]["options"]],
    "s11-009": all(v["inventory_quantity"] == 0 and not v["available"] for v in SHOP[CORK]["variants"]),
    "s11-010": var("ironpeak-7mm-knee-sleeves-pair", "XXL")["inventory_quantity"] == 6,
    "s11-011": var(ISO, "Salted Caramel", "1kg")["inventory_quantity"] == 4,
    "s11-012": opt_values("pureform-vegan-protein-blend", "Flavour")
    == ["Chocolate Hazelnut", "Vanilla Cinnamon", "Unflavoured"]
    and SHOP["pureform-vegan-protein-blend"]["id"] == 7912330010074,
    "s11-013": var(VORTEX, "Bubblegum Pink")["id"] == 43118552000638 and var(VORTEX, "Bubblegum Pink")["available"]
    and "Pink" not in " ".join(opt_values("vortex-pro-shaker-1l-with-storage", "Colour")),
    "s11-014": var(MAT, "Midnight Black")["id"] == 43118552001056 and var(MAT, "Midnight Black")["available"]
    and SHOP[MAT]["id"] == 7912330010925,
    "s11-015": opt_values(LEVER, "Size") == ["S", "M", "L", "XL"],
    "s11-016": [v.split(" - ")[1].split(" (")[0] for v in opt_values(BAND, "Resistance")]
    == ["Light", "Medium", "Heavy", "X-Heavy"],
    "s11-017": "protein per serving: 24g" in body("pureform-micellar-casein")
    and var("pureform-micellar-casein", "Chocolate Fudge")["sku"] == "PF-CAS-CHF-908",
    "s11-018": "caffeine: 200mg" in body("ignite-pre-workout"),
    "s11-019": "not suitable for vegans" in body(DW) and "milk" in body(DW),
    "s11-020": all(w in body("greenbar-vegan-protein-bar-12-x-55g") for w in ("peanuts", "almonds"))
    and SHOP["greenbar-vegan-protein-bar-12-x-55g"]["id"] == 7912330010444,
    "s11-021": "183 x 61 cm, thickness 6mm" in body(MAT),
    "s11-022": prices(VORTEX) and {v["price"] for v in SHOP[VORTEX]["variants"]} == {"9.90"}
    and {v["price"] for v in SHOP[STEEL]["variants"]} == {"24.90"},
    "s11-023": var(ISO, "Vanilla Bean", "1kg")["price"] == "36.90" and var(DW, "Chocolate", "1kg")["price"] == "24.90",
    "s11-024": SHOP_FAQ["faq-discount-live"]["facts"]["code"] == "LIVE15",
    "s11-025": SHOP_FAQ["faq-hygiene"]["facts"]["opened_supplements_returnable"] is False,
    "s11-026": SHOP_FAQ["faq-ship-regions"]["facts"]["no_shipping_outside_europe"] is True,
    "s11-027": "restock" not in everything() and "back in stock" not in everything(),
    "s11-028": "halal" not in everything(),
    "s11-029": "treadmill" not in everything(),
    "s11-030": not re.search(r"ashwagandha|testosterone|test booster", everything()),
}


def shop_ids(pinned):
    """What an identifier may be: product id, variant id, variant SKU; for expect.sku also a SKU prefix."""
    ids = {str(p["id"]) for p in SHOP.values()} | {str(v["id"]) for _, v in ALL_VARIANTS}
    skus = {v["sku"] for _, v in ALL_VARIANTS if v["sku"]}
    return ids | skus, skus


def shop_sku_ok(s, pinned):
    exact, skus = shop_ids(pinned)
    if s in exact:
        return True
    return not pinned and any(score.sku_ok(s, k) for k in skus)


# ------------------------------------------------------------------------------------------------ answers
IDEAL = {
    "l10-001": "The Lando Gym Jacket is $99.",
    "l10-002": "Zeppelin瑜伽裤82美元。",
    "l10-003": "The 75 cm Sprite Stasis Ball is $32.",
    "l10-004": "Sorry, the Gray 65 cm Sprite Stasis Ball is sold out right now.",
    "l10-005": "Sorry, I don't know where the Lando Gym Jacket is made; the listing doesn't say.",
    "l10-006": "Hero卫衣绿色L码已经售罄了。",
    "l10-007": "Only 3 Summit Watches left!",
    "l10-008": "No, the Stellar Solar Jacket only comes in S, M and L.",
    "l10-009": "没有白色哦，这款Daphne卫衣只有紫色。",
    "l10-010": "The Orion Two-Tone Fitted Jacket comes in Black, Red and Yellow.",
    "l10-011": "The Summit Watch is water resistant to 100 meters.",
    "l10-012": "Daphne卫衣是60%棉、40%聚酯纤维。",
    "l10-013": 'The Joust Duffle Bag is L 29" x W 13" x H 11".',
    "l10-014": "The Bolo Sport Watch is cheaper at $49; the Didi Sport Watch is $92.",
    "l10-015": "Juno外套77美元，Stellar外套75美元，Juno贵一点。",
    "l10-016": "US shipping is free on orders of $75 or more, otherwise it's $6.95.",
    "l10-017": "Sorry, we don't accept WeChat Pay.",
    "l10-018": "The Affirm Water Bottle is $7.",
    "l10-019": "Sorry, we don't carry protein powder.",
    "l10-020": "Fusion背包目前售罄，暂无补货日期。",
    "s11-001": "The PureForm Whey Isolate 90 in 2.27kg is €74.90.",
    "s11-002": "Yes! PureForm Daily Whey 1kg is on sale for €24.90 (was €29.90).",
    "s11-003": "Creapure肌酸1kg装39.90欧元。",
    "s11-004": "A box of 12 PureForm Crunch Protein Bars is €26.90.",
    "s11-005": "IronPeak 10mm杠杆皮腰带89欧元。",
    "s11-006": "This Power Loop band (Red - Medium) is €16.90.",
    "s11-007": "Sorry, the Chocolate Fudge Whey Isolate 90 in 2.27kg is sold out.",
    "s11-008": "The Sage Green GripFlow yoga mat is sold out, sorry.",
    "s11-009": "Sorry, the Flowmat Cork Yoga Mat 4mm is sold out.",
    "s11-010": "Yes, XXL knee sleeves are in stock: 6 pairs left.",
    "s11-011": "盐焦糖味分离乳清1kg还有货，只剩4桶了。",
    "s11-012": "PureForm Vegan Protein Blend comes in Chocolate Hazelnut, Vanilla Cinnamon and Unflavoured.",
    "s11-013": "Yes, the Vortex Shaker Bottle 700ml comes in Bubblegum Pink.",
    "s11-014": "有的，这款GripFlow瑜伽垫有Midnight Black（黑色），有货。",
    "s11-015": "No, the lever belt only goes up to XL (S, M, L, XL).",
    "s11-016": "Power Loop bands come in Light (5-15 kg), Medium (11-29 kg), Heavy (23-57 kg) and X-Heavy (27-79 kg).",
    "s11-017": "One 33g scoop of PureForm Micellar Casein has 24g of protein.",
    "s11-018": "Ignite氮泵每勺含200mg咖啡因（无咖啡因版本是0mg）。",
    "s11-019": "No, PureForm Daily Whey is not vegan: it contains milk and soy.",
    "s11-020": "GreenBar蛋白棒含有花生和杏仁，坚果过敏请不要吃。",
    "s11-021": "The GripFlow mat is 183 x 61 cm and 6mm thick.",
    "s11-022": "The Vortex 700ml shaker is €9.90 and the Insulated Steel Shaker is €24.90, so €15 more for the steel one.",
    "s11-023": "1kg的话Daily Whey更便宜：24.90欧元，Isolate 90是36.90欧元。",
    "s11-024": "Use code LIVE15 for 15% off while the stream is live!",
    "s11-025": "开封的蛋白粉不能退哦，出于食品安全原因只接受未开封的退货。",
    "s11-026": "Sorry, we only ship within Europe (EU, UK, Switzerland, Norway), not to the US.",
    "s11-027": "The Cork Yoga Mat is sold out and there's no restock date yet, sorry.",
    "s11-028": "Sorry, I don't know: halal certification isn't listed for the Whey Isolate 90.",
    "s11-029": "抱歉，我们不卖跑步机。",
    "s11-030": "Sorry, we don't carry ashwagandha or test boosters.",
}
BAD = {
    "l10-001": "The Lando Gym Jacket is $72.",
    "l10-002": "Zeppelin瑜伽裤39美元。",
    "l10-003": "The 75 cm Stasis Ball is $23.",
    "l10-004": "Yes, the Gray 65 cm is in stock, 20 left.",
    "l10-005": "The Lando Gym Jacket is made in Vietnam.",
    "l10-006": "Hero卫衣绿色L码有货，还有14件。",
    "l10-007": "The Summit Watch is sold out.",
    "l10-008": "Yes, the Stellar Solar Jacket comes in XL.",
    "l10-009": "是的，这个有白色。",
    "l10-010": "The Orion jacket comes in Blue and Green.",
    "l10-011": "The Summit Watch is not water resistant.",
    "l10-012": "Daphne卫衣是羊毛的。",
    "l10-013": 'The Joust Duffle is 18" x 10" x 6".',
    "l10-014": "The Didi is $72 and the Bolo is $45.",
    "l10-015": "Juno外套80美元，Stellar外套70美元。",
    "l10-016": "Shipping is free on orders over $50.",
    "l10-017": "Yes, we accept WeChat Pay!",
    "l10-018": "This one is $12.",
    "l10-019": "Yes, our whey protein is $29.99.",
    "l10-020": "Fusion背包下周一补货。",
    "s11-001": "The Whey Isolate 90 2.27kg is €36.90.",
    "s11-002": "Daily Whey 1kg is €24.90, it is not on sale right now.",
    "s11-003": "肌酸1公斤是24.90欧元。",
    "s11-004": "The Crunch bar box is €29.90.",
    "s11-005": "举重腰带29.90欧元。",
    "s11-006": "This one is €27.90.",
    "s11-007": "Yes, Chocolate Fudge 2.27kg is in stock!",
    "s11-008": "Yes, the green mat is in stock.",
    "s11-009": "The cork mat is in stock, 12 left.",
    "s11-010": "Sorry, XXL is sold out.",
    "s11-011": "盐焦糖1kg已经售罄。",
    "s11-012": "Chocolate and Vanilla.",
    "s11-013": "No, the Vortex shaker doesn't come in pink.",
    "s11-014": "没有黑色，只有绿色。",
    "s11-015": "Yes, XXL is available.",
    "s11-016": "Light and Heavy.",
    "s11-017": "The casein is €32.90.",
    "s11-018": "Ignite氮泵不含咖啡因。",
    "s11-019": "Yes, Daily Whey is vegan.",
    "s11-020": "GreenBar不含坚果，放心吃。",
    "s11-021": "It's 173 x 61 cm, 4mm thick.",
    "s11-022": "Vortex €14.90, steel €29.90.",
    "s11-023": "Isolate 90 36.90，Daily Whey 29.90。",
    "s11-024": "Use code LIVE10!",
    "s11-025": "可以退，30天内都行。",
    "s11-026": "Yes, we ship to the US!",
    "s11-027": "Back in stock next Monday at €64.90.",
    "s11-028": "Yes, it's halal certified.",
    "s11-029": "有的，跑步机599元。",
    "s11-030": "Yes, our test booster is €39.90.",
}


def terse(q):
    """An answer made of the first alternative of each gold item (prices with a € sign)."""
    e = q["expect"]
    if not e["answerable"]:
        return "Sorry, I don't know that one - please ask the host."
    parts = []
    for item in e["must_include"]:
        a = item[0] if isinstance(item, list) else item
        parts.append(f"€{a}" if q["type"] in ("price", "compare") and score.is_number(a) else str(a))
    return "; ".join(parts) or "hi!"


def miss(q):
    return "No idea, sorry." if q["expect"]["answerable"] else "That one is €999.99."


TYPES = {"price", "stock", "variant", "attribute", "faq", "compare", "unknown", "chitchat"}


def structure(qs, prefix, sku_ok):
    ids = [q["id"] for q in qs]
    check(len(ids) == len(set(ids)), f"{prefix}: duplicate ids")
    for q in qs:
        e = q["expect"]
        check(q["id"].startswith(prefix), f"{q['id']}: id prefix")
        check(q["type"] in TYPES and q["lang"] in ("en", "zh"), f"{q['id']}: type/lang")
        check(set(e) == {"sku", "must_include", "must_not_include", "answerable"}, f"{q['id']}: expect keys")
        check(e["answerable"] == (q["type"] != "unknown"), f"{q['id']}: answerable must be false iff type unknown")
        check(bool(re.search(r"[\u4e00-\u9fff]", q["question"])) == (q["lang"] == "zh"), f"{q['id']}: lang vs text")
        if e["sku"] is not None:
            check(sku_ok(e["sku"], False), f"{q['id']}: expect.sku {e['sku']!r} does not resolve")
        pin = (q.get("context") or {}).get("pinned_sku")
        if pin is not None:
            check(sku_ok(pin, True), f"{q['id']}: pinned_sku {pin!r} does not resolve")


def grade_all(qfile, qs, make, tag):
    out = f"/tmp/qa_blind10_{os.path.basename(qfile).split('.')[0]}_{tag}.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps({"id": q["id"], "answer": make(q), "sku": q["expect"]["sku"]}, ensure_ascii=False)
                    + "\n")
    res = subprocess.run([sys.executable, SCORE, out, qfile, "--details"], capture_output=True, text=True)
    last = res.stdout.strip().splitlines()[-1]
    want = "qa_accuracy=1.0000 answered_wrong=0.0000" if tag in ("ideal", "terse") else "qa_accuracy=0.0000"
    print(f"{os.path.relpath(qfile, HERE)} {tag:<6} {last}")
    check(want in last, f"{qfile} {tag}: {last}\n{res.stdout}")
    for q in qs:
        ok, wrong = score.grade(q, {"answer": make(q)})
        if tag in ("ideal", "terse"):
            check(ok and not wrong, f"{q['id']} {tag} answer not graded correct: {make(q)!r}")
        elif tag == "bad":
            check(not ok and wrong, f"{q['id']} bad answer not graded answered_wrong: {make(q)!r}")
        else:  # miss: a plain IDK is a miss (not answered_wrong); an invented price is answered_wrong
            check(not ok and wrong == (not q["expect"]["answerable"]), f"{q['id']} miss graded ok={ok} wrong={wrong}")


def main():
    luma, shop = load_jsonl(LUMA_Q), load_jsonl(SHOP_Q)
    structure(luma, "l10-", lambda s, pinned: luma_sku_ok(s))
    structure(shop, "s11-", shop_sku_ok)
    for facts, qs in ((LUMA_FACTS, luma), (SHOP_FACTS, shop)):
        check(set(facts) == {q["id"] for q in qs}, "a question without a data check, or a check without question")
        for qid, ok in facts.items():
            check(bool(ok), f"{qid}: gold not supported by the data")
    check(set(IDEAL) == set(BAD) == {q["id"] for q in luma + shop}, "IDEAL/BAD must cover every question")
    for qfile, qs in ((LUMA_Q, luma), (SHOP_Q, shop)):
        grade_all(qfile, qs, lambda q: IDEAL[q["id"]], "ideal")
        grade_all(qfile, qs, terse, "terse")
        grade_all(qfile, qs, lambda q: BAD[q["id"]], "bad")
        grade_all(qfile, qs, miss, "miss")
    for msg in FAILS:
        print("FAIL:", msg)
    print("check_golds:", "FAILED" if FAILS else "OK", f"({len(luma)} luma + {len(shop)} shop questions)")
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
