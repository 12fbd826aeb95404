#!/usr/bin/env python3
"""Write products.json: a synthetic Shopify /products.json export of a small Australian home decor and small
furniture shop ("Hearth & Hollow", prices in AUD, strings without currency). Deterministic: same output every run.
All names, prices, stock and facts are invented for the held-out Q&A round qa_blind12; no real shop's data."""
import json
import os

SHOP_CDN = "https://cdn.shopify.com/s/files/1/0583/2291/4470/products/"
T0 = "2026-03-02T10:15:00+11:00"
T1 = "2026-11-20T09:40:00+11:00"


def html(intro, facts, care=None, extra=None):
    """body_html the way Shopify themes get it from the rich-text editor: a paragraph and a bullet list."""
    out = f"<p>{intro}</p>\n<ul>\n" + "".join(f"<li>{f}</li>\n" for f in facts) + "</ul>"
    if care:
        out += f"\n<p><strong>Care:</strong> {care}</p>"
    if extra:
        out += f"\n<p>{extra}</p>"
    return out


# Each product: title, vendor, type, tags, option names, body_html, variants as
# (options tuple, sku, price, compare_at or None, inventory_quantity)
P = []


def add(title, vendor, ptype, tags, opts, body, variants):
    P.append(dict(title=title, vendor=vendor, ptype=ptype, tags=tags, opts=opts, body=body, variants=variants))


add("Aurora French Linen Cushion Cover 50 x 50 cm", "Saltbush Living", "Cushions", ["cushion", "linen", "sale"],
    ["Colour"],
    html("A relaxed, stonewashed cushion cover in pure French flax linen that softens with every wash.",
         ["100% French linen, 230 gsm", "Size: 50 x 50 cm", "Hidden YKK zip closure",
          "Cover only - insert not included (fits a 55 x 55 cm insert for a full look)"],
         "Machine wash cold (30&deg;C) on a gentle cycle, line dry, warm iron if desired."),
    [(("Natural",), "SBL-AUR50-NAT", "39.95", "49.95", 22), (("Sage",), "SBL-AUR50-SGE", "39.95", "49.95", 9),
     (("Terracotta",), "SBL-AUR50-TER", "39.95", "49.95", 0), (("Charcoal",), "SBL-AUR50-CHR", "39.95", "49.95", 14)])

add("Margot Velvet Lumbar Cushion 30 x 50 cm", "Saltbush Living", "Cushions", ["cushion", "velvet"],
    ["Colour"],
    html("Plush cotton velvet lumbar cushion with a piped edge, made to sit in front of your sleeping pillows.",
         ["Cotton velvet front, linen-cotton back", "Size: 30 x 50 cm",
          "Insert included: 50/50 duck feather and down", "Concealed zip"],
         "Spot clean or dry clean only. Do not machine wash."),
    [(("Emerald",), "SBL-MAR3050-EME", "44.95", None, 17), (("Blush",), "SBL-MAR3050-BLU", "44.95", None, 3),
     (("Mustard",), "SBL-MAR3050-MUS", "44.95", None, 0)])

add("Hollis Ceramic Table Lamp", "Kova Home", "Table Lamps", ["lighting", "lamp", "ceramic"],
    ["Shade", "Bulb"],
    html("A chunky, hand-glazed ceramic base topped with a tapered fabric shade.",
         ["Overall height: 52 cm; shade diameter 35 cm; base diameter 18 cm",
          "Glazed stoneware base, linen-blend shade", "E27 screw fitting, max 40W (LED recommended)",
          "1.8 m clear cord with inline on/off switch", "SAA approved Australian plug"],
         "Wipe with a dry, soft cloth.",
         "Choose &quot;LED bulb included&quot; for a 6W warm white (2700K) E27 LED globe in the box."),
    [(("Linen White", "LED bulb included"), "KOV-HOL-LW-B", "149.00", None, 8),
     (("Linen White", "No bulb"), "KOV-HOL-LW-N", "139.00", None, 5),
     (("Oatmeal", "LED bulb included"), "KOV-HOL-OA-B", "149.00", None, 0),
     (("Oatmeal", "No bulb"), "KOV-HOL-OA-N", "139.00", None, 6)])

