"""Generate catalog.yaml for the held-out shop19: "Meeple & Maple", an invented Canadian board game, puzzle and
hobby shop, in the demo catalog's own YAML schema (see /work/shared/data/catalog/README.md). Deterministic: all
prices and stock are written out below. Product titles name real games/brands as a niche shop lists them;
prices (CAD), stock and shop details are invented test data."""
from pathlib import Path

import yaml

CUR = "CAD"


def v(sku, options, stock, price=None):
    d = {"sku": sku, "options": options, "stock": stock}
    if price is not None:
        d["price"] = price
    return d


def p(sku, name, brand, category, price, description, features, attributes, variants):
    handle = "".join(ch if ch.isalnum() else "-" for ch in name.lower())
    while "--" in handle:
        handle = handle.replace("--", "-")
    if not variants:
        variants = [v(sku, {}, 0)]
    return {"sku": sku, "name": name, "brand": brand, "category": category, "price": price, "currency": CUR,
            "url": f"https://meepleandmaple.example/products/{handle.strip('-')}", "handle": handle.strip("-"),
            "description": description, "features": features, "attributes": attributes, "variants": variants,
            "total_stock": sum(x["stock"] for x in variants)}


PRODUCTS = [
    p("MM-CATAN", "Catan (Base Game)", "Catan Studio", "Board Games > Strategy", 64.99,
      "Trade, build and settle the island of Catan. Collect brick, lumber, wool, grain and ore to build roads, "
      "settlements and cities - the first to 10 victory points wins.",
      ["3-4 players", "Play time: 60-120 minutes", "Ages 10+",
       "Box: 29.6 x 29.6 x 7.5 cm",
       "In the box: 19 terrain hexes, 6 sea frame pieces, 9 harbour pieces, 95 resource cards, "
       "25 development cards, 16 cities, 20 settlements, 60 roads, 2 dice, 1 robber, rulebook"],
      {"players": "3-4", "play_time_min": "60-120", "age": "10+", "type": ["Strategy", "Trading"]},
      [v("MM-CATAN-EN", {"Edition": "English"}, 14), v("MM-CATAN-ZH", {"Edition": "Chinese (Simplified)"}, 0)]),
    p("MM-CATAN-56", "Catan 5-6 Player Extension", "Catan Studio", "Board Games > Expansions", 32.99,
      "Adds the pieces and frame for a fifth and sixth player. Requires the Catan base game (not included).",
      ["Expands Catan to 5-6 players", "Requires Catan base game to play", "Ages 10+",
       "In the box: 11 terrain hexes, 28 resource cards, 9 development cards, pieces in green and brown"],
      {"players": "5-6", "requires": "Catan base game", "age": "10+"},
      [v("MM-CATAN-56", {}, 6)]),
    p("MM-TTR", "Ticket to Ride", "Days of Wonder", "Board Games > Family", 69.99,
      "A cross-country train adventure across North America: collect train cards, claim routes and connect cities.",
      ["2-5 players", "Play time: 30-60 minutes", "Ages 8+",
       "In the box: board map of North America, 225 coloured train cars, 144 illustrated cards, 5 wooden scoring markers",
       "Box: 29.8 x 29.8 x 7.4 cm"],
      {"players": "2-5", "play_time_min": "30-60", "age": "8+", "type": ["Family", "Route building"]},
      [v("MM-TTR", {}, 9)]),
    p("MM-AZUL", "Azul", "Next Move Games", "Board Games > Abstract", 49.99,
      "Draft colourful tiles and decorate the walls of the Royal Palace of Evora.",
      ["2-4 players", "Play time: 30-45 minutes", "Ages 8+", "100 resin tiles, 4 player boards, 5 factory displays, "
       "1 cloth bag, 4 scoring markers", "Language-independent components; rulebook in the edition's language"],
      {"players": "2-4", "play_time_min": "30-45", "age": "8+", "tile_material": "resin"},
      [v("MM-AZUL-EN", {"Language": "English"}, 11), v("MM-AZUL-ZH", {"Language": "Chinese"}, 4)]),
    p("MM-WINGSPAN", "Wingspan", "Stonemaier Games", "Board Games > Strategy", 84.99,
      "A competitive, engine-building game about attracting birds to your wildlife preserves.",
      ["1-5 players (includes a solo mode)", "Play time: 40-70 minutes", "Ages 10+",
       "170 unique bird cards, 5 player mats, 103 egg miniatures, custom dice tower birdfeeder",
       "Swift-Start bundle adds the Swift-Start Pack (pre-set hands and guide sheets for a first game)"],
      {"players": "1-5", "play_time_min": "40-70", "age": "10+", "solo_mode": True},
      [v("MM-WINGSPAN-STD", {"Edition": "Standard"}, 7),
       v("MM-WINGSPAN-SSB", {"Edition": "Standard + Swift-Start Pack"}, 3, price=99.99)]),
    p("MM-WINGSPAN-EU", "Wingspan: European Expansion", "Stonemaier Games", "Board Games > Expansions", 34.99,
      "Brings 81 new birds from Europe to Wingspan, with round-end goals and a sixth set of food tokens.",
      ["Requires Wingspan base game", "81 new bird cards", "Adds 5 new end-of-round goal tiles"],
      {"requires": "Wingspan base game"},
      [v("MM-WINGSPAN-EU", {}, 0)]),
    p("MM-CODENAMES", "Codenames", "Czech Games Edition", "Party Games", 27.99,
      "Two rival spymasters give one-word clues to lead their team to the right agents on the grid.",
      ["2-8+ players (best in teams)", "Play time: 15 minutes", "Ages 14+",
       "200 cards with 400 codenames, 25 agent cards, 1 assassin card, 40 key cards, sand timer"],
      {"players": "2-8+", "play_time_min": "15", "age": "14+", "type": ["Party", "Word"]},
      [v("MM-CODENAMES-EN", {"Language": "English"}, 21), v("MM-CODENAMES-ZH", {"Language": "Chinese"}, 0)]),
    p("MM-PANDEMIC", "Pandemic", "Z-Man Games", "Board Games > Cooperative", 59.99,
      "Work together as a team of specialists to treat infections and find cures for four diseases before they spread.",
      ["Cooperative: all players win or lose together", "2-4 players", "Play time: 45 minutes", "Ages 8+",
       "In the box: board, 5 role cards, 48 infection cards, 59 player cards, 96 disease cubes, 6 research stations"],
      {"players": "2-4", "play_time_min": "45", "age": "8+", "cooperative": True},
      [v("MM-PANDEMIC", {}, 5)]),
    p("MM-CARC", "Carcassonne", "Z-Man Games", "Board Games > Family", 44.99,
      "Lay tiles to build a medieval landscape of cities, roads and fields, and place your meeples to score.",
      ["2-5 players", "Play time: 35 minutes", "Ages 7+",
       "72 land tiles, 40 meeples in 5 colours, scoreboard",
       "Includes The River and The Abbot mini expansions"],
      {"players": "2-5", "play_time_min": "35", "age": "7+"},
      [v("MM-CARC", {}, 13)]),
    p("MM-SPLENDOR", "Splendor", "Space Cowboys", "Board Games > Strategy", 49.99,
      "Renaissance gem merchants collect chips to buy mines, transport and shops, and attract the nobles.",
      ["2-4 players", "Play time: 30 minutes", "Ages 10+",
       "40 gem tokens (poker-chip style), 90 development cards, 10 noble tiles"],
      {"players": "2-4", "play_time_min": "30", "age": "10+"},
      [v("MM-SPLENDOR", {}, 2)]),
    p("MM-DIXIT", "Dixit", "Libellud", "Party Games", 44.99,
      "A storytelling game of dreamlike illustrations: give a clue, then guess which card the storyteller played.",
      ["3-8 players", "Play time: 30 minutes", "Ages 8+",
       "84 large illustrated cards, 8 wooden rabbit scoring tokens, 48 voting tokens, score board"],
      {"players": "3-8", "play_time_min": "30", "age": "8+"},
      [v("MM-DIXIT", {}, 8)]),
    p("MM-EK", "Exploding Kittens", "Exploding Kittens", "Card Games", 24.99,
      "A kitty-powered version of Russian roulette: draw cards until someone draws an exploding kitten.",
      ["Original: 2-5 players, 56 cards", "Party Pack: 2-10 players, 110 cards", "Play time: 15 minutes",
       "Ages 7+"],
      {"players": "2-5 (Party Pack 2-10)", "play_time_min": "15", "age": "7+"},
      [v("MM-EK-ORIG", {"Edition": "Original"}, 18), v("MM-EK-PARTY", {"Edition": "Party Pack"}, 6, price=39.99)]),
    p("MM-JAIPUR", "Jaipur", "Space Cowboys", "Card Games", 29.99,
      "A fast two-player trading duel between merchants of Jaipur.",
      ["2 players only", "Play time: 30 minutes", "Ages 10+", "55 goods cards, 11 camel cards, 38 goods tokens"],
      {"players": "2", "play_time_min": "30", "age": "10+"},
      [v("MM-JAIPUR", {}, 10)]),
    p("MM-SUSHIGO", "Sushi Go Party!", "Gamewright", "Card Games", 29.99,
      "Pass the menu, pick the best sushi combos - the deluxe party edition of Sushi Go! in a collectible tin.",
      ["2-8 players", "Play time: 20 minutes", "Ages 8+", "Comes in a metal tin",
       "228 cards, 8 wooden sushi score pieces, 1 menu tile board"],
      {"players": "2-8", "play_time_min": "20", "age": "8+", "packaging": "tin"},
      [v("MM-SUSHIGO", {}, 15)]),
    p("MM-RB-NEUSCH", "Ravensburger Neuschwanstein Castle Jigsaw Puzzle", "Ravensburger", "Jigsaw Puzzles", 21.99,
      "A fairy-tale view of Neuschwanstein Castle in autumn. Softclick technology pieces fit snugly with no "
      "loose fit.",
      ["500 pieces: finished size 49 x 36 cm", "1000 pieces: finished size 70 x 50 cm",
       "2000 pieces: finished size 98 x 75 cm", "Softclick technology", "Made from recycled cardboard",
       "Ages 12+"],
      {"age": "12+", "material": "recycled cardboard"},
      [v("MM-RB-NEUSCH-500", {"Piece count": "500"}, 9),
       v("MM-RB-NEUSCH-1000", {"Piece count": "1000"}, 12, price=27.99),
       v("MM-RB-NEUSCH-2000", {"Piece count": "2000"}, 0, price=39.99)]),
    p("MM-EURO-STARRY", "Eurographics Starry Night 1000-Piece Puzzle", "Eurographics", "Jigsaw Puzzles", 26.99,
      "Vincent van Gogh's The Starry Night, 1000 pieces.",
      ["1000 pieces", "Finished size: 48 x 68 cm", "Reference poster included", "Box: 25 x 35 x 6 cm"],
      {"pieces": 1000, "artist": "Vincent van Gogh"},
      [v("MM-EURO-STARRY", {}, 7)]),
    p("MM-CH-CATNAP", "Cobble Hill Cat Nap Puzzle", "Cobble Hill", "Jigsaw Puzzles", 22.99,
      "Sleepy cats curled up among quilts. Choose easy-handling large pieces or the classic 500-piece cut.",
      ["275 large pieces: finished size 61 x 46 cm (easy handling for little or older hands)",
       "500 pieces: finished size 61 x 46 cm", "Reference poster included", "Made in Canada",
       "Printed with vegetable-based inks on recycled board"],
      {"made_in": "Canada"},
      [v("MM-CH-CATNAP-275", {"Pieces": "275 XL"}, 4), v("MM-CH-CATNAP-500", {"Pieces": "500"}, 0, price=24.99)]),
    p("MM-UNI-WOLF", "Unidragon Wooden Puzzle - Moon Wolf", "Unidragon", "Jigsaw Puzzles > Wooden", 45.99,
      "Laser-cut wooden jigsaw with whimsy pieces in animal shapes, packed in a wooden gift box.",
      ["Medium: 196 pieces, 25 x 30 cm", "King size: 505 pieces, 38 x 47 cm", "Birch plywood, 3 mm thick",
       "Comes in a wooden gift box", "Ages 14+"],
      {"material": "birch plywood", "age": "14+"},
      [v("MM-UNI-WOLF-M", {"Size": "Medium (196 pcs)"}, 6),
       v("MM-UNI-WOLF-K", {"Size": "King Size (505 pcs)"}, 2, price=69.99)]),
    p("MM-PUZMAT", "Roll-Up Puzzle Mat", "Meeple & Maple", "Puzzle Accessories", 24.99,
      "Store an unfinished puzzle: roll it up in the felt mat and pull the drawstrings.",
      ["Fits puzzles up to 1500 pieces", "Felt mat 116 x 66 cm", "Includes inflatable tube and 2 drawstring straps"],
      {"material": "felt"},
      [v("MM-PUZMAT", {}, 17)]),
    p("MM-CHX-GEMINI", "Chessex Gemini Polyhedral 7-Die Set", "Chessex", "Dice", 14.99,
      "Two-colour swirled acrylic dice with inked numbers, for D&D and other tabletop RPGs.",
      ["7 dice: d4, d6, d8, d10, d%, d12, d20", "16 mm dice", "Acrylic", "Plastic storage box included"],
      {"material": "acrylic", "dice_count": 7},
      [v("MM-CHX-GEM-BLUSTEEL", {"Colour": "Blue-Steel w/ white"}, 9),
       v("MM-CHX-GEM-PURTEAL", {"Colour": "Purple-Teal w/ gold"}, 0),
       v("MM-CHX-GEM-BLKRED", {"Colour": "Black-Red w/ white"}, 5)]),
    p("MM-LUD-DRAGON", "Level Up Dice Dragonscale Metal Dice Set", "Level Up Dice", "Dice", 39.99,
      "Heavy zinc-alloy dice with a raised dragon-scale pattern.",
      ["7 dice: d4, d6, d8, d10, d%, d12, d20", "Zinc alloy", "Comes in a magnetic metal tin",
       "Not recommended on glass tables"],
      {"material": "zinc alloy", "dice_count": 7},
      [v("MM-LUD-DRAGON-GOLD", {"Finish": "Antique Gold"}, 3), v("MM-LUD-DRAGON-GUN", {"Finish": "Gunmetal"}, 8)]),
    p("MM-HEXTRAY", "Folding Hex Dice Tray", "Meeple & Maple", "Dice", 19.99,
      "Snaps flat for travel and folds into a hexagon tray that keeps rolls on the table.",
      ["Vegan leather with velvet lining", "Folded: 20 cm across", "Snap buttons"],
      {"material": ["vegan leather", "velvet"]},
      [v("MM-HEXTRAY-BLK", {"Colour": "Black"}, 12), v("MM-HEXTRAY-BRN", {"Colour": "Brown"}, 0)]),
    p("MM-DS-MATTE", "Dragon Shield Matte Sleeves - Standard Size (100)", "Dragon Shield", "Card Sleeves", 13.99,
      "Matte card sleeves for standard-size trading cards (Magic: The Gathering, Pokemon).",
      ["100 sleeves per box", "Standard size: 63 x 88 mm inner", "Acid-free, no PVC", "Reusable deck box included"],
      {"sleeve_size_mm": "63 x 88", "count": 100},
      [v("MM-DS-MATTE-BLK", {"Colour": "Black"}, 22), v("MM-DS-MATTE-JET", {"Colour": "Jet"}, 10),
       v("MM-DS-MATTE-CLR", {"Colour": "Clear"}, 0), v("MM-DS-MATTE-SKY", {"Colour": "Sky Blue"}, 4)]),
    p("MM-MAYDAY", "Mayday Premium Board Game Sleeves", "Mayday Games", "Card Sleeves", 4.99,
      "Clear sleeves sized for board game cards.",
      ["Standard USA: 56 x 87 mm (Ticket to Ride, Pandemic...)", "Mini Euro: 45 x 68 mm",
       "Standard European: 59 x 92 mm", "No Dixit-size (80 x 120 mm) sleeves in this line",
       "Premium: thicker, 100 microns"],
      {"thickness_microns": 100},
      [v("MM-MAYDAY-USA-50", {"Size": "Standard USA 56x87", "Pack": "50"}, 30),
       v("MM-MAYDAY-USA-100", {"Size": "Standard USA 56x87", "Pack": "100"}, 14, price=8.99),
       v("MM-MAYDAY-MINI-100", {"Size": "Mini Euro 45x68", "Pack": "100"}, 0, price=7.99),
       v("MM-MAYDAY-EURO-50", {"Size": "Standard European 59x92", "Pack": "50"}, 9, price=5.49)]),
    p("MM-AP-STARTER", "The Army Painter Warpaints Starter Paint Set", "The Army Painter", "Hobby > Paints", 44.99,
      "Everything to start painting miniatures: ten core colours and a brush.",
      ["10 x 12 ml dropper bottles of acrylic paint", "Includes 1 Regiment brush", "Water-based and non-toxic",
       "Ages 14+"],
      {"paint_type": "acrylic", "bottle_ml": 12},
      [v("MM-AP-STARTER", {}, 5)]),
    p("MM-CIT-BASE", "Citadel Base Paint (12 ml)", "Games Workshop", "Hobby > Paints", 7.25,
      "High-pigment base paint for a solid first coat on miniatures.",
      ["12 ml pot", "Acrylic, water-based", "Clean brushes with water"],
      {"paint_type": "acrylic", "pot_ml": 12},
      [v("MM-CIT-ABADDON", {"Shade": "Abaddon Black"}, 16), v("MM-CIT-MEPHISTON", {"Shade": "Mephiston Red"}, 0),
       v("MM-CIT-MACRAGGE", {"Shade": "Macragge Blue"}, 7), v("MM-CIT-LEADBELCHER", {"Shade": "Leadbelcher"}, 11)]),
    p("MM-NOLZUR-WIZ", "D&D Nolzur's Marvelous Miniatures: Wizards", "WizKids", "Miniatures", 8.99,
      "Two unpainted, primed plastic miniatures ready for painting.",
      ["2 miniatures per pack", "Unpainted and primed", "28 mm scale", "Ages 14+"],
      {"painted": False, "scale": "28 mm"},
      [v("MM-NOLZUR-WIZ", {}, 20)]),
    p("MM-BRUSHES", "Meeple & Maple Detail Brush Set (3-pack)", "Meeple & Maple", "Hobby > Brushes", 16.99,
      "Three synthetic brushes for miniature painting.",
      ["Sizes: 000, 0 and 1", "Synthetic (taklon) bristles", "Triangular grip handles"],
      {"bristles": "synthetic"},
      [v("MM-BRUSHES", {}, 0)]),
]


def main() -> None:
    out = Path(__file__).with_name("catalog.yaml")
    data = {"catalog": {"currency": CUR, "products": PRODUCTS}}
    with out.open("w", encoding="utf-8") as f:
        f.write("# GENERATED by make_shop19.py - held-out test shop, invented prices/stock (CAD)\n")
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=120)
    print(out, len(PRODUCTS), "products", sum(len(x["variants"]) for x in PRODUCTS), "variants")


if __name__ == "__main__":
    main()
