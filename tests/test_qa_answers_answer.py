"""An answer must ANSWER what was asked: a quoted listing line that only shares words with the question
("Contains alcohol" for "alcohol percentage?") is no answer, and a yes/no question answered from a line
leads with the yes or no. A made-up gift shop, written here as a Shopify products.json export."""

from __future__ import annotations

import json

import pytest

from bot.catalog import load_catalog
from skills.qa.answers_asked import affirms, count_outside, figure_class, figure_missing
from skills.qa.engine import QAEngine


def _product(pid: int, title: str, body: str, price: str = "20.00", ptype: str = "") -> dict:
    return {"id": pid, "title": title, "handle": title.lower().replace(" ", "-"), "body_html": body,
            "product_type": ptype, "vendor": "Wrenfield", "tags": [],
            "options": [{"name": "Title", "values": ["Default Title"]}],
            "variants": [{"id": pid * 10, "sku": f"WF-{pid}", "price": price, "option1": "Default Title",
                          "inventory_quantity": 5, "inventory_management": "shopify"}]}


PRODUCTS = [
    _product(1, "Harbor Zip Hoodie", "<p>Brushed fleece hoodie.</p><ul><li>Material: organic cotton, recycled "
             "polyester</li></ul>", "64.00", "Hoodies"),
    _product(2, "Loom Crew Tee", "<p>Midweight jersey tee.</p><ul><li>Fabric weight: 180 gsm</li></ul>", "28.00", "Tees"),
    _product(3, "Cedar Beard Tonic", "<p>Refreshing tonic for beard and skin.</p><ul><li>Contains alcohol: avoid on "
             "broken skin</li></ul>", "19.00", "Grooming"),
    _product(4, "Juniper Room Spray", "<p>Room spray.</p><ul><li>Alcohol: 70% denatured</li></ul>", "15.00", "Home"),
    _product(5, "Atlas Record Player", "<p>Belt-drive turntable.</p><ul><li>Built-in switchable phono preamp</li>"
             "<li>Speed: 33 and 45 rpm</li></ul>", "249.00", "Turntables"),
    {**_product(7, "Aegis Card Sleeves - Standard Size (60)", "<p>Matte sleeves.</p><ul><li>Standard size: 66 x 91 mm"
                "</li><li>Acid-free</li></ul>", "9.00", "Sleeves"),
     "options": [{"name": "Colour", "values": ["Black", "Clear"]}],
     "variants": [{"id": 70 + k, "sku": f"WF-7-{k}", "price": "9.00", "option1": v, "inventory_quantity": 3,
                   "inventory_management": "shopify"} for k, v in enumerate(["Black", "Clear"])]},
    _product(8, "Vetiver Dusk Eau de Toilette", "<p>Smoky vetiver.</p><ul><li>Top notes: grapefruit</li>"
             "<li>Base notes: vetiver, oakmoss, musk</li></ul>", "70.00", "Fragrance"),
    _product(9, "Vetiver Dusk Candle 200g", "<p>The same scent for the home.</p><ul><li>Burn time: 40 hours</li></ul>",
             "32.00", "Home Fragrance"),
    _product(10, "Vetiver Dusk Shower Gel", "<p>Lightly scented gel.</p><ul><li>Sulphate-free</li></ul>", "18.00",
             "Bath"),
    {**_product(11, "Koi Buds Pro Wireless Earbuds", "<p>Earbuds.</p>", "99.00", "Earbuds"),
     "options": [{"name": "Bundle", "values": ["Earbuds only", "With wireless charging case"]}],
     "variants": [{"id": 110 + k, "sku": f"WF-11-{k}", "price": pr, "option1": v, "inventory_quantity": 3,
                   "inventory_management": "shopify"}
                  for k, (v, pr) in enumerate([("Earbuds only", "99.00"), ("With wireless charging case", "119.00")])]},
    _product(12, "Koi Buds Pro Replacement Charging Case", "<p>A spare case.</p>", "29.00", "Accessories"),
    {**_product(13, "Amber Leaf", "<p>Warm amber.</p>", "50.00", "Fragrance"),
     "options": [{"name": "Concentration", "values": ["EDT", "EDP"]}, {"name": "Size", "values": ["50ml", "100ml"]}],
     "variants": [{"id": 130 + k, "sku": f"WF-13-{k}", "price": pr, "option1": c, "option2": z, "inventory_quantity": 3,
                   "inventory_management": "shopify"}
                  for k, (c, z, pr) in enumerate([("EDT", "50ml", "51.00"), ("EDT", "100ml", "77.00"),
                                                  ("EDP", "50ml", "83.00"), ("EDP", "100ml", "121.00")])]},
    _product(6, "Spice Route Card Game", "<p>A trading duel.</p><ul><li>Players: 2</li><li>Playtime: 30 minutes</li>"
             "</ul>", "24.00", "Games"),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    path = tmp_path_factory.mktemp("answers") / "products.json"
    path.write_text(json.dumps({"products": PRODUCTS}), encoding="utf-8")
    return QAEngine(load_catalog(path, "GBP"))


def ask(engine, question: str, pinned: str | None = None) -> str:
    return engine.answer(question, pinned_sku=pinned).text


# ---------------------------------------------------------------- the class of figure asked
def test_figure_class_reads_the_most_specific_class():
    assert figure_class("what's the fabric weight (gsm) of it?") == "grammage"
    assert figure_class("whats the alcohol percentage") == "percent"
    assert figure_class("how heavy are these") == "weight"
    assert figure_class("what colour is it") is None


def test_a_figure_in_the_product_name_is_no_figure_of_the_line():
    assert figure_missing("how heavy is it?", "Candle 220g: hand poured.", "Candle 220g", "en")
    assert figure_missing("how heavy is it?", "Candle: weighs 220 g.", "Candle", "en") is None


def test_material_is_no_answer_to_grams_per_square_metre(engine):
    text = ask(engine, "what's the fabric weight (gsm) of the harbor zip hoodie?")
    assert text.startswith("Sorry") and "cotton" not in text.lower()
    assert "180" in ask(engine, "what's the fabric weight (gsm) of the loom crew tee?")


def test_contains_alcohol_is_no_percentage(engine):
    text = ask(engine, "whats the alcohol percentage in the cedar beard tonic")
    assert text.startswith("Sorry") and "Contains alcohol" not in text
    assert "70%" in ask(engine, "whats the alcohol percentage in the juniper room spray")


# ---------------------------------------------------------------- yes / no from a quoted line
def test_a_line_naming_every_word_asked_is_a_yes(engine):
    text = ask(engine, "does the atlas record player have a built in preamp? no amp at home")
    assert text.startswith("Yes") and "preamp" in text
    assert affirms("does it have a built in preamp?", "Built-in switchable phono preamp", "Atlas Record Player")
    assert not affirms("does it have a bluetooth preamp?", "Built-in switchable phono preamp", "Atlas Record Player")


def test_a_number_outside_the_listed_count_is_a_no(engine):
    text = ask(engine, "can we play this with 4 ppl?", pinned="WF-6")
    assert text.startswith("No") and "2" in text
    assert not ask(engine, "can we play this with 2 ppl?", pinned="WF-6").startswith("No")
    assert count_outside("can we play with four?", "Players: 2-3", "Game")
    assert not count_outside("can we play with 3?", "Players: 2-4", "Game")
    assert not count_outside("can it hold 4?", "Holds up to 6", "Box")  # open-ended: not a closed count
    assert not count_outside("can it take 4 litres?", "Capacity: 5 L", "Pot")  # a measure, not a count


# ---------------------------------------------------------------- the noun asked, though the name holds it
def test_what_size_is_the_listed_size_not_the_colours_or_the_price(engine):
    text = ask(engine, "what size r the aegis card sleeves")
    assert "66 x 91" in text and "£" not in text and "Black" not in text


# ---------------------------------------------------------------- several share the name, one listing tells
def test_the_one_listing_with_the_asked_words_answers_never_yes_we_have(engine):
    text = ask(engine, "what are the base notes of vetiver dusk")
    assert "oakmoss" in text and not text.startswith("Yes, we have")
    assert not ask(engine, "what's the scent of vetiver dusk").startswith("Yes, we have")


# ---------------------------------------------------------------- a product named with one of its options
def test_product_with_its_option_is_that_option_not_the_accessory(engine):
    text = ask(engine, "how much r the koi buds pro with the wireless charging case")
    assert "119" in text and "29" not in text
    assert "29" in ask(engine, "how much is the koi buds pro replacement charging case")


def test_two_values_compared_at_the_other_option_said(engine):
    text = ask(engine, "amber leaf 50ml edt vs edp whats the price difference")
    assert "51" in text and "83" in text and "77" not in text and "121" not in text


# ---------------------------------------------------------------- the FAQ entry that names the asked case
def test_opened_earbuds_get_the_hygiene_entry_not_the_general_returns(tmp_path):
    from skills.qa.faq import load_faq

    faq = tmp_path / "faq.yaml"
    faq.write_text("""faq:
  - id: returns
    topic: returns
    question: What is your return policy?
    answer: Unused items in their original packaging can be returned within 30 days.
  - id: hygiene
    topic: returns
    question: Can I return earbuds after opening them?
    answer: For hygiene reasons, earbuds cannot be returned once the seal is opened, unless faulty.
""", encoding="utf-8")
    path = tmp_path / "products.json"
    path.write_text(json.dumps({"products": [_product(1, "Koi Wireless Earbuds", "<p>Earbuds.</p>", "59.00", "Earbuds")]}),
                    encoding="utf-8")
    engine = QAEngine(load_catalog(path, "GBP"), load_faq(faq))
    assert "hygiene" in engine.answer("耳塞拆封了还能退吗").text


# ---------------------------------------------------------------- a maker we cannot read owns the product asked
def test_an_unread_brand_before_de_is_not_our_product(engine):
    text = engine.answer("有没有索尼的降噪耳机").text
    assert "Koi" not in text and "£" not in text


def test_frost_proof_asks_no_percentage():
    assert figure_class("terracotta pots frost proof? want to leave them out") is None