add("Sloane Arc Floor Lamp", "Kova Home", "Floor Lamps", ["lighting", "lamp", "sale", "bulky"],
    ["Finish"],
    html("A sweeping arc lamp that lights a reading chair or coffee table from above without a ceiling point.",
         ["Height: 190 cm; arc reach: 150 cm", "Steel arm, solid marble base (8.5 kg)",
          "E27 fitting, max 60W; bulb not included", "Foot switch on the cord",
          "Assembly required: arm sections screw together, tools included (approx. 15 minutes)",
          "12-month warranty"]),
    [(("Brushed Brass",), "KOV-SLO-BRS", "329.00", "399.00", 0),
     (("Matte Black",), "KOV-SLO-BLK", "329.00", "399.00", 7)])

add("Pilz Cordless Mushroom Lamp", "Nordwood", "Table Lamps", ["lighting", "lamp", "rechargeable"],
    ["Colour"],
    html("A little mushroom lamp that goes anywhere: the balcony table, the bedside, the bathroom shelf.",
         ["Rechargeable battery: up to 8 hours per charge", "USB-C charging cable included (no wall adapter)",
          "Touch dimmer with 3 brightness levels", "Size: 22 cm high x 15 cm diameter",
          "IP44 splash-resistant", "Frosted glass shade, powder-coated aluminium base"]),
    [(("Opal",), "", "89.95", None, 31), (("Amber Glass",), "", "89.95", None, 12), (("Sage",), "", "89.95", None, 0)])

add("Byron Hand-Woven Jute Rug", "Saltbush Living", "Rugs", ["rug", "jute", "natural fibre"],
    ["Size"],
    html("Chunky hand-woven jute in a tight herringbone, for a warm, textured floor.",
         ["100% natural jute", "Pile height: 1 cm", "Hand-woven in India",
          "Indoor use only - not suitable for outdoors or damp areas"],
         "Vacuum regularly without the beater bar; blot spills immediately. A rug underlay is recommended."),
    [(("60 x 90 cm",), "SBL-BYR-6090", "59.00", None, 40), (("120 x 170 cm",), "SBL-BYR-120170", "189.00", None, 11),
     (("160 x 230 cm",), "SBL-BYR-160230", "329.00", None, 4), (("200 x 300 cm",), "SBL-BYR-200300", "549.00", None, 0)])

add("Marlo Washable Runner Rug 80 x 240 cm", "Nordwood", "Rugs", ["rug", "washable", "runner"],
    ["Colour"],
    html("A flat-weave hallway runner you can throw in the washing machine.",
         ["Size: 80 x 240 cm", "100% recycled polyester", "Non-slip rubber dot backing",
          "Thickness: 0.6 cm"],
         "Machine washable up to 30&deg;C in a front loader (8 kg or larger); line dry."),
    [(("Ivory/Rust",), "NW-MARLO-IVR", "219.00", None, 13), (("Slate",), "NW-MARLO-SLT", "219.00", None, 6)])

add("Kinsale Merino Wool Throw 130 x 180 cm", "Loom & Lane", "Throws", ["throw", "wool", "sale"],
    ["Colour"],
    html("A soft, lightweight throw with fringed ends, woven from pure merino.",
         ["100% merino wool", "Size: 130 x 180 cm (excluding fringe)", "Woven in New Zealand", "Weight: 1.1 kg"],
         "Dry clean, or hand wash cold with wool wash and dry flat. Do not tumble dry."),
    [(("Oat",), "LL-KIN-OAT", "169.00", "199.00", 18), (("Forest",), "LL-KIN-FOR", "169.00", "199.00", 0),
     (("Rust",), "LL-KIN-RUS", "169.00", "199.00", 5)])

add("Cloud Waffle Cotton Throw", "Loom & Lane", "Throws", ["throw", "cotton"],
    ["Colour"],
    html("Deep waffle-weave cotton throw, light enough for summer evenings.",
         ["100% cotton", "Size: 130 x 170 cm"], "Machine wash warm, tumble dry low."),
    [(("White",), "", "79.95", None, 25), (("Clay",), "", "79.95", None, 9)])

