"""The one of several equally named products sold in the value said, read the way the option reader reads it
("any 700x32 tanwall contour tyres left": "700x32" is the Road Tyre's "700x32c" and "tanwall" its "Tan Wall";
"750毫升的水壶多少钱": 750 ml is the capacity of one bottle only).

value_pick.py wants a value said whole, as spelt; a viewer drops the "c" of a tyre size, glues two words, or
writes the unit in Chinese. When the words of the line name several products alike (same name words said),
the option reader is asked of each: if exactly one of them is sold in a specific value said (not a bare
colour or size letter, which a product without that option may also be) and none of the others is sold in
any value said, that one is meant.
"""

from __future__ import annotations

from bot.catalog import Product
from skills.qa import options as O
from skills.qa.matcher import Match, ProductMatcher
from skills.qa.text import COLOURS, SIZE_WORDS, tokens


def _specific(value: str) -> bool:
    v = O._norm_value(value)
    if len(v) < 3 or v.isdigit() or v in SIZE_WORDS:
        return False
    return not all(w in COLOURS or w == "gray" for w in tokens(v))


def loose_value_pick(matcher: ProductMatcher, question: str, matches: list[Match]) -> Product | None:
    """The one equally named candidate that the option reader finds a specific value of in the line, or None."""
    if not matches or not matches[0].matched:
        return None
    pool = [m for m in matcher.ambiguous(matches)] or [m for m in matches if m.matched == matches[0].matched]
    if len(pool) < 2:
        return None
    sold_in = []
    for m in pool:
        wanted = O.requested(m.product, question).wanted
        if wanted:
            sold_in.append((m.product, [v for v in wanted.values() if _specific(v)]))
    if len(sold_in) != 1 or not sold_in[0][1]:
        return None  # several are sold in what was said, or only in a bare colour / size: ask which
    return sold_in[0][0]
