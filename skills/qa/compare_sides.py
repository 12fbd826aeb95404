"""The two sides of a comparison when one is said short ("kestrel vs summit ul price?"): "kestrel" names both
the Kestrel 2-Person Tent and the Tent Footprint Kestrel 2P, but next to a tent it is the tent. A side that
names several products is read as the one that is not the other side, when only one is left, else as the one
of the same kind as the other side (same product type, or same head noun), when exactly one is, else as the
plain one whose name the others only add words to ("core bibs": the Core Bib Shorts, not the Women's Core Bib
Shorts); otherwise it stays unknown and the bot asks.

Two more readings a shop assistant makes without thinking:
- the shared noun said once ("which mascara is cheaper, big volume or the waterproof one?"): a segment that
  only names what the other side is (a mascara) is no side of its own; it completes the short side;
- two option values of one product ("60cm和120cm的生长灯差多少钱"): the sides are the grow light's lengths,
  not a raised bed whose name happens to hold "60 cm".
"""

from __future__ import annotations

from bot.catalog import Product
from skills.qa import options as O
from skills.qa.matcher import Match, ProductMatcher
from skills.qa.text import fold, tokens


def _kind(matcher: ProductMatcher, p: Product) -> tuple[str, str | None]:
    i = matcher.products.index(p)
    return fold(p.category).strip(), matcher._heads[i]


def _name_words(p: Product) -> set[str]:
    return set(tokens(fold(p.name)))


def plainest(products: list[Product]) -> Product | None:
    """The one product whose name every other one only adds words to ("Core Bib Shorts" of it and the
    "Women's Core Bib Shorts"), or None when there is no such one."""
    for p in products:
        mine = _name_words(p)
        if all(o is p or mine < _name_words(o) for o in products):
            return p
    return None


def same_kind(matcher: ProductMatcher, side: str, other: Product) -> Product | None:
    """The one product the short side names that is the same kind of thing as ``other``, or None."""
    category, head = _kind(matcher, other)
    named = [m for m in matcher.match_details(side, 6) if m.product is not other and m.exact_distinctive
             and not m.type_conflict and m.query_cov >= 0.99]
    if len(named) == 1:  # "kestrel vs footprint": the footprint is the other side, so this kestrel is the tent
        return named[0].product
    alike = []
    for m in named:
        c, h = _kind(matcher, m.product)
        if (category and c == category) or (head is not None and h == head):
            alike.append(m.product)
    if len(alike) == 1:
        return alike[0]
    return plainest(alike) if len(alike) > 1 else None


def names_only(matcher: ProductMatcher, segment: str, product: Product) -> bool:
    """Does the segment say nothing but words of the product's name ("which mascara is cheaper" of a mascara)?"""
    return any(m.product is product and m.query_cov >= 0.99 for m in matcher.match_details(segment, 8))


def with_shared_noun(matcher: ProductMatcher, unsure: list[str], other: Product) -> Product | None:
    """Of two unresolved segments, one only names what ``other`` is (the noun both sides share, said once):
    the other segment with that noun added, when it then names one product that is not ``other``."""
    context = [s for s in unsure if names_only(matcher, s, other)]
    if len(context) != 1:
        return None
    side = next(s for s in unsure if s is not context[0])
    m = matcher.confident(matcher.match_details(f"{side} {context[0]}", 5))
    if m is not None and m.product is not other:
        return m.product
    return same_kind(matcher, f"{side} {context[0]}", other)


def values_product(question: str, segments: list[str], matches: list[Match]) -> Product | None:
    """The one product the question names whose option values make the sides ("60cm和120cm的生长灯"): two
    segments each ask a different value of one of its options, and the line names it besides."""
    owners = []
    for m in matches:
        option, values = O.said_values(m.product, question)
        if not m.matched or option is None:
            continue
        asked = {O.requested(m.product, seg).wanted.get(option) for seg in segments}
        if len(asked & set(values)) >= 2:
            owners.append(m.product)
    return owners[0] if len(owners) == 1 else None
