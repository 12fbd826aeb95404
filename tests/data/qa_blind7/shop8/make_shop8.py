"""Build a messy Shopify products.json for a made-up UK jewellery & watch shop ("Wren & Ash", GBP),
its faq.yaml and questions.jsonl. Gold = variant sku, or the variant id (string) where sku is empty,
or the product id (string) for product-level questions. Everything here is invented for testing."""
import itertools
import json

ids = itertools.count(7390112000001, 7919)
vids = itertools.count(42871330000003, 613)
products, KEY = [], {}


def prod(key, title, ptype, tags, body, options, rows, vendor="Wren & Ash"):
    """rows: (option values tuple, price, sku or '', available, compare_at or None)"""
    pid = next(ids)
    variants = []
    for vals, price, sku, avail, cmp in rows:
        v = {"id": next(vids), "product_id": pid, "title": " / ".join(vals) if vals else "Default Title",
             "sku": sku, "price": f"{price:.2f}", "compare_at_price": None if cmp is None else f"{cmp:.2f}",
             "available": avail, "requires_shipping": True, "taxable": True, "grams": 20}
        for i in range(3):
            v[f"option{i + 1}"] = (vals[i] if i < len(vals) else None) if vals else ("Default Title" if i == 0 else None)
        variants.append(v)
    opts = [{"name": n, "position": i + 1, "values": list(dict.fromkeys(r[0][i] for r in rows))}
            for i, n in enumerate(options)] or [{"name": "Title", "position": 1, "values": ["Default Title"]}]
    handle = title.lower().replace("'", "").replace("&", "and").replace(" ", "-")
    products.append({"id": pid, "title": title, "handle": handle, "body_html": body, "vendor": vendor,
                     "product_type": ptype, "tags": tags, "published_at": "2026-09-01T10:00:00+01:00",
                     "variants": variants, "options": opts})
    KEY[key] = products[-1]


def var(key, *vals):
    for v in KEY[key]["variants"]:
        if all(x in (v["option1"], v["option2"], v["option3"]) for x in vals):
            return v
    raise KeyError((key, vals))


def gold(key, *vals):
    if not vals:
        return str(KEY[key]["id"])
    v = var(key, *vals)
    return v["sku"] or str(v["id"])


prod("aurora", "Aurora Solitaire Ring", "Rings", ["engagement", "diamond", "gold"],
     "<p>A classic four-claw solitaire. <strong>9ct yellow gold</strong> band (1.8mm) set with a 0.25ct "
     "<em>lab-grown</em> diamond, colour G, clarity VS2.</p><ul><li>UK ring sizes J to P</li>"
     "<li>Hallmarked in Birmingham</li><li>Arrives in our signature oak box</li></ul>",
     ["Ring Size"], [((s,), 495, "", s != "N", 595) for s in ["J", "L", "N", "P"]])
prod("luna", "Luna Stacking Band", "Rings", ["stacking", "silver", "everyday"],
     "<p>Skinny 2mm band for stacking. Solid 925 sterling silver, or sterling silver with a thick 18k gold vermeil "
     "layer.</p><p>Tip: stacking bands run slightly small, go half a size up.</p>",
     ["Size", "Metal"], [((s, m), 45 if m == "Sterling Silver" else 55, f"LUNA-{s}-{'SS' if m == 'Sterling Silver' else 'GV'}",
                          not (s == "M" and m == "Gold Vermeil"), None)
                         for m in ["Sterling Silver", "Gold Vermeil"] for s in ["H", "K", "M", "O", "Q"]])
prod("celeste", "Celeste Tennis Bracelet", "Bracelets", ["sparkle", "silver"],
     "<p>Rhodium-plated sterling silver tennis bracelet with 3mm cubic zirconia stones and a box clasp "
     "with safety catch.</p>", ["Length"], [(("17cm",), 120, "CEL-TB-17", True, None),
                                             (("19cm",), 120, "CEL-TB-19", True, None)])
