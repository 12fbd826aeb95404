#!/usr/bin/env python3
"""Write products.json: a Shopify /products.json-shaped export of a FICTIONAL cycling gear shop
("Cadence Cycle Supply", prices in USD). Deterministic: stock comes from a SHA-256 of the variant
title, with explicit sold-out overrides, so the evaluation golds stay valid.

Usage: python make_shop14.py   (writes products.json beside this script)
"""
import hashlib
import itertools
import json
import os

PRODUCT_ID0 = 8203114500000
VARIANT_ID0 = 46011270000000
CREATED = "2026-09-14T10:12:00-04:00"


def stock_for(key: str) -> int:
    """Deterministic pseudo-random quantity 3..42 (sold-out variants are listed explicitly)."""
    return 3 + int(hashlib.sha256(key.encode()).hexdigest()[:6], 16) % 40


# Each product: title, vendor, type, tags, body (HTML), options [(name, [values])], base price,
# compare_at (or None), sku pattern (None = empty SKUs), price overrides {value: price},
# sold_out: set of variant titles (" / "-joined option values), qty overrides.
P = []


def add(title, vendor, ptype, tags, body, options, price, compare=None, sku=None, prices=None,
        sold_out=(), qty=None):
    P.append(dict(title=title, vendor=vendor, ptype=ptype, tags=tags, body=body, options=options,
                  price=price, compare=compare, sku=sku, prices=prices or {}, sold_out=set(sold_out),
                  qty=qty or {}))


add("Velocita Aerolite MIPS Road Helmet", "Velocita", "Helmets", ["helmet", "road", "mips", "sale"],
    "<p>Our lightest road lid. The Aerolite pairs a MIPS low-friction layer with 18 vents and a "
    "dial-fit retention system.</p><ul><li>Weight: 265 g (size M)</li><li>Certified to CPSC 1203 and EN 1078</li>"
    "<li>MIPS brain protection system</li><li>18 vents, removable washable pads</li>"
    "<li>Sizes: S 51-55cm, M 55-59cm, L 59-63cm</li><li>Warranty: 2 years against manufacturing defects</li></ul>",
    [("Size", ["S (51-55cm)", "M (55-59cm)", "L (59-63cm)"]), ("Color", ["Matte Black", "Glacier White", "Hi-Vis Yellow"])],
    "149.99", "179.99", sku="VEL-AERO", sold_out=["L (59-63cm) / Hi-Vis Yellow", "S (51-55cm) / Matte Black"])
add("Ridgeline Metro Commuter Helmet", "Ridgeline", "Helmets", ["helmet", "commuter", "urban"],
    "<p>City helmet with an integrated rear LED and a magnetic Fidlock-style buckle you can close with one hand.</p>"
    "<ul><li>Weight: 390 g</li><li>Certified to CPSC 1203</li><li>Integrated USB rechargeable rear LED (up to 6 hours flashing)</li>"
    "<li>Fits 54-58cm and 58-62cm heads</li><li>Not MIPS equipped</li></ul>",
    [("Size", ["54-58cm", "58-62cm"]), ("Color", ["Slate Grey", "Navy"])], "69.00",
    sold_out=["58-62cm / Navy"])
add("Ridgeline Scout Youth Helmet", "Ridgeline", "Helmets", ["helmet", "kids", "youth"],
    "<p>Fun, tough helmet for young riders with a pinch-guard buckle.</p>"
    "<ul><li>One size: 50-54cm</li><li>Weight: 280 g</li><li>Certified to CPSC 1203</li><li>Ages approx. 5-12</li></ul>",
    [("Color", ["Rocket Red", "Ocean Blue"])], "39.00")
add("Lumen Labs Beam 800 USB-C Front Light", "Lumen Labs", "Bike Lights", ["lights", "front light", "usb-c"],
    "<p>800 lumen front light, charges over USB-C.</p><ul><li>Output: 800lm max</li>"
    "<li>Run time: 1.5 h on high, 6 h on low, 20 h day-flash</li><li>Waterproof rating: IPX6</li>"
    "<li>Weight: 120 g</li><li>Charge time: 3 hours</li><li>Includes handlebar mount and USB-C cable</li>"
    "<li>Warranty: 2 years</li></ul>",
    [("Title", ["Default Title"])], "59.95", sku="LL-B800")
