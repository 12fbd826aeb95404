"""Writes catalog.yaml for "Inkhaven Stationery", a made-up UK stationery & art supplies shop, in the demo
catalog's own YAML schema (catalog: {currency, products: [...]}, see /work/shared/data/catalog/README.md).
Deterministic: stock comes from the SHA-256 of the variant SKU unless the spec pins it (planned sold-outs).
Brands and products are invented for this test; prices are GBP."""
import hashlib
import os
import re

import yaml

# (sku, name, brand, category, price, description, features, attributes, option names, variants)
# variant rows: (code, option values..., stock or None for hashed, price or None)
P = []


def product(sku, name, brand, category, price, description, features, attributes, opts, rows):
    P.append(dict(sku=sku, name=name, brand=brand, category=category, price=price, description=description,
                  features=features, attributes=attributes, opts=opts, rows=rows))


product("KES-FP20", "Kestrel Classic 20 Fountain Pen", "Kestrel", "Pens > Fountain Pens", 24.0,
        "An everyday fountain pen with a smooth polished stainless steel nib and a light, tough resin barrel. "
        "Takes standard international short cartridges or the Kestrel K-1 converter.",
        ["Stainless steel nib", "Refillable: international short cartridges or K-1 converter (converter sold separately)",
         "Supplied with 1 black cartridge", "Length 139 mm capped, weight 18 g", "Snap cap with steel clip"],
        {"nib_material": "Stainless steel", "barrel_material": "ABS resin", "filling_system": ["Cartridge", "Converter"],
         "refillable": True},
        ["nib size", "barrel"],
        [("EF-CHA", "EF", "Charcoal", None, None), ("F-CHA", "F", "Charcoal", None, None), ("M-CHA", "M", "Charcoal", None, None),
         ("EF-OCE", "EF", "Ocean Blue", 14, None), ("F-OCE", "F", "Ocean Blue", None, None), ("M-OCE", "M", "Ocean Blue", 0, None),
         ("EF-COR", "EF", "Coral", 0, None), ("F-COR", "F", "Coral", 9, None), ("M-COR", "M", "Coral", 3, None)])
product("KES-FP80", "Kestrel Studio 80 Fountain Pen", "Kestrel", "Pens > Fountain Pens", 59.0,
        "A weighty brass-bodied fountain pen for long writing sessions, with a screw cap and a two-tone steel nib.",
        ["Brass body, 34 g", "Two-tone stainless steel nib", "K-1 piston converter included", "Screw cap",
         "Presented in a gift box", "2-year manufacturer warranty"],
        {"nib_material": "Stainless steel (two-tone)", "barrel_material": "Brass", "filling_system": ["Cartridge", "Converter"],
         "refillable": True, "warranty_years": 2},
        ["nib size", "finish"],
        [("EF-BRS", "EF", "Brushed Steel", None, None), ("F-BRS", "F", "Brushed Steel", 6, None), ("M-BRS", "M", "Brushed Steel", None, None),
         ("EF-MBK", "EF", "Matte Black", 0, 64.0), ("F-MBK", "F", "Matte Black", 12, 64.0), ("M-MBK", "M", "Matte Black", 4, 64.0)])
product("KES-CAL", "Kestrel Calligraphy Starter Set", "Kestrel", "Pens > Calligraphy", 32.0,
        "Everything to start italic lettering: one pen body with three interchangeable italic nibs, ink cartridges and a guide.",
        ["Includes pen body, 3 italic steel nibs (1.1 mm, 1.5 mm, 1.9 mm)", "6 black ink cartridges included",
         "A5 practice pad with guide lines, 30 sheets", "Refillable with cartridges or the K-1 converter"],
        {"refillable": True, "nib_widths_mm": [1.1, 1.5, 1.9]},
        [], [("", 17, None)])
product("KES-K1", "Kestrel K-1 Ink Converter", "Kestrel", "Pens > Refills", 4.5,
        "Piston converter that lets Kestrel fountain pens draw ink from a bottle.",
        ["Fits all Kestrel fountain pens and most pens taking international cartridges", "Capacity approx. 0.6 ml"],
        {"capacity_ml": 0.6}, [], [("", 58, None)])