prod("marlow", "Marlow Curb Chain", "Necklaces", ["chain", "unisex"],
     "<p>Our bestselling 3.5mm curb chain with a lobster clasp. Choose sterling silver or solid 9ct gold.</p>"
     "<p>Lengths measured end to end, clasp included.</p>", ["Metal", "Length"],
     [((m, ln), 65 if m == "Sterling Silver" else 240, "", not (m == "9ct Gold" and ln == '24"'), None)
      for m in ["Sterling Silver", "9ct Gold"] for ln in ['16"', '18"', '20"', '24"']])
prod("isla", "Isla Pearl Drop Earrings", "Earrings", ["pearl", "bridal"],
     "<p>Freshwater pearls (8mm, near-round) on sterling silver hooks. Each pearl is unique.</p>",
     [], [((), 58, "ISLA-PRL", False, None)])
prod("ember", "Ember Birthstone Pendant", "Necklaces", ["birthstone", "gift", "personalised"],
     "<p>A 4mm birthstone in a sterling silver bezel on a fine 18 inch trace chain.</p>",
     ["Birthstone"], [((b,), 39, "", b not in ("April - White Topaz", "September - Sapphire"), None)
                      for b in ["January - Garnet", "April - White Topaz", "May - Emerald", "July - Ruby",
                                "September - Sapphire", "December - Blue Topaz"]])
prod("halo", "Halo Huggie Hoops", "Earrings", ["hoops", "everyday", "hypoallergenic"],
     "<p>12mm chunky huggie hoops with a hinged click closure.</p><ul><li>18ct gold plated or silver tone over "
     "surgical steel</li><li>Hypoallergenic &amp; nickel free</li><li>Sold as a pair</li></ul>",
     ["Finish"], [(("Gold",), 35, "HALO-G", True, None), (("Silver",), 35, "HALO-S", True, None)])
prod("signet", "Oval Signet Ring", "Rings", ["mens", "signet", "silver"],
     "<p>Heavy solid sterling silver signet with a polished oval face (14 x 11mm). Hand engraving available "
     "at checkout.</p>", ["Size"], [((s,), 85, "", s != "T", None) for s in ["Q", "S", "T", "V", "X", "Z"]])
prod("kestrel", "Kestrel Automatic Watch", "Watches", ["watch", "automatic", "mens"],
     "<p>Our everyday automatic. 40mm brushed stainless steel case, Miyota 8215 automatic movement with a 42-hour "
     "power reserve, domed sapphire crystal and an exhibition caseback.</p><p>Water resistant to 100m. "
     "Lug width 20mm. 2-year warranty.</p>", ["Strap"],
     [(("Black Leather",), 349, "KES-AUTO-BL", True, None), (("Steel Bracelet",), 389, "KES-AUTO-SB", True, None)])
prod("tide", "Tide Diver Watch", "Watches", ["watch", "diver", "quartz"],
     "<p>42mm stainless steel diver with a unidirectional ceramic bezel, Swiss Ronda 715 quartz movement and "
     "luminous hands. <b>Water resistant to 200m</b> - fine for swimming and snorkelling. Rubber strap, "
     "22mm lugs.</p>", ["Dial Colour"],
     [((c,), 229, "", c != "Green", None) for c in ["Blue", "Black", "Green"]])
prod("petite", "Petite Mesh Watch", "Watches", ["watch", "womens", "minimal"],
     "<p>Minimal 28mm watch with a fine Milanese mesh strap and Japanese quartz movement. 3ATM water resistant: "
     "splash proof only, not suitable for swimming or showering.</p>", ["Colour"],
     [(("Rose Gold",), 119, "PET-RG", True, None), (("Silver",), 119, "PET-SV", True, None)])
prod("field", "Field Chronograph", "Watches", ["watch", "chronograph", "sale"],
     "<p>41mm field watch with a quartz chronograph (1/10 second), 50m water resistance and a two-piece nylon "
     "strap.</p>", ["Strap Colour"],
     [((c,), 179, "", True, 199) for c in ["Olive", "Navy", "Sand"]])
prod("strap", "Italian Leather Watch Strap", "Watch Straps", ["strap", "accessory"],
     "<p>Vegetable-tanned Italian leather with quick-release spring bars. Fits most watches.</p>",
     ["Colour", "Width"], [((c, w), 25, "", not (c == "Tan" and w == "18mm"), None)
                           for c in ["Tan", "Brown", "Black"] for w in ["18mm", "20mm", "22mm"]])
