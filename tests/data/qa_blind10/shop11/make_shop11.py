"""Generate products.json for blind round 10 / shop 11: a sports nutrition & gym accessories shop (EUR).

A realistic Shopify public `/products.json` export (products[] with id, title, handle, body_html, vendor,
product_type, tags, options, variants with string prices, compare_at_price, option1..3, sku (often ""),
available, inventory_quantity). All brands, names and facts are FICTIONAL, written for this evaluation.
Deterministic: the same file every run.  Usage: python make_shop11.py [OUT]  (default: products.json beside it)
"""
import hashlib
import json
import os
import sys

PRODUCT_ID0 = 7_912_330_010_000
VARIANT_ID0 = 43_118_552_000_000
STAMP = "2026-10-14T09:12:44+02:00"


def default_stock(key: str) -> int:
    """Pseudo-random stock 7..64, never 0 (sold-out variants are set explicitly below)."""
    return 7 + int(hashlib.sha256(key.encode()).hexdigest()[:6], 16) % 58


def ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


# Each product: title, handle, vendor, type, tags, body, options [(name, values)], price(values) -> str,
# compare(values) -> str|None, sku(values) -> str, stock overrides {tuple(values): qty}, grams.
P = []


def product(title, handle, vendor, ptype, tags, body, options, price, compare=None, sku=None, stock=None,
            grams=0, shipping=True):
    P.append(dict(title=title, handle=handle, vendor=vendor, ptype=ptype, tags=tags, body=body, options=options,
                  price=price, compare=compare or (lambda v: None), sku=sku or (lambda v: ""),
                  stock=stock or {}, grams=grams, shipping=shipping))


FLAV = {"Chocolate Fudge": "CHF", "Vanilla Bean": "VAN", "Salted Caramel": "SCA", "Unflavoured": "UNF",
        "Chocolate": "CHO", "Strawberry Milkshake": "STR", "Cookies & Cream": "CNC", "Banana": "BAN",
        "Blue Raspberry": "BR", "Fruit Punch": "FP", "Sour Apple": "SA", "Sour Cherry": "SC", "Tropical": "TR",
        "Chocolate Peanut": "CP", "Cookie Dough": "CD", "White Chocolate Raspberry": "WCR",
        "Mango": "MAN", "Iced Tea Peach": "ITP", "Cola": "COL", "Lemon": "LEM", "Mixed Berry": "BER"}

# ---------------------------------------------------------------- protein powders
product(
    "PureForm Whey Isolate 90", "pureform-whey-isolate-90", "PureForm Nutrition", "Protein Powder",
    ["protein", "whey", "isolate", "low sugar", "gluten free"],
    "<p>Cold-filtered whey protein isolate with 90% protein in the dry matter. Mixes smooth with water or milk "
    "in a shaker, no clumps.</p>"
    + ul("Protein per serving: <strong>27g</strong> (per 30g scoop)",
         "Servings: 33 per 1kg tub, 75 per 2.27kg tub",
         "Sugar: 0.8g per serving; lactose under 0.5g per serving",
         "Energy: 112 kcal per serving",
         "Allergens: contains <strong>milk</strong>. Made in a facility that also processes soy, egg and nuts.",
         "Gluten free. Not suitable for vegans.",
         "Made in Germany")
    + "<p>Directions: mix 1 scoop (30g) with 250-300ml of cold water or milk after training.</p>",
    [("Flavour", ["Chocolate Fudge", "Vanilla Bean", "Salted Caramel", "Unflavoured"]), ("Size", ["1kg", "2.27kg"])],
    price=lambda v: {"1kg": "36.90", "2.27kg": "74.90"}[v[1]],
    sku=lambda v: f"PF-ISO-{FLAV[v[0]]}-{'1000' if v[1] == '1kg' else '2270'}",
    stock={("Chocolate Fudge", "2.27kg"): 0, ("Salted Caramel", "1kg"): 4, ("Unflavoured", "2.27kg"): 0},
    grams=1100)

