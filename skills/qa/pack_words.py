"""A count said with its container picks the multi-unit value holding that count: "cookie dough 12 pack price"
of "Single 60g" / "12 x 60g", "a box of 10" of "Box of 10", "12支装".

A container said without a count ("a box of the bars") is container_value.py's; this reads the count. Only a
value that holds exactly the count said is picked, and only when one value of an option does: "6 pack" of a
product sold singly and in twelves picks nothing, so the answer never quotes the 12's price for a 6.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import options as O
from skills.qa.text import fold

# a value that holds several units: "12 x 60g", "Box of 12", "24 pack", "6-pack", "Pack of 3", "12 bars", "12支装"
_MULTI_VALUE = re.compile(
    r"(?:^|\s)(\d+)\s*[x×*]\s*\d|\b(?:box|case|pack|carton|tray|set|bundle)\s+of\s+(\d+)"
    r"|\b(\d+)[\s-]*(?:pack|pk|count|ct|pcs|pieces|bars|sachets|pouches|cans|bottles)\b|(\d+)\s*(?:支|条|根|个|包|片)装")
# a count said with its container: "box of 12", "12 pack", "12-pack", "12 pk", "12 bars", "12支装"
_SAID_COUNT = re.compile(r"\b(?:box|pack|carton|packet|crate|tray)\s+of\s+(\d+)"
                         r"|\b(\d+)[\s-]*(?:pack|pk|count|ct|bars|pcs|pieces)\b|(\d+)\s*(?:支|个|条|包|盒|片)装")


def _count(value: str) -> int | None:
    m = _MULTI_VALUE.search(fold(value))
    found = next((g for g in m.groups() if g), None) if m else None
    return int(found) if found else None


def pick_count(product: Product, text: str, req: O.OptionRequest) -> None:
    """"12 pack" / "box of 12": the one value of an option holding 12 units, when no value was read for it."""
    said = _SAID_COUNT.search(fold(text))
    if not said:
        return
    count = int(next(g for g in said.groups() if g))
    if count < 2:
        return
    for name in product.option_names():
        if name in req.wanted:
            continue
        hits = [v for v in O.values_of(product, name) if _count(v) == count]
        if len(hits) == 1:
            req.wanted[name] = hits[0]
            return
