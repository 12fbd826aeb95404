"""A figure said in a stock question that we could not tie to an option value ("dd180 with the 2x4ah kit" of
"With 2 x 4.0Ah kit"): the viewer asks about one variant, so the product's total stock would answer another
question. Ask which of the values instead."""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.text import fold

# a number glued to a unit or a count ("4ah", "2x4ah", "500ml"): a variant's figure
_FIGURE = re.compile(r"(?<![a-z0-9.])\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)?[a-z]+(?![a-z0-9])")


def unread_figure(p: Product, question: str) -> bool:
    """True when the question holds a figure that is not in the product's name, and the product's variants
    differ by values with figures in them (so the figure picks one of them)."""
    if len(p.variants) < 2:
        return False
    if not any(re.search(r"\d", val) for v in p.variants for val in v.options.values()):
        return False
    name = re.sub(r"\s+", "", fold(p.name))
    return any(m.group(0) not in name for m in _FIGURE.finditer(fold(question)))