product(
    "PureForm Daily Whey", "pureform-daily-whey", "PureForm Nutrition", "Protein Powder",
    ["protein", "whey", "sale"],
    "<p>Our everyday whey protein concentrate (80%). Creamy taste, great value for daily shakes and baking.</p>"
    + ul("Protein per serving: 22g (per 30g scoop)",
         "Servings: 33 per 1kg bag, 75 per 2.27kg bag",
         "Energy: 118 kcal per serving",
         "Allergens: contains <strong>milk</strong> and <strong>soy</strong> (soy lecithin)",
         "Not suitable for vegans",
         "Resealable stand-up bag"),
    [("Flavour", ["Chocolate", "Strawberry Milkshake", "Cookies & Cream", "Banana"]), ("Size", ["1kg", "2.27kg"])],
    price=lambda v: {"1kg": "24.90", "2.27kg": "49.90"}[v[1]],
    compare=lambda v: {"1kg": "29.90", "2.27kg": "59.90"}[v[1]],
    sku=lambda v: f"PF-DW-{FLAV[v[0]]}-{'1000' if v[1] == '1kg' else '2270'}",
    stock={("Cookies & Cream", "1kg"): 0, ("Banana", "2.27kg"): 0},
    grams=1050)

product(
    "PureForm Vegan Protein Blend", "pureform-vegan-protein-blend", "PureForm Nutrition", "Protein Powder",
    ["protein", "vegan", "plant based", "gluten free"],
    "<p>A plant protein powder made from pea protein isolate and brown rice protein, with a complete amino "
    "acid profile.</p>"
    + ul("Protein per serving: 21g (per 30g scoop)",
         "Servings: 25 per 750g bag, 50 per 1.5kg bag",
         "Certified vegan. Free from milk, soy and gluten.",
         "Sweetened with stevia, no added sugar",
         "Energy: 115 kcal per serving"),
    [("Flavour", ["Chocolate Hazelnut", "Vanilla Cinnamon", "Unflavoured"]), ("Size", ["750g", "1.5kg"])],
    price=lambda v: {"750g": "27.90", "1.5kg": "49.90"}[v[1]],
    stock={("Vanilla Cinnamon", "1.5kg"): 0},
    grams=800)

product(
    "PureForm Micellar Casein", "pureform-micellar-casein", "PureForm Nutrition", "Protein Powder",
    ["protein", "casein", "night"],
    "<p>Slow-digesting micellar casein: the classic protein shake before bed.</p>"
    + ul("Protein per serving: 24g (per 33g scoop)",
         "Servings: 27 per 908g tub",
         "Thick, pudding-like texture when mixed with less water",
         "Allergens: contains <strong>milk</strong>",
         "Not suitable for vegans"),
    [("Flavour", ["Chocolate Fudge", "Vanilla Bean"]), ("Size", ["908g"])],
    price=lambda v: "32.90",
    sku=lambda v: f"PF-CAS-{FLAV[v[0]]}-908",
    stock={("Vanilla Bean", "908g"): 0},
    grams=1000)

product(
    "PureForm Mass Gainer 3000", "pureform-mass-gainer-3000", "PureForm Nutrition", "Weight Gainer",
    ["gainer", "bulking", "carbs"],
    "<p>High-calorie gainer with oat flour, maltodextrin and whey for hard gainers.</p>"
    + ul("Per 330g serving: 1,250 kcal, 50g protein, 240g carbohydrates",
         "Servings: 9 per 3kg bag, 18 per 6kg bag",
         "Allergens: contains <strong>milk</strong> and <strong>gluten</strong> (oats)"),
    [("Flavour", ["Chocolate", "Banana"]), ("Size", ["3kg", "6kg"])],
    price=lambda v: {"3kg": "39.90", "6kg": "69.90"}[v[1]],
    sku=lambda v: f"PF-MG-{FLAV[v[0]]}-{v[1].upper()}",
    grams=3200)

