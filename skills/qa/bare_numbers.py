"""A number said bare as the size of a product sized by number: "zeppelin yoga pant 38 in stock?" of waist sizes
32-36 asks for size 38 (a clear no), never "yes, it is in stock". Read only when it cannot be anything else:
the product's option values are all plain numbers with as many digits, the number is not money, a count, a
measure or a comparison ("under 40"), and not a number of the product's own name ("Merino 200")."""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.options import OptionRequest, _norm_value, values_of
from skills.qa.text import english_view, tokens
from skills.qa.units import UNITS

_BARE = re.compile(r"(?<![\d.$€£¥#%/:-])(?<![$€£¥#]\s)(\d{1,3})(?![\d.,%/:°-])")
_NOT_SIZE_BEFORE = re.compile(r"(?:under|over|below|above|than|around|about|max|min|upto|to|for|x|by|buy|get|need|want"
                              r"|order|take|of|[$€£¥#])\s*$")
# a spaced "in" after a number is the preposition ("38 in stock"); a glued "38in" already reads "38 inch"
_NOT_SIZE_AFTER = re.compile(r"\s*(?:(?:" + "|".join(sorted((u for u in UNITS if u != "in"), key=len, reverse=True)) + r")\b|left|of\b|more|pcs|items?"
                             r"|units?|days?|weeks?|hours?|mins?|minutes?|x\b|%|dollars?|bucks|euros?|pounds?|quid"
                             r"|people|persons?|colou?rs?|sizes?|stars?|reviews?|times|percent)")


def bare_number(product: Product, view: str, req: OptionRequest) -> None:
    """The value of the product's all-number option that a bare number says; none has it: missing."""
    if req.missing:
        return
    name_numbers = {t for t in tokens(english_view(product.name)) if t.isdigit()}
    for opt in product.option_names():
        values = values_of(product, opt)
        if opt in req.wanted or len(values) < 2 or not all(_norm_value(v).isdigit() for v in values):
            continue
        width = {len(_norm_value(v)) for v in values}
        for m in _BARE.finditer(view):
            number = m.group(1)
            if len(number) not in width or number in name_numbers or _NOT_SIZE_BEFORE.search(view[:m.start()]) \
                    or _NOT_SIZE_AFTER.match(view[m.end():]):
                continue
            hits = [v for v in values if _norm_value(v) == number]
            if hits:
                req.wanted[opt] = hits[0]
            else:
                req.missing.append((opt, number))
            return
