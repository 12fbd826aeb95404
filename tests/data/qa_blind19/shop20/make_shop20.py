"""Generate products.json for "Hearth & Whisk", a small UK kitchen-appliance shop (blind eval round 19/20).

Deterministic: same output on every run. Shape follows Shopify's public /products.json endpoint.
Prices are GBP strings; stock comes from the explicit numbers below (0 means sold out).
Run:  python make_shop20.py  (writes products.json beside this script)
"""
import json
from pathlib import Path

PID0 = 8123450000000
VID0 = 45123450000000
CREATED = "2026-09-14T10:00:00+01:00"

# Each product: title, vendor, type, tags, body_html, options (name, values),
# variants: (option values tuple, price, compare_at or None, sku or "", stock)
P = []


def add(title, vendor, ptype, tags, body, options, variants):
    P.append(dict(title=title, vendor=vendor, ptype=ptype, tags=tags, body=body, options=options, variants=variants))


add("Vortexa 4.5L Digital Air Fryer", "Vortexa", "Air Fryers", ["air fryer", "healthy eating", "bestseller"],
    "<p>Crispy results with up to 80% less oil. Touchscreen with <strong>8 preset programs</strong> "
    "(fries, chicken, steak, fish, bake, roast, reheat, dehydrate), 80-200&deg;C, 60-minute timer.</p>"
    "<ul><li>Power: 1500W (4.5L) / 1700W (6L)</li><li>Non-stick basket and crisper plate are dishwasher safe</li>"
    "<li>Dimensions (4.5L): 28 x 33 x 31 cm; weight 4.6 kg</li><li>UK 3-pin plug, 1 m cable</li>"
    "<li>2-year manufacturer warranty</li></ul><p>In the box: air fryer, basket, crisper plate, recipe booklet.</p>",
    [("Capacity", ["4.5L", "6L"]), ("Colour", ["Matte Black", "Cream"])],
    [(("4.5L", "Matte Black"), "79.99", None, "VX-AF45-BLK", 14), (("4.5L", "Cream"), "79.99", None, "VX-AF45-CRM", 0),
     (("6L", "Matte Black"), "99.99", "129.99", "VX-AF60-BLK", 6), (("6L", "Cream"), "99.99", "129.99", "VX-AF60-CRM", 3)])
add("Vortexa Dual Zone 9L Air Fryer", "Vortexa", "Air Fryers", ["air fryer", "dual zone", "sale"],
    "<p>Two independent 4.5L drawers: cook two foods two ways and finish at the same time with Sync Finish.</p>"
    "<ul><li>Power: 2400W</li><li>6 programs: air fry, max crisp, roast, bake, reheat, dehydrate</li>"
    "<li>Drawers and crisper plates are dishwasher safe</li><li>Dimensions: 39 x 37 x 31 cm; weight 7.9 kg</li>"
    "<li>2-year manufacturer warranty</li></ul>",
    [("Plug", ["UK", "EU"])],
    [(("UK",), "149.00", "179.00", "VX-DZ9-UK", 9), (("EU",), "149.00", "179.00", "VX-DZ9-EU", 0)])
add("Halden Pro 15 Bar Espresso Machine", "Halden", "Espresso Machines", ["espresso", "coffee", "barista"],
    "<p>15 bar Italian pump, thermoblock heating ready in 40 seconds and a commercial-style steam wand for latte art.</p>"
    "<ul><li>Power: 1350W</li><li>Removable 1.8L water tank</li><li>51mm portafilter with single and double baskets</li>"
    "<li>Drip tray and baskets are dishwasher safe</li><li>Dimensions: 27 x 31 x 35 cm; weight 5.2 kg</li>"
    "<li>2-year warranty</li></ul><p>Bundle option adds the Grindwell conical burr grinder.</p>",
    [("Bundle", ["Machine only", "With grinder"]), ("Colour", ["Stainless Steel", "Black"])],
    [(("Machine only", "Stainless Steel"), "249.00", None, "", 7), (("Machine only", "Black"), "249.00", None, "", 4),
     (("With grinder", "Stainless Steel"), "329.00", "338.00", "", 2), (("With grinder", "Black"), "329.00", "338.00", "", 0)])
