"""Product facts as short sentences (features, attributes, description), and lookups in them."""

from __future__ import annotations

import re
from typing import Any

from bot.catalog import Product
from skills.qa.text import fold, split_sentences

NEGATIVE = re.compile(r"\b(?:not|no|non|never|without|don't|doesn't|isn't)\b|不|无|非")


def _value(value: Any) -> str:
    if isinstance(value, list | tuple | set):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def attribute_value(product: Product, key: str) -> str | None:
    """A structured attribute by (loose) key: 'material' finds 'material' or 'Material' or 'materials'."""
    k = key.lower()
    for name, value in product.attributes.items():
        n = str(name).lower().replace(" ", "_")
        if n in (k, k + "s", k + "_collection") and value not in (None, "", []):
            return _value(value)
    return None


def fact_lines(product: Product) -> list[str]:
    """Every fact a customer may be told about the product, one short line each."""
    lines = [str(f).strip() for f in product.features if str(f).strip()]
    for name, value in product.attributes.items():
        if value not in (None, "", []) and not isinstance(value, bool):
            lines.append(f"{str(name).replace('_', ' ')}: {_value(value)}")
    lines.extend(split_sentences(product.description))
    if product.tags:  # shops tag facts too ("vegan", "organic")
        lines.append("tags: " + ", ".join(product.tags))
    return lines


def find_facts(product: Product, keys: list[str], limit: int = 2, features_only: bool = False) -> list[str]:
    """Lines that mention any of the keys (case-insensitive, word start), best (shortest) first."""
    found = []
    lines = [str(f) for f in product.features] if features_only else fact_lines(product)
    for line in lines:
        low = fold(line)
        for k in keys:
            kk = fold(k)
            pattern = re.escape(kk) if not kk[:1].isalnum() else r"(?<![a-z0-9])" + re.escape(kk)
            if re.search(pattern, low):
                found.append(line)
                break
    found.sort(key=len)
    return found[:limit]


def is_negative(line: str) -> bool:
    return NEGATIVE.search(fold(line)) is not None
