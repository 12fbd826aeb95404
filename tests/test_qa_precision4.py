"""Precision on a new shop, round 4: answers that were confidently wrong on blind rounds 19-21, in general form.

- "do you sell X" / "有没有卖X" about a kind no product is ("dishwasher"), found only in one product's text
  ("not dishwasher safe"), is "not carried", never that product's fact line;
- a product picked from part of the words said ("screwdriver set" of "橙色的冲击起子带两块电池的套装") in a colour
  it is not sold in is not the one meant: no price, ask which;
- "how much is wingspan" of "Standard" and "Standard + Swift-Start Pack" is the plain one's price; the add-on
  version is named, not priced as the product's;
- a figure said in a stock question that no value was tied to ("dd200 with the 2x4ah kit") asks about one
  variant: which one, never the product's total stock;
- "有没有X的Y" with X a word we don't read (another brand: "有没有得伟的电钻") is not "yes, we have N of those".
The catalog is written here (a small power-tool shop)."""

from __future__ import annotations

import pytest

from bot.catalog import load_catalog
from skills.qa.engine import QAEngine

CATALOG = """\
products:
  - sku: TK-DD1
    name: Torque 18V Drill Driver
    price: 99.00
    stock: 5
  - sku: TK-HD1
    name: Torque 18V Hammer Drill
    price: 129.00
    stock: 3
  - sku: TK-RC1
    name: Kumo Rice Cooker
    price: 59.00
    stock: 4
    category: Rice Cookers
    features:
      - "Non-stick inner bowl: hand wash only, not dishwasher safe"
    attributes:
      non-stick_inner_bowl: "hand wash only, not dishwasher safe"
  - sku: TK-BIT
    name: Ironbark 100-Piece Drill & Screwdriver Bit Set
    price: 29.99
    stock: 8
  - sku: TK-ID1
    name: Torque 18V Impact Driver
    price: 119.00
    variants:
      - sku: TK-ID1-YE
        options: {Colour: Yellow}
        stock: 2
      - sku: TK-ID1-OR
        options: {Colour: Orange}
        stock: 2
  - sku: GM-WING
    name: Wingspan
    price: 84.99
    variants:
      - sku: GM-WING-STD
        options: {Edition: Standard}
        stock: 5
      - sku: GM-WING-SSP
        options: {Edition: Standard + Swift-Start Pack}
        price: 99.99
        stock: 5
  - sku: TK-DD2
    name: Torque 18V Compact Drill DD200
    price: 99.00
    variants:
      - sku: TK-DD2-TO
        options: {Kit: Tool only}
        stock: 10
      - sku: TK-DD2-K2
        options: {Kit: With 2 x 2.0Ah kit}
        price: 149.00
        stock: 3
      - sku: TK-DD2-K4
        options: {Kit: With 2 x 4.0Ah kit}
        price: 199.00
        stock: 0
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> QAEngine:
    path = tmp_path_factory.mktemp("p4") / "catalog.yaml"
    path.write_text(CATALOG, encoding="utf-8")
    return QAEngine(load_catalog(path, "USD"), [])


def test_unread_brand_before_de_is_not_we_have(engine: QAEngine) -> None:
    ans = engine.answer("有没有得伟的电钻")
    assert "有的" not in ans.text
    assert not ans.confident and ans.key == "not_found"


def test_plain_kind_is_still_we_have(engine: QAEngine) -> None:
    ans = engine.answer("有没有电钻")
    assert ans.key == "which" and "TK-DD1" in ans.products


@pytest.mark.parametrize("question", ["有没有卖洗碗机", "do you sell dishwashers?"])
def test_selling_a_kind_no_product_is(engine: QAEngine, question: str) -> None:
    ans = engine.answer(question)
    assert ans.key == "not_found" and not ans.confident and "dishwasher" not in ans.text


def test_selling_a_kind_we_have(engine: QAEngine) -> None:
    assert engine.answer("do you sell rice cookers?").sku == "TK-RC1"


def test_weak_pick_in_a_colour_it_lacks_quotes_no_price(engine: QAEngine) -> None:
    ans = engine.answer("那个橙色的冲击起子带两块电池的套装多少钱")
    assert "29.99" not in ans.text and not ans.confident


def test_named_product_in_a_missing_colour_still_priced(engine: QAEngine) -> None:
    ans = engine.answer("how much is the ironbark bit set?")
    assert "29.99" in ans.text


def test_plain_value_is_the_products_price(engine: QAEngine) -> None:
    ans = engine.answer("how much is wingspan")
    assert "84.99" in ans.text and "99.99" not in ans.text and "Swift-Start Pack" in ans.text


def test_add_on_value_asked_is_priced(engine: QAEngine) -> None:
    assert "99.99" in engine.answer("wingspan standard + swift-start pack price?").text


def test_unread_figure_in_stock_question_asks_which(engine: QAEngine) -> None:
    ans = engine.answer("is the dd200 with the 2x4ah kit in stock")
    assert "13 left" not in ans.text and "in stock" not in ans.text.lower()


def test_stock_without_figure_is_total(engine: QAEngine) -> None:
    assert "13" in engine.answer("is the dd200 in stock?").text
