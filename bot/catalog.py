"""The shop's catalog: products, their variants, prices and stock.

Shared by every skill that talks about products (Q&A, recommendations, copy, insights). Prices
are Decimals: a price said on a live stream must be exactly the catalog's. Loaders:
- the YAML/CSV format of the demo catalog (``catalog: {currency, products: [...]}``),
- a Shopify ``products.json`` export (``skills/qa/shopify.py``, dispatched by content),
- a Shopify admin product CSV export (``skills/qa/shopify_csv.py``, told apart by its header).
A malformed file raises CatalogError naming the file, the product and the field.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml


class CatalogError(ValueError):
    def __init__(self, path: Path | str, product: str | None, field_name: str | None, message: str) -> None:
        self.path, self.product, self.field = str(path), product, field_name
        where = str(path)
        if product:
            where += f": product {product}"
        if field_name:
            where += f" field {field_name!r}"
        super().__init__(f"{where}: {message}")


@dataclass
class Variant:
    sku: str
    options: dict[str, str] = field(default_factory=dict)
    stock: int | None = None  # None: the shop does not track stock for it
    price: Decimal | None = None  # None: the product's price
    title: str = ""
    compare_at_price: Decimal | None = None  # this variant's "was" price, when the shop gives one per variant

    @property
    def in_stock(self) -> bool:
        return self.stock is None or self.stock > 0


@dataclass
class Product:
    sku: str
    name: str
    price: Decimal
    currency: str = "USD"
    brand: str = ""
    category: str = ""
    description: str = ""
    features: list[str] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    url: str | None = None
    handle: str = ""
    compare_at_price: Decimal | None = None  # the "was" price when the shop lists a discount
    variants: list[Variant] = field(default_factory=list)

    @property
    def total_stock(self) -> int | None:
        if any(v.stock is None for v in self.variants):
            return None
        return sum(v.stock or 0 for v in self.variants)

    @property
    def in_stock(self) -> bool:
        return any(v.in_stock for v in self.variants) if self.variants else True

    def variant_price(self, variant: Variant | None) -> Decimal:
        return variant.price if variant is not None and variant.price is not None else self.price

    def option_names(self) -> list[str]:
        names: list[str] = []
        for v in self.variants:
            names.extend(k for k in v.options if k not in names)
        return names


@dataclass
class Catalog:
    products: list[Product] = field(default_factory=list)
    currency: str = "USD"
    source: str = ""

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        self._by_sku: dict[str, tuple[Product, Variant | None]] = {}
        for p in self.products:
            self._by_sku[p.sku.lower()] = (p, None)
            for v in p.variants:
                self._by_sku.setdefault(v.sku.lower(), (p, v))

    def lookup(self, sku: str) -> tuple[Product, Variant | None] | None:
        """A product SKU gives (product, None); a variant SKU gives (product, variant)."""
        return self._by_sku.get(sku.strip().lower())

    def product(self, sku: str) -> Product | None:
        hit = self.lookup(sku)
        return hit[0] if hit else None

    def __len__(self) -> int:
        return len(self.products)


def parse_price(value: Any, path: Path | str, product: str, field_name: str) -> Decimal:
    try:
        price = Decimal(str(value).strip().lstrip("$€£¥").replace(",", ""))
    except (InvalidOperation, AttributeError):
        raise CatalogError(path, product, field_name, f"not a price: {value!r}") from None
    if price < 0 or not price.is_finite():
        raise CatalogError(path, product, field_name, f"not a price: {value!r}")
    return price


def _stock(value: Any, path: Path | str, product: str, field_name: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        raise CatalogError(path, product, field_name, f"stock must be a whole number, got {value!r}") from None


def product_from_mapping(raw: Any, path: Path | str, index: int, currency: str) -> Product:
    if not isinstance(raw, dict):
        raise CatalogError(path, f"#{index + 1}", None, "each product must be a mapping")
    sku = str(raw.get("sku") or "").strip()
    label = sku or f"#{index + 1}"
    if not sku:
        raise CatalogError(path, label, "sku", "missing")
    name = str(raw.get("name") or "").strip()
    if not name:
        raise CatalogError(path, label, "name", "missing")
    if raw.get("price") is None:
        raise CatalogError(path, label, "price", "missing")
    price = parse_price(raw["price"], path, label, "price")
    variants = []
    for j, rv in enumerate(raw.get("variants") or []):
        if not isinstance(rv, dict):
            raise CatalogError(path, label, f"variants[{j}]", "must be a mapping")
        options = rv.get("options") or {}
        if not isinstance(options, dict):
            raise CatalogError(path, label, f"variants[{j}].options", "must be a mapping")
        vsku = str(rv.get("sku") or "").strip() or f"{sku}-{j + 1}"
        vprice = parse_price(rv["price"], path, label, f"variants[{j}].price") if rv.get("price") is not None else None
        variants.append(Variant(vsku, {str(k): str(v) for k, v in options.items() if v not in (None, "")},
                                _stock(rv.get("stock"), path, label, f"variants[{j}].stock"), vprice))
    if not variants:
        variants = [Variant(sku, {}, _stock(raw.get("stock", raw.get("total_stock")), path, label, "stock"))]
    attributes = raw.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise CatalogError(path, label, "attributes", "must be a mapping")
    features = raw.get("features") or []
    if isinstance(features, str):
        features = [f.strip() for f in features.split("|") if f.strip()]
    compare = raw.get("compare_at_price")
    return Product(
        sku=sku, name=name, price=price, currency=str(raw.get("currency") or currency), brand=str(raw.get("brand") or ""),
        category=str(raw.get("category") or ""), description=str(raw.get("description") or ""),
        features=[str(f) for f in features], attributes=attributes, tags=[str(t) for t in raw.get("tags") or []],
        url=raw.get("url"), handle=str(raw.get("handle") or ""),
        compare_at_price=parse_price(compare, path, label, "compare_at_price") if compare not in (None, "") else None,
        variants=variants,
    )


def _load_yaml(path: Path, currency: str) -> Catalog:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CatalogError(path, None, None, f"YAML syntax error: {exc}") from exc
    root = data.get("catalog", data) if isinstance(data, dict) else data
    if isinstance(root, list):
        root = {"products": root}
    if not isinstance(root, dict) or not isinstance(root.get("products"), list):
        raise CatalogError(path, None, "products", "expected a list of products under catalog.products")
    currency = str(root.get("currency") or currency)
    products = [product_from_mapping(raw, path, i, currency) for i, raw in enumerate(root["products"])]
    return Catalog(products, currency, str(path))


def _load_csv(path: Path, currency: str) -> Catalog:
    """One row per variant, product fields repeated (the demo ``catalog.csv`` layout)."""
    grouped: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for line_no, row in enumerate(csv.DictReader(fh), start=2):
            sku = (row.get("product_sku") or row.get("sku") or "").strip()
            if not sku:
                raise CatalogError(path, f"line {line_no}", "product_sku", "missing")
            product = grouped.get(sku)
            if product is None:
                try:
                    attributes = json.loads(row.get("attributes_json") or "{}")
                except json.JSONDecodeError as exc:
                    raise CatalogError(path, sku, "attributes_json", f"invalid JSON ({exc.msg})") from None
                product = grouped[sku] = {
                    "sku": sku, "name": row.get("name"), "brand": row.get("brand"), "category": row.get("category"),
                    "currency": row.get("currency") or currency, "price": row.get("product_price") or row.get("price"),
                    "description": row.get("description"), "features": row.get("features") or "",
                    "attributes": attributes, "variants": [],
                }
            options = {k: row[k] for k in ("size", "colour", "color") if row.get(k)}
            variant: dict[str, Any] = {"sku": row.get("variant_sku") or sku, "options": options,
                                       "stock": row.get("stock")}
            if row.get("variant_price") and row.get("variant_price") != product["price"]:
                variant["price"] = row["variant_price"]
            product["variants"].append(variant)
    products = [product_from_mapping(raw, path, i, currency) for i, raw in enumerate(grouped.values())]
    return Catalog(products, currency, str(path))


def _csv_header(path: Path) -> list[str]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return next(csv.reader(fh), [])
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CatalogError(path, None, None, f"cannot read: {exc}") from None


def load_catalog(path: str | Path, currency: str = "USD") -> Catalog:
    """Load a catalog file; the format is chosen by extension (and content for JSON)."""
    path = Path(path)
    if not path.exists():
        raise CatalogError(path, None, None, "file not found")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return _load_yaml(path, currency)
    if suffix == ".csv":
        from skills.qa.shopify_csv import is_shopify_csv, load_shopify_csv  # the QA skill owns Shopify

        if is_shopify_csv(_csv_header(path)):
            return load_shopify_csv(path, currency)
        return _load_csv(path, currency)
    if suffix == ".json":
        from skills.qa.shopify import load_shopify_products  # the QA skill owns the Shopify format

        return load_shopify_products(path, currency)
    raise CatalogError(path, None, None, f"unknown catalog format {suffix!r} (use .yaml, .csv, a Shopify products.json or a Shopify product CSV export)")
