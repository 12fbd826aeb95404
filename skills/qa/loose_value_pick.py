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

import re

from bot.catalog import Product
from skills.qa import options as O
from skills.qa.matcher import Match
from skills.qa.text import COLOURS, SIZE_WORDS, fold, tokens


def _specific(value: str, question: str) -> bool:
    """A value said by more than a colour or a size letter: with a figure ("750ml", "700x32c") or with a word
    of its own that is no colour ("Tan Wall" in "tanwall"); "orange" of "Blaze Orange" is only a colour, and a
    product without a colour option may be orange too."""
    v = O._norm_value(value)
    if len(v) < 3 or v.isdigit() or v in SIZE_WORDS:
        return False
    if any(c.isdigit() for c in v):
        return True
    glued = re.sub(r"[^a-z0-9\u3400-\u9fff]", "", fold(question))
    return any(len(w) >= 3 and w not in COLOURS and w != "gray" and w in glued for w in tokens(v))


def loose_value_pick(question: str, matches: list[Match]) -> Product | None:
    """The one equally named candidate that the option reader finds a specific value of in the line, or None."""
    if not matches or not matches[0].matched:
        return None
    # named alike: the same name words said of each ("contour tyres" of the Road and the Gravelgrip Tyre)
    pool = [m for m in matches if m.matched == matches[0].matched]
    if len(pool) < 2:
        return None
    sold_in = []
    for m in pool:
        wanted = O.requested(m.product, question).wanted
        if wanted:
            sold_in.append((m.product, [v for v in wanted.values() if _specific(v, question)]))
    if len(sold_in) != 1 or not sold_in[0][1]:
        return None  # several are sold in what was said, or only in a bare colour / size: ask which
    return sold_in[0][0]