product("KES-CART", "Kestrel International Short Ink Cartridges", "Kestrel", "Pens > Refills", 3.0,
        "Standard international short cartridges with dye-based ink.",
        ["International short size", "Dye-based ink, not waterproof"],
        {"ink_type": "Dye-based", "waterproof": False},
        ["pack size", "ink colour"],
        [("5-BLK", "5-pack", "Black", None, None), ("5-BBK", "5-pack", "Blue-Black", None, None), ("5-ROY", "5-pack", "Royal Blue", None, None),
         ("20-BLK", "20-pack", "Black", None, 9.5), ("20-BBK", "20-pack", "Blue-Black", 0, 9.5), ("20-ROY", "20-pack", "Royal Blue", 21, 9.5)])
product("INK-50", "Inkwell & Co. Fountain Pen Ink 50ml", "Inkwell & Co.", "Inks > Bottled Ink", 12.0,
        "Free-flowing bottled ink in a heavy glass bottle, made for fountain pens.",
        ["50 ml glass bottle", "Dye-based; Jet Black is water-resistant, the other shades are not",
         "Not for dip pens with shellac inks, not for airbrushes", "Shake gently before use"],
        {"volume_ml": 50, "ink_type": "Dye-based", "water_resistant": "Jet Black only"},
        ["shade"],
        [("MID", "Midnight Blue", 33, None), ("FOR", "Forest Green", None, None), ("OXB", "Oxblood", 0, None),
         ("SEP", "Sepia", 5, None), ("JET", "Jet Black", 41, None)])
product("INK-SAMP", "Inkwell & Co. Ink Sampler Set (6 x 5ml)", "Inkwell & Co.", "Inks > Bottled Ink", 15.0,
        "Six 5 ml vials to try our shades before buying a full bottle.",
        ["6 vials x 5 ml: Midnight Blue, Forest Green, Oxblood, Sepia, Jet Black, Lavender Haze", "Plastic syringe included"],
        {"volume_ml": 30}, [], [("", 0, None)])
product("INK-IND", "Inkwell & Co. Waterproof Drawing Ink 30ml", "Inkwell & Co.", "Inks > Drawing Ink", 7.5,
        "Shellac-based waterproof ink for dip pens and brushes. Not for fountain pens.",
        ["30 ml bottle with dropper lid", "Waterproof when dry", "Do not use in fountain pens"],
        {"volume_ml": 30, "waterproof": True, "fountain_pen_safe": False},
        ["colour"], [("BLK", "Black", None, None), ("SEP", "Sepia", 0, None), ("WHT", "White", 8, None)])
product("FAI-A5S", "Fairleigh Softcover Notebook A5", "Fairleigh", "Notebooks > Notebooks", 14.5,
        "A flexible softcover notebook with numbered pages that lies flat when open.",
        ["A5 (148 x 210 mm)", "192 numbered pages, 80gsm ivory paper", "Lay-flat binding", "Ribbon marker and back pocket"],
        {"size": "A5", "paper_weight_gsm": 80, "pages": 192, "fountain_pen_friendly": False},
        ["paper", "cover colour"],
        [("DOT-SAG", "dotted", "Sage", None, None), ("LIN-SAG", "lined", "Sage", None, None), ("BLA-SAG", "blank", "Sage", 0, None),
         ("DOT-NAV", "dotted", "Navy", 2, None), ("LIN-NAV", "lined", "Navy", None, None), ("BLA-NAV", "blank", "Navy", None, None),
         ("DOT-BLK", "dotted", "Black", 0, None), ("LIN-BLK", "lined", "Black", 26, None), ("BLA-BLK", "blank", "Black", None, None)])
product("FAI-A5H", "Fairleigh Hardcover Notebook A5", "Fairleigh", "Notebooks > Notebooks", 18.0,
        "Our hardcover notebook with thicker 100gsm paper that handles most fountain pens.",
        ["A5 (148 x 210 mm)", "100gsm acid-free paper", "Elastic closure, two ribbon markers", "Available in 192 or 256 pages"],
        {"size": "A5", "paper_weight_gsm": 100, "acid_free": True, "fountain_pen_friendly": True},
        ["paper", "page count"],
        [("DOT-192", "dotted", "192 pages", None, None), ("LIN-192", "lined", "192 pages", None, None),
         ("BLA-192", "blank", "192 pages", 0, None), ("DOT-256", "dotted", "256 pages", 7, 21.0),
         ("LIN-256", "lined", "256 pages", 0, 21.0), ("BLA-256", "blank", "256 pages", None, 21.0)])
product("FAI-A6P", "Fairleigh Pocket Notebooks A6 (3-pack)", "Fairleigh", "Notebooks > Pocket Notebooks", 9.99,
        "Three slim stapled notebooks for a jacket pocket.",
        ["A6 (105 x 148 mm)", "3 notebooks of 64 pages each", "70gsm paper", "Kraft card covers"],
        {"size": "A6", "paper_weight_gsm": 70, "pages": 64, "pack": 3},
        ["paper"], [("LIN", "lined", None, None), ("PLN", "plain", 0, None), ("GRD", "grid", 15, None)])