# ---------------------------------------------------------------- pre-workout, creatine, amino acids
product(
    "IGNITE Pre-Workout", "ignite-pre-workout", "Kinetic Labs", "Pre-Workout",
    ["pre-workout", "caffeine", "energy", "pump"],
    "<p>Our flagship stim pre-workout for energy, focus and pump.</p>"
    + "<p><strong>Per 13g scoop:</strong></p>"
    + ul("Caffeine: 200mg", "Citrulline malate 2:1: 6g", "Beta-alanine: 3.2g (may cause a harmless tingling)",
         "Betaine: 2g")
    + ul("30 Servings tub: 390g", "60 Servings tub: 780g", "Suitable for vegans",
         "Warning: not for under 18s, pregnant or breastfeeding women. Do not exceed 1 scoop a day.")
    + "<p>Take 1 scoop in 300ml of water 20-30 minutes before training.</p>",
    [("Flavour", ["Blue Raspberry", "Fruit Punch", "Sour Apple"]), ("Size", ["30 Servings", "60 Servings"])],
    price=lambda v: {"30 Servings": "32.90", "60 Servings": "54.90"}[v[1]],
    sku=lambda v: f"KL-IGN-{FLAV[v[0]]}-{v[1].split()[0]}",
    stock={("Sour Apple", "60 Servings"): 0, ("Fruit Punch", "30 Servings"): 3},
    grams=450)

product(
    "IGNITE Stim-Free Pre-Workout", "ignite-stim-free-pre-workout", "Kinetic Labs", "Pre-Workout",
    ["pre-workout", "caffeine free", "pump", "sale"],
    "<p>All the pump, none of the caffeine: for evening sessions.</p>"
    + ul("Caffeine free (0mg caffeine)", "Citrulline malate 2:1: 8g per scoop", "Beta-alanine: 3.2g per scoop",
         "30 servings per 420g tub", "Suitable for vegans"),
    [("Flavour", ["Watermelon", "Lemon Ice"])],
    price=lambda v: "29.90", compare=lambda v: "34.90",
    stock={("Lemon Ice",): 0},
    grams=480)

product(
    "PureForm Creatine Monohydrate (Creapure®)", "pureform-creatine-monohydrate-creapure", "PureForm Nutrition",
    "Creatine", ["creatine", "creapure", "vegan", "strength"],
    "<p>100% Creapure® creatine monohydrate, micronised, unflavoured. Nothing else added.</p>"
    + ul("Serving: 5g (1 level scoop, included)",
         "Servings: 60 per 300g, 100 per 500g, 200 per 1kg",
         "Vegan, gluten free, no additives",
         "Creapure® is produced in Germany"),
    [("Size", ["300g", "500g", "1kg"])],
    price=lambda v: {"300g": "17.90", "500g": "24.90", "1kg": "39.90"}[v[0]],
    compare=lambda v: {"1kg": "44.90"}.get(v[0]),
    sku=lambda v: f"PF-CRE-{v[0].replace('1kg', '1000').replace('g', '')}",
    stock={("500g",): 2},
    grams=550)

product(
    "Kinetic Labs Creatine Gummies", "kinetic-labs-creatine-gummies", "Kinetic Labs", "Creatine",
    ["creatine", "gummies"],
    "<p>Creatine you can chew. 90 gummies per tub.</p>"
    + ul("3 gummies = 3g creatine monohydrate", "30 servings per tub", "Sugar: 2.1g per serving",
         "Contains gelatin (bovine): <strong>not suitable for vegans or vegetarians</strong>"),
    [("Flavour", ["Sour Cherry", "Tropical"]), ("Pack", ["90 Gummies"])],
    price=lambda v: "24.90",
    sku=lambda v: f"KL-GUM-{FLAV[v[0]]}-90",
    stock={("Tropical", "90 Gummies"): 0},
    grams=300)

product(
    "PureForm BCAA 2:1:1 Powder", "pureform-bcaa-2-1-1-powder", "PureForm Nutrition", "Amino Acids",
    ["bcaa", "amino", "intra-workout", "vegan"],
    "<p>Fermented (plant-based) branched-chain amino acids in the 2:1:1 ratio.</p>"
    + ul("7g BCAA per 10g serving (3.5g leucine, 1.75g isoleucine, 1.75g valine)",
         "40 servings per 400g tub", "Sugar free, sweetened with sucralose", "Vegan"),
    [("Flavour", ["Mango", "Iced Tea Peach", "Cola"]), ("Size", ["400g"])],
    price=lambda v: "21.90",
    sku=lambda v: f"PF-BCAA-{FLAV[v[0]]}-400",
    stock={("Cola", "400g"): 0},
    grams=450)

