#!/usr/bin/env python3
"""Build the qa_blind5 question files and their ideal-answer files, with every gold fact read from the data.

luma5.jsonl          30 questions on /work/shared/data/catalog (catalog.yaml + faq.yaml), USD
shop6/questions.jsonl 40 questions on shop6/products.json (Shopify export) + shop6/faq.yaml, EUR
ideal_*.jsonl        hand-written ideal answers (must score 1.0 / 0.0 with score.py)

Each question states the gold fact it relies on (`price`, `stock`, `avail`) and the builder asserts it against
the catalog, so a typo in the gold fails the build instead of slipping into the set.
"""
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LUMA = os.environ.get("LUMA_DIR", "/work/shared/data/catalog")

YES = ["yes", "yep", "yeah", "yup", "sure", "it does", "they do", "we do", "we have", "comes in", "available",
       "有的", "有", "可以", "是的", "对", "支持", "能"]
NO = ["no", "nope", "not", "doesn't", "does not", "don't", "do not", "isn't", "only", "没有", "没", "不", "只有", "无"]
NEG = ["doesn't", "does not", "don't", "do not", "isn't", "not available", "unfortunately", "没有", "没", "不是",
       "不能", "不支持", "不提供", "不行"]
INSTOCK = ["in stock", "available", "left", "有货", "有库存", "现货", "还有"]
OOS = ["out of stock", "sold out", "not in stock", "unavailable", "not available", "none left", "0 left", "缺货",
       "售罄", "没货", "卖完", "无货", "没有库存", "没库存", "断货"]
NOT_YES = ["yes", "yep", "是的"]


def num(x):
    return f"{float(x):.2f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------- Luma lookups
with open(os.path.join(LUMA, "catalog.yaml"), encoding="utf-8") as f:
    LP = {p["sku"]: p for p in yaml.safe_load(f)["catalog"]["products"]}
LV = {v["sku"]: (p, v) for p in LP.values() for v in p["variants"]}


def lprice(sku):
    if sku in LP:
        return num(LP[sku]["price"])
    p, v = LV[sku]
    return num(v.get("price", p["price"]))


def lstock(sku):
    return LP[sku]["total_stock"] if sku in LP else LV[sku][1]["stock"]


# ---------------------------------------------------------------- shop6 lookups
with open(os.path.join(HERE, "shop6", "products.json"), encoding="utf-8") as f:
    SP = json.load(f)["products"]


def sprod(title):
    hits = [p for p in SP if p["title"] == title]
    assert len(hits) == 1, title
    return hits[0]


def svar(title, vtitle):
    hits = [v for v in sprod(title)["variants"] if v["title"] == vtitle]
    assert len(hits) == 1, (title, vtitle)
    return hits[0]


def sku_of(title, vtitle=None):
    """Product: its id. Variant: its SKU, or its id when the export leaves the SKU empty."""
    if vtitle is None:
        return str(sprod(title)["id"])
    v = svar(title, vtitle)
    return v["sku"] or str(v["id"])


def sprice(title, vtitle=None):
    vs = [svar(title, vtitle)] if vtitle else sprod(title)["variants"]
    prices = {num(v["price"]) for v in vs}
    assert len(prices) == 1, (title, prices)
    return prices.pop()


def savail(title, vtitle=None):
    vs = [svar(title, vtitle)] if vtitle else sprod(title)["variants"]
    return any(v["available"] for v in vs)


# ---------------------------------------------------------------- question helpers
def q(qid, text, lang, typ, sku, inc=(), exc=(), answerable=True, pin=None, ideal=""):
    d = {"id": qid, "question": text, "lang": lang, "type": typ,
         "expect": {"sku": sku, "must_include": list(inc), "must_not_include": list(exc), "answerable": answerable}}
    if pin:
        d["context"] = {"pinned_sku": pin}
    return d, {"id": qid, "answer": ideal, "sku": sku}