product("KAI-DOT", "Kaido Dot Grid Journal A5", "Kaido", "Notebooks > Journals", 22.0,
        "A bullet-journal favourite: thick 160gsm paper with no ghosting or bleed-through from fountain pens or fineliners.",
        ["A5 (148 x 210 mm)", "160 pages of 160gsm paper, 5 mm dot grid", "Numbered pages and 2 index pages",
         "Lay-flat binding", "Fountain pen friendly"],
        {"size": "A5", "paper_weight_gsm": 160, "pages": 160, "fountain_pen_friendly": True},
        ["cover"], [("BLK", "Black", None, None), ("TER", "Terracotta", 4, None), ("OLI", "Olive", 0, None)])
product("KAI-WASHI", "Kaido Washi Tape Set (5 rolls)", "Kaido", "Notebooks > Accessories", 8.0,
        "Five rolls of Japanese-style paper tape for journals and scrapbooks.",
        ["5 rolls, each 15 mm x 10 m", "Tearable by hand, repositionable"],
        {"rolls": 5},
        ["pattern"], [("BOT", "Botanical", None, None), ("GEO", "Geometric", None, None), ("SKY", "Night Sky", 0, None)])
product("FAI-COVER", "Fairleigh Leather Notebook Cover A5", "Fairleigh", "Notebooks > Accessories", 34.0,
        "A full-grain leather cover that fits any A5 notebook up to 20 mm thick.",
        ["Full-grain vegetable-tanned leather", "Fits A5 notebooks up to 20 mm thick", "Pen loop and card slot",
         "Notebook not included"],
        {"material": "Leather", "size": "A5"},
        ["colour"], [("TAN", "Tan", 0, None), ("DBR", "Dark Brown", 11, None)])
product("ASH-SKB", "Ashdown Heavyweight Sketchbook", "Ashdown", "Art Paper > Sketchbooks", 11.0,
        "Wire-bound sketchbook with heavy cartridge paper for pencil, ink and light washes.",
        ["200gsm acid-free cartridge paper", "40 sheets (80 pages)", "Wire-bound, hard back board"],
        {"paper_weight_gsm": 200, "sheets": 40, "acid_free": True},
        ["size"], [("A5", "A5", None, None), ("A4", "A4", 19, 16.0), ("A3", "A3", 0, 24.0)])
product("ASH-WCP", "Ashdown Cotton Watercolour Pad", "Ashdown", "Art Paper > Watercolour Paper", 12.5,
        "Gummed watercolour pad of 100% cotton paper that takes heavy washes without buckling.",
        ["300gsm (140lb), 100% cotton, acid-free", "12 sheets, gummed on one side"],
        {"paper_weight_gsm": 300, "cotton": "100%", "sheets": 12, "acid_free": True},
        ["size", "surface"],
        [("A5-CP", "A5", "Cold Pressed", None, None), ("A5-HP", "A5", "Hot Pressed", 0, None),
         ("A4-CP", "A4", "Cold Pressed", 10, 19.5), ("A4-HP", "A4", "Hot Pressed", 3, 19.5)])
product("ASH-CANV", "Ashdown Cotton Canvas Panels (5-pack)", "Ashdown", "Art Paper > Canvas", 9.0,
        "Primed cotton canvas on 3 mm board, ready for acrylic and oil.",
        ["Triple-primed with acrylic gesso", "3 mm board"],
        {"material": "Cotton canvas", "pack": 5},
        ["panel size"], [("810", "8x10 in", None, None), ("1114", "11x14 in", 6, 14.0)])
product("ASH-BRUSH", "Ashdown Synthetic Sable Round Brush Set", "Ashdown", "Paints > Brushes", 13.5,
        "Six round brushes with synthetic sable hair that hold a good point for watercolour and gouache.",
        ["6 brushes: sizes 0, 2, 4, 6, 8, 10", "Synthetic sable hair", "Short handles", "Fabric roll included"],
        {"hair": "Synthetic sable", "brushes": 6}, [], [("", 23, None)])
