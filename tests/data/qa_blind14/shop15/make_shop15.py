"""Generate shop15/products.json: a FICTIONAL Singapore Asian snacks, tea & pantry shop ("Jade Lantern Pantry")
in the shape of Shopify's public /products.json endpoint. Bilingual (English/Chinese) titles, options and
body_html, as shops selling to Chinese-speaking live-stream audiences write them. Currency SGD (prices are
strings without currency, as Shopify exports them). Deterministic: ids are counters, no randomness.

Run: python make_shop15.py  (writes products.json beside this script)
"""
import json
import os

PRODUCT_ID0 = 7305100000000
VARIANT_ID0 = 42311000000000
CREATED = "2026-07-01T10:00:00+08:00"

# Each product: title, vendor, type, tags, options [(name, [values])], variants [(opts tuple, price, compare_at,
# sku, qty)], body (HTML). qty 0 -> available false.
P = []


def add(title, vendor, ptype, tags, options, variants, body, handle=None):
    P.append(dict(title=title, vendor=vendor, ptype=ptype, tags=tags, options=options, variants=variants,
                  body=body, handle=handle))


add("Osmanthus Oolong Tea 桂花乌龙茶 100g", "Golden Leaf Tea Co.", "Tea", ["tea", "oolong", "乌龙茶", "bestseller"],
    [("Weight", ["100g", "250g"])],
    [(("100g",), "12.90", None, "GL-OSM-100", 46), (("250g",), "28.00", "32.00", "GL-OSM-250", 9)],
    "<p>Lightly roasted Tieguanyin-style oolong scented with real osmanthus flowers. 桂花清香，回甘明显。</p>"
    "<ul><li><strong>Origin 产地:</strong> Anxi, Fujian, China 福建安溪</li>"
    "<li><strong>Ingredients 配料:</strong> oolong tea leaves, dried osmanthus flowers</li>"
    "<li><strong>Shelf life 保质期:</strong> 24 months</li>"
    "<li><strong>Storage 储存:</strong> keep sealed in a cool, dry place away from odours</li>"
    "<li>Brewing: 5g per 150ml, 95°C water, 30-45 seconds; can be re-steeped 5-6 times</li>"
    "<li>Contains caffeine 含咖啡因</li></ul>")

add("West Lake Longjing Dragon Well Green Tea 西湖龙井 Spring 2026", "Golden Leaf Tea Co.", "Tea",
    ["tea", "green tea", "绿茶"],
    [("Size", ["50g tin", "125g tin"])],
    [(("50g tin",), "26.80", None, "GL-LJ-050", 14), (("125g tin",), "58.00", None, "GL-LJ-125", 0)],
    "<p>Pre-Qingming (明前) pan-fired green tea, hand-picked in spring 2026. Chestnut aroma, flat jade leaves.</p>"
    "<p>Origin: Hangzhou, Zhejiang, China 浙江杭州. Shelf life 18 months. "
    "Store in the fridge after opening 开封后请冷藏. Brew at 80°C, not boiling.</p>")

add("Menghai Ripe Pu-erh Tea Cake 勐海熟普洱茶饼 357g (2016)", "Golden Leaf Tea Co.", "Tea",
    ["tea", "pu-erh", "普洱"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "45.00", None, "", 7)],
    "<p>Classic 357g compressed cake of ripe (shou) pu-erh, pressed in 2016 in Menghai, Yunnan 云南勐海.</p>"
    "<ul><li>Ingredients: 100% Yunnan large-leaf sun-dried tea</li>"
    "<li>Shelf life: no expiry when stored properly; flavour mellows with age 越陈越香</li>"
    "<li>Storage: room temperature, ventilated, away from sunlight and strong smells</li>"
    "<li>Comes wrapped in traditional cotton paper 棉纸包装</li></ul>")