add("Arctic Faux Fur Throw 127 x 152 cm", "Loom & Lane", "Throws", ["throw", "faux fur"],
    ["Colour"],
    html("Long-pile faux fur backed with soft micro mink.",
         ["100% polyester (acrylic-look faux fur)", "Size: 127 x 152 cm"], "Hand wash cold, do not iron."),
    [(("Snow",), "LL-ARC-SNW", "69.00", None, 0), (("Mocha",), "LL-ARC-MOC", "69.00", None, 0)])

add("Etta Ribbed Glass Vase", "Kova Home", "Vases", ["vase", "glass"],
    ["Size"],
    html("Hand-blown clear glass vase with soft vertical ribbing.",
         ["Hand-blown glass, each piece varies slightly", "Small: 18 cm high, 10 cm opening",
          "Large: 28 cm high, 12 cm opening", "Watertight - suitable for fresh flowers"],
         "Hand wash only."),
    [(("Small (18 cm)",), "KOV-ETTA-S", "34.95", None, 26), (("Large (28 cm)",), "KOV-ETTA-L", "54.95", None, 15)])

add("Terra Stoneware Bud Vase Set (3-pack)", "Kova Home", "Vases", ["vase", "ceramic", "set"],
    ["Colour"],
    html("Three little stoneware bud vases for a single stem each.",
         ["Set of 3: 10 cm, 12 cm and 15 cm high", "Stoneware with a matte reactive glaze",
          "Glazed inside and watertight"], "Hand wash recommended; not microwave safe."),
    [(("Sand",), "KOV-TERRA3-SND", "42.00", None, 0), (("Speckled White",), "KOV-TERRA3-SPW", "42.00", None, 19)])

add("Noma Travertine Vase", "Kova Home", "Vases", ["vase", "stone"],
    ["Title"],
    html("Carved from a single block of natural travertine; every piece has its own veining and pits.",
         ["Natural travertine stone", "Size: 25 cm high x 14 cm wide", "Weight: 2.4 kg",
          "Not watertight - for dried stems or decorative use only"], "Dust with a dry cloth."),
    [(("Default Title",), "KOV-NOMA", "129.00", None, 7)])

add("Soleil Round Wall Mirror", "Nordwood", "Mirrors", ["mirror", "wall decor"],
    ["Size", "Frame"],
    html("A slim metal-framed round mirror that suits an entry, bathroom or above a console.",
         ["Sizes: 60 cm or 80 cm diameter", "Thin powder-coated iron frame (2 cm profile)",
          "5 mm silver mirror glass", "Weight: 6.5 kg (60 cm), 10 kg (80 cm)",
          "Hanging: two D-rings and wire fitted; hang horizontal or vertical",
          "Wall fixings not included"]),
    [(("60 cm", "Brass"), "NW-SOL-60-BRS", "189.00", None, 10), (("60 cm", "Black"), "NW-SOL-60-BLK", "189.00", None, 12),
     (("80 cm", "Brass"), "NW-SOL-80-BRS", "249.00", None, 3), (("80 cm", "Black"), "NW-SOL-80-BLK", "249.00", None, 0)])

add("Arch Full-Length Floor Mirror 170 x 60 cm", "Nordwood", "Mirrors", ["mirror", "floor mirror", "sale", "bulky"],
    ["Frame"],
    html("A tall arched mirror to lean against the wall or mount.",
         ["Size: 170 cm high x 60 cm wide x 2.5 cm deep", "Solid oak or black-stained oak frame",
          "Weight: 18 kg", "Anti-tip wall strap included", "Ships fully assembled"]),
    [(("Natural Oak",), "NW-ARCH-OAK", "399.00", "459.00", 4), (("Black",), "NW-ARCH-BLK", "399.00", "459.00", 9)])

add("Loop Oak Side Table", "Nordwood", "Side Tables", ["furniture", "side table", "oak"],
    ["Finish"],
    html("Round solid oak top on three tapered legs.",
         ["Dimensions: 45 cm diameter x 50 cm high", "Solid European oak top, oak veneer legs",
          "Max load: 15 kg", "Assembly required: screw-in legs, no tools needed (approx. 10 minutes)"],
         "Wipe with a damp cloth; use coasters for hot drinks."),
    [(("Natural Oak",), "", "279.00", None, 6), (("Black Oak",), "", "279.00", None, 2)])

