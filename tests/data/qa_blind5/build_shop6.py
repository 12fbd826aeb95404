#!/usr/bin/env python3
"""Build shop6/products.json: a Shopify-style export of an outdoor/camping gear shop ("Nordwand Outdoor", EUR).

Deterministic. Like the public /products.json endpoint it has `available` per variant and no inventory counts,
so stock questions on this shop are graded on in-stock / sold-out wording only.
"""
import itertools
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (title, handle, vendor, product_type, tags, body_html, options[(name, values)], base price,
#  per-value price overrides {value: price}, compare_at (str or None), unavailable [tuple of option values],
#  sku pattern ("" = empty SKUs; otherwise a prefix joined with option codes))
P = [
    ("Trailhead 45L Hiking Backpack", "trailhead-45l-hiking-backpack", "Nordwand", "Backpacks",
     ["backpack", "hiking", "trekking", "45l"],
     "<p>Our all-rounder for hut-to-hut tours. Adjustable back system, hip belt pockets and an integrated rain cover.</p>"
     "<ul><li>Volume: 45 litres</li><li>Weight: 1.6 kg</li><li>Material: 210D ripstop nylon</li>"
     "<li>Hydration compatible (bladder not included)</li></ul>",
     [("Colour", ["Forest Green", "Slate Grey", "Rust"]), ("Back length", ["S/M", "M/L"])], "149.00", {}, None,
     [("Rust", "S/M"), ("Slate Grey", "M/L")], "NW-TH45"),
    ("Alpenglow Down Sleeping Bag", "alpenglow-down-sleeping-bag", "Nordwand", "Sleeping Bags",
     ["sleeping bag", "down", "mummy"],
     "<p>Mummy-shaped down sleeping bag filled with responsibly sourced 90/10 duck down (600 cuin).</p>"
     "<p><strong>Comfort temperature</strong> depends on the model: 0&deg;C for the -5&deg;C version, -6&deg;C for "
     "the -12&deg;C version. Stuff sack and storage sack included.</p>",
     [("Temperature rating", ["-5°C", "-12°C"]), ("Zip", ["Left", "Right"])], "219.00", {"-12°C": "279.00"}, None,
     [("-12°C", "Left")], ""),
    ("Kestrel 2-Person Tent", "kestrel-2p-tent", "Nordwand", "Tents",
     ["tent", "2 person", "backpacking", "freestanding"],
     "<p>Freestanding 2-person backpacking tent with two doors and two vestibules.</p>"
     "<ul><li>Packed weight 2.1 kg</li><li>Flysheet: 20D silnylon, 3000 mm hydrostatic head</li>"
     "<li>Packed size 45 x 15 cm</li><li>Pitches in about 5 minutes</li></ul>",
     [("Color", ["Olive", "Sand"])], "329.00", {}, "379.00", [("Sand",)], "KES2-"),
    ("Summit UL 1P Tent", "summit-ul-1p-tent", "Nordwand", "Tents",
     ["tent", "solo", "ultralight", "1 person"],
     "<p>Ultralight one-person trekking-pole tent for fast and light adventures. Minimum weight 890 g. "
     "Trekking poles not included.</p>",
     [("Title", ["Default Title"])], "389.00", {}, None, [], "SUMMIT-UL1"),
    ("Gaslight Titanium Stove", "gaslight-titanium-stove", "Flamme", "Stoves",
     ["stove", "titanium", "cooking"],
     "<p>Tiny screw-on canister stove made of titanium. Weight: 78 g. Boils 1 litre of water in about 3.5 minutes. "
     "Fits standard EN417 screw-thread gas canisters (gas not included).</p>",
     [("Title", ["Default Title"])], "59.95", {}, None, [], ""),
    ("Ridgeline Carbon Trekking Poles (pair)", "ridgeline-carbon-trekking-poles", "Nordwand", "Trekking Poles",
     ["poles", "carbon", "trekking"],
     "<p>Three-section carbon poles with cork grips and quick flick-lock adjustment. Weight: 420 g per pair. "
     "Sold as a pair.</p>",
     [("Length", ["100-125 cm", "110-135 cm"])], "119.00", {}, None, [("100-125 cm",)], ""),
    ("Fjell Merino 200 Base Layer Crew", "fjell-merino-200-crew", "Fjell", "Base Layers",
     ["merino", "base layer", "thermal", "top"],
     "<p>Long-sleeve crew made of 100% merino wool, 200 g/m&sup2;. Naturally odour resistant.</p>"
     "<p>Care: machine washable at 30&deg;C on wool cycle. Do not tumble dry.</p>",
     [("Size", ["XS", "S", "M", "L", "XL", "XXL"]), ("Colour", ["Black", "Navy"])], "89.00", {}, None,
     [("XS", "Navy"), ("L", "Black"), ("XXL", "Navy")], "FJ200-"),
    ("Ascent GTX Hiking Boot", "ascent-gtx-hiking-boot", "Bergfuss", "Footwear",
     ["boots", "hiking boots", "waterproof", "gore-tex"],
     "<p>Mid-cut leather hiking boot with a GORE-TEX waterproof membrane and Vibram Megagrip sole. "
     "Weight 620 g per boot (size 42). Fits true to size.</p>",
     [("EU size", ["38", "39", "40", "41", "42", "43", "44", "45", "46"])], "189.00", {}, None,
     [("41",), ("44",)], ""),
    ("Stormline 3L Rain Jacket", "stormline-3l-rain-jacket", "Nordwand", "Jackets",
     ["rain jacket", "hardshell", "waterproof"],
     "<p>Three-layer hardshell for wet days: 20,000 mm waterproof, 15,000 g/m&sup2;/24h breathable, pit zips, "
     "helmet-compatible hood. Weight 390 g.</p>",
     [("Size", ["S", "M", "L", "XL"]), ("Color", ["Blaze Orange", "Deep Navy"])], "199.00", {}, "249.00",
     [("M", "Blaze Orange"), ("XL", "Deep Navy")], "SL3L-"),
    ("Lumen 400 Rechargeable Headlamp", "lumen-400-headlamp", "Glimt", "Lighting",
     ["headlamp", "light", "rechargeable"],
     "<p>400 lumen headlamp with red light mode. Rechargeable via USB-C (cable included). Up to 40 hours on low, "
     "4 hours on high. Waterproof to IPX6.</p>",
     [("Title", ["Default Title"])], "44.95", {}, None, [], "GL-L400"),
    ("ClearFlow Squeeze Water Filter", "clearflow-squeeze-filter", "ClearFlow", "Water",
     ["water filter", "purification"],
     "<p>0.1 micron hollow fibre filter that removes 99.9999% of bacteria. Comes with a 1 L soft pouch. "
     "Does not remove viruses or chemicals.</p>",
     [("Title", ["Default Title"])], "34.90", {}, None, [], ""),
    ("Thermo Flask", "thermo-flask", "Glimt", "Bottles",
     ["bottle", "insulated", "thermos"],
     "<p>Double-wall vacuum insulated stainless steel flask. Keeps drinks hot for 12 hours, cold for 24 hours. "
     "Not dishwasher safe.</p>",
     [("Capacity", ["500 ml", "750 ml", "1 L"]), ("Colour", ["Steel", "Moss"])], "24.95",
     {"750 ml": "29.95", "1 L": "34.95"}, None, [("1 L", "Moss")], ""),
    ("Basecamp Folding Chair", "basecamp-folding-chair", "Nordwand", "Camp Furniture",
     ["chair", "camp chair", "folding"],
     "<p>Packs down small, sets up in seconds. Aluminium frame, max load 120 kg, weight 1.0 kg.</p>",
     [("Color", ["Black", "Ocean"])], "69.00", {}, None, [], ""),
    ("AirRest Insulated Sleeping Pad", "airrest-insulated-sleeping-pad", "Nordwand", "Sleeping Pads",
     ["sleeping pad", "mat", "insulated"],
     "<p>Inflatable 7 cm thick sleeping pad with synthetic insulation, R-value 4.2. Pump sack included.</p>",
     [("Size", ["Regular", "Long Wide"])], "129.00", {"Long Wide": "149.00"}, None, [], "AR-"),
    ("Roll-Top Dry Bag", "roll-top-dry-bag", "Nordwand", "Accessories",
     ["dry bag", "waterproof", "packing"],
     "<p>Welded-seam roll-top dry bag made of TPU-coated nylon. Fully waterproof when rolled 3 times.</p>",
     [("Volume", ["5L", "10L", "20L"])], "14.95", {"10L": "19.95", "20L": "24.95"}, None, [("20L",)], ""),
    ("Trail Cook Set 2P", "trail-cook-set-2p", "Flamme", "Cookware",
     ["cookware", "pot", "cooking"],
     "<p>Hard-anodised aluminium cook set for two: 1.5 L pot, 0.8 L pot with lid, 2 bowls and 2 sporks. "
     "The stove fits inside the larger pot.</p>",
     [("Title", ["Default Title"])], "49.00", {}, None, [], "FL-CS2"),
    ("Canopy Single Hammock", "canopy-single-hammock", "Nordwand", "Hammocks",
     ["hammock", "camping"],
     "<p>Parachute nylon hammock, 270 x 140 cm, max load 150 kg. Tree straps sold separately.</p>",
     [("Colour", ["Sunset", "Forest"])], "39.00", {}, None, [("Forest",)], ""),
    ("Scree Gaiters", "scree-gaiters", "Bergfuss", "Accessories",
     ["gaiters", "hiking"],
     "<p>Low gaiters that keep gravel and snow out of your shoes.</p>",
     [("Size", ["S/M", "L/XL"])], "29.00", {}, None, [], ""),
    ("Merino Hiking Socks 2-Pack", "merino-hiking-socks-2-pack", "Fjell", "Socks",
     ["socks", "merino"],
     "<p>Two pairs of cushioned hiking socks, 65% merino wool, 33% polyamide, 2% elastane.</p>",
     [("Shoe size", ["35-38", "39-42", "43-46"])], "27.00", {}, None, [("43-46",)], ""),
    ("Bearing Baseplate Compass", "bearing-baseplate-compass", "Nordwand", "Navigation",
     ["compass", "navigation"],
     "<p>Liquid-filled baseplate compass with declination adjustment and a magnifying lens.</p>",
     [("Title", ["Default Title"])], "32.00", {}, None, [("Default Title",)], ""),
    ("Shelter Tarp 3x3", "shelter-tarp-3x3", "Nordwand", "Tents",
     ["tarp", "shelter"],
     "<p>3 x 3 m silnylon tarp with 16 tie-outs. Weight 520 g.</p>",
     [("Title", ["Default Title"])], "89.00", {}, None, [], ""),
    ("Kids Explorer Daypack 12L", "kids-explorer-daypack-12l", "Nordwand", "Backpacks",
     ["backpack", "kids", "daypack"],
     "<p>Small daypack for little hikers aged 4-8, with a chest strap and reflective details.</p>",
     [("Colour", ["Yellow", "Red"])], "39.00", {}, None, [], ""),
    ("Granite Softshell Trousers", "granite-softshell-trousers", "Fjell", "Trousers",
     ["trousers", "pants", "softshell"],
     "<p>Stretchy softshell hiking trousers with a water-repellent finish and zipped thigh pocket.</p>",
     [("Waist", ["30", "32", "34", "36"]), ("Leg", ["Regular", "Long"])], "109.00", {}, None,
     [("30", "Long"), ("36", "Regular")], "GR-"),
    ("Polar Grid Fleece Jacket", "polar-grid-fleece-jacket", "Fjell", "Jackets",
     ["fleece", "midlayer", "jacket"],
     "<p>Grid fleece midlayer made of 100% recycled polyester. Full zip, two hand pockets.</p>",
     [("Size", ["S", "M", "L", "XL"]), ("Colour", ["Charcoal", "Teal"])], "79.00", {}, None,
     [("S", "Teal")], "PG-"),
    ("Trek First Aid Kit", "trek-first-aid-kit", "Nordwand", "Safety",
     ["first aid", "safety"],
     "<p>Compact 42-piece first aid kit in a water-resistant pouch: plasters, blister care, bandages, tick tweezers.</p>",
     [("Title", ["Default Title"])], "24.00", {}, None, [], ""),
    ("Ferro Rod Fire Starter", "ferro-rod-fire-starter", "Flamme", "Stoves",
     ["fire starter", "survival"],
     "<p>Ferrocerium rod with striker, good for about 12,000 strikes. Works when wet.</p>",
     [("Title", ["Default Title"])], "12.95", {}, None, [], ""),
    ("Thermal Touchscreen Gloves", "thermal-touchscreen-gloves", "Fjell", "Gloves",
     ["gloves", "touchscreen"],
     "<p>Stretch fleece gloves with touchscreen-compatible fingertips.</p>",
     [("Size", ["S", "M", "L"])], "22.00", {}, None, [("S",)], ""),
    ("Glow Camping Lantern", "glow-camping-lantern", "Glimt", "Lighting",
     ["lantern", "light", "camping"],
     "<p>Collapsible LED lantern, 250 lumens, runs on 3 AAA batteries (not included).</p>",
     [("Title", ["Default Title"])], "29.00", {}, None, [("Default Title",)], ""),
    ("Puffin 800 Down Jacket", "puffin-800-down-jacket", "Nordwand", "Jackets",
     ["down jacket", "insulation", "puffer"],
     "<p>Warm, light puffer with 800 fill power goose down (RDS certified). Packs into its own pocket. "
     "Weight 310 g (size M).</p>",
     [("Size", ["XS", "S", "M", "L", "XL"]), ("Color", ["Black", "Glacier Blue"])], "229.00", {}, "279.00",
     [("L", "Glacier Blue"), ("XS", "Black")], "PF800-"),
    ("Tent Footprint Kestrel 2P", "tent-footprint-kestrel-2p", "Nordwand", "Tent Accessories",
     ["footprint", "groundsheet", "tent accessory"],
     "<p>Groundsheet cut to fit the Kestrel 2-Person Tent. Protects the floor.</p>",
     [("Title", ["Default Title"])], "39.00", {}, None, [], ""),
]

CODE = {"Forest Green": "GRN", "Slate Grey": "GRY", "Rust": "RST", "Olive": "OLV", "Sand": "SND",
        "Blaze Orange": "ORG", "Deep Navy": "NVY", "Black": "BLK", "Navy": "NVY", "Glacier Blue": "GLB",
        "Charcoal": "CHR", "Teal": "TEA", "Regular": "R", "Long Wide": "LW", "Long": "L"}


def code(v):
    return CODE.get(v, v.replace("/", "").replace(" ", ""))


def build():
    products = []
    vid = 44120000000000
    for i, (title, handle, vendor, ptype, tags, body, options, price, overrides, cmp_at, unavail, skup) in \
            enumerate(P):
        pid = 8012345670000 + i * 17
        variants = []
        for pos, combo in enumerate(itertools.product(*[vals for _, vals in options]), 1):
            vid += 7
            vprice = next((overrides[v] for v in combo if v in overrides), price)
            if skup and combo != ("Default Title",):
                sku = skup.rstrip("-") + "-" + "-".join(code(v) for v in combo)
            else:
                sku = skup
            variants.append({
                "id": vid, "title": " / ".join(combo),
                "option1": combo[0], "option2": combo[1] if len(combo) > 1 else None,
                "option3": None, "sku": sku, "requires_shipping": True, "taxable": True,
                "featured_image": None, "available": combo not in unavail, "price": vprice,
                "grams": 0, "compare_at_price": cmp_at, "position": pos, "product_id": pid,
                "created_at": "2025-09-14T10:12:00+02:00", "updated_at": "2026-11-20T08:30:00+01:00",
            })
        products.append({
            "id": pid, "title": title, "handle": handle, "body_html": body,
            "published_at": "2025-09-14T10:12:00+02:00", "created_at": "2025-09-14T10:12:00+02:00",
            "updated_at": "2026-11-20T08:30:00+01:00", "vendor": vendor, "product_type": ptype,
            "tags": tags, "variants": variants, "images": [],
            "options": [{"name": n, "position": k, "values": vals} for k, (n, vals) in enumerate(options, 1)],
        })
    return {"products": products}


if __name__ == "__main__":
    data = build()
    with open(os.path.join(HERE, "shop6", "products.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    print(len(data["products"]), "products", sum(len(p["variants"]) for p in data["products"]), "variants")
