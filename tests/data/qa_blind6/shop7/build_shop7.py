#!/usr/bin/env python3
"""Rebuild shop7/: a Shopify products.json export of an invented Australian phone & laptop accessories shop
("Voltlane", prices in AUD), its faq.yaml and 40 graded questions.

Usage: python build_shop7.py
Everything is generated from the tables below; gold answers are looked up from the generated export, and
the build stops if a question's premise (sold out, option missing, fact in body_html) does not hold.
The shop, its products and its policies are made up for this test round.
"""
import json
import os
import sys

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from qa_lists import IN_STOCK, NO, NO_YES, OOS, YES, YES_NO, ideal  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CURRENCY = "AUD"

# key, title, vendor, product_type, tags, body_html, option names, variants [(options, sku, price, compare, available)]
# price may be None -> the product's base price; sku "" is common in real exports.
P = []


def prod(key, title, vendor, ptype, tags, body, opts, price, variants, compare=None):
    P.append(dict(key=key, title=title, vendor=vendor, ptype=ptype, tags=tags, body=body, opts=opts, price=price,
                  variants=variants, compare=compare))


prod("clear", "Crystal Clear MagSafe Case", "Voltlane", "Phone Case", ["iphone", "magsafe", "case", "clear"],
     "<p>Our best-selling clear case with built-in MagSafe magnets.</p><ul><li>Anti-yellowing polycarbonate back &amp; TPU bumper</li>"
     "<li>Raised lip protects camera and screen</li><li>Drop tested to 2m</li><li>Wireless charging compatible</li></ul>",
     ["Model"], "39.95",
     [(["iPhone 15"], "VL-CLR-15", None, True), (["iPhone 15 Plus"], "VL-CLR-15PL", None, True),
      (["iPhone 15 Pro"], "VL-CLR-15P", None, True), (["iPhone 15 Pro Max"], "VL-CLR-15PM", None, False),
      (["iPhone 14"], "", None, True), (["iPhone 14 Pro"], "", None, False)], compare="49.95")
prod("silicone", "Silicone Case with MagSafe", "Voltlane", "Phone Case", ["iphone", "magsafe", "silicone"],
     "<p>Soft-touch liquid silicone outside, microfibre lining inside.</p><p><strong>Colours:</strong> Sage, Midnight, Clay, Lilac</p>",
     ["Phone Model", "Colour"], "34.95",
     [(["iPhone 15 / 15 Pro", "Sage"], "", None, True), (["iPhone 15 / 15 Pro", "Midnight"], "", None, True),
      (["iPhone 15 / 15 Pro", "Clay"], "", None, False), (["iPhone 15 / 15 Pro", "Lilac"], "", None, True),
      (["iPhone 15 Plus / 15 Pro Max", "Sage"], "", None, True), (["iPhone 15 Plus / 15 Pro Max", "Midnight"], "", None, False),
      (["iPhone 15 Plus / 15 Pro Max", "Clay"], "", None, True), (["iPhone 15 Plus / 15 Pro Max", "Lilac"], "", None, True)])
prod("glass", "Tempered Glass Screen Protector (2 Pack)", "Voltlane", "Screen Protector", ["screen protector", "glass"],
     "<p>9H hardness tempered glass, 0.33mm thin. Case-friendly edges.</p><p>Easy-install alignment frame included. 2 protectors per pack.</p>",
     ["Compatible Model"], "19.95",
     [(["iPhone 15 / 15 Pro"], "TG-2P-IP15", None, True), (["iPhone 15 Plus / 15 Pro Max"], "TG-2P-IP15L", None, True),
      (["Samsung Galaxy S24"], "TG-2P-S24", None, True), (["Samsung Galaxy S24 Ultra"], "TG-2P-S24U", None, True)])
prod("privacy", "Privacy Screen Protector", "Voltlane", "Screen Protector", ["screen protector", "privacy"],
     "<p>Keeps your screen private: content is only visible when viewed straight on (30° viewing angle).</p><p>1 per pack.</p>",
     ["Model"], "24.95",
     [(["iPhone 15"], "", None, True), (["iPhone 15 Pro"], "", None, True), (["iPhone 15 Pro Max"], "", None, False)])