add("Halden Mini Espresso Machine", "Halden", "Espresso Machines", ["espresso", "compact"],
    "<p>Compact 20 bar espresso maker for small kitchens. Works with ground coffee and ESE pods.</p>"
    "<ul><li>Power: 1100W</li><li>Water tank: 1.0L</li><li>Manual milk frother</li>"
    "<li>Dimensions: 15 x 27 x 30 cm; weight 3.1 kg</li><li>1-year warranty</li></ul>",
    [("Title", ["Default Title"])], [(("Default Title",), "129.00", None, "HD-MINI-01", 11)])
add("Brightwell 2-Slice Toaster", "Brightwell", "Toasters", ["toaster", "breakfast"],
    "<p>Wide slots for bagels and crumpets, 6 browning levels, defrost, reheat and cancel buttons.</p>"
    "<ul><li>Power: 900W</li><li>Removable crumb tray</li><li>Dimensions: 29 x 18 x 19 cm; weight 1.5 kg</li>"
    "<li>1-year warranty</li></ul>",
    [("Colour", ["Sage Green", "Cream", "Charcoal"])],
    [(("Sage Green",), "24.99", None, "BW-T2-SAG", 0), (("Cream",), "24.99", None, "BW-T2-CRM", 18),
     (("Charcoal",), "24.99", None, "BW-T2-CHA", 5)])
add("Brightwell 4-Slice Toaster", "Brightwell", "Toasters", ["toaster", "sale"],
    "<p>Two independent pairs of slots with separate controls, 7 browning levels, high-lift lever.</p>"
    "<ul><li>Power: 1800W</li><li>Stainless steel body</li><li>Dimensions: 30 x 28 x 19 cm; weight 2.3 kg</li>"
    "<li>1-year warranty</li></ul>",
    [("Title", ["Default Title"])], [(("Default Title",), "39.99", "49.99", "BW-T4-SS", 22)])
add("Kumo Fuzzy Logic Rice Cooker", "Kumo", "Rice Cookers", ["rice cooker", "asian cooking"],
    "<p>Fuzzy logic micro-computer adjusts time and temperature for perfect rice. 12 programs including white rice, "
    "brown rice, sushi, porridge, steam and slow cook. 24-hour keep warm and delay timer.</p>"
    "<ul><li>Power: 610W (1.0L) / 860W (1.8L)</li><li>1.0L cooks up to 5.5 cups of uncooked rice; 1.8L up to 10 cups</li>"
    "<li>Non-stick inner bowl: hand wash only, not dishwasher safe</li><li>Steaming basket, measuring cup and rice paddle included</li>"
    "<li>3-year warranty</li></ul>",
    [("Capacity", ["1.0L", "1.8L"])],
    [(("1.0L",), "59.99", None, "", 12), (("1.8L",), "79.99", None, "", 0)])
add("Kumo Mini Rice Cooker 0.6L", "Kumo", "Rice Cookers", ["rice cooker", "compact", "students"],
    "<p>One-touch mini cooker for 1-2 people, cooks up to 3 cups of uncooked rice, automatic keep warm.</p>"
    "<ul><li>Power: 300W</li><li>Removable non-stick bowl</li><li>Weight 1.2 kg</li><li>1-year warranty</li></ul>",
    [("Colour", ["White", "Pastel Pink"])],
    [(("White",), "34.99", None, "", 20), (("Pastel Pink",), "34.99", None, "", 8)])
add("Nordbrook Cordless Hand Mixer", "Nordbrook", "Hand Mixers", ["hand mixer", "baking", "cordless"],
    "<p>Rechargeable hand mixer, 5 speeds, up to 20 minutes per charge, USB-C charging (cable included).</p>"
    "<ul><li>In the box: 2 stainless steel beaters, 2 dough hooks, 1 balloon whisk, storage bag</li>"
    "<li>Attachments are dishwasher safe</li><li>Weight 0.7 kg</li><li>2-year warranty</li></ul>",
    [("Title", ["Default Title"])], [(("Default Title",), "49.99", None, "NB-HMC-5", 16)])