add("Lumen Labs Beam 1200 Front Light", "Lumen Labs", "Bike Lights", ["lights", "front light", "sale"],
    "<p>Our brightest light for dark lanes and trails.</p><ul><li>Output: 1200lm max</li>"
    "<li>Run time: 1 h on high, 4.5 h on medium, 24 h day-flash</li><li>Waterproof rating: IPX6</li>"
    "<li>Weight: 165 g</li><li>Includes handlebar mount, GoPro-style adapter and USB-C cable</li><li>Warranty: 2 years</li></ul>",
    [("Title", ["Default Title"])], "89.95", "109.95", sku="LL-B1200", sold_out=["Default Title"])
add("Lumen Labs Glow 100 Rear Light", "Lumen Labs", "Bike Lights", ["lights", "rear light"],
    "<p>Bright rear light with a brake-sensing mode.</p><ul><li>Output: 100lm max</li>"
    "<li>Run time: 4 h steady, 12 h flash</li><li>Waterproof rating: IPX7</li><li>Weight: 34 g</li>"
    "<li>Fits seatposts and saddle bag loops</li></ul>",
    [("Title", ["Default Title"])], "34.95", sku="LL-G100")
add("Lumen Labs Beam 800 + Glow 100 Light Set", "Lumen Labs", "Bike Lights", ["lights", "set", "bundle"],
    "<p>Front and rear together: Beam 800 front light and Glow 100 rear light, both USB-C rechargeable.</p>"
    "<ul><li>Includes both lights, 2 mounts and 2 USB-C cables</li><li>Front IPX6, rear IPX7</li></ul>",
    [("Title", ["Default Title"])], "84.95", "94.90")
add("Ironclad Fortress 18mm U-Lock", "Ironclad", "Locks", ["lock", "u-lock", "high security"],
    "<p>18mm hardened steel shackle with a double-bolt locking mechanism.</p><ul>"
    "<li>Security level: 14/15 (Sold Secure Gold)</li><li>Weight: 1650 g (230mm) / 1780 g (280mm)</li>"
    "<li>Includes 3 keys and a frame bracket</li><li>Anti-theft protection offer: 1 year</li></ul>",
    [("Length", ["230mm", "280mm"])], "79.99", sku="IC-FORT18", prices={"280mm": "89.99"})
add("Ironclad Fold 900 Folding Lock", "Ironclad", "Locks", ["lock", "folding lock"],
    "<p>Folds to fit in its frame holster; 90cm long when open.</p><ul><li>Security level: 10/15 (Sold Secure Silver)</li>"
    "<li>5mm hardened steel plates</li><li>Weight: 1100 g</li><li>Includes holster and 2 keys</li></ul>",
    [("Color", ["Black", "Orange"])], "109.00", sold_out=["Orange"])
add("Ironclad Cafe Cable Lock 1.2m", "Ironclad", "Locks", ["lock", "cable lock", "combination"],
    "<p>Light combination cable lock for a quick coffee stop. Not for leaving your bike overnight.</p>"
    "<ul><li>Security level: 3/15</li><li>4-digit resettable combination, no keys</li><li>Length: 1.2 m, 10mm cable</li>"
    "<li>Weight: 310 g</li></ul>",
    [("Title", ["Default Title"])], "24.99")
add("Northpaw Classic Short Sleeve Jersey", "Northpaw", "Jerseys", ["jersey", "summer", "recycled"],
    "<p>Club-fit jersey for everyday riding.</p><ul><li>Material: 100% recycled polyester</li>"
    "<li>3 rear pockets plus a zipped valuables pocket</li><li>Full-length YKK zip</li>"
    "<li>Care: machine wash cold (30&deg;C), do not tumble dry</li></ul>",
    [("Size", ["S", "M", "L", "XL"]), ("Color", ["Navy", "Forest Green"])], "89.00",
    sold_out=["M / Forest Green", "XL / Navy"])
