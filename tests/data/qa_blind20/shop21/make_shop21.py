"""Generate products.json for blind round 20, shop 21: "Saltwater & Sun", an invented Australian
swimwear & beachwear shop (AUD). Shape: Shopify's public /products.json endpoint. Deterministic:
stock comes from a SHA-256 of the variant id, with a few variants pinned by hand (the questions rely on
them). Run: python make_shop21.py  (writes products.json beside this file)."""
import hashlib
import json
import os
from itertools import product as cartesian

HERE = os.path.dirname(os.path.abspath(__file__))
PRODUCT_ID0 = 8123450000000
VARIANT_ID0 = 45012340000000

# (title, vendor, product_type, tags, body_html, options{name: values}, base price, compare_at,
#  sku prefix or None (empty SKUs), per-option-value price overrides, pinned stock {variant title: qty})
PRODUCTS = [
    ("Palm Cove Triangle Bikini Top", "Kaia Swim", "Bikini Top", ["bikini", "womens", "triangle"],
     "<p>Our best-selling slide triangle top with adjustable ties at neck and back.</p><ul><li>Fabric: 80% recycled "
     "nylon, 20% elastane</li><li>Fully lined</li><li>Removable soft cups</li><li>UPF 50+</li><li>Care: hand wash "
     "cold, dry in shade</li></ul>",
     {"Size": ["XS", "S", "M", "L", "XL"], "Colour": ["Palm Print", "Black", "Terracotta"]}, "59.95", None,
     "KS-PCT", {}, {"M / Palm Print": 0, "S / Palm Print": 4}),
    ("Palm Cove Tie-Side Bikini Bottom", "Kaia Swim", "Bikini Bottom", ["bikini", "womens"],
     "<p>Cheeky-coverage tie-side bottom to match the Palm Cove top.</p><ul><li>Fabric: 80% recycled nylon, 20% "
     "elastane</li><li>Fully lined</li><li>Moderate (cheeky) coverage</li><li>Care: hand wash cold</li></ul>",
     {"Size": ["XS", "S", "M", "L", "XL"], "Colour": ["Palm Print", "Black", "Terracotta"]}, "49.95", None,
     "KS-PCB", {}, {"L / Black": 0}),
    ("Marlee Underwire Bikini Top", "Kaia Swim", "Bikini Top", ["bikini", "womens", "d-cup", "support"],
     "<p>Supportive underwire balconette top made for bigger busts.</p><ul><li>Fabric: 82% nylon, 18% elastane"
     "</li><li>Underwire with moulded cups</li><li>Adjustable straps, hook back closure</li><li>Care: hand wash "
     "cold</li></ul><p>Size guide: order your usual bra cup and your dress size.</p>",
     {"Size": ["UK 8", "UK 10", "UK 12", "UK 14", "UK 16"], "Cup": ["B/C", "D/DD"], "Colour": ["Black"]},
     "89.95", None, "KS-MUT", {}, {"UK 12 / D/DD / Black": 0, "UK 14 / D/DD / Black": 0}),
    ("Marlee High-Waist Bikini Bottom", "Kaia Swim", "Bikini Bottom", ["bikini", "womens", "high-waist"],
     "<p>Retro high-waisted bottom with tummy-control front panel.</p><ul><li>Fabric: 82% nylon, 18% elastane"
     "</li><li>Double lined front</li><li>Full coverage</li><li>Care: hand wash cold</li></ul>",
     {"Size": ["UK 8", "UK 10", "UK 12", "UK 14", "UK 16"], "Colour": ["Black"]}, "64.95", None, "KS-MUB", {},
     {}),
    ("Seaspray Bandeau Bikini", "Bondi Tide", "Bikini Set", ["bikini", "womens", "bandeau", "mix-and-match"],
     "<p>Strapless bandeau with a detachable halter strap. Buy the top, the bottom or the full set.</p><ul><li>"
     "Fabric: 78% recycled polyester, 22% elastane (textured rib)</li><li>Silicone grip at top edge</li><li>"
     "Lined</li><li>Care: hand wash, do not tumble dry</li></ul>",
     {"Style": ["Top only", "Bottom only", "Set"], "Colour": ["Sage", "Ivory"], "Size": ["XS", "S", "M", "L"]},
     "55.00", None, None, {"Bottom only": "45.00", "Set": "95.00"},
     {"Set / Ivory / S": 0, "Set / Ivory / M": 0, "Top only / Ivory / M": 3}),
    ("Coastline Chlorine Resist One-Piece", "Bondi Tide", "One-Piece", ["one-piece", "womens", "lap swim",
                                                                       "chlorine resistant"],
     "<p>Built for lap swimming: holds its shape and colour through hundreds of hours in chlorinated pools.</p>"
     "<ul><li>Fabric: 53% PBT polyester, 47% polyester - chlorine resistant</li><li>Front lined</li><li>Racer "
     "back</li><li>UPF 50+</li><li>Care: rinse in cold fresh water after each swim</li></ul>",
     {"Size": ["UK 8", "UK 10", "UK 12", "UK 14", "UK 16"], "Colour": ["Navy", "Black"]}, "99.95", None, "BT-CLO",
     {}, {"UK 16 / Navy": 0}),
    ("Tallow Scoop Back One-Piece", "Tallow Swim", "One-Piece", ["one-piece", "womens", "sale"],
     "<p>Low scoop back and high-cut leg.</p><ul><li>Fabric: 85% nylon, 15% elastane</li><li>Fully lined</li>"
     "<li>No underwire, removable cups</li><li>Care: hand wash cold</li></ul>",
     {"Size": ["XS", "S", "M", "L", "XL"], "Colour": ["Leopard", "Cherry"]}, "89.95", "129.95", "", {},
     {"XL / Leopard": 0, "XL / Cherry": 0}),
    ("Riviera Ruched Plunge One-Piece", "Kaia Swim", "One-Piece", ["one-piece", "womens", "tummy control"],
     "<p>Flattering side ruching and a deep plunge neckline.</p><ul><li>Fabric: 80% nylon, 20% elastane</li><li>"
     "Power-mesh tummy control lining</li><li>Adjustable straps</li><li>Care: hand wash cold</li></ul>",
     {"Cup": ["B", "C", "D"], "Size": ["UK 10", "UK 12", "UK 14"], "Colour": ["Emerald"]}, "119.95", None,
     "KS-RRP", {}, {"D / UK 10 / Emerald": 0}),
    ("Baxter 17\" Boardshort", "Harbour Swim Co.", "Boardshorts", ["mens", "boardshorts", "surf"],
     "<p>Surf boardshort with four-way stretch.</p><ul><li>Fabric: 92% recycled polyester, 8% elastane</li><li>"
     "17\" outseam</li><li>No liner</li><li>Lace-up fly, back zip pocket</li><li>Quick dry</li></ul>",
     {"Waist": ["28", "30", "32", "34", "36", "38"], "Colour": ["Sunset Stripe", "Navy"]}, "79.95", None, "HS-BAX",
     {}, {"32 / Sunset Stripe": 0, "34 / Navy": 2}),
    ("Classic 15\" Swim Short", "Harbour Swim Co.", "Swim Shorts", ["mens", "swim shorts", "sale"],
     "<p>The everyday swim short with an elastic waist.</p><ul><li>Fabric: 100% recycled polyester shell</li><li>"
     "Mesh brief liner</li><li>15\" outseam (size M)</li><li>Two side pockets and a velcro back pocket</li><li>"
     "Quick dry</li></ul>",
     {"Size": ["S", "M", "L", "XL", "XXL"], "Colour": ["Palm Print", "Navy", "Sage"]}, "49.95", "69.95", "", {},
     {"XXL / Palm Print": 0}),
    ("Retro Swim Brief 6cm", "Harbour Swim Co.", "Swim Briefs", ["mens", "briefs", "chlorine resistant"],
     "<p>Classic 6cm side swim brief.</p><ul><li>Fabric: 100% PBT polyester - chlorine resistant</li><li>Front "
     "lined</li><li>Internal drawcord</li></ul>",
     {"Size": ["S", "M", "L", "XL"], "Colour": ["Navy", "Red"]}, "45.00", None, "HS-RSB", {}, {}),
    ("Womens Long Sleeve Rash Guard UPF 50+", "Bondi Tide", "Rash Guard", ["rash guard", "womens", "upf 50+"],
     "<p>Slim-fit long sleeve rash vest for surfing and snorkelling.</p><ul><li>Fabric: 82% recycled nylon, 18% "
     "elastane</li><li>UPF 50+ (ARPANSA tested)</li><li>Flatlock seams</li><li>Thumb loops</li><li>Front zip"
     "</li></ul>",
     {"Size": ["XS", "S", "M", "L", "XL"], "Colour": ["Black", "Ocean Blue"]}, "74.95", None, "BT-WRG", {},
     {"S / Ocean Blue": 0}),
    ("Mens Short Sleeve Rash Vest", "Harbour Swim Co.", "Rash Guard", ["rash guard", "mens", "upf 50+"],
     "<p>Loose-fit short sleeve surf tee.</p><ul><li>Fabric: 100% recycled polyester</li><li>UPF 50+</li><li>Quick "
     "dry</li></ul>",
     {"Size": ["S", "M", "L", "XL", "XXL"], "Colour": ["White", "Charcoal"]}, "54.95", None, "", {}, {}),
    ("Kids Zip Sunsuit UPF 50+", "Little Tide", "Kids Swim", ["kids", "sunsuit", "upf 50+"],
     "<p>One-piece long sleeve sunsuit with a front zip that makes nappy changes easy.</p><ul><li>Fabric: 80% "
     "recycled polyester, 20% elastane</li><li>UPF 50+</li><li>Chlorine resistant</li><li>Care: machine wash cold"
     "</li></ul>",
     {"Age": ["6-12M", "1-2Y", "3-4Y", "5-6Y"], "Colour": ["Shark Print", "Coral"]}, "49.95", None, "", {},
     {"3-4Y / Shark Print": 0}),
    ("Turkish Cotton Beach Towel 90 x 180cm", "Saltwater & Sun", "Beach Towel", ["towel", "cotton"],
     "<p>Lightweight, quick-drying Turkish towel with hand-knotted tassels.</p><ul><li>100% Turkish cotton</li>"
     "<li>Size: 90 x 180 cm</li><li>Weight: 380 g</li><li>Care: machine wash warm, gets softer with every wash"
     "</li></ul>",
     {"Colour": ["Sand Stripe", "Ocean Stripe", "Terracotta"]}, "69.00", None, "SS-TTW", {},
     {"Sand Stripe": 0}),
    ("Sand-Free Microfibre Beach Towel", "Saltwater & Sun", "Beach Towel", ["towel", "microfibre", "sand free"],
     "<p>Sand slides right off. Packs down to the size of a drink bottle.</p><ul><li>100% recycled "
     "microfibre (polyester/polyamide)</li><li>Sizes: Standard 160 x 80 cm, Oversized 200 x 100 cm</li><li>"
     "Includes a matching carry pouch</li></ul>",
     {"Size": ["Standard 160x80cm", "Oversized 200x100cm"], "Colour": ["Sunset Stripe", "Lagoon"]}, "39.95", None,
     "", {"Oversized 200x100cm": "54.95"}, {"Oversized 200x100cm / Lagoon": 0}),
    ("Linen Beach Shirt Cover-Up", "Saltwater & Sun", "Cover-Up", ["cover-up", "womens", "linen"],
     "<p>Oversized button-through shirt to throw over your swimmers.</p><ul><li>100% European linen</li><li>"
     "Relaxed oversized fit - size down for a closer fit</li><li>Care: machine wash cold, line dry</li></ul>",
     {"Size": ["XS", "S", "M", "L", "XL"], "Colour": ["White", "Sand"]}, "89.95", None, "SS-LBS", {}, {}),
    ("Crochet Maxi Cover-Up Dress", "Tallow Swim", "Cover-Up", ["cover-up", "womens", "crochet"],
     "<p>Handmade open-knit crochet maxi, made to be worn over a bikini.</p><ul><li>100% cotton</li><li>Sheer, "
     "not lined</li><li>Care: hand wash cold, dry flat</li></ul>",
     {"Size": ["S/M", "M/L"], "Colour": ["Cream"]}, "119.00", "149.00", "", {}, {"M/L / Cream": 0}),
    ("Mykonos Sarong", "Saltwater & Sun", "Cover-Up", ["cover-up", "sarong", "one size"],
     "<p>Lightweight rayon sarong you can tie a dozen ways.</p><ul><li>100% rayon</li><li>One size: 110 x 170 cm"
     "</li></ul>",
     {"Colour": ["Palm Print", "Hibiscus", "Black"]}, "35.00", None, "SS-MYK", {}, {}),
    ("Terrace Slide Sandal", "Solé", "Sandals", ["sandals", "womens", "slides"],
     "<p>Padded slide with a moulded footbed.</p><ul><li>Upper: recycled PU</li><li>EVA footbed, rubber "
     "outsole</li><li>Water friendly</li><li>Fits true to size; half sizes size up</li></ul>",
     {"Size": ["EU 36", "EU 37", "EU 38", "EU 39", "EU 40", "EU 41"], "Colour": ["Sand", "Black"]}, "49.95",
     None, "SO-TER", {}, {"EU 38 / Sand": 0, "EU 39 / Sand": 1}),
    ("Dune Leather Thong Sandal", "Solé", "Sandals", ["sandals", "womens", "leather"],
     "<p>Minimal toe-post sandal in vegetable-tanned leather.</p><ul><li>Upper and footbed: 100% leather</li><li>"
     "Rubber sole</li><li>Not suitable for wearing in water</li></ul>",
     {"Size": ["EU 36", "EU 37", "EU 38", "EU 39", "EU 40", "EU 41"], "Colour": ["Tan"]}, "89.00", None, "", {},
     {}),
    ("Mens Pool Slide", "Harbour Swim Co.", "Sandals", ["sandals", "mens", "slides"],
     "<p>One-piece moulded pool slide.</p><ul><li>100% EVA</li><li>Waterproof, quick drying</li></ul>",
     {"Size": ["UK 7", "UK 8", "UK 9", "UK 10", "UK 11"], "Colour": ["Black", "Olive"]}, "39.95", None,
     "HS-MPS", {}, {}),
    ("Noosa Polarised Sunglasses", "Saltwater & Sun", "Sunglasses", ["sunglasses", "polarised", "unisex"],
     "<p>Square acetate frame with polarised lenses that cut glare off the water.</p><ul><li>Frame: acetate</li>"
     "<li>Lenses: polarised, UV400, category 3</li><li>Includes a hard case and cleaning cloth</li><li>12-month "
     "warranty against manufacturing faults</li></ul>",
     {"Frame": ["Tortoiseshell", "Black"]}, "129.00", "149.00", "SS-NOO", {}, {"Black": 0}),
    ("Byron Round Sunglasses", "Saltwater & Sun", "Sunglasses", ["sunglasses", "unisex"],
     "<p>Round metal frame with tinted lenses.</p><ul><li>Frame: stainless steel</li><li>Lenses: UV400, category 3"
     ", non-polarised</li><li>Includes a soft pouch</li><li>12-month warranty</li></ul>",
     {"Frame": ["Gold/Green", "Silver/Grey"]}, "59.95", None, "SS-BYR", {}, {}),
    ("Roll-Top Dry Bag", "Saltwater & Sun", "Dry Bag", ["dry bag", "waterproof"],
     "<p>Keep phones, keys and a change of clothes dry on the boat or the beach.</p><ul><li>500D PVC tarpaulin, "
     "welded seams</li><li>Roll-top closure with buckle, detachable shoulder strap</li><li>Waterproof when rolled "
     "3 times (not for submerging)</li></ul>",
     {"Capacity": ["10L", "20L"], "Colour": ["Yellow", "Navy"]}, "34.95", None, "", {"20L": "44.95"},
     {"20L / Yellow": 0}),
    ("Waterproof Phone Pouch", "Saltwater & Sun", "Dry Bag", ["phone pouch", "waterproof"],
     "<p>Touch-screen friendly pouch with a lanyard.</p><ul><li>IPX8 rated to 10 m</li><li>Fits phones up to "
     "7 inches</li></ul>",
     {"Pack": ["Single", "2-pack"]}, "19.95", None, "SS-WPP", {"2-pack": "29.95"}, {}),
    ("Wide Brim Straw Hat", "Saltwater & Sun", "Hat", ["hat", "straw"],
     "<p>Packable wide brim hat with an inner drawcord to adjust the fit.</p><ul><li>100% paper straw</li><li>"
     "Brim: 10 cm</li><li>One size: 57 cm with adjustable drawcord</li><li>UPF 50+</li></ul>",
     {"Colour": ["Natural", "Black"]}, "59.00", None, "SS-WBH", {}, {}),
    ("Mineral Sunscreen SPF 50+", "Saltwater & Sun", "Sun Care", ["sunscreen", "reef friendly"],
     "<p>Zinc-based broad spectrum sunscreen, 4 hours water resistant.</p><ul><li>Active: 22% zinc oxide</li>"
     "<li>Fragrance free</li><li>Made in Australia</li></ul>",
     {"Size": ["100ml", "200ml"]}, "24.95", None, "SS-MSS", {"200ml": "39.95"}, {"100ml": 0}),
    ("Canvas Beach Tote", "Saltwater & Sun", "Bags", ["bag", "tote"],
     "<p>Roomy tote with a water-resistant lining.</p><ul><li>Outer: 100% cotton canvas</li><li>Size: 50 x 40 x 15 "
     "cm</li><li>Inner zip pocket</li></ul>",
     {"Colour": ["Navy Stripe", "Natural"]}, "49.95", None, "", {}, {}),
    ("Saltwater & Sun Gift Card", "Saltwater & Sun", "Gift Card", ["gift card"],
     "<p>Delivered by email with instructions to redeem. Valid for 3 years.</p>",
     {"Denomination": ["$50.00", "$100.00", "$200.00"]}, "50.00", None, "", {"$100.00": "100.00",
                                                                           "$200.00": "200.00"}, {}),
]


