"""Facts in free prose asked by their class ("what metal", "how long", "how much does it hold", "what's in the
box"), and comparisons whose sides are clipped names ("chrono" for Chronograph). A made-up home & gift shop,
written here as a Shopify products.json export."""

from __future__ import annotations

import json

import pytest

from bot.catalog import load_catalog
from skills.qa.engine import QAEngine


def _product(pid: int, title: str, body: str, price: str = "20.00", ptype: str = "") -> dict:
    return {"id": pid, "title": title, "handle": title.lower().replace(" ", "-"), "body_html": body,
            "product_type": ptype, "vendor": "Fernhill", "tags": [],
            "options": [{"name": "Title", "values": ["Default Title"]}],
            "variants": [{"id": pid * 10, "sku": f"FH-{pid}", "price": price, "option1": "Default Title",
                          "inventory_quantity": 4, "inventory_management": "shopify"}]}


PRODUCTS = [
    _product(1, "Selene Half Band", "<p>3mm band in <strong>platinum 950</strong>, half set with 0.40ct of diamonds.</p>",
             "640.00", "Rings"),
    _product(2, "Marina Rope Anklet", "<p>Sterling silver rope chain anklet, 24cm with a 4cm extender.</p>", "45.00",
             "Anklets"),
    _product(3, "Polishing Mitt", "<p>Soft impregnated mitt. Restores shine to silver and gold. Not for plated pieces.</p>",
             "8.00", "Care"),
    _product(4, "Quay Canvas Tote", "<p>Sturdy tote woven from organic cotton canvas. 42 x 36 x 14cm, holds 20 litres.</p>"
             "<ul><li>Care: machine wash on wool cycle</li></ul>", "30.00", "Bags"),
    _product(5, "Vesper Soy Candle", "<p>Hand-poured soy wax candle in a glass jar. Burn time approx. 45 hours.</p>",
             "22.00", "Candles"),
    _product(6, "Cove Bluetooth Speaker", "<p>Splashproof speaker with up to 14 hours of playtime.</p>"
             "<p>In the box: speaker, USB-C cable, lanyard.</p>", "59.00", "Audio"),
    _product(7, "Oakline Wall Shelf", "<p>Floating shelf in solid oak, 70cm wide and 22cm deep.</p>", "48.00", "Home"),
    _product(8, "Drift Storage Crate", "<p>Stackable crate, 40 x 30 x 25cm. Packed flat: 40 x 30 x 3cm.</p>", "18.00",
             "Home"),
    _product(9, "Pebble Hoop Earrings", "<p>Hinged hoops in solid 9ct gold, 14mm across.</p>", "120.00", "Earrings"),
    _product(10, "Tern Power Bank", "<p>Slim 12000mAh power bank with 30W USB-C output.</p>", "39.00", "Tech"),
    _product(11, "Harbor Field Watch", "<p>39mm steel case on a canvas strap. Water resistant to 100m.</p>", "149.00",
             "Watches"),
    _product(12, "Harbor Chronograph", "<p>42mm chronograph on a leather strap.</p>", "189.00", "Watches"),
    _product(13, "Reef Dive Watch", "<p>Automatic dive watch with a ceramic bezel.</p>", "229.00", "Watches"),
    _product(14, "Nomad Card Wallet", "<p>Slim card wallet in vegan leather.</p>", "25.00", "Accessories"),
    _product(15, "Lumen Reading Lamp", "<p>Dimmable LED lamp. Stands 40cm tall.</p>", "35.00", "Lighting"),
    _product(16, "Autumn Throw", "<p>Chunky knit throw.</p>", "55.00", "Home"),
    _product(17, "Automatic Pepper Mill", "<p>Battery pepper mill.</p>", "29.00", "Kitchen"),
    _product(18, "Chronicle Notebook", "<p>Dot-grid notebook.</p>", "12.00", "Stationery"),
    _product(20, "Harbour Jigsaw - 500 Pieces", "<p>A harbour at dusk. Finished size 49 x 36cm.</p>", "19.00", "Puzzles"),
    _product(22, "Highland Coffee Beans", "<p>Grown at 1,800 m. Brew 15 g with 250 ml water.</p>", "14.00", "Coffee"),
    _product(23, "Velvet Lip Tint", "<p>Long-wear tint with a satin finish. Contains fragrance.</p>", "16.00", "Beauty"),
    _product(24, "Summit Water Bottle", "<p>Insulated bottle, holds 750ml of water. Stands 26cm tall.</p>", "24.00",
             "Bottles"),
    _product(25, "Daily Volume Mascara", "<p>Buildable volume.</p>", "11.00", "Mascara"),
    _product(26, "Waterproof Curl Mascara", "<p>Holds a curl all day.</p>", "19.00", "Mascara"),
    _product(27, "Fan Blush Brush", "<p>Soft fan brush.</p><ul><li>Natural goat hair bristles</li>"
             "<li>Handle: lacquered birch wood</li></ul>", "14.00", "Brushes"),
    {**_product(28, "Nordic Whey Isolate", "<p>Cold-filtered whey.</p>", "36.00", "Protein"),
     "options": [{"name": "Flavour", "values": ["Chocolate Fudge", "Vanilla Bean"]}],
     "variants": [{"id": 280 + k, "sku": f"FH-28-{k}", "price": "36.00", "option1": v, "inventory_quantity": q,
                   "inventory_management": "shopify"} for k, (v, q) in enumerate([("Chocolate Fudge", 0),
                                                                                  ("Vanilla Bean", 9)])]},
    _product(21, "Picnic Set", "<p>Wicker hamper for four: 4 plates, 4 cups and a cotton blanket.</p>", "65.00", "Home"),
    {**_product(19, "Lark Box Chain", "<p>Fine 1.2mm box chain. Lengths measured end to end.</p>", "60.00", "Necklaces"),
     "options": [{"name": "Length", "values": ['16"', '18"', '20"']}],
     "variants": [{"id": 190 + k, "sku": f"FH-19-{k}", "price": "60.00", "option1": v, "inventory_quantity": 3,
                   "inventory_management": "shopify"} for k, v in enumerate(['16"', '18"', '20"'])]},
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    path = tmp_path_factory.mktemp("prose") / "products.json"
    path.write_text(json.dumps({"products": PRODUCTS}), encoding="utf-8")
    return QAEngine(load_catalog(path, "GBP"))


def ask(engine, question: str) -> str:
    return engine.answer(question).text


def doesnt_say(text: str) -> bool:
    return "doesn't say" in text


# ------------------------------------------------------------------ materials by class
@pytest.mark.parametrize("question", ["what metal is the selene half band", "what is the selene half band made of",
                                      "selene half band material?"])
def test_metal_read_from_prose(engine, question):
    assert "platinum" in ask(engine, question)


def test_metal_vs_other_classes(engine):
    assert "gold" in ask(engine, "what metal are the pebble hoop earrings")
    assert "oak" in ask(engine, "what wood is the oakline wall shelf")
    text = ask(engine, "what fabric is the quay canvas tote")
    assert "cotton" in text and "wool" not in text  # "on wool cycle" is care, not the fabric


def test_material_not_read_from_what_it_is_for(engine):
    # "restores shine to silver and gold" says what the mitt is for, not what it is made of
    text = ask(engine, "what metal is the polishing mitt")
    assert doesnt_say(text) and "silver" not in text


def test_material_class_absent(engine):
    text = ask(engine, "what metal is the quay canvas tote")
    assert doesnt_say(text) and "cotton" not in text


def test_material_yes_no(engine):
    assert ask(engine, "is the quay canvas tote cotton?").startswith("Yes")
    assert not ask(engine, "is the quay canvas tote leather?").startswith("Yes")
    assert not ask(engine, "is the nomad card wallet leather?").startswith("Yes")  # vegan leather is no leather


# ------------------------------------------------------------------ lengths and other dimensions
def test_length_standalone_figure(engine):
    text = ask(engine, "how long is the marina rope anklet")
    assert "24cm" in text and not doesnt_say(text)


def test_length_not_from_a_parts_width(engine):
    # "3mm band" measures the band's width, not a length
    assert doesnt_say(ask(engine, "how long is the selene half band"))


def test_dimension_absent_is_not_guessed_from_another_number(engine):
    text = ask(engine, "how wide is the marina rope anklet")
    assert doesnt_say(text) and "24" not in text
    text = ask(engine, "how tall is the oakline wall shelf")
    assert doesnt_say(text) and "70" not in text and "22" not in text


def test_labelled_dimensions(engine):
    assert "70cm wide" in ask(engine, "how wide is the oakline wall shelf")
    assert "22cm deep" in ask(engine, "how deep is the oakline wall shelf")
    assert "40cm tall" in ask(engine, "how tall is the lumen reading lamp")
    assert "14mm across" in ask(engine, "how big are the pebble hoop earrings")


def test_dimensions_group_and_packed_size(engine):
    text = ask(engine, "how tall is the drift storage crate")
    assert "40 x 30 x 25cm" in text and "Packed" not in text
    assert "42 x 36 x 14cm" in ask(engine, "what are the dimensions of the quay canvas tote")


def test_length_sold_as_an_option_lists_its_values(engine):
    text = ask(engine, "how long is the lark box chain")
    assert '16"' in text and '20"' in text and "1.2mm" not in text


def test_what_size_without_a_size_option_reads_the_dimensions(engine):
    assert "40 x 30 x 25cm" in ask(engine, "what size is the drift storage crate")


def test_a_dimensions_group_gives_no_diameter(engine):
    assert doesnt_say(ask(engine, "what's the diameter of the drift storage crate"))


def test_water_resistance_depth_is_no_length(engine):
    text = ask(engine, "how long is the harbor field watch")
    assert doesnt_say(text) and "100" not in text


# ------------------------------------------------------------------ "how long": length or duration
def test_how_long_is_a_product_with_only_a_duration(engine):
    text = ask(engine, "how long is the vesper soy candle")
    assert doesnt_say(text) and "45" not in text


def test_how_long_does_it_burn(engine):
    assert "45 hours" in ask(engine, "how long does the vesper soy candle burn")
    assert "45 hours" in ask(engine, "what's the burn time of the vesper candle")


def test_battery_life(engine):
    assert "14 hours" in ask(engine, "how long does the cove speaker battery last")
    assert "14 hours" in ask(engine, "cove bluetooth speaker battery life?")


def test_duration_never_answered_with_a_length(engine):
    text = ask(engine, "how long does the marina rope anklet last")
    assert doesnt_say(text) and "24" not in text


# ------------------------------------------------------------------ capacity, power, battery, what's included
def test_capacity(engine):
    text = ask(engine, "how much does the quay canvas tote hold")
    assert "20 litres" in text and "£" not in text  # never read as "how much is it"


def test_capacity_absent_is_no_price(engine):
    text = ask(engine, "how much does the drift storage crate hold")
    assert doesnt_say(text) and "£" not in text


def test_load_is_not_capacity(engine):
    text = ask(engine, "how much weight can the oakline wall shelf hold")
    assert "load" in text and "70" not in text


def test_battery_and_power(engine):
    assert "12000mAh" in ask(engine, "what's the battery capacity of the tern power bank")
    assert "30W" in ask(engine, "what's the wattage of the tern power bank")
    assert "12000mAh" in ask(engine, "what's the capacity of the tern power bank")


@pytest.mark.parametrize("question", ["what's in the box with the cove speaker", "what comes with the cove speaker",
                                      "what's included with the cove bluetooth speaker"])
def test_whats_included(engine, question):
    text = ask(engine, question)
    assert "lanyard" in text and "£" not in text


def test_whats_included_absent(engine):
    text = ask(engine, "what comes with the oakline wall shelf")
    assert doesnt_say(text) and "£" not in text


# ------------------------------------------------------------------ comparisons with clipped names
@pytest.mark.parametrize("question", ["harbor chrono vs reef dive, which is cheaper",
                                      "chrono vs reef dive watch which is cheaper"])
def test_clipped_side_names_its_product(engine, question):
    text = ask(engine, question)
    assert "189" in text and "229" in text


def test_clip_of_one_name_word_each(engine):
    text = ask(engine, "auto vs autumn throw, which is cheaper")
    assert "29" in text and "55" in text


def test_clip_of_several_name_words_asks(engine):
    # "chron" begins both Chronograph and Chronicle: that side is not read as either
    text = ask(engine, "chron vs reef dive watch which is cheaper")
    assert "189" not in text and "12" not in text


def test_a_length_value_asked_with_stock_is_a_stock_question(engine):
    text = ask(engine, "any 20 inch length left in the lark box chain?")
    assert "in stock" in text and '20"' in text


def test_metal_colour_word_of_a_product_with_no_such_option(engine):
    # no Gold / Silver option: the metal it is made of answers, never "doesn't come in Silver"
    assert ask(engine, "are the pebble hoop earrings gold?").startswith("Yes")
    text = ask(engine, "are the pebble hoop earrings silver?")
    assert "9ct gold" in text and not text.startswith(("Yes", "No"))


def test_how_big_reads_a_figure_before_the_product_noun(engine):
    # "39mm steel case": the case asked; the water resistance depth is never the size
    text = ask(engine, "how big is the harbor field watch case")
    assert "39mm" in text
    assert doesnt_say(ask(engine, "how big is the reef dive watch"))


def test_how_many_of_a_thing_is_a_count_not_the_stock(engine):
    text = ask(engine, "how many pieces does the harbour jigsaw have")
    assert "500" in text and "in stock" not in text and "available" not in text
    assert "4 cups" in ask(engine, "how many cups come with the picnic set")
    text = ask(engine, "how many knives come with the picnic set")
    assert doesnt_say(text) and "4" not in text


def test_how_many_left_is_still_the_stock(engine):
    assert "4 left" in ask(engine, "how many harbour jigsaws are left")


def test_how_many_in_a_pack(engine):
    assert "4 plates" in ask(engine, "how many plates in the picnic set")
    text = ask(engine, "how many in a pack of the harbour jigsaw")
    assert "500 Pieces" in text and "in stock" not in text
    assert doesnt_say(ask(engine, "how many in a pack of the lark box chain"))


def test_clipped_name_word_beside_another_name_word(engine):
    assert "189" in ask(engine, "how much is the harbor chrono")
    assert "29" in ask(engine, "automatic pepper price") and "29" in ask(engine, "auto pepper mill price")
    assert "189" not in ask(engine, "how much is the chrono")  # a clip alone names nothing outside a comparison


def test_class_phrase_words_name_no_product(engine):
    # "box" and "battery" are what is asked: the pinned product answers
    assert "lanyard" in engine.answer("what's in the box?", pinned_sku="FH-6").text
    assert "14 hours" in engine.answer("how long does the battery last?", pinned_sku="FH-6").text
    # another brand's word beside the class phrase is still another brand
    assert "20 litres" not in ask(engine, "how much does the lululemon tote hold")


def test_how_long_does_it_last_or_take(engine):
    assert "45 hours" in ask(engine, "how long does the vesper candle last")
    text = ask(engine, "how long does the cove speaker take to charge")
    assert doesnt_say(text) and "14" not in text  # a run time is no charging time


def test_figures_of_where_it_grows_or_how_to_use_it_are_no_size(engine):
    for question in ("how big is the highland coffee beans", "how much does the highland coffee beans hold"):
        text = ask(engine, question)
        assert doesnt_say(text) and "1,800" not in text and "250" not in text, question


def test_a_finish_or_an_ingredient_is_no_material_nor_box_content(engine):
    assert doesnt_say(ask(engine, "what material is the velvet lip tint"))
    assert doesnt_say(ask(engine, "what's in the box with the velvet lip tint"))


def test_water_in_a_bottles_listing_is_no_water_resistance(engine):
    assert "750ml" in ask(engine, "how much does the summit water bottle hold")
    assert "26cm tall" in ask(engine, "how tall is the summit water bottle")


@pytest.mark.parametrize("question", ["which is longer, the marina rope anklet or the lark box chain",
                                      "is the marina rope anklet longer than the lark box chain"])
def test_comparing_a_class_gives_each_ones_fact_never_prices(engine, question):
    text = ask(engine, question)
    assert "24cm" in text and '18"' in text and "£" not in text


def test_comparing_metals(engine):
    text = ask(engine, "what metal is the selene half band vs the pebble hoop earrings")
    assert "platinum" in text and "9ct gold" in text and "£" not in text


def test_counting_the_product_itself_reads_its_pack_size(engine):
    # "how many jigsaw pieces" names the noun phrase's head; a thing the name counts is its pack size
    assert "500" in ask(engine, "how many jigsaw pieces do you get with the harbour jigsaw")


def test_a_kind_word_frames_the_comparison_and_a_lone_word_names_the_other_side(engine):
    text = ask(engine, "which mascara is cheaper, daily volume or the waterproof one?")
    assert "11" in text and "19" in text


def test_a_part_asked_finds_its_own_material(engine):
    assert "goat hair" in ask(engine, "what are the bristles on the fan blush brush made of")
    assert "birch" in ask(engine, "what is the handle of the fan blush brush made of")


def test_a_clipped_option_value_beside_the_name(engine):
    text = ask(engine, "choc fudge whey isolate in stock?")
    assert "Chocolate Fudge" in text and "sold out" in text


def test_bigger_than_a_figure_is_no_comparison(engine):
    text = ask(engine, "does the summit water bottle come bigger than 750ml?")
    assert "compare" not in text