add("Northpaw Pro Aero Jersey", "Northpaw", "Jerseys", ["jersey", "race", "aero", "sale"],
    "<p>Race-fit jersey with aero sleeves.</p><ul><li>Material: 78% polyamide, 22% elastane</li>"
    "<li>Weight: 118 g (size M)</li><li>UPF 50 sun protection</li><li>3 rear pockets</li>"
    "<li>Care: machine wash cold, hang dry</li></ul>",
    [("Size", ["S", "M", "L", "XL"])], "129.00", "159.00", sold_out=["L"])
add("Northpaw Thermal Long Sleeve Jersey", "Northpaw", "Jerseys", ["jersey", "winter", "thermal"],
    "<p>Brushed thermal fabric for 5-12&deg;C rides.</p><ul><li>Material: 88% polyester, 12% elastane, brushed fleece back</li>"
    "<li>3 rear pockets, reflective tab</li><li>Care: machine wash cold</li></ul>",
    [("Size", ["S", "M", "L", "XL"]), ("Color", ["Black", "Burgundy"])], "110.00",
    sold_out=["S / Burgundy"])
add("Northpaw Core Bib Shorts", "Northpaw", "Bib Shorts", ["bibs", "shorts", "men"],
    "<p>Do-it-all men's bib shorts.</p><ul><li>Seat pad: endurance chamois for rides up to 4 hours</li>"
    "<li>Fabric: 72% nylon, 28% elastane</li><li>Silicone leg grippers, mesh bib straps</li>"
    "<li>Hygiene: can only be returned unworn with the hygiene liner in place</li></ul>",
    [("Size", ["S", "M", "L", "XL"])], "99.00", sku="NP-COREBIB")
add("Northpaw Pro Bib Shorts", "Northpaw", "Bib Shorts", ["bibs", "shorts", "men", "sale"],
    "<p>Our best men's bibs for long days.</p><ul><li>Seat pad: multi-density chamois for rides up to 8 hours</li>"
    "<li>Fabric: compressive Italian lycra (68% nylon, 32% elastane)</li><li>Laser-cut leg bands</li>"
    "<li>Hygiene: can only be returned unworn with the hygiene liner in place</li></ul>",
    [("Size", ["S", "M", "L", "XL"])], "179.00", "199.00", sku="NP-PROBIB", sold_out=["M"])
add("Northpaw Women's Core Bib Shorts", "Northpaw", "Bib Shorts", ["bibs", "shorts", "women"],
    "<p>Women-specific bibs with a clip-free halter for quick bathroom breaks.</p>"
    "<ul><li>Women's-specific chamois for rides up to 4 hours</li><li>Fabric: 72% nylon, 28% elastane</li></ul>",
    [("Size", ["XS", "S", "M", "L"])], "99.00", sku="NP-WCOREBIB")
add("Gripline Summer Mitts", "Gripline", "Gloves", ["gloves", "mitts", "summer"],
    "<p>Fingerless gloves with gel padding.</p><ul><li>3mm gel palm pads</li><li>Terry-cloth thumb for wiping sweat</li>"
    "<li>Pull-off tabs</li><li>Machine washable</li></ul>",
    [("Size", ["S", "M", "L", "XL"]), ("Color", ["Black", "Hi-Vis Yellow"])], "29.00",
    sold_out=["XL / Black", "S / Hi-Vis Yellow"])
add("Gripline Winter Thermal Gloves", "Gripline", "Gloves", ["gloves", "winter", "thermal"],
    "<p>Full-finger gloves for cold mornings.</p><ul><li>Windproof membrane, water-resistant (not fully waterproof)</li>"
    "<li>Touchscreen-compatible fingertips</li><li>Fleece lined, comfort range 0-8&deg;C</li></ul>",
    [("Size", ["S", "M", "L", "XL"])], "54.00")
add("Trailpump Mini Pump", "Trailpump", "Pumps", ["pump", "mini pump"],
    "<p>Pocket-sized pump with a flip head.</p><ul><li>Max pressure: 120 psi (8.3 bar)</li>"
    "<li>Valves: Presta and Schrader</li><li>Weight: 98 g, length 22 cm</li><li>Includes frame bracket</li></ul>",
    [("Color", ["Black", "Silver"])], "34.99", sku="TP-MINI")
