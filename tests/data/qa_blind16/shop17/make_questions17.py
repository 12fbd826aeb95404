"""Write questions.jsonl for shop17 (run in this folder after make_shop17.py); asserts each gold fact against products.json."""
import json
from collections import Counter

with open("products.json", encoding="utf-8") as fh:
    P = {p["handle"]: p for p in json.load(fh)["products"]}


def vsku(v):
    return v["sku"] or str(v["id"])


def psku(h):
    p = P[h]
    return p["variants"][0]["sku"] or str(p["id"])



def var(h, title):
    return next(v for v in P[h]["variants"] if v["title"] == title)
def sold_out(h, title):
    v = var(h, title)
    assert v["inventory_quantity"] == 0 and not v["available"], (h, title)
    return vsku(v)


def in_stock(h, title):
    v = var(h, title)
    assert v["inventory_quantity"] > 0, (h, title)
    return vsku(v)


def price(h, title, want):
    assert var(h, title)["price"] == want, (h, title)
def body(h, *words):
    for w in words:
        assert w in P[h]["body_html"], (h, w)



YES = ["yes", "yep", "yeah", "yup", "sure", "it does", "they do", "we do", "we have", "comes in", "available", "有的", "有", "可以", "是的", "对", "支持", "能"]
NO = ["no", "nope", "not", "doesn't", "does not", "don't", "do not", "isn't", "only", "没有", "没", "不", "只有", "无"]
INS = ["in stock", "available", "left", "有货", "有库存", "现货", "还有"]
OOS = ["out of stock", "sold out", "not in stock", "unavailable", "not available", "none left", "0 left", "缺货", "售罄", "没货", "卖完", "无货", "没有库存", "没库存", "断货"]
NOTYES = ["yes", "yep", "是的"]
NEG = ["doesn't", "does not", "don't", "do not", "isn't", "not", "不支持", "不能", "不可以"]
out = []


def q(text, lang, typ, sku, inc, exc=(), ans=True, pin=None):
    d = {"id": f"s17-{len(out)+1:03d}", "question": text, "lang": lang, "type": typ,
         "expect": {"sku": sku, "must_include": list(inc), "must_not_include": list(exc), "answerable": ans}}
    if pin:
        d["context"] = {"pinned_sku": pin}
    out.append(d)



A = "sonara-aria-anc-wireless-headphones"
price(A, "Sand", "199.00")
q("how much are the aria anc headphones rn", "en", "price", psku(A), ["199"], ["249", "89"])
price("sonara-aria-lite", "White", "89.00")
q("aria anc in sage still available?", "en", "stock", sold_out(A, "Sage"), [OOS])
body(A, "38 hours", "50 hours")
q("battery life on the aria noise cancelling ones?", "en", "attribute", psku(A), [["38", "50"]])
body(A, "LDAC")
q("Aria降噪耳机支持LDAC吗", "zh", "attribute", psku(A), [YES], ["doesn't support", "does not support", "not supported", "no ldac", "不支持"])
B = "pebble-buds-pro"
q("pebble buds pro w/ the wireless charging case in ocean blue - any left?", "en", "stock",
  sold_out(B, "Ocean Blue / With wireless charging case"), [OOS])
price(B, "Graphite / With wireless charging case", "149.00")
q("how much r the pebble buds pro with the wireless charging case", "en", "price", psku(B), ["149"], ["129", "39"])
body(B, "IPX5")
q("Pebble Buds Pro耳机防水吗", "zh", "attribute", psku(B), [["IPX5", "IPX-5"]])
G = "pebble-buds-go"
price(G, "Black", "49.00")
q("peble buds go how much", "en", "price", psku(G), ["49"], ["59", "129"])
q("lilac pebble go earbuds in stock?", "en", "stock", sold_out(G, "Lilac"), [OOS])
C = "braided-aux-cable"
price(C, "3m", "16.99")
q("does this come in 3m? how much for that", "en", "variant", vsku(var(C, "3m")), [YES + ["3m", "3 m", "3 meter", "3 metre", "3米"], "16.99"],
  ["12.99"], pin=str(P[C]["id"]))
F = "comfyfoam-memory-foam-tips"
q("记忆海绵耳塞M号有货吗", "zh", "stock", sold_out(F, "M"), [OOS])
M = "boombloc-mini"
body(M, "IP67")
price("oak-headphone-stand", "Default Title", "39.00")
q("那个橡木的耳机支架多少钱", "zh", "price", psku("oak-headphone-stand"), ["39"], ["24", "29", "19.99"])
price(M, "Teal", "39.99")
q("Boombloc Mini小音箱现在多少钱", "zh", "price", psku(M), ["39.99"], ["49.99", "179"])
X = "boombloc-max"
q("boombloc max camo in stock??", "en", "stock", sold_out(X, "Camo"), [OOS])
q("do u have the speaker wire in 20m", "en", "variant", sold_out("ofc-speaker-wire-16awg", "20m"), [OOS])
q("lumen 2.1 vs lumen 2.0 soundbar, price difference?", "en", "compare", None, ["299", "149"], ["179"])
body("lumen-2-1-soundbar", "no Dolby Atmos")
q("Lumen 2.1回音壁支持杜比全景声吗", "zh", "attribute", psku("lumen-2-1-soundbar"), [NO], NOTYES)
body("groove-deck-t1", "phono preamp")
q("does the groove deck t1 have a built in preamp? no amp at home", "en", "attribute", psku("groove-deck-t1"), [YES], ["no preamp", "no built-in", "doesn't have", "does not have", "没有内置"])
q("t3 direct drive turntable in stock?", "en", "stock", sold_out("groove-deck-t3", "Default Title"), [OOS])
q("耳塞拆封了还能退吗", "zh", "faq", None, [NO + ["hygiene", "卫生"]], NOTYES)
q("any discount code for the stream?", "en", "faq", None, ["SOUNDLIVE"])
q("free shipping over how much?", "en", "faq", None, ["50"], ["75"])
q("可以分期付款吗", "zh", "faq", None, [YES + ["klarna"]], ["不可以", "不能分期", "不支持"])
K = "kaito-kx-10-studio-monitor"
price(K, "3m coiled", "159.00")
q("kaito kx10 with the coiled cable, price?", "en", "variant", vsku(var(K, "3m coiled")), ["159"], ["149", "29"])
D = "fjord-da-1"
body(D, "4.4mm balanced")
q("does this have a 4.4 balanced out?", "en", "attribute", psku(D), [YES + ["4.4mm", "4.4 mm"]], ["doesn't have", "does not have", "only 3.5", "no balanced", "不支持", "没有4.4"], pin=psku(D))
q("do you sell airpods pro 2", "en", "unknown", None, [], ans=False)
q("有没有索尼的降噪耳机", "zh", "unknown", None, [], ans=False)
q("whats the latency on the pebble buds go in ms? for gaming", "en", "unknown", psku(G), [], ans=False)
q("do these work with alexa?", "en", "unknown", psku("monolith-b5-bookshelf"), [], ans=False, pin=psku("monolith-b5-bookshelf"))
q("T3黑胶唱机什么时候补货", "zh", "unknown", psku("groove-deck-t3"), [], ans=False)
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), Counter(d["type"] for d in out), Counter(d["lang"] for d in out))