add("Jasmine Silver Needle Tea Bags 茉莉银针茶包 (20 bags)", "Golden Leaf Tea Co.", "Tea",
    ["tea", "jasmine", "茉莉花茶", "tea bags"],
    [("Pack", ["1 box", "3 boxes"])],
    [(("1 box",), "9.90", None, "", 60), (("3 boxes",), "26.50", "29.70", "", 18)],
    "<p>Jasmine-scented white tea in biodegradable pyramid bags. 20 bags x 2.5g per box.</p>"
    "<p>Origin: Fuding, Fujian. Shelf life 24 months. Low caffeine. Steep 3 minutes at 85°C.</p>")

add("Hong Kong Style Milk Tea 港式奶茶 3-in-1 (10 sachets)", "Hong Kee Provisions", "Beverage",
    ["milk tea", "奶茶", "instant"],
    [("Flavour 口味", ["Original 原味", "Less Sweet 少糖"])],
    [(("Original 原味",), "8.50", None, "HK-MT-ORI", 35), (("Less Sweet 少糖",), "8.50", None, "HK-MT-LS", 0)],
    "<p>Silky 'pantyhose' milk tea in a sachet: just add 180ml hot water. 10 sachets x 30g.</p>"
    "<ul><li>Ingredients: sugar, non-dairy creamer, black tea extract, milk powder</li>"
    "<li>Allergens 过敏原: contains <strong>milk</strong> 含牛奶</li>"
    "<li>Made in Hong Kong 香港制造 · Shelf life 18 months</li></ul>")

add("麻辣牛肉干 Spicy Mala Beef Jerky 100g", "Spice Lane", "Snacks", ["jerky", "牛肉干", "spicy", "meat snack"],
    [("口味", ["原味", "麻辣", "五香"])],
    [(("原味",), "11.90", None, "", 22), (("麻辣",), "11.90", None, "", 31), (("五香",), "11.90", None, "", 0)],
    "<p>四川风味手撕牛肉干 Hand-torn beef jerky, Sichuan style. 原味 = original, 麻辣 = numbing mala, "
    "五香 = five-spice.</p>"
    "<ul><li>配料 Ingredients: beef, sugar, soy sauce (soybean, <strong>wheat</strong>), chilli, Sichuan pepper, "
    "spices</li><li>过敏原 Allergens: soy, wheat</li>"
    "<li>产地 Origin: Chengdu, Sichuan 四川成都</li><li>保质期 Shelf life: 9 months; refrigerate after opening</li>"
    "<li>Not halal 非清真</li></ul>")

add("Spice Lane Latiao Spicy Gluten Strips 辣条", "Spice Lane", "Snacks", ["latiao", "辣条", "spicy", "vegetarian"],
    [("规格", ["5包", "10包"])],
    [(("5包",), "6.50", "7.90", "SL-LT-5", 52), (("10包",), "11.90", None, "SL-LT-10", 24)],
    "<p>The cult Chinese school-gate snack: chewy wheat-gluten strips in sweet-spicy chilli oil. "
    "Each pack 65g.</p>"
    "<p>Ingredients: wheat flour, soybean oil, chilli, sugar, salt, spices. Contains <strong>wheat (gluten) and "
    "soy</strong>. Suitable for vegetarians 素食可吃 (no meat, no egg). Shelf life 6 months.</p>")

add("Chiu Chow Chilli Oil 潮州辣椒油 180ml", "Hong Kee Provisions", "Sauces & Condiments",
    ["chilli oil", "辣椒油", "sauce"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "7.80", None, "HK-CC-180", 40)],
    "<p>Fragrant Teochew-style chilli oil with plenty of garlic. Great with dumplings and noodles.</p>"
    "<ul><li>Ingredients: soybean oil, chilli, garlic, salt</li><li>Allergen: soy</li>"
    "<li>Glass jar 180ml. Shelf life 12 months unopened; refrigerate after opening and use within 3 months</li>"
    "<li>Made in Hong Kong</li></ul>")

