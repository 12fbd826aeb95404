"""Outdoor-gear questions on a Shopify fixture of our own (tests/data/qa/gear_shop.json, EUR): a plain number
asked as a size the product lacks, signed/degree option values ("the -10 one"), the head noun said picking a
product over its accessory, load versus own weight, and short names on both sides of a comparison. Every
"no" must be a clear no; nothing may quote another product's price or a load as a weight."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalog import load_catalog
from skills.qa.engine import QAEngine
from skills.qa.names import accessory_heads, head_noun

DATA = Path(__file__).resolve().parent / "data" / "qa"
WAX = "103"  # product id of the Glide Ski Wax (+2°C / -4°C / -10°C at €12 / €14 / €16.50)


@pytest.fixture(scope="module")
def engine():
    return QAEngine(load_catalog(DATA / "gear_shop.json", "EUR"))


def ask(engine, question: str, pinned: str | None = None):
    return engine.answer(question, None, pinned)


def no_start(text: str) -> bool:
    return text.startswith("No")


# ------------------------------------------------------------------ a number asked as a size
@pytest.mark.parametrize("question", ["does the canyon shorts come in 38?", "are the canyon shorts available in 36?",
                                      "canyon shorts in 38 olive?", "canyon hiking shorts in 38?"])
def test_number_not_offered_is_a_clear_no(engine, question):
    a = ask(engine, question)
    assert no_start(a.text), a.text
    assert "30, 32 and 34" in a.text and "in stock" not in a.text


def test_number_offered_is_the_value(engine):
    a = ask(engine, "do the canyon shorts come in 32?")
    assert a.text.startswith("Yes") and "32" in a.text
    a = ask(engine, "canyon shorts in 32 olive?")
    assert "Olive 32" in a.text and "2 left" in a.text


def test_number_asked_of_a_letter_sized_product_is_a_no(engine):
    a = ask(engine, "does the breeze shell come in 40?")
    assert no_start(a.text) and "S, M and L" in a.text


def test_time_or_count_after_in_is_no_size(engine):
    a = ask(engine, "can I get the canyon shorts in 2 days?")
    assert "doesn't come in 2" not in a.text
    a = ask(engine, "do the canyon shorts come in 2 colours?")
    assert "doesn't come in 2" not in a.text and "Khaki" in a.text


# ------------------------------------------------------------------ signed and degree values
@pytest.mark.parametrize("question, price", [("glide wax -10 price", "€16.50"), ("how much is the minus 4 glide wax", "€14"),
                                             ("glide wax -10c price?", "€16.50"), ("glide wax 2 degree price", "€12"),
                                             ("glide wax +2 price", "€12")])
def test_signed_value_is_picked(engine, question, price):
    a = ask(engine, question)
    assert price in a.text, a.text
    assert all(p not in a.text for p in {"€12", "€14", "€16.50"} - {price})


def test_signed_value_of_the_pinned_product(engine):
    a = ask(engine, "how much is the -10 one?", WAX)
    assert "€16.50" in a.text and "€12" not in a.text and "€14" not in a.text
    a = ask(engine, "the -4 one, in stock?", WAX)
    assert "-4°C" in a.text and "sold out" in a.text and "-10°C (7 left)" in a.text


def test_signed_value_not_offered_is_a_no(engine):
    a = ask(engine, "is there a -20 glide wax?")
    assert no_start(a.text) and "-20°C" in a.text and "+2°C, -4°C and -10°C" in a.text


# ------------------------------------------------------------------ a product and its accessory
def test_accessory_head_noun_is_not_the_products():
    catalog = load_catalog(DATA / "gear_shop.json", "EUR")
    products = list(catalog.products)
    heads = dict(zip((p.name for p in products), accessory_heads(products, [head_noun(p.name) for p in products]),
                     strict=True))
    assert heads["Tent Rainfly Harrier 3P"] == "rainfly"
    assert heads["Harrier 3-Person Tent"] == "tent" and heads["Osprey Peak Tent"] == "tent"


@pytest.mark.parametrize("question, fact", [("how heavy is the harrier tent", "3.4 kg"), ("harrier tent price", "€289")])
def test_head_noun_said_picks_the_product_over_its_accessory(engine, question, fact):
    a = ask(engine, question)
    assert a.sku == "harrier-3p-tent" and fact in a.text and "€59" not in a.text and "900 g" not in a.text


def test_accessory_named_by_its_own_noun(engine):
    a = ask(engine, "harrier rainfly price")
    assert a.sku == "tent-rainfly-harrier-3p" and "€59" in a.text


def test_attribute_word_is_no_brand(engine):
    # "heavy" is what is asked: several tents -> which one, never "we don't carry that"
    a = ask(engine, "how heavy is the tent")
    assert "Harrier 3-Person Tent" in a.text and "Osprey Peak Tent" in a.text and "kg" not in a.text


# ------------------------------------------------------------------ what it holds vs what it weighs
def test_load_question_reads_the_load(engine):
    a = ask(engine, "what's the weight limit of the drift cot")
    assert "130 kg" in a.text and "4.2" not in a.text
    a = ask(engine, "how much weight can the perch stool take")
    assert "110 kg" in a.text and "€" not in a.text


def test_load_yes_no_compares_the_figures(engine):
    assert ask(engine, "can the drift cot hold 150 kg?").text.startswith("No")
    assert ask(engine, "can the drift cot hold 100kg?").text.startswith("Yes")
    assert ask(engine, "can the drift cot hold 400 lbs?").text.startswith("No")  # 181 kg
    a = ask(engine, "can the drift cot take my weight?")  # no figure asked: the fact, no yes/no
    assert "130 kg" in a.text and not a.text.startswith(("Yes", "No"))


def test_own_weight_never_a_load(engine):
    a = ask(engine, "how heavy is the drift cot")
    assert "4.2 kg" in a.text and "130" not in a.text
    a = ask(engine, "how heavy is the perch stool")  # only a max weight listed
    assert "don't know" in a.text and "110" not in a.text
    a = ask(engine, "is the drift cot heavy?")  # a figure is quoted, never judged yes/no
    assert not a.text.startswith(("Yes", "No"))


def test_load_not_listed_is_unknown(engine):
    a = ask(engine, "max load of the harrier tent?")
    assert "don't know" in a.text and "3.4" not in a.text and "€" not in a.text


# ------------------------------------------------------------------ short names in a comparison
def test_short_names_on_both_sides_compare(engine):
    a = ask(engine, "harrier vs osprey price?")
    assert "€289" in a.text and "€239" in a.text and "€59" not in a.text
    assert a.text.index("Harrier") < a.text.index("Osprey")  # in the order said
    a = ask(engine, "harrier vs rainfly price")  # the side that is not the rainfly is the tent
    assert "€289" in a.text and "€59" in a.text


def test_accessory_said_by_the_words_it_shares_asks_which(engine):
    # "harrier 3p" is how the rainfly's title ends, and what a viewer calls the tent: ask, quote no price
    a = ask(engine, "harrier 3p price")
    assert "€59" not in a.text and "€289" not in a.text
    assert "Harrier 3-Person Tent" in a.text and "Tent Rainfly Harrier 3P" in a.text


# ------------------------------------------------------------------ a describing word of the name asked
def test_name_word_asked_is_a_yes_with_the_listing_line(engine):
    a = ask(engine, "is the glide wax hydrocarbon?")  # not in the name: read from the listing, still a yes
    assert a.text.startswith("Yes")
    a = ask(engine, "is the breeze shell windproof?")
    assert a.text.startswith("Yes") and "€" not in a.text
    a = ask(engine, "is the ember lantern rechargeable?")  # the name says so; the listing line says how
    assert a.text.startswith("Yes") and "USB-C" in a.text and "€" not in a.text
    a = ask(engine, "is it rechargeable?", "109")
    assert a.text.startswith("Yes") and "USB-C" in a.text
    a = ask(engine, "are the canyon shorts hiking shorts?")  # the head noun itself: no name-word yes
    assert not a.text.startswith("Yes:")


# ------------------------------------------------------------------ a place the FAQ spells otherwise
@pytest.fixture(scope="module")
def with_faq():
    from skills.qa.faq import load_faq
    return QAEngine(load_catalog(DATA / "gear_shop.json", "EUR"), load_faq(DATA / "gear_faq.yaml"))


@pytest.mark.parametrize("question", ["do you ship to the US?", "can you deliver to america?", "do you ship to the usa"])
def test_place_spelled_otherwise_in_the_faq_is_a_clear_no(with_faq, question):
    a = with_faq.answer(question)
    assert a.text.startswith("No") and "U.S." in a.text, a.text


def test_place_the_faq_names_is_a_yes(with_faq):
    a = with_faq.answer("do you ship to norway?")
    assert a.text.startswith("Yes") and "Norway" in a.text


# ------------------------------------------------------------------ a number read against range values
def test_number_outside_every_range_is_a_no(engine):
    a = ask(engine, "are the loft socks available in 48?")
    assert no_start(a.text) and "36-39, 40-43 and 44-47" in a.text and "available." not in a.text.split(".")[0]
    a = ask(engine, "alpine poles in 145 cm?")
    assert no_start(a.text) and "105-130 cm" in a.text


def test_number_inside_one_range_picks_it(engine):
    a = ask(engine, "loft socks in 41?")
    assert a.text.startswith("Yes") and "40-43" in a.text
    a = ask(engine, "loft socks size 45, in stock?")  # 44-47 is sold out
    assert "44-47" in a.text and "sold out" in a.text
    a = ask(engine, "alpine trekking poles 108cm price")
    assert "€59" in a.text and "€64" not in a.text


def test_number_inside_several_ranges_is_never_a_no(engine):
    a = ask(engine, "do the alpine poles go to 120 cm?")
    assert not no_start(a.text) and "doesn't come in" not in a.text


def test_count_in_the_name_asked_otherwise_is_a_no(engine):
    a = ask(engine, "does the harrier tent come in 2 person?")
    assert no_start(a.text) and "2 person" in a.text
    a = ask(engine, "is the harrier tent 3 person?")
    assert a.text.startswith("Yes")


# ------------------------------------------------------------------ a bare number of a product sized by number
def test_bare_number_not_offered_is_a_no(engine):
    a = ask(engine, "canyon hiking shorts 38 in stock?")
    assert no_start(a.text) and "30, 32 and 34" in a.text


def test_bare_number_offered_is_the_value(engine):
    a = ask(engine, "canyon hiking shorts 34 olive?")
    assert "Olive 34" in a.text and "sold out" in a.text
    a = ask(engine, "2 canyon hiking shorts in 32 please")
    assert "32" in a.text and "doesn't come in 2" not in a.text


def test_bare_number_that_is_a_price_or_comparison_is_no_size(engine):
    for question in ("canyon hiking shorts under 40?", "are the canyon hiking shorts 45 euros?"):
        assert "doesn't come in" not in ask(engine, question).text


def test_letter_sized_product_asked_a_size_number(engine):
    a = ask(engine, "is the breeze wind shell available in size 8?")
    assert no_start(a.text) and "S, M and L" in a.text


def test_count_asked_of_another_product_never_answers_for_the_counted_one(engine):
    # "3 person" is in the Harrier's name, but the Osprey Peak is the product named: never the Harrier alone
    for question in ("does the osprey peak come in 3 person?", "is the osprey peak a 3 person tent?"):
        a = ask(engine, question)
        assert a.sku != "harrier-3p-tent" and "Osprey Peak Tent" in a.text, a.text
    a = ask(engine, "3 person tent price")  # only the count names it: that one
    assert a.sku == "harrier-3p-tent" and "€289" in a.text


def test_listing_saying_the_opposite_is_a_no(engine):
    a = ask(engine, "does the breeze shell come in short sleeve?")
    assert no_start(a.text) and "long-sleeve" in a.text
    assert ask(engine, "is the breeze shell long sleeve?").text.startswith("Yes")


# ------------------------------------------------------------------ the pinned product among several named alike
def test_pinned_product_among_those_named_alike(engine):
    a = ask(engine, "how much is the tent?", "104")  # the Harrier is on screen; the Osprey is a tent too
    assert "€289" in a.text and "€239" not in a.text
    a = ask(engine, "how much is the tent?")  # nothing pinned: ask which
    assert "€" not in a.text and "Osprey Peak Tent" in a.text
    a = ask(engine, "how much for the -10 version", WAX)
    assert "€16.50" in a.text and "€12" not in a.text


def test_which_is_lighter_compares_weights_not_prices(engine):
    a = ask(engine, "harrier tent vs osprey peak which is lighter?")
    assert "3.4 kg" in a.text and "2.6 kg" in a.text and "€" not in a.text
