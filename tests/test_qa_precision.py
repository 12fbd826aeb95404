"""Confident wrong answers a blind evaluator found: a product taken from a modifier word only, and
a how-many-metres question answered with the price or a bare "Yes"."""

from __future__ import annotations

import pytest

from bot.catalog import load_catalog
from skills.qa.engine import QAEngine

CATALOG = """
catalog:
  shop: Test outdoor and pet shop
  currency: USD
  products:
  - sku: T1
    name: Reef Dive Watch
    category: Accessories > Watches
    price: 210
    stock: 4
    features:
    - Sapphire crystal
    - Water resistant to 100 meters
  - sku: T2
    name: Bird Feather Teaser
    category: Pets > Cat Toys
    price: 6
    stock: 9
    description: A wand teaser with real feathers.
  - sku: T3
    name: Trail Headlamp
    category: Outdoor > Lights
    price: 40
    stock: 7
    description: The beam reaches 80 m on high. Runs for 6 hours per charge.
    features:
    - Rechargeable battery
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    path = tmp_path_factory.mktemp("qa") / "catalog.yaml"
    path.write_text(CATALOG, encoding="utf-8")
    return QAEngine(load_catalog(path))


def test_how_many_metres_is_a_figure_not_the_price_nor_a_yes(engine):
    for question in ("这块表防水多少米", "how many meters?", "how many metres waterproof is it?",
                     "waterproof to how many meters"):
        answer = engine.answer(question, pinned_sku="T1")
        assert "100 meters" in answer.text, question
        assert "210" not in answer.text and not answer.text.startswith(("Yes", "No")), question


def test_figure_the_listing_lacks_is_an_honest_unknown(engine):
    answer = engine.answer("how many days does the battery last", pinned_sku="T3")
    assert "40" not in answer.text and not answer.text.startswith(("Yes", "No"))
    answer = engine.answer("how many kg is it", pinned_sku="T3")
    assert "$40" not in answer.text and not answer.confident


def test_a_modifier_word_alone_does_not_name_a_product(engine):
    # "bird" names the Bird Feather Teaser, but "bird cages" asks for cages: not carried
    answer = engine.answer("do you sell bird cages?")
    assert "$6" not in answer.text and "9 left" not in answer.text and not answer.confident
    assert engine.answer("any bird feeders?").sku is None
    # the product's own words after the name word still name it
    assert "$6" in engine.answer("bird teaser price?").text
    assert "$6" in engine.answer("how much is the bird feather toy?").text


def test_how_long_finds_the_question_verb_in_another_form(engine):
    # "reach" in the question, "reaches 80 m" in the listing; "run" / "Runs for 6 hours"
    assert "80 m" in engine.answer("how far does the headlamp beam reach?").text
    answer = engine.answer("how long does it run?", pinned_sku="T3")
    assert "6 hours" in answer.text and not answer.text.startswith(("Yes", "No"))


def test_a_figure_question_the_listing_cannot_answer_is_unknown():
    from decimal import Decimal

    from bot.catalog import Catalog, Product, Variant
    from skills.qa.engine import QAEngine

    watch = Product(sku="W1", name="Harbor Analog Watch", price=Decimal("40"), category="Gear > Watches",
                    description="A brushed steel watch. Water-resistant case for everyday wear.",
                    variants=[Variant("W1", {}, 5)])
    engine = QAEngine(Catalog([watch]))
    answer = engine.answer("how many metres waterproof is it?", pinned_sku="W1")
    assert "40" not in answer.text and not answer.text.lower().startswith(("yes", "no"))
    assert not answer.confident