add("Trailpump Stronghold Floor Pump", "Trailpump", "Pumps", ["pump", "floor pump", "workshop"],
    "<p>Steel barrel track pump with a large top-mounted gauge.</p><ul><li>Max pressure: 160 psi (11 bar)</li>"
    "<li>Dual head for Presta and Schrader</li><li>Gauge diameter: 2.5 in</li><li>Warranty: 5 years</li></ul>",
    [("Title", ["Default Title"])], "59.99", sku="TP-FLOOR")
add("Trailpump CO2 Inflator Kit (2x 16g cartridges)", "Trailpump", "Pumps", ["co2", "inflator"],
    "<p>Fast roadside inflation.</p><ul><li>Includes inflator head and two 16g threaded CO2 cartridges</li>"
    "<li>Presta and Schrader compatible</li><li>One 16g cartridge fills a 700x25c tyre to about 100 psi</li></ul>",
    [("Title", ["Default Title"])], "24.99")
add("Contour Road Tyre", "Contour", "Tyres", ["tyre", "road", "tubeless ready"],
    "<p>Fast, grippy road tyre. Sold individually.</p><ul><li>Tubeless ready, folding bead</li><li>120 TPI casing with puncture protection belt</li>"
    "<li>Weight: 245 g (700x25c), 275 g (700x28c), 305 g (700x32c)</li></ul>",
    [("Size", ["700x25c", "700x28c", "700x32c"]), ("Sidewall", ["Black", "Tan Wall"])], "54.95",
    sold_out=["700x32c / Tan Wall", "700x25c / Black"])
add("Contour Gravelgrip TLR Tyre", "Contour", "Tyres", ["tyre", "gravel", "tubeless ready", "sale"],
    "<p>Mixed-terrain gravel tyre with a fast centre tread.</p><ul><li>Tubeless ready (TLR), folding bead</li>"
    "<li>60 TPI casing</li><li>Weight: 480 g (700x40c), 520 g (700x45c), 540 g (650bx47)</li></ul>",
    [("Size", ["700x40c", "700x45c", "650bx47"])], "64.95", "74.95", sold_out=["650bx47"])
add("Contour Inner Tube 2-Pack", "Contour", "Tyres", ["tube", "2-pack"],
    "<p>Two butyl inner tubes.</p><ul><li>Fits 700x25-32c</li><li>Presta valve, removable core</li></ul>",
    [("Valve length", ["48mm", "60mm", "80mm"])], "15.99", prices={"80mm": "17.99"})
add("Hydra Squeeze Bottle", "Hydra", "Bottles", ["bottle", "hydration"],
    "<p>Soft squeeze bottle with a high-flow valve.</p><ul><li>BPA-free</li><li>Top-rack dishwasher safe</li>"
    "<li>Fits standard bottle cages</li></ul>",
    [("Capacity", ["550ml", "750ml"]), ("Color", ["Clear", "Smoke", "Orange"])], "9.99", prices={"750ml": "11.99"},
    sold_out=["750ml / Orange"])
add("Hydra Insulated Bottle 600ml", "Hydra", "Bottles", ["bottle", "insulated"],
    "<p>Double-wall insulated bottle.</p><ul><li>Keeps drinks cold for up to 4 hours</li><li>Capacity: 600ml</li>"
    "<li>BPA-free, hand wash only</li></ul>",
    [("Color", ["White", "Black"])], "24.00")
add("Hydra Alloy Bottle Cage", "Hydra", "Bottles", ["cage", "accessories"],
    "<p>Simple, strong alloy cage.</p><ul><li>Weight: 38 g</li><li>Mounting bolts included</li></ul>",
    [("Color", ["Black", "Silver"])], "12.00", sku="HY-CAGE")