add("Cleo Marble Side Table", "Kova Home", "Side Tables", ["furniture", "side table", "marble"],
    ["Title"],
    html("A round Carrara marble top on a slender pedestal base.",
         ["White Carrara marble top, 40 cm diameter", "Height: 55 cm", "Powder-coated steel base",
          "Max load: 20 kg", "Arrives assembled - no assembly required"],
         "Marble is porous: wipe spills immediately and reseal once a year."),
    [(("Default Title",), "KOV-CLEO", "449.00", None, 3)])

add("Pip Rattan Bedside Table", "Saltbush Living", "Side Tables", ["furniture", "bedside", "rattan"],
    ["Colour"],
    html("A bedside table with a single drawer and a woven rattan front.",
         ["Dimensions: 45 cm W x 35 cm D x 55 cm H", "Mango wood frame with natural rattan drawer front",
          "One drawer and an open lower shelf", "Max load (top): 10 kg", "Arrives fully assembled"]),
    [(("Natural",), "SBL-PIP-NAT", "229.00", None, 0), (("Walnut",), "SBL-PIP-WAL", "229.00", None, 0)])

add("Fjord Floating Wall Shelf", "Nordwood", "Shelves", ["shelf", "wall shelf"],
    ["Length", "Finish"],
    html("A clean floating shelf with a hidden steel bracket.",
         ["Depth: 20 cm; thickness: 3.5 cm", "Oak veneer or white lacquered MDF",
          "Load capacity when fixed into timber studs: 10 kg (60 cm), 15 kg (90 cm), 20 kg (120 cm)",
          "Hidden bracket and screws for timber studs included; plasterboard anchors sold separately"]),
    [(("60 cm", "Oak"), "NW-FJ-60-OAK", "49.00", None, 20), (("60 cm", "White"), "NW-FJ-60-WHT", "49.00", None, 16),
     (("90 cm", "Oak"), "NW-FJ-90-OAK", "69.00", None, 0), (("90 cm", "White"), "NW-FJ-90-WHT", "69.00", None, 8),
     (("120 cm", "Oak"), "NW-FJ-120-OAK", "89.00", None, 5), (("120 cm", "White"), "NW-FJ-120-WHT", "89.00", None, 3)])

add("Tilde 5-Tier Ladder Shelf", "Nordwood", "Shelves", ["shelf", "bookshelf", "bamboo", "bulky"],
    ["Title"],
    html("A leaning ladder shelf in solid bamboo for books, plants and baskets.",
         ["Dimensions: 180 cm H x 60 cm W x 38 cm D", "Solid bamboo", "5 shelves, each holds up to 8 kg",
          "Assembly required: approx. 30 minutes, Allen key included", "Anti-tip wall kit included"]),
    [(("Default Title",), "NW-TILDE5", "259.00", None, 11)])

add("Wildflower Soy Candle 300g", "Ember & Wick", "Candles", ["candle", "soy", "scented"],
    ["Scent"],
    html("Hand-poured in Byron Bay in a reusable amber glass jar.",
         ["Net weight: 300 g", "Burn time: approx. 60 hours", "100% Australian soy wax, cotton wick",
          "Phthalate-free fragrance oils"],
         "Trim the wick to 5 mm before each burn; burn for no more than 3 hours at a time."),
    [(("Fig & Cassis",), "", "39.95", None, 34), (("Sea Salt & Sage",), "", "39.95", None, 21),
     (("Lemon Myrtle",), "", "39.95", None, 0), (("Sandalwood & Amber",), "", "39.95", None, 4)])

add("Wildflower Travel Candle Tin Trio", "Ember & Wick", "Candles", ["candle", "gift set", "sale"],
    ["Scent pack"],
    html("Three travel tins - a perfect little gift.",
         ["3 x 100 g tins", "Burn time: approx. 20 hours per tin", "100% soy wax, cotton wicks",
          "Coastal Trio: Sea Salt & Sage, Coconut & Lime, Driftwood",
          "Garden Trio: Fig & Cassis, Lemon Myrtle, Rose & Geranium"]),
    [(("Coastal Trio",), "EW-TIN3-COA", "34.95", "42.00", 15), (("Garden Trio",), "EW-TIN3-GAR", "34.95", "42.00", 2)])