add("Nordbrook 400W Hand Mixer", "Nordbrook", "Hand Mixers", ["hand mixer", "baking"],
    "<p>Corded 400W hand mixer with 6 speeds plus turbo and an eject button.</p>"
    "<ul><li>Includes 2 beaters and 2 dough hooks</li><li>1-year warranty</li><li>Weight 1.1 kg</li></ul>",
    [("Colour", ["White", "Red"])],
    [(("White",), "22.99", None, "NB-HM400-WHT", 25), (("Red",), "22.99", None, "NB-HM400-RED", 0)])
add("Nordbrook 5.5L Stand Mixer", "Nordbrook", "Stand Mixers", ["stand mixer", "baking", "sale"],
    "<p>Planetary mixing action with a 5.5L stainless steel bowl and splash guard, 10 speeds plus pulse.</p>"
    "<ul><li>Power: 1200W</li><li>Includes flat beater, dough hook and whisk</li><li>Bowl and attachments are dishwasher safe</li>"
    "<li>Dimensions: 37 x 22 x 34 cm; weight 6.8 kg</li><li>3-year warranty</li></ul>",
    [("Colour", ["Almond Cream", "Storm Grey", "Cherry Red"])],
    [(("Almond Cream",), "199.00", "249.00", "NB-SM55-ALM", 4), (("Storm Grey",), "199.00", "249.00", "NB-SM55-GRY", 0),
     (("Cherry Red",), "199.00", "249.00", "NB-SM55-RED", 2)])
add("Aster Rapid Boil Kettle 1.7L", "Aster", "Kettles", ["kettle", "sale"],
    "<p>3kW rapid boil, 360&deg; swivel base, limescale filter and boil-dry protection.</p>"
    "<ul><li>Capacity: 1.7L (minimum fill 0.25L)</li><li>UK plug</li><li>Weight 1.1 kg</li><li>2-year warranty</li></ul>",
    [("Colour", ["Brushed Steel", "Matte Black", "Duck Egg Blue"])],
    [(("Brushed Steel",), "19.99", "24.99", "", 30), (("Matte Black",), "19.99", "24.99", "", 0),
     (("Duck Egg Blue",), "19.99", "24.99", "", 9)])
add("Aster Gooseneck Variable Temperature Kettle 0.8L", "Aster", "Kettles", ["kettle", "pour over", "coffee", "tea"],
    "<p>Precision pour-over kettle. Set any temperature from 40&deg;C to 100&deg;C in 1&deg; steps, 60-minute keep warm.</p>"
    "<ul><li>Power: 1200W</li><li>Capacity: 0.8L</li><li>Stainless steel, BPA-free</li><li>1-year warranty</li></ul>",
    [("Plug", ["UK", "EU"]), ("Colour", ["Matte Black", "Copper"])],
    [(("UK", "Matte Black"), "69.00", None, "AS-GN08-UK-BLK", 6), (("UK", "Copper"), "74.00", None, "AS-GN08-UK-COP", 1),
     (("EU", "Matte Black"), "69.00", None, "AS-GN08-EU-BLK", 3), (("EU", "Copper"), "74.00", None, "AS-GN08-EU-COP", 0)])
add("Aster Glass Kettle 1.7L", "Aster", "Kettles", ["kettle", "glass"],
    "<p>Borosilicate glass kettle with blue LED light while boiling.</p>"
    "<ul><li>Power: 2200W</li><li>Capacity: 1.7L</li><li>1-year warranty</li></ul>",
    [("Title", ["Default Title"])], [(("Default Title",), "29.99", None, "AS-GL17", 13)])
add("Pulsemix 1200W Glass Jug Blender 1.5L", "Pulsemix", "Blenders", ["blender", "smoothies"],
    "<p>Thick 1.5L glass jug, 3 speeds plus pulse and an ice-crush setting; 6-blade stainless steel assembly.</p>"
    "<ul><li>Power: 1200W</li><li>Jug, lid and blades are dishwasher safe</li><li>Dimensions: 20 x 19 x 42 cm; weight 4.0 kg</li>"
    "<li>2-year warranty</li></ul>",
    [("Title", ["Default Title"])], [(("Default Title",), "59.99", None, "PM-B1200", 10)])