prod("braided", "Braided USB-C to USB-C Cable", "Voltlane", "Cable", ["usb-c", "cable", "100w"],
     "<p>Double-braided nylon cable rated for <strong>100W</strong> (20V/5A) fast charging, with an E-marker chip.</p>"
     "<ul><li>USB 2.0 data (480Mbps)</li><li>Tested to 30,000+ bends</li><li>Aluminium connectors</li></ul>",
     ["Length", "Colour"], "19.95",
     [(["1m", "Black"], "BC-CC-1M-BK", "19.95", True), (["1m", "White"], "BC-CC-1M-WH", "19.95", True),
      (["2m", "Black"], "BC-CC-2M-BK", "24.95", True), (["2m", "White"], "BC-CC-2M-WH", "24.95", True),
      (["3m", "Black"], "BC-CC-3M-BK", "29.95", True), (["3m", "White"], "BC-CC-3M-WH", "29.95", False)])
prod("lightning", "USB-C to Lightning Cable", "Voltlane", "Cable", ["lightning", "cable", "iphone"],
     "<p>Apple MFi certified USB-C to Lightning cable. Supports 20W fast charging for iPhone 8 to iPhone 14.</p>",
     ["Cable Length"], "22.95",
     [(["1m"], "", "22.95", True), (["2m"], "", "27.95", True)])
prod("gan65", "65W GaN Charger 3-Port", "Voltlane", "Wall Charger", ["charger", "gan", "laptop"],
     "<p>Charge a laptop, phone and earbuds from one plug.</p><ul><li>2x USB-C + 1x USB-A</li><li>65W max from a single USB-C port</li>"
     "<li>Foldable pins</li><li>18-month warranty</li></ul>",
     ["Plug"], "69.95",
     [(["AU"], "GAN65-AU", None, True), (["UK"], "GAN65-UK", None, True), (["US"], "GAN65-US", None, False)], compare="89.95")
prod("w20", "20W USB-C Wall Charger", "Voltlane", "Wall Charger", ["charger", "iphone"],
     "<p>Compact 20W PD charger. Charges iPhone 15 to 50% in about 30 minutes.</p>",
     ["Color"], "24.95", [(["White"], "W20-WH", None, True), (["Black"], "W20-BK", None, True)])
prod("gan140", "140W GaN Desktop Charging Station", "Voltlane", "Wall Charger", ["charger", "gan", "desk"],
     "<p>4 USB-C + 2 USB-A ports, 140W total output. Includes 1.5m AC cord.</p>",
     ["Title"], "179.00", [(["Default Title"], "GAN140-STN", None, False)])
prod("pad", "MagSafe Compatible Wireless Charger Pad", "Voltlane", "Wireless Charger", ["wireless", "magsafe"],
     "<p>Magnetic 15W wireless charging pad. Power adapter not included (use a 20W or higher USB-C charger).</p>",
     ["Cable Length"], "49.95", [(["1m"], "", None, True), (["2m"], "", None, True)])
prod("stand3", "3-in-1 Foldable Wireless Charging Stand", "Voltlane", "Wireless Charger", ["wireless", "apple watch", "airpods"],
     "<p>Charge your iPhone, Apple Watch and AirPods at the same time. 15W for the phone. Folds flat for travel.</p>",
     ["Colour"], "129.00", [(["Black"], "3IN1-BK", None, True), (["White"], "3IN1-WH", None, True)])
prod("pb10", "10000mAh Magnetic Power Bank", "Voltlane", "Power Bank", ["power bank", "magsafe"],
     "<p>Snaps on the back of your iPhone.</p><ul><li>10,000mAh capacity</li><li>20W USB-C PD in/out</li><li>Weight: 210g</li>"
     "<li>Carry-on approved (under 100Wh)</li></ul>",
     ["Colour"], "59.95",
     [(["Black"], "PB10-BK", None, True), (["Lavender"], "PB10-LV", None, False), (["Sky Blue"], "", None, True)])
prod("pb20", "20000mAh Power Bank 65W", "Voltlane", "Power Bank", ["power bank", "laptop"],
     "<p>Powerful enough for a laptop: 65W USB-C output.</p><p>20,000mAh, weight 420g, LED display.</p>",
     ["Title"], "99.95", [(["Default Title"], "PB20-65W", None, True)])