def stock_for(variant_id: int) -> int:
    """Pseudo-random but stable: ~10% sold out, the rest 1-40."""
    h = int(hashlib.sha256(str(variant_id).encode()).hexdigest(), 16)
    return 0 if h % 10 == 0 else 1 + (h // 10) % 40


def handle(title: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in title.replace("&", "and").replace('"', ""))
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def build() -> dict:
    products = []
    vid = VARIANT_ID0
    for i, (title, vendor, ptype, tags, body, options, price, compare, sku_prefix, overrides, pinned) in \
            enumerate(PRODUCTS):
        pid = PRODUCT_ID0 + i * 7919
        names = list(options)
        variants = []
        for pos, combo in enumerate(cartesian(*options.values()), start=1):
            vid += 13
            vtitle = " / ".join(combo)
            vprice = next((overrides[v] for v in combo if v in overrides), price)
            qty = pinned.get(vtitle, stock_for(vid))
            sku = ""
            if sku_prefix:
                sku = "-".join([sku_prefix] + [v.upper().replace(" ", "").replace("/", "")[:6] for v in combo])
            v = {"id": vid, "title": vtitle, "option1": combo[0], "option2": combo[1] if len(combo) > 1 else None,
                 "option3": combo[2] if len(combo) > 2 else None, "sku": sku, "requires_shipping": ptype != "Gift Card",
                 "taxable": True, "featured_image": None, "available": qty > 0, "price": vprice, "grams": 200,
                 "compare_at_price": compare, "position": pos, "product_id": pid, "inventory_quantity": qty,
                 "created_at": "2026-09-01T10:00:00+10:00", "updated_at": "2026-11-20T09:30:00+10:00"}
            variants.append(v)
        products.append({
            "id": pid, "title": title, "handle": handle(title), "body_html": body,
            "published_at": "2026-09-01T10:00:00+10:00", "created_at": "2026-09-01T10:00:00+10:00",
            "updated_at": "2026-11-20T09:30:00+10:00", "vendor": vendor, "product_type": ptype, "tags": tags,
            "variants": variants, "images": [],
            "options": [{"name": n, "position": k + 1, "values": list(options[n])} for k, n in enumerate(names)],
        })
    return {"products": products}


if __name__ == "__main__":
    with open(os.path.join(HERE, "products.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
