"""A size said that no value of the product has ("最大那个", "the big one", "大的"): which variant is meant?

A stock question about one variant is answered for that variant. When the viewer points at a variant by a size
word ("the biggest", 最大那个) and no option value of the product carries that word (its pots are "12cm",
"17cm", "21cm"), the product's total stock would answer a question about one pot with the stock of all of
them: "in stock, 56" while the biggest is sold out. When the variants differ in being in stock, the bot lists
the choices instead of giving a total.
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa.matcher import SIZE_ADJECTIVES
from skills.qa.text import english_view, fold, stem, tokens

SUPERLATIVES = frozenset(["biggest", "largest", "smallest", "tallest", "shortest", "longest"])
_MOST = re.compile(r"\b(biggest|largest|tallest|longest)\b|最\s*(?:large|big|tall|long)\b|最[大高长]")
_LEAST = re.compile(r"\b(smallest|shortest)\b|最\s*(?:small|little|short|tiny)\b|最[小矮短]")
_MEASURE = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]*)")


def superlative_value(p: Product, question: str) -> dict[str, str]:
    """The value a superlative points at ("最大那个", "the biggest one"): of the first option whose values all
    start with a measure in one unit (12cm / 17cm / 21cm pot), the largest or smallest; {} when none is said or
    the values are no such measures."""
    view = f"{english_view(question)} {fold(question)}"  # 最大: read or not, the characters say it
    most, least = bool(_MOST.search(view)), bool(_LEAST.search(view))
    if most == least:
        return {}
    for name in p.option_names():
        values = list(dict.fromkeys(v.options[name] for v in p.variants if name in v.options))
        if len(values) < 2:
            continue
        measures = [_MEASURE.search(fold(v)) for v in values]
        if not all(measures) or len({m.group(2) for m in measures if m}) != 1:
            return {}
        sizes = [float(m.group(1)) for m in measures if m]
        if len(set(sizes)) != len(sizes):
            return {}  # two values of one size: which one is not known
        pick = max if most else min
        return {name: values[sizes.index(pick(sizes))]}
    return {}


def unmatched_size(p: Product, question: str) -> bool:
    """Is a size word said that no value of the product has, while its variants differ in being in stock?"""
    if len(p.variants) < 2 or len({v.in_stock for v in p.variants}) < 2:
        return False
    said = {w for w in tokens(english_view(question)) if w in SIZE_ADJECTIVES or w in SUPERLATIVES}
    if not said:
        return False
    values = {stem(t) for v in p.variants for val in v.options.values() for t in tokens(fold(val))}
    return any(stem(w) not in values and w not in values for w in said)


def choices(p: Product) -> list[str]:
    """The values of the product's first option with more than one (what the bot asks the viewer to choose)."""
    for name in p.option_names():
        values = list(dict.fromkeys(v.options[name] for v in p.variants if name in v.options))
        if len(values) > 1:
            return values
    return [p.name]
