"""Writes questions.jsonl: 30 held-out questions on the made-up Inkhaven Stationery shop (catalog.yaml + faq.yaml
beside this script, GBP). Golds were read from the generated catalog.yaml and faq.yaml."""
import json
import os

YES = ["yes", "yep", "yeah", "yup", "sure", "it does", "they do", "we do", "we have", "comes in", "available",
       "有的", "有", "可以", "是的", "对", "支持", "能"]
NO_ALTS = ["no", "nope", "not", "doesn't", "does not", "don't", "do not", "isn't", "only", "没有", "没", "不", "只有", "无"]
IN_STOCK = ["in stock", "available", "left", "有货", "有库存", "现货", "还有"]
OOS = ["out of stock", "sold out", "not in stock", "unavailable", "not available", "none left", "0 left",
       "缺货", "售罄", "没货", "卖完", "无货", "没有库存", "没库存", "断货"]


def q(i, question, lang, typ, sku, inc=(), exc=(), answerable=True, pinned=None):
    d = {"id": f"s12-{i:03d}", "question": question, "lang": lang, "type": typ,
         "expect": {"sku": sku, "must_include": list(inc), "must_not_include": list(exc), "answerable": answerable}}
    if pinned:
        d["context"] = {"pinned_sku": pinned}
    return d


QS = [
    # price (incl. variant-level prices)
    q(1, "how much is the kestral classic 20 fountain pen?", "en", "price", "KES-FP20", ["24"], ["59", "64", "32"]),
    q(2, "price of the studio 80 in matte black?", "en", "price", "KES-FP80", ["64"], ["59"]),
    q(3, "how much r the alcohol markers 24 colours", "en", "price", "BRL-ALC-24", ["32.99"], ["18.99", "59.99"]),
    q(4, "水彩固体颜料36色的多少钱", "zh", "price", "MF-WC-36", ["68"], ["28", "49"]),
    q(5, "Kaido那个点点本多少钱", "zh", "price", "KAI-DOT", ["22"], ["14.5", "18", "21"]),
    q(6, "how much is the A3 one?", "en", "price", "ASH-SKB-A3", ["24"], ["11", "16"], pinned="ASH-SKB"),
    # stock
    q(7, "is the oxblood ink in stock", "en", "stock", "INK-50-OXB", [OOS], ["in stock", "有货"]),
    q(8, "kestrel classic 20 in coral with EF nib still avail?", "en", "stock", "KES-FP20-EF-COR", [OOS],
      ["in stock", "有货"]),
    q(9, "Classic 20钢笔 海蓝色 F尖 还有货吗", "zh", "stock", "KES-FP20-F-OCE", [IN_STOCK + ["25"]], OOS),
    q(10, "is the ink sampler set back in stock yet?", "en", "stock", "INK-SAMP", [OOS], ["in stock", "有货"]),
    q(11, "这个深棕色的还有吗", "zh", "stock", "FAI-COVER-DBR", [IN_STOCK + ["11"]], OOS, pinned="FAI-COVER"),
    # variant availability (free-form options)
    q(12, "can i get the fairleigh hardcover with 256 lined pages?", "en", "variant", "FAI-A5H-LIN-256", [OOS],
      ["in stock", "有货"]),
    q(13, "do the fairleigh pocket notebooks come in dotted?", "en", "variant", "FAI-A6P",
      [NO_ALTS], ["yes", "是的"]),
    q(14, "自动铅笔有黑色0.3的吗", "zh", "variant", "GRA-MECH", [NO_ALTS], ["yes", "是的"]),
    # attributes (facts in description / features / attributes)
    q(15, "what gsm is the paper in the kaido dot journal? ok with fountain pens?", "en", "attribute", "KAI-DOT",
      ["160", YES + ["fountain pen friendly"]], ["not fountain pen", "bleeds through"]),
    q(16, "are the brightline alcohol markers refillable", "en", "attribute", "BRL-ALC",
      [NO_ALTS + ["not refillable"]], ["yes", "they are refillable", "是的"]),
    q(17, "水彩本是多少克的？纯棉的吗", "zh", "attribute", "ASH-WCP", ["300", YES + ["cotton", "棉", "100"]],
      ["不是纯棉", "not cotton"]),
    q(18, "whats in the box with the calligraphy starter set", "en", "attribute", "KES-CAL",
      [["3", "three", "三"], ["cartridge", "cartridges", "墨囊", "墨水"], ["pad", "practice", "guide", "练习"]]),
    # compare
    q(19, "kestrel classic 20 vs studio 80, whats the price difference", "en", "compare", None, ["24", "59"], []),
    q(20, "48色的彩铅和48色的马克笔哪个贵", "zh", "compare", None, ["45", "59.99"], ["24", "18.99"]),
    # FAQ
    q(21, "is delivery free in the uk?", "en", "faq", None, ["30"], []),
    q(22, "can i return an ink bottle i already opened? wrong colour lol", "en", "faq", None, [NO_ALTS],
      ["yes", "是的"]),
    q(23, "直播间有优惠码吗", "zh", "faq", None, ["INKLIVE15"], []),
    q(24, "能寄到澳大利亚吗", "zh", "faq", None, [NO_ALTS], ["yes", "是的"]),
    q(25, "got the studio 80 with F nib but its too scratchy for me, can i swap to M?", "en", "faq", "KES-FP80",
      [YES + ["swap", "exchange", "换"]], ["can't", "cannot", "不能", "不可以"]),
    # unanswerable (not in the data)
    q(26, "do you sell oil paints?", "en", "unknown", None, [], [], answerable=False),
    q(27, "这支笔是哪里产的", "zh", "unknown", "KES-FP80", [], [], answerable=False, pinned="KES-FP80"),
    q(28, "when will the 24 colour watercolour set be restocked", "en", "unknown", "MF-WC-24", [], [], answerable=False),
    q(29, "does the daybook weekly planner start weeks on monday or sunday?", "en", "unknown", "DAY-26W", [], [],
      answerable=False),
    # chitchat
    q(30, "omg those swatches look sooo good 😍", "en", "chitchat", None, [], []),
]

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for item in QS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(QS)} questions to {out}")