product(
    "Kinetic Labs Electrolyte Tabs", "kinetic-labs-electrolyte-tabs", "Kinetic Labs", "Hydration",
    ["electrolytes", "hydration", "endurance"],
    "<p>Effervescent electrolyte tablets: drop one in 500ml of water.</p>"
    + ul("Sodium 500mg, potassium 200mg, magnesium 60mg per tablet", "Sugar free, caffeine free, vegan",
         "Tube of 20 tablets; the 3-Pack is 3 tubes (60 tablets)"),
    [("Flavour", ["Lemon", "Mixed Berry"]), ("Pack", ["Tube of 20", "3-Pack (60 tabs)"])],
    price=lambda v: {"Tube of 20": "6.90", "3-Pack (60 tabs)": "17.90"}[v[1]],
    sku=lambda v: f"KL-ELEC-{FLAV[v[0]]}-{'20' if v[1] == 'Tube of 20' else '3PK'}",
    grams=90)

# ---------------------------------------------------------------- bars
product(
    "PureForm Crunch Protein Bar", "pureform-crunch-protein-bar", "PureForm Nutrition", "Protein Bar",
    ["protein bar", "snack", "sale"],
    "<p>Crispy layered protein bar with a real chocolate coating. Buy single bars or save with a box of 12.</p>"
    + ul("20g protein per 60g bar", "Sugar: 1.8g per bar", "Energy: 210 kcal per bar",
         "Allergens: contains <strong>milk</strong> and <strong>soy</strong>; Chocolate Peanut contains "
         "<strong>peanuts</strong>. May contain traces of tree nuts.",
         "Not suitable for vegans"),
    [("Flavour", ["Chocolate Peanut", "Cookie Dough", "White Chocolate Raspberry"]),
     ("Pack", ["Single 60g", "12 x 60g"])],
    price=lambda v: {"Single 60g": "2.49", "12 x 60g": "26.90"}[v[1]],
    compare=lambda v: {"12 x 60g": "29.90"}.get(v[1]),
    sku=lambda v: f"PF-BAR-{FLAV[v[0]]}-{'1' if v[1] == 'Single 60g' else '12'}",
    stock={("Cookie Dough", "12 x 60g"): 0},
    grams=70)

product(
    "GreenBar Vegan Protein Bar (12 x 55g)", "greenbar-vegan-protein-bar-12-x-55g", "GreenBar", "Protein Bar",
    ["protein bar", "vegan", "plant based"],
    "<p>Soft-baked plant protein bar, box of 12.</p>"
    + ul("15g protein per 55g bar (pea and rice protein)", "Certified vegan, palm-oil free",
         "Allergens: contains <strong>peanuts</strong>, <strong>almonds</strong> and <strong>oats</strong> "
         "(gluten)",
         "Box of 12 bars"),
    [("Flavour", ["Double Chocolate", "Peanut Caramel"])],
    price=lambda v: "29.90",
    stock={("Peanut Caramel",): 5},
    grams=700)

# ---------------------------------------------------------------- shakers
product(
    "Vortex Shaker Bottle 700ml", "vortex-shaker-bottle-700ml", "IronPeak", "Shaker",
    ["shaker", "bpa free"],
    "<p>The classic shaker with a stainless steel whisk ball for lump-free shakes.</p>"
    + ul("Capacity: 700ml (scale marked up to 600ml)", "BPA-free polypropylene", "Leak-proof screw lid with flip cap",
         "Dishwasher safe (top rack)", "Not suitable for hot liquids"),
    [("Colour", ["Stealth Black", "Bubblegum Pink", "Glacier Blue", "Clear"])],
    price=lambda v: "9.90",
    stock={("Glacier Blue",): 0},
    grams=160)

product(
    "Vortex Pro Shaker 1L with Storage", "vortex-pro-shaker-1l-with-storage", "IronPeak", "Shaker",
    ["shaker", "bpa free", "storage"],
    "<p>A big 1L shaker with two stackable storage compartments underneath.</p>"
    + ul("Capacity: 1000ml", "150ml powder compartment + pill tray", "BPA-free", "Dishwasher safe (top rack)"),
    [("Colour", ["Black", "White"])],
    price=lambda v: "14.90",
    sku=lambda v: {"Black": "IP-VPRO-BLK", "White": "IP-VPRO-WHT"}[v[0]],
    grams=260)