add("Beeswax Pillar Candle 7.5 x 15 cm", "Ember & Wick", "Candles", ["candle", "beeswax", "unscented"],
    ["Pack"],
    html("Pure beeswax pillar with a natural honey scent - no added fragrance.",
         ["Size: 7.5 cm diameter x 15 cm high", "Burn time: approx. 70 hours", "100% Australian beeswax",
          "Unscented"]),
    [(("Single",), "EW-PIL75-1", "24.95", None, 40), (("2-pack",), "EW-PIL75-2", "44.95", None, 12)])

add("Stonewashed French Linen Quilt Cover Set", "Loom & Lane", "Bedding", ["bedding", "linen", "sale"],
    ["Size", "Colour"],
    html("Our best-selling linen quilt cover set, stonewashed for a lived-in softness from day one.",
         ["100% French flax linen, 160 gsm", "Set includes: 1 quilt cover and 2 standard pillowcases (48 x 73 cm)",
          "Queen quilt cover: 210 x 210 cm; King: 245 x 210 cm", "Coconut-shell button closure"],
         "Machine wash warm (40&deg;C), tumble dry low or line dry."),
    [(("Queen", "White"), "LL-SFL-Q-WHT", "299.00", "369.00", 8), (("Queen", "Sage"), "LL-SFL-Q-SGE", "299.00", "369.00", 5),
     (("Queen", "Charcoal"), "LL-SFL-Q-CHR", "299.00", "369.00", 0), (("King", "White"), "LL-SFL-K-WHT", "349.00", "429.00", 6),
     (("King", "Sage"), "LL-SFL-K-SGE", "349.00", "429.00", 0), (("King", "Charcoal"), "LL-SFL-K-CHR", "349.00", "429.00", 2)])

add("Hush Bamboo Sheet Set", "Loom & Lane", "Bedding", ["bedding", "bamboo", "sheets"],
    ["Size"],
    html("Silky, cool-to-touch sheets for hot sleepers.",
         ["100% bamboo lyocell", "Fitted sheet wall depth: 40 cm",
          "Includes: fitted sheet, flat sheet and 2 pillowcases (Single: 1 pillowcase)"],
         "Machine wash cold, gentle cycle; line dry out of direct sun."),
    [(("Single",), "", "149.00", None, 7), (("Double",), "", "169.00", None, 10), (("Queen",), "", "189.00", None, 14),
     (("King",), "", "209.00", None, 0)])

add("Percale Pillowcase Pair", "Loom & Lane", "Bedding", ["bedding", "pillowcase"],
    ["Size"],
    html("Crisp, cool 100% cotton percale pillowcases, sold in pairs.",
         ["100% long-staple cotton percale", "Envelope closure", "Colour: White"], "Machine wash warm."),
    [(("Standard (48 x 73 cm)",), "LL-PERC-STD", "39.95", None, 30), (("European (65 x 65 cm)",), "LL-PERC-EUR", "49.95", None, 0)])

add("Halo Rattan Pendant Shade", "Saltbush Living", "Pendant Lights", ["lighting", "pendant", "rattan"],
    ["Size"],
    html("A hand-woven rattan dome shade that throws soft patterned light.",
         ["Natural rattan, hand-woven", "Shade only - pendant cord set sold separately",
          "Fits a standard E27 pendant cord set", "Must be installed by a licensed electrician"]),
    [(("40 cm",), "SBL-HALO-40", "119.00", None, 9), (("60 cm",), "SBL-HALO-60", "179.00", None, 4)])

add("Glow Smart LED Bulb (2-pack)", "Kova Home", "Light Bulbs", ["lighting", "bulb", "smart"],
    ["Bulb type"],
    html("Wi-Fi smart globes you can dim and tune from warm to cool white in the app.",
         ["9W LED = 60W equivalent, 806 lumens", "Tunable white 2700K-6500K, dimmable in the app",
          "Works with Google Home and Amazon Alexa (2.4 GHz Wi-Fi)", "Rated life: 15,000 hours",
          "2 bulbs per pack"]),
    [(("E27 Screw",), "KOV-GLOW2-E27", "29.95", None, 44), (("B22 Bayonet",), "KOV-GLOW2-B22", "29.95", None, 0)])

