"""Write products.json: a made-up fragrance & men's grooming shop ("Orrin & Finch", prices in EUR) in the shape of
Shopify's public /products.json export. Deterministic (no randomness, fixed timestamps); run it to regenerate.
All brands, products and facts here are fictional, written for livebot's held-out Q&A round qa_blind17."""
import json
import os

STAMP = "2026-10-02T10:15:00+02:00"
P_BASE = 7731452000000  # product ids: Shopify-like 13-digit numbers
V_BASE = 43012388000000  # variant ids: Shopify-like 14-digit numbers


def ul(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


# (title, vendor, product_type, tags, body_html, options [(name, [values])], variants [(opts, sku, price, compare, qty)])
PRODUCTS = [
    ("Cèdre Noir Eau de Parfum", "Maison Orrin", "Eau de Parfum", ["fragrance", "woody", "bestseller", "EDP"],
     "<p>A dark, dry woody fragrance built around Atlas cedar and Haitian vetiver.</p>"
     + ul("<strong>Top notes:</strong> bergamot, pink pepper", "<strong>Heart notes:</strong> Atlas cedarwood, vetiver",
          "<strong>Base notes:</strong> leather, ambroxan, tonka bean", "Concentration: Eau de Parfum (18% perfume oil)",
          "Longevity: 8-10 hours on skin", "Made in Grasse, France", "Glass bottle with magnetic cap"),
     [("Size", ["50ml", "100ml"])],
     [(["50ml"], "ORR-CN-EDP-50", "89.00", None, 14), (["100ml"], "ORR-CN-EDP-100", "129.00", None, 0)]),
    ("Cèdre Noir Eau de Parfum Refill 200ml", "Maison Orrin", "Eau de Parfum", ["fragrance", "refill", "woody"],
     "<p>Refill your Cèdre Noir bottle: 200ml of the same Eau de Parfum in a recyclable aluminium flask with a funnel.</p>"
     + ul("Fits the 50ml and 100ml Cèdre Noir bottles (the cap unscrews)", "Made in Grasse, France"),
     [("Title", ["Default Title"])], [(["Default Title"], "ORR-CN-REF-200", "159.00", None, 6)]),
    ("Sel Marin Eau de Toilette", "Maison Orrin", "Eau de Toilette", ["fragrance", "aquatic", "fresh", "sale", "EDT"],
     "<p>Sea spray on warm skin: a bright, salty aquatic for summer days.</p>"
     + ul("<strong>Top notes:</strong> sea salt, grapefruit", "<strong>Heart notes:</strong> sage, rosemary",
          "<strong>Base notes:</strong> driftwood, white musk", "Concentration: Eau de Toilette (10% perfume oil)",
          "Longevity: 4-6 hours", "Made in Grasse, France"),
     [("Size", ["50ml", "100ml"])],
     [(["50ml"], "ORR-SM-EDT-50", "65.00", "79.00", 22), (["100ml"], "ORR-SM-EDT-100", "95.00", "115.00", 9)]),
    ("Tabac Doux", "Maison Orrin", "Eau de Parfum", ["fragrance", "tobacco", "warm"],
     "<p>Sweet pipe tobacco, honey and vanilla. Available as a lighter Eau de Toilette or a richer Eau de Parfum.</p>"
     + ul("<strong>Top notes:</strong> cardamom, rum", "<strong>Heart notes:</strong> tobacco leaf, honey",
          "<strong>Base notes:</strong> vanilla, benzoin, oud", "Longevity: EDT 5-7 hours, EDP 10-12 hours",
          "Made in Grasse, France"),
     [("Concentration", ["EDT", "EDP"]), ("Size", ["50ml", "100ml"])],
     [(["EDT", "50ml"], "ORR-TD-EDT-50", "62.00", None, 11), (["EDT", "100ml"], "ORR-TD-EDT-100", "88.00", None, 4),
      (["EDP", "50ml"], "ORR-TD-EDP-50", "89.00", None, 7), (["EDP", "100ml"], "ORR-TD-EDP-100", "129.00", None, 0)]),
    ("Oud Fumé Extrait de Parfum 50ml", "Maison Orrin", "Extrait de Parfum", ["fragrance", "oud", "smoky", "limited"],
     "<p>Our most intense scent: smoked oud, birch tar and saffron. Limited batch of 300 bottles.</p>"
     + ul("<strong>Top notes:</strong> saffron, black pepper", "<strong>Heart notes:</strong> oud, birch tar",
          "<strong>Base notes:</strong> labdanum, patchouli", "Concentration: Extrait de Parfum (25% perfume oil)",
          "Longevity: 12+ hours", "Made in Grasse, France"),
     [("Title", ["Default Title"])], [(["Default Title"], "ORR-OF-EXT-50", "185.00", None, 0)]),
    ("Néroli Blanc Eau de Cologne", "Maison Orrin", "Cologne", ["fragrance", "citrus", "cologne", "refill"],
     "<p>A classic splash of neroli, petitgrain and lemon. Light and clean, ideal for the office.</p>"
     + ul("<strong>Top notes:</strong> lemon, bergamot", "<strong>Heart notes:</strong> neroli, petitgrain",
          "<strong>Base notes:</strong> white musk", "Concentration: Eau de Cologne (5% perfume oil)",
          "Longevity: 2-4 hours", "Refill comes in a recyclable aluminium pouch", "Made in Grasse, France"),
     [("Format", ["Bottle 100ml", "Refill 200ml"])],
     [(["Bottle 100ml"], "ORR-NB-EDC-100", "59.00", None, 18), (["Refill 200ml"], "ORR-NB-REF-200", "79.00", None, 5)]),
    ("Figue Verte Eau de Parfum", "Maison Orrin", "Eau de Parfum", ["fragrance", "green", "fig"],
     "<p>Green fig leaves, milky fig and cedar: a sunny Mediterranean garden.</p>"
     + ul("<strong>Top notes:</strong> fig leaf, blackcurrant", "<strong>Heart notes:</strong> fig, coconut milk",
          "<strong>Base notes:</strong> cedar, musk", "Concentration: Eau de Parfum", "Longevity: 6-8 hours",
          "Made in Grasse, France"),
     [("Size", ["50ml", "100ml"])],
     [(["50ml"], "ORR-FV-EDP-50", "89.00", None, 3), (["100ml"], "ORR-FV-EDP-100", "129.00", None, 12)]),
    ("Discovery Set - 6 x 2ml", "Maison Orrin", "Discovery Set", ["fragrance", "sampler", "gift"],
     "<p>Try the whole Maison Orrin line before choosing a full bottle.</p>"
     + ul("Includes six 2ml spray vials: Cèdre Noir, Sel Marin, Tabac Doux, Oud Fumé, Néroli Blanc, Figue Verte",
          "About 30 sprays per vial", "Comes with a code worth the price of the set (28 EUR) to use on a full bottle"),
     [("Title", ["Default Title"])], [(["Default Title"], "ORR-DISC-6", "28.00", None, 40)]),
    ("Refillable Travel Atomizer 10ml", "Maison Orrin", "Accessory", ["travel", "accessory"],
     "<p>Pocket spray to carry your fragrance. Fill it from any standard spray bottle in seconds.</p>"
     + ul("Capacity: 10ml (about 80 sprays)", "Aluminium shell, glass inner vial", "Length 8 cm",
          "Airline carry-on friendly (under 100ml)"),
     [("Color", ["Black", "Gold", "Silver"])],
     [(["Black"], "", "15.00", None, 25), (["Gold"], "", "15.00", None, 0), (["Silver"], "", "15.00", None, 8)]),
    ("Cèdre Noir Scented Candle 220g", "Maison Orrin", "Home Fragrance", ["candle", "home", "gift"],
     "<p>Our signature cedar and vetiver scent for the home.</p>"
     + ul("Soy and coconut wax blend", "Cotton wick", "Burn time: about 50 hours", "Weight: 220g",
          "Hand-poured in Lyon, France"),
     [("Title", ["Default Title"])], [(["Default Title"], "ORR-CN-CDL", "45.00", None, 10)]),
    ("Cèdre Noir Aftershave Balm 100ml", "Maison Orrin", "Aftershave", ["aftershave", "balm", "sensitive skin"],
     "<p>A soothing, alcohol-free balm lightly scented with Cèdre Noir.</p>"
     + ul("Alcohol-free", "Key ingredients: aloe vera, shea butter, allantoin", "Suitable for sensitive skin",
          "Made in France"),
     [("Title", ["Default Title"])], [(["Default Title"], "ORR-CN-ASB", "38.00", None, 16)]),
    # -- Ferro & Finch: beard care (no SKUs in this vendor's listings, as often in real exports) --
    ("Beard Oil 30ml", "Ferro & Finch", "Beard Oil", ["beard", "oil", "vegan"],
     "<p>Softens coarse beard hair and stops beard itch. Two or three drops a day is enough.</p>"
     + ul("Ingredients: jojoba oil, argan oil, sweet almond oil, vitamin E, essential oils (scented versions)",
          "Contains nut oil (sweet almond): not suitable for people with nut allergies", "Vegan and cruelty-free",
          "Glass bottle with dropper", "Made in Manchester, UK"),
     [("Scent", ["Cedar & Vetiver", "Sandalwood & Bergamot", "Unscented"])],
     [(["Cedar & Vetiver"], "", "24.00", None, 31), (["Sandalwood & Bergamot"], "", "24.00", None, 12),
      (["Unscented"], "", "24.00", None, 0)]),
    ("Beard Balm 60g", "Ferro & Finch", "Beard Balm", ["beard", "balm"],
     "<p>A light-hold balm that tames flyaways and conditions.</p>"
     + ul("Ingredients: shea butter, beeswax, cocoa butter, argan oil", "Contains beeswax: not vegan",
          "Tin: 60g", "Made in Manchester, UK"),
     [("Scent", ["Cedar & Vetiver", "Sandalwood & Bergamot"])],
     [(["Cedar & Vetiver"], "", "19.00", None, 9), (["Sandalwood & Bergamot"], "", "19.00", None, 2)]),
    ("Beard Wash 150ml", "Ferro & Finch", "Beard Wash", ["beard", "wash", "vegan"],
     "<p>A gentle sulphate-free cleanser for beard and skin underneath.</p>"
     + ul("Sulphate-free", "Scent: Cedar & Vetiver", "Vegan", "Made in Manchester, UK"),
     [("Title", ["Default Title"])], [(["Default Title"], "", "16.00", None, 20)]),
    ("The Beard Grooming Kit", "Ferro & Finch", "Gift Set", ["beard", "gift set", "sale"],
     "<p>Everything for a well-kept beard, in a kraft gift box.</p>"
     + ul("What's included: Beard Oil 30ml (Cedar & Vetiver), Beard Balm 60g (Cedar & Vetiver), sandalwood comb, "
          "boar bristle brush", "Gift box: 22 x 16 x 6 cm"),
     [("Title", ["Default Title"])], [(["Default Title"], "", "59.00", "72.00", 7)]),
    ("Moustache Wax 15g", "Ferro & Finch", "Moustache Wax", ["moustache", "wax"],
     "<p>Keeps a handlebar in place all day.</p>"
     + ul("Ingredients: beeswax, lanolin, castor oil", "Tin: 15g", "Made in Manchester, UK"),
     [("Hold", ["Medium", "Strong"])],
     [(["Medium"], "", "11.00", None, 14), (["Strong"], "", "11.00", None, 0)]),
    ("Beard Trimming Scissors 12cm", "Ferro & Finch", "Tool", ["beard", "tool"],
     "<p>Small, sharp scissors for beard and moustache detailing.</p>"
     + ul("Stainless steel", "Length: 12 cm", "Forged in Solingen, Germany", "Comes in a faux-leather pouch"),
     [("Title", ["Default Title"])], [(["Default Title"], "", "24.00", None, 13)]),
    # -- Kestrel: shaving hardware --
    ("Kestrel Mk II Double Edge Safety Razor", "Kestrel", "Safety Razor", ["razor", "shaving", "plastic-free"],
     "<p>A three-piece safety razor with a mild, forgiving head: a good first safety razor.</p>"
     + ul("316L stainless steel", "Weight: 92g", "Handle length: 9.5 cm", "5 Kestrel double edge blades included",
          "Lifetime warranty on the handle and head", "Made in Germany"),
     [("Finish", ["Chrome", "Brushed Steel", "Matte Black"])],
     [(["Chrome"], "KST-MK2-CHR", "49.00", None, 17), (["Brushed Steel"], "KST-MK2-BRS", "49.00", None, 6),
      (["Matte Black"], "KST-MK2-BLK", "55.00", None, 0)]),
    ("Kestrel Double Edge Razor Blades", "Kestrel", "Razor Blades", ["blades", "shaving"],
     "<p>Platinum-coated stainless steel double edge blades; fit every standard DE safety razor.</p>"
     + ul("Platinum-coated stainless steel", "Each blade individually wrapped", "Made in Germany"),
     [("Pack", ["20 blades", "100 blades"])],
     [(["20 blades"], "KST-DE-20", "9.00", None, 60), (["100 blades"], "KST-DE-100", "29.00", None, 24)]),
    ("Kestrel Shavette Straight Razor", "Kestrel", "Straight Razor", ["razor", "straight razor"],
     "<p>Barber-style straight razor that takes half DE blades: no honing, no stropping.</p>"
     + ul("Stainless steel blade holder, olive wood handle", "Uses half double edge blades (not included)",
          "Length closed: 14 cm", "2-year warranty"),
     [("Title", ["Default Title"])], [(["Default Title"], "KST-SHV", "34.00", None, 5)]),
    # -- Barbeiro Lisboa: wet shaving --
    ("Shaving Cream Tub 150ml", "Barbeiro Lisboa", "Shaving Cream", ["shaving", "cream"],
     "<p>Rich Portuguese shaving cream that whips into a dense lather with a brush.</p>"
     + ul("Ingredients: glycerin, coconut oil, shea butter", "About 3 months of daily shaves", "Made in Porto, Portugal"),
     [("Scent", ["Lime & Vetiver", "Sandalwood"])],
     [(["Lime & Vetiver"], "BLX-CRM-LV", "18.00", None, 19), (["Sandalwood"], "BLX-CRM-SW", "18.00", None, 0)]),
    ("Synthetic Shaving Brush 24mm", "Barbeiro Lisboa", "Shaving Brush", ["shaving", "brush", "vegan"],
     "<p>A soft synthetic-fibre brush that dries fast and builds lather quickly.</p>"
     + ul("Knot: 24 mm synthetic fibre (vegan, no badger hair)", "Loft: 50 mm", "Handle height: 55 mm"),
     [("Handle", ["Walnut", "Black Resin"])],
     [(["Walnut"], "BLX-BR-WAL", "35.00", None, 8), (["Black Resin"], "BLX-BR-RES", "29.00", None, 15)]),
    ("Complete Shaving Kit", "Barbeiro Lisboa", "Gift Set", ["shaving", "gift set", "sale"],
     "<p>The full wet-shave ritual in one box.</p>"
     + ul("What's included: Kestrel Mk II Safety Razor (Chrome), Synthetic Shaving Brush 24mm (Black Resin), "
          "Shaving Cream Tub 150ml (Lime & Vetiver), chrome razor and brush stand, 10 blades",
          "Presented in a wooden box"),
     [("Title", ["Default Title"])], [(["Default Title"], "BLX-KIT", "119.00", "139.00", 4)]),
    ("Pre-Shave Oil 30ml", "Barbeiro Lisboa", "Pre-Shave", ["shaving", "pre-shave"],
     "<p>Massage a few drops in before lathering for a closer, smoother shave.</p>"
     + ul("Ingredients: grapeseed oil, castor oil, eucalyptus oil", "Made in Porto, Portugal"),
     [("Title", ["Default Title"])], [(["Default Title"], "BLX-PSO", "17.00", None, 11)]),
    ("Alum Block 75g", "Barbeiro Lisboa", "Aftershave", ["shaving", "aftershave"],
     "<p>Natural potassium alum: closes nicks and tones skin after the shave.</p>"
     + ul("100% potassium alum", "Lasts about a year", "Made in Porto, Portugal"),
     [("Title", ["Default Title"])], [(["Default Title"], "BLX-ALUM", "9.50", None, 30)]),
    # -- Northbound: body and skin --
    ("Northbound Body Wash", "Northbound Apothecary", "Body Wash", ["body", "wash", "refill"],
     "<p>A sulphate-free shower gel for body and hair.</p>"
     + ul("Sulphate-free, pH balanced", "Suitable for all skin types", "1L refill comes in a recyclable pouch",
          "Made in Copenhagen, Denmark"),
     [("Scent", ["Cedar & Vetiver", "Sea Salt & Sage"]), ("Size", ["250ml", "500ml", "1L Refill"])],
     [(["Cedar & Vetiver", "250ml"], "NB-BW-CV-250", "14.00", None, 26),
      (["Cedar & Vetiver", "500ml"], "NB-BW-CV-500", "22.00", None, 9),
      (["Cedar & Vetiver", "1L Refill"], "NB-BW-CV-1000", "34.00", None, 3),
      (["Sea Salt & Sage", "250ml"], "NB-BW-SS-250", "14.00", None, 15),
      (["Sea Salt & Sage", "500ml"], "NB-BW-SS-500", "22.00", None, 0),
      (["Sea Salt & Sage", "1L Refill"], "NB-BW-SS-1000", "34.00", None, 6)]),
    ("Aftershave Splash 100ml", "Northbound Apothecary", "Aftershave", ["aftershave", "splash"],
     "<p>A cooling, classic aftershave splash with witch hazel and menthol.</p>"
     + ul("Contains alcohol: not recommended for sensitive skin", "Key ingredients: witch hazel, menthol",
          "Scent: Sea Salt & Sage", "Made in Copenhagen, Denmark"),
     [("Title", ["Default Title"])], [(["Default Title"], "NB-ASP-100", "26.00", None, 12)]),
    ("Solid Cologne 15g", "Northbound Apothecary", "Cologne", ["fragrance", "solid", "travel"],
     "<p>A pocket tin of wax-based cologne. Rub a little on the wrists and neck.</p>"
     + ul("Scent: Cedar & Vetiver", "Base: beeswax, jojoba oil", "Longevity: 3-4 hours", "Tin: 15g"),
     [("Title", ["Default Title"])], [(["Default Title"], "NB-SC-15", "21.00", None, 0)]),
    ("Aluminium-Free Deodorant 75g", "Northbound Apothecary", "Deodorant", ["deodorant", "vegan"],
     "<p>A natural deodorant stick that keeps you fresh without aluminium salts.</p>"
     + ul("Aluminium-free and baking-soda-free", "Vegan", "Up to 24-hour odour protection", "Stick: 75g"),
     [("Scent", ["Cedar & Vetiver", "Unscented"])],
     [(["Cedar & Vetiver"], "NB-DEO-CV", "12.00", None, 21), (["Unscented"], "NB-DEO-UN", "12.00", None, 4)]),
    ("Charcoal Face Wash 150ml", "Northbound Apothecary", "Face Wash", ["skin", "face", "sale"],
     "<p>Activated charcoal and salicylic acid clear pores without drying.</p>"
     + ul("Key ingredients: activated charcoal, salicylic acid, glycerin", "Best for oily and combination skin",
          "Made in Copenhagen, Denmark"),
     [("Title", ["Default Title"])], [(["Default Title"], "NB-FW-150", "15.00", "19.00", 17)]),
    ("Daily Moisturiser SPF 15 50ml", "Northbound Apothecary", "Moisturiser", ["skin", "face", "spf"],
     "<p>A light, non-greasy daily moisturiser with sun protection.</p>"
     + ul("SPF 15", "Key ingredients: hyaluronic acid, niacinamide", "Fragrance-free", "Suitable for all skin types",
          "Made in Copenhagen, Denmark"),
     [("Title", ["Default Title"])], [(["Default Title"], "NB-MOI-50", "24.00", None, 10)]),
    ("Orrin & Finch Gift Card", "Orrin & Finch", "Gift Card", ["gift card"],
     "<p>Delivered by email with instructions to redeem at checkout. Valid for 2 years.</p>",
     [("Amount", ["€25", "€50", "€100"])],
     [(["€25"], "", "25.00", None, 0), (["€50"], "", "50.00", None, 0), (["€100"], "", "100.00", None, 0)]),
]


def slug(title):
    out = "".join(c.lower() if c.isalnum() else "-" for c in title.replace("è", "e").replace("é", "e"))
    return "-".join(p for p in out.split("-") if p)


def build():
    products = []
    for i, (title, vendor, ptype, tags, body, options, variants) in enumerate(PRODUCTS):
        pid = P_BASE + i * 1379
        vs = []
        for j, (opts, sku, price, compare, qty) in enumerate(variants):
            opts = list(opts) + [None] * (3 - len(opts))
            gift = ptype == "Gift Card"
            vs.append({
                "id": V_BASE + i * 1000 + j * 17, "title": " / ".join(o for o in opts if o),
                "option1": opts[0], "option2": opts[1], "option3": opts[2], "sku": sku,
                "requires_shipping": not gift, "taxable": True, "featured_image": None,
                # gift cards are digital: Shopify does not track their inventory, they are always available
                "available": gift or qty > 0, "inventory_quantity": qty if not gift else 0,
                "price": price, "grams": 0 if gift else 250, "compare_at_price": compare, "position": j + 1,
                "product_id": pid, "created_at": STAMP, "updated_at": STAMP,
            })
        products.append({
            "id": pid, "title": title, "handle": slug(title), "body_html": body, "published_at": STAMP,
            "created_at": STAMP, "updated_at": STAMP, "vendor": vendor, "product_type": ptype, "tags": tags,
            "variants": vs, "images": [],
            "options": [{"name": n, "position": k + 1, "values": vals} for k, (n, vals) in enumerate(options)],
        })
    return {"products": products}


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "products.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {out}: {len(PRODUCTS)} products")