prod("sleeve", "Laptop Sleeve 13-16 inch", "Voltlane", "Laptop Bag", ["laptop", "sleeve"],
     "<p>Water-resistant recycled polyester sleeve with a plush lining and front zip pocket.</p>"
     "<p>13\" fits MacBook Air 13; 14\" fits MacBook Pro 14; 16\" fits MacBook Pro 16.</p>",
     ["Size", "Colour"], "54.95",
     [(['13"', "Charcoal"], "SLV-13-CH", None, True), (['13"', "Sand"], "SLV-13-SD", None, True),
      (['14"', "Charcoal"], "SLV-14-CH", None, True), (['14"', "Sand"], "SLV-14-SD", None, False),
      (['16"', "Charcoal"], "SLV-16-CH", "59.95", True), (['16"', "Sand"], "SLV-16-SD", "59.95", True)])
prod("lstand", "Aluminium Laptop Stand", "Voltlane", "Laptop Stand", ["laptop", "stand", "desk"],
     "<p>Raise your screen to eye level.</p><ul><li>6 height settings</li><li>Fits laptops 10 to 17.3 inch</li>"
     "<li>Holds up to 8kg</li><li>Folds flat</li></ul>",
     ["Colour"], "79.95", [(["Silver"], "", None, True), (["Space Grey"], "", None, True)])
prod("hub", "7-in-1 USB-C Hub", "Voltlane", "Hub & Dock", ["hub", "usb-c", "laptop"],
     "<p>HDMI 4K@60Hz, 100W PD pass-through, 2x USB-A 3.0, SD &amp; microSD readers, USB-C data.</p>"
     "<p>Works with MacBook, iPad Pro and Windows laptops.</p>",
     ["Title"], "89.95", [(["Default Title"], "HUB-7IN1-GRY", None, True)])
prod("apcover", "AirPods Pro 2 Case Cover", "Voltlane", "Earbuds Accessory", ["airpods"],
     "<p>Shock-absorbing silicone cover with keychain clip. Wireless charging works through the cover.</p>",
     ["Colour"], "14.95",
     [(["Black"], "", None, True), (["Pink"], "", None, True), (["Mint"], "", None, False), (["Cream"], "", None, True)])
prod("band", "Apple Watch Sport Loop Band", "Voltlane", "Watch Band", ["apple watch", "band"],
     "<p>Breathable nylon weave with hook-and-loop fastener. Fits wrists 130-200mm.</p>",
     ["Case Size", "Colour"], "29.95",
     [(["41mm", "Olive"], "SL-41-OL", None, True), (["41mm", "Navy"], "SL-41-NV", None, True),
      (["41mm", "Rose"], "SL-41-RS", None, True), (["45mm", "Olive"], "SL-45-OL", None, False),
      (["45mm", "Navy"], "SL-45-NV", None, True), (["45mm", "Rose"], "SL-45-RS", None, True)])
prod("grip", "MagSafe Phone Grip & Stand", "Voltlane", "Phone Accessory", ["magsafe", "grip"],
     "<p>Magnetic finger grip that doubles as a landscape stand.</p>",
     ["Colour"], "19.95", [(["Black"], "GRIP-BK", None, True), (["Cream"], "GRIP-CR", None, True), (["Pink"], "", None, True)])
prod("carmount", "Car Vent Magnetic Phone Mount", "Voltlane", "Car Accessory", ["car", "magsafe"],
     "<p>Strong N52 magnets hold your phone on bumpy roads. Clips on round and horizontal vents.</p>",
     ["Title"], "39.95", [(["Default Title"], "", None, True)])
prod("tracker", "Bluetooth Item Tracker", "Voltlane", "Tracker", ["tracker", "find my"],
     "<p>Works with the Apple Find My app (iPhone and iPad only, not compatible with Android).</p>"
     "<p>Replaceable CR2032 battery lasts about 1 year.</p>",
     ["Pack"], "34.95", [(["1 Pack"], "TRK-1", "34.95", True), (["4 Pack"], "TRK-4", "119.95", True)])
prod("hdmi", "USB-C to HDMI Cable", "Voltlane", "Cable", ["hdmi", "usb-c"],
     "<p>Plug and play, 4K@60Hz. No drivers needed.</p>",
     ["Length"], "29.95", [(["1.8m"], "UCH-18", "29.95", True), (["3m"], "UCH-30", "34.95", True)])
