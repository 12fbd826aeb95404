"""Generate shop9/products.json: a Shopify `/products.json`-shaped export of a made-up Canadian cookware shop
("Maple & Copper Kitchen Co.", prices in CAD as strings without currency). Deterministic: ids, stock and
timestamps are fixed or derived from SHA-256 of the handle/variant, so re-running gives the same bytes.

All brands and products are invented for this test round; nothing is copied from a real shop.

    python make_shop9.py            # writes products.json beside this script
"""
import hashlib
import itertools
import json
import os

PRODUCT_ID0 = 7731204456000
VARIANT_ID0 = 43120558870000
STAMP = "2026-10-14T09:{:02d}:00-04:00"


def pseudo_stock(key: str) -> int:
    """Stable stock between 6 and 45 for variants the questions do not pin down."""
    return 6 + int(hashlib.sha256(key.encode()).hexdigest()[:6], 16) % 40


def p(title, vendor, ptype, tags, body, options, prices, skus=None, compare=None, stock=None):
    """options: [(name, [values])]; prices: one price or {option1 value: price} or {tuple of values: price};
    skus: prefix (sku = prefix-<values>), "" (all empty) or {tuple: sku}; compare: same shapes as prices;
    stock: {tuple of values: qty} overrides (missing ones are pseudo-random)."""
    return dict(title=title, vendor=vendor, ptype=ptype, tags=tags, body=body, options=options, prices=prices,
                skus=skus, compare=compare, stock=stock or {})


def pick(table, combo):
    if table is None or isinstance(table, str):
        return table
    if combo in table:
        return table[combo]
    if combo[0] in table:
        return table[combo[0]]
    return None


def slug(text):
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