prod("cloth", "Silver Polishing Cloth", "Care", ["care"], "<p>Impregnated cloth. Restores shine to silver and "
     "gold. Not for plated pieces.</p>", [], [((), 6.5, "CLOTH-1", True, None)])
prod("case", "Travel Jewellery Case", "Accessories", ["gift", "travel"],
     "<p>Zip-around case in vegan leather with ring rolls, earring slots and a removable pouch. 10 x 10 x 5cm.</p>",
     ["Colour"], [((c,), 32, "", c != "Navy", None) for c in ["Blush", "Sage", "Navy"]])
prod("cuban", "Nova Cuban Link Bracelet", "Bracelets", ["mens", "steel"],
     "<p>8mm Cuban link bracelet in 316L stainless steel. Waterproof and won't tarnish.</p>", ["Length"],
     [((ln,), 75, "", True, None) for ln in ["19cm", "21cm", "23cm"]])
prod("rosa", "Rosa Rose Quartz Bracelet", "Bracelets", ["crystal", "beaded"],
     "<p>6mm rose quartz beads on durable stretch cord. One size fits most wrists (about 17cm unstretched).</p>",
     [], [((), 22, "", True, None)])
prod("seren", "Seren Initial Necklace", "Necklaces", ["personalised", "initial", "gift"],
     "<p>A dainty initial disc in 14k gold filled on an adjustable chain (16 to 18 inches).</p>", ["Letter"],
     [((letter,), 48, "", letter != "K", None) for letter in ["A", "E", "J", "K", "M", "S"]])
prod("orion", "Orion Cufflinks", "Cufflinks", ["mens", "wedding"],
     "<p>Sterling silver cufflinks with a round black onyx inlay and a swivel bar back.</p>",
     [], [((), 89, "ORI-CL", True, None)])
prod("eternity", "Half Eternity Band", "Rings", ["wedding", "diamond"],
     "<p>2.5mm band in <strong>platinum 950</strong>, half set with 0.50ct total of natural diamonds.</p>",
     ["Ring Size"], [((s,), 1250, "", True, None) for s in ["K", "M", "O"]])
prod("cuffs", "Ear Cuff Trio", "Earrings", ["no piercing", "set"],
     "<p>Set of three ear cuffs, no piercing needed. Gold plated brass.</p>", [], [((), 18, "", True, None)])
prod("kids", "Kids' Digital Watch", "Watches", ["watch", "kids"],
     "<p>Soft silicone strap, backlight, alarm and stopwatch. 30m water resistant.</p>", ["Colour"],
     [(("Pink",), 19.99, "", True, None), (("Blue",), 19.99, "", True, None)])
prod("anklet", "Figaro Anklet", "Anklets", ["summer", "silver"],
     "<p>Sterling silver Figaro chain anklet, 23cm with a 3cm extender.</p>", [], [((), 29, "", True, None)])

with open("products.json", "w", encoding="utf-8") as f:
    json.dump({"products": products}, f, ensure_ascii=False, indent=1)

# --------------------------------------------------------------------- questions
YES = ["yes", "yep", "yeah", "yup", "sure", "it does", "they do", "we do", "we have", "comes in", "available",
       "有的", "有", "可以", "是的", "对", "支持", "能"]
YES_BAD = ["doesn't", "does not", "don't", "do not", "isn't", "not available", "unfortunately", "没有", "没", "不是",
           "不能", "不支持", "不提供", "不行"]
NO = ["no", "nope", "not", "doesn't", "does not", "don't", "do not", "isn't", "only", "没有", "没", "不", "只有", "无"]
NO_BAD = ["yes", "yep", "是的"]
IN = ["in stock", "available", "left", "有货", "有库存", "现货", "还有"]
OUT = ["out of stock", "sold out", "not in stock", "unavailable", "not available", "none left", "0 left", "缺货",
       "售罄", "没货", "卖完", "无货", "没有库存", "没库存", "断货"]
qs = []


