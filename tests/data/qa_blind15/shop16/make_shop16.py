#!/usr/bin/env python3
"""Generate catalog.yaml for the made-up "Greenhaven Garden Co." shop (garden & plants, EUR) in the demo
catalog's own YAML schema, as a shop exporting from its own system would write it. Deterministic: stock comes
from a SHA-256 of the variant SKU unless listed in STOCK_OVERRIDES. Written for livebot's held-out Q&A round 15;
all brands, products and facts are invented.

Usage: python make_shop16.py   (writes catalog.yaml beside this script)
"""
import hashlib
import os
import re

import yaml

CURRENCY = "EUR"

# (sku, name, brand, category, price, description, features, attributes, variants)
# variants: list of (sku suffix, options dict, optional variant price); [] means one variant with no options.
P = [
    ("GH-SD-TOM", "Tomato 'Sweet Million' F1 Seeds", "Hortika", "Seeds > Vegetables", 2.95,
     "A heavy-cropping cherry tomato with long trusses of sweet, bite-size red fruit. Ideal for greenhouses, "
     "grow bags and large patio pots.",
     ["Sow indoors February to April at 18-21°C", "Germination in 7-14 days", "Harvest July to October",
      "Needs full sun and a sheltered spot", "Tender: plant out only after the last frost"],
     {"sun": "Full sun", "hardiness": "Tender (not frost hardy)", "organic": False, "life_cycle": "Annual"},
     [("25", {"Pack": "25 seeds"}, None), ("50", {"Pack": "50 seeds"}, 4.50), ("100", {"Pack": "100 seeds"}, 7.95)]),
    ("GH-SD-BAS", "Organic Basil Genovese Seeds", "Hortika", "Seeds > Herbs", 2.49,
     "Classic large-leaved sweet basil for pesto, certified organic seed.",
     ["Sow indoors March to June on a warm windowsill", "Germination in 5-10 days",
      "Pinch out the tips to make plants bushier", "Not frost hardy", "Approx. 200 seeds per pack"],
     {"sun": "Full sun", "hardiness": "Tender", "organic": True, "certification": "EU organic"},
     [("200", {"Pack": "200 seeds"}, None)]),
    ("GH-SD-WFM", "Bee & Butterfly Wildflower Seed Mix", "Meadowmaker", "Seeds > Flowers", 5.95,
     "A blend of 24 native annual and perennial wildflowers chosen for pollinators.",
     ["Sow March to May or September to October", "Full sun to partial shade",
      "No fertiliser needed: flowers best on poor soil", "Fully hardy"],
     {"sun": "Full sun / partial shade", "hardiness": "Fully hardy", "bee_friendly": True, "species": 24},
     [("10", {"Covers": "10 m²"}, None), ("50", {"Covers": "50 m²"}, 19.95)]),
    ("GH-SD-LWN", "Hard-Wearing Family Lawn Seed", "Greenhaven", "Seeds > Lawn", 12.99,
     "Dense, tough lawn for children and pets. Perennial ryegrass and fescue blend.",
     ["1 kg sows about 35 m²", "Sow April to September", "Germination in 7-21 days",
      "Tolerates light shade"],
     {"sun": "Sun / light shade", "hardiness": "Fully hardy", "blend": ["Perennial ryegrass", "Red fescue"]},
     [("1KG", {"Box": "1 kg"}, None), ("5KG", {"Box": "5 kg"}, 49.99)]),
    ("GH-SD-SUN", "Sunflower 'Russian Giant' Seeds", "Hortika", "Seeds > Flowers", 1.99,
     "The classic giant sunflower with huge yellow heads on stems up to 3 m tall.",
     ["Sow April to May, direct outdoors or in pots", "Grows up to 3 m tall", "Needs full sun",
      "About 30 seeds per pack"],
     {"sun": "Full sun", "hardiness": "Half hardy annual", "height": "up to 300 cm"},
     [("30", {"Pack": "30 seeds"}, None)]),
    ("GH-PT-TER", "Classic Terracotta Pot", "Terranova", "Pots & Planters > Terracotta", 3.49,
     "Hand-thrown Italian terracotta pot with a drainage hole. Saucers sold separately.",
     ["Made in Italy from natural clay", "Drainage hole in the base",
      "Not frost-proof: bring indoors or keep dry in winter", "Saucer not included"],
     {"material": "Terracotta", "frost_proof": False, "drainage_hole": True},
     [("12", {"Diameter": "12cm"}, None), ("17", {"Diameter": "17cm"}, 5.99),
      ("25", {"Diameter": "25cm"}, 11.99), ("35", {"Diameter": "35cm"}, 24.99)]),
    ("GH-PT-SWP", "Loft Self-Watering Planter", "Terranova", "Pots & Planters > Self-watering", 19.95,
     "Self-watering planter with a hidden water reservoir and a water level indicator.",
     ["Reservoir keeps plants watered for up to 3 weeks", "Made from 100% recycled plastic",
      "UV-resistant, for indoor and outdoor use", "Water level indicator"],
     {"material": "Recycled plastic", "frost_proof": True, "indoor_outdoor": "Both"},
     [("S-ANT", {"Size": "Small Ø20cm", "Colour": "Anthracite"}, None),
      ("S-WHT", {"Size": "Small Ø20cm", "Colour": "White"}, None),
      ("S-SAG", {"Size": "Small Ø20cm", "Colour": "Sage"}, None),
      ("L-ANT", {"Size": "Large Ø30cm", "Colour": "Anthracite"}, 29.95),
      ("L-WHT", {"Size": "Large Ø30cm", "Colour": "White"}, 29.95),
      ("L-SAG", {"Size": "Large Ø30cm", "Colour": "Sage"}, 29.95)]),
    ("GH-PT-NRD", "Nordic Glazed Ceramic Pot", "Casa Verde", "Pots & Planters > Indoor pots", 14.90,
     "Glazed stoneware cover pot for houseplants. Place your plant's nursery pot inside.",
     ["Indoor use only", "No drainage hole (cover pot)", "Glazed stoneware", "Wipe clean with a damp cloth"],
     {"material": "Glazed stoneware", "frost_proof": False, "drainage_hole": False},
     [("14-WHT", {"Pot diameter": "14 cm", "Glaze": "Speckled White"}, None),
      ("14-BLU", {"Pot diameter": "14 cm", "Glaze": "Ocean Blue"}, None),
      ("14-GRN", {"Pot diameter": "14 cm", "Glaze": "Moss Green"}, None),
      ("19-WHT", {"Pot diameter": "19 cm", "Glaze": "Speckled White"}, 22.90),
      ("19-BLU", {"Pot diameter": "19 cm", "Glaze": "Ocean Blue"}, 22.90),
      ("19-GRN", {"Pot diameter": "19 cm", "Glaze": "Moss Green"}, 22.90)]),
    ("GH-PT-FCT", "Fibreclay Tall Square Planter 80cm", "Casa Verde", "Pots & Planters > Outdoor planters", 89.00,
     "A tall, lightweight planter with a concrete look, 80 cm high and 35 x 35 cm at the top.",
     ["Height 80 cm, top 35 x 35 cm", "Weight 12 kg", "Frost-proof fibreclay", "Drainage hole with plug"],
     {"material": "Fibreclay", "frost_proof": True, "drainage_hole": True},
     [("GRY", {"Finish": "Concrete Grey"}, None), ("BLK", {"Finish": "Black"}, None)]),
    ("GH-RB-CED", "Cedar Raised Bed Kit 120 x 60 cm", "Brambleworth", "Pots & Planters > Raised beds", 129.00,
     "A raised vegetable bed in untreated western red cedar that slots together without tools.",
     ["Size 120 x 60 cm, 30 cm deep", "FSC-certified western red cedar, untreated",
      "Tool-free slot-together assembly", "Holds about 216 litres of compost"],
     {"material": "Western red cedar", "fsc_certified": True, "assembly": "Tool-free"},
     []),
    ("GH-TL-SEC", "ProCut Bypass Secateurs", "Brambleworth", "Tools > Pruning", 24.95,
     "Bypass pruners with hardened SK5 steel blades for clean cuts on live stems.",
     ["Cuts branches up to 20 mm", "Hardened SK5 carbon steel blades", "Sap groove and safety lock",
      "10-year warranty"],
     {"blade": "SK5 carbon steel", "cut_capacity_mm": 20, "warranty_years": 10},
     [("SH", {"Size": "Small hand"}, None), ("ST", {"Size": "Standard"}, None)]),
    ("GH-TL-TRW", "Stainless Steel Hand Trowel", "Brambleworth", "Tools > Hand tools", 12.50,
     "A rust-free stainless steel trowel with an oiled ash handle and a leather hanging loop.",
     ["Polished stainless steel blade", "FSC ash wood handle", "Lifetime guarantee"],
     {"material": ["Stainless steel", "Ash wood"], "warranty": "Lifetime"},
     []),
    ("GH-TL-SPD", "Ash Handle Digging Spade", "Brambleworth", "Tools > Digging", 44.00,
     "A full-size digging spade with a carbon steel blade and a wide tread.",
     ["Overall length 104 cm", "Epoxy-coated carbon steel blade", "Ash shaft with D-grip",
      "5-year warranty"],
     {"material": ["Carbon steel", "Ash wood"], "warranty_years": 5, "length_cm": 104},
     []),
    ("GH-TL-HSH", "Telescopic Hedge Shears", "Brambleworth", "Tools > Pruning", 39.90,
     "Wave-edged hedge shears with telescopic aluminium handles for high hedges.",
     ["Handles extend from 68 to 90 cm", "Wave-edged steel blades", "Shock-absorbing bumpers",
      "2-year warranty"],
     {"handle": "Aluminium, telescopic", "warranty_years": 2},
     []),
    ("GH-TL-TRM", "Cordless Grass Trimmer 18V", "Voltgarden", "Tools > Power tools", 79.00,
     "A light 18V trimmer for lawn edges, 2.4 kg, with automatic line feed.",
     ["Cutting width 25 cm", "Weight 2.4 kg without battery", "Automatic line feed",
      "Battery runtime up to 30 minutes (2.0Ah)", "3-year warranty"],
     {"power": "18V battery", "cutting_width_cm": 25, "warranty_years": 3},
     [("BARE", {"Kit": "Tool only"}, None), ("KIT", {"Kit": "With 2.0Ah battery + charger"}, 119.00)]),
    ("GH-HS-FLX", "FlexiPro Anti-Kink Garden Hose 1/2\"", "Aquaflow", "Watering > Hoses", 24.99,
     "A five-layer reinforced hose that does not kink or twist. Connectors are sold separately.",
     ["5-layer construction with anti-kink mesh", "1/2 inch (13 mm) inner diameter",
      "Burst pressure 24 bar", "Connectors not included", "8-year warranty"],
     {"material": "PVC, phthalate-free", "diameter": "1/2 inch (13 mm)", "warranty_years": 8},
     [("15", {"Length": "15m"}, None), ("25", {"Length": "25m"}, 34.99), ("50", {"Length": "50m"}, 59.99)]),
    ("GH-HS-EXP", "StretchGo Expandable Hose", "Aquaflow", "Watering > Hoses", 29.95,
     "A light hose that expands to three times its length when the water is on and shrinks back after use.",
     ["Expands to 3x its length", "Includes a 7-pattern spray gun and tap connector",
      "Latex inner tube with polyester cover", "1-year warranty"],
     {"material": ["Latex", "Polyester"], "warranty_years": 1, "included": ["Spray gun", "Tap connector"]},
     [("15", {"Length": "15m (expanded)"}, None), ("30", {"Length": "30m (expanded)"}, 39.95)]),
    ("GH-HS-REL", "Wall-Mounted Hose Reel", "Aquaflow", "Watering > Hose reels", 64.00,
     "A swivelling wall-mounted reel with a guided rewind, for up to 30 m of 1/2 inch hose.",
     ["Holds up to 30 m of 1/2\" hose", "Swivels 180°", "Wall bracket and screws included",
      "Hose not included", "5-year warranty"],
     {"material": "Steel and ABS plastic", "capacity": "30 m of 1/2\" hose", "warranty_years": 5},
     []),
    ("GH-WC-GAL", "Galvanised Watering Can 10 L", "Brambleworth", "Watering > Watering cans", 34.50,
     "A traditional hot-dip galvanised steel watering can with a removable brass rose.",
     ["Capacity 10 litres", "Hot-dip galvanised steel", "Removable brass rose"],
     {"material": "Galvanised steel", "capacity_l": 10},
     [("ZNC", {"Colour": "Zinc"}, None), ("SGE", {"Colour": "Sage Green"}, 39.50)]),
    ("GH-GL-ROS", "Rose Pruning Gauntlets", "Thornguard", "Gloves", 18.95,
     "Long goatskin leather gauntlets that protect hands and forearms from thorns.",
     ["Goatskin leather palm, split-leather cuff", "Thorn-resistant, elbow-length cuffs",
      "Hand wash only", "Sizes: S (7), M (8), L (9), XL (10)"],
     {"material": "Goatskin leather", "cuff": "Gauntlet", "washing": "Hand wash only"},
     [("S", {"Glove size": "S (7)"}, None), ("M", {"Glove size": "M (8)"}, None),
      ("L", {"Glove size": "L (9)"}, None), ("XL", {"Glove size": "XL (10)"}, None)]),
    ("GH-GL-NIT", "Nitrile Grip Garden Gloves 3-Pack", "Thornguard", "Gloves", 8.99,
     "Everyday gardening gloves: nitrile-coated palm and a breathable knitted back. Three pairs.",
     ["3 pairs per pack", "Nitrile-coated palm for wet grip", "Breathable bamboo-fibre back",
      "Machine washable at 30°C"],
     {"material": ["Nitrile", "Bamboo fibre"], "washing": "Machine wash 30°C", "pairs": 3},
     [("S", {"Size": "S"}, None), ("M", {"Size": "M"}, None), ("L", {"Size": "L"}, None)]),
    ("GH-CP-MPC", "Peat-Free Multi-Purpose Compost", "Greenhaven", "Compost & Feed > Compost", 4.99,
     "A 100% peat-free compost of composted bark, wood fibre and coir, with 6 weeks of feed.",
     ["100% peat-free", "Contains feed for up to 6 weeks", "For sowing, potting and planting",
      "Made from composted bark, wood fibre and coir"],
     {"peat_free": True, "feed_weeks": 6, "organic": False},
     [("10", {"Bag": "10 L"}, None), ("40", {"Bag": "40 L"}, 9.99), ("60", {"Bag": "60 L"}, 12.99)]),
    ("GH-CP-SEA", "Organic Liquid Seaweed Feed", "Greenhaven", "Compost & Feed > Plant food", 7.50,
     "Concentrated liquid seaweed from Norwegian kelp for all plants.",
     ["Dilute 20 ml in 4.5 L of water", "Feed every 1-2 weeks in the growing season",
      "Certified for organic growing"],
     {"organic": True, "source": "Norwegian kelp", "dilution": "20 ml per 4.5 L"},
     [("1L", {"Bottle": "1 L"}, None), ("25L", {"Bottle": "2.5 L"}, 14.95)]),
    ("GH-CP-WRM", "Worm Castings Soil Improver 5 kg", "Greenhaven", "Compost & Feed > Soil improvers", 15.90,
     "Pure worm castings to mix into beds and pots. Odourless and safe around children and pets.",
     ["5 kg bag", "Odourless", "Mix 1 part castings to 4 parts soil"],
     {"organic": True, "weight_kg": 5},
     []),
    ("GH-IP-MON", "Monstera deliciosa (Swiss Cheese Plant)", "Greenhaven Plants", "Indoor Plants", 14.99,
     "The iconic split-leaf houseplant, grown in the Netherlands and delivered in a plastic nursery pot.",
     ["Bright, indirect light; no direct midday sun", "Water when the top 2-3 cm of soil is dry",
      "Minimum temperature 15°C", "Toxic to cats and dogs if eaten", "Supplied in a nursery pot (no decorative pot)"],
     {"light": "Bright indirect", "watering": "When top 2-3 cm is dry", "pet_safe": False, "min_temp_c": 15},
     [("12", {"Pot": "12cm pot · 30-40cm tall"}, None), ("17", {"Pot": "17cm pot · 50-60cm tall"}, 29.99),
      ("21", {"Pot": "21cm pot · 80-90cm tall"}, 49.99)]),
    ("GH-IP-SNK", "Snake Plant Sansevieria 'Laurentii'", "Greenhaven Plants", "Indoor Plants", 19.95,
     "An upright, yellow-edged snake plant that copes with low light and irregular watering.",
     ["Tolerates low light and shade", "Water every 2-3 weeks, less in winter", "Toxic to pets if eaten",
      "Supplied in a nursery pot"],
     {"light": "Low to bright indirect", "watering": "Every 2-3 weeks", "pet_safe": False},
     [("40", {"Plant height": "40cm"}, None), ("70", {"Plant height": "70cm"}, 39.95)]),
    ("GH-IP-CAL", "Calathea orbifolia", "Greenhaven Plants", "Indoor Plants", 24.95,
     "Large round leaves with silver stripes. Supplied in a 14 cm nursery pot, about 45 cm tall.",
     ["14 cm pot, about 45 cm tall", "Bright indirect light, no direct sun",
      "Keep the soil lightly moist; likes high humidity", "Non-toxic: safe for cats and dogs"],
     {"light": "Bright indirect", "watering": "Keep lightly moist", "pet_safe": True, "humidity": "High"},
     []),
    ("GH-OP-OLV", "Olive Tree Olea europaea (1/4 standard)", "Greenhaven Plants", "Outdoor Plants > Trees", 39.00,
     "A Mediterranean olive tree on a short clear stem, for sunny patios and bright conservatories.",
     ["Full sun", "Hardy to about -7°C; protect the pot in hard frost", "Drought tolerant once established",
      "Evergreen"],
     {"sun": "Full sun", "hardiness": "Hardy to -7°C", "evergreen": True, "watering": "Drought tolerant"},
     [("80", {"Height": "80-100cm"}, None), ("120", {"Height": "120-140cm"}, 79.00)]),
    ("GH-OP-LAV", "Lavender 'Hidcote' 3-Pack", "Greenhaven Plants", "Outdoor Plants > Perennials", 12.95,
     "Compact English lavender with deep violet flowers, three plants in 9 cm pots.",
     ["3 plants in 9 cm pots", "Full sun, well-drained soil", "Fully hardy to -15°C",
      "Drought tolerant and loved by bees", "Flowers June to August"],
     {"sun": "Full sun", "hardiness": "Fully hardy (-15°C)", "bee_friendly": True, "evergreen": True},
     []),
    ("GH-LT-BAR", "SunLeaf LED Grow Light Bar", "SunLeaf", "Grow Lights", 49.90,
     "A full-spectrum LED bar for seedlings and houseplants, with a built-in timer.",
     ["Full spectrum (3000K white + 660 nm red)", "Built-in 4/8/12 h timer", "Daisy-chain up to 4 bars",
      "IP44 splash-proof", "3-year warranty"],
     {"spectrum": "Full spectrum", "timer": "4/8/12 h", "warranty_years": 3, "ip_rating": "IP44"},
     [("60", {"Length": "60cm (20W)"}, None), ("120", {"Length": "120cm (40W)"}, 79.90)]),
    ("GH-LT-CLP", "Desk Sprout Clip-On Grow Lamp", "SunLeaf", "Grow Lights", 22.95,
     "A USB-powered 10W clip-on grow lamp on a flexible gooseneck for one or two plants.",
     ["10W, USB powered (adapter not included)", "Auto timer 3/9/12 h", "Flexible 360° gooseneck",
      "12-month warranty"],
     {"power_w": 10, "power_supply": "USB", "warranty_months": 12},
     [("BLK", {"Finish": "Black"}, None), ("WHT", {"Finish": "White"}, None)]),
    ("GH-PR-HTD", "Heated Propagator 38 x 24 cm", "Voltgarden", "Propagation", 34.95,
     "An electric heated propagator with a tall vented lid, keeps seed trays 5-10°C above room temperature.",
     ["Tray 38 x 24 cm, lid 18 cm high", "12W heating base", "No thermostat",
      "Adjustable vents in the lid", "2-year warranty"],
     {"power_w": 12, "thermostat": False, "warranty_years": 2},
     []),
]

