"""An option value said in full that another candidate product has, and the matched one lacks.

"不沾杯唇釉Wine Not那个色还有吗": the words matched a lip oil, but "Wine Not" is exactly a shade of the lip stain
the same words also name. A shop assistant who hears a shade name they sell knows which product it belongs to;
they never answer "the lip oil doesn't come in Wine Not". One candidate owning the value: that one is meant;
several: ask which. Plain colour and size words ("black", "XL") are no such evidence: many products have them,
and "the lip oil in black?" of a lip oil without black is a fair "no".
"""

from __future__ import annotations

import re

from bot.catalog import Product
from skills.qa import options as O
from skills.qa.matcher import Match
from skills.qa.text import COLOURS, SIZE_WORDS, fold, tokens

_GENERIC = set(COLOURS) | SIZE_WORDS | {"light", "dark", "pale", "deep", "bright", "small", "medium", "large", "big",
                                        "mini", "regular", "standard", "one", "size", "colour", "color", "default",
                                        "title", "pack", "set"}


def distinctive(value: str) -> bool:
    """A value with a word that is no plain colour, size, unit or number ("Wine Not", "Honey Tint")."""
    return any(w not in _GENERIC and not re.fullmatch(r"\d+[a-z]*", w) and len(w) > 2 for w in tokens(fold(value)))


def _values(p: Product) -> set[str]:
    return {fold(val).strip() for v in p.variants for val in v.options.values()}


def owners(best: Match, matches: list[Match], question: str) -> list[Match]:
    """Other candidates (named by some word too) with a distinctive option value said in full that ``best``'s
    product does not have; [] when there is none."""
    mine = _values(best.product)
    view = fold(question)
    found: list[Match] = []
    for m in matches:
        if m is best or m.product is best.product or not m.matched:
            continue
        for value in _values(m.product) - mine:
            if distinctive(value) and _said_whole(value, view) \
                    and value in {fold(v) for v in O.requested(m.product, question).wanted.values()}:
                found.append(m)
                break
    return found


def _said_whole(value: str, view: str) -> bool:
    """The value said in full, an article or "w/" aside: "with the wireless charging case" is the value "With
    wireless charging case"."""
    words = [r"(?:with|w/)" if w == "with" else re.escape(w) for w in value.split()]
    if not words:
        return False
    pattern = r"\s*(?:(?:the|a|an)\s+)?".join(words)
    return re.search(r"(?<![a-z0-9])" + pattern + r"(?![a-z0-9])", view) is not None
