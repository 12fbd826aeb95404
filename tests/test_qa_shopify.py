"""Shopify products.json: messy real-export features, errors that name file/product/field, and Q&A on it."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bot.catalog import CatalogError, load_catalog
from skills.qa.engine import QAEngine
from skills.qa.shopify import html_facts, load_shopify_products

DATA = Path(__file__).resolve().parent / "data" / "qa" / "products.json"


@pytest.fixture(scope="module")
def shop():
    return load_catalog(DATA, "CAD")  # bot.catalog dispatches .json to the Shopify loader


def test_products_and_prices(shop):
    assert [p.name for p in shop.products][:2] == ["Cozy Fleece Hoodie", "Rainbow Stacking Rings"]
    hoodie = shop.product("cozy-fleece-hoodie")
    assert hoodie.price == Decimal("39.00") and hoodie.currency == "CAD"   # shop currency from config
    assert hoodie.compare_at_price == Decimal("49.00")
    assert hoodie.brand == "Hearth & Home" and hoodie.category == "Hoodies" and "winter" in hoodie.tags
    snack = shop.product("trail-mix-snack-pack")
    assert {snack.variant_price(v) for v in snack.variants} == {Decimal("12.00"), Decimal("21.00")}


def test_empty_variant_skus_use_the_variant_id(shop):
    product, variant = shop.lookup("81002")
    assert product.handle == "cozy-fleece-hoodie" and variant.options == {"Size": "M", "Color": "Navy"}
    assert shop.lookup("RING-BABY")[1].options == {"Age": "6-12 months"}
    assert shop.lookup("7002")[0].sku == "rainbow-stacking-rings"       # product id works as a SKU too
    assert shop.lookup("82001")[1].sku == "RING-BABY"                    # and a variant id


def test_stock_semantics(shop):
    hoodie = shop.product("cozy-fleece-hoodie")
    assert [v.stock for v in hoodie.variants] == [4, 0, 3, 7, 0]         # negative inventory is 0 left
    rings = shop.product("rainbow-stacking-rings")
    assert [v.stock for v in rings.variants] == [None, 0]                # only "available" in storefront exports
    bottle = shop.product("bamboo-water-bottle")
    assert bottle.variants[0].stock is None and bottle.variants[0].options == {}   # untracked; Default Title dropped
    assert not shop.product("merino-wool-beanie").in_stock


def test_body_html_facts(shop):
    hoodie = shop.product("cozy-fleece-hoodie")
    assert hoodie.attributes["material"] == "80% cotton, 20% polyester"
    assert "Machine wash cold" in hoodie.features and "kangaroo pocket" in hoodie.description
    desc, features, attrs = html_facts("<p>Line one &amp; more<br>Capacity: 1 l</p><script>x()</script>")
    assert features == ["Line one & more", "Capacity: 1 l"] and attrs == {"capacity": "1 l"} and desc == ""


@pytest.mark.parametrize("mutate,product,field_name", [
    (lambda d: d["products"][1].pop("title"), "rainbow-stacking-rings", "title"),
    (lambda d: d["products"][0]["variants"][2].update(price="thirty"), "cozy-fleece-hoodie", "variants[2].price"),
    (lambda d: d["products"][3].update(variants=[]), "bamboo-water-bottle", "variants"),
    (lambda d: d["products"][2]["variants"][0].update(inventory_quantity="lots"), "trail-mix-snack-pack",
     "variants[0].inventory_quantity"),
    (lambda d: d["products"][4]["variants"][0].update(compare_at_price="n/a"), "merino-wool-beanie",
     "variants[0].compare_at_price"),
])
def test_malformed_product_names_file_product_and_field(tmp_path, mutate, product, field_name):
    data = json.loads(DATA.read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "products.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_shopify_products(path, "USD")
    assert err.value.path == str(path) and err.value.product == product and err.value.field == field_name
    assert str(path) in str(err.value) and product in str(err.value)


def test_broken_json_and_wrong_shape(tmp_path):
    bad = tmp_path / "products.json"
    bad.write_text('{"products": [', encoding="utf-8")
    with pytest.raises(CatalogError, match="invalid JSON at line 1"):
        load_catalog(bad)
    bad.write_text('{"items": []}', encoding="utf-8")
    with pytest.raises(CatalogError, match="products"):
        load_catalog(bad)


def test_questions_on_a_shopify_catalog(shop):
    engine = QAEngine(shop)
    ans = engine.answer("how much is the cozy fleece hoodie")
    assert "CA$39" in ans.text and "49" not in ans.text      # the compare-at price is not quoted as the price
    ans = engine.answer("trail mix 12 pack price")
    assert "CA$21" in ans.text and "12.00" not in ans.text
    ans = engine.answer("cozy hoodie navy M in stock?")
    assert ans.sku == "81002" and "sold out" in ans.text and "Navy S (4 left)" in ans.text
    ans = engine.answer("stacking rings for 1-2 years in stock?")
    assert ans.sku == "RING-TODDLER" and "sold out" in ans.text
    assert "Gluten free" in engine.answer("is the trail mix gluten free?").text
    assert "Vietnam" in engine.answer("where are the rainbow rings made").text
    assert "available" in engine.answer("bamboo water bottle in stock?").text
    assert "sold out" in engine.answer("any beanies left").text
    ans = engine.answer("卫衣多少钱")
    assert ans.sku == "cozy-fleece-hoodie" and "39" in ans.text
    assert "Dark Chocolate" in engine.answer("what flavours does the snack pack come in").text


def test_free_form_values_said_in_part_and_product_families(tmp_path):
    products = [
        {"id": 1, "title": "Selling Plans Ski Wax", "handle": "ski-wax", "options": [{"name": "Title"}],
         "variants": [{"id": 11, "option1": "Selling Plans Ski Wax", "price": "24.95"},
                      {"id": 12, "option1": "Sample Selling Plans Ski Wax", "price": "9.95"}]},
        {"id": 2, "title": "The Collection Snowboard: Liquid", "handle": "liquid", "product_type": "snowboard",
         "variants": [{"id": 21, "price": "749.95", "available": True}]},
        {"id": 3, "title": "The Collection Snowboard: Oxygen", "handle": "oxygen", "product_type": "snowboard",
         "variants": [{"id": 31, "price": "1025.00", "available": False}]},
        {"id": 4, "title": "Classic Crew Tee - Heather Grey", "handle": "tee-grey",
         "options": [{"name": "Size"}], "variants": [{"id": 41, "option1": "S", "price": "19.99",
                                                      "inventory_management": "shopify", "inventory_quantity": 0},
                                                     {"id": 42, "option1": "M", "price": "19.99",
                                                      "inventory_management": "shopify", "inventory_quantity": 6}]},
    ]
    path = tmp_path / "products.json"
    path.write_text(json.dumps(products), encoding="utf-8")                # a bare list works too
    engine = QAEngine(load_catalog(path))
    ans = engine.answer("how much is the sample ski wax")
    assert ans.sku == "12" and "$9.95" in ans.text and "24.95" not in ans.text
    ans = engine.answer("how much is the snowboard")                        # several: ask, quote nothing
    assert ans.text.startswith("Not sure which one") and "$" not in ans.text
    assert "$1,025" in engine.answer("oxygen snowboard price").text
    ans = engine.answer("灰色T恤有S码吗")                                      # the colour is the product's name
    assert ans.sku == "41" and "售罄" in ans.text and "M (还剩6件)" in ans.text


def test_size_spellings_meet(tmp_path):
    variants = [("Small", "40", 3), ("X-Large", "40", 0), ("XX-Large", "42", 2), ("Medium", "40", 5)]
    data = {"products": [{"id": 1, "title": "Cloud Fleece Hoodie", "handle": "cloud", "options": [{"name": "Size"}],
                          "variants": [{"id": 10 + i, "option1": size, "price": price, "inventory_management": "shopify",
                                        "inventory_quantity": qty} for i, (size, price, qty) in enumerate(variants)]}]}
    path = tmp_path / "products.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    engine = QAEngine(load_catalog(path))
    ans = engine.answer("cloud hoodie 2XL price")                # 2XL is the shop's XX-Large, not X-Large
    assert ans.sku == "12" and "$42" in ans.text
    ans = engine.answer("cloud hoodie XL in stock?")
    assert ans.sku == "11" and "sold out" in ans.text
    assert engine.answer("cloud hoodie in small?").sku == "10"
    assert engine.answer("does the cloud hoodie come in large").text.startswith("No")
