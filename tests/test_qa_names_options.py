"""Naming a product and its options the way chat does, on an outdoor & home Shopify shop
(tests/data/qa/outdoor_shop.json): sizes glued to units, listing words (tags/handle) and head nouns as
names, free-form size values ("Large (90cm)"), sizes by number, age ranges and single ages, pack
sizes, comparing two values of one product, and complete "still available" lists. Each "no" must be a
clear no, and nothing may quote another product's price."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalog import load_catalog
from skills.qa.engine import QAEngine
from skills.qa.matcher import ProductMatcher
from skills.qa.units import split_units

DATA = Path(__file__).resolve().parent / "data" / "qa"


@pytest.fixture(scope="module")
def engine():
    return QAEngine(load_catalog(DATA / "outdoor_shop.json", "USD"))


def ask(engine, question: str):
    return engine.answer(question)


# ------------------------------------------------------------------ number + unit
def test_split_units_spaces_glued_units_only():
    assert split_units("the 75cm ball") == "the 75 cm ball"
    assert split_units("a 45-cm pot") == "a 45 cm pot"
    assert split_units("350ml bottle") == "350 ml bottle"
    assert split_units("1 litre jar") == "1 l jar"
    assert split_units("size 10 in blue") == "size 10 in blue"  # a spaced "in" stays a preposition
    assert split_units("3xl hoodie") == "3xl hoodie"  # a size code is not a unit
    assert "inch" in split_units('13" sleeve')


def test_size_glued_to_unit_names_the_product(engine):
    a = ask(engine, "price of the 30cm planter?")
    assert a.sku == "ceramic-planter-30" and "$24" in a.text and "39" not in a.text
    a = ask(engine, "the 45-cm planter in charcoal, in stock?")
    assert "Charcoal" in a.text and "4 left" in a.text
    assert "12.50" in ask(engine, "500 ml storage jar price").text  # name "500ml", question spaced


def test_a_measure_not_in_the_name_is_a_clear_no(engine):
    a = ask(engine, "is the storage jar 1l?")
    assert a.text.startswith("No") and "1l" in a.text
    # an unknown planter size names neither planter: ask which, never quote one
    a = ask(engine, "ceramic planter 60 cm price?")
    assert "$24" not in a.text and "$39" not in a.text and "which" in a.text


# ------------------------------------------------------------------ listing words and head nouns
def test_tag_and_handle_word_names_the_product(engine):
    a = ask(engine, "thermos price?")  # title "Stainless Food Flask"; tag and handle say thermos
    assert a.sku == "kids-thermos" and "$21" in a.text
    assert ask(engine, "do you have a termos").sku == "kids-thermos"  # one typo, as for title words


def test_tag_of_several_words_is_no_name(engine):
    a = ask(engine, "lunch box price?")  # "lunch box" is a tag of the flask: a description, not its name
    assert "$21" not in a.text


def test_head_noun_of_one_long_title_names_it():
    matcher = ProductMatcher(load_catalog(DATA / "outdoor_shop.json", "USD"))
    assert matcher.best("how much is the hammock") == "backpacking-hammock-2p"
    assert matcher.best("the ripstop?") is None  # a unique word that is not the head noun: too little of the name


def test_head_noun_on_one_side_of_a_comparison(engine):
    text = ask(engine, "hammock or the thermos which is cheaper").text
    assert "$64" in text and "$21" in text and "Stainless Food Flask is $43 cheaper" in text


# ------------------------------------------------------------------ free-form option values
def test_size_word_picks_a_free_form_value(engine):
    a = ask(engine, "dog bed in large, how much")
    assert "$50" in a.text and "$30" not in a.text and "doesn't come" not in a.text
    assert "7 left" in ask(engine, "medium dog bed in stock?").text


def test_two_values_of_one_product_compared(engine):
    a = ask(engine, "difference between the small and large dog bed")
    assert "$30" in a.text and "$50" in a.text and "$20 cheaper" in a.text
    assert "couldn't find" not in a.text


def test_size_by_number_meets_a_prefixed_value(engine):
    a = ask(engine, "trail shoes size 39?")
    assert "EU 39" in a.text and "sold out" in a.text and "EU 38 (2 left)" in a.text and "EU 40 (5 left)" in a.text
    a = ask(engine, "trail shoes in a 44?")
    assert a.text.startswith("No") and "EU 38" in a.text and "in stock" not in a.text


def test_age_range_not_offered_is_a_clear_no(engine):
    a = ask(engine, "does the rain jacket come in 8-9?")
    assert a.text.startswith("No") and "2-3 years" in a.text and "6-7 years" in a.text
    a = ask(engine, "rain jacket age 4-5 in stock?")
    assert "4-5 years" in a.text and "sold out" in a.text and "6-7 years (8 left)" in a.text


def test_single_age_picks_the_range_holding_it(engine):
    a = ask(engine, "rain jacket age 6?")
    assert "6-7 years" in a.text and "8 left" in a.text
    a = ask(engine, "rain jacket for a 9 year old?")
    assert a.text.startswith("No") and "age 9" in a.text


def test_pack_size_not_offered_is_a_clear_no(engine):
    a = ask(engine, "tent pegs 15 piece pack?")
    assert a.text.startswith("No") and "10 pieces" in a.text and "20 pieces" in a.text
    assert "$16" in ask(engine, "tent pegs 20 pieces price").text


# ------------------------------------------------------------------ complete alternatives
def test_still_available_lists_every_size_in_the_colour(engine):
    text = ask(engine, "merino hat in rust M available?").text
    assert "sold out" in text
    for size in ("XS (4 left)", "S (6 left)", "L (3 left)", "XL (8 left)", "XXL (2 left)"):
        assert size in text
    assert "Slate" not in text


def test_a_cut_list_says_how_many_more():
    small = QAEngine(load_catalog(DATA / "outdoor_shop.json", "USD"), max_values=2)
    text = small.answer("merino hat in rust M available?").text
    assert "XS (4 left)" in text and "3 more" in text


def test_container_said_with_a_quantity_is_packaging_not_another_kind(engine):
    # the shop sells bags, but "a 1kg bag" of the trail mix is how the trail mix comes
    a = ask(engine, "summit trail mix 1kg bag how much")
    assert "$14" in a.text and "$8" not in a.text and "$25" not in a.text
    assert "$25" in ask(engine, "roll-top dry bag 20l price").text


def test_one_name_word_then_a_value_other_products_have_is_about_that_option(engine):
    # "merino" names the hat; "knitted" is no head noun of another product when a colour is asked
    a = ask(engine, "can i get the merino knitted in charcoal?")
    assert a.text.startswith("No") and "Charcoal" in a.text and "Rust" in a.text
    assert "couldn't find" in ask(engine, "do you sell merino pillows?").text  # a kind we don't sell


def test_a_title_match_outranks_a_tag_match(engine):
    # "school" is a one-word tag of the flask only, yet the hat is the product named here
    a = ask(engine, "merino hat for school, how much?")
    assert a.sku == "merino-fleece-hat" and "$19" in a.text and "$21" not in a.text


def test_own_value_is_no_no_when_other_products_spell_the_option_otherwise(engine):
    # the mug's option is "Color", the hat's "Colour"; both have Rust
    a = ask(engine, "enamel mug in rust?")
    assert a.text.startswith("Yes") and "4 left" in a.text


def test_attribute_word_in_another_title_does_not_take_the_question(engine):
    # "waterproof" is in the poncho's title, but the gaiters (a tag of the leg covers) are asked about
    a = ask(engine, "are the gaiters waterproof?")
    assert a.sku == "trail-leg-covers" and a.text.startswith("Yes")


def test_attribute_said_by_the_name_itself(engine):
    a = ask(engine, "is the poncho waterproof?")
    assert a.sku == "packable-rain-poncho" and a.text.startswith("Yes")


def test_a_no_in_another_sentence_of_the_line_is_not_the_answer(engine):
    assert ask(engine, "is the poncho machine washable?").text.startswith("Yes")  # "... Do not tumble dry."
    assert ask(engine, "can i tumble dry the poncho?").text.startswith("No")


def test_age_in_months(engine):
    a = ask(engine, "sleep sack for a 4 month old?")
    assert "0-6 months" in a.text and "3 left" in a.text
    a = ask(engine, "sleep sack for a 20 month old?")
    assert a.text.startswith("No") and "6-18 months" in a.text


def test_option_values_said_break_a_tie_between_products_named_alike(engine):
    # "ridgeline" names the gift card and the blanket alike; only the blanket comes in Large
    assert "which" in ask(engine, "the ridgeline?").text.lower()
    a = ask(engine, "is the large ridgeline in stock?")
    assert a.sku != "ridgeline-gift-card" and "Large" in a.text and "6 left" in a.text


def test_size_word_the_product_lacks_is_no_unknown_word(engine):
    a = ask(engine, "how much is the medium ridgeline blanket")
    assert "doesn't come in M" in a.text and "$35" in a.text and "$55" in a.text


def test_generic_head_said_alone_names_the_one_title_ending_in_it(engine):
    a = ask(engine, "how much is the set?")
    assert a.sku == "campfire-cooking-set" and "$45" in a.text


def test_numbered_labels_by_their_number(engine):
    a = ask(engine, "marker paint shade 02 in stock?")
    assert "02 Clay" in a.text and "9 left" in a.text
    a = ask(engine, "do you have the marker paint in 05?")
    assert a.text.startswith("No") and "01 Moss" in a.text


def test_the_names_own_measure_is_a_yes(engine):
    a = ask(engine, "is the storage jar 0.5 litre?")  # "500ml" in the name, said in litres
    assert a.text.startswith("Yes") and "12.50" not in a.text


def test_a_tag_word_after_a_policy_word_is_no_product(engine):
    assert ask(engine, "anything from norway?").sku == "merino-fleece-hat"  # a one-word tag names it
    a = ask(engine, "do you ship to norway?")  # but this is a shipping question, not about the hat
    assert a.sku is None and "$19" not in a.text


def test_two_quantities_of_one_product_compared(engine):
    a = ask(engine, "trail mix 500g or 1kg which is cheaper")
    assert "$8" in a.text and "$14" in a.text and "$6 cheaper" in a.text


def test_sold_out_overview_says_it_once(engine):
    text = ask(engine, "the folding camp table?").text
    assert "$59" in text and text.lower().count("sold out") == 1


def test_a_measure_in_another_amount_than_the_name_is_a_no_in_any_unit(engine):
    a = ask(engine, "the 100w solar panel?")  # the shop has a 60W one: never its price as if it were 100W
    assert a.text.startswith("No") and "$129" not in a.text
    a = ask(engine, "is the power bank 20000 mah?")
    assert a.text.startswith("Yes")
    assert "$45" in ask(engine, "camp power bank 20000 price").text  # "20000 in" is no unit


def test_lengths_as_option_values(engine):
    a = ask(engine, "guy line cord 15m?")
    assert a.text.startswith("No") and "5m" in a.text and "10m" in a.text
    assert "$10" in ask(engine, "guy line 10m price").text


def test_size_word_inside_a_free_form_value(engine):
    a = ask(engine, "alpaca hiking socks in large, how much?")  # "Crew Large (UK 8-11)"
    assert "$15" in a.text and "$14" not in a.text and "doesn't come" not in a.text
    a = ask(engine, "hiking socks medium or large price difference")
    assert "$14" in a.text and "$15" in a.text and "$1 cheaper" in a.text


def test_modifier_and_head_noun_of_a_long_title(engine):
    a = ask(engine, "sunset water bottle price")  # "Insulated Stainless Steel Kids' Water Bottle 500ml"
    assert a.sku and "$18" in a.text
    assert "sold out" in ask(engine, "the water bottle in forest print?").text


def test_a_word_that_says_something_about_a_nickname_is_no_head_noun(engine):
    a = ask(engine, "is the thermos any good?")  # "thermos" (tag) then "good": still the flask
    assert a.sku == "kids-thermos"


def test_a_range_anywhere_in_the_question_is_read_as_the_age(engine):
    a = ask(engine, "rain jacket 6-7 years, how much?")
    assert "$28" in a.text
    a = ask(engine, "is the rain jacket ok 9-10 in stock?")  # no such age: a no, never "yes, in stock"
    assert a.text.startswith("No") and "in stock" not in a.text


def test_bare_numbers_compare_two_values(engine):
    a = ask(engine, "tent pegs 10 or 20 which is cheaper")
    assert "$9" in a.text and "$16" in a.text and "$7 cheaper" in a.text


def test_option_values_alone_ask_which_product_or_use_the_pinned_one(engine):
    a = engine.answer("the sunset one still in stock?")
    assert a.sku is None and "Which one" in a.text
    a = engine.answer("the sunset one still in stock?", pinned_sku="kids-water-bottle")
    assert "Sunset" in a.text and "5 left" in a.text
