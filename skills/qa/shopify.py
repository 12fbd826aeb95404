"""Read a Shopify ``products.json`` export as a livebot Catalog.

Handles what real exports look like: ``{"products": [...]}`` (storefront /products.json or Admin API),
a bare list, or ``{"product": {...}}``; empty variant SKUs (the variant id is then its SKU); prices
as strings without currency (the shop's currency comes from config); facts inside ``body_html``
(bullets become features, "Key: value" lines become attributes); free-form options (sizes, pack
sizes, flavours, age ranges; the placeholder "Title / Default Title" is dropped); stock as
``inventory_quantity`` (untracked when ``inventory_management`` is null) or only ``available``;
``compare_at_price`` kept as the "was" price. A product can be found by its handle, its id, or any
variant's SKU or id. Malformed input raises CatalogError naming the file, the product and the field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from bot.catalog import Catalog, CatalogError, Product, Variant, parse_price

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section"}


class _HtmlText(HTMLParser):
    """body_html -> paragraphs and bullet items (no third-party HTML library needed for this)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []  # (kind, text) kind: "li" or "p"
        self._buf: list[str] = []
        self._kind = "p"
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        if tag in _BLOCKS:
            self._flush()
            self._kind = "li" if tag == "li" else "p"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        if tag in _BLOCKS:
            self._flush()
            self._kind = "p"

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buf.append(data)

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self._buf)).strip()
        self._buf = []
        if text:
            self.blocks.append((self._kind, text))

    def close(self) -> None:
        super().close()
        self._flush()


def html_facts(html: str) -> tuple[str, list[str], dict[str, str]]:
    """(description, features, attributes) from body_html."""
    parser = _HtmlText()
    parser.feed(html or "")
    parser.close()
    paragraphs, features, attributes = [], [], {}
    for kind, text in parser.blocks:
        for line in re.split(r"\s*(?:\n|•|·|\u2022)\s*", text) if kind == "p" else [text]:
            line = line.strip(" -*\t")
            if not line:
                continue
            m = re.match(r"^([A-Za-z][A-Za-z /&-]{1,30}):\s*(.+)$", line)
            if m and len(m.group(2)) < 120:
                attributes[m.group(1).strip().lower().replace(" ", "_")] = m.group(2).strip()
                features.append(line)
            elif kind == "li" or len(line) < 60:
                features.append(line)
            else:
                paragraphs.append(line)
    return " ".join(paragraphs), features, attributes


@dataclass
class ShopifyCatalog(Catalog):
    """A Catalog whose lookup also knows Shopify handles and product/variant ids."""

    aliases: dict[str, str] = field(default_factory=dict)

    def reindex(self) -> None:
        super().reindex()
        for alias, sku in getattr(self, "aliases", {}).items():
            hit = self._by_sku.get(sku.lower())
            if hit is not None:
                self._by_sku.setdefault(alias.lower(), hit)


def _fail(path: Path, product: str | None, field_name: str | None, message: str) -> CatalogError:
    return CatalogError(path, product, field_name, message)


def _option_names(raw: dict[str, Any], path: Path, label: str) -> list[str]:
    options = raw.get("options") or []
    if not isinstance(options, list):
        raise _fail(path, label, "options", "must be a list")
    names = []
    for i, opt in enumerate(options):
        if isinstance(opt, dict):
            names.append(str(opt.get("name") or f"Option {i + 1}"))
        elif isinstance(opt, str):
            names.append(opt)
        else:
            raise _fail(path, label, f"options[{i}]", "must be a mapping with a name")
    return names


def _stock(rv: dict[str, Any], path: Path, label: str, j: int) -> int | None:
    qty = rv.get("inventory_quantity")
    tracked = rv.get("inventory_management", "shopify") not in (None, "")
    if qty is not None and tracked:
        try:
            return max(0, int(qty))
        except (TypeError, ValueError):
            raise _fail(path, label, f"variants[{j}].inventory_quantity", f"not a whole number: {qty!r}") from None
    if rv.get("available") is False:
        return 0
    return None