add("Golden Hill Crispy Chilli Crisp 香辣脆油辣椒 210g", "Golden Hill", "Sauces & Condiments",
    ["chilli crisp", "辣椒酱", "sauce"],
    [("Heat 辣度", ["Mild 微辣", "Extra Hot 特辣"])],
    [(("Mild 微辣",), "6.90", None, "", 33), (("Extra Hot 特辣",), "6.90", None, "", 12)],
    "<p>Crunchy fried chilli, fermented black beans and <strong>peanuts</strong> in oil. 210g glass jar.</p>"
    "<p>Allergens 过敏原: <strong>peanuts 花生</strong>, soy. Not suitable for people with peanut allergy. "
    "Origin: Guizhou, China 贵州. Shelf life 12 months. No need to refrigerate, keep the oil covering the chilli.</p>")

add("Premium Light Soy Sauce 特级生抽", "Pearl Bridge", "Sauces & Condiments", ["soy sauce", "酱油", "pantry"],
    [("Size", ["500ml", "1.9L"])],
    [(("500ml",), "5.20", None, "PB-LSS-500", 70), (("1.9L",), "14.80", None, "PB-LSS-1900", 15)],
    "<p>Naturally brewed for 180 days 180天自然酿造. First-draw light soy for dipping and stir-fry.</p>"
    "<p>Ingredients: water, soybeans, wheat, salt, sugar. Contains soy and wheat: <strong>not gluten-free</strong>. "
    "Made in Guangdong, China. Shelf life 24 months.</p>")

add("Shanxi Mature Vinegar 山西老陈醋 (Aged 3 Years) 420ml", "Pearl Bridge", "Sauces & Condiments",
    ["vinegar", "醋", "pantry"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "4.90", None, "", 28)],
    "<p>Dark, mellow black vinegar aged 3 years 三年陈酿 in Taiyuan, Shanxi.</p>"
    "<p>Ingredients: water, sorghum, barley, peas, wheat bran, salt. Contains gluten (barley, wheat). "
    "Shelf life 36 months.</p>")

add("Taiwanese Braised Pork Instant Noodles 台湾卤肉面 (5 packs)", "Formosa Kitchen", "Instant Noodles",
    ["instant noodles", "泡面", "方便面", "taiwan"],
    [("Pack", ["5 packs", "Carton of 30"])],
    [(("5 packs",), "9.80", None, "", 41), (("Carton of 30",), "52.00", "58.80", "", 6)],
    "<p>Springy knife-cut style noodles with a rich braised pork sauce packet. Made in Taiwan 台湾制造.</p>"
    "<ul><li>Net weight: 5 x 115g</li><li>Contains <strong>pork 含猪肉</strong>, wheat, soy. Not halal.</li>"
    "<li>Shelf life: 8 months</li><li>Cook 4 minutes in boiling water</li></ul>")

add("Tom Yum Goong Cup Noodles 冬阴功杯面 (6 cups)", "Siam Bowl", "Instant Noodles",
    ["instant noodles", "杯面", "tom yum", "spicy"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "10.50", None, "SB-TY-6", 0)],
    "<p>Hot and sour Thai tom yum with creamy coconut. 6 cups x 70g.</p>"
    "<p>Contains <strong>shrimp (crustacean)</strong>, milk, wheat, soy. Made in Thailand. Shelf life 9 months.</p>")

add("Chongqing Beef Tallow Hot Pot Base 重庆牛油火锅底料 400g", "Spice Lane", "Sauces & Condiments",
    ["hot pot", "火锅底料", "spicy"],
    [("口味", ["微辣", "中辣", "特辣"])],
    [(("微辣",), "9.90", None, "", 19), (("中辣",), "9.90", None, "", 25), (("特辣",), "9.90", None, "", 0)],
    "<p>正宗重庆牛油火锅底料 Authentic Chongqing hot pot base made with beef tallow 牛油. One block serves 4-6 "
    "people.</p><p>Ingredients: beef tallow, chilli, Sichuan pepper, fermented broad bean paste, ginger, garlic. "
    "Contains beef: not vegetarian. Shelf life 12 months. Store below 25°C.</p>")

