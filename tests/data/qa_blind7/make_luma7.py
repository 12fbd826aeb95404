"""Build luma7.jsonl (20 questions on the Luma catalog); golds are checked against the catalog here."""
import json

import yaml

CAT = "/work/shared/data/catalog/"
with open(CAT + "catalog.yaml", encoding="utf-8") as fh:
    P = {p["sku"]: p for p in yaml.safe_load(fh)["catalog"]["products"]}
V = {v["sku"]: (p, v) for p in P.values() for v in p["variants"]}
YES = ["yes", "yep", "yeah", "yup", "sure", "it does", "they do", "we do", "we have", "comes in", "available",
       "有的", "有", "可以", "是的", "对", "支持", "能"]
YES_BAD = ["doesn't", "does not", "don't", "do not", "isn't", "not available", "unfortunately", "没有", "没", "不是",
           "不能", "不支持", "不提供", "不行"]
NO = ["no", "nope", "not", "doesn't", "does not", "don't", "do not", "isn't", "only", "没有", "没", "不", "只有", "无"]
IN = ["in stock", "available", "left", "有货", "有库存", "现货", "还有"]
OUT = ["out of stock", "sold out", "not in stock", "unavailable", "not available", "none left", "0 left", "缺货",
       "售罄", "没货", "卖完", "无货", "没有库存", "没库存", "断货"]
qs = []


def q(text, lang, typ, sku, inc=(), exc=(), ans=True, pin=None):
    d = {"id": f"l7-{len(qs) + 1:03d}", "question": text, "lang": lang, "type": typ,
         "expect": {"sku": sku, "must_include": list(inc), "must_not_include": list(exc), "answerable": ans}}
    if pin:
        d["context"] = {"pinned_sku": pin}
    qs.append(d)


def price(sku):
    return str(P[sku]["price"]).removesuffix(".0")


def stock(vsku, lang, text, pin=None):
    p, v = V[vsku]
    if v["stock"] > 0:
        q(text, lang, "stock", vsku, [IN + [str(v["stock"])]], OUT, pin=pin)
    else:
        q(text, lang, "stock", vsku, [OUT], [], pin=pin)


q("thorp track pant how much?", "en", "price", "MP07", [price("MP07")], ["45", "63"])
q("Lando健身夹克多少钱", "zh", "price", "MJ08", [price("MJ08")], ["98", "92"])
stock("MH03-M-Black", "zh", "Bruno卫衣黑色M码还有吗")
stock("MJ04-L-Blue", "en", "kenobi trail jacket blue in L, in stock??")
stock("24-MG05", "en", "cruise dual analog watch still available?")
assert {v["options"]["colour"] for v in P["MT08"]["variants"]} == {"Green"}
q("does the sparta gym tank come in red", "en", "variant", "MT08", [NO], ["yes", "yep", "是的"])
assert {v["options"]["colour"] for v in P["WJ05"]["variants"]} == {"Brown", "Green", "Red"}
q("Riona外套有哪些颜色？", "zh", "variant", "WJ05", [["brown", "棕", "咖啡"], ["green", "绿"], ["red", "红"]])
assert set(P["MJ04"]["attributes"]["material"]) == {"Cotton", "Fleece", "Nylon"}
q("whats the kenobi trail jacket made of", "en", "attribute", "MJ04",
  [["cotton", "棉"], ["fleece", "抓绒", "摇粒绒"], ["nylon", "尼龙", "锦纶"]])
assert any("Machine wash" in f for f in P["MSH08"]["features"])
q("Orestes短裤能机洗吗", "zh", "attribute", "MSH08", [YES + ["machine wash"]], YES_BAD)
q("impulse duffle or joust duffle bag, which one costs more?", "en", "compare", None,
  [price("24-UB02"), price("24-MB01")])
q("Karmen瑜伽裤和Cora降落伞裤差多少钱", "zh", "compare", None, [price("WP01"), price("WP04")])
q("do you guys sell protein powder", "en", "unknown", None, [], [], False)
q("有卖苹果手表吗", "zh", "unknown", None, [], [], False)
q("is this one made in china?", "en", "unknown", "MS06", [], [], False, pin="MS06")
q("how much is this", "en", "price", "WH07", [price("WH07")], ["57", "69"], pin="WH07")
assert not any(v["options"]["size"] == "XXL" for v in P["WJ05"]["variants"])
q("这个有XXL吗", "zh", "variant", "WJ05", [NO], ["yes", "yep", "是的"], pin="WJ05")
q("do u ship to mexcio", "en", "faq", None, [NO], ["we ship to mexico"])
q("下单后多久之内可以取消订单", "zh", "faq", None, ["1"])
q("can i use LIVE10 and WELCOME15 together?", "en", "faq", None, [NO], ["yes", "yep"])
stock("WH01-XS-Purple", "en", "the purple one in XS, any left?", pin="WH01")

for d in qs:  # every gold sku exists
    s = d["expect"]["sku"]
    assert s is None or s in P or s in V, s
    assert d.get("context", {}).get("pinned_sku", "MP01") in P
with open("luma7.jsonl", "w", encoding="utf-8") as f:
    for d in qs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(qs), "questions;", sum(d["lang"] == "zh" for d in qs), "zh")