prod("lanyard", "Crossbody Phone Lanyard Strap", "Voltlane", "Phone Accessory", ["lanyard", "strap"],
     "<p>Adjustable 8mm rope strap with a patch that fits under almost any case.</p>",
     ["Colour"], "24.95", [(["Black"], "", None, True), (["Olive"], "", None, True), (["Rainbow"], "", None, True)])
prod("armor", "Samsung Galaxy S24 Rugged Armor Case", "Voltlane", "Phone Case", ["samsung", "galaxy", "rugged"],
     "<p>Military-grade drop protection, tested to 3m (10ft). Built-in kickstand.</p>",
     ["Model"], "44.95", [(["Galaxy S24"], "ARM-S24", None, True), (["Galaxy S24+"], "ARM-S24P", None, True),
                          (["Galaxy S24 Ultra"], "ARM-S24U", None, True)])
prod("folio", "iPad Air Folio Keyboard Case", "Voltlane", "Tablet Accessory", ["ipad", "keyboard"],
     "<p>Detachable Bluetooth keyboard with backlit keys and a trackpad. US English layout.</p>"
     "<p>Keyboard battery: up to 3 months per charge (backlight off).</p>",
     ["Model"], "149.00", [(['iPad Air 11" (M2)'], "FOLIO-AIR11", None, True), (['iPad Air 13" (M2)'], "FOLIO-AIR13", "169.00", False)])
prod("speaker", "Mini Bluetooth Speaker", "Voltlane", "Audio", ["speaker", "bluetooth"],
     "<p>Pocket-size speaker with big sound.</p><ul><li>IPX7 waterproof</li><li>12-hour playtime</li><li>Bluetooth 5.3</li></ul>",
     ["Colour"], "49.95", [(["Black"], "SPK-MINI-BK", None, True), (["Red"], "SPK-MINI-RD", None, True), (["Teal"], "", None, False)])
prod("clean", "Screen Cleaning Kit", "Voltlane", "Cleaning", ["cleaning"],
     "<p>Alcohol-free, streak-free spray (200ml) plus a microfibre cloth. Safe for phone, laptop and TV screens.</p>",
     ["Title"], "12.95", [(["Default Title"], "CLEAN-200", None, True)])
prod("giftcard", "Voltlane Gift Card", "Voltlane", "Gift Card", ["gift card"],
     "<p>Delivered by email with instructions to redeem at checkout. Never expires.</p>",
     ["Denominations"], "25.00", [(["$25.00"], "", "25.00", True), (["$50.00"], "", "50.00", True), (["$100.00"], "", "100.00", True)])
prod("carcharger", "USB-C Car Charger 45W", "Voltlane", "Car Accessory", ["car", "charger"],
     "<p>Dual port (USB-C + USB-A), 45W total. Aluminium shell.</p>",
     ["Title"], "34.95", [(["Default Title"], "CAR45", None, True)])
prod("wallet", "Magnetic Wallet (MagSafe)", "Voltlane", "Phone Accessory", ["wallet", "magsafe", "leather"],
     "<p>Genuine leather card wallet that snaps on the back of your iPhone. Holds 3 cards.</p>",
     ["Colour"], "44.95", [(["Black"], "WLT-BK", None, True), (["Tan"], "WLT-TN", None, True)])


def handle(title):
    out = "".join(c.lower() if c.isalnum() else "-" for c in title)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def build_export():
    products, index = [], {}
    for i, p in enumerate(P, 1):
        pid = 8104372000000 + i * 1013
        variants = []
        for j, (opts, sku, price, avail) in enumerate(p["variants"], 1):
            vid = 45288170000000 + i * 10007 + j * 31
            o = opts + [None] * (3 - len(opts))
            variants.append({"id": vid, "title": " / ".join(opts), "option1": o[0], "option2": o[1], "option3": o[2],
                             "sku": sku, "requires_shipping": p["key"] != "giftcard", "taxable": True,
                             "featured_image": None, "available": avail, "price": price or p["price"],
                             "grams": 0 if p["key"] == "giftcard" else 120, "compare_at_price": p["compare"],
                             "position": j, "product_id": pid, "created_at": "2024-03-02T10:14:22+11:00",
                             "updated_at": "2024-11-19T16:40:05+11:00"})
        options = [{"name": n, "position": k + 1,
                    "values": list(dict.fromkeys(v[0][k] for v in p["variants"]))} for k, n in enumerate(p["opts"])]
        prod_json = {"id": pid, "title": p["title"], "handle": handle(p["title"]), "body_html": p["body"],
                     "published_at": "2024-03-02T10:14:22+11:00", "created_at": "2024-03-02T10:14:20+11:00",
                     "updated_at": "2024-11-19T16:40:05+11:00", "vendor": p["vendor"], "product_type": p["ptype"],
                     "tags": p["tags"], "variants": variants, "images": [], "options": options}
        products.append(prod_json)
        index[p["key"]] = prod_json
    return {"products": products}, index