product(
    "IronPeak Insulated Steel Shaker 750ml", "ironpeak-insulated-steel-shaker-750ml", "IronPeak", "Shaker",
    ["shaker", "stainless steel", "insulated"],
    "<p>Double-walled 18/8 stainless steel shaker that keeps drinks cold for up to 24 hours.</p>"
    + ul("Capacity: 750ml", "Keeps cold up to 24 hours", "Includes a stainless steel mixing ball",
         "Hand wash only"),
    [("Colour", ["Matte Black", "Brushed Steel"])],
    price=lambda v: "24.90",
    sku=lambda v: {"Matte Black": "IP-STEEL-MBK", "Brushed Steel": "IP-STEEL-BST"}[v[0]],
    grams=420)

# ---------------------------------------------------------------- belts, straps, wraps, sleeves
product(
    "IronPeak 10mm Lever Lifting Belt", "ironpeak-10mm-lever-lifting-belt", "IronPeak", "Lifting Belt",
    ["belt", "powerlifting", "leather"],
    "<p>Competition-style powerlifting belt in genuine vegetable-tanned leather with a stainless steel lever.</p>"
    + ul("Thickness: 10mm, width: 10cm all the way round", "Genuine leather, suede lined",
         "Stainless steel lever buckle", "<strong>2-year warranty</strong>")
    + "<p>Size guide (waist measured at the navel): S 63-78cm, M 76-91cm, L 89-104cm, XL 102-117cm.</p>",
    [("Size", ["S", "M", "L", "XL"]), ("Colour", ["Black", "Oxblood"])],
    price=lambda v: "89.00",
    sku=lambda v: f"IP-LEV10-{'BLK' if v[1] == 'Black' else 'OXB'}-{v[0]}",
    stock={("XL", "Oxblood"): 0, ("M", "Black"): 3},
    grams=1100)

product(
    "IronPeak Nylon Training Belt", "ironpeak-nylon-training-belt", "IronPeak", "Lifting Belt",
    ["belt", "nylon", "velcro", "sale"],
    "<p>Lightweight nylon belt with a hook-and-loop (velcro) closure and steel roller buckle for CrossFit "
    "and general training.</p>"
    + ul("Width: 10cm", "Nylon webbing with foam core", "1-year warranty")
    + "<p>Size guide: S 60-80cm, M 75-95cm, L 90-110cm, XL 105-125cm.</p>",
    [("Size", ["S", "M", "L", "XL"])],
    price=lambda v: "29.90", compare=lambda v: "39.90",
    stock={("L",): 0},
    grams=300)

product(
    "IronPeak Lifting Straps (Pair)", "ironpeak-lifting-straps-pair", "IronPeak", "Straps & Wraps",
    ["straps", "deadlift", "grip"],
    "<p>Single-loop lifting straps for deadlifts, rows and shrugs. Sold as a pair.</p>"
    + ul("Length: 60cm, width: 3.8cm", "Cotton-nylon blend with neoprene wrist padding", "1-year warranty"),
    [("Colour", ["Black", "Camo"])],
    price=lambda v: "12.90",
    sku=lambda v: {"Black": "IP-STR-BLK", "Camo": ""}[v[0]],
    grams=120)

product(
    'IronPeak Wrist Wraps 18"', "ironpeak-wrist-wraps-18", "IronPeak", "Straps & Wraps",
    ["wraps", "wrist", "bench press"],
    "<p>Wrist wraps with a thumb loop and hook-and-loop closure. Sold as a pair.</p>"
    + ul('Length: 45cm (18")', "Medium: for pressing and CrossFit; Stiff: maximum support for heavy bench",
         "Hygiene: worn wraps cannot be returned"),
    [("Stiffness", ["Medium", "Stiff"])],
    price=lambda v: "19.90",
    sku=lambda v: f"IP-WW18-{v[0][:3].upper()}",
    grams=150)

product(
    "IronPeak 7mm Knee Sleeves (Pair)", "ironpeak-7mm-knee-sleeves-pair", "IronPeak", "Knee Sleeves",
    ["knee sleeves", "squat", "neoprene"],
    "<p>7mm neoprene knee sleeves for squats and Olympic lifting. <strong>Sold as a pair.</strong></p>"
    + ul("7mm neoprene, reinforced stitching", "Hand wash cold, air dry",
         "Hygiene: worn sleeves cannot be returned")
    + "<p>Size by knee circumference: XS 28-31cm, S 31-34cm, M 34-37cm, L 37-40cm, XL 40-43cm, "
      "XXL 43-46cm.</p>",
    [("Size", ["XS", "S", "M", "L", "XL", "XXL"])],
    price=lambda v: "44.90",
    sku=lambda v: f"IP-KS7-{v[0]}",
    stock={("XS",): 0, ("XXL",): 6},
    grams=500)

