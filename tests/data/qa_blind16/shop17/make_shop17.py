"""Write products.json for the fictional consumer-audio shop "Loudwave Audio" (Shopify /products.json shape, USD).

Deterministic: ids are derived from the product's position, no randomness. Every fact the questions rely on lives
in this file (prices, stock, body_html). Run: python make_shop17.py  (writes products.json beside this script).
"""
import json
import os

PRODUCT_ID0 = 8123456780000
VARIANT_ID0 = 45123456700000

# (title, handle, vendor, product_type, tags, body_html, options, variants)
# options: list of (name, [values]); variants: list of (option values tuple, price, compare_at, sku, qty)
PRODUCTS = [
    ("Sonara Aria ANC Wireless Over-Ear Headphones", "sonara-aria-anc-wireless-headphones", "Sonara", "Headphones",
     ["headphones", "wireless", "anc", "over-ear", "sale"],
     "<p>Hybrid active noise cancelling over-ear headphones with a warm, detailed sound.</p>"
     "<ul><li>40mm dynamic drivers</li><li>Battery life: up to 38 hours with ANC on, 50 hours with ANC off</li>"
     "<li>Bluetooth 5.3, multipoint (2 devices)</li><li>Codecs: SBC, AAC, LDAC</li><li>Weight: 254 g</li>"
     "<li>USB-C fast charge: 10 minutes gives 5 hours</li></ul>"
     "<p><strong>In the box:</strong> hard carry case, 1.2m USB-C cable, 1.2m 3.5mm audio cable, airplane adapter.</p>"
     "<p><strong>Warranty:</strong> 2 years.</p>",
     [("Color", ["Midnight Black", "Sand", "Sage"])],
     [(("Midnight Black",), "199.00", "249.00", "SNR-ARIA-ANC-BLK", 14),
      (("Sand",), "199.00", "249.00", "SNR-ARIA-ANC-SND", 6),
      (("Sage",), "199.00", "249.00", "SNR-ARIA-ANC-SGE", 0)]),
    ("Sonara Aria Lite Wireless Headphones", "sonara-aria-lite", "Sonara", "Headphones",
     ["headphones", "wireless", "on-ear"],
     "<p>Light on-ear Bluetooth headphones for everyday listening. No active noise cancelling.</p>"
     "<ul><li>40mm drivers</li><li>Battery life: up to 30 hours</li><li>Bluetooth 5.2</li><li>Codecs: SBC, AAC</li>"
     "<li>Weight: 186 g</li><li>Foldable design</li></ul><p>Warranty: 1 year.</p>",
     [("Color", ["Black", "White"])],
     [(("Black",), "89.00", None, "SNR-ARIA-LITE-BLK", 31), (("White",), "89.00", None, "SNR-ARIA-LITE-WHT", 12)]),
    ("Kaito KX-10 Closed-Back Studio Monitor Headphones", "kaito-kx-10-studio-monitor", "Kaito", "Headphones",
     ["headphones", "wired", "studio"],
     "<p>Closed-back studio monitors tuned flat for mixing and tracking.</p>"
     "<ul><li>50mm neodymium drivers</li><li>Impedance: 32 ohm</li><li>Frequency response: 15 Hz - 28 kHz</li>"
     "<li>Detachable cable, 3.5mm plug with 6.35mm screw-on adapter</li><li>Weight: 290 g (without cable)</li></ul>"
     "<p>Choose the 1.2m straight cable or the 3m coiled cable.</p><p>Warranty: 2 years.</p>",
     [("Cable", ["1.2m straight", "3m coiled"])],
     [(("1.2m straight",), "149.00", None, "", 22), (("3m coiled",), "159.00", None, "", 9)]),
    ("Pebble Buds Pro True Wireless ANC Earbuds", "pebble-buds-pro", "Pebble Audio", "Earbuds",
     ["earbuds", "true wireless", "anc"],
     "<p>Noise cancelling true wireless earbuds with a pocketable case.</p>"
     "<ul><li>11mm dynamic drivers</li><li>Battery: 8 hours in the earbuds, 32 hours total with the case</li>"
     "<li>Bluetooth 5.3</li><li>Codecs: SBC, AAC</li><li>IPX5 sweat and water resistance</li>"
     "<li>Weight: 5 g per earbud</li></ul>"
     "<p>In the box: earbuds, charging case (the bundle upgrades to a Qi wireless charging case), "
     "silicone tips S/M/L, USB-C cable.</p><p>Warranty: 1 year.</p>",
     [("Color", ["Graphite", "Ivory", "Ocean Blue"]), ("Bundle", ["Earbuds only", "With wireless charging case"])],
     [(("Graphite", "Earbuds only"), "129.00", None, "PB-PRO-GRA", 18),
      (("Graphite", "With wireless charging case"), "149.00", None, "PB-PRO-GRA-WC", 7),
      (("Ivory", "Earbuds only"), "129.00", None, "PB-PRO-IVO", 11),
      (("Ivory", "With wireless charging case"), "149.00", None, "PB-PRO-IVO-WC", 3),
      (("Ocean Blue", "Earbuds only"), "129.00", None, "PB-PRO-OCB", 5),
      (("Ocean Blue", "With wireless charging case"), "149.00", None, "PB-PRO-OCB-WC", 0)]),
    ("Pebble Buds Go Wireless Earbuds", "pebble-buds-go", "Pebble Audio", "Earbuds",
     ["earbuds", "true wireless", "budget", "sale"],
     "<p>Everyday true wireless earbuds.</p><ul><li>10mm drivers</li>"
     "<li>Battery: 6 hours in the earbuds, 24 hours total with the case</li><li>Bluetooth 5.2</li>"
     "<li>Codec: SBC</li><li>IPX4 splash resistant</li><li>Touch controls</li></ul><p>Warranty: 1 year.</p>",
     [("Color", ["Black", "Mint", "Lilac"])],
     [(("Black",), "49.00", "59.00", "", 40), (("Mint",), "49.00", "59.00", "", 15), (("Lilac",), "49.00", "59.00", "", 0)]),
    ("Rival Sport Open-Ear Earbuds", "rival-sport-open-ear", "Rival", "Earbuds",
     ["earbuds", "sport", "open-ear"],
     "<p>Open-ear earbuds with flexible ear hooks that stay put on runs, so you still hear traffic.</p>"
     "<ul><li>16.2mm drivers</li><li>Battery: 10 hours, 30 hours with case</li><li>Bluetooth 5.3</li>"
     "<li>IP67 dust and water resistant</li><li>Weight: 9 g per earbud</li></ul><p>Warranty: 1 year.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "79.00", None, "RVL-SPORT-OE", 26)]),
    ("Tempo Neckband Bluetooth Earphones", "tempo-neckband", "Tempo", "Earbuds",
     ["earphones", "neckband", "wireless"],
     "<p>Neckband earphones with magnetic earbuds.</p><ul><li>Battery: 14 hours</li><li>Bluetooth 5.0</li>"
     "<li>IPX4</li><li>Weight: 28 g</li></ul><p>Warranty: 1 year.</p>",
     [("Color", ["Black", "Red"])],
     [(("Black",), "39.00", None, "TMP-NB-BLK", 17), (("Red",), "39.00", None, "TMP-NB-RED", 4)]),
    ("Boombloc Mini Waterproof Bluetooth Speaker", "boombloc-mini", "Boombloc", "Bluetooth Speakers",
     ["speaker", "portable", "waterproof", "sale"],
     "<p>A palm-sized speaker that floats and survives the pool.</p><ul><li>5W full-range driver</li>"
     "<li>Battery: 12 hours</li><li>Bluetooth 5.3</li><li>IP67 waterproof and dustproof</li><li>Weight: 280 g</li>"
     "<li>Pair two for stereo</li></ul><p>Includes a USB-C cable and strap.</p><p>Warranty: 1 year.</p>",
     [("Color", ["Coral", "Black", "Teal"])],
     [(("Coral",), "39.99", "49.99", "BB-MINI-CRL", 23), (("Black",), "39.99", "49.99", "BB-MINI-BLK", 35),
      (("Teal",), "39.99", "49.99", "BB-MINI-TEL", 8)]),
    ("Boombloc Max Portable Party Speaker", "boombloc-max", "Boombloc", "Bluetooth Speakers",
     ["speaker", "portable", "party"],
     "<p>Big sound for the park or the backyard.</p><ul><li>2 x 20W drivers plus passive radiators</li>"
     "<li>Battery: 24 hours; doubles as a power bank (USB-A out)</li><li>Bluetooth 5.3</li>"
     "<li>IP67 waterproof and dustproof</li><li>Weight: 1.9 kg</li><li>Dimensions: 28 x 12 x 11 cm</li></ul>"
     "<p>Warranty: 2 years.</p>",
     [("Color", ["Black", "Camo"])],
     [(("Black",), "179.00", None, "BB-MAX-BLK", 12), (("Camo",), "179.00", None, "BB-MAX-CAM", 0)]),
    ("Harbor Home Wi-Fi Smart Speaker", "harbor-home-smart-speaker", "Harbor", "Bluetooth Speakers",
     ["speaker", "home", "wifi"],
     "<p>Room-filling home speaker with Wi-Fi streaming and Bluetooth 5.0.</p>"
     "<ul><li>Supports AirPlay 2 and Spotify Connect</li><li>Mains powered (no battery)</li><li>Weight: 1.4 kg</li></ul>"
     "<p>Warranty: 2 years.</p>",
     [("Color", ["Charcoal", "Chalk"])],
     [(("Charcoal",), "129.00", None, "HBR-HOME-CHA", 10), (("Chalk",), "129.00", None, "HBR-HOME-CHK", 6)]),
    ("Lumen 2.1 Soundbar with Wireless Subwoofer", "lumen-2-1-soundbar", "Lumen", "Soundbars",
     ["soundbar", "tv", "subwoofer"],
     "<p>2.1-channel soundbar with a wireless 6.5-inch subwoofer.</p><ul><li>240W total power</li>"
     "<li>HDMI eARC, optical in, Bluetooth 5.0</li><li>Dolby Digital and DTS decoding (no Dolby Atmos)</li>"
     "<li>Soundbar width: 91 cm</li></ul><p>In the box: soundbar, subwoofer, remote, HDMI cable, wall bracket.</p>"
     "<p>Warranty: 2 years.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "299.00", None, "LMN-SB21", 9)]),
    ("Lumen 2.0 Compact Soundbar", "lumen-2-0-compact-soundbar", "Lumen", "Soundbars",
     ["soundbar", "tv", "sale"],
     "<p>Compact TV soundbar for bedrooms and small rooms.</p><ul><li>80W total power</li>"
     "<li>HDMI ARC, optical in, Bluetooth 5.0</li><li>Width: 61 cm</li></ul><p>Warranty: 1 year.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "149.00", "179.00", "LMN-SB20", 16)]),
    ("Groove Deck T1 Belt-Drive Bluetooth Turntable", "groove-deck-t1", "Groove Deck", "Turntables",
     ["turntable", "vinyl", "bluetooth"],
     "<p>Plug-and-play belt-drive turntable.</p><ul><li>Speeds: 33 1/3 and 45 RPM</li>"
     "<li>Built-in switchable phono preamp</li><li>Bluetooth 5.0 output to wireless speakers and headphones</li>"
     "<li>Pre-mounted moving magnet cartridge</li><li>Aluminium platter, dust cover included</li></ul>"
     "<p>Warranty: 2 years.</p>",
     [("Finish", ["Walnut", "Matte Black"])],
     [(("Walnut",), "249.00", None, "GD-T1-WAL", 5), (("Matte Black",), "249.00", None, "GD-T1-BLK", 13)]),
    ("Groove Deck T3 Direct-Drive Turntable", "groove-deck-t3", "Groove Deck", "Turntables",
     ["turntable", "vinyl", "dj"],
     "<p>Direct-drive turntable with pitch control.</p><ul><li>Speeds: 33 1/3, 45 and 78 RPM</li>"
     "<li>Pitch control +/-8%</li><li>Built-in switchable phono preamp</li><li>USB-B out for digitising records</li>"
     "</ul><p>Warranty: 2 years.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "449.00", None, "GD-T3", 0)]),
    ("Braided 3.5mm Aux Audio Cable", "braided-aux-cable", "Loudwave", "Cables",
     ["cable", "aux", "3.5mm"],
     "<p>Nylon-braided 3.5mm male to male aux cable with gold-plated plugs.</p>"
     "<p>Lengths: 1.2m or 3m.</p><p>Warranty: lifetime.</p>",
     [("Length", ["1.2m", "3m"])],
     [(("1.2m",), "12.99", None, "", 60), (("3m",), "16.99", None, "", 21)]),
    ("USB-C to 3.5mm Headphone Adapter with DAC", "usb-c-headphone-adapter-dac", "Loudwave", "DACs",
     ["dac", "adapter", "usb-c"],
     "<p>Tiny USB-C dongle with a built-in DAC for phones without a headphone jack.</p>"
     "<ul><li>Up to 32-bit/384kHz</li><li>Length: 10 cm</li><li>Works with Android, iPad and Mac</li></ul>"
     "<p>Warranty: 1 year.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "19.00", None, "", 48)]),
    ("Fjord DA-1 Portable USB DAC/Amp", "fjord-da-1", "Fjord", "DACs",
     ["dac", "amp", "portable", "hi-res"],
     "<p>Portable USB-C DAC and headphone amplifier.</p><ul><li>ESS ES9038Q2M DAC chip</li>"
     "<li>Up to 32-bit/768kHz PCM and native DSD512</li><li>Outputs: 3.5mm single-ended and 4.4mm balanced</li>"
     "<li>Output power: 250 mW at 32 ohm (balanced)</li><li>Aluminium body, 22 g</li></ul>"
     "<p>In the box: USB-C to USB-C cable, USB-C to Lightning cable.</p><p>Warranty: 1 year.</p>",
     [("Color", ["Silver", "Black"])],
     [(("Silver",), "129.00", None, "FJ-DA1-SLV", 7), (("Black",), "129.00", None, "FJ-DA1-BLK", 2)]),
    ("Fjord DA-2 Desktop DAC & Headphone Amp", "fjord-da-2", "Fjord", "DACs",
     ["dac", "amp", "desktop"],
     "<p>Desktop DAC/amp with USB, optical and coaxial inputs and RCA line out.</p>"
     "<ul><li>Bluetooth 5.1 receiver with LDAC</li><li>6.35mm and 4.4mm headphone outputs</li></ul>"
     "<p>Warranty: 2 years.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "249.00", None, "FJ-DA2", 4)]),
    ("ComfyFoam Memory Foam Ear Tips (3 Pairs)", "comfyfoam-memory-foam-tips", "ComfyFoam", "Ear Tips",
     ["ear tips", "foam", "accessories"],
     "<p>Slow-rebound memory foam tips that seal better than silicone. Fit most earbuds with a 4-5mm nozzle.</p>"
     "<p>3 pairs per pack, one size per pack.</p><p>Hygiene items: not returnable once opened.</p>",
     [("Size", ["S", "M", "L"])],
     [(("S",), "19.99", None, "CF-TIP-S", 30), (("M",), "19.99", None, "CF-TIP-M", 0), (("L",), "19.99", None, "CF-TIP-L", 12)]),
    ("Silicone Ear Tips Variety Pack (6 Pairs)", "silicone-ear-tips-variety", "Loudwave", "Ear Tips",
     ["ear tips", "silicone", "accessories"],
     "<p>Medical-grade silicone tips, 2 pairs each of S, M and L.</p><p>Hygiene items: not returnable once opened.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "9.99", None, "", 75)]),
    ("Oak Headphone Stand", "oak-headphone-stand", "Loudwave", "Accessories",
     ["stand", "accessories", "wood"],
     "<p>Solid oak stand with a weighted base.</p><ul><li>Height: 27 cm</li><li>Fits all over-ear headphones</li></ul>",
     [("Title", ["Default Title"])], [(("Default Title",), "39.00", None, "LW-STAND-OAK", 19)]),
    ("Sonara Aria Hard Carry Case", "sonara-aria-hard-case", "Sonara", "Accessories",
     ["case", "accessories"],
     "<p>Replacement zip hard case for Aria and Aria Lite headphones.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "24.00", None, "SNR-CASE", 14)]),
    ("Kaito KX-10 Velour Replacement Ear Pads (Pair)", "kaito-kx-10-velour-pads", "Kaito", "Accessories",
     ["ear pads", "accessories"],
     "<p>Velour ear pads for the KX-10, one pair. Softer and cooler than the stock protein leather pads.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "29.00", None, "KT-PAD-VEL", 10)]),
    ("AirLink 2-in-1 Bluetooth Transmitter Receiver", "airlink-bt-transmitter", "AirLink", "Accessories",
     ["bluetooth", "transmitter", "tv"],
     "<p>Send TV audio to wireless headphones, or add Bluetooth to an old stereo.</p>"
     "<ul><li>Bluetooth 5.2</li><li>Codecs: SBC, aptX Low Latency</li><li>Battery: 18 hours</li></ul>"
     "<p>Warranty: 1 year.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "34.99", None, "", 13)]),
    ("Kiddo Volume-Limited Kids Headphones", "kiddo-kids-headphones", "Kiddo", "Headphones",
     ["headphones", "kids", "wired"],
     "<p>Wired kids' headphones with volume limited to 85 dB. For ages 3 and up.</p>"
     "<ul><li>Bendable headband</li><li>Built-in share port</li><li>1.2m cable</li></ul><p>Warranty: 1 year.</p>",
     [("Color", ["Blue", "Pink", "Yellow"])],
     [(("Blue",), "24.99", None, "KD-HP-BLU", 20), (("Pink",), "24.99", None, "KD-HP-PNK", 0),
      (("Yellow",), "24.99", None, "KD-HP-YEL", 9)]),
    ("Raptor G5 Wireless Gaming Headset", "raptor-g5", "Raptor", "Headphones",
     ["headset", "gaming", "wireless"],
     "<p>Low-latency 2.4GHz wireless gaming headset with Bluetooth 5.2.</p>"
     "<ul><li>50mm drivers</li><li>Virtual 7.1 surround</li><li>Detachable boom microphone</li>"
     "<li>Battery: 40 hours</li><li>Works with PC, PS5 and Switch</li></ul><p>Warranty: 2 years.</p>",
     [("Color", ["Black", "White"])],
     [(("Black",), "119.00", "139.00", "RPT-G5-BLK", 15), (("White",), "119.00", "139.00", "RPT-G5-WHT", 6)]),
    ("OFC Speaker Wire 16AWG", "ofc-speaker-wire-16awg", "Loudwave", "Cables",
     ["cable", "speaker wire"],
     "<p>Oxygen-free copper speaker wire, 16 AWG, polarity marked.</p>",
     [("Length", ["5m", "10m", "20m"])],
     [(("5m",), "9.99", None, "", 33), (("10m",), "15.99", None, "", 18), (("20m",), "24.99", None, "", 0)]),
    ("Groove Deck Record Care Kit", "groove-deck-record-care-kit", "Groove Deck", "Accessories",
     ["vinyl", "cleaning", "accessories"],
     "<p>Carbon fibre brush, stylus brush and 100 ml alcohol-free cleaning fluid.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "19.99", None, "GD-CARE", 27)]),
    ("Monolith B5 Powered Bookshelf Speakers (Pair)", "monolith-b5-bookshelf", "Monolith", "Speakers",
     ["speakers", "bookshelf", "powered", "sale"],
     "<p>Active bookshelf speakers for desks and turntables.</p><ul><li>5.25-inch woofers, 1-inch silk dome tweeters</li>"
     "<li>2 x 30W</li><li>Inputs: Bluetooth 5.0, optical, RCA, phono</li><li>Each speaker: 30 x 18 x 22 cm</li></ul>"
     "<p>Warranty: 2 years.</p>",
     [("Color", ["Black", "Walnut"])],
     [(("Black",), "199.00", "229.00", "MN-B5-BLK", 8), (("Walnut",), "199.00", "229.00", "MN-B5-WAL", 3)]),
    ("Pebble Buds Pro Replacement Charging Case", "pebble-buds-pro-charging-case", "Pebble Audio", "Accessories",
     ["case", "earbuds", "accessories"],
     "<p>Standard (wired USB-C) replacement charging case for Pebble Buds Pro. Earbuds not included.</p>",
     [("Title", ["Default Title"])], [(("Default Title",), "39.00", None, "PB-PRO-CASE", 11)]),
]


def build():
    products, vid = [], VARIANT_ID0
    for i, (title, handle, vendor, ptype, tags, body, options, variants) in enumerate(PRODUCTS):
        pid = PRODUCT_ID0 + i * 17
        vs = []
        for pos, (opts, price, compare, sku, qty) in enumerate(variants, start=1):
            vid += 3
            padded = list(opts) + [None] * (3 - len(opts))
            vs.append({"id": vid, "title": " / ".join(opts), "option1": padded[0], "option2": padded[1],
                       "option3": padded[2], "sku": sku, "requires_shipping": True, "taxable": True,
                       "featured_image": None, "available": qty > 0, "price": price, "grams": 0,
                       "compare_at_price": compare, "position": pos, "product_id": pid,
                       "inventory_quantity": qty, "created_at": "2026-09-01T10:00:00-04:00",
                       "updated_at": "2026-11-20T10:00:00-05:00"})
        products.append({"id": pid, "title": title, "handle": handle, "body_html": body,
                         "published_at": "2026-09-01T10:00:00-04:00", "created_at": "2026-09-01T10:00:00-04:00",
                         "updated_at": "2026-11-20T10:00:00-05:00", "vendor": vendor, "product_type": ptype,
                         "tags": sorted(tags), "variants": vs, "images": [],
                         "options": [{"name": n, "position": k, "values": vals}
                                     for k, (n, vals) in enumerate(options, start=1)]})
    return {"products": products}


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "products.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(build(), f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(out, len(PRODUCTS), "products")