export, IDX = build_export()


def vsku(v):
    """Gold sku of a variant: its SKU, or its id when the export leaves the SKU empty."""
    return v["sku"] or str(v["id"])


def variant(key, *opts):
    for v in IDX[key]["variants"]:
        if [x for x in (v["option1"], v["option2"], v["option3"]) if x is not None][:len(opts)] == list(opts):
            return v
    raise KeyError((key, opts))


def base_price(key):
    return IDX[key]["variants"][0]["price"]


def pid(key):
    return str(IDX[key]["id"])


def num(s):
    f = float(s)
    return str(int(f)) if f.is_integer() else f"{f:.2f}"


QS = []


def q(qid, text, lang, typ, sku, inc, exc=(), answerable=True, pinned=None):
    item = {"id": qid, "question": text, "lang": lang, "type": typ,
            "expect": {"sku": sku, "must_include": list(inc), "must_not_include": list(exc), "answerable": answerable}}
    if pinned:
        item["context"] = {"pinned_sku": pinned}
    QS.append(item)


def q_price(qid, text, lang, key, others, v=None, pinned=None, product_level=False):
    price = v["price"] if v else base_price(key)
    q(qid, text, lang, "price", vsku(v) if v and not product_level else pid(key), [num(price)], [num(o) for o in others], pinned=pinned)


def q_stock(qid, text, lang, key, opts, expect_in, pinned=None):
    if opts:
        v = variant(key, *opts)
        avail, sku = v["available"], vsku(v)
    else:
        avail, sku = any(v["available"] for v in IDX[key]["variants"]), pid(key)
    assert avail == expect_in, (qid, key, opts)
    q(qid, text, lang, "stock", sku, [IN_STOCK] if expect_in else [OOS], OOS if expect_in else [], pinned=pinned)


def body(key):
    return IDX[key]["body_html"]


# --- price (7)
q_price("s7-01", "how much is the 65w charger", "en", "gan65", [base_price("w20"), base_price("gan140")])
q_price("s7-02", "磁吸充电宝多少钱", "zh", "pb10", [base_price("pb20")])
q_price("s7-03", "2m braided usb c cable price?", "en", "braided", ["19.95", "29.95"], v=variant("braided", "2m", "Black"),
        product_level=True)  # both 2m colours cost the same
q_price("s7-04", "笔记本支架多少钱", "zh", "lstand", [base_price("hub"), base_price("sleeve")])
q_price("s7-05", "how much is this", "en", "hub", [base_price("lstand")], pinned="HUB-7IN1-GRY")
q_price("s7-06", "tracker 4 pack how much", "en", "tracker", ["34.95"], v=variant("tracker", "4 Pack"))
q_price("s7-07", "pric of the 3in1 wirless charging stand", "en", "stand3", [base_price("pad")])
# --- stock (7)
q_stock("s7-08", "is the 140w charging station in stock", "en", "gan140", None, False)
q_stock("s7-09", "clear magsafe case for iphone 15 pro max available?", "en", "clear", ["iPhone 15 Pro Max"], False)
q_stock("s7-10", "iPhone 15 Pro的透明壳有货吗", "zh", "clear", ["iPhone 15 Pro"], True)
q_stock("s7-11", "lavender power bank still available?", "en", "pb10", ["Lavender"], False)
q_stock("s7-12", "the 45mm olive one in stock?", "en", "band", ["45mm", "Olive"], False, pinned=pid("band"))
q_stock("s7-13", "手表表带41mm玫瑰色还有吗", "zh", "band", ["41mm", "Rose"], True)
q_stock("s7-14", "白色的3米编织线还有货吗", "zh", "braided", ["3m", "White"], False)
# --- variant (5)
assert not any("S23" in v["option1"] for v in IDX["armor"]["variants"])
q("s7-15", "does the rugged armor case come for galaxy s23", "en", "variant", pid("armor"), [NO], NO_YES)
variant("glass", "Samsung Galaxy S24 Ultra")
q("s7-16", "screen protector for samsung s24 ultra??", "en", "variant", vsku(variant("glass", "Samsung Galaxy S24 Ultra")),
  [YES + ["S24 Ultra"]], ["doesn't", "does not", "don't"])