PRODUCTS = [
    p("Hearthline Tri-Ply Stainless Steel Frying Pan", "Hearthline", "Frying Pans",
      ["cookware", "frying pan", "stainless steel", "induction"],
      "<p>Our everyday workhorse skillet. Three bonded layers (18/10 stainless steel, aluminium core, magnetic "
      "stainless base) heat evenly right up the flared sides.</p><ul><li>Induction compatible; works on gas, "
      "electric and ceramic hobs</li><li>Oven safe to 260&deg;C (500&deg;F)</li><li>Dishwasher safe</li>"
      "<li>Riveted stay-cool stainless handle</li><li>Lifetime warranty against manufacturing defects</li></ul>"
      "<p>Lid sold separately.</p>",
      [("Size", ["20cm", "24cm", "28cm"])], {"20cm": "59.00", "24cm": "74.00", "28cm": "89.00"},
      skus="HL-TPFP", stock={("20cm",): 14, ("24cm",): 23, ("28cm",): 0}),
    p("Hearthline Nonstick Ceramic Skillet", "Hearthline", "Frying Pans",
      ["cookware", "nonstick", "ceramic", "PFAS-free", "sale"],
      "<p>A slick, PFAS-free ceramic nonstick coating over a forged aluminium body. Eggs slide right off.</p>"
      "<ul><li>Suitable for gas, electric and ceramic glass hobs. <strong>Not induction compatible.</strong></li>"
      "<li>Oven safe to 200&deg;C</li><li>Hand wash recommended to extend the life of the coating</li>"
      "<li>Use wooden or silicone utensils</li><li>2-year limited warranty on the coating</li></ul>",
      [("Size", ["24cm", "28cm"]), ("Colour", ["Sage", "Cream", "Charcoal"])],
      {"24cm": "49.00", "28cm": "59.00"}, skus="", compare={"24cm": "65.00", "28cm": "79.00"},
      stock={("28cm", "Cream"): 0}),
    p("Northfield Pre-Seasoned Cast Iron Skillet 26cm", "Northfield Ironworks", "Frying Pans",
      ["cookware", "cast iron", "induction"],
      "<p>Heavy-gauge cast iron, pre-seasoned with vegetable oil and ready to use. Sears, bakes, braises.</p>"
      "<ul><li>Diameter 26cm, weight 2.6kg, with helper handle and two pour spouts</li><li>Works on all hobs "
      "including induction, in the oven, on the grill and over a campfire</li><li><strong>Not dishwasher "
      "safe</strong>: hand wash, dry immediately and rub with a thin layer of oil</li></ul>",
      [("Title", ["Default Title"])], "54.95", skus={("Default Title",): "NF-CI26"},
      stock={("Default Title",): 31}),
    p("Northfield Enamelled Cast Iron Dutch Oven", "Northfield Ironworks", "Dutch Ovens",
      ["cookware", "cast iron", "enamel", "dutch oven", "induction"],
      "<p>Round enamelled cast iron casserole for stews, braises and no-knead bread. Glossy enamel outside, "
      "sand-coloured enamel inside so you can watch the fond develop.</p><ul><li>Compatible with all hobs "
      "including induction</li><li>Oven safe to 250&deg;C, including the stainless steel knob</li>"
      "<li>Dishwasher safe, but hand washing keeps the enamel glossy longer</li><li>Limited lifetime warranty"
      "</li></ul><p>3.8L serves 3&ndash;4; 5.2L serves 5&ndash;6.</p>",
      [("Capacity", ["3.8L", "5.2L"]), ("Colour", ["Cherry Red", "Ocean Blue", "Matte Black"])],
      {"3.8L": "189.00", "5.2L": "229.00"}, skus="NF-DO",
      stock={("3.8L", "Cherry Red"): 4, ("5.2L", "Ocean Blue"): 0, ("5.2L", "Cherry Red"): 12}),
    p("Hearthline Stainless Steel Saucepan with Lid", "Hearthline", "Saucepans",
      ["cookware", "saucepan", "stainless steel", "induction"],
      "<p>Tri-ply stainless saucepan with a tight-fitting tempered glass lid and measurement markings inside.</p>"
      "<ul><li>Induction compatible</li><li>Dishwasher safe</li><li>Oven safe to 260&deg;C (glass lid to "
      "180&deg;C)</li><li>Lifetime warranty</li></ul>",
      [("Capacity", ["1.5L", "2L", "3L"])], {"1.5L": "44.00", "2L": "52.00", "3L": "62.00"}, skus="HL-SP"),
    p("Hearthline Tri-Ply Cookware Set", "Hearthline", "Cookware Sets",
      ["cookware", "set", "stainless steel", "induction", "gift", "sale"],
      "<p>Start or upgrade your kitchen with our tri-ply stainless collection.</p>"
      "<p><strong>5-piece set includes:</strong> 24cm frying pan, 1.5L saucepan with lid, 4.5L stockpot with lid."
      "</p><p><strong>10-piece set includes:</strong> 20cm and 28cm frying pans, 1.5L and 3L saucepans with lids, "
      "3L saut&eacute; pan with lid, 7.5L stockpot with lid.</p><ul><li>Induction compatible</li><li>Dishwasher "
      "safe</li><li>Oven safe to 260&deg;C</li><li>Lifetime warranty</li></ul>",
      [("Set", ["5-piece", "10-piece"])], {"5-piece": "299.00", "10-piece": "549.00"}, skus="HL-SET",
      compare={"5-piece": "399.00", "10-piece": "699.00"}, stock={("5-piece",): 9, ("10-piece",): 3}),
    p("Kasumi VG-10 Damascus Chef's Knife", "Kasumi Blades", "Kitchen Knives",
      ["knives", "chef knife", "damascus", "japanese"],
      "<p>A VG-10 steel core clad in 67 layers of Damascus stainless steel, hardened to 60&ndash;61 HRC and "
      "hand-sharpened to a 15&deg; edge per side.</p><ul><li>Octagonal pakkawood handle</li><li>Hand wash only; "
      "do not put in the dishwasher</li><li>Comes in a gift box with a blade guard</li><li>Lifetime warranty "
      "against defects</li></ul>",
      [("Blade Length", ["18cm", "21cm"])], {"18cm": "129.00", "21cm": "149.00"}, skus="KB-CHEF",
      stock={("18cm",): 11, ("21cm",): 6}),
    p("Kasumi Santoku Knife 17cm", "Kasumi Blades", "Kitchen Knives", ["knives", "santoku", "japanese"],
      "<p>Japanese all-purpose santoku with a granton (hollow-ground) edge that stops slices sticking.</p>"
      "<ul><li>17cm blade, AUS-8 stainless steel, 58 HRC</li><li>Black G10 handle</li><li>Hand wash only</li>"
      "<li>Lifetime warranty against defects</li></ul>",
      [("Title", ["Default Title"])], "109.00", skus=""),
    p("Bramblewood Knife Block Set", "Bramblewood", "Knife Sets", ["knives", "set", "gift"],
      "<p>German stainless steel (X50CrMoV15) knives in a solid acacia block.</p><p><strong>6-piece:</strong> "
      "chef's knife, bread knife, utility knife, paring knife, honing steel, block. <strong>8-piece:</strong> "
      "adds kitchen shears and a santoku.</p><ul><li>Hand wash recommended</li><li>10-year warranty</li></ul>",
      [("Set", ["6-piece", "8-piece"])], {"6-piece": "139.00", "8-piece": "179.00"}, skus="BW-KBS"),
    p("Oakridge End-Grain Walnut Cutting Board", "Oakridge Woodworks", "Cutting Boards",
      ["cutting board", "walnut", "wood", "handmade"],
      "<p>Handmade end-grain black walnut board that is gentle on knife edges. Finished with food-safe mineral "
      "oil and beeswax.</p><ul><li>Small: 30 x 20 x 3.2 cm</li><li>Large: 45 x 30 x 3.8 cm, with juice groove"
      "</li><li>Hand wash only; never soak or put in the dishwasher</li><li>Oil once a month</li></ul>",
      [("Size", ["Small (30 x 20 cm)", "Large (45 x 30 cm)"])],
      {"Small (30 x 20 cm)": "79.00", "Large (45 x 30 cm)": "129.00"}, skus="OW-EGW"),
    p("Oakridge Bamboo Cutting Board 3-Pack", "Oakridge Woodworks", "Cutting Boards",
      ["cutting board", "bamboo", "sale"],
      "<p>Three organic bamboo boards (small 25 x 18 cm, medium 33 x 23 cm, large 38 x 28 cm) with hanging "
      "holes.</p><ul><li>Hand wash only</li><li>Lightweight and knife friendly</li></ul>",
      [("Title", ["Default Title"])], "34.99", skus="", compare="44.99"),
    p("FlexiPrep Colour-Coded Cutting Mats (4-Pack)", "FlexiPrep", "Cutting Boards",
      ["cutting board", "plastic", "dishwasher safe"],
      "<p>Four thin flexible BPA-free polypropylene mats with food icons: red for meat, blue for fish, yellow for "
      "poultry, green for vegetables. 38 x 30 cm each.</p><ul><li>Dishwasher safe (top rack)</li></ul>",
      [("Title", ["Default Title"])], "19.99", skus=""),
    p("FreshSeal Glass Food Storage Containers", "FreshSeal", "Food Storage",
      ["storage", "glass", "meal prep", "microwave safe"],
      "<p>Borosilicate glass meal-prep containers with four-latch airtight, leak-proof lids (BPA-free).</p>"
      "<ul><li>Glass bases: oven safe to 230&deg;C, microwave, freezer and dishwasher safe</li><li>Lids: "
      "microwave safe with the vent open, dishwasher safe (top rack); lids are not oven safe</li>"
      "<li>5-pack: 5 containers (two 370ml, two 640ml, one 1L) with lids</li><li>10-pack: 10 containers of "
      "640ml with lids</li><li>18-piece: 9 containers of mixed sizes plus 9 lids</li></ul>",
      [("Pack", ["5-pack", "10-pack", "18-piece"])], {"5-pack": "39.99", "10-pack": "64.99", "18-piece": "89.99"},
      skus={("5-pack",): "FS-GLS-5", ("10-pack",): "FS-GLS-10", ("18-piece",): ""},
      stock={("10-pack",): 0}),
    p("FreshSeal Airtight Pantry Canister Set", "FreshSeal", "Food Storage", ["storage", "pantry", "canister"],
      "<p>Clear BPA-free Tritan canisters with silicone-sealed push-button lids for flour, pasta and cereal. "
      "Includes chalkboard labels and a marker.</p><ul><li>4-piece: 0.8L, 1.4L, 2L, 3.2L</li><li>7-piece: adds "
      "0.5L, 1.1L and 2.4L</li><li>Hand wash lids; containers are top-rack dishwasher safe</li></ul>",
      [("Set", ["4-piece", "7-piece"])], {"4-piece": "44.99", "7-piece": "69.99"}, skus="FS-PC"),
    p("StackLite Reusable Silicone Food Bags", "StackLite", "Food Storage",
      ["storage", "silicone", "reusable", "plastic-free"],
      "<p>Platinum food-grade silicone bags with a pinch-press seal. Freezer, microwave and dishwasher safe; "
      "can be used for sous vide up to 90&deg;C.</p><ul><li>3-pack: 1L, 1.5L, 2L</li><li>6-pack: two of each"
      "</li></ul>",
      [("Pack", ["3-pack", "6-pack"]), ("Colour", ["Clear", "Mixed"])], {"3-pack": "34.00", "6-pack": "59.00"},
      skus=""),
    p("Bakewell Non-Stick Loaf Pan 9x5\"", "Bakewell", "Bakeware", ["bakeware", "loaf pan", "nonstick"],
      "<p>Heavy-gauge carbon steel loaf pan with a two-layer nonstick coating. Inside 23 x 13 x 7 cm (9 x 5 in).</p>"
      "<ul><li>Oven safe to 230&deg;C</li><li>Dishwasher safe, hand wash recommended</li></ul>",
      [("Title", ["Default Title"])], "18.99", skus="BK-LOAF"),
    p("Bakewell Aluminized Steel Half Sheet Pan", "Bakewell", "Bakeware", ["bakeware", "sheet pan"],
      "<p>Commercial-grade aluminized steel half sheet, 45 x 33 cm, with rolled edges that resist warping.</p>"
      "<ul><li>Oven safe to 230&deg;C</li><li>Hand wash only</li></ul>",
      [("Pack", ["Single", "2-Pack"])], {"Single": "24.99", "2-Pack": "42.99"}, skus="BK-HSP"),
    p("Bakewell Leakproof Springform Pan", "Bakewell", "Bakeware", ["bakeware", "springform", "cheesecake"],
      "<p>Nonstick springform pan with a leakproof base and a quick-release latch, for "
      "cheesecakes and tortes.</p><ul><li>Side height 7.5 cm</li><li>Oven safe to 230&deg;C</li><li>Hand wash"
      "</li></ul>",
      [("Size", ["20cm", "23cm", "26cm"])], {"20cm": "26.00", "23cm": "29.00", "26cm": "32.00"}, skus="BK-SF",
      stock={("23cm",): 7, ("26cm",): 0}),
    p("Bakewell 12-Cup Muffin Tin", "Bakewell", "Bakeware", ["bakeware", "muffin"],
      "<p>Standard 12-cup muffin and cupcake pan in nonstick carbon steel.</p><ul><li>Oven safe to 230&deg;C</li>"
      "<li>Dishwasher safe</li></ul>",
      [("Title", ["Default Title"])], "22.00", skus=""),
    p("Bakewell Silicone Baking Mat 2-Pack", "Bakewell", "Bakeware", ["bakeware", "silicone", "reusable"],
      "<p>Two fibreglass-reinforced silicone mats sized for a half sheet pan (42 x 29.5 cm). Replace parchment.</p>"
      "<ul><li>Heat resistant from -40&deg;C to 250&deg;C</li><li>Dishwasher safe</li></ul>",
      [("Title", ["Default Title"])], "21.99", skus="BK-SMAT", compare="27.99"),
    p("Kasumi Silicone Cooking Utensil Set", "Kasumi Home", "Utensils", ["utensils", "silicone", "set"],
      "<p>Seamless one-piece silicone utensils with a stainless steel core. Safe on nonstick pans, heat "
      "resistant to 230&deg;C, dishwasher safe.</p><ul><li>5-piece: turner, slotted spoon, spatula, ladle, "
      "tongs</li><li>12-piece: adds whisk, pasta server, basting brush, spoon spatula, skimmer, small spatula, "
      "utensil holder</li></ul>",
      [("Set", ["5-piece", "12-piece"]), ("Colour", ["Grey", "Black", "Sage"])],
      {"5-piece": "29.99", "12-piece": "54.99"}, skus="KH-SUS", stock={("12-piece", "Sage"): 0}),
    p("Hearthline Balloon Whisk", "Hearthline", "Utensils", ["utensils", "whisk", "stainless steel"],
      "<p>Stainless steel balloon whisk with a sealed handle so water can't get inside. Dishwasher safe.</p>",
      [("Size", ["25cm", "30cm"])], {"25cm": "14.00", "30cm": "17.00"}, skus=""),
    p("Bramblewood Olive Wood Spoon Set (3 pcs)", "Bramblewood", "Utensils", ["utensils", "wood", "olive wood"],
      "<p>Three hand-carved olive wood utensils: a spoon, a corner spatula and a slotted spoon, each 30 cm.</p>"
      "<ul><li>Hand wash only, oil occasionally</li><li>Every piece's grain is unique</li></ul>",
      [("Title", ["Default Title"])], "29.00", skus="BW-OWS"),
    p("Copperline Electric Gooseneck Kettle 0.9L", "Copperline", "Kettles",
      ["kettle", "electric", "gooseneck", "pour over", "tea", "coffee"],
      "<p>Precision pour-over kettle with variable temperature control from 40&deg;C to 100&deg;C in 1&deg; "
      "steps and a 60-minute keep-warm mode.</p><ul><li>Capacity 0.9L</li><li>1200W, 120V (Canadian/US "
      "plug)</li><li>304 stainless steel interior</li><li>Not dishwasher safe; wipe the outside clean</li>"
      "<li>1-year warranty</li></ul>",
      [("Finish", ["Matte Black", "Brushed Steel", "Copper"])],
      {"Matte Black": "119.00", "Brushed Steel": "119.00", "Copper": "129.00"}, skus="CL-GNK",
      stock={("Copper",): 5}),
    p("Copperline Cordless Glass Electric Kettle 1.7L", "Copperline", "Kettles", ["kettle", "electric", "glass", "sale"],
      "<p>Borosilicate glass kettle with a blue LED that lights while it boils. Boil-dry protection and "
      "automatic shut-off.</p><ul><li>Capacity 1.7L</li><li>1500W, 120V</li><li>360&deg; swivel base</li>"
      "<li>1-year warranty</li></ul>",
      [("Title", ["Default Title"])], "69.99", skus="", compare="89.99"),
    p("Northfield Stovetop Whistling Kettle 2.5L", "Northfield Ironworks", "Kettles",
      ["kettle", "stovetop", "induction", "enamel"],
      "<p>Enamel-on-steel stovetop kettle with a two-tone whistle and a heat-resistant handle.</p><ul><li>2.5L"
      "</li><li>Works on gas, electric and induction</li><li>Hand wash</li></ul>",
      [("Colour", ["Red", "Cream", "Black"])], "59.00", skus="NF-WK", stock={("Cream",): 0}),
    p("Hearthline Carbon Steel Wok 32cm", "Hearthline", "Woks", ["cookware", "wok", "carbon steel", "induction"],
      "<p>Light 1.8mm carbon steel wok with a flat bottom and a wooden handle. Arrives pre-seasoned.</p><ul>"
      "<li>Flat base works on induction, gas and electric</li><li>Hand wash and dry; not dishwasher safe</li>"
      "</ul>",
      [("Title", ["Default Title"])], "64.00", skus="HL-WOK32"),
    p("Oakridge Magnetic Walnut Knife Strip", "Oakridge Woodworks", "Knife Storage", ["knives", "storage", "walnut"],
      "<p>Solid walnut strip with hidden rare-earth magnets. Mounting screws and anchors included.</p>",
      [("Length", ["40cm", "50cm"])], {"40cm": "49.00", "50cm": "59.00"}, skus="OW-MKS"),
    p("Kasumi Whetstone 1000/6000 Grit", "Kasumi Blades", "Knife Care", ["knives", "sharpening"],
      "<p>Double-sided whetstone: 1000 grit to sharpen, 6000 grit to polish. Includes a non-slip bamboo base and "
      "an angle guide. Soak 10 minutes before use.</p>",
      [("Title", ["Default Title"])], "59.00", skus=""),
    p("FreshSeal Stainless Steel Bento Lunch Box", "FreshSeal", "Food Storage", ["storage", "lunch box"],
      "<p>Leak-resistant 18/8 stainless steel lunch box with a silicone-sealed lid. Not microwave safe.</p>",
      [("Style", ["1-tier 800ml", "2-tier 1.2L"])], {"1-tier 800ml": "32.00", "2-tier 1.2L": "42.00"}, skus="FS-BENTO"),
    p("Maple & Copper Gift Card", "Maple & Copper Kitchen Co.", "Gift Card", ["gift card"],
      "<p>Delivered by email with instructions to redeem. Never expires.</p>",
      [("Denomination", ["$25.00", "$50.00", "$100.00"])], {"$25.00": "25.00", "$50.00": "50.00", "$100.00": "100.00"},
      skus=""),
]