add("Packrat Wedge Saddle Bag", "Packrat", "Saddle Bags", ["saddle bag", "bags"],
    "<p>Holds a tube, levers and a multitool.</p><ul><li>Water-resistant TPU-coated fabric</li>"
    "<li>Small: 0.6L, Medium: 1.0L</li><li>Velcro strap mount, rear light loop</li></ul>",
    [("Size", ["Small (0.6L)", "Medium (1.0L)"])], "29.00", prices={"Medium (1.0L)": "34.00"})
add("Packrat Roll-Top Saddle Pack 10L", "Packrat", "Saddle Bags", ["saddle bag", "bikepacking", "sale"],
    "<p>Bikepacking seat pack.</p><ul><li>Capacity: 10L</li><li>Fully waterproof welded seams, roll-top closure</li>"
    "<li>Weight: 410 g</li><li>Max load: 5 kg</li></ul>",
    [("Color", ["Black", "Olive"])], "89.00", "99.00")
add("Northpaw Merino Cycling Socks 3-Pack", "Northpaw", "Accessories", ["socks", "merino", "3-pack"],
    "<p>Three pairs of mid-weight socks.</p><ul><li>Material: 55% merino wool, 40% nylon, 5% elastane</li>"
    "<li>Sizes: S/M (EU 36-41), L/XL (EU 42-47)</li></ul>",
    [("Size", ["S/M (EU 36-41)", "L/XL (EU 42-47)"])], "36.00")
add("Northpaw Cotton Cycling Cap", "Northpaw", "Accessories", ["cap", "casquette"],
    "<p>Classic cotton casquette. One size fits most.</p>", [("Title", ["Default Title"])], "22.00")
add("Slick Wet Chain Lube 120ml", "Slick", "Maintenance", ["lube", "maintenance"],
    "<p>Long-lasting lube for wet and muddy rides.</p><ul><li>120ml bottle</li><li>Biodegradable formula</li></ul>",
    [("Pack", ["Single", "2-pack"])], "12.99", prices={"2-pack": "22.99"})


def sku_code(value: str) -> str:
    """Option value -> SKU fragment: "M (55-59cm)" -> "M", "Matte Black" -> "MB", "Silver" -> "SILVER"."""
    words = value.split(" (")[0].split()
    if len(words) > 1:
        return "".join(w[0] for w in words).upper()
    return "".join(ch for ch in words[0].upper() if ch.isalnum())[:6]


def slug(t: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in t.lower()).strip("-").replace("--", "-").replace("--", "-")


def build() -> dict:
    out = []
    vid = VARIANT_ID0
    for i, p in enumerate(P):
        pid = PRODUCT_ID0 + i * 17
        names = [n for n, _ in p["options"]]
        combos = list(itertools.product(*[vals for _, vals in p["options"]]))
        variants = []
        for pos, combo in enumerate(combos, 1):
            vid += 1
            title = " / ".join(combo)
            price = next((p["prices"][v] for v in combo if v in p["prices"]), p["price"])
            qty = 0 if title in p["sold_out"] else p["qty"].get(title, stock_for(p["title"] + "|" + title))
            sku = ""
            if p["sku"]:
                sku = p["sku"] if combo == ("Default Title",) else p["sku"] + "-" + "-".join(map(sku_code, combo))
            opts = list(combo) + [None] * (3 - len(combo))
            variants.append({
                "id": vid, "title": title, "option1": opts[0], "option2": opts[1], "option3": opts[2],
                "sku": sku, "requires_shipping": True, "taxable": True, "featured_image": None,
                "available": qty > 0, "price": price,
                "compare_at_price": p["compare"], "position": pos, "product_id": pid,
                "inventory_quantity": qty, "created_at": CREATED, "updated_at": CREATED,
            })
        out.append({
            "id": pid, "title": p["title"], "handle": slug(p["title"]), "body_html": p["body"],
            "published_at": CREATED, "created_at": CREATED, "updated_at": CREATED, "vendor": p["vendor"],
            "product_type": p["ptype"], "tags": p["tags"], "variants": variants, "images": [],
            "options": [{"name": n, "position": k + 1, "values": vals} for k, (n, vals) in enumerate(p["options"])],
        })
        assert names
    return {"products": out}


if __name__ == "__main__":
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "products.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(build(), f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote", path, len(P), "products")