add("Spicy Konjac Strips 魔芋爽 (20 packs)", "Spice Lane", "Snacks", ["konjac", "魔芋", "vegan", "low calorie"],
    [("Flavour", ["Hot & Spicy 香辣", "Hot & Sour 酸辣"])],
    [(("Hot & Spicy 香辣",), "8.80", None, "", 44), (("Hot & Sour 酸辣",), "8.80", None, "", 17)],
    "<p>Chewy konjac strips in chilli oil, 20 individual 18g packs. Vegan 纯素. Only 18 kcal per pack.</p>"
    "<p>Ingredients: konjac, water, soybean oil, chilli, salt. Made in Hunan, China. Shelf life 8 months. "
    "Chew well: not recommended for young children.</p>")

add("Cebu Dried Mango Slices 宿务芒果干", "Orchard & Co.", "Dried Fruit", ["dried fruit", "芒果干", "mango"],
    [("Weight", ["200g", "500g"])],
    [(("200g",), "8.90", None, "OC-MG-200", 63), (("500g",), "19.90", "22.00", "OC-MG-500", 21)],
    "<p>Sweet and chewy mango slices from Cebu, Philippines 菲律宾宿务.</p>"
    "<ul><li>Ingredients: mango (88%), sugar, sodium metabisulphite (preservative)</li>"
    "<li>Contains <strong>sulphites</strong></li><li>Shelf life 12 months; reseal the zip bag after opening</li></ul>")

add("Honey Roasted Cashews 蜂蜜腰果", "Orchard & Co.", "Nuts", ["nuts", "腰果", "cashew"],
    [("Weight", ["250g", "500g"])],
    [(("250g",), "12.50", None, "", 27), (("500g",), "23.00", None, "", 0)],
    "<p>Whole W320 cashews from Binh Phuoc, Vietnam 越南, roasted with honey and a touch of sea salt.</p>"
    "<p>Ingredients: cashew nuts, honey, sugar, sesame oil, salt. Allergens: <strong>tree nuts, sesame</strong>. "
    "Packed in a facility that also handles peanuts. Shelf life 6 months. Store in an airtight jar.</p>")

add("Salted Egg Yolk Fish Skin 咸蛋鱼皮 100g", "Lion City Crisps", "Snacks",
    ["salted egg", "咸蛋", "fish skin", "made in singapore"],
    [("Flavour", ["Salted Egg 咸蛋", "Mala Salted Egg 麻辣咸蛋"])],
    [(("Salted Egg 咸蛋",), "7.90", "9.50", "LC-FS-SE", 38), (("Mala Salted Egg 麻辣咸蛋",), "7.90", "9.50",
                                                                     "LC-FS-MSE", 4)],
    "<p>Crispy dory fish skin tossed in buttery salted egg yolk, curry leaves and chilli. Made in Singapore "
    "新加坡制造.</p><p>Ingredients: fish skin, salted egg yolk, butter, curry leaves, chilli, sugar. "
    "Allergens: <strong>fish, egg, milk</strong>. Shelf life 4 months. Best eaten within 2 days of opening.</p>")

add("Ningxia Goji Berries 宁夏枸杞 Grade A 250g", "Orchard & Co.", "Dried Fruit", ["goji", "枸杞", "dried fruit"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "9.50", None, "OC-GJ-250", 55)],
    "<p>Large, sweet Grade A goji berries from Zhongning, Ningxia 宁夏中宁.</p>"
    "<p>Ingredients: 100% goji berries. No added sugar, no sulphur fumigation 无硫熏. Shelf life 12 months. "
    "Refrigerate after opening.</p>")

add("Xinjiang Red Dates 新疆若羌红枣 500g", "Orchard & Co.", "Dried Fruit", ["red dates", "红枣", "jujube"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "10.80", "12.80", "", 32)],
    "<p>Thick-fleshed jujubes from Ruoqiang, Xinjiang. Whole dates with stones 有核.</p>"
    "<p>Ingredients: 100% dried jujube. Shelf life 12 months. Store in a cool dry place.</p>")