# Stock that the question file relies on: sold-out variants and a sold-out product.
STOCK_OVERRIDES = {
    "GH-SD-TOM-100": 0, "GH-SD-TOM-50": 34, "GH-SD-LWN-5KG": 0, "GH-PT-TER-35": 0, "GH-PT-TER-17": 41,
    "GH-PT-SWP-L-SAG": 0, "GH-PT-SWP-S-SAG": 12, "GH-PT-NRD-19-BLU": 0, "GH-PT-FCT-BLK": 0, "GH-PT-FCT-GRY": 3,
    "GH-TL-SEC-SH": 0, "GH-TL-SEC-ST": 27, "GH-HS-FLX-50": 0, "GH-HS-FLX-25": 18, "GH-GL-ROS-L": 0,
    "GH-GL-ROS-M": 9, "GH-IP-MON-21": 0, "GH-IP-MON-17": 6, "GH-OP-LAV": 0, "GH-LT-BAR-120": 4,
    "GH-CP-MPC-60": 0, "GH-TL-TRM-KIT": 0, "GH-TL-TRM-BARE": 15, "GH-IP-CAL": 8,
}


def stock_for(sku):
    if sku in STOCK_OVERRIDES:
        return STOCK_OVERRIDES[sku]
    return 5 + hashlib.sha256(sku.encode()).digest()[0] % 56  # 5..60, deterministic


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def build():
    products = []
    for sku, name, brand, cat, price, desc, feats, attrs, vspec in P:
        variants = []
        for suffix, opts, vprice in vspec or [(None, {}, None)]:
            vsku = f"{sku}-{suffix}" if suffix else sku
            v = {"sku": vsku, "options": dict(opts), "stock": stock_for(vsku)}
            if vprice is not None:
                v["price"] = vprice
            variants.append(v)
        products.append({
            "sku": sku, "name": name, "brand": brand, "category": cat, "price": price, "currency": CURRENCY,
            "url": f"https://greenhaven-garden.example/products/{slug(name)}", "handle": slug(name),
            "description": desc, "features": feats, "attributes": attrs, "variants": variants,
            "total_stock": sum(v["stock"] for v in variants),
        })
    return {"catalog": {"currency": CURRENCY, "products": products}}


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "catalog.yaml")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Made-up catalog of 'Greenhaven Garden Co.' (garden & plants, EUR) for livebot's held-out Q&A.\n"
                "# Generated by make_shop16.py; brands, products, prices and stock are invented.\n")
        yaml.safe_dump(build(), f, allow_unicode=True, sort_keys=False, width=110)
    print(out)
