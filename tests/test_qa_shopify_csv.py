"""Shopify admin product CSV export: read as a catalog, errors that name line and column, answers on it."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from bot.catalog import CatalogError, load_catalog
from skills.qa.engine import QAEngine

ROOT = Path(__file__).resolve().parent.parent

# The columns of Shopify's "Export products" CSV (a subset in its own order; readers must go by name)
HEADER = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
          "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value",
          "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty",
          "Variant Inventory Policy", "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price",
          "Image Src", "Image Position", "Status"]


def _row(**cells: str) -> dict[str, str]:
    return {col: cells.get(col.replace(" ", "_").replace("(", "").replace(")", ""), "") for col in HEADER}


ROWS = [
    _row(Handle="linen-apron", Title="Stonewashed Linen Apron", Body_HTML="<p>Made of <b>100% linen</b>.</p>"
         "<ul><li>Machine wash warm</li><li>Length: 85cm</li></ul>", Vendor="Hearth", Type="Aprons",
         Tags="kitchen, linen", Published="true", Option1_Name="Colour", Option1_Value="Sage",
         Variant_SKU="APR-SAGE", Variant_Inventory_Tracker="shopify", Variant_Inventory_Qty="4",
         Variant_Price="34.00", Variant_Compare_At_Price="42.00", Image_Src="https://example.invalid/a.jpg",
         Status="active"),
    # a further variant of the same product: only variant fields are filled in
    _row(Handle="linen-apron", Option1_Value="Rust", Variant_Inventory_Tracker="shopify",
         Variant_Inventory_Qty="0", Variant_Price="34.00"),
    # an image-only row: no variant
    _row(Handle="linen-apron", Image_Src="https://example.invalid/b.jpg", Image_Position="2"),
    _row(Handle="oak-spatula", Title="Oak Spatula", Body_HTML="<p>Hand-carved oak.</p>", Vendor="Hearth",
         Type="Utensils", Option1_Name="Title", Option1_Value="Default Title", Variant_Inventory_Tracker="shopify",
         Variant_Inventory_Qty="12", Variant_Price="9.50", Status="active"),
    # a product without SKUs and without a stock column filled: stock stays unknown, never invented
    _row(Handle="tea-towel-set", Title="Waffle Tea Towel Set", Vendor="Hearth", Type="Tea Towels",
         Option1_Name="Pack", Option1_Value="2-pack", Variant_Price="14.00", Status="active"),
    _row(Handle="tea-towel-set", Option1_Value="4-pack", Variant_Price="24.00"),
    _row(Handle="draft-mug", Title="Speckled Mug (coming soon)", Option1_Name="Title",
         Option1_Value="Default Title", Variant_Price="18.00", Status="draft"),
]


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=HEADER)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture()
def shop_csv(tmp_path: Path) -> Path:
    return _write(tmp_path / "products_export_1.csv", ROWS)


def test_rows_become_products_and_variants(shop_csv: Path) -> None:
    shop = load_catalog(shop_csv, "GBP")
    assert [p.name for p in shop.products] == ["Stonewashed Linen Apron", "Oak Spatula", "Waffle Tea Towel Set"]
    apron = shop.product("linen-apron")
    assert apron.currency == "GBP" and apron.price == Decimal("34.00") and apron.compare_at_price == Decimal("42.00")
    assert [(v.sku, v.options, v.stock) for v in apron.variants] == [
        ("APR-SAGE", {"Colour": "Sage"}, 4), ("linen-apron-2", {"Colour": "Rust"}, 0)]
    assert apron.tags == ["kitchen", "linen"] and apron.category == "Aprons"
    assert apron.attributes["length"] == "85cm" and "Machine wash warm" in apron.features
    spatula = shop.product("oak-spatula")
    assert spatula.variants[0].options == {} and spatula.variants[0].stock == 12   # "Default Title" dropped
    towels = shop.product("tea-towel-set")
    assert [v.stock for v in towels.variants] == [None, None]
    assert {towels.variant_price(v) for v in towels.variants} == {Decimal("14.00"), Decimal("24.00")}
    assert shop.product("draft-mug") is None   # drafts are not for sale


def test_a_byte_order_mark_and_excel_quoting_are_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "export.csv", ROWS[:2])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())   # Excel saves UTF-8 with a BOM
    assert load_catalog(path).product("linen-apron") is not None


@pytest.mark.parametrize("change,where,column", [
    ({"Variant_Price": "thirty"}, "linen-apron (line 3)", "Variant Price"),
    ({"Variant_Compare_At_Price": "n/a"}, "linen-apron (line 3)", "Variant Compare At Price"),
    ({"Variant_Inventory_Qty": "lots"}, "linen-apron (line 3)", "Variant Inventory Qty"),
    ({"Variant_Price": ""}, "linen-apron (line 3)", "Variant Price"),
])
def test_a_bad_cell_names_file_line_and_column(tmp_path: Path, change: dict[str, str], where: str,
                                              column: str) -> None:
    rows = [dict(r) for r in ROWS]
    bad = _row(Handle="linen-apron", Option1_Value="Rust", Variant_Inventory_Tracker="shopify",
               Variant_Inventory_Qty="0", Variant_Price="34.00")
    for key, value in change.items():
        bad[key.replace("_", " ")] = value
    rows[1] = bad
    path = _write(tmp_path / "bad.csv", rows)
    with pytest.raises(CatalogError) as err:
        load_catalog(path)
    message = str(err.value)
    assert str(path) in message and where in message and column in message


def test_questions_are_answered_from_the_csv(shop_csv: Path) -> None:
    engine = QAEngine(load_catalog(shop_csv, "GBP"), [])
    price = engine.answer("how much is the linen apron?")
    assert "34" in price.text and price.sku is not None
    rust = engine.answer("is the apron in rust still available?")
    assert "sold out" in rust.text.lower() or "out of stock" in rust.text.lower()
    towels = engine.answer("how much is the waffle tea towel set")
    assert "14" in towels.text and "24" in towels.text   # both packs, each with its own price
    assert "42" not in engine.answer("how much is the oak spatula").text
    # a pack size said with or without its hyphen picks that pack, and a pack the product lacks gets a "no"
    for question in ("how much is the 4-pack tea towel set", "tea towels 4 pack price"):
        four = engine.answer(question).text
        assert "24" in four and "14" not in four
    six = engine.answer("do the tea towels come in a 6-pack?").text
    assert six.startswith("No") and "2-pack" in six and "4-pack" in six


def test_cli_reads_a_shopify_csv(shop_csv: Path, tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"id": "1", "question": "apron price?"}) + "\n", encoding="utf-8")
    out = tmp_path / "a.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "bot", "ask", "--catalog", str(shop_csv), "--currency", "GBP",
                    str(questions), "-o", str(out)], check=True, env=env, cwd=ROOT, capture_output=True)
    answer = json.loads(out.read_text(encoding="utf-8"))
    assert "34" in answer["answer"] and answer["sku"] in ("linen-apron", "APR-SAGE")