def build():
    products = []
    vid = VARIANT_ID0
    for i, spec in enumerate(PRODUCTS):
        pid = PRODUCT_ID0 + i * 37
        handle = slug(spec["title"].replace('"', ""))
        names = [n for n, _ in spec["options"]]
        variants = []
        for pos, combo in enumerate(itertools.product(*[vals for _, vals in spec["options"]]), start=1):
            vid += 13
            price = pick(spec["prices"], combo)
            compare = pick(spec["compare"], combo)
            skus = spec["skus"]
            if isinstance(skus, dict):
                sku = skus.get(combo, "")
            elif skus and combo == ("Default Title",):
                sku = skus
            elif skus:
                sku = "-".join([skus] + [slug(v).upper() for v in combo])
            else:
                sku = ""
            qty = spec["stock"].get(combo, pseudo_stock(handle + "/" + "/".join(combo)))
            title = " / ".join(combo)
            v = {"id": vid, "title": title, "option1": None, "option2": None, "option3": None, "sku": sku,
                 "requires_shipping": spec["ptype"] != "Gift Card", "taxable": spec["ptype"] != "Gift Card",
                 "featured_image": None, "available": qty > 0, "price": price,
                 "grams": 0 if spec["ptype"] == "Gift Card" else 500 + 50 * pos,
                 "compare_at_price": compare, "position": pos, "product_id": pid,
                 "created_at": STAMP.format(i), "updated_at": STAMP.format(i),
                 "inventory_quantity": qty}
            for k, val in enumerate(combo, start=1):
                v[f"option{k}"] = val
            variants.append(v)
        products.append({
            "id": pid, "title": spec["title"], "handle": handle, "body_html": spec["body"],
            "published_at": STAMP.format(i), "created_at": STAMP.format(i), "updated_at": STAMP.format(i),
            "vendor": spec["vendor"], "product_type": spec["ptype"], "tags": sorted(spec["tags"]),
            "variants": variants, "images": [],
            "options": [{"name": n, "position": k, "values": list(vals)}
                        for k, (n, vals) in enumerate(spec["options"], start=1)],
        })
        assert names
    return {"products": products}


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "products.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(out, len(PRODUCTS), "products")