def stock_q(qid, text, lang, sku, in_stock, ideal, pin=None, count=None):
    inc = [INSTOCK + ([str(count)] if count is not None else [])] if in_stock else [OOS]
    exc = OOS if in_stock else []
    return q(qid, text, lang, "stock", sku, inc, exc, pin=pin, ideal=ideal)


def luma():
    L = []
    A = L.append
    # price
    A(q("l5-01", "thorpe track pants how much", "en", "price", "MP07", [lprice("MP07")],
        [lprice("MP08"), lprice("MP03")], ideal="The Thorpe Track Pant is $68."))
    A(q("l5-02", "hw much is the bruno compet hoodie", "en", "price", "MH03", [lprice("MH03")],
        [lprice("MH07"), lprice("MH01")], ideal="Bruno Compete Hoodie: $63."))
    A(q("l5-03", "Juno夹克多少钱", "zh", "price", "WJ06", [lprice("WJ06")], [lprice("WJ05"), lprice("WJ07")],
        ideal="Juno Jacket 77美元。"))
    assert lprice("24-WG083-blue") == "32" and lprice("24-WG081-blue") == "23"
    A(q("l5-04", "how much is the 75cm stasis ball", "en", "price", "24-WG08", ["32"], ["23", "27"],
        ideal="The 75 cm Sprite Stasis Ball is $32."))
    A(q("l5-05", "这个多少钱呀", "zh", "price", "WJ05", [lprice("WJ05")], [lprice("WJ06"), lprice("WJ03")],
        pin="WJ05", ideal="Riona Full Zip Jacket 60美元。"))
    A(q("l5-06", "didi sport watch price pls", "en", "price", "24-WG02", [lprice("24-WG02")],
        [lprice("24-WG01"), lprice("24-WG03")], ideal="The Didi Sport Watch is $92."))
    # stock
    assert lstock("24-MB02") == 0 and lstock("WH07-M-Purple") == 0 and lstock("WJ05-S-Red") == 31
    assert lstock("MSH06-34-Red") == 0 and lstock("WJ05-L-Green") == 0 and lstock("MSH06-36-Blue") == 9
    assert lstock("WH07-S-Gray") == 35
    A(stock_q("l5-07", "is the fusion backpack still available", "en", "24-MB02", False,
              "Sorry, the Fusion Backpack is sold out."))
    A(stock_q("l5-08", "purple phoebe zip sweatshirt in M, any left?", "en", "WH07-M-Purple", False,
              "The Phoebe Zipper Sweatshirt in Purple M is out of stock."))
    A(stock_q("l5-09", "Riona外套红色S码有货吗", "zh", "WJ05-S-Red", True, "Riona外套红色S码有货，还有31件。", count=31))
    A(stock_q("l5-10", "Lono短裤红色34码还有吗", "zh", "MSH06-34-Red", False, "Lono短裤红色34码已经售罄了。"))
    A(stock_q("l5-11", "the green one in L, still got it?", "en", "WJ05-L-Green", False,
              "Green L of the Riona Full Zip Jacket is sold out.", pin="WJ05"))
    A(stock_q("l5-12", "the blue one in 36 in stock??", "en", "MSH06-36-Blue", True,
              "Yes, the Lono Yoga Short in Blue 36 is in stock: 9 left.", pin="MSH06", count=9))
    # variant
    sizes = lambda s: {v["options"]["size"] for v in LP[s]["variants"]}  # noqa: E731
    cols = lambda s: {v["options"]["colour"] for v in LP[s]["variants"]}  # noqa: E731
    assert "38" not in sizes("MP07") and "White" not in cols("WJ06") and "XL" not in sizes("WJ01")
    assert cols("MS04") == {"Black", "Orange", "Red"}
    A(q("l5-14", "does the thorpe track pant come in 38?", "en", "variant", "MP07", [NO], NOT_YES,
        ideal="No, the Thorpe Track Pant only comes in 32, 33, 34 and 36."))
    A(q("l5-15", "Gobi T恤有哪些颜色", "zh", "variant", "MS04", [["black", "黑"], ["orange", "橙", "橘"], ["red", "红"]],
        ideal="Gobi HeatTec Tee有黑色、橙色和红色。"))
    A(q("l5-16", "is there a white juno jacket", "en", "variant", "WJ06", [NO + ["Blue", "Green", "Purple"]], NOT_YES,
        ideal="No, the Juno Jacket comes in Blue, Green and Purple only."))
    A(q("l5-17", "does this come in XL?", "en", "variant", "WJ01", [NO], NOT_YES, pin="WJ01",
        ideal="No, the Stellar Solar Jacket only comes in S, M and L."))
    # attribute
    assert "Waterproof" in LP["24-MB01"]["attributes"]["features"]
    assert 'L 29" x W 13" x H 11"' in LP["24-MB01"]["features"] and "Machine wash/dry" in LP["WJ06"]["features"]
    assert "Water resistant (100 meters)" in LP["24-MG03"]["features"]
    A(q("l5-18", "is the joust duffle waterproof", "en", "attribute", "24-MB01", [YES + ["waterproof"]], NEG,
        ideal="Yes, the Joust Duffle Bag is waterproof."))
    A(q("l5-19", "how big is the joust duffle bag", "en", "attribute", "24-MB01", ["29", "13", "11"],
        ideal='The Joust Duffle Bag measures L 29" x W 13" x H 11".'))
    A(q("l5-20", "Juno夹克可以机洗吗", "zh", "attribute", "WJ06", [YES + ["machine wash"]], NEG,
        ideal="可以，Juno Jacket可以机洗和烘干。"))
    A(q("l5-21", "summit watch water resistant? how deep", "en", "attribute", "24-MG03", ["100"],
        ideal="Yes, the Summit Watch is water resistant to 100 meters."))
    # faq
    A(q("l5-22", "do u ship to australia", "en", "faq", None, [YES], NEG, ideal="Yes, we ship to Australia."))
    A(q("l5-23", "运费多少？满多少包邮", "zh", "faq", None, ["75"], ideal="美国订单满75美元免运费，否则6.95美元。"))
    A(q("l5-24", "can i use LIVE10 and WELCOME15 together?", "en", "faq", None, [NO], ["yes", "can combine"],
        ideal="No, only one discount code per order."))
    # compare
    A(q("l5-25", "which is cheaper the thorpe track pant or the zeppelin yoga pant", "en", "compare", None,
        [lprice("MP07"), lprice("MP08")], ideal="Thorpe Track Pant $68 is cheaper than Zeppelin Yoga Pant $82."))
    A(q("l5-26", "Juno夹克和Riona夹克差多少钱", "zh", "compare", None, [lprice("WJ06"), lprice("WJ05")],
        ideal="Juno 77美元，Riona 60美元，差17美元。"))
    # unknown
    assert not any("water" in x.lower() for x in LP["24-WG02"]["features"])
    A(q("l5-27", "do you have the lululemon align leggings", "en", "unknown", None, answerable=False,
        ideal="Sorry, we don't carry that."))
    A(q("l5-28", "Didi手表防水吗", "zh", "unknown", "24-WG02", answerable=False,
        ideal="Didi Sport Watch的防水信息没有标注，不清楚。"))
    A(q("l5-29", "when's the fusion backpack coming back in stock", "en", "unknown", "24-MB02", answerable=False,
        ideal="I don't know when the Fusion Backpack will be restocked."))
    # chitchat
    A(q("l5-30", "主播今天好漂亮😍", "zh", "chitchat", None, ideal="谢谢！"))
    A(q("l5-31", "love the music today haha", "en", "chitchat", None, ideal="Glad you like it!"))
    return L


