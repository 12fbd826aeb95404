"""Writes luma11.jsonl: 20 held-out questions on the Luma demo catalog (/work/shared/data/catalog).
Golds were read by hand from catalog.yaml / faq.yaml (prices, per-variant stock, features, attributes)."""
import json
import os

YES = ["yes", "yep", "yeah", "yup", "sure", "it does", "they do", "we do", "we have", "comes in", "available",
       "有的", "有", "可以", "是的", "对", "支持", "能"]
NO_ALTS = ["no", "nope", "not", "doesn't", "does not", "don't", "do not", "isn't", "only", "没有", "没", "不", "只有", "无"]
IN_STOCK = ["in stock", "available", "left", "有货", "有库存", "现货", "还有"]
OOS = ["out of stock", "sold out", "not in stock", "unavailable", "not available", "none left", "0 left",
       "缺货", "售罄", "没货", "卖完", "无货", "没有库存", "没库存", "断货"]


def q(i, question, lang, typ, sku, inc=(), exc=(), answerable=True, pinned=None):
    d = {"id": f"l11-{i:03d}", "question": question, "lang": lang, "type": typ,
         "expect": {"sku": sku, "must_include": list(inc), "must_not_include": list(exc), "answerable": answerable}}
    if pinned:
        d["context"] = {"pinned_sku": pinned}
    return d


QS = [
    q(1, "how much is the orion two tone jaket?", "en", "price", "MJ07", ["72"], ["65", "99", "47"]),
    q(2, "Sahara打底裤多少钱呀", "zh", "price", "WP05", ["75"], ["59", "42", "48"]),
    q(3, "is the hollister backyard sweatshirt still availble in green M?", "en", "stock", "MH05-M-Green",
      [IN_STOCK + ["1"]], OOS),
    q(4, "orion jacket black size M, do u have it", "en", "variant", "MJ07-M-Black", [OOS], ["in stock", "有货"]),
    q(5, "Thorpe运动裤黑色33码还有吗", "zh", "stock", "MP07-33-Black", [OOS], ["有货", "in stock"]),
    q(6, "does this come in 34 in blue? still got any?", "en", "variant", "MP07-34-Blue",
      [IN_STOCK + YES + ["30"]], OOS, pinned="MP07"),
    q(7, "这个多少钱", "zh", "price", "WJ06", ["77"], ["75", "84", "57"], pinned="WJ06"),
    q(8, "what's the selene yoga hoodie made of?", "en", "attribute", "WH05",
      [["polyester", "聚酯", "涤纶"], ["spandex", "氨纶", "elastane"]]),
    q(9, "how big is the overnight duffle", "en", "attribute", "24-WB07", ["15", "9"]),
    q(10, "does the wayfarer messenger bag have a laptop sleeve?", "en", "attribute", "24-MB05",
      [YES + ["laptop sleeve"]], ["doesn't have", "does not have", "no laptop sleeve", "没有电脑"]),
    q(11, "any cruise dual analog watches left?", "en", "stock", "24-MG05", [OOS], ["in stock", "有货"]),
    q(12, "how much for the 65cm stasis ball", "en", "price", "24-WG08", ["27"], ["23", "32"]),
    q(13, "Sprite健身球75cm粉色的还有货吗", "zh", "stock", "24-WG083-pink", [IN_STOCK + ["2"]], OOS),
    q(14, "juno jacket vs stellar solar jacket, which one is cheaper?", "en", "compare", None,
      ["77", "75"], []),
    q(15, "Deion长袖T恤跟Helios背心哪个便宜点", "zh", "compare", None, ["39", "32"], ["24", "29"]),
    q(16, "how much do i need to spend for free shipping in the us", "en", "faq", None, ["75"], []),
    q(17, "if the jacket doesnt fit can i swap it for a bigger size?", "en", "faq", None,
      [YES + ["exchange", "swap", "换"]], ["can't", "cannot", "不能", "不可以"]),
    q(18, "i ordered like 20 min ago, can i still cancel it?", "en", "faq", None,
      [["1", "one hour", "an hour", "1小时", "一小时", "一个小时"]], []),
    q(19, "你们有卖泳镜吗", "zh", "unknown", None, [], [], answerable=False),
    q(20, "does the juno jacket come with a warranty?", "en", "unknown", "WJ06", [], [], answerable=False),
]

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "luma11.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for item in QS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(QS)} questions to {out}")