# ---------------------------------------------------------------- resistance bands
BAND_LEVELS = ["Yellow - Light (5-15 kg)", "Red - Medium (11-29 kg)", "Black - Heavy (23-57 kg)",
               "Purple - X-Heavy (27-79 kg)"]
product(
    "IronPeak Power Loop Resistance Band", "ironpeak-power-loop-resistance-band", "IronPeak", "Resistance Band",
    ["resistance band", "pull up assist", "latex"],
    "<p>Long loop band for assisted pull-ups, mobility and banded lifts. Sold individually.</p>"
    + ul("Length: 208cm", "Widths: Light 1.3cm, Medium 2.1cm, Heavy 4.4cm, X-Heavy 6.4cm",
         "Natural latex: not suitable for people with a latex allergy",
         "1-year warranty against manufacturing defects"),
    [("Resistance", BAND_LEVELS)],
    price=lambda v: {BAND_LEVELS[0]: "12.90", BAND_LEVELS[1]: "16.90", BAND_LEVELS[2]: "22.90",
                     BAND_LEVELS[3]: "27.90"}[v[0]],
    sku=lambda v: "IP-PL-" + v[0].split()[0].upper()[:3],
    stock={(BAND_LEVELS[3],): 0},
    grams=200)

product(
    "IronPeak Power Loop Band Set (4 Bands)", "ironpeak-power-loop-band-set-4-bands", "IronPeak", "Resistance Band",
    ["resistance band", "set", "sale"],
    "<p>All four Power Loop bands (Light, Medium, Heavy, X-Heavy) in one set.</p>"
    + ul("Includes: 4 bands, a carry bag and a printed exercise guide", "Length: 208cm each", "Natural latex"),
    [("Title", ["Default Title"])],
    price=lambda v: "64.90", compare=lambda v: "79.90",
    sku=lambda v: "IP-PL-SET4",
    grams=900)

product(
    "Mini Loop Bands 5-Pack", "mini-loop-bands-5-pack", "IronPeak", "Resistance Band",
    ["resistance band", "glutes", "latex"],
    "<p>Five short latex loops from extra light to extra heavy for glute activation and warm-ups.</p>"
    + ul("Size: 30cm x 5cm each", "5 resistance levels, colour coded", "Natural latex",
         "Includes a mesh carry pouch"),
    [("Title", ["Default Title"])],
    price=lambda v: "9.90",
    grams=120)

product(
    "Fabric Booty Bands 3-Pack", "fabric-booty-bands-3-pack", "IronPeak", "Resistance Band",
    ["resistance band", "glutes", "latex free"],
    "<p>Non-roll fabric hip bands with a silicone grip strip inside. Set of 3: light, medium and heavy.</p>"
    + ul("Cotton/polyester blend with latex-free silicone grip", "S/M: 33cm flat length, L/XL: 38cm flat length",
         "Machine washable at 30°C"),
    [("Size", ["S/M", "L/XL"])],
    price=lambda v: "19.90",
    sku=lambda v: f"IP-FBB3-{v[0].replace('/', '')}",
    stock={("L/XL",): 0},
    grams=200)

# ---------------------------------------------------------------- mats and floor
product(
    "Flowmat GripFlow Yoga Mat 6mm", "flowmat-gripflow-yoga-mat-6mm", "Flowmat", "Yoga Mat",
    ["yoga mat", "tpe", "non-slip"],
    "<p>Light, cushioned yoga mat with a non-slip texture on both sides.</p>"
    + ul("Size: 183 x 61 cm, thickness 6mm", "Weight: 1.1kg", "Material: TPE (free from PVC and latex)",
         "Carry strap included", "Clean with a damp cloth and mild soap"),
    [("Colour", ["Sage Green", "Midnight Black", "Dusty Rose", "Ocean Blue"])],
    price=lambda v: "34.90",
    stock={("Sage Green",): 0},
    grams=1200)