add("Ripple Ceramic Planter with Saucer", "Kova Home", "Planters", ["planter", "ceramic", "indoor plants"],
    ["Size"],
    html("A rippled ceramic pot for indoor plants.",
         ["Glazed ceramic", "Drainage hole and matching saucer included",
          "15 cm: fits a 14 cm nursery pot; 20 cm: 19 cm pot; 25 cm: 24 cm pot"]),
    [(("15 cm",), "", "29.00", None, 18), (("20 cm",), "", "39.00", None, 0), (("25 cm",), "", "59.00", None, 6)])

add("Olive Branch Faux Stem 90 cm", "Kova Home", "Faux Plants", ["faux plants", "stems"],
    ["Pack"],
    html("A realistic olive branch that never needs water.",
         ["Length: 90 cm", "PE leaves on a bendable wire stem"], "Dust with a soft brush or hairdryer on cool."),
    [(("Single",), "KOV-OLV90-1", "24.95", None, 50), (("3-pack",), "KOV-OLV90-3", "64.95", None, 8)])

add("Moss Knit Pouf 45 x 35 cm", "Saltbush Living", "Poufs", ["pouf", "ottoman", "knit"],
    ["Colour"],
    html("A chunky knitted pouf for extra seating or a footrest.",
         ["Size: 45 cm diameter x 35 cm high", "Cotton knit cover, polystyrene bead filling",
          "Cover removable (zip on base)"], "Remove the cover and hand wash cold."),
    [(("Grey Marl",), "SBL-MOSS-GRY", "129.00", None, 7), (("Natural",), "SBL-MOSS-NAT", "129.00", None, 13)])

add("Hearth & Hollow Gift Card", "Hearth & Hollow", "Gift Card", ["gift card"],
    ["Amount"],
    html("Let them choose. Delivered by email with instructions to redeem at checkout.",
         ["Valid for 3 years from purchase", "No extra processing fees"]),
    [(("$50",), "", "50.00", None, 999), (("$100",), "", "100.00", None, 999), (("$200",), "", "200.00", None, 999)])


def handle(title):
    out = "".join(c.lower() if c.isalnum() else "-" for c in title.replace("&", "and"))
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def build():
    products = []
    for i, p in enumerate(P):
        pid = 7801234560000 + i * 7919
        h = handle(p["title"])
        variants = []
        for j, (opts, sku, price, compare, qty) in enumerate(p["variants"]):
            vid = 43512345670000 + i * 104729 + j * 13
            o = list(opts) + [None] * (3 - len(opts))
            variants.append({
                "id": vid, "title": " / ".join(opts), "option1": o[0], "option2": o[1], "option3": o[2],
                "sku": sku, "requires_shipping": p["ptype"] != "Gift Card", "taxable": True,
                "featured_image": None, "available": qty > 0, "price": price, "grams": 0,
                "compare_at_price": compare, "position": j + 1, "product_id": pid,
                "inventory_quantity": qty, "created_at": T0, "updated_at": T1})
        options = []
        for k, name in enumerate(p["opts"]):
            values = []
            for v in p["variants"]:
                if v[0][k] not in values:
                    values.append(v[0][k])
            options.append({"name": name, "position": k + 1, "values": values})
        products.append({
            "id": pid, "title": p["title"], "handle": h, "body_html": p["body"], "published_at": T0,
            "created_at": T0, "updated_at": T1, "vendor": p["vendor"], "product_type": p["ptype"],
            "tags": sorted(p["tags"]), "variants": variants,
            "images": [{"id": pid + 1, "created_at": T0, "position": 1, "updated_at": T1, "product_id": pid,
                        "variant_ids": [], "src": f"{SHOP_CDN}{h}-1.jpg", "width": 2000, "height": 2000}],
            "options": options})
    return {"products": products}


if __name__ == "__main__":
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "products.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {path}: {len(P)} products")
