"""Read a Shopify admin product CSV export ("Export products" in the Shopify admin) as a livebot Catalog.

The CSV has one row per variant, grouped by ``Handle``: the first row of a product carries its title, body
and option names; the following rows carry only variant fields (option values, SKU, price, stock), and
rows with only an image hold no variant at all. Each product is rebuilt into the ``products.json`` shape
and read by the same code as a JSON export, so both exports mean the same thing. The CSV has no product or
variant ids: a variant without a SKU is known as ``<handle>-<n>``. Newer exports leave stock out (it moved
to the inventory export); stock is then unknown rather than invented. Errors name the file, the line and
the column.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from bot.catalog import Catalog, CatalogError, parse_price
from skills.qa.shopify import ShopifyCatalog, build_product

# Columns that mark a Shopify export (checked on the header before any row is read)
SIGNATURE = ("Handle", "Variant Price")


def is_shopify_csv(header: list[str]) -> bool:
    names = {h.strip() for h in header}
    return all(col in names for col in SIGNATURE)


def _cell(row: dict[str, str | None], column: str) -> str:
    return (row.get(column) or "").strip()


def _variant(row: dict[str, str | None], line_no: int) -> dict[str, Any]:
    qty = _cell(row, "Variant Inventory Qty")
    tracker = _cell(row, "Variant Inventory Tracker")
    variant: dict[str, Any] = {
        "sku": _cell(row, "Variant SKU"),
        "price": _cell(row, "Variant Price"),
        "compare_at_price": _cell(row, "Variant Compare At Price") or None,
        "option1": _cell(row, "Option1 Value") or None,
        "option2": _cell(row, "Option2 Value") or None,
        "option3": _cell(row, "Option3 Value") or None,
        "_line": line_no,
    }
    if qty:
        variant["inventory_quantity"] = qty
        # an export that says "shopify" (or leaves the tracker out) counts stock; an empty tracker beside a
        # quantity column means the shop does not track this variant
        variant["inventory_management"] = tracker or ("shopify" if "Variant Inventory Tracker" not in row else None)
    else:
        variant["inventory_management"] = None
    return variant


def load_shopify_csv(path: str | Path, currency: str = "USD") -> Catalog:
    path = Path(path)
    products: dict[str, dict[str, Any]] = {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            for line_no, row in enumerate(reader, start=2):
                handle = _cell(row, "Handle")
                if not handle:
                    raise CatalogError(path, f"line {line_no}", "Handle", "missing")
                raw = products.get(handle)
                if raw is None:
                    raw = products[handle] = {
                        "handle": handle, "title": _cell(row, "Title"), "body_html": row.get("Body (HTML)") or "",
                        "vendor": _cell(row, "Vendor"), "product_type": _cell(row, "Type"),
                        "tags": _cell(row, "Tags"), "variants": [],
                        "options": [_cell(row, f"Option{k} Name") for k in (1, 2, 3) if _cell(row, f"Option{k} Name")],
                        "_line": line_no,
                    }
                if _cell(row, "Status").lower() in ("draft", "archived"):
                    raw["_hidden"] = True  # not for sale in the shop, so not something the bot should sell
                if not _cell(row, "Variant Price"):
                    if any(_cell(row, f"Option{k} Value") or _cell(row, "Variant SKU") for k in (1, 2, 3)):
                        raise CatalogError(path, f"{handle} (line {line_no})", "Variant Price", "missing")
                    continue  # an image-only row
                raw["variants"].append(_variant(row, line_no))
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(path, None, None, f"cannot read: {exc}") from None
    except csv.Error as exc:
        raise CatalogError(path, None, None, f"not a readable CSV: {exc}") from None
    aliases: dict[str, str] = {}
    built = []
    for index, raw in enumerate(products.values()):
        if raw.pop("_hidden", False):
            continue
        label = f"{raw['handle']} (line {raw.pop('_line')})"
        for j, variant in enumerate(raw["variants"]):
            line = variant.pop("_line")
            where = f"{raw['handle']} (line {line})"
            # checked here so that a bad cell is named by its line and column, as the shop sees the file
            parse_price(variant["price"], path, where, "Variant Price")
            if variant["compare_at_price"]:
                parse_price(variant["compare_at_price"], path, where, "Variant Compare At Price")
            if variant.get("inventory_quantity") and not variant["inventory_quantity"].lstrip("-").isdigit():
                raise CatalogError(path, where, "Variant Inventory Qty",
                                   f"not a whole number: {variant['inventory_quantity']!r}")
            if not variant["sku"]:
                variant["sku"] = f"{raw['handle']}-{j + 1}"
        built.append(build_product(raw, path, index, currency, aliases, label=label))
    return ShopifyCatalog(built, currency, str(path), aliases)