add("Pulsemix Personal Blender 600ml", "Pulsemix", "Blenders", ["blender", "smoothies", "to go"],
    "<p>Blend straight into a 600ml Tritan bottle and take it with you. 700W motor.</p>"
    "<ul><li>Bottles are BPA-free and dishwasher safe (top rack)</li><li>Each bottle has a leak-proof drinking lid</li>"
    "<li>1-year warranty</li></ul>",
    [("Bundle", ["2 bottles", "4 bottles"])],
    [(("2 bottles",), "29.99", None, "", 17), (("4 bottles",), "34.99", None, "", 5)])
add("Pulsemix Pro High-Speed Blender 2L", "Pulsemix", "Blenders", ["blender", "high speed", "sale"],
    "<p>2000W high-speed blender for nut butters, soups and frozen desserts; 10 variable speeds and 4 auto programs.</p>"
    "<ul><li>2L BPA-free Tritan jug with tamper</li><li>Jug is dishwasher safe</li><li>Dimensions: 21 x 23 x 51 cm; weight 5.9 kg</li>"
    "<li>7-year motor warranty, 2 years on parts</li></ul>",
    [("Colour", ["Graphite", "White"])],
    [(("Graphite",), "179.00", "219.00", "PM-PRO2-GPH", 3), (("White",), "179.00", "219.00", "PM-PRO2-WHT", 7)])
add("Chopmaster 3.5L Food Processor", "Chopmaster", "Food Processors", ["food processor", "prep"],
    "<p>800W food processor with 3.5L bowl and 1.5L blender jug.</p>"
    "<ul><li>Includes slicing disc, grating disc, S-blade, dough blade and emulsifying disc</li>"
    "<li>Bowl, jug and attachments are dishwasher safe</li><li>Dimensions: 24 x 24 x 41 cm; weight 3.9 kg</li>"
    "<li>2-year warranty</li></ul>",
    [("Title", ["Default Title"])], [(("Default Title",), "89.99", None, "CM-FP35", 0)])
add("Chopmaster Mini Chopper 500ml", "Chopmaster", "Food Processors", ["chopper", "prep"],
    "<p>One-touch 350W mini chopper for herbs, garlic, onions and dips. 500ml bowl.</p>"
    "<ul><li>Bowl and blade are dishwasher safe</li><li>1-year warranty</li></ul>",
    [("Title", ["Default Title"])], [(("Default Title",), "19.99", None, "", 21)])
add("Grindwell Conical Burr Coffee Grinder", "Grindwell", "Coffee Grinders", ["coffee", "grinder"],
    "<p>40mm stainless conical burrs with 30 grind settings from espresso to cafetiere. 250g bean hopper.</p>"
    "<ul><li>Power: 150W</li><li>Dimensions: 14 x 19 x 38 cm; weight 2.4 kg</li><li>2-year warranty</li></ul>",
    [("Plug", ["UK", "EU"])],
    [(("UK",), "89.00", None, "GW-CBG30-UK", 8), (("EU",), "89.00", None, "GW-CBG30-EU", 2)])
add("Sakura Electric Milk Frother 240ml", "Sakura", "Milk Frothers", ["milk frother", "coffee"],
    "<p>Hot foam, cold foam and hot milk at the touch of a button. Froths up to 115ml, heats up to 240ml.</p>"
    "<ul><li>Power: 500W</li><li>Non-stick interior, hand wash only</li><li>1-year warranty</li></ul>",
    [("Colour", ["Black", "Silver"])],
    [(("Black",), "39.99", None, "", 6), (("Silver",), "39.99", None, "", 0)])
add("Replacement Basket for Vortexa Air Fryer", "Vortexa", "Replacement Parts", ["spare part", "air fryer"],
    "<p>Genuine replacement non-stick basket with crisper plate. Choose the size that matches your Vortexa fryer.</p>"
    "<ul><li>Dishwasher safe</li><li>Fits Vortexa 4.5L and 6L Digital Air Fryer models only</li></ul>",
    [("Fits", ["4.5L model", "6L model"])],
    [(("4.5L model",), "24.99", None, "VX-BSK-45", 11), (("6L model",), "27.99", None, "VX-BSK-60", 4)])