def shop6():
    S = []
    A = S.append
    TH, BAG, KES, SUM = ("Trailhead 45L Hiking Backpack", "Alpenglow Down Sleeping Bag", "Kestrel 2-Person Tent",
                         "Summit UL 1P Tent")
    STO, POL, MER, BOOT = ("Gaslight Titanium Stove", "Ridgeline Carbon Trekking Poles (pair)",
                           "Fjell Merino 200 Base Layer Crew", "Ascent GTX Hiking Boot")
    RAIN, LAMP, FIL, FLASK = ("Stormline 3L Rain Jacket", "Lumen 400 Rechargeable Headlamp",
                              "ClearFlow Squeeze Water Filter", "Thermo Flask")
    PAD, DRY, COOK, HAM = ("AirRest Insulated Sleeping Pad", "Roll-Top Dry Bag", "Trail Cook Set 2P",
                           "Canopy Single Hammock")
    SOCK, COMP, KIDS, TROU = ("Merino Hiking Socks 2-Pack", "Bearing Baseplate Compass", "Kids Explorer Daypack 12L",
                              "Granite Softshell Trousers")
    FLEECE, LANT, DOWN, FOOT = ("Polar Grid Fleece Jacket", "Glow Camping Lantern", "Puffin 800 Down Jacket",
                                "Tent Footprint Kestrel 2P")
    # price
    A(q("s6-01", "how much is the trailhead 45 backpack", "en", "price", sku_of(TH), [sprice(TH)], [sprice(KIDS)],
        ideal="The Trailhead 45L Hiking Backpack is €149.00."))
    A(q("s6-02", "stormline rain jacket price? is it on sale", "en", "price", sku_of(RAIN), [sprice(RAIN)],
        [sprice(FLEECE), sprice(DOWN)], ideal="The Stormline 3L Rain Jacket is €199.00 right now, down from €249.00."))
    A(q("s6-03", "双人帐篷多少钱", "zh", "price", sku_of(KES), [sprice(KES)], [sprice(SUM), sprice(FOOT)],
        ideal="Kestrel 2-Person Tent 现价329.00欧元。"))
    A(q("s6-04", "头灯什么价", "zh", "price", sku_of(LAMP), [sprice(LAMP)], [sprice(LANT)],
        ideal="Lumen 400 头灯 44.95欧元。"))
    A(q("s6-05", "price for the 1L thermo flask?", "en", "price", sku_of(FLASK, "1 L / Steel"),
        [sprice(FLASK, "1 L / Steel")], [sprice(FLASK, "500 ml / Steel"), sprice(FLASK, "750 ml / Steel")],
        ideal="The 1 L Thermo Flask is €34.95."))
    assert sprice(BAG, "-12°C / Right") == "279" and sprice(BAG, "-5°C / Right") == "219"
    A(q("s6-06", "how much is the -12 one?", "en", "price", sku_of(BAG), ["279"], ["219"],
        pin=sku_of(BAG), ideal="The -12°C Alpenglow Down Sleeping Bag is €279.00."))
    A(q("s6-07", "钛炉头多少钱", "zh", "price", sku_of(STO), [sprice(STO)], [sprice(COOK)],
        ideal="Gaslight钛炉头59.95欧元。"))
    A(q("s6-08", "hw much r the ridgline poles", "en", "price", sku_of(POL), [sprice(POL)], [sprice(TROU)],
        ideal="The Ridgeline Carbon Trekking Poles are €119.00 a pair."))
    assert sku_of(PAD, "Long Wide") == "AR-LW"
    A(q("s6-09", "这个多少钱", "zh", "price", "AR-LW", [sprice(PAD, "Long Wide")], [sprice(PAD, "Regular")],
        pin="AR-LW", ideal="AirRest 睡垫 Long Wide 149.00欧元。"))
    # stock (the export has `available` only, no counts)
    assert not savail(COMP) and not savail(BOOT, "44") and not savail(BOOT, "41") and not savail(LANT)
    assert not savail(DRY, "20L") and not savail(DOWN, "L / Glacier Blue") and savail(RAIN, "S / Blaze Orange")
    assert not savail(MER, "XXL / Navy")
    A(stock_q("s6-10", "is the bearing compass in stock", "en", sku_of(COMP), False,
              "Sorry, the Bearing Baseplate Compass is sold out."))
    A(stock_q("s6-11", "ascent boots in 44 available?", "en", sku_of(BOOT, "44"), False,
              "The Ascent GTX Hiking Boot in EU 44 is sold out."))
    A(stock_q("s6-12", "登山鞋41码还有吗", "zh", sku_of(BOOT, "41"), False, "Ascent GTX 登山鞋41码已经售罄。"))
    A(stock_q("s6-13", "is the glow lantern still in stock?", "en", sku_of(LANT), False,
              "The Glow Camping Lantern is sold out right now."))
    A(stock_q("s6-14", "do you still have the 20L dry bag", "en", sku_of(DRY, "20L"), False,
              "The 20L Roll-Top Dry Bag is sold out; 5L and 10L are in stock."))
    A(stock_q("s6-15", "the glacier blue one in L, still available?", "en", sku_of(DOWN, "L / Glacier Blue"),
              False, "Glacier Blue in L is sold out.", pin=sku_of(DOWN)))
    A(stock_q("s6-16", "冲锋衣橙色S码有货吗", "zh", sku_of(RAIN, "S / Blaze Orange"), True,
              "Stormline 冲锋衣 Blaze Orange S码有货。"))
    A(stock_q("s6-17", "navy merino crew in XXL??", "en", sku_of(MER, "XXL / Navy"), False,
              "The Fjell Merino crew in Navy XXL is sold out."))
    # variant
    opt = lambda t, i: sprod(t)["options"][i]["values"]  # noqa: E731
    assert opt(FLASK, 0) == ["500 ml", "750 ml", "1 L"] and opt(DOWN, 1) == ["Black", "Glacier Blue"]
    assert opt(BAG, 0) == ["-5°C", "-12°C"] and "38" not in opt(TROU, 0)
    assert opt(SOCK, 0) == ["35-38", "39-42", "43-46"] and opt(TH, 0) == ["Forest Green", "Slate Grey", "Rust"]
    A(q("s6-18", "does the thermo flask come in 2 litre", "en", "variant", sku_of(FLASK), [NO], NOT_YES,
        ideal="No, the Thermo Flask comes in 500 ml, 750 ml and 1 L."))
    A(q("s6-19", "what colours does the puffin come in", "en", "variant", sku_of(DOWN),
        [["black", "黑"], ["glacier blue", "blue", "蓝"]], ideal="The Puffin 800 Down Jacket comes in Black and Glacier Blue."))
    A(q("s6-20", "睡袋有哪些温标", "zh", "variant", sku_of(BAG), ["5", "12"],
        ideal="Alpenglow 睡袋有 -5°C 和 -12°C 两种温标。"))
    A(q("s6-21", "granite trousers come in 38 waist?", "en", "variant", sku_of(TROU), [NO], NOT_YES,
        ideal="No, the Granite Softshell Trousers come in waist 30, 32, 34 and 36."))
    A(q("s6-22", "羊毛袜有哪些尺码", "zh", "variant", sku_of(SOCK), ["38", "42", "46"],
        ideal="美利奴徒步袜有35-38、39-42、43-46三个尺码。"))
    A(q("s6-23", "does this come in blue?", "en", "variant", sku_of(TH), [NO + ["green", "grey", "gray", "rust"]],
        NOT_YES, pin=sku_of(TH), ideal="No, the Trailhead 45L comes in Forest Green, Slate Grey and Rust."))
    # attribute (facts in body_html only)
    body = lambda t: sprod(t)["body_html"]  # noqa: E731
    assert "2.1 kg" in body(KES) and "Rechargeable" in body(LAMP) and "hot for 12 hours" in body(FLASK)
    assert "max load 150 kg" in body(HAM) and "machine washable" in body(MER) and "Does not remove viruses" in body(FIL)
    A(q("s6-24", "how heavy is the kestrel tent", "en", "attribute", sku_of(KES), ["2.1"],
        ideal="The Kestrel 2-Person Tent has a packed weight of 2.1 kg."))
    A(q("s6-25", "is the lumen headlamp rechargeable", "en", "attribute", sku_of(LAMP), [YES + ["rechargeable"]], NEG,
        ideal="Yes, it's rechargeable via USB-C."))
    A(q("s6-26", "保温杯能保温多久", "zh", "attribute", sku_of(FLASK), ["12"], ideal="Thermo Flask 保温12小时，保冷24小时。"))
    A(q("s6-27", "whats the max weight for the hammock", "en", "attribute", sku_of(HAM), ["150"],
        ideal="The Canopy Single Hammock holds up to 150 kg."))
    A(q("s6-28", "美利奴打底衣可以机洗吗", "zh", "attribute", sku_of(MER), [YES + ["machine wash"]], NEG,
        ideal="可以，Fjell美利奴打底衣可以30度羊毛程序机洗。"))
    A(q("s6-29", "does the clearflow filter remove viruses?", "en", "attribute", sku_of(FIL), [NO], NOT_YES,
        ideal="No, the ClearFlow filter removes bacteria but not viruses or chemicals."))
    # faq
    A(q("s6-30", "do you ship to the US?", "en", "faq", None, [NO], ["yes", "we ship to the us"],
        ideal="No, we only ship within Europe."))
    A(q("s6-31", "可以用PayPal付款吗", "zh", "faq", None, [YES], NEG, ideal="可以，支持PayPal。"))
    A(q("s6-32", "any code for the stream", "en", "faq", None, ["GIPFEL20"], ideal="Use GIPFEL20 for 20% off."))
    A(q("s6-33", "how many days do i have to return stuff", "en", "faq", None, ["60"],
        ideal="You can return unused gear within 60 days."))
    # compare
    A(q("s6-34", "kestrel vs summit ul price?", "en", "compare", None, [sprice(KES), sprice(SUM)],
        ideal="Kestrel 2-Person Tent €329.00, Summit UL 1P Tent €389.00."))
    A(q("s6-35", "抓绒衣和羽绒服差多少钱", "zh", "compare", None, [sprice(FLEECE), sprice(DOWN)],
        ideal="Polar Grid 抓绒衣79.00欧元，Puffin 800 羽绒服229.00欧元，差150欧元。"))
    # unknown / unanswerable
    A(q("s6-36", "do you sell climbing harnesses?", "en", "unknown", None, answerable=False,
        ideal="Sorry, we don't carry climbing harnesses."))
    A(q("s6-37", "有没有始祖鸟的冲锋衣", "zh", "unknown", None, answerable=False, ideal="抱歉，我们没有卖始祖鸟的冲锋衣。"))
    A(q("s6-38", "when will the camping lantern be back in stock", "en", "unknown", sku_of(LANT), answerable=False,
        ideal="I don't know when the Glow Camping Lantern will be restocked."))
    A(q("s6-39", "这个帐篷是哪里产的", "zh", "unknown", sku_of(KES), answerable=False, pin=sku_of(KES),
        ideal="Kestrel帐篷的产地没有标注，不清楚。"))
    # chitchat
    A(q("s6-40", "greetings from vienna!! love the channel", "en", "chitchat", None, ideal="Hello Vienna, welcome!"))
    return S


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def check_skus(rows, known):
    for d, _ in rows:
        for s in (d["expect"]["sku"], d.get("context", {}).get("pinned_sku")):
            assert s is None or s in known, (d["id"], s)


if __name__ == "__main__":
    lu, sh = luma(), shop6()
    check_skus(lu, set(LP) | set(LV))
    known6 = {str(p["id"]) for p in SP} | {v["sku"] or str(v["id"]) for p in SP for v in p["variants"]}
    check_skus(sh, known6)
    for rows, qp, ap in ((lu, "luma5.jsonl", "ideal_luma5.jsonl"),
                         (sh, "shop6/questions.jsonl", "ideal_shop6.jsonl")):
        prefix = rows[0][0]["id"].split("-")[0]
        for n, (d, a) in enumerate(rows, 1):  # sequential ids whatever was dropped while editing
            d["id"] = a["id"] = f"{prefix}-{n:02d}"
        write(os.path.join(HERE, qp), [d for d, _ in rows])
        write(os.path.join(HERE, ap), [a for _, a in rows])
        print(qp, len(rows), "questions,", sum(d["lang"] == "zh" for d, _ in rows), "zh", file=sys.stderr)