product("MF-WC", "Marlowe & Finch Artists' Watercolour Half Pans", "Marlowe & Finch", "Paints > Watercolour", 28.0,
        "Professional watercolour half pans in a black metal tin with a fold-out mixing palette.",
        ["Artist-grade pigments, most colours rated ASTM I (excellent lightfastness)",
         "Metal tin with built-in mixing palette", "Each half pan approx. 1.8 ml", "Refill half pans sold separately"],
        {"grade": "Artist", "lightfastness": "ASTM I-II", "pan_size": "Half pan"},
        ["set"], [("12", "12 colours", 14, None), ("24", "24 colours", 0, 49.0), ("36", "36 colours", 5, 68.0)])
product("MF-TUBE", "Marlowe & Finch Studio Watercolour Tube 10ml", "Marlowe & Finch", "Paints > Watercolour", 6.8,
        "Student-grade watercolour in 10 ml tubes, bright and easy to re-wet.",
        ["10 ml tube", "Student grade", "Lightfastness: ASTM I for all shades except Quinacridone Rose (ASTM II)"],
        {"grade": "Student", "volume_ml": 10},
        ["colour"], [("ULT", "Ultramarine", None, None), ("BSI", "Burnt Sienna", None, None), ("CYH", "Cadmium Yellow Hue", 0, None),
                     ("PAY", "Payne's Grey", None, None), ("SAP", "Sap Green", 2, None), ("QRO", "Quinacridone Rose", None, None)])
product("MF-GOU", "Marlowe & Finch Designers Gouache Set (6 x 15ml)", "Marlowe & Finch", "Paints > Gouache", 21.0,
        "Opaque, matte gouache in six primary and secondary colours plus white.",
        ["6 tubes x 15 ml: Primary Red, Primary Yellow, Primary Blue, Green, Black, Titanium White",
         "Matte finish, re-wettable", "Not lightfast-rated"],
        {"volume_ml": 90, "finish": "Matte"}, [], [("", 9, None)])
product("BRL-ALC", "Brightline Dual-Tip Alcohol Markers", "Brightline", "Markers > Alcohol Markers", 18.99,
        "Alcohol-based markers with a brush tip and a chisel tip for smooth, streak-free blending.",
        ["Brush tip + chisel tip", "Alcohol-based ink, dries fast", "Not refillable", "Supplied in a zip carry case"],
        {"ink_type": "Alcohol", "tips": ["Brush", "Chisel"], "refillable": False},
        ["set"], [("12", "12 colours", None, None), ("24", "24 colours", 8, 32.99), ("48", "48 colours", 0, 59.99)])
product("BRL-FINE", "Brightline Pigment Fineliners 0.4mm", "Brightline", "Markers > Fineliners", 11.5,
        "Archival pigment fineliners that will not smudge under watercolour once dry.",
        ["0.4 mm tip", "Archival pigment ink: waterproof and fade-resistant once dry", "Black ink"],
        {"tip_mm": 0.4, "waterproof": True, "ink_type": "Pigment"},
        ["pack size"], [("10", "10-pack", 31, None), ("20", "20-pack", 0, 20.0)])
product("BRL-HL", "Brightline Pastel Highlighters (6-pack)", "Brightline", "Markers > Highlighters", 5.99,
        "Soft pastel highlighters with a chisel tip for two line widths.",
        ["6 pastel colours", "Chisel tip: 1 mm and 4 mm lines", "Water-based ink"],
        {"ink_type": "Water-based"}, [], [("", 64, None)])
product("SWF-GEL", "Swiftline 0.5 Gel Pens (8-pack)", "Swiftline", "Pens > Gel Pens", 7.5,
        "Quick-drying gel pens with a 0.5 mm tip and a rubber grip.",
        ["0.5 mm tip", "Quick-drying gel ink", "Retractable", "8 pens per pack"],
        {"tip_mm": 0.5, "retractable": True},
        ["ink colours"], [("BLK", "All black", 27, None), ("AST", "Assorted", 0, None)])
product("GRA-9000", "Graphis 9000 Graphite Pencils", "Graphis", "Pencils > Graphite", 1.2,
        "Classic graphite sketching pencils, sold singly or as a tin of 12 grades.",
        ["Break-resistant bonded lead", "Cedar wood barrel", "Tin of 12: 8B, 7B, 6B, 5B, 4B, 3B, 2B, B, HB, F, H, 2H"],
        {"wood": "Cedar"},
        ["grade"], [("HB", "HB", None, None), ("2B", "2B", None, None), ("4B", "4B", 0, None), ("6B", "6B", 12, None),
                    ("TIN12", "Tin of 12 (8B-2H)", 16, 12.5)])