add("Silicone Air Fryer Liners (2-Pack)", "Hearth & Whisk", "Accessories", ["air fryer", "accessory"],
    "<p>Reusable food-grade silicone liners, heat resistant to 240&deg;C. Dishwasher safe.</p>",
    [("Shape", ["Round 20cm", "Square 21.5cm"])],
    [(("Round 20cm",), "9.99", None, "", 40), (("Square 21.5cm",), "9.99", None, "", 0)])
add("Halden 51mm Replacement Portafilter", "Halden", "Replacement Parts", ["spare part", "espresso"],
    "<p>Chrome-plated brass portafilter with double spout. Fits Halden Pro 15 Bar machines. Not compatible with the Halden Mini.</p>",
    [("Title", ["Default Title"])], [(("Default Title",), "34.99", None, "", 5)])
add("Halden Water Filter Cartridges", "Halden", "Replacement Parts", ["spare part", "espresso", "filter"],
    "<p>Reduces limescale and chlorine. Replace every 2 months or 60 litres.</p>",
    [("Pack", ["3-pack", "6-pack"])],
    [(("3-pack",), "12.99", None, "HD-WF-3", 19), (("6-pack",), "22.99", None, "HD-WF-6", 7)])
add("Kumo Replacement Inner Bowl", "Kumo", "Replacement Parts", ["spare part", "rice cooker"],
    "<p>Genuine non-stick inner bowl with water level markings. Hand wash only.</p>",
    [("Capacity", ["1.0L", "1.8L"])],
    [(("1.0L",), "24.99", None, "", 6), (("1.8L",), "29.99", None, "", 0)])
add("Pulsemix Replacement Blade Assembly", "Pulsemix", "Replacement Parts", ["spare part", "blender"],
    "<p>6-blade stainless steel assembly with sealing ring. Fits the Pulsemix 1200W Glass Jug Blender.</p>",
    [("Title", ["Default Title"])], [(("Default Title",), "14.99", None, "PM-BLD-6", 15)])
add("Aster Descaler for Kettles & Coffee Machines 250ml", "Aster", "Cleaning", ["descaler", "cleaning"],
    "<p>Citric-acid based descaler, one bottle = 2 treatments. Safe for kettles, espresso machines and irons.</p>",
    [("Pack", ["Single", "3-pack"])],
    [(("Single",), "6.99", None, "AS-DSC-1", 50), (("3-pack",), "17.99", "20.97", "AS-DSC-3", 12)])


def build():
    products = []
    vid = VID0
    for i, p in enumerate(P):
        pid = PID0 + i * 1117
        handle = "".join(c if c.isalnum() else "-" for c in p["title"].lower().replace("&", "and"))
        handle = "-".join(x for x in handle.split("-") if x)
        variants = []
        for pos, (opts, price, cmp, sku, stock) in enumerate(p["variants"], 1):
            vid += 37
            variants.append({
                "id": vid, "title": " / ".join(opts), "option1": opts[0],
                "option2": opts[1] if len(opts) > 1 else None, "option3": opts[2] if len(opts) > 2 else None,
                "sku": sku, "requires_shipping": True, "taxable": True, "featured_image": None,
                "available": stock > 0, "price": price, "grams": 0, "compare_at_price": cmp, "position": pos,
                "product_id": pid, "inventory_quantity": stock, "created_at": CREATED, "updated_at": CREATED})
        products.append({
            "id": pid, "title": p["title"], "handle": handle, "body_html": p["body"], "published_at": CREATED,
            "created_at": CREATED, "updated_at": CREATED, "vendor": p["vendor"], "product_type": p["ptype"],
            "tags": p["tags"], "variants": variants, "images": [],
            "options": [{"name": n, "position": k, "values": v} for k, (n, v) in enumerate(p["options"], 1)]})
    return {"products": products}


if __name__ == "__main__":
    out = Path(__file__).with_name("products.json")
    out.write_text(json.dumps(build(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(P)} products)")
