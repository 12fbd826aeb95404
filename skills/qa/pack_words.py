"""Quantity words that ask for the multi-unit value: "a box of the protein bars", "a case of", "一盒".

A viewer who asks the price of "a box of" bars means the box the shop sells ("12 x 60g", "Box of 12",
"24 pack"), not the single bar. That holds only when an option has exactly one multi-unit value and
the rest are single units: with two boxes on offer ("6 pack" / "12 pack") the words pick nothing.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import options as O
from skills.qa.text import fold

# container words followed by "of" ("a case of", never "the phone case"), a container said last ("how much for a
# box?"), or the Chinese measure words
_ASKS_MULTI = re.compile(
    r"\b(?:an?|one|per|whole|full|entire)\s+(?:box|case|carton|pack|packet|multipack|crate|tray|dozen)\s+of\b"
    r"|\b(?:an?|one|per|whole|full|entire)\s+(?:box|carton|packet|multipack|dozen)\s*(?:$|[?!.,])"
    r"|\bmulti-?packs?\b|\bby the (?:box|case|dozen)\b|[一整]\s*[盒箱打]")
# a value that holds several units: "12 x 60g", "Box of 12", "24 pack", "6-pack", "Pack of 3", "12 bars", "Case (24)"
_MULTI_VALUE = re.compile(
    r"(?:^|\s)(\d+)\s*[x×*]\s*\d|\b(?:box|case|pack|carton|tray|set|bundle)\s+of\s+(\d+)"
    r"|\b(\d+)[\s-]*(?:pack|pk|count|ct|pcs|pieces|bars|sachets|pouches|cans|bottles|units|servings)\b"
    r"|\b(?:box|case|carton|multipack|crate|tray)\b|[盒箱]")
_SINGLE_VALUE = re.compile(r"\b(?:single|one|each|1\s*x|1[\s-]*(?:pack|pc|piece|bar|unit)|individual|sample)\b|单[个支条根]")


def _multi(value: str) -> bool:
    v = fold(value)
    m = _MULTI_VALUE.search(v)
    if not m:
        return False
    count = next((g for g in m.groups() if g), None)
    return count is None or int(count) > 1


def _single(value: str) -> bool:
    """"Single 60g", "Each", or a bare measure ("60g", "500 ml"): one unit."""
    v = fold(value).strip()
    return bool(_SINGLE_VALUE.search(v) or re.fullmatch(r"\d+(?:\.\d+)?\s*[a-z]{1,3}", v))


# a count said with its container: "box of 12", "12 pack", "12-pack", "a 12 pk", "12 bars", "12支装"
_SAID_COUNT = re.compile(r"\b(?:box|case|pack|carton|packet|crate|tray)\s+of\s+(\d+)"
                         r"|\b(\d+)[\s-]*(?:pack|pk|count|ct|bars|pcs|pieces)\b|(\d+)\s*(?:支装|个装|条装|包装|盒装|片装)")


def _count(value: str) -> int | None:
    m = _MULTI_VALUE.search(fold(value))
    found = next((g for g in m.groups() if g), None) if m else None
    return int(found) if found else None


def pick_pack(product: Product, text: str, req: O.OptionRequest) -> None:
    """"a box of" / "一盒": the one multi-unit value of an option whose other values are single units;
    "12 pack" / "box of 12": the one multi-unit value holding 12 (a count no value holds picks nothing)."""
    folded = fold(text)
    said = _SAID_COUNT.search(folded)
    count = int(next(g for g in said.groups() if g)) if said else None
    if count is None and not _ASKS_MULTI.search(folded):
        return
    for name in product.option_names():
        if name in req.wanted:
            continue
        values = O.values_of(product, name)
        multi = [v for v in values if _multi(v)]
        if count is not None:
            multi = [v for v in multi if _count(v) == count]
            if len(multi) == 1:
                req.wanted[name] = multi[0]
                return
            continue
        if len(values) >= 2 and len(multi) == 1 and all(_single(v) for v in values if v not in multi):
            req.wanted[name] = multi[0]
            return