product("GRA-COL", "Graphis Artist Coloured Pencils", "Graphis", "Pencils > Coloured Pencils", 24.0,
        "Soft, oil-based coloured pencils with a thick core that layers and blends well.",
        ["Oil-based 3.8 mm core", "Lightfastness rating printed on every pencil", "Metal tin"],
        {"core_mm": 3.8, "core_type": "Oil-based"},
        ["set"], [("24", "24 colours", 22, None), ("48", "48 colours", 3, 45.0), ("72", "72 colours", 0, 66.0)])
product("GRA-MECH", "Graphis Tech Mechanical Pencil", "Graphis", "Pencils > Mechanical Pencils", 8.5,
        "An all-metal drafting pencil with a knurled grip and a retractable lead sleeve.",
        ["Aluminium body", "Knurled metal grip", "Lead hardness indicator", "Includes 12 HB leads"],
        {"body": "Aluminium"},
        ["lead size", "colour"],
        [("03-SIL", "0.3 mm", "Silver", 0, None), ("05-SIL", "0.5 mm", "Silver", None, None), ("07-SIL", "0.7 mm", "Silver", None, None),
         ("05-BLK", "0.5 mm", "Black", 0, None), ("07-BLK", "0.7 mm", "Black", 13, None)])
product("GRA-ERA", "Graphis Kneadable Eraser", "Graphis", "Pencils > Erasers", 1.8,
        "Soft putty eraser for lifting graphite and charcoal without leaving crumbs.",
        ["Kneadable, reusable", "Comes in a plastic case"],
        {}, ["pack size"], [("1", "single", None, None), ("3", "3-pack", 40, 4.8)])
product("DAY-26W", "Daybook 2026 Weekly Planner A5", "Daybook", "Planners > Dated Planners", 19.0,
        "A dated 2026 planner with monthly spreads, linen cover and plenty of space for notes.",
        ["A5 (148 x 210 mm)", "Dated January to December 2026", "100gsm paper", "Monthly calendar pages and year overview",
         "Two ribbon markers"],
        {"size": "A5", "paper_weight_gsm": 100, "dated": "Jan-Dec 2026"},
        ["layout", "cover"],
        [("WK-BLU", "Week to view", "Linen Blush", None, None), ("WK-GRY", "Week to view", "Linen Grey", 0, None),
         ("DP-BLU", "Day per page", "Linen Blush", 6, 24.0), ("DP-GRY", "Day per page", "Linen Grey", 18, 24.0)])
product("DAY-HAB", "Daybook Undated Habit Planner", "Daybook", "Planners > Undated Planners", 16.0,
        "Start any month: an undated planner with habit trackers, weekly pages and goal-setting spreads.",
        ["A5 (148 x 210 mm)", "Undated, 12 months", "Habit tracker grid on every monthly page", "90gsm paper"],
        {"size": "A5", "paper_weight_gsm": 90, "dated": False},
        ["cover"], [("SAN", "Sand", None, None), ("FOR", "Forest", 1, None)])

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "catalog.yaml")


def hashed_stock(sku: str) -> int:
    h = int(hashlib.sha256(sku.encode()).hexdigest(), 16)
    return 6 + h % 55  # planned sold-outs and low stock are pinned in the spec


def build():
    products = []
    for p in P:
        variants = []
        for row in p["rows"]:
            code, *vals, stock, price = row
            vsku = f"{p['sku']}-{code}" if code else p["sku"]
            v = {"sku": vsku, "options": dict(zip(p["opts"], vals, strict=True)),
                 "stock": hashed_stock(vsku) if stock is None else stock}
            if price is not None:
                v["price"] = price
            variants.append(v)
        products.append({
            "sku": p["sku"], "name": p["name"], "brand": p["brand"], "category": p["category"],
            "price": p["price"], "currency": "GBP", "url": None,
            "handle": re.sub(r"[^a-z0-9]+", "-", p["name"].lower()).strip("-"),
            "description": p["description"], "features": p["features"], "attributes": p["attributes"],
            "variants": variants, "total_stock": sum(v["stock"] for v in variants)})
    return {"catalog": {"currency": "GBP", "products": products}}


if __name__ == "__main__":
    cat = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Inkhaven Stationery (made-up shop for a blind Q&A test). Generated by make_shop12.py.\n")
        yaml.safe_dump(cat, f, allow_unicode=True, sort_keys=False, width=120)
    n = len(cat["catalog"]["products"])
    nv = sum(len(p["variants"]) for p in cat["catalog"]["products"])
    print(f"wrote {n} products, {nv} variants to {OUT}")
