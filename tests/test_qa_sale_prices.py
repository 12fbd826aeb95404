"""Sale ("compare at") prices per variant in a Shopify export: quoted only for the variant they belong to,
and only when a sale is asked about."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bot.catalog import load_catalog
from skills.qa.engine import QAEngine


def _variant(vid: int, size: str, price: str, was: str | None) -> dict[str, object]:
    return {"id": vid, "title": size, "sku": "", "price": price, "compare_at_price": was, "option1": size,
            "available": True, "inventory_quantity": 5, "inventory_management": "shopify"}


PRODUCTS = {"products": [
    {"id": 1, "title": "Granite Stone Wok", "handle": "granite-stone-wok", "body_html": "<p>Nonstick wok.</p>",
     "vendor": "Kiln", "product_type": "Woks", "tags": [], "options": [{"name": "Size", "values": ["28cm", "32cm"]}],
     "variants": [_variant(11, "28cm", "45.00", "60.00"), _variant(12, "32cm", "55.00", "70.00")]},
    # only one size is discounted
    {"id": 2, "title": "Enamel Stock Pot", "handle": "enamel-stock-pot", "body_html": "<p>Enamelled steel.</p>",
     "vendor": "Kiln", "product_type": "Pots", "tags": [], "options": [{"name": "Size", "values": ["4L", "6L"]}],
     "variants": [_variant(21, "4L", "39.00", None), _variant(22, "6L", "49.00", "65.00")]},
    {"id": 3, "title": "Linen Oven Mitt", "handle": "linen-oven-mitt", "body_html": "<p>Linen.</p>",
     "vendor": "Kiln", "product_type": "Mitts", "tags": [], "options": [{"name": "Title", "values": ["Default Title"]}],
     "variants": [{"id": 31, "title": "Default Title", "sku": "MITT", "price": "12.00", "compare_at_price": "12.00",
                   "option1": "Default Title", "available": True}]},
]}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> QAEngine:
    path: Path = tmp_path_factory.mktemp("sale") / "products.json"
    path.write_text(json.dumps(PRODUCTS), encoding="utf-8")
    return QAEngine(load_catalog(path, "CAD"), [])


def test_each_variant_keeps_its_own_was_price(engine: QAEngine) -> None:
    wok = engine.catalog.product("granite-stone-wok")
    assert [v.compare_at_price for v in wok.variants] == [Decimal("60.00"), Decimal("70.00")]
    assert engine.catalog.product("linen-oven-mitt").variants[0].compare_at_price is None  # "was" = the price


def test_a_sale_question_gives_each_size_its_own_old_price(engine: QAEngine) -> None:
    text = engine.answer("is the granite stone wok on sale?").text
    assert "28cm CA$45 (was CA$60)" in text and "32cm CA$55 (was CA$70)" in text
    one = engine.answer("is the 32cm granite wok on sale? what was it before").text
    assert "CA$55" in one and "CA$70" in one and "45" not in one and "60" not in one


def test_a_plain_price_question_quotes_no_old_price(engine: QAEngine) -> None:
    text = engine.answer("how much is the granite stone wok 28cm").text
    assert "CA$45" in text and "60" not in text


def test_a_partly_discounted_product_is_on_sale_only_where_it_is(engine: QAEngine) -> None:
    text = engine.answer("is the enamel stock pot on sale?").text
    assert "6L CA$49 (was CA$65)" in text and "4L CA$39" in text and text.count("was") == 1
    small = engine.answer("is the 4L enamel stock pot on sale?").text
    assert "39" in small and "65" not in small and "was" not in small


def test_no_sale_when_the_was_price_is_not_higher(engine: QAEngine) -> None:
    text = engine.answer("is the linen oven mitt on sale?").text
    assert "don't know of any sale" in text and "12" not in text
