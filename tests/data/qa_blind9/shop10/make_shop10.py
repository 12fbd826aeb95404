#!/usr/bin/env python3
"""Write products.json: a Shopify /products.json export of a small made-up colour cosmetics shop
("Petal & Pigment"), held-out data for the product Q&A skill (blind round 9, shop 10).

Deterministic: ids, dates and stock come from fixed rules (a SHA-256 of the variant id for stock),
with explicit sold-out / low-stock variants where the questions need them. All brands, products and
facts are invented for this test. Prices are USD strings without a currency, as Shopify exports them.

Usage: python make_shop10.py [OUT_PATH]   (default: products.json beside this script)
"""
import hashlib
import json
import os
import re
import sys

BASE_PRODUCT_ID = 8123456780001
BASE_VARIANT_ID = 44561234500001
CREATED = "2025-09-14T10:21:07-04:00"
UPDATED = "2026-11-20T16:45:31-05:00"


def handle_of(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


# Each product: title, vendor, type, tags, body (HTML), options [(name, [values])], price rule,
# optional: compare (compare_at rule), sku (prefix or None for empty SKUs), sold_out {variant title},
# low {variant title: qty}, grams.
# price / compare may be a number (all variants) or a dict keyed by one option value.
P = [
    dict(title="Velvet Matte Lipstick", vendor="Petal & Pigment", type="Lipstick",
         tags=["lips", "matte", "cruelty-free", "bestseller"],
         body="<p>A creamy, full-coverage matte lipstick that glides on in one swipe and never feels dry.</p>"
              "<ul><li>Finish: soft matte</li><li>Net wt. 3.5 g / 0.12 oz</li>"
              "<li>Wear: up to 8 hours</li><li>Cruelty-free (Leaping Bunny certified)</li>"
              "<li><strong>Not vegan</strong>: contains beeswax and carmine</li>"
              "<li>Key ingredients: shea butter, vitamin E</li>"
              "<li>Shelf life: 24 months after opening</li></ul>",
         options=[("Shade", ["Classic Red 01", "Nude Pout 03", "Brick Red 07", "Rosewood 12", "Berry Crush 21"])],
         price=18, sku="PP-VML", sold_out={"Rosewood 12"}, low={"Classic Red 01": 3}),
    dict(title="Satin Glow Lipstick", vendor="Petal & Pigment", type="Lipstick",
         tags=["lips", "satin", "vegan", "cruelty-free", "sale"],
         body="<p>Sheer-to-medium buildable colour with a satin shine and a comfortable, hydrating feel.</p>"
              "<ul><li>Finish: satin</li><li>Net wt. 3.2 g</li><li>100% vegan and cruelty-free</li>"
              "<li>Key ingredients: jojoba oil, hyaluronic acid</li><li>Fragrance-free</li>"
              "<li>Shelf life: 18 months after opening</li></ul>",
         options=[("Shade", ["Peach Fizz", "Mauve Mood", "Coral Kiss", "Cherry Pop"])],
         price=16, compare=22, sku=None, sold_out={"Cherry Pop"}),
    dict(title="Juicy Lip Oil", vendor="Petal & Pigment", type="Lip Gloss",
         tags=["lips", "gloss", "vegan", "cruelty-free"],
         body="<p>A non-sticky tinted lip oil with a glassy shine.</p>"
              "<ul><li>Size: 4 ml</li><li>Vegan and cruelty-free</li>"
              "<li>Key ingredients: cherry seed oil, squalane</li><li>Shelf life: 12 months after opening</li></ul>",
         options=[("Shade", ["Clear Glass", "Honey Tint", "Raspberry Tint"])],
         price=14, sku="PP-JLO"),
    dict(title="Stay Put Liquid Lip Stain", vendor="Haus of Hue", type="Lipstick",
         tags=["lips", "liquid lipstick", "transfer-proof", "vegan", "cruelty-free"],
         body="<p>A transfer-proof liquid lip with a featherweight matte finish.</p>"
              "<ul><li>Finish: matte</li><li>Size: 5 ml</li><li>Wear: up to 16 hours, transfer-proof once set</li>"
              "<li>Vegan and cruelty-free</li><li>Shelf life: 12 months after opening</li></ul>",
         options=[("Shade", ["Ballet Slipper", "Spice Route", "Wine Not", "Midnight Plum"])],
         price=21, sku="HH-SPL", low={"Wine Not": 2}),
    dict(title="Precision Lip Liner Pencil", vendor="Haus of Hue", type="Lip Liner",
         tags=["lips", "liner", "vegan", "cruelty-free"],
         body="<p>Creamy, long-wearing lip liner with a built-in sharpener in the cap.</p>"
              "<ul><li>Net wt. 1.1 g</li><li>Vegan and cruelty-free</li>"
              "<li>Shelf life: 24 months after opening</li></ul>",
         options=[("Shade", ["Naked", "Rosy", "Brick", "Berry"])],
         price=12, sku=None),
    dict(title="Skin Perfect Serum Foundation SPF 20", vendor="Petal & Pigment", type="Foundation",
         tags=["face", "foundation", "spf", "vegan", "cruelty-free", "dewy"],
         body="<p>A lightweight serum foundation with medium, buildable coverage and a natural dewy finish.</p>"
              "<ul><li>Finish: dewy</li><li>Coverage: medium, buildable</li><li>Broad spectrum SPF 20</li>"
              "<li>Key ingredients: 2% niacinamide, hyaluronic acid, squalane</li>"
              "<li>Vegan, cruelty-free, fragrance-free, oil-free</li>"
              "<li>Suitable for normal to dry skin</li><li>Shelf life: 12 months after opening</li></ul>",
         options=[("Shade", ["Porcelain 110", "Ivory 130", "Warm Sand 220", "Golden Beige 260", "Honey 330",
                             "Espresso 510"]), ("Size", ["30ml", "15ml"])],
         price={"30ml": 38, "15ml": 22}, sku="PP-SPF",
         sold_out={"Warm Sand 220 / 30ml", "Espresso 510 / 15ml"}, low={"Warm Sand 220 / 15ml": 4}),
    dict(title="Soft Matte Longwear Foundation", vendor="Haus of Hue", type="Foundation",
         tags=["face", "foundation", "matte", "cruelty-free", "sale"],
         body="<p>Full coverage that stays matte all day without looking flat. Controls shine for oily skin.</p>"
              "<ul><li>Finish: soft matte</li><li>Coverage: full</li><li>Wear: up to 24 hours</li>"
              "<li>Size: 30ml / 1 fl oz</li><li>Cruelty-free; oil-free; non-comedogenic</li>"
              "<li>No SPF</li><li>Shelf life: 12 months after opening</li></ul>",
         options=[("Shade", ["Fair 100N", "Light 150W", "Medium 240N", "Tan 320W", "Deep 450C"])],
         price=34, compare=42, sku="HH-SMF", sold_out={"Tan 320W"}),
    dict(title="Hydrating Skin Tint SPF 30", vendor="Petal & Pigment", type="Tinted Moisturizer",
         tags=["face", "skin tint", "spf", "vegan", "cruelty-free"],
         body="<p>Sheer, glowy coverage with mineral sun protection.</p>"
              "<ul><li>Broad spectrum SPF 30 (zinc oxide)</li><li>Size: 40ml</li><li>Coverage: sheer</li>"
              "<li>Key ingredients: aloe vera, vitamin C</li><li>Vegan and cruelty-free</li>"
              "<li>Shelf life: 6 months after opening</li></ul>",
         options=[("Shade", ["Light", "Medium", "Tan", "Deep"])],
         price=29, sku=None, low={"Deep": 1}),
    dict(title="Radiant Creamy Concealer", vendor="Petal & Pigment", type="Concealer",
         tags=["face", "concealer", "vegan", "cruelty-free"],
         body="<p>A crease-proof, brightening concealer for dark circles and blemishes.</p>"
              "<ul><li>Finish: radiant</li><li>Coverage: medium to full</li><li>Size: 6ml</li>"
              "<li>Key ingredients: caffeine, vitamin E</li><li>Vegan, cruelty-free, fragrance-free</li>"
              "<li>Shelf life: 12 months after opening</li></ul>",
         options=[("Shade", ["Fair 1.0", "Light 2.5", "Medium 3.5", "Tan 4.0", "Deep 5.5"])],
         price=24, sku="PP-RCC", sold_out={"Light 2.5"}),
    dict(title="Camo Full Coverage Concealer", vendor="Haus of Hue", type="Concealer",
         tags=["face", "concealer", "waterproof", "cruelty-free"],
         body="<p>Waterproof, full-coverage concealer that covers tattoos, redness and dark spots.</p>"
              "<ul><li>Finish: natural matte</li><li>Waterproof and sweat-proof</li><li>Size: 8ml</li>"
              "<li>Cruelty-free; not vegan (contains beeswax)</li><li>Shelf life: 18 months after opening</li></ul>",
         options=[("Shade", ["Porcelain", "Light Neutral", "Medium Warm", "Deep Golden"])],
         price=22, sku="HH-CAMO"),
    dict(title="Nude Dreams 12-Pan Eyeshadow Palette", vendor="Petal & Pigment", type="Eyeshadow Palette",
         tags=["eyes", "eyeshadow", "palette", "vegan", "cruelty-free"],
         body="<p>Twelve everyday neutrals: 7 mattes, 4 shimmers and 1 metallic, with a full-size mirror.</p>"
              "<ul><li>12 shades, 1.2 g each (14.4 g total)</li><li>Talc-free</li><li>Vegan and cruelty-free</li>"
              "<li>Shelf life: 24 months after opening</li></ul>",
         options=[("Title", ["Default Title"])], price=42, sku="PP-ND12"),
    dict(title="Sunset Heat 9-Pan Eyeshadow Palette", vendor="Haus of Hue", type="Eyeshadow Palette",
         tags=["eyes", "eyeshadow", "palette", "cruelty-free", "sale"],
         body="<p>Warm oranges, reds and golds for a bold sunset eye.</p>"
              "<ul><li>9 shades: 5 mattes, 3 shimmers, 1 glitter topper</li><li>Net wt. 9 x 1.5 g</li>"
              "<li>Cruelty-free</li><li>Contains carmine (not vegan)</li>"
              "<li>Shelf life: 24 months after opening</li></ul>",
         options=[("Title", ["Default Title"])], price=36, compare=45, sku=None, sold_out={"Default Title"}),
    dict(title="Mono Eyeshadow Pot", vendor="Petal & Pigment", type="Eyeshadow",
         tags=["eyes", "eyeshadow", "vegan", "cruelty-free"],
         body="<p>Single highly pigmented eyeshadow for building your own look.</p>"
              "<ul><li>Net wt. 2 g</li><li>Vegan and cruelty-free; talc-free</li>"
              "<li>Shelf life: 24 months after opening</li></ul>",
         options=[("Shade", ["Champagne", "Taupe", "Bronze", "Emerald", "Onyx"]),
                  ("Finish", ["Matte", "Shimmer"])],
         price=10, sku=None, sold_out={"Emerald / Matte", "Onyx / Shimmer"}),
    dict(title="Big Volume Lash Mascara", vendor="Petal & Pigment", type="Mascara",
         tags=["eyes", "mascara", "cruelty-free", "bestseller"],
         body="<p>Lifts and volumises without clumps. Hourglass brush for big, full lashes.</p>"
              "<ul><li>Not waterproof; washes off with warm water</li><li>Cruelty-free</li>"
              "<li>Contains beeswax (not vegan)</li><li>Ophthalmologist tested, safe for contact lens wearers</li>"
              "<li>Shelf life: 3 months after opening</li></ul>",
         options=[("Color", ["Black", "Brown-Black"]), ("Size", ["Full size 10ml", "Mini 4ml"])],
         price={"Full size 10ml": 26, "Mini 4ml": 12}, sku="PP-BVM", sold_out={"Brown-Black / Mini 4ml"}),
    dict(title="Waterproof Lengthening Mascara", vendor="Haus of Hue", type="Mascara",
         tags=["eyes", "mascara", "waterproof", "vegan", "cruelty-free"],
         body="<p>Defines and lengthens every lash; smudge-proof and waterproof all day.</p>"
              "<ul><li>Waterproof; remove with an oil-based makeup remover</li><li>Size: 8ml</li>"
              "<li>Vegan and cruelty-free</li><li>Shelf life: 3 months after opening</li></ul>",
         options=[("Color", ["Jet Black"])], price=24, sku="HH-WLM"),
    dict(title="Brow Sculpt Micro Pencil", vendor="Haus of Hue", type="Brow",
         tags=["brows", "pencil", "vegan", "cruelty-free"],
         body="<p>Ultra-fine 1.5mm tip draws hair-like strokes. Spoolie on the other end.</p>"
              "<ul><li>Net wt. 0.09 g</li><li>Water-resistant</li><li>Vegan and cruelty-free</li>"
              "<li>Shelf life: 24 months after opening</li></ul>",
         options=[("Shade", ["Blonde", "Taupe", "Soft Brown", "Dark Brown", "Ebony"])],
         price=19, sku="HH-BSP", sold_out={"Blonde"}),
    dict(title="Ink Precision Liquid Eyeliner", vendor="Petal & Pigment", type="Eyeliner",
         tags=["eyes", "eyeliner", "waterproof", "vegan", "cruelty-free"],
         body="<p>Felt-tip liquid liner for a crisp wing. Intense black, waterproof for 24 hours.</p>"
              "<ul><li>Size: 0.6 ml</li><li>Waterproof</li><li>Vegan and cruelty-free</li>"
              "<li>Shelf life: 6 months after opening</li></ul>",
         options=[("Color", ["Carbon Black", "Espresso Brown"])], price=17, sku=None),
    dict(title="Pro Essentials 12-Piece Brush Set", vendor="Brushworks Pro", type="Makeup Brushes",
         tags=["brushes", "brush set", "vegan", "cruelty-free", "sale", "gift"],
         body="<p>Everything you need for a full face: 5 face brushes and 7 eye brushes in a vegan leather roll case.</p>"
              "<ul><li>Includes: foundation, powder, blush, contour, highlight, 2 blending, 2 shader, "
              "angled liner, brow and lip brush</li>"
              "<li>Bristles: synthetic taklon (vegan, cruelty-free)</li><li>Handles: birch wood with aluminium ferrules</li>"
              "<li>Care: wash weekly with mild soap and lukewarm water, dry flat</li>"
              "<li>Warranty: 1 year against shedding</li></ul>",
         options=[("Case color", ["Blush Pink", "Black"])], price=68, compare=85, sku="BW-PE12",
         sold_out={"Blush Pink"}),
    dict(title="Travel Mini Brush Set 5-Piece", vendor="Brushworks Pro", type="Makeup Brushes",
         tags=["brushes", "brush set", "travel", "vegan", "cruelty-free"],
         body="<p>Five half-size brushes in a zip pouch: powder, blush, eyeshadow, crease and lip.</p>"
              "<ul><li>Length: 4.5 in / 11.5 cm each</li><li>Synthetic bristles, vegan and cruelty-free</li>"
              "<li>Warranty: 1 year against shedding</li></ul>",
         options=[("Title", ["Default Title"])], price=29, sku=None, low={"Default Title": 5}),
    dict(title="Buffing Foundation Brush 170", vendor="Brushworks Pro", type="Makeup Brushes",
         tags=["brushes", "face", "vegan", "cruelty-free"],
         body="<p>Dense, flat-top kabuki brush for an airbrushed foundation finish.</p>"
              "<ul><li>Synthetic taklon bristles</li><li>Length: 6.3 in / 16 cm</li>"
              "<li>Vegan and cruelty-free</li><li>Warranty: 1 year against shedding</li></ul>",
         options=[("Title", ["Default Title"])], price=28, sku="BW-170"),
    dict(title="Crease Blending Brush 217", vendor="Brushworks Pro", type="Makeup Brushes",
         tags=["brushes", "eyes"],
         body="<p>Fluffy tapered brush that diffuses eyeshadow in the crease.</p>"
              "<ul><li>Natural goat hair bristles (not vegan)</li><li>Length: 6 in / 15 cm</li>"
              "<li>Warranty: 1 year against shedding</li></ul>",
         options=[("Title", ["Default Title"])], price=15, sku="BW-217"),
    dict(title="Dewy Finish Setting Spray", vendor="Petal & Pigment", type="Setting Spray",
         tags=["face", "setting spray", "vegan", "cruelty-free"],
         body="<p>A fine mist that melts powder into skin and locks makeup for a fresh, dewy look.</p>"
              "<ul><li>Finish: dewy</li><li>Wear: up to 12 hours</li>"
              "<li>Key ingredients: glycerin, rose water, green tea extract</li>"
              "<li>Alcohol-free; vegan and cruelty-free</li><li>Shelf life: 12 months after opening</li></ul>",
         options=[("Size", ["100ml", "30ml"])], price={"100ml": 32, "30ml": 14}, sku="PP-DFS",
         sold_out={"30ml"}),
    dict(title="Matte Lock Setting Spray", vendor="Haus of Hue", type="Setting Spray",
         tags=["face", "setting spray", "matte", "cruelty-free", "sale"],
         body="<p>Oil-controlling setting spray that keeps makeup matte and in place for up to 16 hours.</p>"
              "<ul><li>Finish: matte</li><li>Size: 100ml</li><li>Contains alcohol denat.</li>"
              "<li>Cruelty-free</li><li>Shelf life: 12 months after opening</li></ul>",
         options=[("Title", ["Default Title"])], price=27, compare=33, sku=None),
    dict(title="Blur Translucent Loose Setting Powder", vendor="Petal & Pigment", type="Powder",
         tags=["face", "powder", "vegan", "cruelty-free"],
         body="<p>A finely milled, weightless powder that sets makeup and blurs pores. No white cast.</p>"
              "<ul><li>Net wt. 20 g</li><li>Talc-free; vegan and cruelty-free</li>"
              "<li>Shelf life: 24 months after opening</li></ul>",
         options=[("Shade", ["Translucent", "Banana", "Deep Translucent"])], price=30, sku="PP-BLP"),
    dict(title="Cheeky Cream Blush Stick", vendor="Petal & Pigment", type="Blush",
         tags=["face", "blush", "cream", "vegan", "cruelty-free"],
         body="<p>A creamy stick for cheeks and lips that blends with fingertips.</p>"
              "<ul><li>Finish: satin</li><li>Net wt. 6 g</li><li>Vegan and cruelty-free</li>"
              "<li>Shelf life: 12 months after opening</li></ul>",
         options=[("Shade", ["Peony", "Apricot", "Berry Flush"])], price=20, sku=None, sold_out={"Peony"}),
    dict(title="Baked Glow Highlighter", vendor="Haus of Hue", type="Highlighter",
         tags=["face", "highlighter", "shimmer", "cruelty-free"],
         body="<p>A baked, buttery highlighter that can be applied dry for a glow or wet for a metallic shine.</p>"
              "<ul><li>Net wt. 8 g</li><li>Cruelty-free</li><li>Shelf life: 24 months after opening</li></ul>",
         options=[("Shade", ["Champagne Pop", "Rose Gold", "Moonstone"])], price=26, sku="HH-BGH"),
    dict(title="Sun Kissed Matte Bronzer", vendor="Haus of Hue", type="Bronzer",
         tags=["face", "bronzer", "matte", "vegan", "cruelty-free"],
         body="<p>A shimmer-free matte bronzer for natural warmth and contour.</p>"
              "<ul><li>Net wt. 10 g</li><li>Vegan and cruelty-free; talc-free</li>"
              "<li>Shelf life: 24 months after opening</li></ul>",
         options=[("Shade", ["Light", "Medium", "Deep"])], price=28, sku="HH-SKB"),
    dict(title="Pore Blur Smoothing Primer", vendor="Petal & Pigment", type="Primer",
         tags=["face", "primer", "vegan", "cruelty-free"],
         body="<p>A silky, silicone-based primer that fills pores and fine lines so makeup lasts longer.</p>"
              "<ul><li>Size: 30ml</li><li>Key ingredients: dimethicone, niacinamide</li>"
              "<li>Vegan, cruelty-free, fragrance-free</li><li>Shelf life: 12 months after opening</li></ul>",
         options=[("Title", ["Default Title"])], price=31, sku="PP-PBP"),
    dict(title="Cloud Blend Makeup Sponge", vendor="Brushworks Pro", type="Makeup Tools",
         tags=["tools", "sponge", "vegan", "latex-free"],
         body="<p>A bouncy, latex-free blending sponge that doubles in size when wet.</p>"
              "<ul><li>Latex-free polyurethane foam</li><li>Replace every 3 months</li>"
              "<li>Care: rinse after each use, wash weekly with mild soap</li></ul>",
         options=[("Pack", ["Single", "3-pack"])], price={"Single": 9, "3-pack": 22}, sku=None),
    dict(title="Melt Away Cleansing Balm", vendor="Petal & Pigment", type="Makeup Remover",
         tags=["skincare", "remover", "vegan", "cruelty-free"],
         body="<p>A sherbet-textured balm that melts makeup, including waterproof mascara, and rinses clean.</p>"
              "<ul><li>Size: 100ml</li><li>Key ingredients: safflower oil, papaya extract</li>"
              "<li>Vegan and cruelty-free; fragrance-free</li><li>Shelf life: 12 months after opening</li></ul>",
         options=[("Title", ["Default Title"])], price=24, sku="PP-MAB", sold_out={"Default Title"}),
    dict(title="Glow Getter Gift Set", vendor="Petal & Pigment", type="Gift Set",
         tags=["gift", "set", "limited edition", "cruelty-free"],
         body="<p>Limited-edition set in a gift box.</p>"
              "<ul><li>Includes: Juicy Lip Oil (Honey Tint, 4 ml), Baked Glow Highlighter mini (Champagne Pop, 3 g), "
              "Big Volume Lash Mascara mini (Black, 4ml)</li><li>Cruelty-free</li>"
              "<li>Not eligible for discount codes</li></ul>",
         options=[("Title", ["Default Title"])], price=39, compare=52, sku="PP-GGS", low={"Default Title": 2}),
]


def price_for(rule, values):
    if isinstance(rule, dict):
        for v in values:
            if v in rule:
                return rule[v]
        raise ValueError(f"no price for {values}")
    return rule


def money(x):
    return None if x is None else f"{x:.2f}"


def stock_for(variant_id, title, spec):
    if title in spec.get("sold_out", set()):
        return 0
    if title in spec.get("low", {}):
        return spec["low"][title]
    h = int(hashlib.sha256(str(variant_id).encode()).hexdigest(), 16)
    return 6 + h % 55  # 6-60 units


def slug(value):
    """SKU part of an option value the way small shops write them: the shade number when there is one
    ("Warm Sand 220" -> 220, "30ml" -> 30ML), else the first letters of the words ("Clear Glass" -> CLEGLA)."""
    last = value.split()[-1]
    if re.search(r"\d", last):
        return re.sub(r"[^A-Z0-9]+", "", last.upper())
    return "".join(re.sub(r"[^A-Z]+", "", w.upper())[:3] for w in re.split(r"[\s-]+", value)[:2])


def build():
    products = []
    vid = BASE_VARIANT_ID
    for i, spec in enumerate(P):
        pid = BASE_PRODUCT_ID + i * 7
        combos = [[]]
        for _, values in spec["options"]:
            combos = [c + [v] for c in combos for v in values]
        variants = []
        for pos, combo in enumerate(combos, 1):
            title = " / ".join(combo)
            qty = stock_for(vid, title, spec)
            price = price_for(spec["price"], combo)
            compare = price_for(spec["compare"], combo) if spec.get("compare") else None
            if spec["sku"] and combo != ["Default Title"]:
                sku = spec["sku"] + "-" + "-".join(slug(v) for v in combo)
            else:
                sku = spec["sku"] or ""
            variants.append({
                "id": vid, "title": title,
                "option1": combo[0], "option2": combo[1] if len(combo) > 1 else None,
                "option3": combo[2] if len(combo) > 2 else None,
                "sku": sku, "requires_shipping": True, "taxable": True, "featured_image": None,
                "available": qty > 0, "price": money(price), "grams": 60, "compare_at_price": money(compare),
                "position": pos, "product_id": pid, "inventory_quantity": qty,
                "created_at": CREATED, "updated_at": UPDATED,
            })
            vid += 13
        products.append({
            "id": pid, "title": spec["title"], "handle": handle_of(spec["title"]), "body_html": spec["body"],
            "published_at": CREATED, "created_at": CREATED, "updated_at": UPDATED,
            "vendor": spec["vendor"], "product_type": spec["type"], "tags": sorted(spec["tags"]),
            "variants": variants, "images": [],
            "options": [{"name": n, "position": k + 1, "values": list(vals)}
                        for k, (n, vals) in enumerate(spec["options"])],
        })
    return {"products": products}


def main(argv):
    out = argv[0] if argv else os.path.join(os.path.dirname(os.path.abspath(__file__)), "products.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(build(), f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
