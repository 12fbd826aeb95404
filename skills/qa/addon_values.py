"""Option values where one is another plus an add-on ("Standard" and "Standard + Swift-Start Pack"): the plain
one is the product itself, so "how much is wingspan" is the plain value's price, and the add-on is mentioned
by name only (never its price as if it were the product's)."""

from __future__ import annotations

import re

from bot.catalog import Product, Variant

_JOIN = re.compile(r"\s*(?:\+|&|\bwith\b|\bplus\b)\s*", re.I)


def plain_and_addon(p: Product, variants: list[Variant]) -> tuple[Variant, str] | None:
    """The plain variant and the add-on's words, when the variants differ in one option whose two values are
    "V" and "V + X" (or "V with X"); None otherwise."""
    names = p.option_names()
    if len(names) != 1 or len(variants) != 2:
        return None
    name = names[0]
    a, b = sorted(variants, key=lambda v: len(v.options.get(name, "")))
    short, long = a.options.get(name, "").strip(), b.options.get(name, "").strip()
    if not short or not long.lower().startswith(short.lower()):
        return None
    rest = long[len(short):]
    joined = _JOIN.match(rest)
    if not joined or not rest[joined.end():].strip():
        return None
    return a, rest[joined.end():].strip()
