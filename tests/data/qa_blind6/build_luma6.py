#!/usr/bin/env python3
"""Rebuild luma6.jsonl (30 held-out questions on the Luma catalog) with gold checked against catalog.yaml.

Usage: python build_luma6.py [CATALOG_DIR]   (default /work/shared/data/catalog)
Gold prices/stock are read from the catalog, never typed by hand; a question whose premise does not hold
(e.g. a variant meant to be sold out that is in stock) stops the build.
"""
import json
import os
import sys

import yaml
from qa_lists import IN_STOCK, NO, NO_YES, OOS, YES, YES_NO, ideal

HERE = os.path.dirname(os.path.abspath(__file__))
CAT_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/catalog"
with open(os.path.join(CAT_DIR, "catalog.yaml"), encoding="utf-8") as fh:
    products = {p["sku"]: p for p in yaml.safe_load(fh)["catalog"]["products"]}
variants = {v["sku"]: (p, v) for p in products.values() for v in p["variants"]}


def price(sku):
    if sku in products:
        return products[sku]["price"]
    p, v = variants[sku]
    return v.get("price", p["price"])


def num(x):
    return str(int(x)) if float(x).is_integer() else str(x)


def stock(sku):
    return products[sku]["total_stock"] if sku in products and sku not in variants else variants[sku][1]["stock"]


out = []


def q(qid, text, lang, typ, sku, inc, exc=(), answerable=True, pinned=None):
    item = {"id": qid, "question": text, "lang": lang, "type": typ,
            "expect": {"sku": sku, "must_include": list(inc), "must_not_include": list(exc), "answerable": answerable}}
    if pinned:
        item["context"] = {"pinned_sku": pinned}
    out.append(item)


def q_price(qid, text, lang, sku, others, pinned=None):
    q(qid, text, lang, "price", sku, [num(price(sku))], [num(price(o)) for o in others], pinned=pinned)


def q_stock(qid, text, lang, sku, expect_in, pinned=None):
    n = stock(sku)
    assert (n > 0) == expect_in, (qid, sku, n)
    if expect_in:
        q(qid, text, lang, "stock", sku, [IN_STOCK + [str(n)]], OOS, pinned=pinned)
    else:
        q(qid, text, lang, "stock", sku, [OOS], [], pinned=pinned)


def has_variant(sku, size=None, colour=None):
    return any((size is None or v["options"].get("size") == size) and (colour is None or v["options"].get("colour") == colour)
               for v in products[sku]["variants"])


# --- price (5)
q_price("l6-01", "thorpe track pants how much", "en", "MP07", ["MP08", "MP05"])
q_price("l6-02", "Stark卫衣多少钱呀", "zh", "MH06", ["MH01", "MH07"])
q("l6-03", "how much is the 75cm one", "en", "price", "24-WG08", [num(price("24-WG083-blue"))],
  [num(price("24-WG081-blue")), num(price("24-WG082-blue"))], pinned="24-WG08")
q_price("l6-04", "jupitor all weather trainer price?", "en", "MJ06", ["MJ02", "MJ03"])
q_price("l6-05", "这个多少钱", "zh", "WJ06", ["WJ01", "WJ07"], pinned="WJ06")
# --- stock (7)
q_stock("l6-07", "sahara leggings blue 28 in stock?", "en", "WP05-28-Blue", False)
q_stock("l6-08", "Phoebe卫衣紫色S码还有吗", "zh", "WH07-S-Purple", False)
q_stock("l6-09", "fusion backpack still available??", "en", "24-MB02", False)
q_stock("l6-10", "gobi tee black L any left", "en", "MS04-L-Black", False)
q_stock("l6-11", "Artemis短裤绿色29码有货吗", "zh", "WSH04-29-Green", True)
q_stock("l6-12", "the gray one in 65cm any left", "en", "24-WG082-gray", False, pinned="24-WG08")
q_stock("l6-13", "affirm water bottle in stock rn", "en", "24-UG06", True)
# --- variant (5)
assert not has_variant("MH06", size="XXL")
q("l6-14", "does the stark fundamental hoodie come in XXL", "en", "variant", "MH06", [NO], NO_YES)
assert not has_variant("MH06", colour="White")
q("l6-15", "这个hoodie有白色吗", "zh", "variant", "MH06", [NO], NO_YES, pinned="MH06")
q("l6-16", "what sizes does the sprite stasis ball come in", "en", "variant", "24-WG08", ["55", "65", "75"])
q("l6-17", "Juno外套有几个颜色", "zh", "variant", "WJ06", [["blue", "蓝"], ["green", "绿"], ["purple", "紫"]])
assert stock("MP07-36-Purple") > 0
q("l6-18", "the purple one, is there a 36?", "en", "variant", "MP07", [YES + ["36"]], ["doesn't", "does not", "don't"],
  pinned="MP07")
# --- attribute (4)
assert any("Machine wash" in f for f in products["WJ06"]["features"])
q("l6-19", "is the juno jacket machine washable", "en", "attribute", "WJ06", [YES + ["machine wash"]], YES_NO)
q("l6-20", "Lando夹克是什么面料", "zh", "attribute", "MJ08",
  [["spandex", "氨纶", "弹力纤维"], ["polyester", "聚酯", "涤纶"]])
assert 'Strap fits 7" to 8.0"' in products["24-MG04"]["features"]
q("l6-21", "aim analog watch strap size?", "en", "attribute", "24-MG04", ["7", "8"])
assert 'Dimensions: 18" x 10" x 6"' in products["24-MB02"]["features"]
q("l6-22", "fusion backpack dimensions pls", "en", "attribute", "24-MB02", ["18", "10", "6"])
# --- faq (3)
q("l6-23", "满多少包邮", "zh", "faq", None, ["75"])
q("l6-24", "can i use LIVE10 and WELCOME15 together", "en", "faq", None, [NO], ["yes", "yep", "是的"])
q("l6-25", "do you guys do gift wrap", "en", "faq", None, [NO], NO_YES)
# --- compare (2)
q("l6-26", "which is cheaper the hero hoodie or the stark hoodie", "en", "compare", None,
  [num(price("MH07")), num(price("MH06"))])
q("l6-27", "Sahara打底裤和Karmen瑜伽裤差多少钱", "zh", "compare", None, [num(price("WP05")), num(price("WP01"))])
# --- unknown (3)
q("l6-06", "is the hero hoodie made in the usa?", "en", "unknown", "MH07", [], [], answerable=False)
q("l6-28", "do u sell lululemon align leggings", "en", "unknown", None, [], [], answerable=False)
q("l6-29", "when is the fusion backpack coming back in stock", "en", "unknown", "24-MB02", [], [], answerable=False)
# --- chitchat (1)
q("l6-30", "主播今天好漂亮 the music is fire 🔥🔥", "zh", "chitchat", None, [])

assert len(out) == 30 and len({x["id"] for x in out}) == 30
for x in out:  # every gold sku exists
    s = x["expect"]["sku"]
    assert s is None or s in products or s in variants, s
    p = (x.get("context") or {}).get("pinned_sku")
    assert p is None or p in products or p in variants, p
out.sort(key=lambda x: x["id"])
with open(os.path.join(HERE, "luma6.jsonl"), "w", encoding="utf-8") as f:
    for x in out:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "luma6_ideal_answers.jsonl"), "w", encoding="utf-8") as f:
    for x in out:
        f.write(json.dumps({"id": x["id"], "answer": ideal(x), "sku": x["expect"]["sku"]}, ensure_ascii=False) + "\n")
print("wrote", len(out), "questions")