def build_product(raw: Any, path: Path, index: int, currency: str, aliases: dict[str, str],
                  label: str | None = None) -> Product:
    """One product in the products.json shape; ``label`` names it in errors (default: handle or id)."""
    if not isinstance(raw, dict):
        raise _fail(path, f"#{index + 1}", None, "each product must be a JSON object")
    pid = str(raw.get("id") or "").strip()
    handle = str(raw.get("handle") or "").strip()
    title = str(raw.get("title") or "").strip()
    label = label or handle or pid or f"#{index + 1}"
    if not title:
        raise _fail(path, label, "title", "missing")
    raw_variants = raw.get("variants")
    if not isinstance(raw_variants, list) or not raw_variants:
        raise _fail(path, label, "variants", "expected a non-empty list of variants (each with a price)")
    sku = handle or pid or f"product-{index + 1}"
    names = _option_names(raw, path, label)
    variants: list[Variant] = []
    prices: list[Decimal] = []
    compare: list[Decimal] = []
    for j, rv in enumerate(raw_variants):
        if not isinstance(rv, dict):
            raise _fail(path, label, f"variants[{j}]", "must be a JSON object")
        if rv.get("price") in (None, ""):
            raise _fail(path, label, f"variants[{j}].price", "missing")
        price = parse_price(rv["price"], path, label, f"variants[{j}].price")
        was_v = None
        if rv.get("compare_at_price") not in (None, ""):
            was_v = parse_price(rv["compare_at_price"], path, label, f"variants[{j}].compare_at_price")
            compare.append(was_v)
        vid = str(rv.get("id") or "").strip()
        vsku = str(rv.get("sku") or "").strip() or vid or f"{sku}-{j + 1}"
        opts: dict[str, str] = {}
        for k in (1, 2, 3):
            value = rv.get(f"option{k}")
            if value in (None, ""):
                continue
            name = names[k - 1] if k - 1 < len(names) else f"Option {k}"
            if name.lower() == "title" and str(value).lower() == "default title":
                continue  # Shopify's placeholder for a product without options
            opts[name] = str(value)
        title_v = str(rv.get("title") or "")
        variants.append(Variant(vsku, opts, _stock(rv, path, label, j), price,
                                "" if title_v.lower() == "default title" else title_v,
                                was_v if was_v is not None and was_v > price else None))
        prices.append(price)
        if vid and vid != vsku:
            aliases[vid] = vsku
    base = min(prices)
    for v in variants:
        if v.price == base:
            v.price = None  # the product's price; only differing variants keep their own
    description, features, attributes = html_facts(str(raw.get("body_html") or ""))
    product_type = str(raw.get("product_type") or "").strip()
    if product_type:
        attributes.setdefault("type", product_type)
    tags = raw.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    was = max(compare) if compare else None
    if pid and pid != sku:
        aliases[pid] = sku
    return Product(sku=sku, name=title, price=base, currency=currency, brand=str(raw.get("vendor") or ""),
                   category=product_type, description=description, features=features, attributes=attributes,
                   tags=[str(t) for t in tags], url=None, handle=handle,
                   compare_at_price=was if was is not None and was > base else None, variants=variants)


def load_shopify_products(path: str | Path, currency: str = "USD") -> Catalog:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise _fail(path, None, None, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, None, None, f"cannot read: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("product"), dict):
        data = {"products": [data["product"]]}
    raw = data.get("products") if isinstance(data, dict) else data
    if not isinstance(raw, list):
        raise _fail(path, None, "products", "expected a Shopify export: {\"products\": [...]}")
    aliases: dict[str, str] = {}
    products = [build_product(item, path, i, currency, aliases) for i, item in enumerate(raw)]
    seen: set[str] = set()
    for p in products:
        if p.sku.lower() in seen:
            raise _fail(path, p.sku, "handle", "duplicate product handle")
        seen.add(p.sku.lower())
    return ShopifyCatalog(products, currency, str(path), aliases)