add("Daily Mixed Nuts 每日坚果 (30 sachets)", "Orchard & Co.", "Nuts", ["nuts", "坚果", "healthy"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "24.90", None, "OC-DN-30", 16)],
    "<p>One 25g sachet a day: almonds, cashews, walnuts, hazelnuts, dried cranberries and raisins.</p>"
    "<p>Allergens: <strong>tree nuts</strong>. No peanuts. Lightly baked, unsalted. Shelf life 9 months.</p>")

add("Double Yolk White Lotus Mooncake Gift Box 双黄白莲蓉月饼礼盒 (4 pcs)", "Moon Palace Bakery", "Mooncakes",
    ["mooncake", "月饼", "gift box", "mid-autumn"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "58.00", "68.00", "MP-WL2Y-4", 23)],
    "<p>Baked Cantonese mooncakes 广式月饼, smooth white lotus seed paste with two salted duck egg yolks each. "
    "4 pieces x 185g in a red lacquer-style gift box with carrier bag 附送礼袋.</p>"
    "<ul><li>Ingredients: lotus seed paste (lotus seeds, sugar, peanut oil), wheat flour, salted duck egg yolk, "
    "golden syrup</li><li>Allergens: <strong>wheat, egg, peanut</strong></li>"
    "<li>Shelf life: 45 days from production; store at room temperature, away from sunlight</li>"
    "<li>Baked in Singapore</li></ul>")

add("Snowskin Mooncake Assorted 冰皮月饼 (8 pcs)", "Moon Palace Bakery", "Mooncakes",
    ["mooncake", "冰皮", "frozen"],
    [("Box", ["Assorted Fruits 水果", "Musang King Durian 猫山王榴莲"])],
    [(("Assorted Fruits 水果",), "48.00", None, "", 15), (("Musang King Durian 猫山王榴莲",), "62.00", None, "", 0)],
    "<p>Soft chilled snowskin mooncakes, 8 mini pieces x 50g. Fruits box: mango, lychee, yuzu, strawberry.</p>"
    "<p><strong>Keep frozen 需冷冻</strong> at -18°C: keeps 30 days frozen; once thawed, keep chilled and eat "
    "within 2 days. Contains milk and wheat. Delivered in a cooler bag with ice packs.</p>")

add("Mid-Autumn Tea & Mooncake Gift Set 中秋茶礼盒", "Moon Palace Bakery", "Gift Sets",
    ["gift box", "礼盒", "mid-autumn", "tea"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "88.00", None, "", 11)],
    "<p>A ready-to-give hamper: 2 baked white lotus mooncakes (185g each), one 50g tin of Osmanthus Oolong, and "
    "2 porcelain tea cups, in a wooden box with a greeting card.</p>"
    "<p>Box size: 32 x 24 x 10 cm. Mooncakes best before 45 days from production.</p>")

add("Taiwanese Pineapple Tarts 凤梨酥", "Formosa Kitchen", "Pastries", ["pineapple tart", "凤梨酥", "taiwan"],
    [("Pack", ["10 pcs", "20 pcs"])],
    [(("10 pcs",), "16.80", None, "FK-PT-10", 26), (("20 pcs",), "31.00", None, "FK-PT-20", 8)],
    "<p>Buttery shortcrust filled with real pineapple jam 土凤梨. Each piece individually wrapped, 25g.</p>"
    "<p>Ingredients: wheat flour, butter, pineapple, winter melon, sugar, egg. Allergens: wheat, milk, egg. "
    "Shelf life 60 days.</p>")

add("Tongxiang Chrysanthemum Bud Tea 桐乡胎菊 50g", "Golden Leaf Tea Co.", "Tea", ["herbal tea", "菊花茶"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "6.50", None, "GL-CHR-50", 48)],
    "<p>Whole chrysanthemum buds from Tongxiang, Zhejiang. Naturally <strong>caffeine-free</strong> 不含咖啡因; "
    "pairs well with goji berries.</p><p>Shelf life 18 months. Keep dry.</p>")

