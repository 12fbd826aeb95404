"""A product picked from part of what was said, in a colour it is not sold in ("那个橙色的冲击起子带两块电池的
套装": the bit set matched "screwdriver" and "set", not "impact" nor "battery", and comes in no orange): the
viewer means another product, so no price or stock of this one may be quoted; ask which."""

from __future__ import annotations

from skills.qa.matcher import Analysis, Match
from skills.qa.text import COLOURS, english_view, stem, tokens


def weak_colour_pick(best: Match, analysis: Analysis) -> bool:
    """True when a colour said is neither in the product's name nor in any of its values, and some naming word
    said is not one the product matched: two signs that the words describe another product."""
    said = {stem(w) for w in analysis.words if w in COLOURS}
    if not said:
        return False
    p = best.product
    offered = {stem(w) for w in tokens(english_view(p.name))}
    offered |= {stem(w) for v in p.variants for val in v.options.values() for w in tokens(english_view(val))}
    if said <= offered:
        return False
    matched = {stem(w) for w in best.matched}
    unmatched = [w for w in analysis.content if w not in COLOURS and w not in best.matched and stem(w) not in matched]
    return bool(unmatched)