def q(text, lang, typ, sku, inc=(), exc=(), ans=True, pin=None):
    d = {"id": f"s8-{len(qs) + 1:03d}", "question": text, "lang": lang, "type": typ,
         "expect": {"sku": sku, "must_include": list(inc), "must_not_include": list(exc), "answerable": ans}}
    if pin:
        d["context"] = {"pinned_sku": pin}
    qs.append(d)


def stock(text, lang, key, *vals, pin=None):
    avail = var(key, *vals)["available"] if vals else any(v["available"] for v in KEY[key]["variants"])
    q(text, lang, "stock", gold(key, *vals), [IN] if avail else [OUT], OUT if avail else [], pin=pin)


q("how much is the kestrel automatic on the steel bracelet?", "en", "price", gold("kestrel", "Steel Bracelet"),
  ["389"], ["349"])
q("那个潜水表多少钱", "zh", "price", gold("tide"), ["229"], ["179", "199"])
q("珍珠耳环多少钱？", "zh", "price", gold("isla"), ["58"], ["35", "18"])
stock("isla pearl earings still in stock?", "en", "isla")
stock("tide diver in green available?", "en", "tide", "Green")
stock("marlow curb chain silver 18 inch in stock?", "en", "marlow", "Sterling Silver", '18"')
stock("any of the 9ct gold marlow chain left in 24\"?", "en", "marlow", "9ct Gold", '24"')
q("does the aurora solitaire come in a size R", "en", "variant", gold("aurora"), [NO], NO_BAD)
q("单钻戒指有P码吗", "zh", "variant", gold("aurora", "P"), [YES + ["P"]], ["doesn't", "does not", "don't"])
q("what lengths does the marlow chain come in", "en", "variant", gold("marlow"), ["16", "18", "20", "24"])
q("how water resistant is the tide diver? can i swim in it", "en", "attribute", gold("tide"), ["200"])
q("机械表用的什么机芯", "zh", "attribute", gold("kestrel"), [["miyota", "8215"]])
q("are the halo huggies nickel free?", "en", "attribute", gold("halo"), [YES + ["nickel free", "nickel-free"]],
  YES_BAD)
q("玫瑰金网带手表可以戴着游泳吗", "zh", "attribute", gold("petite"), [NO], ["yes", "yep", "是的"])
q("what metal is the half eternity band", "en", "attribute", gold("eternity"), [["platinum", "铂", "白金"]])
q("kestral watch case size?", "en", "attribute", gold("kestrel"), ["40"])
q("field chrono vs tide diver, which is cheaper", "en", "compare", None, ["179", "229"])
q("网球手链和古巴链手链差多少钱", "zh", "compare", None, ["120", "75"])
q("do you sell rolex watches", "en", "unknown", None, [], [], False)
q("有卖男士皮带吗", "zh", "unknown", None, [], [], False)
q("这个是哪里产的", "zh", "unknown", gold("orion"), [], [], False, pin=gold("orion"))
q("when will the isla pearl drops be back in stock", "en", "unknown", gold("isla"), [], [], False)
q("how much for this one?", "en", "price", gold("seren"), ["48"], ["39", "58"], pin=gold("seren"))
stock("got the letter K?", "en", "seren", "K", pin=gold("seren"))
q("这个有银色的吗", "zh", "variant", gold("halo", "Silver"), [YES + ["silver", "银"]],
  ["doesn't", "does not", "don't", "没有银"], pin=gold("halo"))
q("is uk delivery free?", "en", "faq", None, ["50"])
q("刻字的商品可以退吗", "zh", "faq", None, [NO], ["yes", "yep", "是的"])
q("can i pay with klarna", "en", "faq", None, [YES], YES_BAD)
q("discount cod for the live?", "en", "faq", None, ["SPARKLE10"])
q("how long is the anklet", "en", "attribute", gold("anklet"), ["23"])

all_skus = {str(p["id"]) for p in products} | {v["sku"] or str(v["id"]) for p in products for v in p["variants"]}
for d in qs:
    s = d["expect"]["sku"]
    assert s is None or s in all_skus, s
    assert d.get("context", {}).get("pinned_sku", str(products[0]["id"])) in all_skus
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for d in qs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(products), "products", sum(len(p["variants"]) for p in products), "variants;",
      len(qs), "questions;", sum(d["lang"] == "zh" for d in qs), "zh")