assert not any("13" in v["option1"] for v in IDX["clear"]["variants"])
q("s7-17", "这个有iPhone 13的吗", "zh", "variant", pid("clear"), [NO], NO_YES, pinned=pid("clear"))
q("s7-18", "what plug types does the 65w charger come in", "en", "variant", pid("gan65"), ["AU", "UK", "US"])
q("s7-19", "磁吸钱包有什么颜色", "zh", "variant", pid("wallet"), [["black", "黑"], ["tan", "棕", "褐", "驼"]])
# --- attribute, facts only in body_html (7)
assert "<strong>100W</strong>" in body("braided")
q("s7-20", "how many watts is the braided cable rated for", "en", "attribute", pid("braided"), ["100"])
assert "MFi certified" in body("lightning")
q("s7-21", "is the lightning cable mfi certified", "en", "attribute", pid("lightning"), [YES + ["MFi certified"]], YES_NO)
assert "Weight: 210g" in body("pb10")
q("s7-22", "磁吸充电宝多重", "zh", "attribute", pid("pb10"), ["210"])
assert "not compatible with Android" in body("tracker")
q("s7-23", "does the tracker work with android", "en", "attribute", pid("tracker"), [NO], NO_YES)
assert "Holds up to 8kg" in body("lstand")
q("s7-24", "max weight for the laptop stand?", "en", "attribute", pid("lstand"), ["8"])
assert "IPX7 waterproof" in body("speaker")
q("s7-25", "这个蓝牙音箱防水吗", "zh", "attribute", pid("speaker"), [YES + ["IPX7", "防水"]], YES_NO, pinned=pid("speaker"))
assert "HDMI 4K@60Hz" in body("hub")
q("s7-26", "does the usb c hub do 4k 60hz", "en", "attribute", pid("hub"), [YES + ["4K@60Hz", "4k 60hz"]], YES_NO)
# --- faq (6)
q("s7-27", "do you ship to new zealand", "en", "faq", None, [YES], YES_NO)
q("s7-28", "能寄到美国吗", "zh", "faq", None, [NO], NO_YES)  # not "能寄": it sits inside "不能寄"
q("s7-29", "free shipping over what amount", "en", "faq", None, ["99"])
q("s7-30", "any promo code for the live", "en", "faq", None, ["LIVEVOLT15"])
q("s7-31", "可以退货吗 买错型号了", "zh", "faq", None, ["14"])
q("s7-32", "can i pay with afterpay", "en", "faq", None, [YES], YES_NO)
# --- compare (2)
q("s7-33", "which is cheaper the 10000mah or 20000mah power bank", "en", "compare", None,
  [num(base_price("pb10")), num(base_price("pb20"))])
q("s7-34", "lightning线1米和2米差多少钱", "zh", "compare", None,
  [num(variant("lightning", "1m")["price"]), num(variant("lightning", "2m")["price"])])
# --- unknown / unanswerable (4): no price may be quoted
q("s7-35", "do you have a pixel 8 case", "en", "unknown", None, [], [], answerable=False)
q("s7-36", "有没有华为手机壳", "zh", "unknown", None, [], [], answerable=False)
q("s7-37", "when will the 140w station be back in stock", "en", "unknown", pid("gan140"), [], [], answerable=False)
assert "warranty" not in body("carmount").lower()
q("s7-38", "whats the warranty on the magnetic car mount", "en", "unknown", pid("carmount"), [], [], answerable=False)
# --- chitchat (2)
q("s7-39", "omg the host's desk setup is so clean 😍", "en", "chitchat", None, [])
q("s7-40", "哈哈哈来了来了", "zh", "chitchat", None, [])