product(
    "Flowmat Cork Yoga Mat 4mm", "flowmat-cork-yoga-mat-4mm", "Flowmat", "Yoga Mat",
    ["yoga mat", "cork", "eco", "sale"],
    "<p>Natural cork surface that gets grippier when wet, on a natural tree rubber base.</p>"
    + ul("Size: 183 x 66 cm, thickness 4mm", "Weight: 2.4kg", "Cork top, natural rubber base (contains latex)"),
    [("Title", ["Default Title"])],
    price=lambda v: "64.90", compare=lambda v: "79.90",
    sku=lambda v: "FM-CORK4",
    stock={("Default Title",): 0},
    grams=2500)

product(
    "Flowmat Yoga Block (2-Pack)", "flowmat-yoga-block-2-pack", "Flowmat", "Yoga Accessories",
    ["yoga", "block"],
    "<p>Two lightweight EVA foam blocks.</p>" + ul("Size: 23 x 15 x 7.5 cm each", "EVA foam, 200g each"),
    [("Colour", ["Sage Green", "Midnight Black"])],
    price=lambda v: "16.90",
    sku=lambda v: {"Sage Green": "FM-BLK2-SAG", "Midnight Black": "FM-BLK2-MBK"}[v[0]],
    grams=450)

product(
    "IronPeak Exercise Floor Mat 15mm", "ironpeak-exercise-floor-mat-15mm", "IronPeak", "Exercise Mat",
    ["mat", "home gym", "stretching"],
    "<p>Extra-thick NBR foam mat for stretching, sit-ups and home workouts.</p>"
    + ul("Size: 180 x 60 x 1.5 cm", "NBR foam", "Includes elastic carry straps"),
    [("Colour", ["Black", "Grey"])],
    price=lambda v: "29.90",
    grams=900)

# ---------------------------------------------------------------- other
product(
    "IronPeak Liquid Chalk 250ml", "ironpeak-liquid-chalk-250ml", "IronPeak", "Grip",
    ["chalk", "grip"],
    "<p>Alcohol-based liquid chalk that dries in about 30 seconds and leaves less dust in the gym.</p>"
    + ul("Contents: 250ml", "Magnesium carbonate in ethanol", "Keep away from flames"),
    [("Title", ["Default Title"])],
    price=lambda v: "11.90",
    sku=lambda v: "IP-CHALK-250",
    grams=300)

product(
    "FuelHouse Gift Card", "fuelhouse-gift-card", "FuelHouse", "Gift Card",
    ["gift card"],
    "<p>Sent by email within minutes. Valid for 3 years on everything in the shop.</p>",
    [("Denominations", ["€25", "€50", "€100"])],
    price=lambda v: {"€25": "25.00", "€50": "50.00", "€100": "100.00"}[v[0]],
    shipping=False)


def combos(options):
    out = [[]]
    for _, values in options:
        out = [o + [v] for o in out for v in values]
    return out


def build() -> dict:
    products = []
    vid = VARIANT_ID0
    for i, p in enumerate(P):
        pid = PRODUCT_ID0 + i * 37
        variants = []
        for pos, values in enumerate(combos(p["options"]), 1):
            vid += 11
            key = tuple(values)
            qty = p["stock"].get(key, default_stock(p["handle"] + "|" + "|".join(values)))
            opts = values + [None] * (3 - len(values))
            variants.append({
                "id": vid, "title": " / ".join(values), "option1": opts[0], "option2": opts[1], "option3": opts[2],
                "sku": p["sku"](values), "requires_shipping": p["shipping"], "taxable": True,
                "featured_image": None, "available": qty > 0, "price": p["price"](values),
                "grams": p["grams"], "compare_at_price": p["compare"](values), "position": pos,
                "product_id": pid, "created_at": STAMP, "updated_at": STAMP, "inventory_quantity": qty,
            })
        products.append({
            "id": pid, "title": p["title"], "handle": p["handle"], "body_html": p["body"],
            "published_at": STAMP, "created_at": STAMP, "updated_at": STAMP, "vendor": p["vendor"],
            "product_type": p["ptype"], "tags": sorted(p["tags"]), "variants": variants, "images": [],
            "options": [{"name": n, "position": k, "values": vals} for k, (n, vals) in enumerate(p["options"], 1)],
        })
    return {"products": products}


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                             "products.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {out}: {len(P)} products")
