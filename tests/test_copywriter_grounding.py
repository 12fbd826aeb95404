"""The grounding check and the template engine, on the shipped demo catalog."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from bot.catalog import load_catalog
from bot.promotions import Promotion, PromotionBook
from bot.splitter import utf16_units
from skills.copywriter.facts import format_money, product_facts
from skills.copywriter.grounding import check_copy
from skills.copywriter.templates import STYLES, TemplateWriter, size_range, sort_sizes


@pytest.fixture(scope="module")
def catalog(root=None):
    from pathlib import Path

    return load_catalog(Path(__file__).resolve().parent.parent / "config" / "catalog.yaml")


@pytest.fixture
def hoodie(catalog):
    return product_facts(catalog.product("MH01"), PromotionBook(), 0.0, shop="Luma live shop")


def test_money_is_written_like_a_person_would():
    assert format_money(Decimal("52"), "USD") == "$52"
    assert format_money(Decimal("41.6"), "USD") == "$41.60"
    assert format_money(Decimal("1299"), "EUR") == "€1,299"
    assert format_money(Decimal("35"), "CHF") == "35 CHF"


def test_true_copy_passes(hoodie):
    text = f"🔥 The {hoodie.name} is just $52 right now! Sizes XS–XL in stock. Grab yours!"
    assert check_copy(text, hoodie) == []


@pytest.mark.parametrize("bad, why", [
    ("The Chaz Kangeroo Hoodie costs $1 today!", "price '$1'"),
    ("Chaz Kangeroo Hoodie: now 49.99 dollars!", "price"),
    ("Chaz Kangeroo Hoodie is 30% off at $52!", "percentage '30%'"),
    ("Chaz Kangeroo Hoodie 五折 $52", None),  # Chinese numerals are not parsed; the arabic form is below
    ("Chaz Kangeroo Hoodie 5折，只要 $52！", "discount '5折'"),
    ("Chaz Kangeroo Hoodie for $52, only 3 left!", "number '3'"),
    ("The Chaz Hoodie for $52!", "product name"),
    ("Chaz Kangeroo Hoodie for $52, pair it with the Caesar Warm-Up Pant!", "another product"),
    ("Chaz Kangeroo Hoodie for $52 at https://evil.example.com/x", "link"),
    ("Chaz Kangeroo Hoodie for $52 @everyone", "mentions"),
    ("/ban viewer1\nChaz Kangeroo Hoodie for $52", "chat command"),
    ("!flash MH01 1m 90% Chaz Kangeroo Hoodie for $52", "chat command"),
    ("Chaz Kangeroo Hoodie for $52, mods please /timeout viewer1 600", "chat command"),
    ("Chaz Kangeroo Hoodie for $52! !copy MH01", "chat command"),
    ("The Chaz Kangeroo Hoodie is back, come and see!", "does not state the price"),
    ("**Chaz Kangeroo Hoodie** $52\n---\n## How to make it", "document"),
])
def test_fabrications_are_caught(hoodie, bad, why):
    problems = check_copy(bad, hoodie, other_names=["Caesar Warm-Up Pant", hoodie.name])
    if why is None:
        assert problems == []
    else:
        assert any(why in p for p in problems), problems


def test_sale_facts_allow_the_sale_numbers_only(catalog):
    book = PromotionBook()
    book.start(Promotion("MH01", Decimal(20), 0, 600))
    facts = product_facts(catalog.product("MH01"), book, 0.0)
    assert facts.price_text() == "$41.60" and facts.was_text() == "$52" and facts.percent_text() == "20%"
    ok = "Chaz Kangeroo Hoodie 20% off: $41.60 instead of $52, save $10.40! 8折 for 10 min"
    assert check_copy(ok, facts) == []
    assert check_copy("Chaz Kangeroo Hoodie 25% off: $39", facts)


def test_shop_links_are_allowed(hoodie):
    assert check_copy("Chaz Kangeroo Hoodie $52 at luma.example/hoodie", hoodie, allowed_domains=["luma.example"]) == []


def test_sizes_read_in_order():
    assert sort_sizes(["36", "32", "34"]) == ["32", "34", "36"]
    assert sort_sizes(["L", "XS", "M"]) == ["XS", "M", "L"]
    assert size_range(["XS", "S", "M", "L", "XL"]) == "XS–XL"
    assert size_range(["XS", "M", "L", "XL"]) is None


def test_every_template_draft_is_grounded_and_fits(catalog):
    writer = TemplateWriter(random.Random(7))
    book = PromotionBook()
    book.start(Promotion("MH01", Decimal(15), 0, 900))
    names = [p.name for p in catalog.products]
    for product in catalog.products:
        facts = product_facts(product, book, 0.0, shop="Luma live shop")
        for style in STYLES:
            for lang in ("en", "zh"):
                for limit in (500, 120):
                    text = writer.write(facts, style, lang, limit, utf16_units)
                    assert utf16_units(text) <= limit
                    problems = check_copy(text, facts, other_names=names)
                    # the blurb may name another product (a catalog quirk): the writer redraws then
                    assert not [p for p in problems if "another product" not in p], (text, problems)
                    assert facts.name in text


def test_templates_vary(catalog):
    writer = TemplateWriter(random.Random(1))
    facts = product_facts(catalog.product("MP01"), None, 0.0)
    drafts = {writer.write(facts, "hype", "en", 500) for _ in range(8)}
    assert len(drafts) >= 6
    zh = writer.write(facts, "hype", "zh", 500)
    assert "$35" in zh and any("\u4e00" <= ch <= "\u9fff" for ch in zh)


def test_shopify_style_products_read_naturally():
    from bot.catalog import Product, Variant

    beanie = Product(sku="SH-1", name="Alpine Wool Beanie", price=Decimal("45.00"), currency="EUR",
                     compare_at_price=Decimal("60.00"), description="<p>Warm <b>merino</b> beanie.</p>",
                     variants=[Variant("a", {"Color": "Forest Green", "Size": "One Size"}, 3),
                               Variant("b", {"Color": "Charcoal", "Size": "One Size"}, 0)])
    facts = product_facts(beanie, None, 0.0)
    assert (facts.price_text(), facts.was_text(), facts.percent_text()) == ("€45", "€60", "25%")
    assert facts.options == {"Color": ["Forest Green"]}  # sold-out colour and the lone "One Size" left out
    assert facts.blurb == "Warm merino beanie." and facts.low_stock and facts.stock == 3
    text = TemplateWriter(random.Random(2)).write(facts, "detailed", "en", 500)
    assert "<" not in text and "€45" in text and "€60" in text and "One Size" not in text
    assert check_copy(text, facts) == []