add("Haw Flakes Retro Rolls (10 rolls)", "Hong Kee Provisions", "Snacks", ["haw flakes", "retro", "candy"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "3.90", None, "", 90)],
    "<p>The childhood classic: thin hawthorn discs, 10 rolls x 20g.</p>"
    "<p>Ingredients: hawthorn fruit, sugar. Fat-free. Shelf life 18 months.</p>")

add("Nyonya Kaya Coconut Jam 250g", "Lion City Crisps", "Spreads", ["kaya", "spread", "made in singapore"],
    [("Flavour", ["Pandan", "Hainanese Brown"])],
    [(("Pandan",), "7.50", None, "", 20), (("Hainanese Brown",), "7.50", None, "", 13)],
    "<p>Slow-cooked coconut egg jam, made in small batches in Singapore.</p>"
    "<ul><li>Ingredients: coconut milk, eggs, sugar, pandan leaves (Pandan)</li><li>Allergen: egg</li>"
    "<li>No preservatives: <strong>keep refrigerated</strong>, shelf life 3 weeks; eat within 1 week of "
    "opening</li></ul>")

add("Chongqing Hot & Sour Sweet Potato Noodles 重庆酸辣粉 (6 bowls)", "Spice Lane", "Instant Noodles",
    ["instant noodles", "酸辣粉", "spicy", "gluten free"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "13.90", "15.90", "SL-SLF-6", 37)],
    "<p>Glass-clear sweet potato noodles with black vinegar, chilli oil and crunchy peanuts. 6 bowls x 130g.</p>"
    "<p>Noodles made from sweet potato starch (no wheat). Contains <strong>peanuts and soy</strong>. "
    "Ready in 5 minutes with boiling water. Shelf life 6 months.</p>")

add("Matcha Genmaicha 抹茶玄米茶 200g", "Golden Leaf Tea Co.", "Tea", ["tea", "japanese tea", "玄米茶"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "11.00", None, "", 24)],
    "<p>Japanese sencha with toasted brown rice, dusted with matcha. Origin: Shizuoka, Japan 日本静冈.</p>"
    "<p>Shelf life 12 months. Low caffeine. Brew at 80-90°C for 1 minute.</p>")

add("Musang King Freeze-Dried Durian 猫山王冻干榴莲 60g", "Orchard & Co.", "Dried Fruit",
    ["durian", "榴莲", "freeze-dried"],
    [("Title", ["Default Title"])],
    [(("Default Title",), "19.90", None, "OC-DUR-60", 0)],
    "<p>100% Musang King durian from Pahang, Malaysia, freeze-dried into crunchy bites. No added sugar.</p>"
    "<p>Shelf life 12 months. Strong aroma 味道浓郁.</p>")


def slug(text: str) -> str:
    ascii_part = "".join(c.lower() if c.isalnum() and c.isascii() else "-" for c in text)
    return "-".join(part for part in ascii_part.split("-") if part)


def build() -> dict:
    products = []
    vid = VARIANT_ID0
    for i, p in enumerate(P):
        pid = PRODUCT_ID0 + i * 17
        variants = []
        for pos, (opts, price, compare, sku, qty) in enumerate(p["variants"], 1):
            vid += 1
            o = list(opts) + [None] * (3 - len(opts))
            variants.append({
                "id": vid, "title": " / ".join(opts), "option1": o[0], "option2": o[1], "option3": o[2],
                "sku": sku, "requires_shipping": True, "taxable": True, "featured_image": None,
                "available": qty > 0, "price": price, "grams": 0, "compare_at_price": compare,
                "position": pos, "product_id": pid, "inventory_quantity": qty,
                "created_at": CREATED, "updated_at": CREATED})
        products.append({
            "id": pid, "title": p["title"], "handle": p["handle"] or slug(p["title"]), "body_html": p["body"],
            "published_at": CREATED, "created_at": CREATED, "updated_at": CREATED, "vendor": p["vendor"],
            "product_type": p["ptype"], "tags": p["tags"],
            "variants": variants,
            "images": [],
            "options": [{"name": n, "position": k, "values": vals} for k, (n, vals) in enumerate(p["options"], 1)],
        })
    return {"products": products}


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "products.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(out, len(P), "products")