FAQ = {"faq": [
    {"id": "faq-ship-regions", "topic": "shipping", "question": "Which countries do you ship to?",
     "answer": "We ship within Australia and to New Zealand only. We do not ship to any other country at the moment "
               "(for example the US, UK, Canada, China or Singapore).",
     "facts": {"ship_to": ["Australia", "New Zealand"], "no_shipping_elsewhere": True}},
    {"id": "faq-ship-times", "topic": "shipping", "question": "How long does delivery take?",
     "answer": "Standard delivery takes 2-4 business days to metro areas, 4-8 business days to regional Australia "
               "and 6-10 business days to New Zealand. Express post (Australia only) takes 1-2 business days.",
     "facts": {"metro_days": "2-4", "regional_days": "4-8", "nz_days": "6-10", "express_days": "1-2"}},
    {"id": "faq-ship-cost", "topic": "shipping", "question": "How much is shipping? Is there free shipping?",
     "answer": "Standard shipping within Australia is free on orders of $99 AUD or more, otherwise $8.95. "
               "Express post is $14.95. Shipping to New Zealand is a flat $19.95.",
     "facts": {"free_au_threshold_aud": 99, "au_standard_aud": 8.95, "au_express_aud": 14.95, "nz_aud": 19.95}},
    {"id": "faq-dispatch", "topic": "shipping", "question": "When will my order ship?",
     "answer": "Orders placed before 2pm AEST on a business day ship the same day from our Melbourne warehouse.",
     "facts": {"same_day_cutoff": "2pm AEST", "warehouse": "Melbourne"}},
    {"id": "faq-returns", "topic": "returns", "question": "What is your return policy?",
     "answer": "Change-of-mind returns are accepted within 14 days of delivery if the item is unused and in its "
               "original packaging; the customer pays return postage. Faulty items are covered by the product "
               "warranty and the Australian Consumer Law.",
     "facts": {"return_window_days": 14, "condition": "unused, original packaging", "return_postage": "customer"}},
    {"id": "faq-payment", "topic": "payment", "question": "What payment methods do you accept?",
     "answer": "We accept Visa, Mastercard, American Express, PayPal, Afterpay, Apple Pay and Google Pay. "
               "We do not accept cryptocurrency, bank transfer, WeChat Pay or cash on delivery.",
     "facts": {"accepted": ["Visa", "Mastercard", "American Express", "PayPal", "Afterpay", "Apple Pay", "Google Pay"],
               "not_accepted": ["cryptocurrency", "bank transfer", "WeChat Pay", "cash on delivery"]}},
    {"id": "faq-discount-live", "topic": "discounts", "question": "Is there a discount code for the live stream?",
     "answer": "Use code LIVEVOLT15 for 15% off while we are live. Only one code can be used per order.",
     "facts": {"code": "LIVEVOLT15", "percent_off": 15, "valid": "during live stream", "codes_per_order": 1}},
    {"id": "faq-pickup", "topic": "orders", "question": "Can I pick up my order?",
     "answer": "No, we are online only and do not offer click and collect.",
     "facts": {"click_and_collect": False}},
]}


def main():
    assert 25 <= len(export["products"]) <= 40
    assert len(QS) == 40 and len({x["id"] for x in QS}) == 40
    known = {str(p["id"]) for p in export["products"]}
    for p in export["products"]:
        known |= {vsku(v) for v in p["variants"]}
    for x in QS:
        for s in (x["expect"]["sku"], (x.get("context") or {}).get("pinned_sku")):
            assert s is None or s in known, (x["id"], s)
    with open(os.path.join(HERE, "products.json"), "w", encoding="utf-8") as f:
        json.dump(export, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "faq.yaml"), "w", encoding="utf-8") as f:
        f.write("# ILLUSTRATIVE policy of an invented Australian accessories shop (Voltlane), prices in AUD.\n")
        yaml.safe_dump(FAQ, f, sort_keys=False, allow_unicode=True, width=110)
    for name, rows in (("questions.jsonl", QS), ("ideal_answers.jsonl",
                                                  [{"id": x["id"], "answer": ideal(x), "sku": x["expect"]["sku"]} for x in QS])):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(export["products"]), "products,", len(QS), "questions")


if __name__ == "__main__":
    main()
