"""Writes luma15.jsonl and shop16/questions.jsonl (held-out Q&A round 15) from the gold lists below."""
import json
import os

YES = ["yes", "yep", "yeah", "yup", "sure", "it does", "they do", "we do", "we have", "comes in", "available", "有的", "有", "可以", "是的", "对", "支持", "能"]
NO = ["no", "nope", "not", "doesn't", "does not", "don't", "do not", "isn't", "only", "没有", "没", "不", "只有", "无"]
INS = ["in stock", "available", "left", "有货", "有库存", "现货", "还有"]
OOS = ["out of stock", "sold out", "not in stock", "unavailable", "not available", "none left", "0 left", "缺货", "售罄", "没货", "卖完", "无货", "没有库存", "没库存", "断货"]
NOT_OOS = OOS
NEG_YES = ["yes", "yep", "是的"]
MW = YES + ["machine wash"]

def q(i, pre, question, lang, typ, sku, inc=(), exc=(), ans=True, pin=None):
    d = {"id": f"{pre}{i:03d}", "question": question, "lang": lang, "type": typ,
         "expect": {"sku": sku, "must_include": list(inc), "must_not_include": list(exc), "answerable": ans}}
    if pin:
        d["context"] = {"pinned_sku": pin}
    return d

L = "l15-"
luma = [
 ("how much r the thorpe trak pants", "en", "price", "MP07", ["68"], ["82", "45", "46"]),
 ("thorpe track pant purple 33 still available?", "en", "stock", "MP07-33-Purple", [INS + ["36"]], NOT_OOS),
 ("Bruno连帽卫衣黑色M码还有吗", "zh", "stock", "MH03-M-Black", [OOS], []),
 ("bruno compete hoody comes in XXL?", "en", "variant", "MH03", [NO], NEG_YES),
 ("does this come in yellow?", "en", "variant", "MJ07", [YES + ["yellow"]], ["doesn't", "does not", "no yellow", "没有黄"], True, "MJ07"),
 ("price on this one pls", "en", "price", "WP05", ["75"], ["59", "42", "48"], True, "WP05"),
 ("Sahara打底裤蓝色的还有吗", "zh", "stock", "WP05", [OOS], []),
 ("what's the bruno compete hoodie made of", "en", "attribute", "MH03", [["organic cotton", "有机棉"]], ["polyester", "wool"]),
 ("joust dufle bag dimensions? need to know if it fits overhead", "en", "attribute", "24-MB01", ["29", "13", "11"], []),
 ("fusion backpack in stock?", "en", "stock", "24-MB02", [OOS], []),
 ("how much is the 65 cm stasis bal", "en", "price", "24-WG08", ["27"], ["23", "32"]),
 ("瑜伽球75cm的多少钱", "zh", "price", "24-WG08", ["32"], ["23", "27"]),
 ("which is cheaper lando gym jacket or juno jacket", "en", "compare", None, ["99", "77"], []),
 ("Gobi T恤能不能机洗", "zh", "attribute", "MS04", [MW], ["不能机洗", "不可以机洗", "hand wash only"]),
 ("do u guys do gift wrap? its for my bf", "en", "faq", None, [NO], NEG_YES),
 ("第一次买有优惠码吗", "zh", "faq", None, ["WELCOME15"], []),
 ("how long do i have to cancel an order", "en", "faq", None, ["1", ["hour", "小时"]], ["2 hours", "24 hours"]),
 ("when do the blue sahara leggings come back in stock", "en", "unknown", "WP05", [], [], False),
 ("有没有卖登山鞋", "zh", "unknown", None, [], [], False),
 ("is the didi sport watch waterproof", "en", "unknown", "24-WG02", [], [], False),
]
S = "s16-"
TOXIC = ["toxic", "poisonous", "not pet safe", "not pet-safe", "not safe", "harmful", "有毒", "不安全", "毒"]
shop = [
 ("how much is the terracotta pot in 25cm?", "en", "price", "GH-PT-TER-25", ["11.99"], ["3.49", "5.99", "24.99"]),
 ("陶土花盆12cm的多少钱", "zh", "price", "GH-PT-TER-12", ["3.49"], ["5.99", "11.99", "24.99"]),
 ("how much for the 17cm one?", "en", "price", "GH-IP-MON-17", ["29.99"], ["14.99", "49.99"], True, "GH-IP-MON"),
 ("how much is the cordless trimmer with battery and charger", "en", "price", "GH-TL-TRM-KIT", ["119"], ["79"]),
 ("龟背竹最大那个还有货吗", "zh", "stock", "GH-IP-MON-21", [OOS], []),
 ("large sage loft planter available?", "en", "stock", "GH-PT-SWP-L-SAG", [OOS], []),
 ("got the small sage one in stock?", "en", "stock", "GH-PT-SWP-S-SAG", [INS + ["12"]], NOT_OOS, True, "GH-PT-SWP"),
 ("修剪玫瑰的那种长手套L号还有吗", "zh", "stock", "GH-GL-ROS-L", [OOS], []),
 ("lavendar hidcote still available??", "en", "stock", "GH-OP-LAV", [OOS], []),
 ("does the snake plant come bigger than 40cm?", "en", "variant", "GH-IP-SNK", [YES + ["70"]], ["only 40", "only comes in 40", "只有40"]),
 ("which colours does the self watering planter come in", "en", "variant", "GH-PT-SWP",
  [["anthracite", "炭灰", "深灰"], ["white", "白"], ["sage", "鼠尾草绿", "灰绿"]], []),
 ("龟背竹对猫有毒吗", "zh", "attribute", "GH-IP-MON", [TOXIC + ["yes", "是的", "会"]], ["non-toxic", "nontoxic", "无毒", "pet safe", "pet-safe"]),
 ("is the calathia safe for my dog", "en", "attribute", "GH-IP-CAL",
  [YES + ["non-toxic", "pet safe", "pet-safe", "safe for", "无毒", "安全"]], ["poisonous", "not safe", "not pet safe", "not pet-safe", "有毒"]),
 ("olive tree how cold can it take? is it frost hardy", "en", "attribute", "GH-OP-OLV", ["7"], []),
 ("what's the warranty on the procut secatuers", "en", "attribute", "GH-TL-SEC", ["10", ["year", "yr", "年"]], ["lifetime"]),
 ("does the stretchgo hose come with a spray gun?", "en", "attribute", "GH-HS-EXP", [YES + ["included", "includes", "comes with", "包含", "带"]],
  ["doesn't", "does not", "not included", "不包含", "不带"]),
 ("terracota pots frost proof? want to leave them out over winter", "en", "attribute", "GH-PT-TER",
  [NO + ["not frost-proof", "not frost proof", "bring indoors", "bring them indoors"]], NEG_YES + ["are frost-proof", "are frost proof"]),
 ("那个北欧陶瓷花盆底部有排水孔吗", "zh", "attribute", "GH-PT-NRD", [NO], NEG_YES),
 ("60cm和120cm的生长灯差多少钱", "zh", "compare", "GH-LT-BAR", [["30", "49.9"], ["30", "79.9"]], []),
 ("whats cheaper, the hedge shears or the secateurs", "en", "compare", None, ["39.9", "24.95"], []),
 ("do u ship to the uk?", "en", "faq", None, [NO], NEG_YES + ["we ship to the uk", "we do ship"]),
 ("直播间有优惠码吗", "zh", "faq", None, ["GROWLIVE"], []),
 ("my monstra arrived with broken leaves what now", "en", "faq", None, ["14", ["replace", "replacement", "refund", "换", "退款"]], []),
 ("可以自提吗", "zh", "faq", None, [YES + ["Boskoop", "click & collect", "click and collect"]], ["不可以自提", "不能自提", "不支持自提"]),
 ("do you sell chainsaws?", "en", "unknown", None, [], [], False),
 ("有没有卖鸟食", "zh", "unknown", None, [], [], False),
 ("when will the 35cm terracotta pots be back in stock", "en", "unknown", "GH-PT-TER-35", [], [], False),
 ("whats the warranty on the galvanised watering can", "en", "unknown", "GH-WC-GAL", [], [], False),
 ("这个橄榄树会结果吗", "zh", "unknown", "GH-OP-OLV", [], [], False, "GH-OP-OLV"),
]
chit = ("greetings from utrecht 🌱 love the plants", "en", "chitchat", None, [], [])

def write(path, pre, items):
    with open(path, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            f.write(json.dumps(q(i, pre, *it), ensure_ascii=False) + "\n")

base = os.path.dirname(os.path.abspath(__file__)) + "/"
write(base + "luma15.jsonl", L, luma)
shop.insert(9, chit)  # chitchat somewhere in the middle
write(base + "shop16/questions.jsonl", S, shop)
